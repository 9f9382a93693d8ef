"""Import with progress, the current file, running counts and Cancel; then a summary
where every failure has its reason and can be retried."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import ImportStatus, TextStatus
from collateral_app.domain.imports import ImportBatch, ImportReport, UndoPlan
from collateral_app.domain.records import ImportOutcome, ImportProgress, ReadOptions
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.batches import ImportBatches
from collateral_app.services.library.importer import LEGACY_TYPES, MAIL_TYPES, Importer, converter_available

from ..common.tasks import TaskContext, TaskHandle, TaskRunner


class ImportDialog(QDialog):
    """Non-modal: the user can keep searching while files come in."""

    import_finished = Signal(list)  # list[ImportOutcome]
    import_undone = Signal(object)  # UndoPlan: what undoing the import did
    batch_finished = Signal(object)  # ImportBatch: for an undo stack to offer "Undo import"

    def __init__(self, runner: TaskRunner, library: AssetLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setModal(False)
        self.resize(720, 420)
        self._runner = runner
        self._library = library
        self._handle: TaskHandle | None = None
        self.outcomes: list[ImportOutcome] = []
        self.batch: ImportBatch | None = None  # the import the summary shows

        self.heading = QLabel(self.tr("Preparing…"))
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.current = QLabel()
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        self.summary = QTableWidget(0, 3)
        self.summary.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Why")])
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.summary.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary.setColumnWidth(0, 260)
        self.summary.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary.verticalHeader().hide()
        self.summary.setWordWrap(True)
        self.summary.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.setToolTip(self.tr("Import the files that failed again"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.retry_button.hide()
        # Offered after an import, for what it brought: legacy Office and Keynote files read
        # only by their properties (LibreOffice can convert them), emails with attachments.
        self.convert_button = QPushButton()
        self.convert_button.setToolTip(
            self.tr("Convert them to PDF with LibreOffice for their text and a page preview")
        )
        self.convert_button.clicked.connect(self.convert_legacy)
        self.convert_button.hide()
        self.attachments_button = QPushButton()
        self.attachments_button.setToolTip(self.tr("Import each attachment as an asset of its own"))
        self.attachments_button.clicked.connect(self.import_attachments)
        self.attachments_button.hide()
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.setToolTip(self.tr("Take back what this import brought, and nothing else"))
        self.undo_button.clicked.connect(self.undo_import)
        self.undo_button.hide()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.close)
        self.close_buttons.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.attachments_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.counts)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)

    @property
    def running(self) -> bool:
        return self._handle is not None

    def start(self, paths: Sequence[Path], *, as_draft: bool = False, skip_packaging: bool = True) -> None:
        """Import `paths` as one batch; `as_draft` keeps the new assets drafts."""
        self.outcomes = []
        self.batch = None
        self.undo_button.hide()
        self.summary.hide()
        self.summary.setRowCount(0)
        self.retry_button.hide()
        self.convert_button.hide()
        self.attachments_button.hide()
        self.close_buttons.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.heading.setText(self.tr("Looking for files…"))
        self.counts.setText("")
        self.current.setText("")
        library = self._library
        targets = list(paths)

        def work(ctx: TaskContext) -> ImportReport:
            return Importer(library).run_batch(
                targets,
                recursive=True,
                progress=ctx.progress,
                should_stop=lambda: ctx.cancelled,
                as_draft=as_draft,
                skip_packaging=skip_packaging,
            )

        self._handle = self._runner.run(
            work, on_success=self._finished, on_failure=self._failed, on_progress=self._progress, writes=True
        )
        self.show()
        self.raise_()

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.heading.setText(self.tr("Cancelling after the files being read…"))

    def retry_failed(self) -> None:
        again = (ImportStatus.FAILED, ImportStatus.CANCELLED)
        failed = [Path(o.path) for o in self.outcomes if o.status in again and Path(o.path).exists()]
        if failed:
            self.start(failed)

    def _progress(self, value: object) -> None:
        if not isinstance(value, ImportProgress):
            return
        self.progress.setRange(0, max(value.total, 1))
        self.progress.setValue(value.done)
        if self._handle is not None and not self._handle.context.cancelled:
            self.heading.setText(
                self.tr("Importing: {0} files found · {1} done · {2} left").format(
                    value.total, value.done, value.left
                )
            )
        self.current.setText(Path(value.current).name)
        self.counts.setText(progress_counts(value, self.tr))

    def _finished(self, result: ImportReport | list[ImportOutcome]) -> None:
        self._handle = None
        if isinstance(result, ImportReport):
            self.batch = result.batch
            outcomes = result.outcomes
        else:
            outcomes = result
        self.outcomes = outcomes
        counts = {s: sum(1 for o in outcomes if o.status is s) for s in ImportStatus}
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.current.setText("")
        cancelled = counts[ImportStatus.CANCELLED]
        heading = (self.tr("Cancelled: {0}.") if cancelled else self.tr("Done: {0}.")).format(
            summary_counts(counts, self.tr)
        )
        drafts = sum(1 for o in outcomes if o.status is ImportStatus.IMPORTED and o.draft)
        attention = sum(1 for o in outcomes if o.attention)
        if attention:
            heading += " " + self.tr(
                "{0} file(s) need attention (empty, damaged or without readable text): they are drafts, "
                "kept for marketing to look at."
            ).format(attention)
        elif drafts:
            heading += " " + self.tr("The new assets are drafts: reps see them once they are published.")
        self.heading.setText(heading)
        self.counts.setText("")
        self._fill_summary(outcomes)
        self.cancel_button.hide()
        self.close_buttons.show()
        self.retry_button.setText(self.tr("Import the rest") if cancelled else self.tr("Retry failed"))
        self.retry_button.setVisible(counts[ImportStatus.FAILED] + cancelled > 0)
        self.undo_button.setEnabled(True)
        self.undo_button.setVisible(self.batch is not None and counts[ImportStatus.IMPORTED] > 0)
        self._offer_more(outcomes)
        self.import_finished.emit(outcomes)
        if isinstance(result, ImportReport) and result.batch.imported:
            self.batch_finished.emit(result.batch)

    # -- what an import can be followed by ---------------------------------------------------
    def legacy_without_text(self) -> list[str]:
        return [
            o.asset_id
            for o in self.outcomes
            if o.asset_id and o.media_type in LEGACY_TYPES and o.text_status is not TextStatus.OK
        ]

    def emails_with_attachments(self) -> list[str]:
        """Emails of this import whose attachments were not imported yet."""
        done = {o.attached_to for o in self.outcomes if o.attached_to}
        return [
            o.asset_id
            for o in self.outcomes
            if o.asset_id
            and o.status is ImportStatus.IMPORTED
            and o.media_type in MAIL_TYPES
            and o.attachments
            and o.asset_id not in done
        ]

    def _offer_more(self, outcomes: list[ImportOutcome]) -> None:
        legacy = self.legacy_without_text()
        self.convert_button.setText(
            self.tr("Convert {0} legacy file(s) with LibreOffice").format(len(legacy))
        )
        self.convert_button.setVisible(bool(legacy) and converter_available())
        mails = self.emails_with_attachments()
        count = sum(o.attachments for o in outcomes if o.asset_id in mails)
        self.attachments_button.setText(self.tr("Import {0} email attachment(s)").format(count))
        self.attachments_button.setVisible(bool(mails))

    def convert_legacy(self) -> None:
        ids = self.legacy_without_text()
        library = self._library

        def work(ctx: TaskContext) -> list[ImportOutcome]:
            return Importer(library).reread(
                ids, options=ReadOptions(convert_legacy=True), progress=ctx.progress
            )

        self._follow_up(work, self.tr("Converting {0} file(s) with LibreOffice…").format(len(ids)))

    def import_attachments(self) -> None:
        ids = self.emails_with_attachments()
        library = self._library

        def work(ctx: TaskContext) -> list[ImportOutcome]:
            found: list[ImportOutcome] = []
            for asset_id in ids:
                found.extend(Importer(library).import_attachments(asset_id))
            return found

        self._follow_up(work, self.tr("Importing the attachments of {0} email(s)…").format(len(ids)))

    def _follow_up(self, work: object, heading: str) -> None:
        self.convert_button.setEnabled(False)
        self.attachments_button.setEnabled(False)
        self.heading.setText(heading)
        self.progress.setRange(0, 0)

        def done(new: list[ImportOutcome]) -> None:
            self._handle = None
            by_asset = {o.asset_id: o for o in new if o.asset_id and o.attached_to is None}
            merged = [by_asset.pop(o.asset_id, o) if o.asset_id else o for o in self.outcomes]
            self.convert_button.setEnabled(True)
            self.attachments_button.setEnabled(True)
            self._finished(merged + [o for o in new if o.attached_to is not None] + list(by_asset.values()))

        self._handle = self._runner.run(
            work,  # type: ignore[arg-type]
            on_success=done,
            on_failure=self._failed,
            on_progress=self._progress,
            writes=True,
        )

    # -- undo ------------------------------------------------------------------------------
    def undo_import(self) -> None:
        """Asks, saying how many assets go, then takes back what the batch created."""
        if self.batch is None or self._handle is not None:
            return
        batch_id = self.batch.id
        library = self._library
        plan = ImportBatches(library).plan_undo(batch_id)
        if not UndoImportConfirmation.ask(self, plan):
            return
        self.undo_button.setEnabled(False)
        self.heading.setText(self.tr("Undoing the import…"))

        def done(result: UndoPlan) -> None:
            self._handle = None
            self.undo_button.hide()
            self.retry_button.hide()
            self.heading.setText(undo_done_text(result, self.tr))
            self.import_undone.emit(result)

        self._handle = self._runner.run(
            lambda _ctx: ImportBatches(library).undo_import(batch_id),
            on_success=done,
            on_failure=self._failed,
            writes=True,
        )

    def _failed(self, exc: Exception) -> None:
        self._handle = None
        self.progress.setRange(0, 1)
        self.heading.setText(self.tr("The import stopped: {0}").format(exc))
        self.cancel_button.hide()
        self.close_buttons.show()
        self.import_finished.emit([])

    def _fill_summary(self, outcomes: list[ImportOutcome]) -> None:
        # Failures first, then files stored without their text: what the user may act on.
        def attention(o: ImportOutcome) -> int:
            if o.status is ImportStatus.FAILED:
                return 0
            if o.attention:
                return 1
            if o.status is ImportStatus.IMPORTED and (
                o.text_status in (TextStatus.FAILED, TextStatus.NONE) or o.reason
            ):
                return 2
            return 3 if o.status is ImportStatus.IMPORTED else 4

        ordered = sorted(outcomes, key=lambda o: (attention(o), o.path))
        self.summary.setRowCount(len(ordered))
        labels = {
            ImportStatus.IMPORTED: self.tr("imported"),
            ImportStatus.DUPLICATE: self.tr("duplicate"),
            ImportStatus.SKIPPED: self.tr("skipped"),
            ImportStatus.FAILED: self.tr("failed"),
            ImportStatus.CANCELLED: self.tr("not imported (cancelled)"),
        }
        for row, outcome in enumerate(ordered):
            name = QTableWidgetItem(Path(outcome.path).name)
            name.setToolTip(outcome.path)
            self.summary.setItem(row, 0, name)
            label = labels[outcome.status]
            if outcome.attention:
                label = self.tr("draft, needs attention")
            elif outcome.status is not ImportStatus.IMPORTED:
                pass
            elif outcome.text_status is TextStatus.FAILED:
                label = self.tr("imported, text unreadable")
            elif outcome.text_status is TextStatus.NONE:
                label = self.tr("imported, no text")
            elif outcome.draft:
                label = self.tr("imported as draft")
            self.summary.setItem(row, 1, QTableWidgetItem(label))
            why = QTableWidgetItem(outcome.reason)
            why.setToolTip(outcome.reason)
            self.summary.setItem(row, 2, why)
        self.summary.resizeRowsToContents()
        self.summary.setVisible(bool(ordered))


def progress_counts(value: ImportProgress, tr: Callable[[str], str]) -> str:
    """“12 imported · 3 duplicate · 40 skipped · 1 failed”, and the files not imported when
    cancelled: every file found is in exactly one of these."""
    text = QCoreApplication.translate(
        "ImportDialog", "{0} imported · {1} duplicate · {2} skipped · {3} failed"
    ).format(value.imported, value.duplicates, value.skipped, value.failed)
    if value.cancelled:
        text += " · " + QCoreApplication.translate("ImportDialog", "{0} not imported (cancelled)").format(
            value.cancelled
        )
    return text


def summary_counts(counts: dict[ImportStatus, int], tr: Callable[[str], str]) -> str:
    text = QCoreApplication.translate(
        "ImportDialog", "{0} imported, {1} duplicate, {2} skipped, {3} failed"
    ).format(
        counts[ImportStatus.IMPORTED],
        counts[ImportStatus.DUPLICATE],
        counts[ImportStatus.SKIPPED],
        counts[ImportStatus.FAILED],
    )
    if counts[ImportStatus.CANCELLED]:
        text += QCoreApplication.translate("ImportDialog", "; {0} not imported (cancelled)").format(
            counts[ImportStatus.CANCELLED]
        )
    return text


def undo_question(plan: UndoPlan, tr: Callable[[str], str]) -> str:
    parts = []
    if plan.remove:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "{0} asset(s) it brought will be removed from the library."
            ).format(plan.remove)
        )
    if plan.archive:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog",
                "{0} asset(s) used, edited or put in a kit since will be archived instead, "
                "keeping their history.",
            ).format(plan.archive)
        )
    parts.append(QCoreApplication.translate("ImportDialog", "Nothing else changes."))
    return " ".join(parts)


def undo_done_text(plan: UndoPlan, tr: Callable[[str], str]) -> str:
    return QCoreApplication.translate(
        "ImportDialog", "Import undone: {0} asset(s) removed, {1} archived."
    ).format(plan.remove, plan.archive)


class UndoImportConfirmation:
    """“Undo this import?” with a verb button naming how many assets go."""

    @classmethod
    def ask(cls, parent: QWidget, plan: UndoPlan) -> bool:
        box, verb = cls.build(parent, plan)
        box.exec()
        return box.clickedButton() is verb

    @staticmethod
    def build(parent: QWidget, plan: UndoPlan) -> tuple[QMessageBox, QPushButton]:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("UndoImportConfirmation", "Undo this import"))
        box.setText(
            QCoreApplication.translate("UndoImportConfirmation", "Undo this import of {0} asset(s)?").format(
                plan.total
            )
        )
        box.setInformativeText(undo_question(plan, box.tr))
        verb = box.addButton(
            QCoreApplication.translate("UndoImportConfirmation", "Undo import of {0} asset(s)").format(
                plan.total
            ),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if plan.total == 0:
            verb.setEnabled(False)
        return box, verb
