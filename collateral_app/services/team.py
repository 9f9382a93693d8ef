"""TeamService: team mode of one library, for the CLI and the app.

    team = TeamService(library)
    team.join("postgresql://alice@db.example.com/collateral", password="…")
    report = team.sync_once(progress=print)       # safe to interrupt anywhere
    team.status().waiting.total                   # what is not on the server yet
    team.download(asset_id, progress=...)         # a team file, on demand

Setting up a server (`init_server`, `add_user`) needs no library. Every method opens its own
session and returns frozen records; errors a person can act on are `TeamError`s."""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collateral_app.domain.errors import (
    AssetNotFound,
    DownloadStopped,
    FileOnServerOffline,
    LoginRefused,
    NotJoined,
    ServerUnreachable,
    StoredFileMissing,
    TeamError,
    TlsFailed,
)
from collateral_app.domain.sales import Role
from collateral_app.domain.team import (
    SYSTEM_CA,
    Conflict,
    ConflictChoice,
    ConnectionCheck,
    Quarantined,
    SyncReport,
    TeamFile,
    TeamMembership,
    TeamStatus,
    TlsMode,
    Waiting,
)
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.storage.models import AssetRow, TaxonomyValue
from collateral_app.storage.sync_models import (
    SyncCatalogBase,
    SyncConflictRow,
    SyncFileRow,
    SyncParked,
    SyncServerRow,
)
from collateral_app.sync import quarantine, schema
from collateral_app.sync.catalog import KINDS, WriteContext, describe
from collateral_app.sync.connection import ServerAddress, connect, server_errors, write_password
from collateral_app.sync.engine import Acting, CancelCheck, ProgressCallback, SyncEngine, changed_rows
from collateral_app.sync.files import DEFAULT_CHUNK, Cancelled
from collateral_app.sync.schema import InitResult

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
BytesProgress = Callable[[int, int], None]


class TeamService:
    def __init__(
        self, library: AssetLibrary, *, clock: Clock | None = None, chunk_size: int = DEFAULT_CHUNK
    ) -> None:
        self.library = library
        self._clock = clock or (lambda: datetime.now(UTC))
        self._sales = SalesLoop(library, clock=self._clock)
        self.engine = SyncEngine(
            library.sessions,
            library.blobs,
            library.paths.root / "team",
            device_id=self._sales.device_id,
            after_apply=library.index_pending,
            clock=self._clock,
            chunk_size=chunk_size,
        )
        self._online: bool | None = None

    # -- the server (admin) -------------------------------------------------------------------
    @staticmethod
    def init_server(
        url: str,
        *,
        role_prefix: str | None = None,
        restored: bool = False,
        password: str | None = None,
        tls: TlsMode | None = None,
        tls_ca: str | Path | None = None,
    ) -> InitResult:
        address = ServerAddress.given(url, tls=tls, ca=tls_ca)
        return schema.init_server(
            address,
            role_prefix=role_prefix,
            restored=restored,
            password=password or ServerAddress.password_in(url),
        )

    def add_user(
        self,
        name: str,
        role: Role | str,
        *,
        server: str | None = None,
        password: str | None = None,
        admin_password: str | None = None,
        tls: TlsMode | None = None,
        tls_ca: str | Path | None = None,
    ) -> str | None:
        """A login for one person; with no `server`, on this library's team server as the
        login that joined it (an admin). Returns the password made for them, if one was."""
        if server is not None:
            return self.add_user_to_server(
                server, name, role, password=password, admin_password=admin_password, tls=tls, tls_ca=tls_ca
            )
        return schema.add_user(
            self.engine.address(),
            name,
            _team_role(role),
            password=password,
            admin_password=admin_password,
            passfile=self.engine.passfile,
        )

    @staticmethod
    def add_user_to_server(
        server: str,
        name: str,
        role: Role | str,
        *,
        password: str | None = None,
        admin_password: str | None = None,
        tls: TlsMode | None = None,
        tls_ca: str | Path | None = None,
    ) -> str | None:
        """`add_user` on the server at `server`, as the login it names; needs no library."""
        return schema.add_user(
            ServerAddress.given(server, tls=tls, ca=tls_ca),
            name,
            _team_role(role),
            password=password,
            admin_password=admin_password or ServerAddress.password_in(server),
            passfile=None,
        )

    def reset_password(self, name: str, *, password: str | None = None) -> str | None:
        """The admin gives a team login a new password (its person may have changed it, or
        forgotten it), on this library's team server. Returns the password made when none was
        given, to hand over once."""
        return schema.reset_password(
            self.engine.address(), name, password=password, passfile=self.engine.passfile
        )

    @staticmethod
    def reset_password_on_server(
        server: str,
        name: str,
        *,
        password: str | None = None,
        tls: TlsMode | None = None,
        tls_ca: str | Path | None = None,
    ) -> str | None:
        """`reset_password` on the server at `server`, as the login it names; needs no library."""
        return schema.reset_password(
            ServerAddress.given(server, tls=tls, ca=tls_ca),
            name,
            password=password,
            admin_password=ServerAddress.password_in(server),
        )

    # -- joining ------------------------------------------------------------------------------
    def join(
        self,
        url: str,
        *,
        password: str | None = None,
        tls: TlsMode | None = None,
        tls_ca: str | Path | None = None,
    ) -> TeamMembership:
        """Sync this library with the team server at `url`, checked with TLS (verify-full)
        unless `tls` or the address says otherwise; `tls_ca` is the file of the authority that
        signed the server's certificate (kept in the library), or "system"."""
        address = self._address_given(url, tls, tls_ca)
        password = password or ServerAddress.password_in(url)
        unnamed = not self._sales.profile_exists()  # nobody chose a name here yet: the login is one
        with (
            connect(address, password=password, passfile=None if password else self.engine.passfile) as conn,
            server_errors(address, "join the team"),
        ):
            info = schema.read_server_info(conn)
            role = schema.role_of(conn, info.role_prefix)
        if role is None:
            raise LoginRefused(
                f"“{address.login}” may log in to {address.host} but is not in its Collateral team; the "
                f"team's admin adds them with `collateral team add-user {address.login} --role rep`."
            )
        with self.library.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            if state is not None and state.team_id != info.team_id:
                other = ServerAddress.parse(state.server).display()
                raise TeamError(
                    f"This library already syncs with another team ({other}); "
                    "use a new library folder for a second team."
                )
            if state is None:
                state = SyncServerRow(id=1, team_id=info.team_id, epoch=info.epoch, joined_at=self._clock())
                s.add(state)
            state.server = self._keep_ca(address).conninfo
            state.login = address.login
            state.role = role.value
            state.tls = address.tls.value
        if password:
            write_password(self.engine.passfile, address, password)
        if unnamed:
            self._sales.set_profile(name=address.login.strip().title() or None, role=role)
        elif self._sales.whoami().role is not role:
            self._sales.set_profile(role=role)
        self._online = True
        membership = self.membership()
        assert membership is not None
        return membership

    def _address_given(self, url: str, tls: TlsMode | None, tls_ca: str | Path | None) -> ServerAddress:
        """The address a person gave, with the CA file this library keeps when they name none."""
        address = ServerAddress.given(url, tls=tls, ca=tls_ca)
        ca = address.ca
        if ca and ca != SYSTEM_CA:
            _check_ca_file(Path(ca))
        elif not ca and self.engine.ca_file.is_file():
            address = address.with_param("sslrootcert", str(self.engine.ca_file))
        return address

    def _keep_ca(self, address: ServerAddress) -> ServerAddress:
        """The address as stored: a CA file given is copied into the library (which may move;
        the file it came from may go), "system" stays in the address."""
        ca = address.ca
        kept = self.engine.ca_file
        if ca == SYSTEM_CA:
            kept.unlink(missing_ok=True)
            return address
        if ca and Path(ca) != kept:
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ca, kept)
        return address.without("sslrootcert")

    def membership(self) -> TeamMembership | None:
        state = self.engine.state()
        if state is None:
            return None
        address = ServerAddress.parse(state.server)
        return TeamMembership(
            server=address.display(),
            login=state.login,
            role=Role(state.role),
            team_id=state.team_id,
            tls=TlsMode(state.tls),
            joined_at=state.joined_at,
            tls_ca=self.engine.address().ca,
        )

    def test_connection(
        self,
        url: str | None = None,
        *,
        password: str | None = None,
        tls: TlsMode | None = None,
        tls_ca: str | Path | None = None,
    ) -> ConnectionCheck:
        """Whether the server answers and takes this login, in words; never raises for the
        network or the login."""
        started = time.monotonic()
        try:
            if url is None:
                address = self.engine.address()
                passfile: Path | None = self.engine.passfile
            else:
                address = self._address_given(url, tls, tls_ca)
                password = password or ServerAddress.password_in(url)
                passfile = None if password else self.engine.passfile
            with (
                connect(address, password=password, passfile=passfile) as conn,
                server_errors(address, "connect"),
            ):
                info = schema.read_server_info(conn)
                role = schema.role_of(conn, info.role_prefix)
                version = conn.info.parameter_status("server_version") or ""
        except TeamError as exc:
            return ConnectionCheck(False, str(exc), milliseconds=_ms(started))
        if role is None:
            return ConnectionCheck(
                False,
                f"The server answers, but “{address.login}” is not in its Collateral team.",
                server_version=version,
                milliseconds=_ms(started),
            )
        return ConnectionCheck(
            True,
            f"Connected to {address.host} as {address.login} ({role.value}).",
            role=role,
            server_version=version,
            milliseconds=_ms(started),
        )

    # -- syncing ------------------------------------------------------------------------------
    def sync_once(
        self, progress: ProgressCallback | None = None, cancel: CancelCheck | None = None
    ) -> SyncReport:
        try:
            report = self.engine.sync_once(progress, cancel)
        except (ServerUnreachable, LoginRefused, TlsFailed):  # a refusal is not "online" either
            self._online = False
            raise
        self._online = True
        if report.evicted_files:
            self.library.drop_handover_copies()
        if report.downloaded_files:
            self._thumbnails_of_pinned_files()
        return report

    def status(self) -> TeamStatus:
        state = self.engine.state()
        if state is None:
            return TeamStatus(joined=False)
        who = Acting(state.login, Role(state.role), self._sales.device_id())
        online = self._online
        if online is None and state.last_attempt_at is not None:
            # Any refusal (a blocked login, a wrong password) is not "online".
            online = not state.last_error or state.last_error.startswith("The last sync was stopped")
        with self.library.sessions() as s:
            changes = local_only = files = 0
            for kind in KINDS.values():
                for local_id, created_by in s.execute(changed_rows(kind)):
                    if not who.may_write(kind, created_by):
                        local_only += 0 if _untouched_default(s, kind.model, local_id) else 1
                        continue
                    changes += 1
                    if kind.name == "asset":
                        sha = s.scalar(select(AssetRow.blob_sha256).where(AssetRow.id == local_id))
                        files += 1 if sha and s.get(SyncFileRow, sha) is None else 0
            parked = int(s.scalar(select(func.count()).select_from(SyncParked)) or 0)
            set_aside = quarantine.count(s)
            conflicts = int(
                s.scalar(
                    select(func.count())
                    .select_from(SyncConflictRow)
                    .where(SyncConflictRow.resolved_at.is_(None))
                )
                or 0
            )
            team_files = list(s.scalars(select(SyncFileRow)))
        held = [f for f in team_files if self.library.blobs.exists(f.sha256)]
        return TeamStatus(
            joined=True,
            membership=self.membership(),
            online=online,
            last_sync_at=state.last_sync_at,
            last_attempt_at=state.last_attempt_at,
            last_error=state.last_error,
            waiting=Waiting(
                facts=self.engine.waiting_facts(who),
                changes=changes,
                files=files,
                local_only=local_only,
                parked=parked,
                quarantined=set_aside,
            ),
            conflicts=conflicts,
            downloaded_bytes=sum(f.size_bytes for f in held),
            pinned_bytes=sum(f.size_bytes for f in held if f.pinned),
            disk_budget_bytes=state.disk_budget_bytes,
            held_back_facts=state.feed_held_back,
            held_back_since=state.feed_held_since,
            tls_warning=tls_warning(TlsMode(state.tls)),
        )

    # -- quarantine ---------------------------------------------------------------------------
    def quarantined(self) -> list[Quarantined]:
        """Rows and facts set aside on this laptop, each with its reason."""
        with self.library.sessions() as s:
            return quarantine.entries(s)

    def quarantine_drop(self, kind: str, key: str, *, reason: str = "") -> bool:
        """The team's admin removes a bad row or fact from the server (written down in the
        server's admin log with who and when); every laptop lets go of it at its next sync.
        False when the server no longer holds it."""
        entry = self._quarantine_entry(kind, key)
        with self.engine.connect() as conn, server_errors(self.engine.address(), "remove rows"):
            row = conn.execute(
                "SELECT collateral.admin_drop(%s, %s, %s, %s)", (entry.source, kind, key, reason)
            ).fetchone()
        with self.library.sessions.begin() as s:
            quarantine.release(s, entry.source, kind, key)
        return bool(row and row[0])

    def quarantine_fix(self, kind: str, key: str, doc: str, *, reason: str = "") -> None:
        """The team's admin replaces a bad row or fact on the server with `doc` (JSON), which
        the server checks like any other; logged with who and when. Every laptop receives
        the repaired version at its next sync, this one at once."""
        entry = self._quarantine_entry(kind, key)
        try:
            json.loads(doc)
        except ValueError as exc:
            raise TeamError(f"The repaired document is not JSON ({exc}).") from exc
        with self.engine.connect() as conn, server_errors(self.engine.address(), "repair rows"):
            with conn.transaction():
                if entry.source == "fact":
                    done = conn.execute(
                        "SELECT collateral.admin_fix_fact(%s, %s, %s::jsonb, %s)", (kind, key, doc, reason)
                    ).fetchone()
                    found = bool(done and done[0])
                else:
                    old = conn.execute(
                        "SELECT doc FROM collateral.catalog WHERE kind = %s AND key = %s FOR UPDATE",
                        (kind, key),
                    ).fetchone()
                    found = old is not None
                    if old is not None:
                        conn.execute(
                            "UPDATE collateral.catalog SET doc = %s::jsonb WHERE kind = %s AND key = %s",
                            (doc, kind, key),
                        )
                        conn.execute(
                            "SELECT collateral.note_admin_fix(%s, %s, %s::jsonb, %s::jsonb, %s)",
                            (kind, key, json.dumps(old[0]), doc, reason),
                        )
            if not found:
                raise TeamError(f"The server holds no {kind} “{key}” any more; nothing to repair.")
        self.sync_once()

    def _quarantine_entry(self, kind: str, key: str) -> Quarantined:
        matches = [q for q in self.quarantined() if q.kind == kind and q.key.startswith(key)]
        received = [q for q in matches if q.source != quarantine.REFUSED]
        if len(received) != 1:
            raise TeamError(
                f"Nothing set aside here is a {kind} “{key}” received from the server; "
                "see `collateral team quarantine list`."
                if not received
                else f"More than one {kind} set aside starts with “{key}”; give more of its key."
            )
        return received[0]

    # -- conflicts ----------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        with self.library.sessions() as s:
            rows = s.scalars(
                select(SyncConflictRow)
                .where(SyncConflictRow.resolved_at.is_(None))
                .order_by(SyncConflictRow.detected_at, SyncConflictRow.id)
            ).all()
        result = []
        for row in rows:
            kind = KINDS[row.kind]
            mine, theirs = json.loads(row.mine_json), json.loads(row.theirs_json)
            if row.field == "deleted":
                mine_text = "deleted here" if mine.get("deleted") else "changed here"
                theirs_text = "deleted" if theirs.get("deleted") else "changed"
            else:
                mine_text, theirs_text = describe(kind, row.field, mine), describe(kind, row.field, theirs)
            result.append(
                Conflict(
                    id=row.id,
                    kind=kind.label,
                    record_id=row.local_id,
                    title=row.title,
                    field=row.field,
                    field_label="Deleted or kept" if row.field == "deleted" else kind.field_label(row.field),
                    mine=mine_text,
                    theirs=theirs_text,
                    theirs_by=row.theirs_by,
                    detected_at=row.detected_at,
                )
            )
        return result

    def resolve(self, conflict_id: str, choice: ConflictChoice) -> None:
        """Keep the server's value (nothing to send), or put this laptop's value back; it is
        sent at the next sync, based on the server's version it was compared with."""
        reindex = False
        with self.library.sessions.begin() as s:
            row = s.get(SyncConflictRow, conflict_id)
            if row is None or row.resolved_at is not None:
                raise TeamError("That conflict was already settled.")
            if choice is ConflictChoice.KEEP_MINE:
                kind = KINDS[row.kind]
                local = s.get(kind.model, row.local_id)
                if local is not None:
                    mine = json.loads(row.mine_json)
                    doc = mine if row.field == "deleted" else {**kind.to_doc(s, local), row.field: mine}
                    ctx = WriteContext(s)
                    kind.write(ctx, local, local.id, doc)
                    ctx.flush()
                    local.revision += 1
                    base = s.get(SyncCatalogBase, (row.kind, row.key))
                    if base is not None:
                        base.agreed_revision = 0
                    reindex = kind.name == "asset"
            row.resolved_at = self._clock()
            row.resolution = choice.value
        if reindex:
            self.library.index_pending()

    # -- files --------------------------------------------------------------------------------
    def file_available(self, asset_id: str) -> bool:
        sha = self._sha_of(asset_id)
        return sha is None or self.library.blobs.exists(sha)

    def download(
        self, asset_id: str, *, progress: BytesProgress | None = None, cancel: CancelCheck | None = None
    ) -> Path | None:
        """The asset's file on this laptop, fetched from the team server if needed (None for a
        link). Interrupted, it resumes where it stopped."""
        asset = self.library.get_asset(asset_id)
        sha = asset.blob_sha256
        if sha is None:
            return None
        if not self.library.blobs.exists(sha):
            with self.library.sessions() as s:
                if s.get(SyncFileRow, sha) is None:
                    raise StoredFileMissing(asset.title)  # this laptop's own: the server has none
            try:
                with self.engine.connect() as conn, server_errors(self.engine.address(), "fetch files"):
                    self.engine.download(conn, sha, progress=progress, cancel=cancel)
            except Cancelled as exc:
                raise DownloadStopped from exc
            except ServerUnreachable as exc:
                self._online = False
                raise FileOnServerOffline(asset.title, exc.detail) from exc
            self._online = True
            self._evict(keep={sha})
        with self.library.sessions.begin() as s:
            row = s.get(SyncFileRow, sha)
            if row is not None:
                row.last_opened_at = self._clock()
        self._thumbnail(asset.id)
        return self.library.blobs.path_for(sha)

    def _evict(self, keep: Collection[str] = ()) -> int:
        """Keep unpinned team files within the disk budget, and free their room for real
        (their handed-over copies are hard links to them)."""
        evicted = self.engine.evict_over_budget(keep=keep)
        if evicted:
            self.library.drop_handover_copies()
        return evicted

    def _thumbnail(self, asset_id: str) -> None:
        try:
            self.library.make_thumbnail(asset_id)
        except Exception:  # derived: a file without a thumbnail shows its kind instead
            log.exception("no thumbnail made for asset %s", asset_id)

    def _thumbnails_of_pinned_files(self) -> None:
        """Pinned files a sync fetched get their thumbnails, as files fetched on demand do."""
        with self.library.sessions() as s:
            ids = s.scalars(
                select(AssetRow.id)
                .join(SyncFileRow, SyncFileRow.sha256 == AssetRow.blob_sha256)
                .where(SyncFileRow.pinned.is_(True), AssetRow.deleted.is_(False))
            ).all()
        for asset_id in ids:
            self._thumbnail(asset_id)

    def pin(self, asset_id: str, pinned: bool = True) -> bool:
        """Keep (or stop keeping) an asset's file on this laptop whatever the disk budget; a
        pinned file is fetched at the next sync. False when the file is this laptop's own."""
        sha = self._sha_of(asset_id)
        if sha is None:
            return False
        with self.library.sessions.begin() as s:
            row = s.get(SyncFileRow, sha)
            if row is None:
                return False
            row.pinned = pinned
        if not pinned:
            self._evict()
        return True

    def set_disk_budget(self, megabytes: int) -> int:
        """Room for unpinned team files; returns how many were dropped to fit."""
        if megabytes < 0:
            raise TeamError("A disk budget is a number of megabytes, 0 or more.")
        with self.library.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            if state is None:
                raise NotJoined
            state.disk_budget_bytes = megabytes * 1024 * 1024
        return self._evict()

    def team_files(self) -> list[TeamFile]:
        with self.library.sessions() as s:
            rows = s.scalars(select(SyncFileRow).order_by(SyncFileRow.sha256)).all()
        return [TeamFile(r.sha256, r.size_bytes, self.library.blobs.exists(r.sha256), r.pinned) for r in rows]

    def _sha_of(self, asset_id: str) -> str | None:
        asset = self.library.get_asset(asset_id)
        if asset is None:
            raise AssetNotFound(asset_id)
        return asset.blob_sha256


def tls_warning(mode: TlsMode) -> str:
    """Why a connection in `mode` is not verified, and how to fix it ("" for verify-full)."""
    fix = (
        "Join again with `collateral team join URL --tls-ca FILE` (the CA certificate from your "
        "team's admin; in the app: Team settings), which checks the certificate."
    )
    if mode is TlsMode.PREFER:
        return (
            "TLS is not verified: this library joined when Collateral encrypted only if the server "
            "offered it, never checked the server's certificate, and fell back to plain text without "
            "a word. " + fix
        )
    if mode is TlsMode.REQUIRE:
        return (
            "TLS is not verified: the connection is encrypted but the server's certificate is not "
            "checked, so someone in between could pose as the server. " + fix
        )
    if mode is TlsMode.DISABLE:
        return (
            "TLS is off (chosen at join): passwords and data travel in clear; use this only on a "
            "network you trust. " + fix
        )
    return ""


def _check_ca_file(path: Path) -> None:
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise TeamError(f"The CA certificate {path} cannot be read ({exc.strerror or exc}).") from exc
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise TeamError(
            f"{path} holds no certificate: the CA file is PEM text beginning with "
            "-----BEGIN CERTIFICATE----- (your team's admin has it; never the server's private key)."
        )


def _team_role(role: Role | str) -> Role:
    try:
        return Role(str(role).lower())
    except ValueError as exc:
        raise TeamError(f"A role is one of {', '.join(r.value for r in Role)}, not “{role}”.") from exc


def _untouched_default(s: Session, model: type[Any], local_id: str) -> bool:
    """A taxonomy value as the library seeded it, never edited: not an edit waiting for anyone."""
    if model is not TaxonomyValue:
        return False
    row = s.get(TaxonomyValue, local_id)
    return row is not None and row.revision == 1


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)
