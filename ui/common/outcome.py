"""How an export ends, in one place: a bar saying what was written with **Open** and **Show in
folder**, or what went wrong (shown there once, not also in a banner and the status bar, and
cleared by the next success). Text that does not fit is elided, whole in its tooltip."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget


def open_path(path: Path) -> bool:
    """Open a file in the application the system has for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal(path: Path) -> bool:
    """Show a file in the system's file manager, selected where the system can."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    if _freedesktop_show_item(path):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if path.is_file() else path)))


def _freedesktop_show_item(path: Path) -> bool:
    """Ask the desktop's file manager (org.freedesktop.FileManager1) to select the file."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:  # pragma: no cover - QtDBus ships with Qt on Linux
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    message = QDBusMessage.createMethodCall(
        "org.freedesktop.FileManager1",
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1",
        "ShowItems",
    )
    message.setArguments([[QUrl.fromLocalFile(str(path)).toString()], ""])
    reply = bus.call(message, timeout=2000)
    return bool(reply.type() == QDBusMessage.MessageType.ReplyMessage)


class ElidedLabel(QLabel):
    """A one-line label that never widens its window: what does not fit ends in "…", the
    whole text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(0, self.width()))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class OutcomeBar(QFrame):
    """Under a view: "Wrote insight.zip" with Open and Show in folder, or an error; hidden
    until the first export."""

    opened = Signal(object)  # Path
    revealed = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.path: Path | None = None
        self.is_error = False
        self.message = ElidedLabel()
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(self._open)
        self.folder_button.clicked.connect(self._reveal)
        self.close_button.clicked.connect(self.clear)
        self.hide()

    def done(self, text: str, path: Path) -> None:
        """A success: it replaces any error shown before."""
        self.path, self.is_error = path, False
        self.message.setText(text)
        self.open_button.setVisible(path.is_file())
        self.folder_button.setVisible(True)
        self.show()

    def error(self, text: str) -> None:
        self.path, self.is_error = None, True
        self.message.setText(text)
        self.open_button.hide()
        self.folder_button.hide()
        self.show()

    def background(self) -> QColor:
        """The palette's alternate base; an error tinted red over the base, light or dark."""
        palette = self.palette()
        if not self.is_error:
            return palette.color(QPalette.ColorRole.AlternateBase)
        base, red, share = palette.color(QPalette.ColorRole.Base), QColor("#d64545"), 0.2
        return QColor.fromRgbF(
            base.redF() + (red.redF() - base.redF()) * share,
            base.greenF() + (red.greenF() - base.greenF()) * share,
            base.blueF() + (red.blueF() - base.blueF()) * share,
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background())
        painter.end()
        super().paintEvent(event)

    def clear(self) -> None:
        self.path, self.is_error = None, False
        self.message.setText("")
        self.hide()

    def clear_error(self) -> None:
        if self.is_error:
            self.clear()

    def _open(self) -> None:
        if self.path is not None:
            self.opened.emit(self.path)
            open_path(self.path)

    def _reveal(self) -> None:
        if self.path is not None:
            self.revealed.emit(self.path)
            reveal(self.path)
