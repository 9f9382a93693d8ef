"""What every part of the sales feedback loop shares: the library, the clock, who is acting
from which device, and how a typed taxonomy value becomes a slug.

The parts (deals, usage, requests, ...) are mixins over `SalesBase`; `SalesLoop` in
`sales.py` combines them into the one object the UI and the CLI hold."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import Actor, EventSource, Role, UserProfile
from collateral_app.search.analysis import slugify
from collateral_app.services.common.tabular import fold
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.storage.base import new_id
from collateral_app.storage.models import CURRENT_USER_KEY, DEVICE_KEY, Setting, TaxonomyValue
from collateral_app.storage.sales_models import UserRow

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_clock() -> datetime:
    return datetime.now(UTC)


class SalesBase:
    def __init__(
        self, library: AssetLibrary, *, source: EventSource = EventSource.APP, clock: Clock | None = None
    ) -> None:
        self.library = library
        self.sessions = library.sessions
        self.source = source
        self._clock = clock or utc_clock
        self._actor: Actor | None = None

    def now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must return aware datetimes")
        return moment.astimezone(UTC)

    # -- who is acting ---------------------------------------------------------------------
    def profile_exists(self) -> bool:
        """False until a profile was made: the app asks for a name and role on first start."""
        with self.sessions() as s:
            current = s.get(Setting, CURRENT_USER_KEY)
            return current is not None and s.get(UserRow, current.value) is not None

    def actor(self) -> Actor:
        """The current profile and this library's device id, made on first use (a profile
        named after the computer's user, role rep, until the user picks one)."""
        if self._actor is None:
            with self.sessions.begin() as s:
                self._actor = self._ensure_actor(s)
        return self._actor

    def _forget_actor(self) -> None:
        self._actor = None

    def _ensure_device(self, s: Session) -> str:
        """This library's device id, made once (a copied library keeps it; see the report)."""
        device = s.get(Setting, DEVICE_KEY)
        if device is None:
            device = Setting(key=DEVICE_KEY, value=new_id())
            s.add(device)
        return device.value

    def _ensure_actor(self, s: Session) -> Actor:
        device = self._ensure_device(s)
        current = s.get(Setting, CURRENT_USER_KEY)
        user = s.get(UserRow, current.value) if current is not None else None
        if user is None:
            user = UserRow(
                id=new_id(),
                name=_login_name(),
                role=Role.REP.value,
                created_at=self.now(),
                updated_at=self.now(),
            )
            s.add(user)
            if current is None:
                s.add(Setting(key=CURRENT_USER_KEY, value=user.id))
            else:
                current.value = user.id
            s.flush()
        return Actor(UserProfile(user.id, user.name, Role(user.role)), device)

    # -- taxonomy --------------------------------------------------------------------------
    def _slug(self, s: Session, dimension: Dimension, value: str | None) -> str | None:
        """A slug or label typed by a user → the stored slug; None for nothing typed."""
        if value is None or not value.strip():
            return None
        slug = taxonomy_slugs(s, dimension).get(slugify(value))
        if slug is None:
            known = ", ".join(sorted(set(taxonomy_slugs(s, dimension).values())))
            raise InvalidEdit(f"“{value}” is not a known {dimension.value}. Known values: {known}.")
        return slug

    def _label(self, s: Session, dimension: Dimension, slug: str) -> str:
        label = s.scalar(
            select(TaxonomyValue.label).where(
                TaxonomyValue.dimension == dimension.value, TaxonomyValue.slug == slug
            )
        )
        return short_label(label or slug)


def taxonomy_slugs(s: Session, dimension: Dimension) -> dict[str, str]:
    """slugified slug or label → slug, for the live values of one dimension."""
    rows = s.execute(
        select(TaxonomyValue.slug, TaxonomyValue.label).where(
            TaxonomyValue.dimension == dimension.value, TaxonomyValue.deleted.is_(False)
        )
    ).all()
    result: dict[str, str] = {}
    for slug, label in rows:
        result[slugify(label)] = slug
        result[slugify(short_label(label))] = slug
    for slug, _ in rows:
        result[slug] = slug
    return result


def user_named(s: Session, name: str) -> UserRow | None:
    """The profile with this name, compared without case or accents."""
    wanted = fold(name)
    for row in s.scalars(select(UserRow).order_by(UserRow.created_at)):
        if fold(row.name) == wanted:
            return row
    return None


def short_label(label: str) -> str:
    """How a label reads inside a sentence: "Mid-market (100–999)" → "Mid-market"."""
    return label.split(" (", 1)[0].split(" / ", 1)[0].strip()


def _login_name() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):
        name = ""
    return name.strip().title() or "Me"


def require_text(value: str, what: str, *, limit: int = 500) -> str:
    text = " ".join(value.split())
    if not text:
        raise InvalidEdit(f"{what} must not be empty.")
    if len(text) > limit:
        raise InvalidEdit(f"{what} may have at most {limit} characters.")
    return text


# `cli.main` maps InvalidEdit to exit 2; an unknown id is the same kind of mistake.
class RecordNotFound(InvalidEdit):
    def __init__(self, what: str, ref: str) -> None:
        super().__init__(f"No {what} “{ref}” in this library.")
        self.ref = ref
