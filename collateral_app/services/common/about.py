"""What the library runs on, for an About box or a bug report."""

from __future__ import annotations

import platform
import sqlite3

import sqlalchemy

from collateral_app import __version__
from collateral_app.search import engine_version


def component_versions() -> dict[str, str]:
    """Collateral's version and those of the parts below it, in the order a reader wants them."""
    engine, engine_release = engine_version()
    return {
        "Collateral": __version__,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
        engine: engine_release,
    }
