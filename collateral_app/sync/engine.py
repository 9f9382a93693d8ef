"""One sync of a library with its team server, and the local bookkeeping that makes it safe
to interrupt anywhere (a `kill -9` included):

1. connect, check the schema version, the team and the epoch; if the server lost what this
   laptop gave it (restored from a backup), start over: send everything again;
2. pull the catalog page by page, each page applied together with the cursor in one local
   transaction, merged field by field with edits made here;
3. upload the files of assets about to be published, then push catalog edits, each with the
   version it was based on (a stale one is merged, or becomes a conflict);
4. send facts made here, marking them sent only after the server's commit;
5. receive the team's facts through the transaction-id feed;
6. fetch pinned files, then keep unpinned downloads within the disk budget.

Nothing here reads the laptop's clock to decide anything: order comes from the server."""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, delete, func, or_, select, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from collateral_app.blobs import BlobStore, is_content_address
from collateral_app.domain.errors import LoginRefused, NotJoined, SyncBusy, TeamError
from collateral_app.domain.sales import Role
from collateral_app.domain.team import SyncPhase, SyncProgress, SyncReport
from collateral_app.locking import LockHeld, acquire
from collateral_app.storage.base import new_id
from collateral_app.storage.sync_models import (
    SyncAlias,
    SyncCatalogBase,
    SyncConflictRow,
    SyncFactMark,
    SyncFactProgress,
    SyncFileRow,
    SyncParked,
    SyncServerRow,
)

from . import apply, quarantine, validate
from . import facts as fact_feed
from . import files as transfer
from .catalog import KINDS, Doc, Kind, Pages, WriteContext, canonical, merge
from .connection import ServerAddress, connect, server_errors
from .schema import REP_KINDS, ServerInfo, read_server_info, role_of

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

ProgressCallback = Callable[[SyncProgress], None]
CancelCheck = Callable[[], bool]
Clock = Callable[[], datetime]

PULL_PAGE = 500
PUSH_BATCH = 200
FACT_BATCH = 5_000
FEED_PAGE = 5_000
MAX_PUSH_ROUNDS = 4


@functools.cache
def _refusals() -> tuple[type[Exception], ...]:
    """What the server answers when it refuses one row (a check, a limit, a policy)."""
    import psycopg

    e = psycopg.errors
    return (e.IntegrityError, e.DataError, e.InsufficientPrivilege, e.RaiseException, e.ProgramLimitExceeded)


class SyncCancelled(Exception):
    pass


class _HeldBack(Exception):
    """The server's volume limit for this login is reached: the rest waits for later."""


@dataclass
class Tally:
    """Counts of one sync, turned into the frozen SyncReport at the end."""

    pulled_changes: int = 0
    pulled_rows: int = 0
    merged: int = 0
    new_conflicts: int = 0
    pushed_changes: int = 0
    sent_facts: int = 0
    received_facts: int = 0
    uploaded_files: int = 0
    downloaded_files: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    evicted_files: int = 0
    server_restored: bool = False
    cancelled: bool = False
    parked_facts: int = 0
    quarantined: int = 0
    refused: int = 0
    held_back: str = ""
    reindex: set[str] = field(default_factory=set)
    refused_rows: set[tuple[str, str]] = field(default_factory=set)  # (kind, local id), this sync

    def absorb(self, other: Tally) -> None:
        """Add the counts of a part applied on its own."""
        for name in (
            "pulled_changes",
            "merged",
            "new_conflicts",
            "quarantined",
            "received_facts",
            "parked_facts",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.reindex |= other.reindex

    def report(self, seconds: float) -> SyncReport:
        return SyncReport(
            pulled_changes=self.pulled_changes,
            merged=self.merged,
            new_conflicts=self.new_conflicts,
            pushed_changes=self.pushed_changes,
            sent_facts=self.sent_facts,
            received_facts=self.received_facts,
            uploaded_files=self.uploaded_files,
            downloaded_files=self.downloaded_files,
            bytes_up=self.bytes_up,
            bytes_down=self.bytes_down,
            evicted_files=self.evicted_files,
            server_restored=self.server_restored,
            cancelled=self.cancelled,
            seconds=round(seconds, 3),
            quarantined=self.quarantined,
            refused=self.refused,
            held_back=self.held_back,
        )


@dataclass(frozen=True)
class Acting:
    """Who this sync runs as, decided once per sync from the server's answer."""

    login: str
    role: Role
    device_id: str

    def may_write(self, kind: Kind, created_by: str | None) -> bool:
        if self.role is not Role.REP:
            return True
        return kind.name in REP_KINDS and (created_by is None or created_by == self.login)


class SyncEngine:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        blobs: BlobStore,
        folder: Path,
        *,
        device_id: Callable[[], str],
        after_apply: Callable[[], object] | None = None,
        clock: Clock | None = None,
        chunk_size: int = transfer.DEFAULT_CHUNK,
    ) -> None:
        self.sessions = sessions
        self.blobs = blobs
        self.folder = folder  # <library>/team: password file, partial downloads, lock
        self.device_id = device_id
        self.after_apply = after_apply
        self.clock = clock or (lambda: datetime.now(UTC))
        self.chunk_size = chunk_size

    @property
    def passfile(self) -> Path:
        return self.folder / "pgpass"

    @property
    def ca_file(self) -> Path:
        """The certificate authority the team server's certificate is checked against, when
        the person gave one at join (kept here, so moving the library keeps it)."""
        return self.folder / "server-ca.crt"

    @property
    def partial_folder(self) -> Path:
        return self.folder / "downloads"

    # -- membership ------------------------------------------------------------------------
    def state(self) -> SyncServerRow | None:
        with self.sessions() as s:
            return s.get(SyncServerRow, 1)

    def address(self) -> ServerAddress:
        state = self.state()
        if state is None:
            raise NotJoined
        address = ServerAddress.parse(state.server)
        if not address.ca and self.ca_file.is_file():
            address = address.with_param("sslrootcert", str(self.ca_file))
        return address

    def connect(self) -> psycopg.Connection[Any]:
        # Autocommit: every `conn.transaction()` below is a real transaction whose end is the
        # server's commit (never a savepoint inside one left open by an earlier read).
        return connect(self.address(), passfile=self.passfile, autocommit=True)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """One sync per library at a time (the app's timer and `collateral sync` may meet)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            lock = acquire(self.folder / "sync.lock")
        except LockHeld as exc:
            raise SyncBusy from exc
        try:
            yield
        finally:
            lock.release()

    # -- one sync ----------------------------------------------------------------------------
    def sync_once(
        self, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> SyncReport:
        started = time.monotonic()
        tally = Tally()
        say = progress or (lambda _p: None)
        should_stop = cancel or (lambda: False)
        state = self.state()
        if state is None:
            raise NotJoined
        address = self.address()
        with self.exclusive():
            self._note_attempt()
            try:
                say(SyncProgress(SyncPhase.CONNECTING, detail=address.display()))
                with self.connect() as conn, server_errors(address, "sync"):
                    who, tally.server_restored = self._check_server(conn, address)
                    steps: list[Callable[[], None]] = [
                        lambda: self._pull_catalog(conn, who, tally, say, should_stop),
                        lambda: self._push_catalog(conn, who, tally, say, should_stop),
                        lambda: self._send_facts(conn, who, tally, say, should_stop),
                        lambda: self._receive_facts(conn, who, tally, say, should_stop),
                        lambda: self._fetch_pinned(conn, tally, say, should_stop),
                        lambda: self._follow_admin(conn),
                    ]
                    try:
                        for step in steps:
                            if should_stop():
                                raise SyncCancelled
                            step()
                    except (SyncCancelled, transfer.Cancelled):
                        tally.cancelled = True
                self.evict_over_budget(tally)
            except TeamError as exc:
                self._note_result(str(exc))
                raise
            finally:
                self._index(tally, say)
            self._note_result("" if not tally.cancelled else "The last sync was stopped before the end.")
        say(SyncProgress(SyncPhase.DONE))
        return tally.report(time.monotonic() - started)

    def _index(self, tally: Tally, say: ProgressCallback) -> None:
        if tally.reindex and self.after_apply is not None:
            say(SyncProgress(SyncPhase.INDEXING, 0, len(tally.reindex)))
            try:
                self.after_apply()
            except Exception:  # the index is derived: a failure leaves assets marked for indexing
                log.exception("indexing after sync failed; the assets stay marked for indexing")

    def _note_attempt(self) -> None:
        with self.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.last_attempt_at = self.clock()

    def _note_result(self, error: str) -> None:
        with self.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.last_error = error
            if not error:
                state.last_sync_at = self.clock()

    def _check_server(self, conn: psycopg.Connection[Any], address: ServerAddress) -> tuple[Acting, bool]:
        """Who this sync runs as, and whether the server lost what it was given."""
        info = read_server_info(conn)
        role = role_of(conn, info.role_prefix)
        if role is None:
            raise LoginRefused(
                f"“{address.login}” is not a member of the team on {address.host}; the team's admin "
                f"adds them with `collateral team add-user {address.login} --role rep`."
            )
        with self.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            if state.team_id != info.team_id:
                raise TeamError(
                    f"{address.display()} now holds another team than the one this library joined; "
                    "nothing was sent. Ask the team's admin, or join the new team."
                )
            state.role = role.value
        who = Acting(address.login, role, self.device_id())
        if self._server_lost_data(conn, info):
            log.warning("team server %s lost data (restored?): sending everything again", address.display())
            self._start_over(who, info)
            return who, True
        return who, False

    def _server_lost_data(self, conn: psycopg.Connection[Any], info: ServerInfo) -> bool:
        state = self.state()
        assert state is not None
        if state.epoch != info.epoch:
            return True
        if info.next_txid < max(state.catalog_cursor, state.fact_floor):
            return True  # transaction ids behind what was read here: another cluster
        if state.witness_catalog_version and info.clock < state.witness_catalog_version:
            return True
        lost = False
        if state.witness_fact_kind and state.witness_fact_id:
            lost = not fact_feed.server_has_fact(conn, state.witness_fact_kind, state.witness_fact_id)
        if not lost and state.witness_catalog_kind and state.witness_catalog_key:
            row = conn.execute(
                "SELECT version FROM collateral.catalog WHERE kind = %s AND key = %s",
                (state.witness_catalog_kind, state.witness_catalog_key),
            ).fetchone()
            lost = row is None or int(row[0]) < int(state.witness_catalog_version or 0)
        return lost

    def _start_over(self, who: Acting, info: ServerInfo) -> None:
        """The server is not the one this laptop knew: send again every fact made here (an
        admin sends every fact held here), put back every catalog row this login may write,
        and read the whole catalog and feed again. Nothing local is removed."""
        with self.sessions.begin() as s:
            if who.role is Role.ADMIN:
                s.execute(delete(SyncFactMark))
            else:
                s.execute(delete(SyncFactMark).where(SyncFactMark.received.is_(False)))
            s.execute(delete(SyncFactProgress))
            for base in s.scalars(select(SyncCatalogBase)):
                base.server_version = None
                if who.may_write(KINDS[base.kind], base.created_by):
                    base.agreed_revision = 0
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.epoch = info.epoch
            state.catalog_cursor, state.catalog_ceiling = 0, None
            state.catalog_after_txid = state.catalog_after_version = None
            state.fact_floor, state.fact_ceiling = 0, None
            state.fact_after_txid = state.fact_after_kind = state.fact_after_id = None
            state.witness_fact_kind = state.witness_fact_id = None
            state.witness_catalog_kind = state.witness_catalog_key = None
            state.witness_catalog_version = None

    def _follow_admin(self, conn: psycopg.Connection[Any]) -> None:
        """Let go of what was set aside here and the team's admin has since removed from the
        server (one query, and only when something is set aside)."""
        with self.sessions() as s:
            held = [
                (source, kind, key)
                for source in (quarantine.RECEIVED_CATALOG, quarantine.RECEIVED_FACT)
                for kind, key in quarantine.held_keys(s, source)
            ]
        if not held:
            return
        dropped = conn.execute(
            "SELECT DISTINCT l.source, l.kind, l.key FROM collateral.admin_log l "
            "JOIN unnest(%s::text[], %s::text[], %s::text[]) AS h(source, kind, key) "
            "ON (l.source, l.kind, l.key) = (h.source, h.kind, h.key) WHERE l.action = 'drop'",
            ([h[0] for h in held], [h[1] for h in held], [h[2] for h in held]),
        ).fetchall()
        if dropped:
            with self.sessions.begin() as s:
                for source, kind, key in dropped:
                    quarantine.release(s, str(source), str(kind), str(key))

    # -- catalog: pull -------------------------------------------------------------------------
    def _pull_catalog(
        self,
        conn: psycopg.Connection[Any],
        who: Acting,
        tally: Tally,
        say: ProgressCallback,
        should_stop: CancelCheck,
    ) -> None:
        while True:
            if should_stop():
                raise SyncCancelled
            state = self.state()
            assert state is not None
            floor, ceiling = state.catalog_cursor, state.catalog_ceiling
            after = ""
            params: list[Any] = []
            if ceiling is not None and state.catalog_after_txid is not None:
                after = "AND (c.txid, c.version) > (%s::xid8, %s) "
                params = [str(state.catalog_after_txid), state.catalog_after_version or 0]
            with conn.transaction():
                # Behind the watermark, as the facts: rows of transactions still running in
                # the team's database wait; nothing is skipped, and no lock is shared.
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                if ceiling is None:
                    ceiling = fact_feed.watermark(conn)
                # In the order of the table's columns (as the facts feed), which its index holds.
                rows = conn.execute(
                    "SELECT c.kind, c.key, c.doc::text, c.version, c.created_by, c.updated_by, "
                    "c.txid::text::bigint FROM collateral.catalog c "
                    "WHERE c.txid >= %s::xid8 AND c.txid < %s::xid8 "
                    + after
                    + "ORDER BY c.txid, c.version LIMIT %s",
                    (str(floor), str(ceiling), *params, PULL_PAGE),
                ).fetchall()
                page = [
                    ServerRow(str(k), str(key), json.loads(d), int(v), str(c), str(u), int(t))
                    for k, key, d, v, c, u, t in rows
                ]
                texts = self._fetch_texts(conn, page)
            full = len(page) == PULL_PAGE
            last = (page[-1].txid, page[-1].version) if full else None
            cursor = CatalogCursor(floor, ceiling, last) if full else CatalogCursor(ceiling)
            tally.pulled_rows += len(page)
            say(
                SyncProgress(
                    SyncPhase.PULLING, tally.pulled_rows, tally.pulled_rows + (PULL_PAGE if full else 0)
                )
            )
            self._apply_pulled(who, page, texts, tally, cursor)
            if not full:
                return

    def _apply_pulled(
        self,
        who: Acting,
        page: list[ServerRow],
        texts: tuple[dict[str, Pages], set[str]],
        tally: Tally,
        cursor: CatalogCursor,
    ) -> None:
        """One page with the new cursor in one local transaction; should a row fail to be
        stored for a reason no check foresaw, each row again in its own, the failing one
        set aside: one bad row never stops the rest."""

        def move_cursor(s: Session) -> None:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.catalog_cursor, state.catalog_ceiling = cursor.floor, cursor.ceiling
            state.catalog_after_txid, state.catalog_after_version = cursor.after or (None, None)

        def apply(rows: list[ServerRow], counts: Tally) -> None:
            with self.sessions.begin() as s, s.no_autoflush:
                ctx = self._context(s, texts)
                ctx.preload_page(rows)
                for row in rows:
                    self._absorb(ctx, who, row, counts)
                self._retry_parked(ctx, who, counts)
                ctx.flush()
                if len(rows) == len(page):
                    move_cursor(s)

        try:
            apply(page, tally)
            return
        except (SQLAlchemyError, ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning(
                "a page of %d catalog rows could not be stored at once (%s); row by row", len(page), exc
            )
        for row in page:
            counts = Tally()
            try:
                apply([row], counts)
            except (SQLAlchemyError, ValueError, TypeError, KeyError, AttributeError) as exc:
                with self.sessions.begin() as s:
                    self._set_aside(
                        s,
                        quarantine.RECEIVED_CATALOG,
                        row,
                        f"it could not be stored here ({_first_line(exc)})",
                    )
                tally.quarantined += 1
            else:
                tally.absorb(counts)
        with self.sessions.begin() as s:
            move_cursor(s)

    def _set_aside(self, s: Session, source: str, row: ServerRow, reason: str) -> None:
        log.warning("set aside %s %s %s from the team server: %s", source, row.kind, row.key, reason)
        quarantine.set_aside(
            s,
            source,
            row.kind,
            row.key,
            row.doc,
            version=row.version,
            sent_by=row.updated_by,
            reason=reason,
            now=self.clock(),
        )

    def _fetch_texts(
        self, conn: psycopg.Connection[Any], page: list[ServerRow]
    ) -> tuple[dict[str, Pages], set[str]]:
        """The page texts of the page's assets not held here yet, and the fingerprints whose
        texts on the server are not what they name."""
        wanted = {
            str(sha)
            for r in page
            if r.kind == "asset" and is_content_address(sha := _file_of(r.doc).get("text_sha256"))
        }
        if not wanted:
            return {}, set()
        with self.sessions() as s:
            held = {
                json.loads(b.doc).get("file", {}).get("text_sha256")
                for b in s.scalars(
                    select(SyncCatalogBase).where(
                        SyncCatalogBase.kind == "asset",
                        SyncCatalogBase.key.in_([r.key for r in page if r.kind == "asset"]),
                    )
                )
            }
        wanted -= held
        if not wanted:
            return {}, set()
        found = conn.execute(
            "SELECT sha256, pages::text FROM collateral.asset_texts WHERE sha256 = ANY(%s)", (sorted(wanted),)
        ).fetchall()
        texts: dict[str, Pages] = {}
        bad: set[str] = set()
        for sha, pages_text in found:
            pages = json.loads(pages_text)
            if validate.check_pages(str(sha), pages):
                texts[str(sha)] = pages
            else:
                bad.add(str(sha))
        return texts, bad

    def _context(self, s: Session, texts: tuple[dict[str, Pages], set[str]] | None = None) -> ApplyContext:
        # Rows of a page are written in bulk in no particular order; references are checked
        # at commit (rows whose references are not here at all were parked instead).
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        aliases = {(a.kind, a.key): a.local_id for a in s.scalars(select(SyncAlias))}
        parked = {  # catalog rows: parked facts are the FactWriter's
            ("catalog", kind, key)
            for kind, key in s.execute(
                select(SyncParked.kind, SyncParked.key).where(SyncParked.source == "catalog")
            )
        }
        good, bad = texts or ({}, set())
        return ApplyContext(
            s,
            good,
            aliases,
            parked=parked,
            bad_texts=bad,
            quarantined=quarantine.held_keys(s, quarantine.RECEIVED_CATALOG),
        )

    def _absorb(self, ctx: ApplyContext, who: Acting, row: ServerRow, tally: Tally) -> None:
        """Make the local library hold the server's `row`, merged with what changed here."""
        s = ctx.session
        kind = KINDS.get(row.kind)
        if kind is None:
            # Kept for a newer version of the app, which will know what it is.
            self._park(ctx, "catalog", row, [f"a newer Collateral (it does not know “{row.kind}”)"])
            return
        base = ctx.base(kind.name, row.key)
        if base is not None and base.server_version is not None and base.server_version >= row.version:
            return
        if (kind.name, row.key) in ctx.aliases:
            return
        reason = validate.check_catalog_row(kind, row.key, row.doc)
        if reason is None and kind.name == "asset" and _file_of(row.doc).get("text_sha256") in ctx.bad_texts:
            reason = "the page texts the server holds for it are not the ones its fingerprint names"
        if reason is not None:
            self._set_aside(s, quarantine.RECEIVED_CATALOG, row, reason)
            ctx.quarantined.add((kind.name, row.key))
            tally.quarantined += 1
            return
        if (kind.name, row.key) in ctx.quarantined:
            quarantine.release(s, quarantine.RECEIVED_CATALOG, kind.name, row.key)
            ctx.quarantined.discard((kind.name, row.key))
        missing = kind.missing_references(ctx, row.doc)
        if missing:
            self._park(ctx, "catalog", row, missing)
            return
        if ("catalog", kind.name, row.key) in ctx.parked:
            s.execute(
                delete(SyncParked).where(
                    SyncParked.source == "catalog", SyncParked.kind == kind.name, SyncParked.key == row.key
                )
            )
            ctx.parked.discard(("catalog", kind.name, row.key))
        local = ctx.get(kind.model, base.local_id) if base is not None else kind.find(ctx, row.key, row.doc)
        if local is not None and base is None and kind.name != "taxonomy" and local.id != row.key:
            # Another laptop's copy of a record held here (the same CRM deal): refer to ours.
            s.add(SyncAlias(kind=kind.name, key=row.key, local_id=local.id))
            ctx.aliases[(kind.name, row.key)] = local.id
            return
        tally.pulled_changes += 1
        if local is None:
            local = kind.write(ctx, None, row.key, row.doc)
            local.revision = 1
            local.server_version = row.version
            self._agree(ctx, kind, row, local, local.revision)
            self._touched(ctx.session, kind, local, tally)
            return
        mine = kind.to_doc(s, local)
        dirty = base is None or local.revision != base.agreed_revision
        if not dirty or mine == row.doc:
            if mine != row.doc:
                self._rewrite(ctx, kind, local, row.doc, tally)
            local.server_version = row.version
            self._agree(ctx, kind, row, local, local.revision)
            return
        base_doc: Doc | None = json.loads(base.doc) if base is not None else None
        if base is None and kind.name == "taxonomy" and local.revision == 1:
            base_doc = mine  # an untouched default: the team's value is simply taken
        if base is not None and base.server_version is None and who.may_write(kind, base.created_by):
            base_doc = row.doc  # the server was restored: what this laptop holds is newer
        result = merge(base_doc, mine, row.doc)
        if result.doc != mine:
            self._rewrite(ctx, kind, local, result.doc, tally)
        if result.doc != row.doc and not result.conflicts:
            tally.merged += 1
        local.server_version = row.version
        for name in result.conflicts:
            self._record_conflict(s, kind, row, local.id, name, base_doc, mine)
            tally.new_conflicts += 1
        self._agree(ctx, kind, row, local, local.revision if result.doc == row.doc else 0)

    def _rewrite(self, ctx: WriteContext, kind: Kind, local: Any, doc: Doc, tally: Tally) -> None:
        kind.write(ctx, local, local.id, doc)
        local.revision = (local.revision or 0) + 1
        self._touched(ctx.session, kind, local, tally)

    def _touched(self, s: Session, kind: Kind, local: Any, tally: Tally) -> None:
        """A row written from the server: assets are reindexed after the commit, and their
        file is a team file (fetched on demand) unless this laptop already holds it."""
        if kind.name != "asset":
            return
        tally.reindex.add(local.id)
        sha = local.blob_sha256
        if is_content_address(sha) and not self.blobs.exists(sha) and s.get(SyncFileRow, sha) is None:
            s.add(SyncFileRow(sha256=sha, size_bytes=int(local.size_bytes or 0)))

    def _agree(self, ctx: ApplyContext, kind: Kind, row: ServerRow, local: Any, agreed_revision: int) -> None:
        base = ctx.base(kind.name, row.key)
        if base is None:
            base = SyncCatalogBase(kind=kind.name, key=row.key, local_id=local.id)
            ctx.session.add(base)
            ctx.bases[(kind.name, row.key)] = base
        base.local_id = local.id
        base.server_version = row.version
        base.agreed_revision = agreed_revision
        base.doc = canonical(row.doc)
        base.created_by = row.created_by
        base.updated_by = row.updated_by

    def _park(self, ctx: ApplyContext, source: str, row: ServerRow, missing: list[str]) -> None:
        s = ctx.session
        known = (source, row.kind, row.key) in ctx.parked
        ctx.parked.add((source, row.kind, row.key))
        parked = s.get(SyncParked, (source, row.kind, row.key)) if known else None
        if parked is None:
            parked = SyncParked(source=source, kind=row.kind, key=row.key)
            s.add(parked)
        if parked.server_version is not None and parked.server_version > row.version:
            return
        parked.doc = canonical(row.doc)
        parked.server_version = row.version
        parked.created_by = row.created_by
        parked.updated_by = row.updated_by
        parked.missing = ", ".join(missing[:5])

    def _retry_parked(self, ctx: ApplyContext, who: Acting, tally: Tally) -> None:
        """Rows that waited for something now pulled; in rounds, since one may unlock another."""
        s = ctx.session
        if not any(source == "catalog" for source, _k, _key in ctx.parked):
            return
        ctx.flush()
        s.flush()
        while True:
            parked = list(s.scalars(select(SyncParked).where(SyncParked.source == "catalog")))
            progressed = False
            for p in parked:
                row = ServerRow(
                    p.kind, p.key, json.loads(p.doc), int(p.server_version or 0), p.created_by, p.updated_by
                )
                kind = KINDS.get(p.kind)
                if kind is None or kind.missing_references(ctx, row.doc):
                    continue
                s.delete(p)
                s.flush()
                ctx.parked.discard(("catalog", p.kind, p.key))
                self._absorb(ctx, who, row, tally)
                progressed = True
            if not progressed:
                return

    def _record_conflict(
        self, s: Session, kind: Kind, row: ServerRow, local_id: str, name: str, base: Doc | None, mine: Doc
    ) -> None:
        whole = name == "deleted"  # edit versus delete keeps each side's whole document
        existing = s.scalar(
            select(SyncConflictRow).where(
                SyncConflictRow.kind == kind.name,
                SyncConflictRow.key == row.key,
                SyncConflictRow.field == name,
                SyncConflictRow.resolved_at.is_(None),
            )
        )
        conflict = existing or SyncConflictRow(id=new_id(), kind=kind.name, key=row.key, field=name)
        conflict.local_id = local_id
        conflict.title = kind.title(mine) or kind.title(row.doc)
        conflict.base_json = canonical(base if whole else (base or {}).get(name))
        conflict.mine_json = canonical(mine if whole else mine.get(name))
        conflict.theirs_json = canonical(row.doc if whole else row.doc.get(name))
        conflict.theirs_by = row.updated_by
        conflict.server_version = row.version
        conflict.detected_at = self.clock()
        if existing is None:
            s.add(conflict)

    # -- catalog: push ---------------------------------------------------------------------------
    def _push_catalog(
        self,
        conn: psycopg.Connection[Any],
        who: Acting,
        tally: Tally,
        say: ProgressCallback,
        should_stop: CancelCheck,
    ) -> None:
        for _round in range(MAX_PUSH_ROUNDS):
            pending = self._pending_changes(who)
            if not pending:
                return
            pending = [p for p in pending if (p[0].name, p[1]) not in tally.refused_rows]
            if not pending:
                return
            for start in range(0, len(pending), PUSH_BATCH):
                if should_stop():
                    raise SyncCancelled
                self._push_batch(conn, who, pending[start : start + PUSH_BATCH], tally, say, should_stop)
                say(SyncProgress(SyncPhase.PUSHING, min(start + PUSH_BATCH, len(pending)), len(pending)))

    def _pending_changes(self, who: Acting) -> list[tuple[Kind, str]]:
        """(kind, local id) of rows changed here since last agreed with the server, that this
        login may send; the order of KINDS, so what others refer to goes first."""
        found: list[tuple[Kind, str]] = []
        with self.sessions() as s:
            for kind in KINDS.values():
                if who.role is Role.REP and kind.name not in REP_KINDS:
                    continue
                for local_id, created_by in s.execute(changed_rows(kind)):
                    if who.may_write(kind, created_by):
                        found.append((kind, str(local_id)))
        return found

    def _push_batch(
        self,
        conn: psycopg.Connection[Any],
        who: Acting,
        batch: list[tuple[Kind, str]],
        tally: Tally,
        say: ProgressCallback,
        should_stop: CancelCheck,
    ) -> None:
        outgoing: list[Outgoing] = []
        texts: dict[str, Pages] = {}
        with self.sessions.begin() as s:
            by_kind: dict[str, list[str]] = {}
            for kind, local_id in batch:
                by_kind.setdefault(kind.name, []).append(local_id)
            for kind_name, ids in by_kind.items():
                kind = KINDS[kind_name]
                rows = list(s.scalars(select(kind.model).where(kind.model.id.in_(ids))))
                bases = {
                    b.local_id: b
                    for b in s.scalars(
                        select(SyncCatalogBase).where(
                            SyncCatalogBase.kind == kind_name, SyncCatalogBase.local_id.in_(ids)
                        )
                    )
                }
                for local, doc in zip(rows, kind.to_docs(s, rows, pages_out=texts), strict=True):
                    base = bases.get(local.id)
                    if base is not None and base.server_version is not None and json.loads(base.doc) == doc:
                        base.agreed_revision = local.revision  # a touch that changed nothing sent
                        continue
                    key = base.key if base is not None else kind.key_of(local)
                    version = base.server_version if base is not None else None
                    outgoing.append(Outgoing(kind, key, local.id, doc, local.revision, version))
        if not outgoing:
            return
        outgoing = self._upload_for(conn, outgoing, texts, tally, say, should_stop)
        accepted: list[tuple[Outgoing, int]] = []
        stale: list[Outgoing] = []
        refused: list[tuple[Outgoing, str]] = []
        try:
            self._write_rows(conn, outgoing, accepted, stale)
        except _refusals() as exc:
            # One row the server refuses (a check it makes) must not hold back the others:
            # each again in a transaction of its own; the refused stay here, with the reason.
            log.info("the server refused a row of a batch of %d (%s); one by one", len(outgoing), exc)
            accepted.clear()
            stale.clear()
            for item in outgoing:
                try:
                    self._write_rows(conn, [item], accepted, stale)
                except _refusals() as one:
                    refused.append((item, _refusal(one)))
        if refused:
            self._note_refused([(i.kind.name, i.key, i.doc, why) for i, why in refused], tally, kinds=True)
            tally.refused_rows |= {(i.kind.name, i.local_id) for i, _ in refused}
        with self.sessions.begin() as s, s.no_autoflush:
            ctx = self._context(s)
            ctx.preload_page([ServerRow(i.kind.name, i.key, i.doc, v, "", "") for i, v in accepted])
            state = s.get(SyncServerRow, 1)
            assert state is not None
            for item, version in accepted:
                local = ctx.get(item.kind.model, item.local_id)
                if local is None:
                    continue
                base = ctx.base(item.kind.name, item.key)
                created_by = base.created_by if base is not None and base.created_by else who.login
                row = ServerRow(item.kind.name, item.key, item.doc, version, created_by, who.login)
                self._agree(ctx, item.kind, row, local, item.revision)
                local.server_version = version
                state.witness_catalog_kind, state.witness_catalog_key = item.kind.name, item.key
                state.witness_catalog_version = version
                quarantine.release(s, quarantine.REFUSED, item.kind.name, item.key)
            tally.pushed_changes += len(accepted)
        if stale:
            self._absorb_current(conn, who, stale, tally)

    @staticmethod
    def _write_rows(
        conn: psycopg.Connection[Any],
        outgoing: list[Outgoing],
        accepted: list[tuple[Outgoing, int]],
        stale: list[Outgoing],
    ) -> None:
        with conn.transaction():
            # One round trip for the batch: the statements are sent without waiting.
            with conn.pipeline():
                cursors = [
                    conn.execute(
                        "UPDATE collateral.catalog SET doc = %s::jsonb "
                        "WHERE kind = %s AND key = %s AND version = %s RETURNING version",
                        (canonical(item.doc), item.kind.name, item.key, item.base_version),
                    )
                    if item.base_version is not None
                    else conn.execute(
                        "INSERT INTO collateral.catalog (kind, key, doc) VALUES (%s, %s, %s::jsonb) "
                        "ON CONFLICT (kind, key) DO NOTHING RETURNING version",
                        (item.kind.name, item.key, canonical(item.doc)),
                    )
                    for item in outgoing
                ]
            for item, cur in zip(outgoing, cursors, strict=True):
                row = cur.fetchone()
                if row is None:
                    stale.append(item)
                else:
                    accepted.append((item, int(row[0])))

    def _note_refused(self, items: list[tuple[str, str, Any, str]], tally: Tally, *, kinds: bool) -> None:
        """Rows or facts of this laptop the server refused: kept here, shown with the reason."""
        with self.sessions.begin() as s:
            for kind, key, doc, why in items:
                log.warning("the team server refused %s %s: %s", kind, key, why)
                quarantine.set_aside(
                    s,
                    quarantine.REFUSED,
                    kind,
                    key,
                    doc,
                    version=None,
                    sent_by="",
                    reason=why,
                    now=self.clock(),
                )
                if not kinds:  # a fact: marked so it is not sent again and again
                    s.execute(
                        insert(SyncFactMark).on_conflict_do_nothing(),
                        [{"kind": kind, "fact_id": key, "received": False}],
                    )
        tally.refused += len(items)

    def _absorb_current(
        self, conn: psycopg.Connection[Any], who: Acting, stale: list[Outgoing], tally: Tally
    ) -> None:
        """Someone changed these rows since they were read here: merge their current version
        in (the next round sends what is left of ours)."""
        with conn.transaction():
            rows = [
                conn.execute(
                    "SELECT kind, key, doc::text, version, created_by, updated_by FROM collateral.catalog "
                    "WHERE kind = %s AND key = %s",
                    (item.kind.name, item.key),
                ).fetchone()
                for item in stale
            ]
        with self.sessions.begin() as s:
            ctx = self._context(s)
            for found in rows:
                if found is None:
                    continue
                server_row = ServerRow(
                    str(found[0]),
                    str(found[1]),
                    json.loads(found[2]),
                    int(found[3]),
                    str(found[4]),
                    str(found[5]),
                )
                self._absorb(ctx, who, server_row, tally)
            ctx.flush()

    def _upload_for(
        self,
        conn: psycopg.Connection[Any],
        outgoing: list[Outgoing],
        texts: dict[str, Pages],
        tally: Tally,
        say: ProgressCallback,
        should_stop: CancelCheck,
    ) -> list[Outgoing]:
        """Put the files and texts of assets on the server first; an asset whose file cannot
        be sent now stays waiting (the server would refuse it anyway)."""
        shas = sorted(
            {
                str(item.doc["file"]["blob_sha256"])
                for item in outgoing
                if item.kind.name == "asset"
                and not item.doc.get("deleted")
                and (item.doc.get("file") or {}).get("blob_sha256")
            }
        )
        ready = transfer.server_complete(conn, shas) if shas else set()
        failed: set[str] = set()
        for n, sha in enumerate(s for s in shas if s not in ready):
            if should_stop():
                raise SyncCancelled
            try:
                sent = transfer.upload(
                    conn,
                    self.blobs,
                    sha,
                    chunk_size=self.chunk_size,
                    progress=_bytes_progress(
                        say, SyncPhase.UPLOADING, f"file {n + 1} of {len(shas) - len(ready)}"
                    ),
                    cancel=should_stop,
                )
            except TeamError as exc:
                log.warning("not publishing assets of file %s yet: %s", sha[:12], exc)
                failed.add(sha)
                continue
            tally.bytes_up += sent
            tally.uploaded_files += 1 if sent else 0
        wanted = {
            str(item.doc["file"]["text_sha256"])
            for item in outgoing
            if item.kind.name == "asset" and (item.doc.get("file") or {}).get("text_sha256")
        }
        if wanted:
            held = conn.execute(
                "SELECT sha256 FROM collateral.asset_texts WHERE sha256 = ANY(%s)", (sorted(wanted),)
            ).fetchall()
            texts = {sha: texts[sha] for sha in wanted - {str(r[0]) for r in held}}
        else:
            texts = {}
        if texts:
            with conn.transaction():
                conn.execute(
                    "INSERT INTO collateral.asset_texts (sha256, pages) "
                    "SELECT x.sha, x.pages::jsonb FROM unnest(%s::text[], %s::text[]) AS x(sha, pages) "
                    "ON CONFLICT DO NOTHING",
                    (list(texts), [canonical(p) for p in texts.values()]),
                )
        return [
            item
            for item in outgoing
            if not (item.kind.name == "asset" and (item.doc.get("file") or {}).get("blob_sha256") in failed)
        ]

    # -- facts -------------------------------------------------------------------------------------
    def _send_facts(
        self,
        conn: psycopg.Connection[Any],
        who: Acting,
        tally: Tally,
        say: ProgressCallback,
        should_stop: CancelCheck,
    ) -> None:
        waiting = self.waiting_facts(who)
        done = 0
        login, role = who.login, who.role.value
        for table in fact_feed.fact_tables():
            # In rowid order from how far this table's facts are sent, so each batch reads
            # only new rows (what was sent is what the marks say).
            rowid = apply.rowid_of(table)
            with self.sessions() as s:
                after = apply.sent_through(s, table, login, role)
            while True:
                if should_stop():
                    raise SyncCancelled
                with self.sessions() as s:
                    query = (
                        apply.unsent_facts(table, self._foreign_profiles(s, who), after)
                        .add_columns(rowid.label("_rowid"))
                        .order_by(rowid)
                        .limit(FACT_BATCH)
                    )
                    rows = s.execute(query).mappings().all()
                    top = apply.last_row(s, table) if not rows else 0
                if not rows:
                    if top > after:  # all the rest is marked: received, or sent by an earlier sync
                        with self.sessions.begin() as s:
                            apply.note_sent_through(s, table, login, role, top)
                    break
                after = int(rows[-1]["_rowid"])
                batch = [(str(r["id"]), fact_feed.fact_doc(table, dict(r))) for r in rows]
                try:
                    batch = self._send_batch(conn, table.name, batch, who.device_id, tally)
                except _HeldBack as exc:
                    tally.held_back = str(exc)
                    log.warning("facts wait for a later sync: %s", exc)
                    return
                if not batch:
                    continue
                with self.sessions.begin() as s:
                    s.execute(
                        insert(SyncFactMark).on_conflict_do_nothing(),
                        [{"kind": table.name, "fact_id": fact_id, "received": False} for fact_id, _ in batch],
                    )
                    state = s.get(SyncServerRow, 1)
                    assert state is not None
                    state.witness_fact_kind, state.witness_fact_id = table.name, batch[-1][0]
                    apply.note_sent_through(s, table, login, role, after)
                done += len(batch)
                tally.sent_facts += len(batch)
                say(SyncProgress(SyncPhase.SENDING, done, max(waiting, done)))

    def _send_batch(
        self,
        conn: psycopg.Connection[Any],
        kind: str,
        batch: list[tuple[str, str]],
        origin: str,
        tally: Tally,
    ) -> list[tuple[str, str]]:
        """Send a batch in one transaction; when the server refuses a fact in it, halves
        until the refused ones are found (a few round trips per bad fact, none when all is
        well). Returns the facts now on the server; the refused are set aside here."""
        import psycopg

        try:
            with conn.transaction():  # marked sent by the caller, only once this has committed
                fact_feed.send(conn, kind, batch, origin)
            return batch
        except psycopg.errors.ConfigurationLimitExceeded as exc:
            raise _HeldBack(_refusal(exc).removeprefix("refused by the team server: ")) from exc
        except _refusals() as exc:
            if len(batch) == 1:
                fact_id, doc = batch[0]
                self._note_refused([(kind, fact_id, doc, _refusal(exc))], tally, kinds=False)
                return []
        middle = len(batch) // 2
        return self._send_batch(conn, kind, batch[:middle], origin, tally) + self._send_batch(
            conn, kind, batch[middle:], origin, tally
        )

    def _foreign_profiles(self, s: Session, who: Acting) -> set[str]:
        """Profiles registered on the server by other logins: facts of theirs made on this
        laptop (a shared computer) are not this login's to send."""
        if who.role is Role.ADMIN:
            return set()
        return set(
            s.scalars(
                select(SyncCatalogBase.local_id).where(
                    SyncCatalogBase.kind == "user", SyncCatalogBase.created_by != who.login
                )
            )
        )

    def waiting_facts(self, who: Acting) -> int:
        """Facts made here the server does not have yet, counted above how far each table's
        facts are sent."""
        total = 0
        with self.sessions() as s:
            foreign = self._foreign_profiles(s, who)
            for table in fact_feed.fact_tables():
                after = apply.sent_through(s, table, who.login, who.role.value)
                query = apply.unsent_facts(table, foreign, after).subquery()
                total += int(s.scalar(select(func.count()).select_from(query)) or 0)
        return total

    def _receive_facts(
        self,
        conn: psycopg.Connection[Any],
        who: Acting,
        tally: Tally,
        say: ProgressCallback,
        should_stop: CancelCheck,
    ) -> None:
        tables = {t.name: t for t in fact_feed.fact_tables()}
        # Waiting since an earlier sync: the catalog pulled just now may have what they name.
        tally.received_facts += self._retry_parked_facts(who, tables)
        parked_before = tally.parked_facts
        while True:
            if should_stop():
                raise SyncCancelled
            state = self.state()
            assert state is not None
            after = None
            if state.fact_after_txid is not None and state.fact_after_kind and state.fact_after_id:
                after = (int(state.fact_after_txid), state.fact_after_kind, state.fact_after_id)
            cursor = fact_feed.FeedCursor(state.fact_floor, state.fact_ceiling, after)
            page, next_cursor = fact_feed.read_feed(conn, cursor, origin=who.device_id, limit=FEED_PAGE)
            self._apply_facts(who, tables, page, next_cursor, tally)
            say(SyncProgress(SyncPhase.RECEIVING, tally.received_facts, tally.received_facts))
            if next_cursor.ceiling is None:
                break
        if tally.parked_facts > parked_before:
            # Facts of rows pushed while this sync ran (a laptop sends its catalog rows before
            # its facts, so they are on the server now): fetch those rows, then the facts.
            self._pull_catalog(conn, who, tally, say, should_stop)
            tally.received_facts += self._retry_parked_facts(who, tables)
        lag = fact_feed.held_back(conn, origin=who.device_id)
        if lag.facts:
            log.warning(
                "the team server holds back %d facts behind a transaction open since %s", lag.facts, lag.since
            )
        with self.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.feed_held_back, state.feed_held_since = lag.facts, lag.since

    def _apply_facts(
        self,
        who: Acting,
        tables: dict[str, Table],
        page: list[fact_feed.FeedFact],
        next_cursor: fact_feed.FeedCursor,
        tally: Tally,
    ) -> None:
        """A page of the feed with the new cursor in one local transaction; should it fail
        for a reason no check foresaw, each fact on its own, the failing one set aside."""

        def move_cursor(s: Session) -> None:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.fact_floor = next_cursor.floor
            state.fact_ceiling = next_cursor.ceiling
            after = next_cursor.after or (None, None, None)
            state.fact_after_txid, state.fact_after_kind, state.fact_after_id = after

        try:
            with self.sessions.begin() as s, s.no_autoflush:
                counts = Tally()
                self._store_facts(who, s, tables, page, counts)
                move_cursor(s)
            tally.absorb(counts)
            return
        except (SQLAlchemyError, ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("a page of %d facts could not be stored at once (%s); one by one", len(page), exc)
        for fact in page:
            counts = Tally()
            try:
                with self.sessions.begin() as s, s.no_autoflush:
                    self._store_facts(who, s, tables, [fact], counts)
            except (SQLAlchemyError, ValueError, TypeError, KeyError, AttributeError) as exc:
                with self.sessions.begin() as s:
                    self._set_aside(
                        s,
                        quarantine.RECEIVED_FACT,
                        _fact_row(fact),
                        f"it could not be stored here ({_first_line(exc)})",
                    )
                tally.quarantined += 1
            else:
                tally.absorb(counts)
        with self.sessions.begin() as s:
            move_cursor(s)

    def _store_facts(
        self, who: Acting, s: Session, tables: dict[str, Table], page: list[fact_feed.FeedFact], tally: Tally
    ) -> None:
        writer = apply.FactWriter.open(s, tables, who.login, who.role.value)
        written = writer.write(page)
        writer.park(written)
        for fact, reason in written.set_aside:
            self._set_aside(s, quarantine.RECEIVED_FACT, _fact_row(fact), reason)
        tally.received_facts += len(written.stored)
        tally.quarantined += len(written.set_aside)
        tally.parked_facts += len(written.waiting)

    def _retry_parked_facts(self, who: Acting, tables: dict[str, Table]) -> int:
        """Store the parked facts whose references are here now; returns how many."""
        with self.sessions.begin() as s, s.no_autoflush:
            written = apply.FactWriter.open(s, tables, who.login, who.role.value).retry_parked()
            for fact, reason in written.set_aside:
                self._set_aside(s, quarantine.RECEIVED_FACT, _fact_row(fact), reason)
            return len(written.stored)

    # -- files -------------------------------------------------------------------------------------
    def download(
        self,
        conn: psycopg.Connection[Any],
        sha256: str,
        progress: transfer.Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> int:
        fetched = transfer.download(
            conn, self.blobs, self.partial_folder, sha256, progress=progress, cancel=cancel
        )
        with self.sessions.begin() as s:
            row = s.get(SyncFileRow, sha256)
            if row is not None:
                row.last_opened_at = self.clock()
        return fetched

    def _fetch_pinned(
        self, conn: psycopg.Connection[Any], tally: Tally, say: ProgressCallback, should_stop: CancelCheck
    ) -> None:
        with self.sessions() as s:
            pinned = [r.sha256 for r in s.scalars(select(SyncFileRow).where(SyncFileRow.pinned.is_(True)))]
        wanted = [sha for sha in pinned if not self.blobs.exists(sha)]
        for n, sha in enumerate(wanted):
            fetched = self.download(
                conn,
                sha,
                progress=_bytes_progress(say, SyncPhase.DOWNLOADING, f"file {n + 1} of {len(wanted)}"),
                cancel=should_stop,
            )
            tally.bytes_down += fetched
            tally.downloaded_files += 1

    def evict_over_budget(self, tally: Tally | None = None, *, keep: Collection[str] = ()) -> int:
        """Drop unpinned team files, least recently opened first, until the rest fit the
        budget; never those in `keep` (the file just fetched for someone, however big).
        Only files the server holds complete are in `sync_files`, so nothing is lost."""
        with self.sessions() as s:
            state = s.get(SyncServerRow, 1)
            budget = state.disk_budget_bytes if state is not None else 0
            rows = list(
                s.scalars(
                    select(SyncFileRow)
                    .where(SyncFileRow.pinned.is_(False))
                    .order_by(SyncFileRow.last_opened_at.is_not(None), SyncFileRow.last_opened_at)
                )
            )
        present = [r for r in rows if is_content_address(r.sha256) and self.blobs.exists(r.sha256)]
        used = sum(r.size_bytes for r in present)
        evicted = 0
        for row in (r for r in present if r.sha256 not in keep):
            if used <= budget:
                break
            self.blobs.remove(row.sha256)
            used -= row.size_bytes
            evicted += 1
        if tally is not None:
            tally.evicted_files += evicted
        return evicted


@dataclass
class ApplyContext(WriteContext):
    """A page of server rows applied in one local transaction: their bases looked up in one
    query per kind, and which rows are parked."""

    bases: dict[tuple[str, str], SyncCatalogBase | None] = field(default_factory=dict)
    parked: set[tuple[str, str, str]] = field(default_factory=set)
    bad_texts: set[str] = field(default_factory=set)  # fingerprints whose texts do not match
    quarantined: set[tuple[str, str]] = field(default_factory=set)  # catalog rows set aside here

    def base(self, kind: str, key: str) -> SyncCatalogBase | None:
        if (kind, key) not in self.bases:
            self.bases[(kind, key)] = self.session.get(SyncCatalogBase, (kind, key))
        return self.bases[(kind, key)]

    def preload_page(self, page: list[ServerRow]) -> None:
        by_kind: dict[str, list[str]] = {}
        for row in page:
            by_kind.setdefault(row.kind, []).append(row.key)
        for kind_name, keys in by_kind.items():
            kind = KINDS.get(kind_name)
            if kind is None:
                continue
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                found = {
                    b.key: b
                    for b in self.session.scalars(
                        select(SyncCatalogBase).where(
                            SyncCatalogBase.kind == kind_name, SyncCatalogBase.key.in_(chunk)
                        )
                    )
                }
                for key in chunk:
                    self.bases[(kind_name, key)] = found.get(key)
            if kind_name != "taxonomy":
                local_ids = [b.local_id if (b := self.bases[(kind_name, k)]) else k for k in keys]
                self.preload(kind.model, local_ids)


@dataclass(frozen=True, slots=True)
class ServerRow:
    kind: str
    key: str
    doc: Doc
    version: int
    created_by: str
    updated_by: str
    txid: int = 0


@dataclass(frozen=True, slots=True)
class CatalogCursor:
    """Rows of transactions below `floor` are applied; while [floor, ceiling) is read in pages,
    `after` is the last (txid, version) taken."""

    floor: int
    ceiling: int | None = None
    after: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Outgoing:
    kind: Kind
    key: str
    local_id: str
    doc: Doc
    revision: int
    base_version: int | None


def changed_rows(kind: Kind) -> Any:
    """Local rows of `kind` never agreed with the server, or changed since (a row deleted
    here before the team ever saw it has nothing to tell)."""
    model = kind.model
    never_sent: Any = SyncCatalogBase.key.is_(None)
    if hasattr(model, "deleted"):
        never_sent = and_(never_sent, model.deleted.is_(False))
    return (
        select(model.id, SyncCatalogBase.created_by)
        .outerjoin(
            SyncCatalogBase,
            and_(SyncCatalogBase.kind == kind.name, SyncCatalogBase.local_id == model.id),
        )
        .where(or_(never_sent, SyncCatalogBase.agreed_revision != model.revision))
    )


def _refusal(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    message = getattr(diag, "message_primary", None) or str(exc)
    return f"refused by the team server: {message}"[:500]


def _file_of(doc: Any) -> dict[str, Any]:
    file = doc.get("file") if isinstance(doc, dict) else None
    return file if isinstance(file, dict) else {}


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return (text.splitlines() or [type(exc).__name__])[0][:200]


def _bytes_progress(say: ProgressCallback, phase: SyncPhase, detail: str) -> transfer.Progress:
    def report(done: int, total: int) -> None:
        say(SyncProgress(phase, done, total, detail))

    return report


def _fact_row(fact: fact_feed.FeedFact) -> ServerRow:
    return ServerRow(fact.kind, fact.id, fact.doc, fact.txid, fact.sent_by, fact.sent_by)
