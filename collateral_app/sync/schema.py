"""The team server's schema: versioned steps applied by `collateral team init-server`, the
roles rep / marketer / admin, and row-level security, so the server itself refuses what a
login may not do (the app's own checks are only there to explain it earlier).

Tables, all in the schema `collateral`:
- `meta`: schema version, team id, epoch (renewed when the server is restored), role prefix;
- `clock`: one row, the catalog's version counter of schema version 1 (version 2 takes
  versions from the sequence `catalog_version`, so no write waits for another's commit);
- `catalog`: (kind, key) → JSON document, version, who created and last changed it, and the
  writing transaction's id, which readers follow behind the same watermark as the facts;
  deletes are tombstones (`"deleted": true`), nobody but the admin's audited hand DELETEs;
- `limits`, `quota`, `devices`, `admin_log`: the sizes and volumes the server takes, what each
  login sent this hour, which login each laptop sends for, and what the admin changed by hand;
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

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import AppTooOld, LoginRefused, NotAllowed, ServerNeedsSetup, TeamError
from collateral_app.domain.leads import HowDated, LeadStage
from collateral_app.domain.sales import RequestStatus, Role

from .connection import ServerAddress, connect, server_errors

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

SCHEMA = "collateral"
SCHEMA_VERSION = 3
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

_STEP_2 = """
-- Limits the server enforces, one row; the admin role changes them (documented in team.md).
CREATE TABLE collateral.limits (
    id integer PRIMARY KEY CHECK (id = 1),
    catalog_doc_bytes integer NOT NULL DEFAULT 1048576,
    fact_bytes integer NOT NULL DEFAULT 16384,
    text_bytes integer NOT NULL DEFAULT 33554432,
    facts_per_statement integer NOT NULL DEFAULT 10000,
    facts_per_hour integer NOT NULL DEFAULT 50000,
    fact_bytes_per_hour bigint NOT NULL DEFAULT 52428800,
    catalog_writes_per_hour integer NOT NULL DEFAULT 20000
);
INSERT INTO collateral.limits (id) VALUES (1);
GRANT SELECT ON collateral.limits TO {team};
GRANT UPDATE ON collateral.limits TO {admin};

-- What each login sent in each hour, kept by the server for the limits above; one row per
-- session, so two sessions of one login never wait for each other's commit.
CREATE TABLE collateral.quota (
    login text NOT NULL,
    hour timestamptz NOT NULL,
    session integer NOT NULL,
    facts bigint NOT NULL DEFAULT 0,
    fact_bytes bigint NOT NULL DEFAULT 0,
    catalog_writes bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (login, hour, session)
);
GRANT SELECT ON collateral.quota TO {admin};

-- Which login a laptop (its device id, the `origin` of its facts) belongs to: claimed by the
-- first login that sends from it; no other login may send under it.
CREATE TABLE collateral.devices (
    device_id text PRIMARY KEY,
    login text NOT NULL,
    first_seen_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON collateral.devices TO {team};

-- What the admin removed or repaired by hand, by whom and when (laptops read it to let go
-- of what they set aside).
CREATE TABLE collateral.admin_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by_login text NOT NULL,
    action text NOT NULL CHECK (action IN ('drop', 'fix')),
    source text NOT NULL CHECK (source IN ('catalog', 'fact')),
    kind text NOT NULL,
    key text NOT NULL,
    reason text NOT NULL DEFAULT '',
    old_doc jsonb,
    new_doc jsonb
);
GRANT SELECT ON collateral.admin_log TO {team};

-- The team role of the login running the statement (its strongest), or NULL.
CREATE FUNCTION collateral.team_role(who name) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN pg_has_role(who, {admin_name}, 'MEMBER') THEN 'admin'
        WHEN pg_has_role(who, {marketer_name}, 'MEMBER') THEN 'marketer'
        WHEN pg_has_role(who, {rep_name}, 'MEMBER') THEN 'rep'
    END
$$;

-- A fact or row names the profile that did it; NULL is nobody's.
CREATE OR REPLACE FUNCTION collateral.is_own_profile(user_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT user_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM collateral.catalog c
         WHERE c.kind = 'user' AND c.key = user_id AND c.created_by = current_user)
$$;

CREATE FUNCTION collateral.is_text(value jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_typeof(value) = 'string'
$$;

-- Why a catalog document cannot be stored, or NULL: required fields, types, value sets and
-- content addresses per kind (a tombstone needs no required field, but its types and
-- addresses are checked all the same).
CREATE FUNCTION collateral.catalog_doc_problem(kind text, key text, doc jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    required text[];
    texts text[];
    field text;
    live boolean;
BEGIN
    IF jsonb_typeof(doc) <> 'object' THEN
        RETURN 'the document is not a JSON object';
    END IF;
    IF length(key) = 0 OR length(key) > 200 THEN
        RETURN 'the key is empty or longer than 200 characters';
    END IF;
    IF doc ? 'deleted' AND jsonb_typeof(doc->'deleted') <> 'boolean' THEN
        RETURN '"deleted" is not true or false';
    END IF;
    live := NOT coalesce((doc->>'deleted')::boolean, false);
    CASE kind
    WHEN 'taxonomy' THEN
        required := ARRAY['dimension', 'slug', 'label'];
        texts := ARRAY['dimension', 'slug', 'label', 'description'];
        IF key IS DISTINCT FROM (doc->>'dimension') || '/' || (doc->>'slug') THEN
            RETURN 'the key of a taxonomy value is its dimension and slug';
        END IF;
        IF doc->>'dimension' NOT IN ({dimensions}) THEN
            RETURN 'unknown dimension';
        END IF;
        IF doc ? 'position' AND jsonb_typeof(doc->'position') <> 'number' THEN
            RETURN '"position" is not a number';
        END IF;
    WHEN 'user' THEN
        required := ARRAY['name', 'role'];
        texts := ARRAY['name', 'role', 'created_at'];
        IF doc->>'role' NOT IN ('rep', 'marketer', 'admin') THEN
            RETURN 'a profile''s role is rep, marketer or admin';
        END IF;
    WHEN 'prospect' THEN
        required := ARRAY['name'];
        texts := ARRAY['name', 'region', 'created_at'];
    WHEN 'deal' THEN
        required := ARRAY['prospect_id', 'name'];
        texts := ARRAY['prospect_id', 'name', 'owner', 'currency', 'outcome', 'created_at'];
        IF doc ? 'outcome' AND doc->>'outcome' NOT IN ('open', 'won', 'lost') THEN
            RETURN 'a deal''s outcome is open, won or lost';
        END IF;
        IF doc ? 'amount_minor' AND jsonb_typeof(doc->'amount_minor') NOT IN ('number', 'null') THEN
            RETURN '"amount_minor" is not a number';
        END IF;
    WHEN 'asset' THEN
        required := ARRAY['title'];
        texts := ARRAY['title', 'description', 'status', 'type', 'owner', 'language', 'created_at'];
        IF doc ? 'file' AND jsonb_typeof(doc->'file') NOT IN ('object', 'null') THEN
            RETURN '"file" is not a JSON object';
        END IF;
        FOREACH field IN ARRAY ARRAY['blob_sha256', 'text_sha256'] LOOP
            IF jsonb_typeof(doc->'file'->field) IS DISTINCT FROM 'null' AND doc->'file' ? field
               AND NOT coalesce(doc->'file'->>field ~ '^[0-9a-f]{{64}}$', false) THEN
                RETURN format('the file''s %s is not a content address (64 hex digits)', field);
            END IF;
        END LOOP;
    WHEN 'content_request' THEN
        required := ARRAY['text', 'requester_id', 'status'];
        texts := ARRAY['text', 'requester_id', 'status', 'decline_reason', 'created_at'];
        IF doc->>'status' NOT IN ({statuses}) THEN
            RETURN 'unknown request status';
        END IF;
    WHEN 'pitch_kit' THEN
        required := ARRAY['name', 'deal_id', 'created_by'];
        texts := ARRAY['name', 'deal_id', 'created_by', 'created_at'];
        IF doc ? 'items' AND jsonb_typeof(doc->'items') <> 'array' THEN
            RETURN '"items" is not a list';
        END IF;
    ELSE
        RETURN format('this server does not know the kind %s', kind);
    END CASE;
    IF live THEN
        FOREACH field IN ARRAY required LOOP
            IF NOT doc ? field OR jsonb_typeof(doc->field) = 'null' THEN
                RETURN format('"%s" is missing', field);
            END IF;
        END LOOP;
    END IF;
    FOREACH field IN ARRAY texts LOOP
        IF doc ? field AND jsonb_typeof(doc->field) NOT IN ('string', 'null')
           AND NOT (field = ANY (required) AND NOT live) THEN
            RETURN format('"%s" is not text', field);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- Who may write what, beyond row-level security: from the login, never from the document.
CREATE OR REPLACE FUNCTION collateral.stamp_catalog_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    problem text;
    writer text := collateral.team_role(current_user);
    lim collateral.limits;
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
    SELECT * INTO lim FROM collateral.limits WHERE id = 1;
    IF pg_column_size(NEW.doc) > lim.catalog_doc_bytes THEN
        RAISE EXCEPTION 'the % % is larger than the server takes (% bytes; the limit is %)',
            NEW.kind, NEW.key, pg_column_size(NEW.doc), lim.catalog_doc_bytes
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    problem := collateral.catalog_doc_problem(NEW.kind, NEW.key, NEW.doc);
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION '% %: %', NEW.kind, NEW.key, problem USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind = 'user' AND writer IS DISTINCT FROM 'admin' THEN
        IF TG_OP = 'INSERT' AND NEW.doc->>'role' IS DISTINCT FROM writer THEN
            RAISE EXCEPTION 'a profile made by % has the role %, not %',
                current_user, writer, NEW.doc->>'role' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.doc->>'role' IS DISTINCT FROM OLD.doc->>'role' THEN
            RAISE EXCEPTION 'only an admin changes a profile''s role'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF EXISTS (
            SELECT 1 FROM collateral.catalog c
             WHERE c.kind = 'user' AND c.key <> NEW.key AND c.created_by <> NEW.created_by
               AND lower(btrim(c.doc->>'name')) = lower(btrim(NEW.doc->>'name'))) THEN
            RAISE EXCEPTION 'another login already has a profile named %', NEW.doc->>'name'
                USING ERRCODE = 'unique_violation';
        END IF;
    END IF;
    IF writer = 'rep' THEN
        IF NEW.kind = 'content_request' THEN
            IF TG_OP = 'INSERT' AND (NEW.doc->>'status' IS DISTINCT FROM 'open'
                    OR jsonb_typeof(NEW.doc->'asset_id') IS DISTINCT FROM 'null' AND NEW.doc ? 'asset_id'
                    OR coalesce(NEW.doc->>'decline_reason', '') <> '') THEN
                RAISE EXCEPTION 'a rep''s new request is open, with no answer yet'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'UPDATE' AND (NEW.doc->'status', NEW.doc->'asset_id', NEW.doc->'decline_reason')
                    IS DISTINCT FROM (OLD.doc->'status', OLD.doc->'asset_id', OLD.doc->'decline_reason') THEN
                RAISE EXCEPTION 'only marketing answers a request' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT collateral.is_own_profile(NEW.doc->>'requester_id') THEN
                RAISE EXCEPTION 'a rep asks in the name of their own profile only'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        IF NEW.kind = 'pitch_kit' AND NOT collateral.is_own_profile(NEW.doc->>'created_by') THEN
            RAISE EXCEPTION 'a rep makes kits in the name of their own profile only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
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
    NEW.txid := pg_current_xact_id();
    RETURN NEW;
END $$;

-- Catalog versions from a sequence, not a locked row: nobody's open transaction makes anyone
-- else's edit wait. Readers follow the transaction ids, as for facts.
CREATE SEQUENCE collateral.catalog_version;
SELECT setval('collateral.catalog_version', greatest((SELECT version FROM collateral.clock), 1));
GRANT SELECT ON SEQUENCE collateral.catalog_version TO {team};
CREATE OR REPLACE FUNCTION collateral.take_catalog_version() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.version := nextval('collateral.catalog_version');
    RETURN NEW;
END $$;
ALTER TABLE collateral.catalog ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX catalog_feed ON collateral.catalog (txid, version);

-- How much each login writes to the catalog in an hour (admins are not counted).
CREATE FUNCTION collateral.count_catalog_writes() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n bigint;
    total bigint;
    lim collateral.limits;
BEGIN
    SELECT count(*) INTO n FROM written;
    IF n = 0 OR collateral.team_role(session_user) = 'admin' THEN
        RETURN NULL;
    END IF;
    SELECT * INTO lim FROM collateral.limits WHERE id = 1;
    INSERT INTO collateral.quota AS q (login, hour, session, catalog_writes)
        VALUES (session_user, date_trunc('hour', now()), pg_backend_pid(), n)
        ON CONFLICT (login, hour, session)
        DO UPDATE SET catalog_writes = q.catalog_writes + EXCLUDED.catalog_writes;
    SELECT sum(catalog_writes) INTO total FROM collateral.quota
     WHERE login = session_user AND hour = date_trunc('hour', now());
    IF total > lim.catalog_writes_per_hour THEN
        RAISE EXCEPTION '% has written % catalog rows this hour; the server takes % an hour from one login',
            session_user, total, lim.catalog_writes_per_hour USING ERRCODE = 'configuration_limit_exceeded';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER c_count_insert AFTER INSERT ON collateral.catalog REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION collateral.count_catalog_writes();
CREATE TRIGGER c_count_update AFTER UPDATE ON collateral.catalog REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION collateral.count_catalog_writes();

-- Facts: what each kind must hold, checked by the database itself for every row (rows from
-- before this version are left as they were; laptops set aside any that fail their checks).
ALTER TABLE collateral.facts ADD CONSTRAINT fact_is_valid CHECK ({fact_checks}) NOT VALID;

CREATE FUNCTION collateral.own_search(search_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT search_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM collateral.facts f
         WHERE f.kind = 'search_log' AND f.id = search_id AND f.pushed_by = current_user)
$$;
CREATE FUNCTION collateral.own_request(request_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT request_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM collateral.catalog c
         WHERE c.kind = 'content_request' AND c.key = request_id AND c.created_by = current_user)
$$;

-- A rep or marketer sends facts of their own profiles only; a search's opens only for their
-- own searches; a rep's request history only the opening of their own request (answers are
-- marketing's).
DROP POLICY facts_own ON collateral.facts;
CREATE POLICY facts_own ON collateral.facts FOR INSERT TO {rep}, {marketer}
    WITH CHECK (
        pushed_by = current_user
        AND CASE kind
            WHEN 'search_opens' THEN collateral.own_search(doc->>'search_id')
            ELSE collateral.is_own_profile(doc->>'user_id')
        END
    );
CREATE POLICY facts_rep_triage ON collateral.facts AS RESTRICTIVE FOR INSERT TO {rep}
    WITH CHECK (
        kind <> 'request_events'
        OR (doc->>'status' = 'open' AND collateral.own_request(doc->>'request_id'))
    );

-- Per statement, over all its rows at once: sizes, volumes, and the laptop it came from.
CREATE FUNCTION collateral.check_sent_facts() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n bigint;
    bytes bigint;
    biggest bigint;
    total_n bigint;
    total_bytes bigint;
    lim collateral.limits;
    other text;
BEGIN
    SELECT count(*), coalesce(sum(pg_column_size(doc)), 0), coalesce(max(pg_column_size(doc)), 0)
      INTO n, bytes, biggest FROM added;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    SELECT * INTO lim FROM collateral.limits WHERE id = 1;
    IF biggest > lim.fact_bytes THEN
        RAISE EXCEPTION 'a fact of % bytes is larger than the server takes (the limit is %)', biggest,
            lim.fact_bytes USING ERRCODE = 'program_limit_exceeded';
    END IF;
    IF collateral.team_role(session_user) = 'admin' THEN
        RETURN NULL;  -- an admin refills a restored server with everyone's facts
    END IF;
    IF n > lim.facts_per_statement THEN
        RAISE EXCEPTION '% facts in one statement; the server takes % at a time', n, lim.facts_per_statement
            USING ERRCODE = 'configuration_limit_exceeded';
    END IF;
    IF EXISTS (SELECT 1 FROM added WHERE origin = '' OR doc->>'device_id' IS DISTINCT FROM origin
                                         AND doc ? 'device_id') THEN
        RAISE EXCEPTION 'a fact names another laptop than the one that sent it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO collateral.devices (device_id, login)
        SELECT DISTINCT origin, session_user FROM added ON CONFLICT DO NOTHING;
    SELECT d.login INTO other FROM added a JOIN collateral.devices d ON d.device_id = a.origin
     WHERE d.login <> session_user LIMIT 1;
    IF other IS NOT NULL THEN
        RAISE EXCEPTION 'this laptop sends for %; % may not send from it', other, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO collateral.quota AS q (login, hour, session, facts, fact_bytes)
        VALUES (session_user, date_trunc('hour', now()), pg_backend_pid(), n, bytes)
        ON CONFLICT (login, hour, session) DO UPDATE SET facts = q.facts + EXCLUDED.facts,
                                                         fact_bytes = q.fact_bytes + EXCLUDED.fact_bytes;
    SELECT sum(facts), sum(fact_bytes) INTO total_n, total_bytes FROM collateral.quota
     WHERE login = session_user AND hour = date_trunc('hour', now());
    IF total_n > lim.facts_per_hour OR total_bytes > lim.fact_bytes_per_hour THEN
        RAISE EXCEPTION '% has sent % facts (% bytes) this hour; the server takes % facts or % bytes an hour '
            'from one login', session_user, total_n, total_bytes, lim.facts_per_hour, lim.fact_bytes_per_hour
            USING ERRCODE = 'configuration_limit_exceeded';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER c_check AFTER INSERT ON collateral.facts REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION collateral.check_sent_facts();

CREATE FUNCTION collateral.check_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_column_size(NEW.pages) > (SELECT text_bytes FROM collateral.limits WHERE id = 1) THEN
        RAISE EXCEPTION 'the text % is larger than the server takes', NEW.sha256
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER a_check BEFORE INSERT ON collateral.asset_texts
    FOR EACH ROW EXECUTE FUNCTION collateral.check_text();

-- The admin's hand: remove or repair one row, written down with who and when.
CREATE FUNCTION collateral.admin_drop(what text, the_kind text, the_key text, why text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    old jsonb;
BEGIN
    IF collateral.team_role(session_user) IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'only the team''s admin removes rows' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF what = 'fact' THEN
        DELETE FROM collateral.facts WHERE kind = the_kind AND id = the_key RETURNING doc INTO old;
    ELSE
        DELETE FROM collateral.catalog WHERE kind = the_kind AND key = the_key RETURNING doc INTO old;
    END IF;
    IF old IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO collateral.admin_log (by_login, action, source, kind, key, reason, old_doc)
        VALUES (session_user, 'drop', what, the_kind, the_key, why, old);
    RETURN true;
END $$;
CREATE FUNCTION collateral.admin_fix_fact(the_kind text, the_id text, new_doc jsonb, why text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    old jsonb;
BEGIN
    IF collateral.team_role(session_user) IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'only the team''s admin repairs rows' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT doc INTO old FROM collateral.facts WHERE kind = the_kind AND id = the_id FOR UPDATE;
    IF old IS NULL THEN
        RETURN false;
    END IF;
    -- A new transaction id: every laptop's feed reads the repaired fact again.
    UPDATE collateral.facts SET doc = new_doc, txid = pg_current_xact_id()
     WHERE kind = the_kind AND id = the_id;
    INSERT INTO collateral.admin_log (by_login, action, source, kind, key, reason, old_doc, new_doc)
        VALUES (session_user, 'fix', 'fact', the_kind, the_id, why, old, new_doc);
    RETURN true;
END $$;
CREATE FUNCTION collateral.note_admin_fix(the_kind text, the_key text, old jsonb, new_doc jsonb, why text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF collateral.team_role(session_user) IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'only the team''s admin repairs rows' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO collateral.admin_log (by_login, action, source, kind, key, reason, old_doc, new_doc)
        VALUES (session_user, 'fix', 'catalog', the_kind, the_key, why, old, new_doc);
END $$;
REVOKE ALL ON FUNCTION collateral.admin_drop(text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION collateral.admin_fix_fact(text, text, jsonb, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION collateral.note_admin_fix(text, text, jsonb, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION collateral.admin_drop(text, text, text, text) TO {admin};
GRANT EXECUTE ON FUNCTION collateral.admin_fix_fact(text, text, jsonb, text) TO {admin};
GRANT EXECUTE ON FUNCTION collateral.note_admin_fix(text, text, jsonb, jsonb, text) TO {admin};
"""


_STEP_3 = """
-- Leads (catalog kind 'lead', curated by marketing) and their stage events (facts of kind
-- 'lead_events'). A rep reads the leads they own, whose CRM owner is the name of one of the
-- profiles their login registered, and those leads' events, and records events only on them;
-- marketers and admins read everything.

-- The names of the profiles the login running the statement registered, as leads' owners
-- are compared with them (trimmed, lower case).
CREATE FUNCTION collateral.my_names() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(lower(btrim(c.doc->>'name'))), ARRAY[]::text[]) FROM collateral.catalog c
     WHERE c.kind = 'user' AND c.created_by = session_user
$$;
CREATE FUNCTION collateral.is_my_lead(lead_id text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT lead_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM collateral.catalog c
         WHERE c.kind = 'lead' AND c.key = lead_id
           AND lower(btrim(c.doc->>'owner')) = ANY (collateral.my_names()))
$$;
REVOKE ALL ON FUNCTION collateral.my_names() FROM PUBLIC;
REVOKE ALL ON FUNCTION collateral.is_my_lead(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION collateral.my_names() TO {team};
GRANT EXECUTE ON FUNCTION collateral.is_my_lead(text) TO {team};

DROP POLICY catalog_read ON collateral.catalog;
CREATE POLICY catalog_read ON collateral.catalog FOR SELECT TO {curators} USING (true);
CREATE POLICY catalog_read_rep ON collateral.catalog FOR SELECT TO {rep}
    USING (kind <> 'lead' OR lower(btrim(doc->>'owner')) = ANY ((SELECT collateral.my_names())::text[]));

DROP POLICY facts_read ON collateral.facts;
CREATE POLICY facts_read ON collateral.facts FOR SELECT TO {curators} USING (true);
CREATE POLICY facts_read_rep ON collateral.facts FOR SELECT TO {rep}
    USING (kind <> 'lead_events' OR collateral.is_my_lead(doc->>'lead_id'));
CREATE POLICY facts_rep_leads ON collateral.facts AS RESTRICTIVE FOR INSERT TO {rep}
    WITH CHECK (kind <> 'lead_events' OR collateral.is_my_lead(doc->>'lead_id'));

ALTER TABLE collateral.facts DROP CONSTRAINT fact_is_valid;
ALTER TABLE collateral.facts ADD CONSTRAINT fact_is_valid CHECK ({fact_checks}) NOT VALID;

-- The document checks of version 2, and a lead's.
ALTER FUNCTION collateral.catalog_doc_problem(text, text, jsonb) RENAME TO catalog_doc_problem_2;
CREATE FUNCTION collateral.catalog_doc_problem(kind text, key text, doc jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    field text;
BEGIN
    IF kind IS DISTINCT FROM 'lead' THEN
        RETURN collateral.catalog_doc_problem_2(kind, key, doc);
    END IF;
    IF jsonb_typeof(doc) <> 'object' THEN
        RETURN 'the document is not a JSON object';
    END IF;
    IF length(key) = 0 OR length(key) > 200 THEN
        RETURN 'the key is empty or longer than 200 characters';
    END IF;
    FOREACH field IN ARRAY ARRAY['name', 'owner'] LOOP
        IF jsonb_typeof(doc->field) IS DISTINCT FROM 'string' THEN
            RETURN format('"%s" is missing or not text', field);
        END IF;
    END LOOP;
    FOREACH field IN ARRAY ARRAY['email', 'company', 'prospect_id', 'source', 'industry', 'size', 'region',
                                 'crm_source', 'crm_id', 'crm_stage', 'created_on', 'deal_id',
                                 'opportunity_id', 'created_at'] LOOP
        IF doc ? field AND jsonb_typeof(doc->field) NOT IN ('string', 'null') THEN
            RETURN format('"%s" is not text', field);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- The feeds are read by transaction id, and what a rep may read follows the leads' owners:
-- when a lead becomes someone's (a profile registered under its owner's name, or its owner
-- changed), the rows the rep could not read before are stamped again, so their next sync
-- reads them. Nothing in them changes; the stamp names the schema's owner.
CREATE FUNCTION collateral.offer_leads_again() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.kind = 'user' AND (TG_OP = 'INSERT'
            OR lower(btrim(NEW.doc->>'name')) IS DISTINCT FROM lower(btrim(OLD.doc->>'name'))) THEN
        UPDATE collateral.catalog SET doc = doc
         WHERE kind = 'lead' AND lower(btrim(doc->>'owner')) = lower(btrim(NEW.doc->>'name'));
        UPDATE collateral.facts SET txid = pg_current_xact_id()
         WHERE kind = 'lead_events' AND doc->>'lead_id' IN (
            SELECT c.key FROM collateral.catalog c
             WHERE c.kind = 'lead' AND lower(btrim(c.doc->>'owner')) = lower(btrim(NEW.doc->>'name')));
    ELSIF NEW.kind = 'lead' AND TG_OP = 'UPDATE'
            AND lower(btrim(NEW.doc->>'owner')) IS DISTINCT FROM lower(btrim(OLD.doc->>'owner')) THEN
        UPDATE collateral.facts SET txid = pg_current_xact_id()
         WHERE kind = 'lead_events' AND doc->>'lead_id' = NEW.key;
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION collateral.offer_leads_again() FROM PUBLIC;
CREATE TRIGGER d_offer_leads AFTER INSERT OR UPDATE ON collateral.catalog
    FOR EACH ROW EXECUTE FUNCTION collateral.offer_leads_again();
CREATE INDEX facts_lead_events ON collateral.facts ((doc->>'lead_id')) WHERE kind = 'lead_events';
"""


# What every fact of each kind holds: required text fields, required moments (ISO text), other
# required fields by JSON type, optional text fields, and value sets. The database checks
# them for each row it takes (the laptop checks the same, and more, on what it receives).
_FACT_RULES: dict[str, dict[str, Any]] = {
    "usage_events": {
        "text": ("asset_id", "kind", "user_id", "device_id", "source"),
        "moments": ("occurred_at", "recorded_at"),
        "optional": ("prospect_id", "deal_id", "import_key"),
        "choices": {"kind": ("viewed", "shared", "presented"), "source": ("app", "cli", "import")},
    },
    "feedback": {
        "text": ("asset_id", "deal_id", "verdict", "comment", "user_id", "device_id", "source"),
        "moments": ("created_at",),
        "choices": {
            "verdict": ("helped_win", "did_not_help", "found_useful"),
            "source": ("app", "cli", "import"),
        },
        "extra": "CASE jsonb_typeof(doc->'rating') "
        "WHEN 'number' THEN (doc->'rating')::numeric IN (1, 2, 3, 4, 5) "
        "WHEN 'null' THEN true ELSE doc->'rating' IS NULL END",
    },
    "request_events": {
        "text": ("request_id", "status", "user_id", "device_id", "reason"),
        "moments": ("at",),
        "optional": ("asset_id",),
        "choices": {"status": ("open", "accepted", "in_progress", "delivered", "declined")},
    },
    "request_votes": {"text": ("request_id", "user_id", "device_id"), "moments": ("created_at",)},
    "search_log": {
        "text": ("query", "normalized_query", "filters_json", "user_id", "device_id"),
        "moments": ("searched_at",),
        "extra": "jsonb_typeof(doc->'result_count') = 'number'",
    },
    "search_opens": {"text": ("search_id", "asset_id"), "moments": ("opened_at",)},
    "review_requests": {
        "text": ("asset_id", "owner", "note", "user_id", "device_id"),
        "moments": ("requested_at",),
        "optional": ("review_by_then",),
    },
    "lead_events": {
        "text": ("lead_id", "stage", "dated", "source", "user_id", "device_id"),
        "moments": ("at", "recorded_at"),
        "optional": ("import_file", "reason"),
        "choices": {
            "stage": tuple(s.value for s in LeadStage),
            "dated": tuple(h.value for h in HowDated),
            "source": ("app", "cli", "import"),
        },
    },
}


def _literals(values: Any) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)


def _fact_checks() -> str:
    """The facts' CHECK expression, from _FACT_RULES."""
    kinds = []
    for kind, rule in _FACT_RULES.items():
        parts = [f"kind = '{kind}'"]
        for name in (*rule.get("text", ()), *rule.get("moments", ())):
            parts.append(f"jsonb_typeof(doc->'{name}') = 'string'")
        for name in rule.get("moments", ()):
            parts.append(f"doc->>'{name}' ~ " + "'^[0-9]{4}-[0-9]{2}-[0-9]{2}'")
        for name in rule.get("optional", ()):
            parts.append(f"coalesce(jsonb_typeof(doc->'{name}'), 'null') IN ('string', 'null')")
        for name, allowed in rule.get("choices", {}).items():
            parts.append(f"doc->>'{name}' IN ({_literals(allowed)})")
        if rule.get("extra"):
            parts.append(f"({rule['extra']})")
        kinds.append("(" + " AND ".join(parts) + ")")
    # A CHECK passes on NULL (a missing field): the whole test is false unless proven true.
    body = "\n        OR ".join(kinds)
    return f"coalesce(jsonb_typeof(doc) = 'object' AND doc->>'id' = id AND ({body}), false)"


# (version reached, what it does, SQL); a new schema version is a new entry, never an edit.
STEPS: tuple[tuple[int, str, str], ...] = (
    (1, "catalog with clock, facts, files, roles and row-level security", _STEP_1),
    (
        2,
        "every document checked by kind, identities from the login, limits, catalog read by transaction id",
        _STEP_2,
    ),
    (3, "leads and their stage events: a rep reads and records only on the leads they own", _STEP_3),
)


@dataclass(frozen=True, slots=True)
class ServerInfo:
    schema_version: int
    team_id: str
    epoch: str
    role_prefix: str
    clock: int  # the highest catalog version handed out
    next_txid: int  # the server's next transaction id: a cursor beyond it means a restore


@dataclass(frozen=True, slots=True)
class InitResult:
    created_database: bool
    from_version: int
    to_version: int
    team_id: str
    role_prefix: str
    new_epoch: bool
    restricted: tuple[str, ...] = ()  # what the server now refuses the team's logins
    left_open: tuple[str, ...] = ()  # what init-server could not restrict, and how to


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
        for role, group in roles.items():
            names[f"{role.value}_name"] = sql.Literal(group).as_string(conn)
        names["dimensions"] = _literals(d.value for d in Dimension)
        names["statuses"] = _literals(r.value for r in RequestStatus)
        names["fact_checks"] = _fact_checks()
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
        restricted, left_open = _harden(conn, address.dbname, roles)
        meta = _meta(conn)
        conn.commit()
    return InitResult(
        created_database=created,
        from_version=current,
        to_version=SCHEMA_VERSION,
        team_id=meta["team_id"],
        role_prefix=meta["role_prefix"],
        new_epoch=current == 0 or restored,
        restricted=tuple(restricted),
        left_open=tuple(left_open),
    )


# Set on every team login in the team's database (by init-server and add-user). They bound
# what a forgotten session holds; a login can still SET them in its own session, so nothing
# in the design relies on them (see docs/team.md, "What remains trusted").
ROLE_SETTINGS = (
    ("statement_timeout", "120s"),
    ("lock_timeout", "10s"),
    ("idle_in_transaction_session_timeout", "60s"),
)


def _harden(
    conn: psycopg.Connection[Any], dbname: str, roles: dict[Role, str]
) -> tuple[list[str], list[str]]:
    """Take from the team's logins what they do not need: CONNECT to this database for
    anyone outside the team, TEMP here, session defaults; say what is left open elsewhere."""
    import psycopg
    from psycopg import sql

    restricted: list[str] = []
    left_open: list[str] = []
    db = sql.Identifier(dbname)
    groups = sql.SQL(", ").join(sql.Identifier(g) for g in roles.values())
    try:
        with conn.transaction():
            conn.execute(sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(db))
            conn.execute(sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM {}").format(db, groups))
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, groups))
            conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        restricted.append(f"only the team's logins connect to “{dbname}”; none makes temporary tables there")
    except psycopg.errors.InsufficientPrivilege:
        left_open.append(
            f"“{dbname}” keeps its CONNECT and TEMP for PUBLIC (this login does not own it): as its owner, "
            f"REVOKE CONNECT, TEMPORARY ON DATABASE {dbname} FROM PUBLIC"
        )
    logins = team_logins(conn, roles)
    for login in logins:
        settle_login(conn, dbname, login)
    restricted.append(
        "timeouts on every team login here: " + ", ".join(f"{k} = {v}" for k, v in ROLE_SETTINGS)
    )
    rows = conn.execute(
        "SELECT datname, has_database_privilege(%s, oid, 'TEMPORARY') FROM pg_database "
        "WHERE datname <> current_database() AND datallowconn AND has_database_privilege(%s, oid, 'CONNECT') "
        "ORDER BY datname",
        (roles[Role.REP], roles[Role.REP]),
    ).fetchall()
    for other, temp in rows:
        left_open.append(
            f"the team's logins may connect to “{other}”{' and make temporary tables there' if temp else ''} "
            "(PUBLIC may; revoking it there would lock out everyone who relies on it): its owner runs "
            f"REVOKE CONNECT, TEMPORARY ON DATABASE {other} FROM PUBLIC and grants CONNECT to those who need "
            "it, or pg_hba.conf refuses the team's groups every database but this one"
        )
    return restricted, left_open


def team_logins(conn: psycopg.Connection[Any], roles: dict[Role, str]) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = ANY(%s) AND r.rolcanlogin ORDER BY 1",
        (list(roles.values()),),
    ).fetchall()
    return [str(r[0]) for r in rows]


def settle_login(conn: psycopg.Connection[Any], dbname: str, login: str) -> None:
    from psycopg import sql

    for name, value in ROLE_SETTINGS:
        conn.execute(
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
                sql.Identifier(login), sql.Identifier(dbname), sql.Identifier(name), sql.Literal(value)
            )
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
            settle_login(conn, address.dbname, login)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise NotAllowed(
                f"“{address.login}” may not create logins on this server; run add-user as the team's "
                "admin (or the database's superuser)."
            ) from exc
        conn.commit()
    return made


def reset_password(
    address: ServerAddress,
    name: str,
    *,
    password: str | None = None,
    admin_password: str | None = None,
    passfile: Path | None = None,
) -> str | None:
    """A new password for a login of the team (one its person may have changed themselves:
    PostgreSQL lets every login do that). Returns the password made when none was given."""
    import psycopg
    from psycopg import sql

    login = name.strip()
    made = None
    with (
        connect(address, password=admin_password, passfile=passfile) as conn,
        server_errors(address, "reset passwords"),
    ):
        info = read_server_info(conn)
        groups = list(group_roles(info.role_prefix).values())
        row = conn.execute(
            "SELECT bool_or(pg_has_role(r.oid, g.oid, 'MEMBER')) FROM pg_roles r, pg_roles g "
            # A superuser is a member of every role, and never one of the team's logins.
            "WHERE r.rolname = %s AND NOT r.rolsuper AND g.rolname = ANY(%s) AND r.rolname <> ALL(%s)",
            (login, groups, groups),
        ).fetchone()
        if not row or not row[0]:
            raise TeamError(
                f"“{login}” is not a login of this team; "
                f"`collateral team add-user {login} --role rep` makes one."
            )
        if password is None:
            password = made = secrets.token_urlsafe(12)
        try:
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login), sql.Literal(password))
            )
        except psycopg.errors.InsufficientPrivilege as exc:
            raise NotAllowed(
                f"“{address.login}” may not change the password of “{login}”; run reset-password as the "
                "team's admin (or the database's superuser)."
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
    if version < SCHEMA_VERSION:
        raise ServerNeedsSetup(
            f"The team server's schema is version {version}; this Collateral needs version {SCHEMA_VERSION}. "
            "The team's admin upgrades it in place with `collateral team init-server URL` (nothing is lost); "
            "what waits here is sent after that."
        )
    meta = _meta(conn)
    counter = "(SELECT last_value FROM collateral.catalog_version)" if version >= 2 else "0"
    row = conn.execute(f"SELECT {counter}, pg_snapshot_xmax(pg_current_snapshot())::text::bigint").fetchone()
    assert row is not None
    return ServerInfo(
        schema_version=version,
        team_id=meta["team_id"],
        epoch=meta["epoch"],
        role_prefix=meta["role_prefix"],
        clock=int(row[0]),
        next_txid=int(row[1]),
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
