"""Import with progress, the current file, running counts and Cancel; then a summary
where every failure has its reason and can be retried."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import ImportStatus, TextStatus
from collateral_app.domain.records import ImportOutcome, ImportProgress, ReadOptions
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import LEGACY_TYPES, MAIL_TYPES, Importer, converter_available
from ui.common.tasks import TaskContext, TaskHandle, TaskRunner


class ImportDialog(QDialog):
    """Non-modal: the user can keep searching while files come in."""

    import_finished = Signal(list)  # list[ImportOutcome]

    def __init__(self, runner: TaskRunner, library: AssetLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setModal(False)
        self.resize(720, 420)
        self._runner = runner
        self._library = library
        self._handle: TaskHandle | None = None
        self.outcomes: list[ImportOutcome] = []

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
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.close)
        self.close_buttons.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.attachments_button)
        buttons.addStretch(1)
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

    def start(self, paths: Sequence[Path]) -> None:
        self.outcomes = []
        self.summary.hide()
        self.summary.setRowCount(0)
        self.retry_button.hide()
        self.convert_button.hide()
        self.attachments_button.hide()
        self.close_buttons.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.heading.setText(self.tr("Importing {0} item(s)…").format(len(paths)))
        library = self._library
        targets = list(paths)

        def work(ctx: TaskContext) -> list[ImportOutcome]:
            return Importer(library).run(
                targets, recursive=True, progress=ctx.progress, should_stop=lambda: ctx.cancelled
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
        failed = [
            Path(o.path) for o in self.outcomes if o.status is ImportStatus.FAILED and Path(o.path).exists()
        ]
        if failed:
            self.start(failed)

    def _progress(self, value: object) -> None:
        if not isinstance(value, ImportProgress):
            return
        self.progress.setRange(0, max(value.total, 1))
        self.progress.setValue(value.done)
        self.current.setText(Path(value.current).name)
        self.counts.setText(
            self.tr("{0} imported · {1} duplicate · {2} failed").format(
                value.imported, value.duplicates, value.failed
            )
        )

    def _finished(self, outcomes: list[ImportOutcome]) -> None:
        self._handle = None
        self.outcomes = outcomes
        counts = {s: sum(1 for o in outcomes if o.status is s) for s in ImportStatus}
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.current.setText("")
        unreadable = sum(1 for o in outcomes if o.text_status is TextStatus.FAILED)
        cancelled = sum(1 for o in outcomes if o.cancelled)
        heading = self.tr("Done: {0} imported, {1} duplicate, {2} failed.").format(
            counts[ImportStatus.IMPORTED],
            counts[ImportStatus.DUPLICATE],
            counts[ImportStatus.FAILED] - cancelled,
        )
        if cancelled:
            heading = self.tr("Cancelled: {0} imported, {1} duplicate, {2} failed; {3} not imported.").format(
                counts[ImportStatus.IMPORTED],
                counts[ImportStatus.DUPLICATE],
                counts[ImportStatus.FAILED] - cancelled,
                cancelled,
            )
        if unreadable:
            heading += " " + self.tr(
                "{0} file(s) were stored but their text could not be read; they are found by name and tags."
            ).format(unreadable)
        self.heading.setText(heading)
        self.counts.setText("")
        self._fill_summary(outcomes)
        self.cancel_button.hide()
        self.close_buttons.show()
        self.retry_button.setText(self.tr("Import the rest") if cancelled else self.tr("Retry failed"))
        self.retry_button.setVisible(counts[ImportStatus.FAILED] > 0)
        self._offer_more(outcomes)
        self.import_finished.emit(outcomes)

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
            return 1 if o.text_status in (TextStatus.FAILED, TextStatus.NONE) or o.reason else 2

        ordered = sorted(outcomes, key=lambda o: (attention(o), o.path))
        self.summary.setRowCount(len(ordered))
        labels = {
            ImportStatus.IMPORTED: self.tr("imported"),
            ImportStatus.DUPLICATE: self.tr("duplicate"),
            ImportStatus.FAILED: self.tr("failed"),
        }
        for row, outcome in enumerate(ordered):
            name = QTableWidgetItem(Path(outcome.path).name)
            name.setToolTip(outcome.path)
            self.summary.setItem(row, 0, name)
            label = labels[outcome.status]
            if outcome.cancelled:
                label = self.tr("not imported (cancelled)")
            elif outcome.text_status is TextStatus.FAILED:
                label = self.tr("imported, text unreadable")
            elif outcome.text_status is TextStatus.NONE:
                label = self.tr("imported, no text")
            self.summary.setItem(row, 1, QTableWidgetItem(label))
            why = QTableWidgetItem(outcome.reason)
            why.setToolTip(outcome.reason)
            self.summary.setItem(row, 2, why)
        self.summary.resizeRowsToContents()
        self.summary.setVisible(bool(ordered))
