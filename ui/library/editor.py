"""Curating: the asset editor (one asset, or many at once for taxonomy and tags) and the
taxonomy editor. Both only collect changes; the main window applies them off the GUI
thread through the library service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.records import Asset
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.library.asset_library import AssetLibrary, TaxonomyEntry

from ..common.tasks import TaskRunner
from ..common.undo import UndoHistory

LIST_DIMENSIONS = (Dimension.STAGE, Dimension.PERSONA, Dimension.INDUSTRY, Dimension.SIZE, Dimension.PRODUCT)
DIMENSION_NAMES = {
    Dimension.TYPE: QT_TRANSLATE_NOOP("words", "Type"),
    Dimension.STAGE: QT_TRANSLATE_NOOP("words", "Funnel stage"),
    Dimension.PERSONA: QT_TRANSLATE_NOOP("words", "Persona"),
    Dimension.INDUSTRY: QT_TRANSLATE_NOOP("words", "Industry"),
    Dimension.SIZE: QT_TRANSLATE_NOOP("words", "Company size"),
    Dimension.PRODUCT: QT_TRANSLATE_NOOP("words", "Product"),
}


class OptionalDate(QWidget):
    """A date that may be empty."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def value_text(self) -> str:
        if not self.enabled.isChecked():
            return ""
        return self.edit.date().toString("yyyy-MM-dd")


class AssetEditorDialog(QDialog):
    """Edit one asset, or the shared fields of several. `changes()` gives the
    `field=value` edits the library service takes; only touched fields are included."""

    def __init__(
        self,
        assets: Sequence[Asset],
        taxonomy: dict[Dimension, list[TaxonomyEntry]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.assets = list(assets)
        self.bulk = len(self.assets) > 1
        self.setWindowTitle(
            self.tr("Edit {0} assets").format(len(self.assets)) if self.bulk else self.tr("Edit asset")
        )
        self.resize(640, 680)
        first = self.assets[0]
        form = QFormLayout()

        self.title = QLineEdit(first.title)
        self.description = QPlainTextEdit(first.description)
        self.description.setFixedHeight(80)
        self.owner = QLineEdit(first.owner)
        self.type = QComboBox()
        self.type.addItem(self.tr("(keep)") if self.bulk else self.tr("(none)"), "")
        for entry in taxonomy[Dimension.TYPE]:
            self.type.addItem(entry.label, entry.slug)
        if not self.bulk:
            self.type.setCurrentIndex(max(0, self.type.findData(first.type)))
        self.status = QComboBox()
        if self.bulk:
            self.status.addItem(self.tr("(keep)"), "")
        for status in AssetStatus:
            self.status.addItem(status.value.capitalize(), status.value)
        if not self.bulk:
            self.status.setCurrentIndex(self.status.findData(first.status.value))
        self.tags = QLineEdit(", ".join(first.tags) if not self.bulk else "")
        self.tags.setPlaceholderText(
            self.tr("tags to add, comma separated") if self.bulk else self.tr("comma separated")
        )
        self.review_by = OptionalDate(first.review_by if not self.bulk else None)
        self.expires_on = OptionalDate(first.expires_on if not self.bulk else None)
        self.supersedes = QLineEdit(first.supersedes_id or "")
        self.supersedes.setPlaceholderText(self.tr("id of the older version"))

        if not self.bulk:
            form.addRow(self.tr("Title"), self.title)
            form.addRow(self.tr("Description"), self.description)
            form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Review by"), self.review_by)
        form.addRow(self.tr("Expires"), self.expires_on)
        if not self.bulk:
            form.addRow(self.tr("Supersedes"), self.supersedes)

        self.lists: dict[Dimension, QListWidget] = {}
        tabs = QTabWidget()
        for dimension in LIST_DIMENSIONS:
            widget = QListWidget()
            widget.setAccessibleName(QCoreApplication.translate("words", DIMENSION_NAMES[dimension]))
            for entry in taxonomy[dimension]:
                item = QListWidgetItem(entry.label)
                item.setData(Qt.ItemDataRole.UserRole, entry.slug)
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                have = sum(1 for a in self.assets if entry.slug in a.taxonomy.get(dimension, ()))
                if have == 0:
                    state = Qt.CheckState.Unchecked
                elif have == len(self.assets):
                    state = Qt.CheckState.Checked
                else:
                    # Some of the selection has it: leave it as it is unless clicked.
                    flags |= Qt.ItemFlag.ItemIsAutoTristate
                    state = Qt.CheckState.PartiallyChecked
                item.setFlags(flags)
                item.setCheckState(state)
                item.setData(Qt.ItemDataRole.UserRole + 1, state.value)
                widget.addItem(item)
            self.lists[dimension] = widget
            tabs.addTab(widget, QCoreApplication.translate("words", DIMENSION_NAMES[dimension]))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.bulk:
            layout.addWidget(
                QLabel(self.tr("Changes apply to all {0} selected assets.").format(len(self.assets)))
            )
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Taxonomy")))
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        first = self.assets[0]
        changes: dict[str, str] = {}
        if not self.bulk:
            for name, line, old in (
                ("title", self.title, first.title),
                ("owner", self.owner, first.owner),
                ("supersedes", self.supersedes, first.supersedes_id or ""),
            ):
                if line.text().strip() != old:
                    changes[name] = line.text()
            if self.description.toPlainText() != first.description:
                changes["description"] = self.description.toPlainText()
            if self.type.currentData() != first.type:
                changes["type"] = str(self.type.currentData())
            if self.status.currentData() != first.status.value:
                changes["status"] = str(self.status.currentData())
            tags = ", ".join(t.strip() for t in self.tags.text().split(",") if t.strip())
            if sorted(t.strip().lower() for t in tags.split(",") if t.strip()) != list(first.tags):
                changes["tags"] = tags
            for name, day, old_date in (
                ("review_by", self.review_by, first.review_by),
                ("expires_on", self.expires_on, first.expires_on),
            ):
                if day.value_text() != (old_date.isoformat() if old_date else ""):
                    changes[name] = day.value_text()
        else:
            if self.type.currentData():
                changes["type"] = str(self.type.currentData())
            if self.status.currentData():
                changes["status"] = str(self.status.currentData())
            added_tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
            if added_tags:
                changes["tags"] = "+" + ",".join(added_tags)
            for name, day in (("review_by", self.review_by), ("expires_on", self.expires_on)):
                if day.enabled.isChecked():
                    changes[name] = day.value_text()
        for dimension, widget in self.lists.items():
            add: list[str] = []
            remove: list[str] = []
            for row in range(widget.count()):
                item = widget.item(row)
                before = item.data(Qt.ItemDataRole.UserRole + 1)
                now = item.checkState().value
                if now == before or item.checkState() == Qt.CheckState.PartiallyChecked:
                    continue
                slug = str(item.data(Qt.ItemDataRole.UserRole))
                (add if item.checkState() == Qt.CheckState.Checked else remove).append(slug)
            parts = [f"+{s}" for s in add] + [f"-{s}" for s in remove]
            if parts:
                changes[dimension.value] = ",".join(parts)
        return changes


class TaxonomyEditorDialog(QDialog):
    """The lists of stages, personas, industries, sizes, products and types."""

    def __init__(
        self,
        library: AssetLibrary,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        undo: UndoHistory | None = None,
        after_undo: Callable[[object], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.undo = undo
        self._after_undo = after_undo  # what the window does once an undo changed the lists
        self.changed = False
        self.setWindowTitle(self.tr("Taxonomy"))
        self.resize(520, 480)
        self.tabs = QTabWidget()
        self.lists: dict[Dimension, QListWidget] = {}
        for dimension in Dimension:
            widget = QListWidget()
            widget.setAccessibleName(QCoreApplication.translate("words", DIMENSION_NAMES[dimension]))
            self.lists[dimension] = widget
            self.tabs.addTab(widget, QCoreApplication.translate("words", DIMENSION_NAMES[dimension]))
        add = QPushButton(self.tr("Add…"))
        rename = QPushButton(self.tr("Rename…"))
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Retire the value; assets keep it until edited"))
        add.clicked.connect(self.add_value)
        rename.clicked.connect(self.rename_value)
        remove.clicked.connect(self.remove_value)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        row = QHBoxLayout()
        for button in (add, rename, remove):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.reload()

    def current_dimension(self) -> Dimension:
        return list(Dimension)[self.tabs.currentIndex()]

    def reload(self) -> None:
        taxonomy = self.library.taxonomy()
        for dimension, widget in self.lists.items():
            widget.clear()
            for entry in taxonomy[dimension]:
                item = QListWidgetItem(f"{entry.label}   ({entry.slug})")
                item.setData(Qt.ItemDataRole.UserRole, entry.slug)
                item.setData(Qt.ItemDataRole.UserRole + 1, entry.label)
                widget.addItem(item)

    def _selected_slug(self) -> str | None:
        item = self.lists[self.current_dimension()].currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # The dimension and value are read here, on the GUI thread, before the work leaves it.
    def add_value(self) -> None:
        dimension = self.current_dimension()
        label, ok = QInputDialog.getText(self, self.tr("Add value"), self.tr("Name:"))
        if not ok or not label.strip():
            return
        library = self.library

        def entered(entry: object) -> None:
            assert isinstance(entry, TaxonomyEntry)
            self._enter(
                self.tr("Add {0} “{1}”").format(DIMENSION_NAMES[dimension].lower(), entry.label),
                undo=lambda: library.remove_taxonomy_value(dimension, entry.slug),
                redo=lambda: library.restore_taxonomy_value(dimension, entry.slug),
            )

        self._apply(lambda: library.add_taxonomy_value(dimension, label), entered)

    def rename_value(self) -> None:
        dimension, slug = self.current_dimension(), self._selected_slug()
        if slug is None:
            return
        old = self._selected_label()
        label, ok = QInputDialog.getText(self, self.tr("Rename value"), self.tr("New name:"), text=old)
        if not ok or not label.strip():
            return
        library = self.library
        self._apply(
            lambda: library.rename_taxonomy_value(dimension, slug, label),
            lambda _r: self._enter(
                self.tr("Rename “{0}” to “{1}”").format(old, label.strip()),
                undo=lambda: library.rename_taxonomy_value(dimension, slug, old),
                redo=lambda: library.rename_taxonomy_value(dimension, slug, label),
            ),
        )

    def remove_value(self) -> None:
        dimension, slug = self.current_dimension(), self._selected_slug()
        if slug is None:
            return
        old, library = self._selected_label(), self.library
        self._apply(
            lambda: library.remove_taxonomy_value(dimension, slug),
            lambda _r: self._enter(
                self.tr("Remove “{0}”").format(old),
                undo=lambda: library.restore_taxonomy_value(dimension, slug),
                redo=lambda: library.remove_taxonomy_value(dimension, slug),
            ),
        )

    def _selected_label(self) -> str:
        item = self.lists[self.current_dimension()].currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole + 1))

    def _enter(self, text: str, *, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        if self.undo is not None:
            self.undo.add(text, undo=undo, redo=redo, after=self._after_undo)

    def _apply(self, change: Callable[[], object], entered: Callable[[object], None] | None = None) -> None:
        # Renaming touches every asset carrying the value: off the GUI thread.
        def done(result: object) -> None:
            self.changed = True
            self.reload()
            if entered is not None:
                entered(result)

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self, self.tr("Taxonomy"), str(exc))
            self.reload()

        self.runner.run(lambda _ctx: change(), on_success=done, on_failure=failed, writes=True)
