"""The `collateral` subcommands of this area; `cli.py` registers them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from collateral_app.services.library import AssetLibrary

Handler = Callable[[AssetLibrary, argparse.Namespace, TextIO, TextIO], int]
CommandFactory = Callable[..., argparse.ArgumentParser]

HANDLERS: dict[str, Handler] = {}


def add_commands(command: CommandFactory) -> None:
    """Adds this module's subcommands through the main parser's `command` factory."""
