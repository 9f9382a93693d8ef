"""The window's settings (QSettings), each declared once with its key, type and default, so a
value is read back as what was written, and a missing or damaged value reads as the default."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class TextOption:
    key: str
    default: str = ""

    def read(self, settings: QSettings) -> str:
        value = settings.value(self.key)
        return self.default if value is None or isinstance(value, (list, QByteArray)) else str(value)

    def write(self, settings: QSettings, value: str) -> None:
        settings.setValue(self.key, value)


@dataclass(frozen=True)
class FlagOption:
    key: str
    default: bool = False

    def read(self, settings: QSettings) -> bool:
        value = settings.value(self.key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):  # INI files keep text
            return value.lower() == "true"
        return self.default

    def write(self, settings: QSettings, value: bool) -> None:
        settings.setValue(self.key, value)


@dataclass(frozen=True)
class ListOption:
    key: str

    def read(self, settings: QSettings) -> list[str]:
        value = settings.value(self.key)
        if isinstance(value, list):
            return [str(v) for v in value]
        return [value] if isinstance(value, str) and value else []  # INI files keep one as text

    def write(self, settings: QSettings, value: list[str]) -> None:
        settings.setValue(self.key, value)


@dataclass(frozen=True)
class StateOption:
    """A widget's saved state (geometry, splitter sizes): bytes only Qt reads."""

    key: str

    def read(self, settings: QSettings) -> QByteArray | None:
        value = settings.value(self.key)
        return value if isinstance(value, QByteArray) else None

    def write(self, settings: QSettings, value: QByteArray) -> None:
        settings.setValue(self.key, value)


LIBRARY = TextOption("library")  # the library folder the app opens
GEOMETRY = StateOption("geometry")
SPLITTER = StateOption("splitter")  # the Library screen's filters | results | preview
FILTERS = ListOption("filters")  # ticked filters, "dimension:value"
COLLAPSED_FILTERS = ListOption("collapsed_filters")  # the filter groups the user folded away
SORT = TextOption("sort", "relevance")
SHOW_ARCHIVED = FlagOption("show_archived")
LAST_VISIT = TextOption("last_visit")  # ISO instant the window last closed, for What's new
CURRENT_DEAL = TextOption("current_deal")  # the deal handed-over assets are logged with
LANGUAGE = TextOption("language")  # "en", "de", "ja"; empty: the system's language
UPDATE_SOURCE = TextOption("updates/version_file")  # where the admin publishes the version file


def recent_deals(library_root: Path) -> ListOption:
    """The deals lately worked on in one library (the newest first): each library its own,
    since the same settings serve every library the user opens."""
    digest = hashlib.sha256(str(library_root.resolve()).encode("utf-8")).hexdigest()[:16]
    return ListOption(f"recent_deals/{digest}")


TOUR_DONE = FlagOption("tour/done")  # the tour of the window was gone through or skipped
TOUR_AFTER_DEMO = FlagOption("tour/after_demo")  # the demo was chosen: its first start gives the tour
