"""A damaged library database in the app: the dialog shown instead of the window when the
library cannot be opened, with Repair (the salvage `collateral check --repair` does, off the
GUI thread) and then Open; and the warning shown in the window when the database is found
damaged while it is open, with Restart and repair."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.errors import DamagedLibrary
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.salvage import SalvageReport, salvage_library

from ..common.tasks import TaskRunner


class DamagedLibraryDialog(QDialog):
    """Says the library's database is damaged and what to do; Repair salvages it and says
    what came back, Open then opens it (`library` is set), Quit leaves it as it is."""

    salvaged = Signal()

    def __init__(self, error: DamagedLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.library: AssetLibrary | None = None
        self.report: SalvageReport | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Damaged library"))
        self.setMinimumWidth(560)
        self.heading = QLabel(self.tr("Collateral cannot open this library: its database file is damaged."))
        self.heading.setWordWrap(True)
        self.message = QLabel(str(error))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr(
                "Repair does what `collateral check --repair` does. It can take a few minutes for a large "
                "library."
            )
        )
        self.hint.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.repair_button = QPushButton(self.tr("Repair the library"))
        self.repair_button.clicked.connect(self.repair)
        self.open_button = QPushButton(self.tr("Open the library"))
        self.open_button.clicked.connect(self.accept)
        self.open_button.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.message, self.hint, self.busy, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)

    def repair(self) -> None:
        self.heading.setText(self.tr("Salvaging the library: every row that can still be read is copied…"))
        self.repair_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.busy.show()
        root = self.error.root
        self.runner.run(
            lambda _ctx: salvage_library(root),
            on_success=self._show_salvage,
            on_failure=self._show_failure,
            writes=True,
        )

    def _show_salvage(self, result: tuple[AssetLibrary, SalvageReport]) -> None:
        self.library, self.report = result
        self.busy.hide()
        self.message.hide()
        self.hint.hide()
        self.repair_button.hide()
        self.heading.setText(self.tr("The library was salvaged."))
        self.summary.setText(self.summary_of(self.report))
        self.summary.show()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.quit_button.setEnabled(True)
        self.salvaged.emit()

    def _show_failure(self, error: Exception) -> None:
        self.busy.hide()
        self.heading.setText(self.tr("The library could not be salvaged: {0}").format(error))
        self.repair_button.setEnabled(True)
        self.quit_button.setEnabled(True)

    def reject(self) -> None:
        if self.runner.busy_writing():  # the salvage finishes first: it never stops half-way
            return
        if self.library is not None:
            self.library.close()
            self.library = None
        super().reject()

    def summary_of(self, report: SalvageReport) -> str:
        recovered = sum(t.recovered for t in report.tables)
        lost = [t for t in report.tables if t.lost != 0]
        lines = []
        if report.complete:
            lines.append(self.tr("Every row was recovered ({0} rows).").format(recovered))
        else:
            counted = sum(t.lost or 0 for t in lost)
            lines.append(self.tr("{0} rows were recovered, {1} lost.").format(recovered, counted))
            if any(t.lost is None for t in lost):
                lines.append(self.tr("Some were on pages that could not be read, and could not be counted."))
            if lost:
                named = ", ".join(f"{t.table} ({'?' if t.lost is None else t.lost})" for t in lost)
                lines.append(self.tr("Rows lost by table: {0}.").format(named))
        back = sum(1 for f in report.recovered_files if f.asset_id)
        if back:
            lines.append(
                self.tr("%n file(s) whose assets were lost are back as drafts tagged “recovered”.", "", back)
            )
        lines.append(self.tr("All {0} stored files were kept.").format(report.files_kept))
        lines.append(self.tr("The damaged database is kept as {0}.").format(report.damaged_copy))
        return "\n".join(lines)

    @classmethod
    def open_or_quit(cls, error: DamagedLibrary) -> AssetLibrary | None:
        """Shown before the window: the salvaged library to open, or None to quit."""
        dialog = cls(error)
        dialog.exec()
        library = dialog.library
        dialog.deleteLater()
        return library


class DamageWarning(QMessageBox):
    """The database was found damaged while the window is open: say so, and offer to start
    again, which opens the repair."""

    def __init__(self, error: DamagedLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Damaged library"))
        self.setText(
            self.tr(
                "The library's database file is damaged. Restart Collateral to repair it; until then, "
                "change nothing in this library."
            )
        )
        self.setInformativeText(str(error))
        self.restart_button = self.addButton(self.tr("Restart and repair"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self.setWindowModality(Qt.WindowModality.WindowModal)
