"""Help › Check for updates: reads the version file the admin publishes, only when the user
asks, and says whether a newer Collateral is out and where to get it.

Where the file is (a web address, a file:// URL or a path) is a setting: typed here once, or
set for every user of a computer by the admin in the system-wide settings (QSettings falls
back to them: /etc/xdg/Collateral/Collateral.conf, HKEY_LOCAL_MACHINE\\Software\\Collateral,
the system's preferences in /Library/Preferences), key `updates/version_file`."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkProxyFactory, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collateral_app import __version__
from collateral_app.domain.errors import UserError
from collateral_app.updates import (
    PublishedVersion,
    UpdateCheck,
    is_web_address,
    parse_downloaded,
    read_local_version_file,
)

from ..common import settings as options
from ..common.context import failure_text
from ..common.tasks import TaskRunner

WEB_TIMEOUT_MS = 20_000


class UpdateDialog(QDialog):
    check_finished = Signal(str)  # what the dialog now says

    def __init__(
        self,
        settings: QSettings,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        current: str = __version__,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.current = current
        self._network: QNetworkAccessManager | None = None
        self.setWindowTitle(self.tr("Check for updates"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "This is Collateral {0}. Whoever supports Collateral can publish a version file "
                "that says which version is current; Collateral reads it only when you check."
            ).format(current)
        )
        intro.setWordWrap(True)
        self.source = QLineEdit(options.UPDATE_SOURCE.read(settings))
        self.source.setPlaceholderText(self.tr("https://… or a file path"))
        self.source.setClearButtonEnabled(True)
        self.source.returnPressed.connect(self.check)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setOpenExternalLinks(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Version file:"), self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def check(self) -> None:
        """Read the version file now (remembered for next time), off the window's thread."""
        source = self.source.text().strip()
        if not source:
            self._say(self.tr("Enter where the version file is; whoever supports Collateral knows."))
            return
        options.UPDATE_SOURCE.write(self.settings, source)
        self.check_button.setEnabled(False)
        self.answer.setText(html.escape(self.tr("Checking…")))
        if is_web_address(source):
            self._download(source)
        else:
            self.runner.run(
                lambda _ctx: read_local_version_file(source),
                on_success=self._show,
                on_failure=lambda exc: self._fail(failure_text(exc)),
            )

    def _download(self, address: str) -> None:
        if self._network is None:
            QNetworkProxyFactory.setUseSystemConfiguration(True)  # the company's proxy, if any
            self._network = QNetworkAccessManager(self)
        request = QNetworkRequest(QUrl(address))
        request.setTransferTimeout(WEB_TIMEOUT_MS)
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, f"Collateral/{self.current}")
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        reply = self._network.get(request)
        reply.finished.connect(lambda: self._downloaded(reply, address))

    def _downloaded(self, reply: QNetworkReply, address: str) -> None:
        reply.deleteLater()
        if reply.error() != QNetworkReply.NetworkError.NoError:
            self._fail(self.tr("Cannot read {0}: {1}.").format(address, reply.errorString()))
            return
        try:
            published = parse_downloaded(bytes(reply.readAll().data()))
        except UserError as exc:
            self._fail(str(exc))
            return
        self._show(published)

    def _show(self, published: PublishedVersion) -> None:
        try:
            newer = UpdateCheck(self.current, published).newer_available
        except UserError as exc:  # this build's own version is not a number (a developer's)
            self._fail(str(exc))
            return
        if not newer:
            self._say(self.tr("You have the latest version ({0}).").format(self.current))
        elif published.url:
            link = f'<a href="{html.escape(published.url)}">{html.escape(published.url)}</a>'
            text = html.escape(self.tr("Version {0} is available:").format(published.version))
            self._say(f"{text} {link}", rich=True)
        else:
            self._say(
                self.tr(
                    "Version {0} is available; whoever supports Collateral knows where to get it."
                ).format(published.version)
            )

    def _fail(self, reason: str) -> None:
        self._say(self.tr("Could not check for updates. {0}").format(reason))

    def _say(self, text: str, *, rich: bool = False) -> None:
        self.check_button.setEnabled(True)
        self.answer.setText(text if rich else html.escape(text))
        self.check_finished.emit(self.answer.text())


def check_for_updates(dialog: UpdateDialog) -> None:
    """Help › Check for updates: the dialog, checking at once when it knows where to look."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if dialog.source.text().strip():
        dialog.check()
    else:
        dialog.source.setFocus()
