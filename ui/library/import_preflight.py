"""The look before a folder import: how many files, of which kinds, how large, what will be
skipped and why; and, when the folder is large or mostly not collateral, a clear choice before
anything is written (import, import as drafts for marketing to review, or cancel)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.imports import ImportPlan
from collateral_app.domain.records import size_text


@dataclass(frozen=True, slots=True)
class PreflightChoice:
    as_draft: bool
    skip_packaging: bool


@dataclass(frozen=True, slots=True)
class Surveys:
    """The same folders surveyed with the default skips and without them, so the dialog can
    switch between the two without reading the disk again."""

    default: ImportPlan
    everything: ImportPlan


class PreflightDialog(QDialog):
    def __init__(self, surveys: Surveys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import folder"))
        self.resize(780, 560)
        self._surveys = surveys
        self.choice: PreflightChoice | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("padding: 6px; border-radius: 4px; border: 1px solid palette(mid);")
        self.kinds = QTreeWidget()
        self.kinds.setHeaderLabels([self.tr("To import"), self.tr("Files"), self.tr("Size")])
        self.kinds.setRootIsDecorated(False)
        self.kinds.header().setStretchLastSection(False)
        self.kinds.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.kinds.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.kinds.setAccessibleName(self.tr("Files to import by kind"))
        self.skipped = QTreeWidget()
        self.skipped.setHeaderLabels([self.tr("Skipped, and why"), self.tr("Files")])
        self.skipped.header().setStretchLastSection(False)
        self.skipped.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.skipped.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.skipped.setAccessibleName(self.tr("Files skipped and why"))
        self.skip_box = QCheckBox(
            self.tr("Skip licence, changelog, archive, source and build files (recommended)")
        )
        self.skip_box.setChecked(True)
        self.skip_box.toggled.connect(lambda _on: self._fill())

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.draft_button = QPushButton()
        self.draft_button.setToolTip(self.tr("Marketing reviews them before reps see them"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(lambda: self._choose(as_draft=False))
        self.draft_button.clicked.connect(lambda: self._choose(as_draft=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.kinds, 2)
        layout.addWidget(self.skipped, 3)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.buttons)
        self._fill()

    @property
    def plan(self) -> ImportPlan:
        return self._surveys.default if self.skip_box.isChecked() else self._surveys.everything

    def _fill(self) -> None:
        plan = self.plan
        where = (
            plan.sources[0] if len(plan.sources) == 1 else self.tr("{0} folders").format(len(plan.sources))
        )
        self.heading.setText(
            self.tr("<b>{0}</b> holds {1} file(s): {2} to import ({3}), {4} skipped.").format(
                where,
                f"{plan.found:,}",
                f"{plan.to_import:,}",
                size_text(plan.size_bytes),
                f"{plan.found - plan.to_import:,}",
            )
        )
        reasons = []
        if plan.large:
            reasons.append(self.tr("It is a large import."))
        if plan.mostly_not_collateral:
            reasons.append(
                self.tr(
                    "Most of its files do not look like collateral (packaging, program or unknown files)."
                )
            )
        if reasons:
            reasons.append(
                self.tr(
                    "Import them as drafts, so marketing reviews them before reps see them — or cancel and "
                    "choose the folder that holds your collateral. An import can be undone from "
                    "File › Recent imports."
                )
            )
        self.warning.setText(" ".join(reasons))
        self.warning.setVisible(bool(reasons))

        self.kinds.clear()
        for kind in plan.kinds:
            QTreeWidgetItem(self.kinds, [self.tr(kind.kind), f"{kind.files:,}", size_text(kind.size_bytes)])
        self.skipped.clear()
        for group in plan.skipped:
            item = QTreeWidgetItem(self.skipped, [self.tr(group.reason), f"{group.files:,}"])
            item.setToolTip(0, group.reason)
            for example in group.examples:
                child = QTreeWidgetItem(item, [example])
                child.setToolTip(0, example)
        self.skipped.setVisible(bool(plan.skipped))

        self.import_button.setText(self.tr("Import {0} file(s)").format(f"{plan.to_import:,}"))
        self.draft_button.setText(self.tr("Import {0} as drafts").format(f"{plan.to_import:,}"))
        self.import_button.setEnabled(plan.to_import > 0)
        self.draft_button.setEnabled(plan.to_import > 0)
        # The safer choice is the default when the folder calls for a choice.
        default = self.draft_button if plan.needs_a_choice else self.import_button
        default.setDefault(True)
        default.setFocus()

    def _choose(self, *, as_draft: bool) -> None:
        self.choice = PreflightChoice(as_draft=as_draft, skip_packaging=self.skip_box.isChecked())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, surveys: Surveys) -> PreflightChoice | None:
        """The user's choice, or None when they cancelled. Tests patch this."""
        dialog = cls(surveys, parent)
        dialog.exec()
        return dialog.choice
