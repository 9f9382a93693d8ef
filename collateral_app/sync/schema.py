"""The team server's schema: versioned steps applied by `collateral team init-server`, the
roles rep / marketer / admin, and row-level security, so the server itself refuses what a
login may not do (the app's own checks are only there to explain it earlier).

Tables, all in the schema `collateral`:
- `meta`: schema version, team id, epoch (renewed when the server is restored), role prefix;
- `clock`: one row; every catalog write takes the next number under its row lock, held until
  commit, so version order is commit order and a reader of (cursor, clock] never skips a row;
- `catalog`: (kind, key) → JSON document, version, who created and last changed it; deletes
  are tombstones (`"deleted": true`), nobody may DELETE;
- `facts`: append-only (kind, id) → JSON, stamped by trigger with the login that sent it and
  the inserting transaction's id (`pg_current_xact_id()`), which the feed reads behind
  `pg_snapshot_xmin` instead of a sequence;
- `asset_texts`: an asset's page texts by fingerprint, so a rep can search without the file;
- `files`, `file_chunks`: files by SHA-256 in 1–4 MB chunks, each chunk's fingerprint checked
  by the server; a file is complete only when every byte is there, and an asset may name a
  file only once it is complete.
"""

from __future__ import annotations

import logging
import re
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collateral_app.domain.errors import AppTooOld, LoginRefused, NotAllowed, ServerNeedsSetup, TeamError
from collateral_app.domain.sales import Role

from .connection import ServerAddress, connect, server_errors

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

SCHEMA = "collateral"
SCHEMA_VERSION = 1
# Kinds of catalog rows a rep may create, and change when they created them.
REP_KINDS = ("user", "prospect", "deal", "content_request", "pitch_kit")
MIN_CHUNK = 1024 * 1024
MAX_CHUNK = 4 * 1024 * 1024
_LOCK_KEY = 0x436F6C6C  # advisory lock: two init-servers at once take turns

_STEP_1 = """
CREATE SCHEMA collateral;
REVOKE ALL ON SCHEMA collateral FROM PUBLIC;
GRANT USAGE ON SCHEMA collateral TO {team};

CREATE TABLE collateral.meta (key text PRIMARY KEY, value text NOT NULL);
GRANT SELECT ON collateral.meta TO {team};

CREATE TABLE collateral.clock (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
INSERT INTO collateral.clock VALUES (1, 0);
GRANT SELECT ON collateral.clock TO {team};

CREATE TABLE collateral.files (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{{64}}$'),
    size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
    chunk_size integer NOT NULL CHECK (chunk_size BETWEEN {min_chunk} AND {max_chunk}),
    chunk_count integer NOT NULL CHECK (chunk_count >= 0),
    complete boolean NOT NULL DEFAULT false,
    created_by text NOT NULL DEFAULT current_user,
    completed_at timestamptz,
    CHECK (chunk_count = (size_bytes + chunk_size - 1) / chunk_size)
);
CREATE TABLE collateral.file_chunks (
    sha256 text NOT NULL REFERENCES collateral.files,
    n integer NOT NULL CHECK (n >= 0),
    data bytea NOT NULL,
    chunk_sha256 text NOT NULL,
    PRIMARY KEY (sha256, n),
    CHECK (chunk_sha256 = encode(sha256(data), 'hex'))
);
-- Chunks of media files do not compress; storing them as they are saves the server's CPU.
ALTER TABLE collateral.file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE FUNCTION collateral.guard_file() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    have_chunks integer;
    have_bytes bigint;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.sha256, NEW.size_bytes, NEW.chunk_size, NEW.chunk_count)
           IS DISTINCT FROM (OLD.sha256, OLD.size_bytes, OLD.chunk_size, OLD.chunk_count) THEN
            RAISE EXCEPTION 'a file''s size and chunking never change' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.complete AND NOT NEW.complete THEN
            RAISE EXCEPTION 'a complete file stays complete' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NEW.complete AND (TG_OP = 'INSERT' OR NOT OLD.complete) THEN
        SELECT count(*), coalesce(sum(length(data)), 0) INTO have_chunks, have_bytes
          FROM collateral.file_chunks WHERE sha256 = NEW.sha256;
        IF have_chunks <> NEW.chunk_count OR have_bytes <> NEW.size_bytes THEN
            RAISE EXCEPTION 'file % has % of % chunks (% of % bytes)', NEW.sha256, have_chunks,
                NEW.chunk_count, have_bytes, NEW.size_bytes USING ERRCODE = 'check_violation';
        END IF;
        NEW.completed_at := now();
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := current_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER a_guard BEFORE INSERT OR UPDATE ON collateral.files
    FOR EACH ROW EXECUTE FUNCTION collateral.guard_file();
GRANT SELECT ON collateral.files, collateral.file_chunks TO {team};
GRANT INSERT ON collateral.files, collateral.file_chunks TO {curators};
GRANT UPDATE (complete) ON collateral.files TO {curators};

CREATE TABLE collateral.asset_texts (
    sha256 text PRIMARY KEY,
    pages jsonb NOT NULL,
    CHECK (sha256 ~ '^[0-9a-f]{{64}}$')
);
GRANT SELECT ON collateral.asset_texts TO {team};
GRANT INSERT ON collateral.asset_texts TO {curators};

CREATE TABLE collateral.catalog (
    kind text NOT NULL,
    key text NOT NULL,
    doc jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 0,
    created_by text NOT NULL DEFAULT current_user,
    updated_by text NOT NULL DEFAULT current_user,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, key)
);
CREATE UNIQUE INDEX catalog_by_version ON collateral.catalog (version);

CREATE FUNCTION collateral.stamp_catalog_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.kind, NEW.key) IS DISTINCT FROM (OLD.kind, OLD.key) THEN
            RAISE EXCEPTION 'a catalog row keeps its kind and key' USING ERRCODE = 'check_violation';
        END IF;
        NEW.created_by := OLD.created_by;
    ELSE
        NEW.created_by := current_user;
    END IF;
    NEW.updated_by := current_user;
    NEW.updated_at := now();
    IF NEW.kind = 'asset' AND NOT coalesce((NEW.doc->>'deleted')::boolean, false) THEN
        IF NEW.doc->'file'->>'blob_sha256' IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM collateral.files f
             WHERE f.sha256 = NEW.doc->'file'->>'blob_sha256' AND f.complete) THEN
            RAISE EXCEPTION 'the file of asset % is not completely on the server', NEW.key
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF NEW.doc->'file'->>'text_sha256' IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM collateral.asset_texts t WHERE t.sha256 = NEW.doc->'file'->>'text_sha256') THEN
            RAISE EXCEPTION 'the text of asset % is not on the server', NEW.key
                USING ERRCODE = 'foreign_key_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- Owned by the schema's owner, so the team may take clock numbers without writing the clock.
CREATE FUNCTION collateral.take_catalog_version() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE collateral.clock SET version = version + 1 WHERE id = 1 RETURNING version INTO NEW.version;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION collateral.take_catalog_version() FROM PUBLIC;

-- Triggers of one event fire in name order: stamp, then version.
CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON collateral.catalog
    FOR EACH ROW EXECUTE FUNCTION collateral.stamp_catalog_row();
CREATE TRIGGER b_version BEFORE INSERT OR UPDATE ON collateral.catalog
    FOR EACH ROW EXECUTE FUNCTION collateral.take_catalog_version();

ALTER TABLE collateral.catalog ENABLE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON collateral.catalog FOR SELECT TO {team} USING (true);
CREATE POLICY catalog_curate_insert ON collateral.catalog FOR INSERT TO {curators} WITH CHECK (true);
CREATE POLICY catalog_curate_update ON collateral.catalog FOR UPDATE TO {curators}
    USING (true) WITH CHECK (true);
CREATE POLICY catalog_rep_insert ON collateral.catalog FOR INSERT TO {rep}
    WITH CHECK (kind = ANY ({rep_kinds}) AND created_by = current_user);
CREATE POLICY catalog_rep_update ON collateral.catalog FOR UPDATE TO {rep}
    USING (kind = ANY ({rep_kinds}) AND created_by = current_user)
    WITH CHECK (kind = ANY ({rep_kinds}) AND created_by = current_user);
GRANT SELECT, INSERT, UPDATE ON collateral.catalog TO {team};

CREATE TABLE collateral.facts (
    kind text NOT NULL,
    id text NOT NULL,
    doc jsonb NOT NULL,
    origin text NOT NULL DEFAULT '',
    pushed_by text NOT NULL DEFAULT current_user,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id)
);
CREATE INDEX facts_feed ON collateral.facts (txid, kind, id);

-- Set by the server whatever the sender wrote: who sent it, and in which transaction.
CREATE FUNCTION collateral.stamp_fact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.pushed_by := current_user;
    NEW.txid := pg_current_xact_id();
    NEW.received_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER a_stamp BEFORE INSERT ON collateral.facts
    FOR EACH ROW EXECUTE FUNCTION collateral.stamp_fact();

-- A fact names the profile that did it; a rep or marketer may only send facts of profiles
-- their own login registered (an admin may send anyone's, to put a lost server back).
CREATE FUNCTION collateral.is_own_profile(user_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT user_id IS NULL OR EXISTS (
        SELECT 1 FROM collateral.catalog c
         WHERE c.kind = 'user' AND c.key = user_id AND c.created_by = current_user)
$$;

ALTER TABLE collateral.facts ENABLE ROW LEVEL SECURITY;
CREATE POLICY facts_read ON collateral.facts FOR SELECT TO {team} USING (true);
CREATE POLICY facts_own ON collateral.facts FOR INSERT TO {rep}, {marketer}
    WITH CHECK (pushed_by = current_user AND collateral.is_own_profile(doc->>'user_id'));
CREATE POLICY facts_admin ON collateral.facts FOR INSERT TO {admin} WITH CHECK (pushed_by = current_user);
GRANT SELECT, INSERT ON collateral.facts TO {team};
"""

# (version reached, what it does, SQL); a new schema version is a new entry, never an edit.
STEPS: tuple[tuple[int, str, str], ...] = (
    (1, "catalog with clock, facts, files, roles and row-level security", _STEP_1),
)


@dataclass(frozen=True, slots=True)
class ServerInfo:
    schema_version: int
    team_id: str
    epoch: str
    role_prefix: str
    clock: int


@dataclass(frozen=True, slots=True)
class InitResult:
    created_database: bool
    from_version: int
    to_version: int
    team_id: str
    role_prefix: str
    new_epoch: bool


def group_roles(prefix: str) -> dict[Role, str]:
    return {role: f"{prefix}_{role.value}" for role in Role}


def default_role_prefix(dbname: str) -> str:
    prefix = re.sub(r"[^a-z0-9_]", "_", dbname.lower()).strip("_") or "collateral"
    return prefix[:40]


def init_server(
    address: ServerAddress,
    *,
    role_prefix: str | None = None,
    restored: bool = False,
    password: str | None = None,
) -> InitResult:
    """Create the database if missing, then bring the schema to SCHEMA_VERSION. Run by a
    login that may create roles and owns (or may create) the database. `restored` renews
    the epoch, so every laptop sends everything it holds again."""
    from psycopg import sql

    created = _ensure_database(address, password)
    with connect(address, password=password) as conn, server_errors(address, "set up the team schema"):
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        current = _schema_version(conn)
        if current > SCHEMA_VERSION:
            raise AppTooOld(current, SCHEMA_VERSION)
        prefix = role_prefix or (_meta(conn).get("role_prefix") if current else None)
        prefix = prefix or default_role_prefix(address.dbname)
        roles = group_roles(prefix)
        for name in roles.values():
            if not _role_exists(conn, name):
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
        names = {
            "rep": _ident(conn, roles[Role.REP]),
            "marketer": _ident(conn, roles[Role.MARKETER]),
            "admin": _ident(conn, roles[Role.ADMIN]),
        }
        names["team"] = ", ".join((names["rep"], names["marketer"], names["admin"]))
        names["curators"] = ", ".join((names["marketer"], names["admin"]))
        names["rep_kinds"] = "ARRAY[" + ", ".join(f"'{k}'" for k in REP_KINDS) + "]"
        for version, what, step in STEPS:
            if version <= current:
                continue
            log.info("team server %s: schema step %d (%s)", address.display(), version, what)
            conn.execute(step.format(min_chunk=MIN_CHUNK, max_chunk=MAX_CHUNK, **names).encode())
        if current == 0:
            _set_meta(conn, "team_id", str(uuid.uuid4()))
            _set_meta(conn, "role_prefix", prefix)
        if current == 0 or restored:
            _set_meta(conn, "epoch", str(uuid.uuid4()))
        _set_meta(conn, "schema_version", str(SCHEMA_VERSION))
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(address.dbname), sql.SQL(names["team"])
            )
        )
        meta = _meta(conn)
        conn.commit()
    return InitResult(
        created_database=created,
        from_version=current,
        to_version=SCHEMA_VERSION,
        team_id=meta["team_id"],
        role_prefix=meta["role_prefix"],
        new_epoch=current == 0 or restored,
    )


def add_user(
    address: ServerAddress,
    name: str,
    role: Role,
    *,
    password: str | None = None,
    admin_password: str | None = None,
    passfile: Path | None = None,
) -> str | None:
    """A login for one person in the group of `role` (and out of the other two). Returns the
    password made for them when none was given, to hand over once."""
    import psycopg
    from psycopg import sql

    login = name.strip()
    if not re.fullmatch(r"[A-Za-z0-9_.@-]{1,63}", login):
        raise TeamError(f"“{name}” cannot be a login; use letters, digits, dots, dashes or underscores.")
    made = None
    with (
        connect(address, password=admin_password, passfile=passfile) as conn,
        server_errors(address, "create logins"),
    ):
        info = read_server_info(conn)
        roles = group_roles(info.role_prefix)
        if login in roles.values():
            raise TeamError(f"“{login}” is the name of a team role; choose another login.")
        ident = sql.Identifier(login)
        try:
            if not _role_exists(conn, login):
                if password is None:
                    password = made = secrets.token_urlsafe(12)
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password)))
            elif password is not None:
                # An existing login keeps its password unless a new one is given.
                conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password)))
            for other, group in roles.items():
                if other is not role:
                    conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), ident))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles[role]), ident))
            # Admins add people; creating roles is an attribute, not something a group passes on.
            attribute = "CREATEROLE" if role is Role.ADMIN else "NOCREATEROLE"
            conn.execute(sql.SQL("ALTER ROLE {} " + attribute).format(ident))
        except psycopg.errors.InsufficientPrivilege as exc:
            raise NotAllowed(
                f"“{address.login}” may not create logins on this server; run add-user as the team's "
                "admin (or the database's superuser)."
            ) from exc
        conn.commit()
    return made


def read_server_info(conn: psycopg.Connection[Any]) -> ServerInfo:
    import psycopg

    try:
        version = _schema_version(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        login = conn.info.user
        raise LoginRefused(
            f"“{login}” may log in to this server but is not in its Collateral team; the team's admin "
            f"adds them with `collateral team add-user {login} --role rep`."
        ) from exc
    if version == 0:
        raise ServerNeedsSetup(
            "This database holds no Collateral team yet; the team's admin sets it up with "
            "`collateral team init-server URL`."
        )
    if version > SCHEMA_VERSION:
        raise AppTooOld(version, SCHEMA_VERSION)
    meta = _meta(conn)
    row = conn.execute("SELECT version FROM collateral.clock WHERE id = 1").fetchone()
    return ServerInfo(
        schema_version=version,
        team_id=meta["team_id"],
        epoch=meta["epoch"],
        role_prefix=meta["role_prefix"],
        clock=int(row[0]) if row else 0,
    )


def role_of(conn: psycopg.Connection[Any], prefix: str) -> Role | None:
    """The team role of the connected login (the strongest if it has several)."""
    roles = group_roles(prefix)
    for role in (Role.ADMIN, Role.MARKETER, Role.REP):
        row = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) "
            "AND pg_has_role(current_user, %s, 'MEMBER')",
            (roles[role], roles[role]),
        ).fetchone()
        if row and row[0]:
            return role
    return None


def _schema_version(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT to_regclass('collateral.meta') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT value FROM collateral.meta WHERE key = 'schema_version'").fetchone()
    return int(found[0]) if found else 0


def _meta(conn: psycopg.Connection[Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM collateral.meta")}


def _set_meta(conn: psycopg.Connection[Any], key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO collateral.meta (key, value) VALUES (%s, %s) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        (key, value),
    )


def _role_exists(conn: psycopg.Connection[Any], name: str) -> bool:
    row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def _ident(conn: psycopg.Connection[Any], name: str) -> str:
    from psycopg import sql

    return sql.Identifier(name).as_string(conn)


def _ensure_database(address: ServerAddress, password: str | None) -> bool:
    """Create the team's database through the server's maintenance database when missing."""
    from psycopg import sql

    try:
        with connect(address, password=password):
            return False
    except ServerNeedsSetup:
        pass
    with (
        connect(address.with_database("postgres"), password=password, autocommit=True) as conn,
        server_errors(address, "create the database"),
    ):
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(address.dbname)))
    log.info("created database %s", address.dbname)
    return True
