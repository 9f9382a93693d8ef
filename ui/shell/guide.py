"""Help › User guide (F1): the guide for users that ships inside the package
(resources/guide/), shown in a window of its own next to the main window. A guide in the
user's language where there is one, else the English one."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..common.language import current_language

GUIDE_LANGUAGE = "en"  # the guide's source; the others are translations of it


def guide_html(language: str) -> str:
    """The guide's HTML in that language, or in English where it has not been translated."""
    folder = resources.files("collateral_app.resources").joinpath("guide")
    page = folder.joinpath(f"{language}.html")
    if not page.is_file():
        page = folder.joinpath(f"{GUIDE_LANGUAGE}.html")
    return page.read_text(encoding="utf-8")


class GuideWindow(QDialog):
    """The guide, with its contents' links followed inside it; stays open beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collateral user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)  # web links open in the browser; #anchors here
        self.browser.setHtml(guide_html(current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(760, 820)

    def show_topic(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


def show_guide(parent: QWidget, topic: str = "") -> GuideWindow:
    """Bring the guide up (one window per main window), at a topic when one is named."""
    window = parent.findChild(GuideWindow)
    if window is None:
        window = GuideWindow(parent)
        window.resize(window.sizeHint())
    window.show()
    window.raise_()
    window.activateWindow()
    if topic:
        window.show_topic(topic)
    return window
