"""File › Recent imports: every import is a batch with an id; each can be undone (what it
created is removed, or archived when used since; nothing else changes), after a confirmation
that says how many assets go, and an undone one brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.imports import ImportBatch, UndoPlan
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.batches import ImportBatches

from ..common.tasks import TaskRunner
from .import_dialog import UndoImportConfirmation, undo_done_text

COLUMNS = ("When", "What", "Imported", "Duplicate", "Skipped", "Failed", "State")


class RecentImportsDialog(QDialog):
    imports_changed = Signal()  # an import was undone or brought back

    def __init__(self, runner: TaskRunner, library: AssetLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent imports"))
        self.resize(820, 380)
        self._runner = runner
        self._library = library
        self.batches: list[ImportBatch] = []

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4, 5):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAccessibleName(self.tr("Recent imports"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.redo_button = QPushButton(self.tr("Bring it back"))
        self.redo_button.setToolTip(self.tr("Restore what undoing this import took away"))
        self.redo_button.clicked.connect(self.redo_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._update_buttons()

    def reload(self) -> None:
        library = self._library

        def done(batches: list[ImportBatch]) -> None:
            self._fill(batches)

        self._runner.run(lambda _ctx: ImportBatches(library).recent(50), on_success=done)

    def _fill(self, batches: list[ImportBatch]) -> None:
        selected = self.selected()
        self.batches = batches
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            state = self.tr("drafts") if batch.as_draft else ""
            if batch.undone:
                state = self.tr("undone: {0} removed, {1} archived").format(batch.removed, batch.archived)
            elif batch.cancelled:
                state = self.tr("cancelled: {0} not imported").format(batch.cancelled)
            values = [
                batch.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                batch.label,
                str(batch.imported),
                str(batch.duplicates),
                str(batch.skipped),
                str(batch.failed),
                state,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setToolTip("\n".join(batch.sources) + f"\n{self.tr('Import')} {batch.id[:8]}")
                if 2 <= column <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(6)
        if selected is not None:
            for row, batch in enumerate(batches):
                if batch.id == selected.id:
                    self.table.selectRow(row)
        elif batches:
            self.table.selectRow(0)
        self.status.setText("" if batches else self.tr("No imports yet."))
        self._update_buttons()

    def selected(self) -> ImportBatch | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and not batch.undone and batch.live > 0)
        self.redo_button.setEnabled(batch is not None and batch.undone)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        plan = ImportBatches(self._library).plan_undo(batch.id)
        if not UndoImportConfirmation.ask(self, plan):
            return
        library = self._library
        self.undo_button.setEnabled(False)

        def done(result: UndoPlan) -> None:
            self.status.setText(undo_done_text(result, self.tr))
            self.imports_changed.emit()
            self.reload()

        self._runner.run(
            lambda _ctx: ImportBatches(library).undo_import(batch.id),
            on_success=done,
            on_failure=self._failed,
            writes=True,
        )

    def redo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        library = self._library
        self.redo_button.setEnabled(False)

        def done(count: int) -> None:
            self.status.setText(self.tr("Brought back {0} asset(s).").format(count))
            self.imports_changed.emit()
            self.reload()

        self._runner.run(
            lambda _ctx: ImportBatches(library).redo_import(batch.id),
            on_success=done,
            on_failure=self._failed,
            writes=True,
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(str(exc))
        self._update_buttons()
