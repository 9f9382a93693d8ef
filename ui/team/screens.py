"""Team mode in the desktop app: Team settings (server, login, TLS, test connection), sync in
the background on a timer and when the network comes back, a status-bar widget (online or
offline, last sync, what waits), the conflict screen, and team files on demand (fetched with
progress and Cancel, then the action the user asked for; pinned for offline use).

Every call to the team service runs on a runner of its own (never on the GUI thread, and
never in the way of the window's own writes: a long download does not delay an edit)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from functools import partial
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.errors import DownloadStopped, FileNotOnThisLaptop, ServerUnreachable, UserError
from collateral_app.domain.records import size_text
from collateral_app.domain.sales import Role
from collateral_app.domain.team import (
    SYSTEM_CA,
    Conflict,
    ConflictChoice,
    ConnectionCheck,
    Quarantined,
    SyncPhase,
    SyncProgress,
    SyncReport,
    TeamStatus,
    TlsMode,
)
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.team import TeamService

from ..common.context import failure_text
from ..common.language import moment_text, number_text
from ..common.tasks import TaskContext, TaskHandle, TaskRunner
from ..common.words import value_word
from ..library.api import Library
from ..shell.api import Shell
from .set_aside import SetAsideView

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 60_000
TLS_NAMES = {
    TlsMode.VERIFY_FULL: QT_TRANSLATE_NOOP("team", "Encrypt and check the server's certificate"),
    TlsMode.REQUIRE: QT_TRANSLATE_NOOP("team", "Encrypt without checking the certificate"),
    TlsMode.DISABLE: QT_TRANSLATE_NOOP("team", "Never encrypt (only on a network you trust)"),
    # Offered only to a library that joined with it, until it joins again.
    TlsMode.PREFER: QT_TRANSLATE_NOOP("team", "Encrypt when the server offers it, unchecked"),
}
TLS_NOTES = {
    TlsMode.VERIFY_FULL: "",
    TlsMode.REQUIRE: QT_TRANSLATE_NOOP(
        "team", "The certificate is not checked: someone in between could pose as the server."
    ),
    TlsMode.DISABLE: QT_TRANSLATE_NOOP(
        "team",
        "Passwords and data travel in clear: choose this only on a network you trust "
        "(a server on this computer, a private network).",
    ),
    TlsMode.PREFER: QT_TRANSLATE_NOOP(
        "team",
        "Not verified, and plain text when the server offers no TLS: choose “Encrypt and check "
        "the server's certificate” and give the CA certificate.",
    ),
}
PHASE_WORDS = {
    SyncPhase.CONNECTING: QT_TRANSLATE_NOOP("team", "Connecting"),
    SyncPhase.PULLING: QT_TRANSLATE_NOOP("team", "Fetching the team's changes"),
    SyncPhase.UPLOADING: QT_TRANSLATE_NOOP("team", "Sending files"),
    SyncPhase.PUSHING: QT_TRANSLATE_NOOP("team", "Sending your changes"),
    SyncPhase.SENDING: QT_TRANSLATE_NOOP("team", "Sending your activity"),
    SyncPhase.RECEIVING: QT_TRANSLATE_NOOP("team", "Fetching the team's activity"),
    SyncPhase.DOWNLOADING: QT_TRANSLATE_NOOP("team", "Fetching pinned files"),
    SyncPhase.INDEXING: QT_TRANSLATE_NOOP("team", "Updating the search index"),
    SyncPhase.DONE: QT_TRANSLATE_NOOP("team", "Done"),
}


def ago(moment: datetime | None, now: datetime | None = None) -> str:
    """“just now”, “4 min ago”, “3 h ago”, “2 days ago”, or “never”."""
    if moment is None:
        return QCoreApplication.translate("team", "never")
    seconds = max(0.0, ((now or datetime.now(UTC)) - moment).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("team", "just now")
    if seconds < 3600:
        minutes = int(seconds // 60)
        return QCoreApplication.translate("team", "%n min ago", None, minutes)
    if seconds < 86_400:
        hours = int(seconds // 3600)
        return QCoreApplication.translate("team", "%n h ago", None, hours)
    days = int(seconds // 86_400)
    if days == 1:
        return QCoreApplication.translate("team", "1 day ago")
    return QCoreApplication.translate("team", "%n days ago", None, days)


def status_line(status: TeamStatus, syncing: SyncProgress | None = None) -> str:
    """The status bar's words."""
    if not status.joined:
        return QCoreApplication.translate("team", "Not in a team")
    waiting = status.waiting.total
    tail = (
        QCoreApplication.translate("team", " · {0} waiting").format(number_text(waiting)) if waiting else ""
    )
    if status.conflicts:
        conflicts = status.conflicts
        if conflicts == 1:
            tail += QCoreApplication.translate("team", " · 1 conflict")
        else:
            tail += QCoreApplication.translate("team", " · %n conflicts", None, conflicts)
    held = status.waiting.quarantined
    if held:
        tail += QCoreApplication.translate("team", " · {0} set aside").format(held)
    held_back = status.held_back_facts  # a plain name: lupdate reads no attribute as the count
    if held_back:
        since = moment_text(status.held_back_since) if status.held_back_since else "?"
        tail += QCoreApplication.translate(
            "team", " · the server holds back %n facts behind an open transaction since {0}", None, held_back
        ).format(since)
    if syncing is not None:
        phase = QCoreApplication.translate("team", PHASE_WORDS[syncing.phase])
        return QCoreApplication.translate("team", "Syncing: {0}…").format(phase) + tail
    if status.online is False:
        return QCoreApplication.translate("team", "Offline — your work is saved") + tail
    return QCoreApplication.translate("team", "Online · synced {0}").format(ago(status.last_sync_at)) + tail


class TeamSync(QObject):
    """The one owner of the team service in the app: runs syncs one at a time off the GUI
    thread, every minute and when the network comes back, and tells the screens."""

    status_changed = Signal(object)  # TeamStatus
    progressed = Signal(object)  # SyncProgress
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(str)  # what went wrong, in words
    conflicts_loaded = Signal(object)  # list[Conflict]
    set_aside_loaded = Signal(object)  # list[Quarantined]
    joined = Signal(object)  # TeamMembership

    def __init__(
        self, team: TeamService, parent: QObject | None = None, *, every_ms: int = SYNC_EVERY_MS
    ) -> None:
        super().__init__(parent)
        self.team = team
        self.runner = TaskRunner(self)
        self.status: TeamStatus = TeamStatus(joined=False)
        self.progress: SyncProgress | None = None
        self._syncing: TaskHandle | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sync_now)
        self._watch_network()

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def shutdown(self) -> bool:
        self.timer.stop()
        return self.runner.shutdown()

    @property
    def busy(self) -> bool:
        return self._syncing is not None

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        self.runner.run(lambda _ctx: work(), on_success=done, on_failure=self._on_failure, writes=True)

    def _on_failure(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            log.error("team task failed", exc_info=exc)
        self.sync_failed.emit(
            str(exc) if isinstance(exc, UserError) else self.tr("Something went wrong: {0}").format(exc)
        )
        self.refresh()

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(self.team.status, self._on_status)
        self._run(self.team.conflicts, self.conflicts_loaded.emit)
        self._run(self.team.quarantined, self.set_aside_loaded.emit)

    def _on_status(self, status: TeamStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    # -- syncing -------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a sync unless one is running or the library is in no team."""
        if self._syncing is not None or not self.status.joined:
            return False

        def work(ctx: TaskContext) -> SyncReport:
            return self.team.sync_once(progress=ctx.progress, cancel=lambda: ctx.cancelled)

        self._syncing = self.runner.run(
            work,
            on_success=self._on_synced,
            on_failure=self._on_sync_failed,
            on_progress=self._on_progress,
            writes=True,
        )
        return self._syncing is not None

    def cancel(self) -> None:
        if self._syncing is not None:
            self._syncing.cancel()

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress = progress
        self.progressed.emit(progress)
        self.status_changed.emit(self.status)

    def _on_synced(self, report: SyncReport) -> None:
        self._syncing, self.progress = None, None
        self.sync_finished.emit(report)
        self.refresh()

    def _on_sync_failed(self, exc: Exception) -> None:
        self._syncing, self.progress = None, None
        self._on_failure(exc)

    def on_network_reachability_changed(self, reachable: bool) -> None:
        """The network came back: sync now rather than at the next tick."""
        if reachable:
            self.sync_now()

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(
                lambda r: self.on_network_reachability_changed(r == QNetworkInformation.Reachability.Online)
            )

    # -- other actions ---------------------------------------------------------------------------
    def join(
        self,
        url: str,
        password: str | None,
        tls: TlsMode,
        done: Callable[[object], None],
        tls_ca: str | None = None,
    ) -> None:
        def work() -> object:
            return self.team.join(url, password=password or None, tls=tls, tls_ca=tls_ca or None)

        def joined(membership: object) -> None:
            self.joined.emit(membership)
            done(membership)
            self._run(self.team.status, self._first_sync)

        self._run(work, joined)

    def _first_sync(self, status: TeamStatus) -> None:
        self._on_status(status)
        self.sync_now()

    def resolve(self, conflict_ids: list[str], choice: ConflictChoice) -> None:
        def work() -> None:
            for conflict_id in conflict_ids:
                self.team.resolve(conflict_id, choice)

        self._run(work, lambda _none: self.refresh())

    def remove_set_aside(self, kind: str, key: str, reason: str) -> None:
        """The admin removes a row or event this laptop set aside from the server."""
        self._run(lambda: self.team.quarantine_drop(kind, key, reason=reason), lambda _found: self.refresh())

    def set_disk_budget(self, megabytes: int) -> None:
        self._run(lambda: self.team.set_disk_budget(megabytes), lambda _dropped: self.refresh())


@dataclass
class Download:
    """A team file on its way to this laptop, and what to do once it is here."""

    asset_id: str
    title: str
    file_name: str
    size_bytes: int
    done: int = 0
    handle: TaskHandle | None = None
    # What the user asked for meanwhile, once each (two clicks on Open open it once).
    then: dict[str, Callable[[], None]] = dataclasses.field(default_factory=dict)

    def words(self) -> str:
        total = max(self.size_bytes, self.done)
        return QCoreApplication.translate("team", "Downloading {0} — {1} of {2}").format(
            self.file_name, size_text(self.done), size_text(total)
        )


class TeamFiles(QObject):
    """Team files on demand: a file that is on the team server but not on this laptop is
    fetched off the GUI thread, with progress, and then what the user asked for is done
    (opened, copied, presented…). Nothing is done, and so nothing logged, when the download
    fails or is stopped."""

    started = Signal(object)  # Download
    progressed = Signal(object)  # Download
    arrived = Signal(str)  # asset id: the file is on this laptop now, with its thumbnail
    failed = Signal(str, str, bool)  # asset id, what went wrong in words, whether it was offline
    stopped = Signal(str)  # asset id: the user stopped the download
    pinned = Signal(str, bool)  # asset id, kept on this laptop for offline use or not

    def __init__(self, sync: TeamSync, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.downloads: dict[str, Download] = {}
        self._groups = 0

    def downloading(self, asset_id: str) -> Download | None:
        return self.downloads.get(asset_id)

    def fetch(
        self,
        asset_id: str,
        title: str,
        size_bytes: int,
        *,
        file_name: str = "",
        then: Callable[[], None] | None = None,
        key: str = "",
    ) -> Download:
        """Start fetching the asset's file (or join the download under way), then call
        `then` on the GUI thread once it is here; `key` names what `then` does, so the
        same request made twice meanwhile runs once."""
        download = self.downloads.get(asset_id)
        if download is None:
            download = Download(asset_id, title, file_name or title, size_bytes)
            self.downloads[asset_id] = download
            self._start(download)
        if then is not None:
            download.then.setdefault(key or f"then-{len(download.then)}", then)
        return download

    def fetch_missing(
        self, missing: FileNotOnThisLaptop, then: Callable[[], None] | None = None, key: str = ""
    ) -> Download:
        return self.fetch(
            missing.asset_id,
            missing.title,
            missing.size_bytes,
            file_name=missing.file_name,
            then=then,
            key=key,
        )

    def fetch_all(self, missing: Sequence[FileNotOnThisLaptop], then: Callable[[], None]) -> None:
        """Fetch several files (a kit's), then call `then` once, when every one is here."""
        self._groups += 1
        key = f"group-{self._groups}"
        waiting = {m.asset_id for m in missing}

        def one_arrived(asset_id: str) -> None:
            waiting.discard(asset_id)
            if not waiting:
                then()

        for m in missing:
            self.fetch_missing(m, then=partial(one_arrived, m.asset_id), key=key)

    def cancel(self, asset_id: str) -> None:
        download = self.downloads.get(asset_id)
        if download is not None and download.handle is not None:
            download.handle.cancel()

    def _start(self, download: Download) -> None:
        team, asset_id = self.sync.team, download.asset_id

        def work(ctx: TaskContext) -> object:
            return team.download(
                asset_id,
                progress=lambda done, total: ctx.progress((done, total)),
                cancel=lambda: ctx.cancelled,
            )

        # Not on the sync's write thread: a file asked for now does not wait behind a sync.
        download.handle = self.sync.runner.run(
            work,
            on_success=lambda _path: self._on_arrived(asset_id),
            on_failure=lambda exc: self._on_failed(asset_id, exc),
            on_progress=lambda value: self._on_progress(asset_id, value),
        )
        if download.handle is None:  # the window is closing
            self.downloads.pop(asset_id, None)
            return
        self.started.emit(download)

    def _on_progress(self, asset_id: str, value: object) -> None:
        download = self.downloads.get(asset_id)
        if download is not None:
            done, total = cast(tuple[int, int], value)
            download.done, download.size_bytes = int(done), int(total) or download.size_bytes
            self.progressed.emit(download)

    def _on_arrived(self, asset_id: str) -> None:
        download = self.downloads.pop(asset_id, None)
        self.arrived.emit(asset_id)
        self.sync.refresh()  # the Team section counts what is on this laptop
        for action in download.then.values() if download is not None else ():
            try:
                action()
            except Exception:  # one failed follow-up must not keep the others from running
                log.exception("the action after downloading %s failed", asset_id)

    def _on_failed(self, asset_id: str, exc: Exception) -> None:
        self.downloads.pop(asset_id, None)
        if isinstance(exc, DownloadStopped):
            self.stopped.emit(asset_id)
            return
        offline = isinstance(exc, ServerUnreachable)
        self.failed.emit(asset_id, failure_text(exc), offline)
        if offline:
            self.sync.refresh()  # the status bar says offline

    def set_pinned(
        self, asset_id: str, pinned: bool, *, title: str, size_bytes: int, file_name: str = ""
    ) -> None:
        """Keep (or stop keeping) the asset's file on this laptop for offline use; keeping
        it fetches it now if it is not here."""
        team = self.sync.team

        def work(_ctx: TaskContext) -> bool:
            team.pin(asset_id, pinned)
            return team.file_available(asset_id)

        def done(here: bool) -> None:
            self.pinned.emit(asset_id, pinned)
            if pinned and not here:
                self.fetch(asset_id, title, size_bytes, file_name=file_name)
            self.sync.refresh()

        self.sync.runner.run(
            work,
            on_success=done,
            on_failure=lambda exc: self.failed.emit(asset_id, failure_text(exc), False),
        )


class DownloadWidget(QWidget):
    """In the status bar while a team file comes down: its name, the bytes so far, a
    progress bar and Cancel (the latest download when there are several)."""

    def __init__(self, files: TeamFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Download"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the download; it resumes where it stopped next time"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.shown: str | None = None
        for signal in (files.started, files.progressed, files.arrived, files.stopped, files.failed):
            signal.connect(self.refresh)
        self.hide()

    def refresh(self, *_why: object) -> None:
        active = list(self.files.downloads.values())
        if not active:
            self.shown = None
            self.hide()
            return
        download = active[-1]  # the latest asked for
        self.shown = download.asset_id
        text = self.tr(download.words())
        if len(active) > 1:
            text += self.tr(" (+{0} more)").format(len(active) - 1)
        self.label.setText(text)
        self.bar.setMaximum(1000)
        self.bar.setValue(int(1000 * download.done / max(download.size_bytes, download.done, 1)))
        self.setToolTip("\n".join(d.words() for d in active))
        self.show()

    def _on_cancel_clicked(self) -> None:
        if self.shown is not None:
            self.files.cancel(self.shown)


class StatusWidget(QToolButton):
    """Online or offline, last sync, what waits; click to sync now."""

    def __init__(self, sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Team sync"))
        self.clicked.connect(sync.sync_now)
        sync.status_changed.connect(self.show_status)
        sync.sync_failed.connect(self._on_failed)
        self._error = ""
        # "synced 4 min ago" gets older without a new status.
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(lambda: self.show_status(self.sync.status))
        self._tick.start()
        self.show_status(sync.status)

    def show_status(self, status: TeamStatus) -> None:
        self.setText(self.tr(status_line(status, self.sync.progress)))
        self.setVisible(status.joined)
        w = status.waiting
        details = [
            self.tr("Team server: {0}").format(status.membership.server) if status.membership else "",
            status.tls_warning,
            self.tr("Last sync: {0}").format(ago(status.last_sync_at)),
            self.tr("Waiting to be sent: {0} events, {1} changes, {2} files").format(
                w.facts, w.changes, w.files
            ),
        ]
        if w.local_only:
            details.append(
                self.tr("{0} edits only a marketer can publish stay on this laptop").format(w.local_only)
            )
        error = self._error or status.last_error
        if error:
            details.append(error)
        details.append(self.tr("Click to sync now."))
        self.setToolTip("\n".join(d for d in details if d))

    def _on_failed(self, message: str) -> None:
        self._error = message
        self.show_status(self.sync.status)
        self._error = ""


class TeamSettingsDialog(QDialog):
    """Join a team server: address, login, password, encryption; Test connection first."""

    def __init__(self, sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Team settings"))
        membership = sync.status.membership
        intro = QLabel(
            self.tr(
                "Join your team's server to share what you use and fetch what marketing publishes. "
                "Everything keeps working offline; Collateral syncs whenever the server is reachable."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(_without_login(membership.server) if membership else "")
        self.server.setPlaceholderText("postgresql://db.example.com/collateral")
        self.server.setAccessibleName(self.tr("Server address"))
        self.login = QLineEdit(membership.login if membership else "")
        self.login.setAccessibleName(self.tr("Login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("as given by your team's admin"))
        self.tls = QComboBox()
        self.tls.setAccessibleName(self.tr("Encryption"))
        for mode, label in TLS_NAMES.items():
            if mode is not TlsMode.PREFER or (membership and membership.tls is TlsMode.PREFER):
                self.tls.addItem(QCoreApplication.translate("team", label), mode.value)
        if membership:
            self.tls.setCurrentIndex(max(0, self.tls.findData(membership.tls.value)))
        self.tls_note = QLabel()
        self.tls_note.setWordWrap(True)
        self.tls_note.setAccessibleName(self.tr("What the encryption means"))
        self.ca_file = QLineEdit()
        self.ca_file.setAccessibleName(self.tr("CA certificate"))
        kept = membership is not None and membership.tls_ca not in ("", SYSTEM_CA)
        self.ca_file.setPlaceholderText(
            self.tr("kept in this library; choose a file to replace it")
            if kept
            else self.tr("the file from your team's admin (PEM), or “system”")
        )
        self.ca_button = QPushButton(self.tr("C&hoose…"))
        self.ca_button.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        self.tls.currentIndexChanged.connect(self._show_tls_note)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Encryption:"), self.tls)
        form.addRow(self.tr("&CA certificate:"), ca_row)
        form.addRow("", self.tls_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.join_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("&Join") if not membership else self.tr("&Save"))
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        for field in (self.server, self.login):
            field.textChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._show_tls_note()
        self._update_buttons()

    def tls_mode(self) -> TlsMode:
        return TlsMode(self.tls.currentData())

    def _show_tls_note(self) -> None:
        note = TLS_NOTES[self.tls_mode()]
        self.tls_note.setText(QCoreApplication.translate("team", note) if note else "")
        self.tls_note.setVisible(bool(note))
        checked = self.tls_mode() is TlsMode.VERIFY_FULL
        self.ca_file.setEnabled(checked)
        self.ca_button.setEnabled(checked)

    def choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The CA certificate from your team's admin"),
            "",
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def url(self) -> str:
        """The address with the login in it, as libpq reads it."""
        text = self.server.text().strip()
        if text and "://" not in text and "=" not in text:
            text = "postgresql://" + text  # "db.example.com/collateral"
        login = self.login.text().strip()
        if not login or "://" not in text:
            return text
        scheme, rest = text.split("://", 1)
        if "@" in rest.split("/", 1)[0]:
            rest = rest.split("@", 1)[1]
        return f"{scheme}://{login}@{rest}"

    def _update_buttons(self) -> None:
        ready = bool(self.server.text().strip())
        self.test_button.setEnabled(ready)
        self.join_button.setEnabled(ready)

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (
            self.test_button,
            self.join_button,
            self.server,
            self.login,
            self.password,
            self.tls,
            self.ca_file,
            self.ca_button,
        ):
            widget.setEnabled(not busy)
        if text:
            self.test_result.setText(text)
        if not busy:
            self._show_tls_note()
            self._update_buttons()

    def test_connection(self) -> None:
        self._busy(True, self.tr("Testing…"))
        team = self.sync.team
        url, password, tls, ca = self.url(), self.password.text() or None, self.tls_mode(), self.ca()

        def done(check: ConnectionCheck) -> None:
            self._busy(False)
            mark = "✔" if check.ok else "✖"
            self.test_result.setText(f"{mark} {check.message}")

        def failed(exc: Exception) -> None:
            self._busy(False)
            self.test_result.setText(f"✖ {exc}")

        self.sync.runner.run(
            lambda _ctx: team.test_connection(url, password=password, tls=tls, tls_ca=ca),
            on_success=done,
            on_failure=failed,
        )

    def join(self) -> None:
        self._busy(True, self.tr("Joining…"))

        def failed(message: str) -> None:
            self.sync.sync_failed.disconnect(failed)
            self._busy(False)
            self.test_result.setText(f"✖ {message}")

        self.sync.sync_failed.connect(failed)

        def done(_membership: object) -> None:
            self.sync.sync_failed.disconnect(failed)
            self.accept()

        self.sync.join(self.url(), self.password.text(), self.tls_mode(), done, tls_ca=self.ca())

    def ca(self) -> str | None:
        """The CA file given here (only checked connections use one)."""
        if self.tls_mode() is not TlsMode.VERIFY_FULL:
            return None
        return self.ca_file.text().strip() or None

    @classmethod
    def ask(cls, sync: TeamSync, parent: QWidget | None = None) -> bool:
        """True when the library joined (or kept) a team; tests replace this."""
        return bool(cls(sync, parent).exec())


def _without_login(server: str) -> str:
    """postgresql://alice@db.example.com/collateral?sslmode=require → …//db.example.com/collateral"""
    address = server.split("?")[0]
    if "://" in address:
        scheme, rest = address.split("://", 1)
        host, _, path = rest.partition("/")
        return f"{scheme}://{host.rsplit('@', 1)[-1]}/{path}"
    return address


class ConflictRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2


class ConflictsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("team", "What"),
        QT_TRANSLATE_NOOP("team", "Field"),
        QT_TRANSLATE_NOOP("team", "Yours"),
        QT_TRANSLATE_NOOP("team", "In effect"),
        QT_TRANSLATE_NOOP("team", "Since"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("team", self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        c = self.conflicts[index.row()]
        if role == ConflictRole.ID:
            return c.id
        if role == ConflictRole.RECORD:
            return c
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{c.kind.capitalize()}: {c.title}",
                c.field_label,
                c.mine,
                QCoreApplication.translate("team", "{0}  (by {1})").format(c.theirs, c.theirs_by),
                ago(c.detected_at),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "team", "“{0}”: you changed {1} to “{2}”, {3} to “{4}”. Theirs is in effect until you choose."
            ).format(c.title, c.field_label.lower(), c.mine, c.theirs_by, c.theirs)
        return None


class ConflictsView(QWidget):
    """Each field changed here and on the server to different values, side by side; keep
    yours (sent at the next sync) or theirs."""

    def __init__(self, sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)
            + (QHeaderView.ResizeMode.Stretch,) * 2
            + (QHeaderView.ResizeMode.ResizeToContents,)
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("No conflicts: every change here and on the server fitted together."))
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_mine.setToolTip(self.tr("Put your value back; it is sent at the next sync"))
        self.keep_theirs.setToolTip(self.tr("Accept the value in effect"))
        self.keep_mine.clicked.connect(lambda: self._resolve(ConflictChoice.KEEP_MINE))
        self.keep_theirs.clicked.connect(lambda: self._resolve(ConflictChoice.KEEP_THEIRS))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        sync.conflicts_loaded.connect(self.show_conflicts)
        self.show_conflicts([])

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.model.set_conflicts(conflicts)
        self.empty.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        if conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [str(i.data(ConflictRole.ID)) for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def _resolve(self, choice: ConflictChoice) -> None:
        ids = self.selected_ids()
        if ids:
            self.sync.resolve(ids, choice)


class TeamView(QWidget):
    """The Team section: the server and what waits, sync now, conflicts, room for files."""

    def __init__(
        self, sync: TeamSync, ask_settings: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.clicked.connect(sync.sync_now)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(sync.cancel)
        self.settings_button = QPushButton(self.tr("Team &settings…"))
        self.settings_button.clicked.connect(ask_settings)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.budget = QSpinBox()
        self.budget.setRange(0, 1_000_000)
        self.budget.setSingleStep(512)
        self.budget.setSuffix(self.tr(" MB"))
        self.budget.setAccessibleName(self.tr("Disk budget for team files"))
        self.budget.editingFinished.connect(lambda: sync.set_disk_budget(self.budget.value()))
        self.files = QLabel()
        self.conflicts = ConflictsView(sync)
        self.set_aside = SetAsideView()
        self.set_aside.remove_requested.connect(sync.remove_set_aside)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.sync_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.settings_button)
        disk = QHBoxLayout()
        disk.addWidget(self.files, 1)
        disk.addWidget(QLabel(self.tr("Room for unpinned team files:")))
        disk.addWidget(self.budget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.details)
        layout.addLayout(disk)
        layout.addWidget(QLabel(self.tr("<b>Conflicts</b>")))
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.set_aside, 1)
        sync.status_changed.connect(self.show_status)
        sync.set_aside_loaded.connect(self._show_set_aside)
        # An empty list gives its room to the other.
        sync.conflicts_loaded.connect(lambda found: layout.setStretchFactor(self.conflicts, int(bool(found))))
        sync.progressed.connect(self.show_progress)
        sync.sync_finished.connect(self._on_finished)
        sync.sync_failed.connect(self._on_failed)
        self._last = ""
        self.show_status(sync.status)

    def show_status(self, status: TeamStatus) -> None:
        self.stop_button.setVisible(self.sync.busy)
        self.sync_button.setEnabled(status.joined and not self.sync.busy)
        if not status.joined or status.membership is None:
            self.headline.setText(self.tr("<h3>Not in a team</h3>This library works on its own."))
            self.details.setText(
                self.tr(
                    "Join your team's server under Team settings to share usage and fetch new collateral."
                )
            )
            self.files.clear()
            return
        m = status.membership
        self.headline.setText(
            f"<h3>{status_line(status, self.sync.progress)}</h3>"
            + self.tr("{0} ({1}) on {2}").format(m.login, value_word(m.role), m.server)
        )
        w = status.waiting
        lines = [
            self.tr("Waiting to be sent: {0} events, {1} changes, {2} files.").format(
                w.facts, w.changes, w.files
            )
        ]
        if w.local_only:
            lines.append(
                self.tr("{0} of your edits stay on this laptop: only marketers publish them.").format(
                    w.local_only
                )
            )
        if w.parked:
            lines.append(self.tr("{0} team items wait for something they refer to.").format(w.parked))
        if w.quarantined:
            lines.append(
                self.tr(
                    "{0} team rows or events failed a check and are set aside, each with its reason "
                    "(`collateral team quarantine list`); the team's admin removes or repairs them."
                ).format(w.quarantined)
            )
        if status.tls_warning:
            lines.append(status.tls_warning)
        error = self._last or status.last_error
        if error:
            lines.append(error)
        self.details.setText("\n".join(lines))
        mb = 1024 * 1024
        self.files.setText(
            self.tr("Team files on this laptop: {0} MB ({1} MB pinned for offline use).").format(
                number_text(status.downloaded_bytes / mb, 1), number_text(status.pinned_bytes / mb, 1)
            )
        )
        if not self.budget.hasFocus():
            self.budget.setValue(status.disk_budget_bytes // mb)

    def _show_set_aside(self, entries: list[Quarantined]) -> None:
        m = self.sync.status.membership
        self.set_aside.show_entries(entries, is_admin=m is not None and m.role is Role.ADMIN)

    def show_progress(self, p: SyncProgress) -> None:
        self.progress.setVisible(p.phase is not SyncPhase.DONE)
        self.progress.setMaximum(max(p.total, 0))
        self.progress.setValue(min(p.done, p.total) if p.total else 0)
        self.progress.setFormat(
            f"{QCoreApplication.translate('team', PHASE_WORDS[p.phase])}  {p.detail}".strip()
        )

    def _on_finished(self, report: SyncReport) -> None:
        self.progress.hide()
        self._last = ""
        if report.cancelled:
            self._last = self.tr("The last sync was stopped; it goes on at the next one.")

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self._last = message
        self.show_status(self.sync.status)


class TeamScreens(QObject):
    """Team mode in the main window: the Team section, the status-bar widget and the Team
    menu (Team settings…, Sync now)."""

    def __init__(self, shell: Shell, library: Library, team: TeamService | None = None) -> None:
        super().__init__(shell.main_window())
        self.shell = shell
        self.library = library
        self.sync = TeamSync(team or TeamService(shell.library), self)
        self.files = TeamFiles(self.sync, self)
        self.downloads = DownloadWidget(self.files)
        self.status = StatusWidget(self.sync)
        self.view = TeamView(self.sync, self.ask_settings)
        shell.add_section("team", self.tr("Team"), self.view, tip=self.tr("The team server: sync, conflicts"))
        shell.add_status_widget(self.downloads)
        shell.add_status_widget(self.status)
        self.settings_action = QAction(self.tr("Team settings…"), shell.main_window())
        self.settings_action.triggered.connect(lambda _checked=False: self.ask_settings())
        self.sync_action = QAction(self.tr("Sync now"), shell.main_window())
        self.sync_action.setShortcut("Ctrl+Shift+S")  # F5 presents
        self.sync_action.triggered.connect(lambda _checked=False: self.sync.sync_now())
        menu = self.tr("&Team")
        shell.add_menu_action(menu, self.settings_action)
        shell.add_menu_action(menu, self.sync_action)
        self.sync.sync_finished.connect(self._on_synced)
        shell.add_close_hook(self.sync.shutdown)

    def start(self) -> None:
        self.sync.start()

    def ask_settings(self) -> None:
        TeamSettingsDialog.ask(self.sync, self.shell.main_window())

    def _on_synced(self, report: SyncReport) -> None:
        if report.pulled_changes:
            # What came down is indexed; let the shown results follow.
            self.library.search_now()
        if report.new_conflicts:
            count = report.new_conflicts
            text = self.tr("A conflict to settle under Team.") if count == 1 else None
            self.shell.show_status(text or self.tr("{0} conflicts to settle under Team.").format(count), 8000)
