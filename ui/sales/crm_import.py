"""Deals from a CRM export: choose a CSV, see what would change (new, updated, unchanged and
rejected rows, each rejection with its reason), map the columns Collateral did not
recognise, then apply. Reading, previewing and applying all run off the GUI thread."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.sales import CsvLayout, ImportReport, Outcome, StageReading
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.common.tabular import IGNORE
from collateral_app.services.sales.crm_import import COMMON_ALIASES, CrmImportOptions, describe_fields

from ..common.context import SalesContext, failure_text
from ..common.record_table import RecordRole
from .models import ImportPreviewModel

# The service's messages end with the command line's advice; here the Map columns… button is it.
CLI_ADVICE = re.compile(r";? or say which with --map '[^']*'")
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("CrmImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("CrmImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("CrmImportDialog", "tab"),
    "|": QT_TRANSLATE_NOOP("CrmImportDialog", "pipe"),
}
FORMAT_NAMES = {
    "hubspot": QT_TRANSLATE_NOOP("CrmImportDialog", "HubSpot export"),
    "salesforce": QT_TRANSLATE_NOOP("CrmImportDialog", "Salesforce report"),
    "csv": QT_TRANSLATE_NOOP("CrmImportDialog", "CSV file"),
}
LANGUAGE_NAMES = {
    "de": QT_TRANSLATE_NOOP("CrmImportDialog", "German"),
    "fr": QT_TRANSLATE_NOOP("CrmImportDialog", "French"),
    "es": QT_TRANSLATE_NOOP("CrmImportDialog", "Spanish"),
    "ja": QT_TRANSLATE_NOOP("CrmImportDialog", "Japanese"),
}
OUTCOME_WORDS = {
    Outcome.OPEN: QT_TRANSLATE_NOOP("sales", "open"),
    Outcome.WON: QT_TRANSLATE_NOOP("sales", "won"),
    Outcome.LOST: QT_TRANSLATE_NOOP("sales", "lost"),
}


class CsvFileChooser:
    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CsvFileChooser", "Import deals from a CRM export"),
            "",
            QCoreApplication.translate(
                "CsvFileChooser", "CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)"
            ),
        )
        return Path(path) if path else None


def suggest_field(header: str) -> str:
    """A first guess for a column Collateral did not recognise: a known name after a prefix
    ("Deal - Title" → name, "Opportunity: Amount" → amount), or ignore."""
    words = header.casefold().strip()
    for candidate in (words, re.split(r"\s[-–:]\s|:\s*", words)[-1].strip()):
        if candidate in COMMON_ALIASES and COMMON_ALIASES[candidate] in dict(describe_fields()):
            return COMMON_ALIASES[candidate]
    return IGNORE


class ColumnMappingDialog(QDialog):
    """Which field each column of the file fills; columns Collateral did not recognise come
    first. A field can be filled by one column only."""

    def __init__(
        self, columns: Mapping[str, str], unrecognised: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map columns"))
        self.resize(640, 460)
        intro = QLabel(
            self.tr(
                "Say what each column of the file holds. Columns left on “(ignore)” are not read. "
                "A deal needs at least its CRM id, its name and the company."
            )
        )
        intro.setWordWrap(True)
        headers = [*unrecognised, *(h for h in columns if h not in unrecognised)]
        self.table = QTableWidget(len(headers), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Fills")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Column mapping"))
        self.combos: dict[str, QComboBox] = {}
        fields = list(describe_fields())
        for row, header in enumerate(headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if header in unrecognised:
                item.setToolTip(self.tr("Collateral did not recognise this column"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {0}").format(header))
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name, description in fields:
                combo.addItem(f"{name} — {description}", name)
            guess = columns.get(header) or suggest_field(header)
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(lambda _i: self._check())
            self.table.setCellWidget(row, 1, combo)
            self.combos[header] = combo
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._check()

    def mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self.combos.items()}

    def _check(self) -> None:
        used: dict[str, list[str]] = {}
        for header, field in self.mapping().items():
            if field != IGNORE:
                used.setdefault(field, []).append(header)
        twice = {field: headers for field, headers in used.items() if len(headers) > 1}
        missing = [f for f in ("crm_id", "name", "prospect") if f not in used]
        messages = [
            self.tr("{0} is filled by more than one column: {1}.").format(field, ", ".join(headers))
            for field, headers in twice.items()
        ]
        if missing:
            messages.append(self.tr("Still needed: {0}.").format(", ".join(missing)))
        self.warning.setText(" ".join(messages))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not twice)

    @classmethod
    def ask(
        cls, parent: QWidget, columns: Mapping[str, str], unrecognised: Sequence[str]
    ) -> dict[str, str] | None:
        dialog = cls(columns, unrecognised, parent)
        try:
            return dialog.mapping() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # else a child of the window until it closes


class CrmImportDialog(QDialog):
    """Non-modal: preview first, write only when the user says Import."""

    imported = Signal(object)  # the applied ImportReport

    def __init__(self, context: SalesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import deals from a CRM"))
        self.setModal(False)
        self.resize(900, 560)
        self.context = context
        self.path: Path | None = None
        self.options = CrmImportOptions()
        self.report: ImportReport | None = None
        self._generation = 0

        self.heading = QLabel(
            self.tr("Choose a CSV or Excel export from HubSpot, Salesforce or another CRM.")
        )
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")
        self.problems.hide()
        self.layout_info = QLabel()
        self.layout_info.setWordWrap(True)
        self.layout_info.setTextFormat(Qt.TextFormat.RichText)
        # What each stage name of the file means: known ones shown, unknown ones to map (once
        # per library: the mapping is remembered when the file is imported).
        self.stages = QTableWidget(0, 3)
        self.stages.setHorizontalHeaderLabels(
            [self.tr("Stage in the file"), self.tr("Rows"), self.tr("Means")]
        )
        self.stages.setAccessibleName(self.tr("Stages of the file and what they mean"))
        self.stages.verticalHeader().hide()
        self.stages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stages.setMaximumHeight(150)
        self.stages.hide()
        self.model = ImportPreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RecordRole.Sort)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ImportPreviewModel.LINE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (ImportPreviewModel.LINE, ImportPreviewModel.RESULT, ImportPreviewModel.CRM_ID):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)  # ids whole
        header.setSectionResizeMode(ImportPreviewModel.DEAL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ImportPreviewModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ImportPreviewModel.DEAL, 280)

        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.map_button = QPushButton(self.tr("Map columns…"))
        self.map_button.setToolTip(self.tr("Say which field each column of the file fills"))
        self.map_button.clicked.connect(self.map_columns)
        self.map_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.map_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.layout_info)
        layout.addWidget(self.stages)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- steps -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = CsvFileChooser.ask(self)
        if path is not None:
            self.start(path)

    def start(self, path: Path) -> None:
        self.path = path
        self.options = CrmImportOptions()
        self.preview()

    def preview(self) -> None:
        if self.path is None:
            return
        self._generation += 1
        generation = self._generation
        path, options, sales = self.path, self.options, self.context.sales
        self.heading.setText(self.tr("Reading {0}…").format(html.escape(path.name)))
        self.import_button.setEnabled(False)

        def done(report: ImportReport) -> None:
            if generation == self._generation:
                self._show(report)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._show_failure(failure_text(exc))

        self.context.runner.run(
            lambda _ctx: sales.preview_deals(path, options), on_success=done, on_failure=failed
        )

    def map_columns(self) -> None:
        layout = self.report.layout if self.report is not None else None
        if layout is None:
            return
        mapping = ColumnMappingDialog.ask(self, layout.columns, layout.ignored_columns)
        if mapping is None:
            return
        self.options = CrmImportOptions(
            format=self.options.format,
            mapping=mapping,
            date_order=self.options.date_order,
            delimiter=layout.delimiter or None,
            stage_outcomes=self.options.stage_outcomes,
        )
        self.preview()

    def map_stage(self, stage: str, outcome: Outcome) -> None:
        """Say what a stage name means; the preview is read again with it, and the library
        remembers it once the file is imported."""
        self.options = CrmImportOptions(
            format=self.options.format,
            mapping=self.options.mapping,
            date_order=self.options.date_order,
            delimiter=self.options.delimiter,
            stage_outcomes={**self.options.stage_outcomes, stage: Outcome(outcome)},
        )
        self.preview()

    def apply(self) -> None:
        if self.path is None or self.report is None:
            return
        self._generation += 1
        generation = self._generation
        path, options, sales = self.path, self.options, self.context.sales
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.map_button.setEnabled(False)
        self.heading.setText(self.tr("Importing {0}…").format(html.escape(path.name)))

        def done(report: ImportReport) -> None:
            self.choose_button.setEnabled(True)
            if generation == self._generation:
                self._show(report)
            self.imported.emit(report)

        def failed(exc: Exception) -> None:
            self.choose_button.setEnabled(True)
            if generation == self._generation:
                self._show_import_failure(failure_text(exc))

        self.context.runner.run(
            lambda _ctx: sales.import_deals(path, options), on_success=done, on_failure=failed, writes=True
        )

    # -- showing ---------------------------------------------------------------------------
    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.model.set_records(report.rows)
        name = html.escape(Path(report.path).name)
        counts = self.tr("{0} new, {1} updated, {2} unchanged, {3} rejected").format(
            report.created, report.updated, report.unchanged, report.rejected
        )
        if report.applied:
            self.heading.setText(self.tr("<b>Imported {0}</b>: {1}.").format(name, counts))
        else:
            self.heading.setText(
                self.tr(
                    "<b>{0}</b> — nothing is written until you choose Import. It would make: {1}."
                ).format(name, counts)
            )
        messages = [html.escape(CLI_ADVICE.sub("", p), quote=False) for p in report.problems] + [
            f"<i>{html.escape(n, quote=False)}</i>" for n in report.notes
        ]
        if report.problems and report.layout is not None:
            messages.append(self.tr("<b>Use Map columns… to say which columns hold them.</b>"))
        if report.prospects_created and not report.problems:
            prospects = ", ".join(html.escape(p) for p in report.prospects_created[:8])
            more = self.tr(" and {0} more").format(len(report.prospects_created) - 8)
            messages.append(
                self.tr("New prospects: {0}{1}.").format(
                    prospects, more if len(report.prospects_created) > 8 else ""
                )
            )
        messages += [f"<i>{html.escape(n, quote=False)}</i>" for n in report.skipped]
        self.problems.setText("<br>".join(messages))
        self.problems.setVisible(bool(messages))
        self.layout_info.setText(self._layout_html(report.layout))
        self._show_stages(report.stages, editable=not report.applied)
        self.map_button.setEnabled(report.layout is not None and not report.applied)
        writes = report.created + report.updated
        self.import_button.setEnabled(not report.applied and not report.problems and writes > 0)
        self.import_button.setText(
            self.tr("Import {0} deal(s)").format(writes)
            if writes and not report.applied
            else self.tr("Import")
        )

    def _layout_html(self, layout: CsvLayout | None) -> str:
        if layout is None:
            return ""
        kind = self.tr(FORMAT_NAMES.get(layout.format.value, "CSV file"))
        delimiter = self.tr(DELIMITER_NAMES.get(layout.delimiter, repr(layout.delimiter)))
        if layout.sheet:
            read = self.tr("Read as a {0} (sheet “{1}”, header on row {2}).").format(
                kind, html.escape(layout.sheet), layout.header_line
            )
        else:
            read = self.tr("Read as a {0} ({1}, {2}-separated).").format(kind, layout.encoding, delimiter)
        if layout.language:
            read += " " + self.tr("Headers in {0}.").format(
                self.tr(LANGUAGE_NAMES.get(layout.language, layout.language))
            )
        if layout.readings:
            items = "".join(
                "<li><b>{}</b>: {}{}</li>".format(
                    html.escape(r.column),
                    html.escape(r.reading),
                    f" — e.g. “{html.escape(r.example)}”" if r.example else "",
                )
                for r in layout.readings
            )
            read += f"<ul style='margin-top:2px; margin-bottom:2px'>{items}</ul>"
        if layout.ignored_columns:
            ignored = ", ".join(f"“{html.escape(c)}”" for c in layout.ignored_columns)
            read += " " + self.tr("Not read: {0} — use Map columns… if they matter.").format(ignored)
        return read

    def _show_stages(self, stages: Sequence[StageReading], *, editable: bool) -> None:
        self.stages.setRowCount(len(stages))
        for row, reading in enumerate(stages):
            name = QTableWidgetItem(reading.stage)
            if reading.how == "unknown":
                name.setToolTip(self.tr("Collateral does not know this stage; say what it means."))
                name.setText(self.tr("{0} (unknown)").format(reading.stage))
            self.stages.setItem(row, 0, name)
            self.stages.setItem(row, 1, QTableWidgetItem(str(reading.rows)))
            if reading.how == "known" or not editable:
                suffix = self.tr(" (your mapping)") if reading.how == "mapped" else ""
                self.stages.removeCellWidget(row, 2)
                self.stages.setItem(
                    row,
                    2,
                    QTableWidgetItem(
                        QCoreApplication.translate("sales", OUTCOME_WORDS[reading.outcome]) + suffix
                    ),
                )
                continue
            choice = QComboBox()
            choice.setAccessibleName(self.tr("What “{0}” means").format(reading.stage))
            for outcome in (Outcome.OPEN, Outcome.WON, Outcome.LOST):
                choice.addItem(QCoreApplication.translate("sales", OUTCOME_WORDS[outcome]), outcome)
            choice.setCurrentIndex(choice.findData(reading.outcome))
            choice.currentIndexChanged.connect(
                lambda _i, stage=reading.stage, box=choice: self.map_stage(stage, box.currentData())
            )
            self.stages.setCellWidget(row, 2, choice)
        self.stages.setVisible(bool(stages))
        self.stages.resizeColumnToContents(1)
        self.stages.setColumnWidth(2, 160)

    def _show_import_failure(self, message: str) -> None:
        """The import itself failed (one transaction: nothing was written). The preview
        stays, and Import can be tried again."""
        report = self.report
        self.heading.setText(
            self.tr("<b>Nothing was imported from {0}.</b> Try again, or choose another file.").format(
                html.escape(Path(report.path).name) if report is not None else ""
            )
        )
        self.problems.setText(html.escape(message))
        self.problems.show()
        if report is not None:
            self.map_button.setEnabled(report.layout is not None)
            self.import_button.setEnabled(not report.problems and report.created + report.updated > 0)

    def _show_failure(self, message: str) -> None:
        self.report = None
        self.model.set_records([])
        self.heading.setText(self.tr("<b>The file could not be read.</b>"))
        self.problems.setText(html.escape(message))
        self.problems.show()
        self.layout_info.setText("")
        self.map_button.setEnabled(False)
        self.import_button.setEnabled(False)
