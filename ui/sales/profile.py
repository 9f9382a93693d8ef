"""Who is using this laptop: a name and a role, asked on first start and switchable later.
The role decides what the window puts first; every event records who made it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.sales import Role
from collateral_app.i18n import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    Role.REP: QT_TRANSLATE_NOOP("ProfileDialog", "Sales rep — find, share and present collateral"),
    Role.MARKETER: QT_TRANSLATE_NOOP(
        "ProfileDialog", "Marketer — curate the library, answer requests, see what wins"
    ),
    Role.ADMIN: QT_TRANSLATE_NOOP("ProfileDialog", "Admin — runs the team's server"),
}


@dataclass(frozen=True)
class ProfileChoice:
    name: str
    role: Role


class ProfileDialog(QDialog):
    def __init__(
        self,
        name: str = "",
        role: Role = Role.REP,
        *,
        first_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Collateral") if first_start else self.tr("Profile"))
        intro = QLabel(
            self.tr(
                "Who are you? Your name goes with what you share and say about collateral, so "
                "marketing learns what helps; your role decides what Collateral shows first. "
                "You can change both later under File › Profile."
            )
            if first_start
            else self.tr("Switch to another person's profile, or change your role.")
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for value, label in ROLE_NAMES.items():
            self.role.addItem(self.tr(label), value.value)
        self.role.setCurrentIndex(max(0, self.role.findData(role.value)))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def choice(self) -> ProfileChoice:
        return ProfileChoice(" ".join(self.name.text().split()), Role(self.role.currentData()))

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        name: str,
        role: Role,
        *,
        first_start: bool = False,
        place: Callable[[QDialog], None] | None = None,
    ) -> ProfileChoice | None:
        """The profile chosen, or None when the user cancelled; tests replace this. `place`
        moves the dialog where it covers nothing the user needs to read."""
        dialog = cls(name, role, first_start=first_start, parent=parent)
        if place is not None:
            place(dialog)
        try:
            return dialog.choice() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # else a child of the window until it closes
