"""The profile: asked on the first start in a library (name and role), switchable under
File › Profile; the role decides what the window puts first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales.profile import ProfileChoice, ProfileDialog

from .helpers import TIMEOUT_MS, WindowFactory, wait_until_idle


class Answers(list[dict[str, Any]]):
    """What ProfileDialog.ask was asked with (the list) and what it answers (`reply`)."""

    reply: ProfileChoice | None = ProfileChoice("Mia Marketing", Role.MARKETER)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    calls = Answers()

    def ask(
        cls: type,
        parent: object,
        name: str,
        role: Role,
        *,
        first_start: bool = False,
        place: object = None,
    ) -> ProfileChoice | None:
        calls.append({"name": name, "role": role, "first_start": first_start})
        return calls.reply

    monkeypatch.setattr(ProfileDialog, "ask", classmethod(ask))
    return calls


def test_the_first_start_asks_who_you_are_and_lays_the_window_out_for_your_role(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, answers: Answers
) -> None:
    assert window.shell.first_start and not SalesLoop(library).profile_exists()
    assert window.sales_screens.profile_button.text() == "Choose your profile…"
    assert window.shell.current_section() == "library"  # laid out for a rep until asked

    with qtbot.waitSignal(window.shell.context.profile_changed, timeout=TIMEOUT_MS):
        window.sales_screens.ask_profile_if_new()

    assert answers == [{"name": "", "role": Role.REP, "first_start": True}]
    me = SalesLoop(library).whoami()
    assert (me.name, me.role) == ("Mia Marketing", Role.MARKETER)
    assert [u.name for u in SalesLoop(library).users()] == ["Mia Marketing"]  # no stray login profile
    assert window.shell.current_section() == "insight"
    assert window.shell.navigation.item(0).text() == "Insight"
    assert window.sales_screens.profile_button.text() == "Mia Marketing · marketer"
    assert not window.shell.first_start


def test_a_library_with_a_profile_does_not_ask_again(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    answers: Answers,
) -> None:
    SalesLoop(library).switch_user("Dana Whitfield", Role.REP)
    window = open_window(library, settings)

    window.sales_screens.ask_profile_if_new()

    assert answers == [] and not window.shell.first_start
    qtbot.waitUntil(
        lambda: window.sales_screens.profile_button.text() == "Dana Whitfield · rep", timeout=TIMEOUT_MS
    )


def test_cancelling_the_first_question_makes_no_profile_and_asks_next_time(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, answers: Answers
) -> None:
    answers.reply = None

    window.sales_screens.ask_profile_if_new()
    wait_until_idle(qtbot, window)

    assert len(answers) == 1
    assert not SalesLoop(library).profile_exists()
    assert window.shell.first_start


def test_switching_profile_from_the_file_menu_changes_the_role_and_what_comes_first(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    answers: Answers,
) -> None:
    SalesLoop(library).switch_user("Dana Whitfield", Role.REP)
    window = open_window(library, settings)
    assert window.sales_screens.profile_action in window.shell.menus["file"].actions()
    answers.reply = ProfileChoice("Dana Whitfield", Role.ADMIN)

    with qtbot.waitSignal(window.shell.context.profile_changed, timeout=TIMEOUT_MS):
        window.sales_screens.profile_action.trigger()

    assert answers == [{"name": "Dana Whitfield", "role": Role.REP, "first_start": False}]
    assert window.shell.sales.whoami().role is Role.ADMIN
    assert [u.name for u in window.shell.sales.users()] == ["Dana Whitfield"]  # the same person, new role
    assert window.shell.role is Role.ADMIN and window.shell.current_section() == "library"


def test_the_profile_dialog_needs_a_name(qtbot: QtBot) -> None:
    dialog = ProfileDialog(first_start=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()

    qtbot.keyClicks(dialog.name, "  Sam   Okafor ")
    dialog.role.setCurrentIndex(dialog.role.findData("admin"))

    assert ok.isEnabled()
    assert dialog.choice() == ProfileChoice("Sam Okafor", Role.ADMIN)
