"""The Insight view, driven as a marketer would, on a small library whose answers are known:
computed off the GUI thread, the heatmap's drill-down, the one-click actions, the exports,
the attribution selector, stale results dropped, and readable in a dark palette."""

from __future__ import annotations

import csv
import io
import os
import stat
import threading
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import Dimension
from collateral_app.domain.insight import CoverageStatus, InsightReport
from collateral_app.domain.sales import Outcome, Segment, UsageKind, Verdict
from collateral_app.services.insight.charts import MUTED, Rect
from collateral_app.services.library.asset_library import AssetLibrary
from tests import samples
from tests.insight_world import TODAY, World, ago
from ui.common import outcome
from ui.common.context import SalesContext
from ui.common.tasks import TaskRunner
from ui.insight import view as insight_ui
from ui.insight.charts import ChartView
from ui.insight.models import contrast, text_colour_on
from ui.insight.view import InsightView
from ui.sales.requests import RequestDialog, RequestForm
from ui.shell import dialogs

from .helpers import TIMEOUT_MS, dark_palette


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    library = AssetLibrary.open(tmp_path / "insight-lib")
    w = World.make(library)
    winner = w.asset("Kessler case study", stage="decision", industry="manufacturing")
    w.asset("Stale whitepaper", stage="awareness", industry="retail", review_by=TODAY - timedelta(days=30))
    for n in range(5):
        prospect = w.prospect(f"Plant {n}", "manufacturing", "mid-market")
        deal = w.deal(f"Won {n}", prospect, outcome=Outcome.WON, closed_days_ago=5 + n, amount="1000")
        w.use(winner, UsageKind.SHARED, ago(20 + n), deal=deal)
        if n == 0:
            w.feedback(winner, deal, Verdict.HELPED_WIN, at=ago(4), rating=5, comment="Closed it")
    school = w.prospect("Maple School District", "education", "mid-market")
    w.deal("Maple platform", school, stage="decision")
    w.search("school district pricing", 0, at=ago(3), filters={"industry": "education", "stage": "decision"})
    w.request("Procurement guide for schools", Segment(industry="education", stage="decision"), at=ago(12))
    yield w
    library.close()


@pytest.fixture
def view(qtbot: QtBot, world: World, tmp_path: Path) -> Iterator[InsightView]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = SalesContext(world.loop, runner, settings)
    widget = InsightView(world.insight, context, world.library.taxonomy, lambda _d, slug: slug.title())
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    with qtbot.waitSignal(widget.report_shown, timeout=TIMEOUT_MS):
        widget.show()  # computed when first shown
    yield widget
    runner.shutdown()


def _refreshed(qtbot: QtBot, view: InsightView, action: object) -> InsightReport:
    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS) as blocker:
        action()  # type: ignore[operator]
    qtbot.waitUntil(lambda: not view.busy(), timeout=TIMEOUT_MS)
    report: InsightReport = blocker.args[0]
    return report


def test_the_view_is_computed_off_the_gui_thread_and_shows_the_headline(
    qtbot: QtBot, view: InsightView, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = world.insight.report

    def report(params: object) -> InsightReport:
        threads.append(threading.current_thread())
        return original(params)  # type: ignore[arg-type]

    monkeypatch.setattr(world.insight, "report", report)
    _refreshed(qtbot, view, view.refresh_button.click)

    assert threads and threads[0] is not threading.main_thread()
    cards = {card.caption.text(): card.value.text() for card in view.cards}
    assert cards["Assets published"] == "2"
    assert cards["Used with a prospect"] == "50% (1)"
    assert cards["Archive candidates"] == "1"
    assert cards["Won amount influenced (5 deals)"] == "5k USD"
    assert "90 days, Europe/Berlin" in view.status.text()


def test_every_table_model_passes_the_model_tester(view: InsightView, qtmodeltester: object) -> None:
    models = [
        view.top_model,
        view.bottom_model,
        view.type_model,
        view.flag_model,
        view.influence_model,
        view.request_model,
        view.missing_model,
        view.zero_model,
        view.no_click_model,
    ]
    assert view.top_model.rowCount() and view.flag_model.rowCount() and view.zero_model.rowCount()
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_asset_tables_name_each_type_by_its_label_not_its_slug(view: InsightView) -> None:
    model = view.top_model
    column = [c.title for c in model.columns].index("Type")
    assert model.record_at(0).type == "case-study"

    assert model.index(0, column).data() == "Case-Study"  # the fixture's labels title-case the slug
    assert model.as_table().rows[0][column] == "Case-Study"  # and a CSV export says the same


def test_clicking_a_red_cell_shows_the_deals_searches_and_requests_behind_it(
    qtbot: QtBot, view: InsightView
) -> None:
    view.tabs.setCurrentIndex(3)
    coverage = view.report.coverage  # type: ignore[union-attr]
    row = [r.slug for r in coverage.rows].index("decision")
    column = [c.slug for c in coverage.columns].index("education")
    assert coverage.cell("decision", "education").status is CoverageStatus.GAP
    centre = view.heatmap.cell_rect(row, column).center()
    assert "1 open or recent deal, 1 zero-result search, 1 open request; no asset" in view.heatmap.tooltip(
        coverage.cell("decision", "education")
    )

    with qtbot.waitSignal(view.cell_shown, timeout=TIMEOUT_MS) as shown:
        qtbot.mouseClick(view.heatmap, Qt.MouseButton.LeftButton, pos=centre)

    assert (shown.args[0].row.slug, shown.args[0].column.slug) == ("decision", "education")
    groups = {
        view.cell_items.topLevelItem(n).text(0): [
            view.cell_items.topLevelItem(n).child(k).text(0)
            for k in range(view.cell_items.topLevelItem(n).childCount())
        ]
        for n in range(view.cell_items.topLevelItemCount())
    }
    assert groups == {
        "Assets (0)": [],
        "Deals (1)": ["Maple platform"],
        "Zero-result searches (1)": ["“school district pricing”"],
        "Open requests (1)": ["Procurement guide for schools"],
    }
    assert "gap score 3.0" in view.cell_title.text()


def test_the_arrow_keys_and_enter_drill_down_too(qtbot: QtBot, view: InsightView) -> None:
    view.tabs.setCurrentIndex(3)
    view.heatmap.setFocus()
    with qtbot.waitSignal(view.cell_shown, timeout=TIMEOUT_MS) as shown:
        qtbot.keyClick(view.heatmap, Qt.Key.Key_Down)
        qtbot.keyClick(view.heatmap, Qt.Key.Key_Right)
        qtbot.keyClick(view.heatmap, Qt.Key.Key_Return)
    coverage = view.report.coverage  # type: ignore[union-attr]
    assert (shown.args[0].row.slug, shown.args[0].column.slug) == (
        coverage.rows[1].slug,
        coverage.columns[1].slug,
    )


def test_the_whole_view_exports_as_pdf_and_html_and_a_table_as_csv(
    qtbot: QtBot, view: InsightView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[Path] = []

    def save_as(_parent: object, _title: str, suggested: str, _pattern: str) -> Path:
        chosen.append(tmp_path / suggested)
        return chosen[-1]

    monkeypatch.setattr(insight_ui.SaveFile, "ask", classmethod(lambda cls, *a: save_as(*a)))
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS) as pdf:
        view.pdf_action.trigger()
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS) as page:
        view.html_action.trigger()
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS) as table:
        view.export_table(view.flag_view)

    [pdf_path], [html_path], [csv_path] = pdf.args[0], page.args[0], table.args[0]
    assert pdf_path.name == "insight-2025-03-21-2025-06-18.pdf"
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        first = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert first.startswith("Marketing insight") and "21 Mar 2025 – 18 Jun 2025" in first
    page_text = html_path.read_text(encoding="utf-8")
    assert "<svg" in page_text
    assert '<td class="">Case study</td>' in page_text and ">case-study<" not in page_text
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Title", "Owner", "Uses", "Last used", "Review by", "Why flagged"]
    assert [r[0] for r in rows[1:]] == ["Stale whitepaper"]


def test_all_tables_export_as_one_zip_that_ends_with_open_and_show_in_folder(
    qtbot: QtBot, view: InsightView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(insight_ui.SaveFile, "ask", classmethod(lambda cls, _p, _t, name, _f: out / name))
    handed: list[tuple[str, Path]] = []
    monkeypatch.setattr(outcome, "open_path", lambda path: handed.append(("open", path)) or True)
    monkeypatch.setattr(outcome, "reveal", lambda path: handed.append(("reveal", path)) or True)

    with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS) as written:
        view.csv_action.trigger()

    [zipped] = written.args[0]
    assert [p.name for p in out.iterdir()] == ["insight-2025-03-21-2025-06-18.zip"]  # nothing loose
    with zipfile.ZipFile(zipped) as archive:
        names = archive.namelist()
        usage_csv = archive.read("usage.csv").decode("utf-8-sig")
    assert len(names) >= 10 and all(n.endswith(".csv") for n in names)
    assert "usage.csv" in names
    bar = view.outcome
    assert bar.isVisible() and not bar.is_error
    assert bar.message.text() == "Wrote insight-2025-03-21-2025-06-18.zip"
    assert bar.open_button.isVisible() and bar.folder_button.isVisible()
    qtbot.mouseClick(bar.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert handed == [("reveal", zipped), ("open", zipped)]
    usage = [(r["title"], r["uses"]) for r in csv.DictReader(io.StringIO(usage_csv, newline=""))]
    assert usage == [("Kessler case study", "5"), ("Stale whitepaper", "0")]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_an_exported_zip_is_readable_by_others(
    qtbot: QtBot, view: InsightView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        insight_ui.SaveFile, "ask", classmethod(lambda cls, _p, _t, name, _f: tmp_path / name)
    )
    previous = os.umask(0o022)
    try:
        with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS) as written:
            view.csv_action.trigger()
    finally:
        os.umask(previous)
    [zipped] = written.args[0]
    assert stat.S_IMODE(zipped.stat().st_mode) == 0o644


def test_an_export_error_is_shown_once_and_cleared_by_the_next_success(
    qtbot: QtBot,
    open_window: object,
    library: AssetLibrary,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(library, settings)  # type: ignore[operator]
    with qtbot.waitSignal(window.insight_view.report_shown, timeout=TIMEOUT_MS):
        window.shell.show_section("insight")
    view = window.insight_view
    target = [tmp_path / "gone" / "insight.pdf"]
    monkeypatch.setattr(insight_ui.SaveFile, "ask", classmethod(lambda cls, *_a: target[0]))

    with qtbot.waitSignal(view.failed, timeout=TIMEOUT_MS) as failed:
        view.pdf_action.trigger()

    text = failed.args[0]
    assert "does not exist" in text
    assert view.outcome.isVisible() and view.outcome.is_error and view.outcome.message.text() == text
    assert not window.shell.notice.isVisible()  # not also in the banner
    assert text not in window.shell.statusBar().currentMessage()  # nor in the status bar
    assert text not in view.status.text()  # nor in the view's own status line
    assert not view.outcome.open_button.isVisible()

    target[0] = tmp_path / "insight.pdf"
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT_MS):
        view.pdf_action.trigger()
    assert not view.outcome.is_error and view.outcome.message.text() == "Wrote insight.pdf"


def test_a_long_status_line_fits_its_bar(view: InsightView) -> None:
    long = "Last 90 days · filters: " + ", ".join(f"industry {n}" for n in range(80))
    width = view.width()
    view.status.setText(long)

    assert view.status.text() == long and view.status.toolTip() == long
    shown = view.status.shown_text()
    assert shown != long and "…" in shown
    assert view.status.fontMetrics().horizontalAdvance(shown) <= view.status.width()
    assert view.minimumSizeHint().width() < width  # the line never holds the window wider


def _select_flag(view: InsightView, title: str) -> None:
    model = view.flag_view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    view.flag_view.selectRow(row)


def test_archiving_a_candidate_takes_it_off_every_list(
    qtbot: QtBot, view: InsightView, monkeypatch: pytest.MonkeyPatch
) -> None:
    verbs: list[str] = []
    monkeypatch.setattr(dialogs.Confirm, "ask", lambda _p, _t, _q, verb="": verbs.append(verb) or True)
    view.tabs.setCurrentIndex(1)
    _select_flag(view, "Stale whitepaper")
    assert "review overdue since 19 May 2025" in view.why.text()
    assert view.archive_button.isEnabled()

    report = _refreshed(qtbot, view, view.archive_button.click)

    assert verbs == ["Archive 1 asset"]

    assert not report.flags.archive_candidates and not report.flags.stale
    assert view.flag_model.rowCount() == 0
    assert view.flag_list.itemText(0) == "Archive candidates (0)"


def test_asking_the_owner_records_a_dated_review_request(
    qtbot: QtBot, view: InsightView, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(insight_ui.ReviewNote, "ask", classmethod(lambda cls, parent, asset: "Still true?"))
    view.tabs.setCurrentIndex(1)
    _select_flag(view, "Stale whitepaper")

    report = _refreshed(qtbot, view, view.ask_button.click)

    [candidate] = report.flags.archive_candidates
    [request] = world.insight.review_requests(candidate.asset_id)
    assert (request.owner, request.note, request.pending) == ("Lena Fischer", "Still true?", True)
    assert candidate.review_requested_at == request.requested_at
    assert "review asked" in view.flag_model.index(0, 5).data()


def test_setting_a_review_date_clears_the_stale_flag(
    qtbot: QtBot, view: InsightView, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        insight_ui.ReviewDate,
        "ask",
        classmethod(lambda cls, parent, title, today: today + timedelta(days=60)),
    )
    view.tabs.setCurrentIndex(1)
    _select_flag(view, "Stale whitepaper")

    report = _refreshed(qtbot, view, view.review_button.click)

    assert not report.flags.stale
    assert [f.title for f in report.flags.unused] == ["Stale whitepaper"]


def test_choosing_another_attribution_recomputes_the_influenced_amounts(
    qtbot: QtBot, view: InsightView
) -> None:
    view.tabs.setCurrentIndex(2)
    title = view.influence_model.index(0, 0).data()
    before = view.influence_model.index(0, 4).data()

    row = view.attribution.findData("first")
    report = _refreshed(qtbot, view, lambda: view.attribution.setCurrentIndex(row))

    assert title == "Kessler case study" and before == "5k USD"
    assert report.parameters.attribution.value == "first"
    assert view.influence_model.index(0, 4).data() == "5k USD"  # the only asset: all of it either way
    assert view.influence_model.index(0, 6).data() == "1.00×"  # all 5 closed deals won, as overall
    assert "first touch" in view.influence_summary.text()


def test_a_result_that_arrives_after_the_user_moved_on_is_dropped(qtbot: QtBot, view: InsightView) -> None:
    shown: list[int] = []
    view.report_shown.connect(lambda report: shown.append(report.parameters.window.days))

    view.window_choice.setCurrentIndex(0)  # 30 days
    view.window_choice.setCurrentIndex(3)  # then 365, before the first answer came back
    qtbot.waitUntil(lambda: not view.busy(), timeout=TIMEOUT_MS)

    assert shown == [365]
    assert view.report is not None and view.report.parameters.window.days == 365


def test_a_custom_window_includes_its_last_day(qtbot: QtBot, view: InsightView) -> None:
    view.window_choice.blockSignals(True)
    view.window_choice.setCurrentIndex(view.window_choice.count() - 1)
    view.window_choice.blockSignals(False)
    view.since.blockSignals(True)
    view.since.setDate(TODAY - timedelta(days=6))
    view.since.blockSignals(False)

    report = _refreshed(qtbot, view, lambda: view.until.setDate(TODAY - timedelta(days=2)))

    window = report.parameters.window
    assert (window.first_day, window.last_day, window.days) == (
        TODAY - timedelta(days=6),
        TODAY - timedelta(days=2),
        5,
    )


def test_a_search_that_found_nothing_becomes_a_request_in_two_clicks(
    qtbot: QtBot, view: InsightView, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, Segment | None]] = []

    def answer(
        cls: object, parent: object, taxonomy: object, deals: object, *, text: str, segment: Segment
    ) -> RequestForm:
        asked.append((text, segment))
        return RequestForm(text + " for K-12", segment, None)

    monkeypatch.setattr(RequestDialog, "ask", classmethod(answer))
    view.tabs.setCurrentIndex(5)
    view.zero_view.selectRow(0)
    assert view.request_button.isEnabled()

    with qtbot.waitSignal(view.context.requests_changed, timeout=TIMEOUT_MS):
        view.request_button.click()

    assert asked == [("school district pricing", Segment(industry="education", stage="decision"))]
    assert "school district pricing for K-12" in [r.text for r in world.loop.list_requests()]


def test_create_asset_hands_the_query_and_its_segment_to_the_window(qtbot: QtBot, view: InsightView) -> None:
    view.tabs.setCurrentIndex(5)
    view.zero_view.selectRow(0)
    with qtbot.waitSignal(view.create_asset_requested, timeout=TIMEOUT_MS) as asked:
        view.asset_button.click()
    assert asked.args == ["school district pricing", Segment(industry="education", stage="decision")]


def test_choosing_an_asset_shows_its_detail_and_score(qtbot: QtBot, view: InsightView) -> None:
    with qtbot.waitSignal(view.asset_shown, timeout=TIMEOUT_MS) as shown:
        view.top_view.selectRow(0)
    detail = shown.args[0]
    assert detail.title == "Kessler case study" and detail.use.uses == 5
    text = view.asset_detail.toPlainText()
    assert "5 customer-facing uses (5 shared, 0 presented)" in text
    assert f"Freshness and use: {detail.score.total:g}/100" in text


def test_the_view_is_readable_in_a_dark_palette(qtbot: QtBot, view: InsightView) -> None:
    dark = dark_palette()
    view.setPalette(dark)

    _refreshed(qtbot, view, view.refresh_button.click)
    coverage = view.report.coverage  # type: ignore[union-attr]
    for cell in coverage.cells:
        fill = view.heatmap.fill(cell)
        assert contrast(text_colour_on(fill), fill) >= 4.5, cell
    quiet = next(c for c in coverage.cells if c.status is CoverageStatus.QUIET)
    assert view.heatmap.fill(quiet) == dark.color(QPalette.ColorRole.AlternateBase)
    image = view.heatmap.grab().toImage()
    assert image.pixelColor(QPoint(5, 5)).lightness() < 128  # no light box painted in the dark
    view.tabs.setCurrentIndex(4)  # service levels: two charts with their targets
    for chart in (view.usage_chart, view.influence_chart, view.ack_chart, view.feedback_chart):
        chart.resize(600, 300)
        ink = _chart_colours(chart)
        background = chart.grab().toImage().pixelColor(QPoint(2, 2))
        assert background == dark.color(QPalette.ColorRole.Base), chart.title
        assert ink["text"] >= 30, chart.title  # the title, axis labels and legend in the palette's text
        assert contrast(chart.colour(MUTED), background) >= 4.5, chart.title  # axis labels


def _chart_colours(chart: ChartView) -> dict[str, int]:
    """Pixels of a painted chart in (or near) the palette's text colour."""
    image = chart.grab().toImage()
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    counts = {"text": 0}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if contrast(image.pixelColor(x, y), text) < 1.3:
                counts["text"] += 1
    return counts


def test_charts_tell_their_figures_on_hover(qtbot: QtBot, view: InsightView) -> None:
    uses = [t for t in view.usage_chart.tips if t.endswith(" shared or presented")]
    assert sum(float(t.split(": ")[1].split(" ")[0]) for t in uses) == 5
    assert view.influence_chart.tips == [
        "Kessler case study: 5 won deals (1 declared, 5 assisted); "
        "won 5 of 5 closed deals it reached (100%) against 100% overall: 1.0×"
    ]
    chart = view.usage_chart
    busiest = max(
        (s for s in chart.chart.shapes if isinstance(s, Rect) and s.title.endswith(" shared or presented")),  # type: ignore[union-attr]
        key=lambda r: r.h,
    )
    assert _hover(qtbot, chart, busiest.x + busiest.w / 2, busiest.y + busiest.h / 2) == busiest.title
    _hover(qtbot, chart, 1, 1)  # away from every bar: the tooltip goes
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=TIMEOUT_MS)
    assert chart.tooltip_at(chart.to_widget(1, 1)) == ""


def _hover(qtbot: QtBot, chart: ChartView, x: float, y: float) -> str:
    """Rest the pointer at chart point (x, y) as a user would and read the tooltip shown."""
    QToolTip.hideText()
    at = chart.to_widget(x, y).toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_main_window_hosts_the_insight_section_and_computes_it_when_shown(
    qtbot: QtBot, open_window: object, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)  # type: ignore[operator]
    assert "insight" in window.shell.section_keys()
    view = window.insight_view
    assert view.report is None  # nothing computed for a rep who never opens it

    with qtbot.waitSignal(view.report_shown, timeout=TIMEOUT_MS):
        window.shell.show_section("insight")

    assert view.cards[0].value.text() == str(view.report.headline.published)


def test_create_asset_imports_files_tagged_for_the_demands_segment(
    qtbot: QtBot,
    open_window: object,
    library: AssetLibrary,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = samples.make_pdf(tmp_path / "K-12 pricing.pdf", ["Pricing for school districts, per pupil."])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(made)], ""))
    window = open_window(library, settings)  # type: ignore[operator]

    with qtbot.waitSignal(window.library_screen.import_dialog.import_finished, timeout=60_000) as finished:
        window.insight_view.create_asset_requested.emit(
            "school district pricing", Segment(industry="education", stage="decision")
        )
    [outcome] = finished.args[0]
    with qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS):
        pass
    asset = library.get_asset(outcome.asset_id)
    assert asset.taxonomy[Dimension.INDUSTRY] == ("education",)
    assert asset.taxonomy[Dimension.STAGE] == ("decision",)
    assert "Tagged 1 imported asset(s) for Education · Decision" in window.shell.statusBar().currentMessage()

    with qtbot.waitSignal(window.library_screen.import_dialog.import_finished, timeout=60_000) as plain:
        window.library_screen.import_paths([samples.make_pdf(tmp_path / "Other.pdf", ["Another brief."])])
    [other] = plain.args[0]
    assert library.get_asset(other.asset_id).taxonomy[Dimension.INDUSTRY] == ()  # not tagged
