"""Records of team mode: the laptop's view of the shared PostgreSQL server, what one sync did,
what is waiting, and the conflicts a person decides. Frozen, plain, no dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .sales import Role


class SyncPhase(StrEnum):
    CONNECTING = "connecting"
    PULLING = "pulling"  # the catalog: assets, taxonomy, deals, requests, ...
    UPLOADING = "uploading"  # files of assets about to be published
    PUSHING = "pushing"  # catalog edits made here
    SENDING = "sending"  # facts made here: usage, feedback, votes, searches
    RECEIVING = "receiving"  # facts made by the rest of the team
    DOWNLOADING = "downloading"  # pinned files
    INDEXING = "indexing"  # the search index follows what came down
    DONE = "done"


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: SyncPhase
    done: int = 0
    total: int = 0
    detail: str = ""


class TlsMode(StrEnum):
    """libpq's `sslmode`, the choices a person makes in Team settings."""

    VERIFY_FULL = "verify-full"  # encrypted, certificate and host name checked: the default
    REQUIRE = "require"  # always encrypted, the server's certificate not checked
    DISABLE = "disable"  # never encrypted: only on a network the person trusts
    # Encrypted only when the server offers it, nothing checked, plain text without a word:
    # libraries that joined before verify-full was the default; status says how to fix it.
    PREFER = "prefer"


DEFAULT_TLS = TlsMode.VERIFY_FULL
# `--tls-ca system`: the certificate authorities the system trusts (libpq's sslrootcert=system).
SYSTEM_CA = "system"


@dataclass(frozen=True, slots=True)
class TeamMembership:
    """Which server this library syncs with, as whom."""

    server: str  # the address without password, e.g. postgresql://alice@db.example.com/collateral
    login: str
    role: Role
    team_id: str
    tls: TlsMode
    joined_at: datetime
    # What the server's certificate is checked against: a CA file kept in the library, "system",
    # or "" for libpq's own (~/.postgresql/root.crt).
    tls_ca: str = ""


@dataclass(frozen=True, slots=True)
class Waiting:
    """What this laptop holds that the server does not have yet."""

    facts: int = 0  # usage, feedback, votes, searches not yet sent
    changes: int = 0  # catalog edits (deals, requests, assets for marketers) not yet sent
    files: int = 0  # files of assets to publish, not yet uploaded
    local_only: int = 0  # edits this login may not publish (a rep's edits of an asset)
    parked: int = 0  # team rows waiting for something they refer to
    quarantined: int = 0  # rows and facts set aside: they failed a check (see Quarantined)

    @property
    def total(self) -> int:
        return self.facts + self.changes + self.files


@dataclass(frozen=True, slots=True)
class TeamStatus:
    joined: bool
    membership: TeamMembership | None = None
    online: bool | None = None  # None: not tried since the app started
    last_sync_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_error: str = ""
    waiting: Waiting = field(default_factory=Waiting)
    conflicts: int = 0
    downloaded_bytes: int = 0  # team files kept on this laptop, pinned or not
    pinned_bytes: int = 0
    disk_budget_bytes: int = 0  # for unpinned downloads; the oldest opened go first
    # At the last sync: facts the server could not hand out yet, behind a transaction left
    # open on it (in the team's database), and since when that transaction is open.
    held_back_facts: int = 0
    held_back_since: datetime | None = None
    tls_warning: str = ""  # why the connection is not verified and how to fix it ("" when it is)


@dataclass(frozen=True, slots=True)
class SyncReport:
    pulled_changes: int = 0
    merged: int = 0  # pulled changes combined field by field with edits made here
    new_conflicts: int = 0
    pushed_changes: int = 0
    sent_facts: int = 0
    received_facts: int = 0
    uploaded_files: int = 0
    downloaded_files: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    evicted_files: int = 0
    server_restored: bool = False  # the server lost what it had; everything was sent again
    cancelled: bool = False
    seconds: float = 0.0
    quarantined: int = 0  # received rows and facts set aside this sync, each with its reason
    refused: int = 0  # rows and facts of this laptop the server refused, each with its reason
    held_back: str = ""  # why some facts wait for a later sync (the server's volume limit)


@dataclass(frozen=True, slots=True)
class Conflict:
    """One field that was changed here and on the server to different values, or an edit
    that met a delete. The server's value is in effect until the person decides."""

    id: str
    kind: str  # asset, deal, taxonomy value, ...
    record_id: str  # the local id of the row
    title: str
    field: str  # "title", "industry", ... or "deleted" for edit versus delete
    field_label: str
    mine: str  # the values in words, for the conflict screen
    theirs: str
    theirs_by: str  # the login whose change is in effect
    detected_at: datetime


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A row or fact set aside on this laptop: received from the server but failing a check
    (`source` "catalog" or "fact"), or refused by the server when sent from here ("refused")."""

    source: str
    kind: str  # the catalog kind or fact table
    key: str
    title: str  # what the document calls itself, when it says
    reason: str
    sent_by: str  # the login the server names as its sender ("" for this laptop's own)
    first_seen_at: datetime
    last_seen_at: datetime


class ConflictChoice(StrEnum):
    KEEP_MINE = "mine"  # sent to the server at the next sync
    KEEP_THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class TeamFile:
    sha256: str
    size_bytes: int
    downloaded: bool
    pinned: bool


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool
    message: str
    role: Role | None = None
    server_version: str = ""
    milliseconds: float = 0.0
