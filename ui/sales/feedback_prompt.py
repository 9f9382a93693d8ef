"""Closing the loop: when a deal is won or lost, a panel across the top of the window (never
a modal box) lists the assets used with that prospect and asks which helped, which did not,
and which the prospect found useful, with an optional 1–5 rating and comment. Choosing an
answer and pressing Send is two clicks; "Don't ask again" dismisses the deal's prompt. The
answers are saved together or not at all; after a failure they stay in the panel to send again."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.sales import Deal, Feedback, FeedbackAnswer, Outcome, UsedAsset, Verdict
from collateral_app.i18n import QT_TRANSLATE_NOOP

from ..common.context import SalesContext
from ..common.words import deal_title

MAX_ROWS = 12  # the most used; a prompt longer than this is not answered
ROWS_IN_VIEW = 4  # more scroll, so the panel never takes over the window
VERDICT_BUTTONS = (
    (Verdict.HELPED_WIN, QT_TRANSLATE_NOOP("_AssetRow", "Helped win")),
    (Verdict.DID_NOT_HELP, QT_TRANSLATE_NOOP("_AssetRow", "Did not help")),
    (Verdict.FOUND_USEFUL, QT_TRANSLATE_NOOP("_AssetRow", "Prospect found it useful")),
)


class _AssetRow:
    """One used asset's line: its title, the three answers, a rating and a comment."""

    def __init__(self, panel: FeedbackPrompt, used: UsedAsset, won: bool, labels: Callable[[str, str], str]):
        self.used = used
        kind = labels("type", used.type) if used.type else ""
        uses = QCoreApplication.translate("_AssetRow", "shared or presented {0}×").format(used.uses)
        self.title = QLabel(
            f"<b>{html.escape(used.title)}</b><br><small>{html.escape(kind)} · {uses}</small>"
        )
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.group = QButtonGroup(panel)
        self.group.setExclusive(False)  # exclusive by hand, so a second click can take it back
        self.buttons: dict[Verdict, QPushButton] = {}
        for verdict, text in VERDICT_BUTTONS:
            if verdict is Verdict.HELPED_WIN and not won:
                continue
            button = QPushButton(QCoreApplication.translate("_AssetRow", text))
            button.setCheckable(True)
            button.setAccessibleName(
                QCoreApplication.translate("_AssetRow", "{0}: {1}").format(
                    used.title, QCoreApplication.translate("_AssetRow", text)
                )
            )
            button.setChecked(used.verdict is verdict)
            self.group.addButton(button)
            self.buttons[verdict] = button
        self.group.buttonToggled.connect(self._on_toggled)
        self.rating = QComboBox()
        self.rating.setAccessibleName(
            QCoreApplication.translate("_AssetRow", "Rating of {0}").format(used.title)
        )
        self.rating.setToolTip(
            QCoreApplication.translate("_AssetRow", "How useful was it, 1 (not) to 5 (very)? Optional")
        )
        self.rating.addItem(QCoreApplication.translate("_AssetRow", "Rate…"), 0)
        for stars in range(1, 6):
            self.rating.addItem("★" * stars, stars)
        self.rating.setCurrentIndex(max(0, self.rating.findData(used.rating or 0)))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(QCoreApplication.translate("_AssetRow", "Comment (optional)"))
        self.comment.setAccessibleName(
            QCoreApplication.translate("_AssetRow", "Comment on {0}").format(used.title)
        )
        self.comment.returnPressed.connect(panel.send)  # Enter sends, as Send would in a dialog
        self._changed = panel.update_send

    def _on_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            for other in self.buttons.values():
                if other is not button and other.isChecked():
                    other.setChecked(False)
        self._changed()

    def answer(self) -> FeedbackAnswer | None:
        chosen = next((v for v, b in self.buttons.items() if b.isChecked()), None)
        if chosen is None:
            return None
        stars = int(self.rating.currentData() or 0)
        return FeedbackAnswer(self.used.asset_id, chosen, stars or None, self.comment.text().strip())


class FeedbackPrompt(QFrame):
    answered = Signal(str, list)  # deal id, list[Feedback]
    dismissed = Signal(str)  # deal id: not asked again
    shown = Signal(str)  # deal id, with its assets listed

    def __init__(
        self, context: SalesContext, labels: Callable[[str, str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._labels = labels
        self._queue: list[str] = []
        self.deal: Deal | None = None
        self.rows: list[_AssetRow] = []
        self._saving: str | None = None  # the deal whose answers are being written
        self._generation = 0  # bumped when the panel moves on: late loads are dropped
        self.setObjectName("feedback-prompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Which assets helped?"))
        self.setStyleSheet(
            "#feedback-prompt { border: 1px solid palette(highlight); border-radius: 6px;"
            " background: palette(alternate-base); }"
        )
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(5, 2)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.grid_box)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Save your answers; everyone sees them on the assets"))
        self.send_button.clicked.connect(self.send)
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setToolTip(self.tr("Hide this; you will be asked again next time"))
        self.later_button.clicked.connect(self.later)
        self.dismiss_button = QPushButton(self.tr("Don't ask about this deal"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.position = QLabel()
        footer = QHBoxLayout()
        footer.addWidget(self.position)
        footer.addStretch(1)
        footer.addWidget(self.dismiss_button)
        footer.addWidget(self.later_button)
        footer.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area)
        layout.addLayout(footer)
        self.hide()

    # -- the queue -------------------------------------------------------------------------
    def ask_about(self, deal_ids: list[str]) -> None:
        """Queue deals to ask about; the first is shown at once if nothing is."""
        for deal_id in deal_ids:
            if deal_id not in self._queue and (self.deal is None or self.deal.id != deal_id):
                self._queue.append(deal_id)
        if self.deal is None:
            self._next()

    def queued(self) -> list[str]:
        return list(self._queue)

    def reset(self) -> None:
        """Forget every deal asked about and hide: someone else uses the app now."""
        self._queue.clear()
        self._next()

    def _next(self) -> None:
        self._generation += 1
        generation = self._generation
        self._clear_rows()
        self.deal = None
        self._saving = None
        if not self._queue:
            self.hide()
            return
        deal_id = self._queue.pop(0)
        sales = self.context.sales

        def load() -> tuple[Deal, list[UsedAsset]]:
            return sales.get_deal(deal_id), sales.assets_used_for_deal(deal_id)

        def done(loaded: tuple[Deal, list[UsedAsset]]) -> None:
            if generation != self._generation:
                return  # the panel moved on (or was reset) while this loaded
            deal, used = loaded
            if not deal.outcome.is_closed or not deal.awaiting_feedback:
                self._next()
            elif not used:
                # Nothing was logged with this prospect: there is nothing to ask about.
                self.context.write(lambda: sales.dismiss_feedback_prompt(deal_id))
                self._next()
            else:
                self._show(deal, used)

        self.context.read(load, done)

    def _show(self, deal: Deal, used: list[UsedAsset]) -> None:
        self.deal = deal
        won = deal.outcome is Outcome.WON
        title = html.escape(deal_title(deal))
        question = (
            self.tr("<b>{0}</b> was won. Which of these helped?")
            if won
            else self.tr("<b>{0}</b> was lost. Did any of these help the prospect?")
        ).format(title)
        self.heading.setText(
            question
            + " "
            + self.tr("<small>They were shared or presented with {0}.</small>").format(
                html.escape(deal.prospect_name)
            )
        )
        for row_number, item in enumerate(used[:MAX_ROWS]):
            row = _AssetRow(self, item, won, self._labels)
            self.rows.append(row)
            self.grid.addWidget(row.title, row_number, 0)
            column = 1
            for verdict, _text in VERDICT_BUTTONS:
                if verdict in row.buttons:
                    self.grid.addWidget(row.buttons[verdict], row_number, column)
                column += 1
            self.grid.addWidget(row.rating, row_number, 4)
            self.grid.addWidget(row.comment, row_number, 5)
        self._fit_rows(len(self.rows))
        left = len(self._queue)
        self.position.setText(self.tr("{0} more deal(s) to ask about").format(left) if left else "")
        self.update_send()
        self.show()
        self.shown.emit(deal.id)

    def _fit_rows(self, count: int) -> None:
        """As tall as the rows, up to ROWS_IN_VIEW of them, and half of the next when more
        scroll. A row is as tall as its tallest part: the two-line title, not the buttons."""
        self.grid.activate()
        heights = [
            max(w.sizeHint().height() for w in (r.title, *r.buttons.values(), r.rating, r.comment))
            for r in self.rows[:count]
        ]
        spacing = max(self.grid.verticalSpacing(), 0)
        shown = heights[:ROWS_IN_VIEW]
        height = sum(shown) + spacing * max(len(shown) - 1, 0)
        if len(heights) > ROWS_IN_VIEW:
            height += spacing + heights[ROWS_IN_VIEW] // 2
        self.scroll_area.setFixedHeight(height)

    def _clear_rows(self) -> None:
        for row in self.rows:
            for widget in (row.title, *row.buttons.values(), row.rating, row.comment):
                self.grid.removeWidget(widget)
                widget.deleteLater()
            row.group.deleteLater()
        self.rows = []

    def update_send(self) -> None:
        saving = self.deal is not None and self._saving == self.deal.id
        self.send_button.setEnabled(not saving and any(r.answer() is not None for r in self.rows))

    # -- answering -------------------------------------------------------------------------
    def answers(self) -> list[FeedbackAnswer]:
        return [a for a in (r.answer() for r in self.rows) if a is not None]

    def send(self) -> None:
        if self.deal is None:
            return
        answers = self.answers()
        if not answers:
            return
        deal_id, sales = self.deal.id, self.context.sales

        def still_shown() -> bool:
            return self.deal is not None and self.deal.id == deal_id

        def done(saved: list[Feedback]) -> None:
            if still_shown():
                self._next()
            self.context.message.emit(
                self.tr("Thank you: {0} answer(s) saved, everyone sees them on the assets.").format(
                    len(saved)
                )
            )
            self.answered.emit(deal_id, saved)

        def failed(_exc: Exception) -> None:
            # Nothing was saved (one transaction); the answers are still here to send again.
            if still_shown():
                self._saving = None
                self.update_send()

        self._saving = deal_id
        self.update_send()
        self.context.write(lambda: sales.record_feedback_answers(deal_id, answers), done, failed)

    def later(self) -> None:
        self._next()

    def dismiss(self) -> None:
        if self.deal is None:
            return
        deal_id, sales = self.deal.id, self.context.sales
        self.context.write(
            lambda: sales.dismiss_feedback_prompt(deal_id), lambda _r: self.dismissed.emit(deal_id)
        )
        self._next()
