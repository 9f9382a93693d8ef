"""What a careful desktop app gets right in the small: archiving asks with a verb on its
button; long filter labels, recommendation titles and kit names are readable whole; folded
filter groups stay folded after a restart; an exported zip unpacks readable by others; a won
amount in several currencies says so instead of looking like one sum."""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.sales import DealDraft, Outcome, Role, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.insight import view as insight_ui
from ui.sales.prepare import KitDestination

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory, search, shown_ids, wait_until_idle
from .sales_helpers import choose_deal, wait_for_deals

LONG_INDUSTRY = "Hospitals, clinics and integrated delivery networks of the public sector"


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual desktop umask, whatever the test runner was started with."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def answer_box(qtbot: QtBot, button: str, seen: list[list[str]]) -> None:
    """When the next modal box opens, note its buttons and click `button`, as a user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)  # the box is not up yet: it opens from this event loop
            return
        texts = [b.text().replace("&", "") for b in box.buttons()]
        seen.append(sorted(texts))
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def _select(window: AppWindow, asset_ids: list[str]) -> None:
    screen = window.library_screen
    selection = screen.results.selectionModel()
    selection.clearSelection()
    for asset_id in asset_ids:
        index = screen.model.index(shown_ids(window).index(asset_id))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    screen.results.setFocus()


# -- archiving asks with its verb ---------------------------------------------------------------
def test_archiving_three_cards_asks_archive_3_assets_or_cancel(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, sample_assets: SampleAssets
) -> None:
    chosen = [sample_assets.contoso, sample_assets.northwind, sample_assets.deck]
    _select(window, chosen)
    seen: list[list[str]] = []

    answer_box(qtbot, "Cancel", seen)
    qtbot.keyClick(window.library_screen.results, Qt.Key.Key_Delete)

    assert seen == [["Archive 3 assets", "Cancel"]]  # no Yes or No to read twice
    assert all(a.status is AssetStatus.PUBLISHED for a in library.assets_by_id(chosen).values())

    # Offscreen nothing gives the window the keyboard back after a box, as a window manager does.
    window.shell.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.shell.windowHandle(), timeout=TIMEOUT_MS)
    window.library_screen.results.setFocus()
    answer_box(qtbot, "Archive 3 assets", seen)
    with qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.library_screen.results, Qt.Key.Key_Delete)

    assert all(a.status is AssetStatus.ARCHIVED for a in library.assets_by_id(chosen).values())


def test_archiving_from_insight_asks_with_the_verb_and_undo_brings_it_back(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    library.edit_asset(sample_assets.northwind, {"review_by": "2024-01-31"})  # stale
    window = open_window(library, settings)
    view = window.insight_view
    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS):
        window.shell.show_section("insight")
    view.tabs.setCurrentIndex(1)
    view.flag_list.setCurrentIndex(view.flag_list.findData("stale"))
    model = view.flag_view.model()
    title = library.get_asset(sample_assets.northwind).title
    view.flag_view.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title))
    seen: list[list[str]] = []

    answer_box(qtbot, "Archive 1 asset", seen)
    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)

    assert seen == [["Archive 1 asset", "Cancel"]]
    assert library.get_asset(sample_assets.northwind).status is AssetStatus.ARCHIVED
    assert window.shell.undo_action.text() == f"Undo Archive “{title}”"
    with qtbot.waitSignal(window.shell.undo.applied, timeout=TIMEOUT_MS):
        window.shell.undo_action.trigger()
    assert library.get_asset(sample_assets.northwind).status is AssetStatus.PUBLISHED


# -- cut-off labels ------------------------------------------------------------------------------
def test_a_long_filter_label_keeps_its_count_in_view_and_is_whole_in_its_tooltip(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    entry = library.add_taxonomy_value(Dimension.INDUSTRY, LONG_INDUSTRY)
    library.edit_asset(sample_assets.contoso, {"industry": entry.slug})
    window = open_window(library, settings)
    facets = window.library_screen.facets
    search(qtbot, window, "contoso")

    industry = next(
        facets.topLevelItem(n)
        for n in range(facets.topLevelItemCount())
        if facets.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == "industry"
    )
    item = next(
        industry.child(n)
        for n in range(industry.childCount())
        if industry.child(n).data(0, Qt.ItemDataRole.UserRole) == entry.slug
    )
    assert (item.text(0), item.text(1)) == (LONG_INDUSTRY, "1")
    assert item.toolTip(0) == f"{LONG_INDUSTRY}  (1)"
    count = facets.visualItemRect(item)
    count.setLeft(facets.header().sectionPosition(1))
    count.setWidth(facets.header().sectionSize(1))
    assert facets.viewport().rect().contains(count)  # the count shows beside the shortened label
    assert facets.fontMetrics().horizontalAdvance(LONG_INDUSTRY) > facets.header().sectionSize(0)


def test_a_recommendations_tooltip_starts_with_its_whole_title_and_a_kits_name_is_whole_in_its(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    company = sales.create_prospect("Acme Health", industry="healthcare", size="mid-market")
    deal = sales.create_deal(DealDraft("Platform rollout", company.id, stage="decision"))
    name = "Acme Health — decision call with the CFO, the CISO and the procurement board"
    sales.create_kit(name, deal.id, [sample_assets.mercy])
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    prepare = window.sales_screens.prepare
    window.shell.show_section("prepare")
    with qtbot.waitSignal(prepare.recommended, timeout=TIMEOUT_MS):
        choose_deal(qtbot, prepare.deal_picker, deal.id)
    qtbot.waitUntil(lambda: prepare.kit_choice.count() == 2, timeout=TIMEOUT_MS)

    first = prepare.model.index(0)
    assert str(first.data(Qt.ItemDataRole.ToolTipRole)).split("\n")[0] == first.data()
    whole = f"{name} (1 assets)"
    assert prepare.kit_choice.itemData(1, Qt.ItemDataRole.ToolTipRole) == whole
    prepare.kit_choice.setCurrentIndex(1)
    prepare.kit_choice.activated.emit(1)
    assert prepare.kit_choice.toolTip() == whole
    assert prepare.kit_name.toolTip() == name
    assert prepare.kit_choice.width() < prepare.kit_choice.fontMetrics().horizontalAdvance(whole)


# -- folded filter groups --------------------------------------------------------------------------
def test_a_folded_filter_group_stays_folded_after_a_new_search_and_a_restart(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)

    def group(win: AppWindow, dimension: str) -> object:
        facets = win.library_screen.facets
        return next(
            facets.topLevelItem(n)
            for n in range(facets.topLevelItemCount())
            if facets.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == dimension
        )

    facets = window.library_screen.facets
    industry = group(window, "industry")
    assert industry.isExpanded()  # type: ignore[attr-defined]
    facets.setFocus()
    facets.setCurrentItem(industry)  # type: ignore[arg-type]
    qtbot.keyClick(facets, Qt.Key.Key_Left)  # folds it, as a click on its arrow does
    assert not industry.isExpanded()  # type: ignore[attr-defined]

    search(qtbot, window, "readmissions")
    assert not group(window, "industry").isExpanded()  # type: ignore[attr-defined]
    assert group(window, "stage").isExpanded()  # type: ignore[attr-defined]
    window.shell.close()

    again = open_window(library, settings)
    assert not group(again, "industry").isExpanded()  # type: ignore[attr-defined]
    assert group(again, "stage").isExpanded()  # type: ignore[attr-defined]


# -- exported zips -----------------------------------------------------------------------------------
def _member_modes(path: Path) -> set[int]:
    with zipfile.ZipFile(path) as archive:
        return {stat.S_IMODE(info.external_attr >> 16) for info in archive.infolist()}


def test_a_kit_zip_and_the_insight_zip_unpack_readable_by_others(
    qtbot: QtBot,
    umask_022: None,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    company = sales.create_prospect("Acme Health", industry="healthcare")
    deal = sales.create_deal(DealDraft("Platform rollout", company.id, stage="decision"))
    library.add_link("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Product tour video")
    link = next(a.id for a in library.list_assets() if a.title == "Product tour video")
    kit = sales.create_kit("Acme call", deal.id, [sample_assets.mercy, sample_assets.deck, link])
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    prepare = window.sales_screens.prepare
    window.shell.show_section("prepare")
    choose_deal(qtbot, prepare.deal_picker, deal.id)
    qtbot.waitUntil(lambda: prepare.kit_choice.findData(kit.id) > 0, timeout=TIMEOUT_MS)
    prepare.kit_choice.setCurrentIndex(prepare.kit_choice.findData(kit.id))
    prepare.kit_choice.activated.emit(prepare.kit_choice.currentIndex())
    target = tmp_path / "Acme call.zip"
    monkeypatch.setattr(KitDestination, "ask", classmethod(lambda cls, *args: target))

    with qtbot.waitSignal(prepare.kit_exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(prepare.export_zip_button, Qt.MouseButton.LeftButton)

    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    with zipfile.ZipFile(target) as archive:
        assert len(archive.namelist()) == 3  # two files and the links
    assert _member_modes(target) == {0o644}

    view = window.insight_view
    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS):
        window.shell.show_section("insight")
    monkeypatch.setattr(
        insight_ui.SaveFile, "ask", classmethod(lambda cls, _p, _t, suggested, _f: tmp_path / suggested)
    )
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS) as exported:
        view.csv_action.trigger()
    [tables] = exported.args[0]
    assert stat.S_IMODE(tables.stat().st_mode) == 0o644 and _member_modes(tables) == {0o644}


# -- money in several currencies ------------------------------------------------------------------------
def test_a_won_amount_in_two_currencies_says_mixed_currencies_instead_of_a_sum(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    sales = SalesLoop(library)
    sales.switch_user("Lena Fischer", Role.MARKETER)
    for name, amount, currency in (("Klinikum", "12 500", "EUR"), ("Mercy", "3 000", "USD")):
        company = sales.create_prospect(name, industry="healthcare")
        deal = sales.create_deal(
            DealDraft("Rollout", company.id, amount=amount, currency=currency, created_on=date.today())
        )
        sales.record_usage(sample_assets.mercy, UsageKind.SHARED, deal_id=deal.id)
        sales.set_outcome(deal.id, Outcome.WON)
    window = open_window(library, settings)
    view = window.insight_view
    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS):
        window.shell.show_section("insight")
    wait_until_idle(qtbot, window)

    won = next(card for card in view.cards if card.caption.text() == "Won amount influenced (2 deals)")
    assert won.value.text() == "12.5k EUR + 3k USD"
    assert won.note.isVisible() and won.note.text() == "mixed currencies, not added up"
    assert not any(card.note.isVisible() for card in view.cards if card is not won)
    influence = view.influence_model
    row = next(
        r
        for r in range(influence.rowCount())
        if influence.index(r, 0).data() == "Mercy Regional cuts readmissions"
    )
    amounts = [str(influence.index(row, c).data()) for c in range(influence.columnCount())]
    assert any(a.endswith("(mixed currencies)") for a in amounts)
