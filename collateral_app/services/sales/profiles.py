"""The local profile (name and role) and the device id every event is stamped with."""

from __future__ import annotations

from sqlalchemy import func, select

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import Role, UserProfile
from collateral_app.services.sales.base import SalesBase, require_text, user_named
from collateral_app.services.sales.records import user_from_row
from collateral_app.storage.base import new_id
from collateral_app.storage.models import CURRENT_USER_KEY, Setting
from collateral_app.storage.sales_models import UserRow


def parse_role(value: str | Role) -> Role:
    try:
        return Role(str(value).strip().lower())
    except ValueError as exc:
        raise InvalidEdit(f"A role is one of {', '.join(r.value for r in Role)}, not “{value}”.") from exc


class ProfileService(SalesBase):
    def whoami(self) -> UserProfile:
        return self.actor().user

    def device_id(self) -> str:
        return self.actor().device_id

    def set_profile(self, *, name: str | None = None, role: Role | str | None = None) -> UserProfile:
        """Rename the current profile or change its role."""
        user_id = self.actor().user.id
        with self.sessions.begin() as s:
            row = s.get(UserRow, user_id)
            assert row is not None
            if name is not None:
                row.name = require_text(name, "A name", limit=200)
            if role is not None:
                row.role = parse_role(role).value
            row.revision += 1
            row.updated_at = self.now()
            profile = user_from_row(row)
        self._forget_actor()
        return profile

    def switch_user(self, name: str, role: Role | str | None = None) -> UserProfile:
        """Become another local profile (made if new): several people may share a laptop."""
        clean = require_text(name, "A name", limit=200)
        with self.sessions.begin() as s:
            self._ensure_device(s)
            row = user_named(s, clean)
            if row is None:
                row = UserRow(
                    id=new_id(),
                    name=clean,
                    role=parse_role(role or Role.REP).value,
                    created_at=self.now(),
                    updated_at=self.now(),
                )
                s.add(row)
            elif role is not None and parse_role(role).value != row.role:
                row.role = parse_role(role).value
                row.revision += 1
            current = s.get(Setting, CURRENT_USER_KEY)
            if current is None:
                s.add(Setting(key=CURRENT_USER_KEY, value=row.id))
            else:
                current.value = row.id
            s.flush()
            profile = user_from_row(row)
        self._forget_actor()
        return profile

    def users(self) -> list[UserProfile]:
        with self.sessions() as s:
            return [user_from_row(r) for r in s.scalars(select(UserRow).order_by(func.lower(UserRow.name)))]
