"""Preparing for a call: a deal (or a segment) in, ranked assets with their reasons out; one
click shares or presents and logs it with the deal; a pitch kit gathered, reordered and
exported with every file logged as shared with the prospect."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Deal, Recommendations, Role, Segment, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.common import outcome
from ui.sales.prepare import KitDestination, PrepareView
from ui.sales.requests import RequestDialog

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory
from .sales_helpers import choose_deal, choose_in_combo, expect_usage, make_deal, wait_for_deals, won_with


@pytest.fixture
def acme(library: AssetLibrary, sample_assets: SampleAssets) -> Deal:
    """An open healthcare mid-market deal at the decision stage, and a similar deal won with
    the Mercy case study: the evidence the recommendations should cite."""
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    beta = make_deal(sales, "Beta Health rollout", "Beta Health", industry="healthcare", size="mid-market")
    won_with(sales, beta, [sample_assets.mercy])
    return make_deal(
        sales, "Platform rollout", "Acme Health", industry="healthcare", size="mid-market", stage="decision"
    )


@pytest.fixture
def prepared(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings, acme: Deal
) -> tuple[AppWindow, PrepareView, Recommendations]:
    """The window on the Prepare section, with Acme chosen in its deal picker."""
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    prepare = window.sales_screens.prepare
    window.shell.show_section("prepare")
    with qtbot.waitSignal(
        prepare.recommended, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.deal_id == acme.id
    ) as blocker:
        choose_deal(qtbot, prepare.deal_picker, acme.id)
    return window, prepare, blocker.args[0]


def _select(qtbot: QtBot, prepare: PrepareView, asset_id: str) -> None:
    ids = [r.asset_id for r in prepare.model.items()]
    prepare.list.setCurrentIndex(prepare.model.index(ids.index(asset_id)))
    qtbot.waitUntil(lambda: prepare.current_asset() == asset_id)


def test_choosing_a_deal_shows_recommendations_with_reasons_in_words(
    qtbot: QtBot, prepared: tuple[AppWindow, PrepareView, Recommendations], sample_assets: SampleAssets
) -> None:
    window, prepare, found = prepared

    ids = [r.asset_id for r in prepare.model.items()]
    assert ids == [r.asset_id for r in found.items] and ids
    assert ids[0] == sample_assets.mercy  # the one used in the similar won deal
    assert sample_assets.contoso not in ids  # financial services: not this segment
    mercy = prepare.model.items()[0]
    assert "used in 1 won" in mercy.reason and "healthcare" in mercy.reason.lower()
    shown = prepare.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert mercy.reason in shown and "Score" in shown
    assert "Acme Health" in prepare.summary.text()
    assert "1 similar won deal" in prepare.summary.text()
    # The deal chosen here is the window's current deal: the toolbar picker shows it too.
    assert window.shell.context.current_deal_id() == found.deal_id
    assert window.sales_screens.deal_picker.currentText() == prepare.deal_picker.currentText()


def test_sharing_a_recommendation_copies_the_file_and_logs_a_share_with_the_deal(
    qtbot: QtBot, prepared: tuple[AppWindow, PrepareView, Recommendations], sample_assets: SampleAssets
) -> None:
    window, prepare, found = prepared
    _select(qtbot, prepare, sample_assets.mercy)

    with expect_usage(qtbot, window, UsageKind.SHARED, sample_assets.mercy) as logged:
        qtbot.mouseClick(prepare.share_button, Qt.MouseButton.LeftButton)

    event = logged.args[0]
    assert event.deal_id == found.deal_id
    deal = window.shell.sales.get_deal(event.deal_id)
    assert event.prospect_id == deal.prospect_id
    copied = QGuiApplication.clipboard().mimeData().urls()
    assert [Path(u.toLocalFile()).name for u in copied] == [sample_assets.sources[sample_assets.mercy].name]
    shared = [e for e in window.shell.sales.usage_for_deal(deal.id) if e.kind is UsageKind.SHARED]
    assert [(e.asset_id, e.deal_id) for e in shared] == [(sample_assets.mercy, deal.id)]


def test_mark_as_sent_logs_a_share_without_touching_the_clipboard(
    qtbot: QtBot, prepared: tuple[AppWindow, PrepareView, Recommendations], sample_assets: SampleAssets
) -> None:
    window, prepare, found = prepared
    QGuiApplication.clipboard().setText("something the rep copied")
    _select(qtbot, prepare, sample_assets.whitepaper)

    with expect_usage(qtbot, window, UsageKind.SHARED, sample_assets.whitepaper) as logged:
        qtbot.mouseClick(prepare.sent_button, Qt.MouseButton.LeftButton)

    assert logged.args[0].deal_id == found.deal_id
    assert QGuiApplication.clipboard().text() == "something the rep copied"


def test_presenting_a_recommended_pdf_opens_present_mode_and_logs_presented(
    qtbot: QtBot, prepared: tuple[AppWindow, PrepareView, Recommendations], sample_assets: SampleAssets
) -> None:
    window, prepare, found = prepared
    _select(qtbot, prepare, sample_assets.mercy)
    assert prepare.present_button.isEnabled()

    with expect_usage(qtbot, window, UsageKind.PRESENTED, sample_assets.mercy) as logged:
        qtbot.mouseClick(prepare.present_button, Qt.MouseButton.LeftButton)
    assert logged.args[0].deal_id == found.deal_id

    presenting = window.library_screen._presenting
    assert presenting is not None and presenting.isVisible()
    qtbot.waitUntil(lambda: presenting.page_count == 3 and presenting.page_label.pixmap() is not None)
    with qtbot.waitSignal(presenting.page_shown, check_params_cb=lambda page: page == 2):
        qtbot.keyClick(presenting, Qt.Key.Key_Right)
    with qtbot.waitSignal(presenting.closed):
        qtbot.keyClick(presenting, Qt.Key.Key_Escape)
    assert window.library_screen._presenting is None


def test_present_is_offered_only_for_pdfs(
    qtbot: QtBot, prepared: tuple[AppWindow, PrepareView, Recommendations], sample_assets: SampleAssets
) -> None:
    _window, prepare, _found = prepared
    _select(qtbot, prepare, sample_assets.whitepaper)  # a DOCX

    assert not prepare.present_button.isEnabled()
    assert prepare.presented_button.isEnabled()  # presented from Word: still loggable


def test_a_pitch_kit_is_gathered_reordered_and_exported_as_a_zip_with_each_file_logged_as_shared(
    qtbot: QtBot,
    prepared: tuple[AppWindow, PrepareView, Recommendations],
    sample_assets: SampleAssets,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, prepare, found = prepared
    for asset_id in (sample_assets.mercy, sample_assets.whitepaper):
        _select(qtbot, prepare, asset_id)
        qtbot.mouseClick(prepare.add_button, Qt.MouseButton.LeftButton)
    assert prepare.kit_model.asset_ids() == [sample_assets.mercy, sample_assets.whitepaper]

    prepare.kit_list.setCurrentIndex(prepare.kit_model.index(0))
    qtbot.mouseClick(prepare.down_button, Qt.MouseButton.LeftButton)
    assert prepare.kit_model.asset_ids() == [sample_assets.whitepaper, sample_assets.mercy]
    assert prepare.kit_list.currentIndex().row() == 1  # the moved row stays selected
    prepare.kit_name.setText("Acme decision call")
    target = tmp_path / "out" / "Acme decision call.zip"
    asked: list[tuple[str, bool]] = []

    def destination(parent: object, name: str, as_zip: bool) -> Path:
        asked.append((name, as_zip))
        return target

    monkeypatch.setattr(KitDestination, "ask", classmethod(lambda cls, *args: destination(*args)))

    with qtbot.waitSignal(prepare.kit_exported, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(prepare.export_zip_button, Qt.MouseButton.LeftButton)

    exported = blocker.args[0]
    assert asked == [("Acme decision call", True)]
    assert Path(exported.path) == target
    bar = prepare.export_outcome  # the export ends with Open and Show in folder
    assert bar.isVisible() and bar.message.text().startswith("Exported 2 file(s) to Acme decision call.zip")
    revealed: list[Path] = []
    monkeypatch.setattr(outcome, "reveal", lambda path: revealed.append(path) or True)
    qtbot.mouseClick(bar.folder_button, Qt.MouseButton.LeftButton)
    assert revealed == [target] and bar.open_button.isVisible()
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [
            sample_assets.sources[sample_assets.whitepaper].name,
            sample_assets.sources[sample_assets.mercy].name,
        ]
    shared = [e for e in window.shell.sales.usage_for_deal(found.deal_id or "") if e.kind is UsageKind.SHARED]
    assert sorted(e.asset_id for e in shared) == sorted([sample_assets.mercy, sample_assets.whitepaper])
    assert all(e.deal_id == found.deal_id for e in shared)
    kits = window.shell.sales.list_kits(deal_id=found.deal_id)
    assert [(k.name, [i.asset_id for i in k.items]) for k in kits] == [
        ("Acme decision call", [sample_assets.whitepaper, sample_assets.mercy])
    ]
    assert prepare.kit_choice.currentData() == kits[0].id


def test_a_saved_kit_comes_back_when_the_deal_is_chosen_again(
    qtbot: QtBot,
    prepared: tuple[AppWindow, PrepareView, Recommendations],
    sample_assets: SampleAssets,
) -> None:
    _window, prepare, found = prepared
    _select(qtbot, prepare, sample_assets.mercy)
    qtbot.mouseClick(prepare.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(prepare.kit_saved, timeout=TIMEOUT_MS):
        qtbot.mouseClick(prepare.save_kit_button, Qt.MouseButton.LeftButton)

    choose_in_combo(qtbot, prepare.deal_picker, 0)  # "No deal"
    assert not prepare.kit_box.isEnabled() and prepare.kit_model.rowCount() == 0
    choose_deal(qtbot, prepare.deal_picker, found.deal_id or "")
    qtbot.waitUntil(lambda: prepare.kit_choice.count() == 2)

    choose_in_combo(qtbot, prepare.kit_choice, 1)
    assert prepare.kit_model.asset_ids() == [sample_assets.mercy]


def test_preparing_for_a_segment_without_a_deal_ranks_what_fits_it(
    qtbot: QtBot, prepared: tuple[AppWindow, PrepareView, Recommendations], sample_assets: SampleAssets
) -> None:
    _window, prepare, _found = prepared
    prepare.for_segment.setChecked(True)
    industry = prepare.segment["industry"]

    with qtbot.waitSignal(
        prepare.recommended, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.segment.industry == "logistics"
    ) as blocker:
        choose_in_combo(qtbot, industry, industry.findData("logistics"))

    found = blocker.args[0]
    ids = [r.asset_id for r in found.items]
    assert found.deal_id is None
    assert sample_assets.northwind in ids and sample_assets.mercy not in ids
    assert not prepare.kit_box.isEnabled()  # a kit is for a deal
    assert "Logistics" in prepare.summary.text()


def test_when_nothing_fits_the_segment_marketing_can_be_asked_from_the_summary(
    qtbot: QtBot,
    open_window: WindowFactory,
    empty_library: AssetLibrary,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[dict[str, Any]] = []

    def ask(cls: type, parent: object, taxonomy: object, deals: object, **prefill: Any) -> None:
        asked.append(prefill)
        return None  # the rep cancels: nothing is sent

    monkeypatch.setattr(RequestDialog, "ask", classmethod(ask))
    window = open_window(empty_library, settings)
    prepare = window.sales_screens.prepare
    window.shell.show_section("prepare")
    prepare.for_segment.setChecked(True)
    industry = prepare.segment["industry"]
    with qtbot.waitSignal(
        prepare.recommended, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.segment.industry == "education"
    ) as blocker:
        choose_in_combo(qtbot, industry, industry.findData("education"))
    assert blocker.args[0].items == ()

    assert "href='request'" in prepare.summary.text()
    prepare.summary.linkActivated.emit("request")

    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert asked == [{"text": "", "segment": Segment(industry="education"), "deal_id": None}]
    assert window.shell.sales.list_requests() == []

    # One asset fits: the summary still offers to ask for more, less loudly.
    lone = empty_library.add_link("https://example.com/k12", "K-12 retention story")
    empty_library.edit_asset(lone.id, {"industry": "education"})
    with qtbot.waitSignal(prepare.recommended, timeout=TIMEOUT_MS) as blocker:
        prepare.refresh()
    assert [r.asset_id for r in blocker.args[0].items] == [lone.id]
    assert "Ask marketing for more" in prepare.summary.text()


def test_a_kit_export_that_ends_after_a_deal_switch_leaves_the_next_deals_kit_its_own(
    qtbot: QtBot,
    prepared: tuple[AppWindow, PrepareView, Recommendations],
    sample_assets: SampleAssets,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, prepare, found = prepared
    other = make_deal(window.shell.sales, "Renewal", "Zenith Care", industry="healthcare", size="mid-market")
    with qtbot.waitSignal(window.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        window.shell.context.reload_deals()
    _select(qtbot, prepare, sample_assets.mercy)
    qtbot.mouseClick(prepare.add_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(KitDestination, "ask", classmethod(lambda cls, *args: tmp_path / "acme.zip"))
    export_kit, exporting, release = window.shell.sales.export_kit, threading.Event(), threading.Event()

    def slow_export(*args: Any, **kwargs: Any) -> Any:
        exporting.set()
        release.wait(TIMEOUT_MS / 1000)  # a big zip: the rep moves on meanwhile
        return export_kit(*args, **kwargs)

    monkeypatch.setattr(window.shell.sales, "export_kit", slow_export)
    qtbot.mouseClick(prepare.export_zip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(exporting.is_set, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(
        prepare.recommended, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.deal_id == other.id
    ):
        choose_deal(qtbot, prepare.deal_picker, other.id)
    with qtbot.waitSignal(prepare.kit_exported, timeout=TIMEOUT_MS):
        release.set()

    assert prepare.kit_choice.count() == 1  # "New kit": Acme's kit is not Zenith's
    _select(qtbot, prepare, sample_assets.whitepaper)
    qtbot.mouseClick(prepare.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(prepare.kit_saved, timeout=TIMEOUT_MS):
        qtbot.mouseClick(prepare.save_kit_button, Qt.MouseButton.LeftButton)

    acme_kits = window.shell.sales.list_kits(deal_id=found.deal_id)
    assert [[i.asset_id for i in k.items] for k in acme_kits] == [[sample_assets.mercy]]
    zenith_kits = window.shell.sales.list_kits(deal_id=other.id)
    assert [[i.asset_id for i in k.items] for k in zenith_kits] == [[sample_assets.whitepaper]]


def test_a_page_present_mode_cannot_render_says_so_and_a_bug_is_logged(
    qtbot: QtBot,
    prepared: tuple[AppWindow, PrepareView, Recommendations],
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, prepare, _found = prepared

    def broken(*args: object) -> tuple[bytes, int]:
        raise RuntimeError("pdfium went away")

    monkeypatch.setattr(window.shell.library, "render_page", broken)
    _select(qtbot, prepare, sample_assets.mercy)
    qtbot.mouseClick(prepare.present_button, Qt.MouseButton.LeftButton)
    presenting = window.library_screen._presenting
    assert presenting is not None

    qtbot.waitUntil(lambda: "cannot be shown" in presenting.position.text(), timeout=TIMEOUT_MS)
    assert (
        "Something went wrong (pdfium went away); the details are in the log." in presenting.position.text()
    )
    assert any(r.exc_info and "pdfium went away" in str(r.exc_info[1]) for r in caplog.records)
    presenting.close()


def test_the_prepare_section_fits_beside_the_navigation_on_a_1280_pixel_laptop_screen(
    prepared: tuple[AppWindow, PrepareView, Recommendations],
) -> None:
    window, prepare, _found = prepared

    needed = prepare.minimumSizeHint().width() + window.shell.navigation.width()

    assert needed < 1280 - 40  # the window's frame and margins
    assert all(b.isVisible() and b.width() >= b.minimumSizeHint().width() for b in prepare.item_buttons)
