"""Small dialogs: confirmation, About, library check, What's new."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QProcess, Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.insight import ReviewRequest
from collateral_app.domain.records import Asset, CheckReport
from collateral_app.domain.sales import RequestStatus, RequestUpdate
from collateral_app.services.common.about import component_versions
from collateral_app.services.library.asset_library import AssetLibrary

from ..common.language import day_text, moment_text


class Confirm:
    """Questions before something is done; tests replace `ask` instead of clicking a modal
    box. With a `verb` ("Archive 3 assets") the box says it on its button, beside Cancel,
    as desktop apps do; without one it asks Yes or No."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, question: str, verb: str = "") -> bool:
        if not verb:
            answer = QMessageBox.question(parent, title, question)
            return answer == QMessageBox.StandardButton.Yes
        box = QMessageBox(
            QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent
        )
        confirm = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(confirm)
        box.exec()
        chosen = box.clickedButton() is confirm
        box.deleteLater()
        return chosen


def ask_yes_no(parent: QWidget, title: str, question: str, *, verb: str = "") -> bool:
    return Confirm.ask(parent, title, question, verb)


class RestartQuestion:
    """After a new language is chosen: restart now, or see it at the next start."""

    @classmethod
    def ask(cls, parent: QWidget, language: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("RestartQuestion", "Language"))
        box.setText(
            QCoreApplication.translate(
                "RestartQuestion", "Collateral will speak {0} from its next start. Restart now?"
            ).format(language)
        )
        now = box.addButton(
            QCoreApplication.translate("RestartQuestion", "Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("RestartQuestion", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is now


def restart_application() -> bool:
    """Start the app again with the arguments it was started with (a frozen bundle is its
    own program; otherwise Python runs the same script). The caller quits."""
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, sys.argv
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class AboutDialog(QDialog):
    def __init__(self, library: AssetLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Collateral"))
        versions = component_versions()
        parts = {
            self.tr("Library"): str(library.paths.root),
            "Qt": qVersion(),
            "PySide6": pyside_version,
            **{name: version for name, version in versions.items() if name != "Collateral"},
        }
        rows = "".join(
            f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in parts.items()
        )
        text = (
            f"<h2>Collateral {html.escape(versions['Collateral'])}</h2>"
            f"<p>{html.escape(self.tr('The right collateral in a rep’s hands in seconds, offline.'))}</p>"
            f"<table>{rows}</table>"
        )
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)


TABLE_HEIGHT = 380  # room for a few problems and their details


class CheckDialog(QDialog):
    """Shows what `check` found; Repair runs the same check with repairs."""

    repair_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check library"))
        self.resize(720, TABLE_HEIGHT)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Problem"), self.tr("Details")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.repair_button = QPushButton(self.tr("Repair"))
        self.repair_button.setToolTip(self.tr("Fix what can be fixed without losing data"))
        self.repair_button.clicked.connect(self.repair_requested.emit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.report: CheckReport | None = None

    def set_running(self) -> None:
        self.heading.setText(self.tr("Checking the database, every stored file and the search index…"))
        self.repair_button.setEnabled(False)

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.heading.setText(
            self.tr("Checked {0} assets and {1} stored files: {2}").format(
                report.assets_checked,
                report.blobs_checked,
                self.tr("the library is consistent: the database, every file's checksum and the index agree.")
                if report.consistent
                else self.tr("problems found."),
            )
        )
        self.table.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            state = self.tr("repaired") if problem.repaired else self.tr("problem")
            self.table.setItem(row, 0, QTableWidgetItem(state))
            self.table.setItem(row, 1, QTableWidgetItem(problem.kind.replace("_", " ")))
            detail = QTableWidgetItem(problem.detail)
            detail.setToolTip(f"{problem.subject}\n{problem.detail}")
            self.table.setItem(row, 2, detail)
        self.table.setVisible(bool(report.problems))
        if not report.problems:  # a short answer in a short dialog, not above an empty area
            self.resize(self.width(), self.sizeHint().height())
        elif self.height() < TABLE_HEIGHT:
            self.resize(self.width(), TABLE_HEIGHT)
        self.repair_button.setEnabled(not report.consistent)

    def show_error(self, message: str) -> None:
        self.heading.setText(self.tr("The check could not run: {0}").format(message))
        self.repair_button.setEnabled(False)


UPDATE_WORDS = {
    RequestStatus.ACCEPTED: "accepted",
    RequestStatus.IN_PROGRESS: "started work on",
    RequestStatus.DELIVERED: "delivered",
    RequestStatus.DECLINED: "declined",
}


def _fit_height(widget: QListWidget, rows: int, most: int) -> None:
    """As tall as `rows` entries of up to two lines, at most `most` pixels (then it scrolls)."""
    row = 2 * widget.fontMetrics().lineSpacing() + 6
    widget.setMaximumHeight(min(most, rows * row + 2 * widget.frameWidth()))


class WhatsNewDialog(QDialog):
    """Assets marketing added or updated since the user's last visit, what happened to the
    user's own content requests, and the assets marketing asked the user to review."""

    asset_chosen = Signal(str)
    request_chosen = Signal(str)

    def __init__(
        self,
        assets: list[Asset],
        since: datetime,
        labels: Callable[[str, str], str],
        parent: QWidget | None = None,
        *,
        updates: Sequence[RequestUpdate] = (),
        titles: dict[str, str] | None = None,
        reviews: Sequence[ReviewRequest] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What's new"))
        self.resize(620, 480)
        self.reviews = QListWidget()
        self.reviews.setAccessibleName(self.tr("Asked to review"))
        for review in reviews:
            self.reviews.addItem(self._review_item(review))
        self.reviews.itemActivated.connect(
            lambda item: self.asset_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.reviews.setVisible(bool(reviews))
        _fit_height(self.reviews, len(reviews), 120)
        self.reviews.setWordWrap(True)
        self.reviews.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.updates = QListWidget()
        self.updates.setAccessibleName(self.tr("Your requests"))
        for update in updates:
            self.updates.addItem(self._update_item(update, titles or {}))
        self.updates.itemActivated.connect(self._on_update_activated)
        self.updates.setVisible(bool(updates))
        _fit_height(self.updates, len(updates), 160)
        self.updates.setWordWrap(True)
        self.updates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        heading = (
            self.tr("{0} assets added or updated since your last visit ({1}).").format(
                len(assets), moment_text(since)
            )
            if since.year > 1970
            else self.tr("Everything in the library, newest first.")
        )
        self.list = QListWidget()
        for asset in assets:
            kind = labels("type", asset.type) if asset.type else ""
            when = day_text(asset.updated_at.astimezone().date())
            new = asset.created_at >= since
            item = QListWidgetItem(f"{'New' if new else 'Updated'} · {asset.title} — {kind} · {when}")
            item.setData(Qt.ItemDataRole.UserRole, asset.id)
            self.list.addItem(item)
        self.list.itemActivated.connect(
            lambda item: self.asset_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        if not assets:
            self.list.addItem(self.tr("Nothing new since your last visit."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        if reviews:
            heading_text = self.tr("<b>Asked to review</b>: {0} of your assets").format(len(reviews))
            layout.addWidget(QLabel(heading_text))
            layout.addWidget(self.reviews)
        if updates:
            layout.addWidget(QLabel(self.tr("<b>Your requests</b>: {0} change(s)").format(len(updates))))
            layout.addWidget(self.updates)
        layout.addWidget(QLabel(heading))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _review_item(self, review: ReviewRequest) -> QListWidgetItem:
        when = day_text(review.requested_at.astimezone().date())
        text = self.tr("{0} asked you to review “{1}” · {2}").format(
            review.requested_by, review.asset_title, when
        )
        if review.note:
            text += " — " + review.note
        if not review.pending:
            text += " " + self.tr("(its review date has moved since)")
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, review.asset_id)
        return item

    def _update_item(self, update: RequestUpdate, titles: dict[str, str]) -> QListWidgetItem:
        event, request = update.event, update.request
        when = day_text(event.at.astimezone().date())
        verb = self.tr(UPDATE_WORDS.get(event.status, event.status.value))
        text = self.tr("{0} {1} “{2}” · {3}").format(event.user_name, verb, request.text, when)
        if event.status is RequestStatus.DELIVERED and event.asset_id:
            text += " — " + self.tr("with {0}").format(titles.get(event.asset_id, self.tr("an asset")))
        if event.status is RequestStatus.DECLINED and event.reason:
            text += " — " + event.reason
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, event.asset_id or "")
        item.setData(Qt.ItemDataRole.UserRole + 1, request.id)
        return item

    def _on_update_activated(self, item: QListWidgetItem) -> None:
        asset_id = item.data(Qt.ItemDataRole.UserRole)
        if asset_id:
            self.asset_chosen.emit(asset_id)
        else:
            self.request_chosen.emit(item.data(Qt.ItemDataRole.UserRole + 1))
