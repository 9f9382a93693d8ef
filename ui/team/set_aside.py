"""What this laptop set aside from the team: rows and events that failed a check, each with
its reason and sender, so nobody has to open a terminal to learn why something is missing.
The team's admin removes one from the server here; repairs stay in the CLI, where a
document can be written with care (`collateral team quarantine fix`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.team import Quarantined

from ..common.language import moment_text

RECEIVED_SOURCES = ("catalog", "fact")


def where_from(q: Quarantined) -> str:
    if q.source in RECEIVED_SOURCES:
        if q.sent_by:
            return QCoreApplication.translate("team", "received from {0}").format(q.sent_by)
        return QCoreApplication.translate("team", "received")
    return QCoreApplication.translate("team", "sent from here, refused by the server")


class SetAsideView(QWidget):
    """The list, and for an admin "Remove from server…" on a received entry."""

    remove_requested = Signal(str, str, str)  # kind, key, reason for the admin log

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Quarantined] = []
        self.is_admin = False
        self.title = QLabel()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Set aside"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Why"), self.tr("From"), self.tr("Since")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove from server…"))
        self.remove_button.setToolTip(
            self.tr("The team's admin removes it for everyone; the server's admin log keeps who and why")
        )
        self.remove_button.clicked.connect(self._ask_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.show_entries([], is_admin=False)

    def show_entries(self, entries: list[Quarantined], *, is_admin: bool) -> None:
        self.entries, self.is_admin = list(entries), is_admin
        self.tree.clear()
        for q in self.entries:
            what = f"{q.kind} {q.key}" + (f" “{q.title}”" if q.title else "")
            item = QTreeWidgetItem([what, q.reason, where_from(q), moment_text(q.first_seen_at)])
            for column in range(4):
                item.setToolTip(column, f"{what}\n{q.reason}\n{where_from(q)}")
            self.tree.addTopLevelItem(item)
        self.title.setText(
            self.tr(
                "<b>Set aside (%n)</b>: failed a check and kept out of this library; "
                "the rest of the sync goes on.",
                "",
                len(self.entries),
            )
        )
        self.setVisible(bool(self.entries))
        self.remove_button.setVisible(is_admin)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_button()

    def selected(self) -> Quarantined | None:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_button(self) -> None:
        q = self.selected()
        self.remove_button.setEnabled(q is not None and q.source in RECEIVED_SOURCES)

    def _ask_remove(self) -> None:
        q = self.selected()
        if q is None or q.source not in RECEIVED_SOURCES:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove from the team server"),
            self.tr("Remove {0} {1} from the server for everyone. Why (for the admin log)?").format(
                q.kind, q.key
            ),
            QLineEdit.EchoMode.Normal,
            q.reason,
        )
        if ok:
            self.remove_requested.emit(q.kind, q.key, reason.strip())
