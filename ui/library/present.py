"""Present mode: a PDF's pages full screen, one at a time, rendered off the GUI thread (the
next page is rendered ahead so turning is instant). Opening it logs the asset as
`presented`; the caller does that, this window only shows pages.

Arrows, Page Up/Down, Space and Backspace turn pages; Home and End jump; Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from collateral_app.services.library.asset_library import AssetLibrary

from ..common.context import failure_text
from ..common.tasks import TaskRunner

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}


class PresentWindow(QWidget):
    page_shown = Signal(int)
    closed = Signal()

    def __init__(
        self, runner: TaskRunner, library: AssetLibrary, asset_id: str, title: str, page: int = 1
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Presenting {0}").format(title))
        self.setAccessibleName(self.tr("Present mode"))
        self.setStyleSheet("background: black; color: #bbbbbb;")
        self._runner = runner
        self._library = library
        self._asset_id = asset_id
        self._page = page
        self._page_count = 0
        self._images: dict[int, QImage] = {}
        self._asked: set[int] = set()
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setAccessibleName(self.tr("Page"))
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.position.setToolTip(self.tr("Arrows or Space to turn pages, Esc to leave"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 16, 8)
        layout.addWidget(self.page_label, 1)
        layout.addWidget(self.position)

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._page_count

    def start(self) -> None:
        screen = self.screen()
        if screen is not None:  # without a window manager, full screen alone keeps the size
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.show_page(self._page)

    def show_page(self, page: int) -> None:
        if self._page_count and not 1 <= page <= self._page_count:
            return
        self._page = page
        image = self._images.get(page)
        if image is None:
            self.position.setText(self.tr("page {0}…").format(page))
            self._render(page)
            return
        self._paint(image)
        self.position.setText(self.tr("{0} / {1}   Esc to leave").format(page, self._page_count))
        self.page_shown.emit(page)
        if page < self._page_count:
            self._render(page + 1)  # ahead, so the next turn is instant

    def _render(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        library, asset_id = self._library, self._asset_id
        ratio = self.devicePixelRatioF()
        width = int(max(800, self.width()) * ratio)

        def work(_ctx: object) -> tuple[int, QImage, int]:
            png, count = library.render_page(asset_id, page, width)
            image = QImage.fromData(png)
            image.setDevicePixelRatio(ratio)
            return page, image, count

        def failed(exc: Exception) -> None:
            self._asked.discard(page)
            if page == self._page:  # a damaged page says why; a bug is logged and says so
                self.position.setText(
                    self.tr("Page {0} cannot be shown: {1}").format(page, failure_text(exc))
                )

        self._runner.run(work, on_success=self._on_rendered, on_failure=failed)

    def _on_rendered(self, result: tuple[int, QImage, int]) -> None:
        page, image, count = result
        self._page_count = count
        self._images[page] = image
        if page == self._page:
            self.show_page(page)

    def _paint(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        size = self.page_label.size() * self.devicePixelRatioF()
        scaled = pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(self.devicePixelRatioF())
        self.page_label.setPixmap(scaled)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.show_page(self._page + 1)
        elif key in PREVIOUS_KEYS:
            self.show_page(self._page - 1)
        elif key == Qt.Key.Key_Home:
            self.show_page(1)
        elif key == Qt.Key.Key_End and self._page_count:
            self.show_page(self._page_count)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        image = self._images.get(self._page)
        if image is not None:
            self._paint(image)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
