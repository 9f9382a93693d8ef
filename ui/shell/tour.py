"""Help › Tour of the window: a few callouts, one at a time, each pointing at a part of the
window (the rest dimmed) and saying what it is for. Skippable at any step (Esc too); once
gone through or skipped it is not offered again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN = 6  # around the part shown, so its frame does not hide its edge
GAP = 14  # between the part shown and the callout


@dataclass(frozen=True)
class TourStep:
    title: str
    text: str
    # The part of the window to point at, in the window's coordinates (the window's whole
    # rectangle when there is nothing to point at).
    target: Callable[[], QRect]


def widget_rect(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


class TourOverlay(QWidget):
    """Covers the window while the tour runs; the callout is its child."""

    finished = Signal(bool)  # True: gone through to the end; False: skipped

    def __init__(self, window: QWidget, steps: Sequence[TourStep]) -> None:
        super().__init__(window)
        self.setObjectName("tour")
        self.steps = list(steps)
        self.step = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.callout = QFrame(self)
        self.callout.setObjectName("tour-callout")
        self.callout.setFrameShape(QFrame.Shape.StyledPanel)
        self.callout.setAutoFillBackground(True)
        self.callout.setAccessibleName(self.tr("Tour of the window"))
        self.callout.setFixedWidth(340)
        self.position = QLabel()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.skip_button = QPushButton(self.tr("Skip tour"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.callout)
        layout.addWidget(self.position)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        window.installEventFilter(self)

    def start(self) -> None:
        self.step = 0
        self.show()
        self._show_step()
        self.raise_()
        self.next_button.setFocus()

    def target(self) -> QRect:
        parent = self.parentWidget()
        assert parent is not None
        found = self.steps[self.step].target()
        if found.isEmpty():
            return parent.rect()
        return found.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(parent.rect())

    def forward(self) -> None:
        if self.step + 1 >= len(self.steps):
            self._end(True)
            return
        self.step += 1
        self._show_step()

    def back(self) -> None:
        if self.step > 0:
            self.step -= 1
            self._show_step()

    def skip(self) -> None:
        self._end(False)

    def _end(self, completed: bool) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.finished.emit(completed)
        self.deleteLater()

    def _show_step(self) -> None:
        step = self.steps[self.step]
        self.position.setText(self.tr("Step {0} of {1}").format(self.step + 1, len(self.steps)))
        self.heading.setText(step.title)
        self.body.setText(step.text)
        self.back_button.setEnabled(self.step > 0)
        last = self.step + 1 == len(self.steps)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self._lay_out()

    def _lay_out(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.callout.adjustSize()
        self.callout.move(self._callout_place(self.target(), self.callout.size(), self.rect()))
        self.update()

    @staticmethod
    def _callout_place(target: QRect, size: QSize, room: QRect) -> QPoint:
        """Beside the part shown (right, left, below, above, in that order of preference),
        else inside it at its top; always within the window."""
        w, h = size.width(), size.height()
        top = min(max(target.top(), room.top()), room.bottom() - h)
        left = min(max(target.left(), room.left()), room.right() - w)
        choices = [
            QPoint(target.right() + GAP, top),
            QPoint(target.left() - GAP - w, top),
            QPoint(left, target.bottom() + GAP),
            QPoint(left, target.top() - GAP - h),
        ]
        for point in choices:
            if room.contains(QRect(point, size)):
                return point
        return QPoint(left, max(room.top(), target.top() + GAP))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hole = self.target()
        shade = QPainterPath()
        shade.addRect(self.rect())
        cut = QPainterPath()
        cut.addRoundedRect(hole, 6, 6)
        painter.fillPath(shade.subtracted(cut), QColor(0, 0, 0, 120))
        pen = QPen(self.palette().highlight().color(), 3)
        painter.setPen(pen)
        painter.drawRoundedRect(hole, 6, 6)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._lay_out()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.forward()
        elif event.key() == Qt.Key.Key_Left:
            self.back()
        else:
            super().keyPressEvent(event)
