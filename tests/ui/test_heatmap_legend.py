"""The coverage heatmap explains itself: a legend for "assets / demand", the statuses and the
gap colours; whole axis labels (on their side when they do not fit across, whole in a
tooltip when even that is too short); and what marketing does about a cell from its
drill-down: ask for content, import files tagged for it, open a deal, a search, a request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import Dimension
from collateral_app.domain.sales import DealDraft, Role, Segment
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from tests import samples
from ui.app import AppWindow
from ui.insight.view import InsightView
from ui.sales.deals import DealsView
from ui.sales.requests import RequestDialog, RequestForm, RequestsView

from .helpers import TIMEOUT_MS, WindowFactory

LONG = "Higher education, research institutes and university hospitals of the public sector"


@pytest.fixture
def demand(library: AssetLibrary) -> dict[str, str]:
    """Demand for education × decision with no asset for it: a deal, a search, a request."""
    sales = SalesLoop(library)
    sales.switch_user("Lena Fischer", Role.MARKETER)
    school = sales.create_prospect("Maple School District", industry="education", size="mid-market")
    deal = sales.create_deal(DealDraft("Maple platform", school.id, owner="Dana Whitfield", stage="decision"))
    sales.log_search("school district pricing", {"industry": "education", "stage": "decision"}, 0)
    request = sales.add_request(
        "Procurement guide for schools", Segment(industry="education", stage="decision")
    )
    library.add_taxonomy_value(Dimension.INDUSTRY, "Financial services and banking")
    library.add_taxonomy_value(Dimension.INDUSTRY, LONG)
    return {"deal": deal.id, "request": request.id}


@pytest.fixture
def insight(
    qtbot: QtBot,
    demand: dict[str, str],
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> Iterator[tuple[AppWindow, InsightView]]:
    window = open_window(library, settings)
    window.shell.resize(1300, 860)
    view = window.insight_view
    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS):
        window.shell.show_section("insight")
    view.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: view.heatmap.isVisible() and view.heatmap.width() > 400, timeout=TIMEOUT_MS)
    yield window, view


def _cell(view: InsightView, row: str, column: str) -> tuple[int, int]:
    coverage = view.report.coverage  # type: ignore[union-attr]
    return [r.slug for r in coverage.rows].index(row), [c.slug for c in coverage.columns].index(column)


def _open_cell(qtbot: QtBot, view: InsightView, row: str = "decision", column: str = "education") -> None:
    centre = view.heatmap.cell_rect(*_cell(view, row, column)).center()
    with qtbot.waitSignal(view.cell_shown, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.heatmap, Qt.MouseButton.LeftButton, pos=centre)


def _line(view: InsightView, starts: str) -> QTreeWidgetItem:
    """The drill-down's first line under the group whose title starts with `starts`."""
    for n in range(view.cell_items.topLevelItemCount()):
        group = view.cell_items.topLevelItem(n)
        if group.text(0).startswith(starts) and group.childCount():
            return group.child(0)
    raise AssertionError(f"no {starts} behind the cell")


def _choose(qtbot: QtBot, view: InsightView, line: QTreeWidgetItem) -> None:
    """Click a line of the drill-down, as the user would."""
    rect = view.cell_items.visualItemRect(line)
    qtbot.mouseClick(view.cell_items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.cell_items.currentItem() is line


def test_the_legend_says_what_the_figures_and_the_colours_mean(
    qtbot: QtBot, insight: tuple[AppWindow, InsightView]
) -> None:
    _window, view = insight
    legend = view.heatmap.legend_texts()

    assert legend[0].startswith("assets / demand: 2 published assets tagged for both values; a demand of 5")
    assert "open or recent deals + zero-result searches + open requests" in legend[0]
    assert legend[1:6] == [
        "gap: no asset, some demand",
        "thin: 1–2 assets",
        "covered: 3+ assets",
        "excess: 5+, little used",
        "quiet: no asset, no demand",
    ]
    assert legend[6] == "gap score = demand ÷ (assets + 1); the darker, the larger"
    scale = next(item for item in view.heatmap.legend if item.kind == "scale")
    grid_bottom = view.heatmap.cell_rect(len(view.report.coverage.rows) - 1, 0).bottom()  # type: ignore[union-attr]
    assert scale.rect.top() > grid_bottom  # painted under the grid, inside the widget
    assert max(i.text_rect.bottom() for i in view.heatmap.legend) < view.heatmap.sizeHint().height()
    assert view.heatmap.worst_gap() == 3.0  # the darkest red of the scale


def test_axis_labels_are_whole_on_their_side_and_the_longest_is_whole_in_its_tooltip(
    qtbot: QtBot, insight: tuple[AppWindow, InsightView]
) -> None:
    _window, view = insight
    heatmap = view.heatmap
    coverage = view.report.coverage  # type: ignore[union-attr]
    columns = [c.label for c in coverage.columns]
    assert "Financial services and banking" in columns

    assert heatmap.rotated  # too long to fit across a column
    shown = [heatmap.column_label_shown(k) for k in range(len(columns))]
    assert shown[columns.index("Financial services and banking")] == ("Financial services and banking")
    assert [s for s, c in zip(shown, columns, strict=True) if s != c] == [
        heatmap.column_label_shown(columns.index(LONG))
    ]
    assert shown[columns.index(LONG)].endswith("…")
    header = heatmap.column_header_rect(columns.index(LONG)).center()
    assert heatmap.tooltip_at(header) == f"Industry: {LONG}"
    assert [heatmap.row_label_shown(n) for n in range(len(coverage.rows))] == [r.label for r in coverage.rows]
    assert heatmap.tooltip_at(heatmap.row_header_rect(0).center()) == f"Stage: {coverage.rows[0].label}"


def test_a_cell_asks_marketing_for_content_with_its_segment(
    qtbot: QtBot,
    insight: tuple[AppWindow, InsightView],
    library: AssetLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, view = insight
    seen: list[dict[str, Any]] = []

    def ask(cls: type, parent: Any, taxonomy: Any, deals: Any, *, text: str, segment: Segment) -> RequestForm:
        dialog = RequestDialog(taxonomy, deals, text=text, segment=segment, parent=parent)
        seen.append({name: combo.currentText() for name, combo in dialog.combos.items()})
        qtbot.keyClicks(dialog.text, "Pricing one-pager for school boards")
        form = dialog.form()
        dialog.deleteLater()
        return form

    monkeypatch.setattr(RequestDialog, "ask", classmethod(ask))
    _open_cell(qtbot, view)
    assert view.cell_request_button.isEnabled()

    with qtbot.waitSignal(window.shell.context.requests_changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.cell_request_button, Qt.MouseButton.LeftButton)

    assert seen[0]["industry"] == "Education" and seen[0]["stage"] == "Decision"
    sent = next(r for r in SalesLoop(library).list_requests() if r.text.startswith("Pricing one-pager"))
    assert (sent.segment.industry, sent.segment.stage) == ("education", "decision")


def test_a_right_click_on_a_cell_offers_the_same_for_that_cell(
    qtbot: QtBot, insight: tuple[AppWindow, InsightView], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = insight
    asked: list[Segment] = []
    monkeypatch.setattr(
        RequestDialog, "ask", classmethod(lambda cls, *a, text, segment: asked.append(segment))
    )
    centre = view.heatmap.cell_rect(*_cell(view, "consideration", "retail")).center()

    # What the window system sends on a right-click (QTest's clicks do not make one).
    right_click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, view.heatmap.mapToGlobal(centre))
    with qtbot.waitSignal(view.cell_shown, timeout=TIMEOUT_MS):
        QApplication.sendEvent(view.heatmap, right_click)
    qtbot.waitUntil(lambda: view.cell_menu is not None and view.cell_menu.isVisible(), timeout=TIMEOUT_MS)
    menu: QMenu = view.cell_menu  # type: ignore[assignment]
    assert [a.text() for a in menu.actions()] == [
        "Request content for this cell…",
        "Import files for this cell…",
    ]
    menu.actions()[0].trigger()
    menu.close()

    assert asked == [Segment(industry="retail", stage="consideration")]


def test_a_cell_imports_files_tagged_with_both_of_its_values(
    qtbot: QtBot,
    insight: tuple[AppWindow, InsightView],
    library: AssetLibrary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, view = insight
    made = samples.make_pdf(tmp_path / "School pricing.pdf", ["Pricing for school districts, per pupil."])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(made)], ""))
    _open_cell(qtbot, view)

    with qtbot.waitSignal(window.library_screen.import_dialog.import_finished, timeout=60_000) as finished:
        qtbot.mouseClick(view.cell_import_button, Qt.MouseButton.LeftButton)
    [outcome] = finished.args[0]
    with qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS):
        pass

    asset = library.get_asset(outcome.asset_id)
    assert asset.taxonomy[Dimension.INDUSTRY] == ("education",)
    assert asset.taxonomy[Dimension.STAGE] == ("decision",)


def test_the_cells_deal_search_and_request_open_where_they_live(
    qtbot: QtBot, insight: tuple[AppWindow, InsightView], demand: dict[str, str]
) -> None:
    window, view = insight
    _open_cell(qtbot, view)
    assert not view.cell_open_button.isEnabled()  # nothing chosen yet

    _choose(qtbot, view, _line(view, "Deals"))
    assert view.cell_open_button.text() == "Open deal"
    qtbot.mouseClick(view.cell_open_button, Qt.MouseButton.LeftButton)
    deals = window.shell.section_widget("deals")
    assert window.shell.current_section() == "deals" and isinstance(deals, DealsView)
    qtbot.waitUntil(
        lambda: (d := deals.selected_deal()) is not None and d.id == demand["deal"], timeout=TIMEOUT_MS
    )

    window.shell.show_section("insight")
    _choose(qtbot, view, _line(view, "Zero-result searches"))
    assert view.cell_open_button.text() == "Search for it"
    with qtbot.waitSignal(window.library_screen.search_finished, timeout=TIMEOUT_MS) as searched:
        qtbot.mouseClick(view.cell_open_button, Qt.MouseButton.LeftButton)
    assert window.shell.current_section() == "library"
    assert window.library_screen.search_box.text() == "school district pricing"
    assert searched.args[0].query == "school district pricing"

    window.shell.show_section("insight")
    line = _line(view, "Open requests")
    _choose(qtbot, view, line)
    assert view.cell_open_button.text() == "Open request"
    qtbot.keyClick(view.cell_items, Qt.Key.Key_Return)  # Enter opens it too
    requests = window.shell.section_widget("requests")
    assert window.shell.current_section() == "requests" and isinstance(requests, RequestsView)
    qtbot.waitUntil(
        lambda: (r := requests.selected()) is not None and r.id == demand["request"], timeout=TIMEOUT_MS
    )
