"""The hand-off report as tables, a chart, words, JSON and a PDF: what `report handoff` prints
and exports and what the Insight › Hand-off tab shows. No Qt, no files except the PDF's."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from collateral_app.domain.errors import UserError
from collateral_app.domain.insight import ReportParameters
from collateral_app.domain.leads import ConversionRow, HandoffReport, LeadRef
from collateral_app.services.common.plain import plain
from collateral_app.services.insight.charts import (
    BLUE,
    GREEN,
    INK,
    LIGHT_BLUE,
    MUTED,
    TARGET,
    Chart,
    Line,
    Rect,
    Text,
    nice_ceiling,
)
from collateral_app.services.insight.export import _cards, _Pdf, _rgb, _write
from collateral_app.services.insight.tables import Cell, Table, parameters_json, percent, text_table

log = logging.getLogger(__name__)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else ""


def _days(value: float | None) -> str:
    return f"{value:.2f} working days" if value is not None else "—"


def headline_cards(r: HandoffReport) -> list[tuple[str, str]]:
    a = r.agreement
    return [
        ("MQLs handed over (agreed)", f"{r.handed_over} ({r.agreed})"),
        (f"worked within {a.touch_working_days} working days", _share_text(r.worked_in_time, r.worked_share)),
        (
            f"qualified or rejected within {a.decide_working_days} (target {percent(a.in_time_target)})",
            _share_text(r.decided_in_time, r.decided_share),
        ),
        (f"MQL→SQL (target {percent(a.conversion_target)})", f"{percent(r.conversion)} ({r.qualified})"),
        ("median time to first touch", _days(r.median_touch_days)),
        ("median time to SQL", _days(r.median_sql_days)),
        ("untouched past the deadline", str(r.untouched_count)),
        (
            "SQL→won (through their deals)",
            f"{percent(r.deals.win_rate)} ({r.deals.won} of {r.deals.with_deal})",
        ),
    ]


def _share_text(count: int, share: float | None) -> str:
    return f"{percent(share)} ({count})"


def _conversion_rows(rows: tuple[ConversionRow, ...]) -> tuple[tuple[Cell, ...], ...]:
    return tuple((r.label, r.mqls, r.sqls, percent(r.rate)) for r in rows)


def _lead_rows(rows: tuple[LeadRef, ...]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(
        (
            r.name,
            r.company,
            r.owner,
            r.source,
            _when(r.handed_over_at),
            _when(r.deadline),
            r.stage,
            r.why,
            r.id,
        )
        for r in rows
    )


LEAD_HEADERS = ("lead", "company", "owner", "source", "handed_over", "deadline", "stage", "why", "lead_id")


def handoff_tables(r: HandoffReport) -> list[Table]:
    a = r.agreement
    weeks = Table(
        "handoff-weeks",
        "Hand-off weeks",
        (
            "week_of",
            "handed_over",
            "agreed",
            "worked_in_time",
            "worked_share",
            "decided_in_time",
            "decided_share",
            "pending",
            "sqls",
            "conversion",
            "rejected",
            "recycled",
        ),
        tuple(
            (
                w.start.isoformat(),
                w.handed_over,
                w.agreed,
                w.worked_in_time,
                percent(w.worked_share),
                w.decided_in_time,
                percent(w.decided_share),
                w.decide_pending,
                w.qualified,
                percent(w.conversion),
                w.rejected,
                w.recycled,
            )
            for w in r.weeks
        ),
        note=f"A week starts on {a.weekday_name}; pending leads (deadline still ahead) are left out "
        "of the shares.",
    )
    conversion = [
        Table(
            f"conversion-by-{name}",
            f"MQL→SQL by {name}",
            (name, "mqls", "sqls", "conversion"),
            _conversion_rows(rows),
        )
        for name, rows in (
            ("source", r.by_source),
            ("industry", r.by_industry),
            ("size", r.by_size),
            ("owner", r.by_owner),
        )
    ]
    deals = Table(
        "sql-to-won",
        "SQL→won through the linked deals",
        ("sqls", "with_deal", "won", "lost", "open", "win_rate"),
        (
            (
                r.deals.sqls,
                r.deals.with_deal,
                r.deals.won,
                r.deals.lost,
                r.deals.open,
                percent(r.deals.win_rate),
            ),
        ),
    )
    drill = [
        Table(
            name,
            title,
            LEAD_HEADERS,
            _lead_rows(leads),
            note=_shown(len(leads), count),
        )
        for name, title, leads, count in (
            ("past-deadline", "Leads past a deadline", r.past_deadline, r.past_deadline_count),
            ("untouched", "Untouched MQLs past the deadline", r.untouched_leads, r.untouched_count),
            ("recycled", "Recycled leads", r.recycled_leads, r.recycled_count),
        )
    ]
    content = Table(
        "content-conversion",
        "Content before qualification and conversion",
        (
            "asset",
            "leads_reached",
            "sqls",
            "rate",
            "leads_not_reached",
            "sqls_without",
            "rate_without",
            "ratio",
            "why",
        ),
        tuple(
            (
                c.title,
                c.reached,
                c.reached_sqls,
                percent(c.rate_reached),
                c.not_reached,
                c.not_reached_sqls,
                percent(c.rate_not_reached),
                f"{c.ratio:.2f}×" if c.ratio is not None else "—",
                c.ratio_reason,
            )
            for c in r.content
        ),
        note=f"A ratio needs {a.content_min_leads} leads on each side (as lift needs its deals).",
    )
    sql_only = Table(
        "sql-only-content",
        "Shared with SQLs, never with MQLs",
        ("asset", "sql_leads"),
        tuple((c.title, c.sql_leads) for c in r.sql_only),
    )
    return [weeks, *conversion, deals, *drill, content, sql_only]


def _shown(shown: int, count: int) -> str:
    """A drill-down's note when the report carries only its first leads."""
    if shown >= count:
        return ""
    return f"the first {shown} of {count}, oldest hand-off first (all of them with --csv or --json)"


def handoff_chart(r: HandoffReport, *, width: float = 520, height: float = 200) -> Chart:
    """Per hand-off week: MQLs handed over (bars) against the agreed count (dashed), with the
    MQLs worked and decided in time beside them."""
    chart = Chart(width, height, "MQLs per hand-off week: handed over, worked and decided in time")
    left, right, top, bottom = 36.0, width - 10, 24.0, height - 30
    agreed = r.agreement.handoff_count
    highest = max([w.handed_over for w in r.weeks] + [agreed, 1])
    top_value = nice_ceiling(highest)
    for n in range(5):
        value = top_value * n / 4
        y = bottom - (bottom - top) * n / 4
        chart.shapes.append(Line(left, y, right, y))
        chart.shapes.append(Text(left - 4, y + 3, f"{value:g}", 7, MUTED, "end"))
    series = (
        ("handed over", BLUE, [w.handed_over for w in r.weeks]),
        ("worked in time", LIGHT_BLUE, [w.worked_in_time for w in r.weeks]),
        ("decided in time", GREEN, [w.decided_in_time for w in r.weeks]),
    )
    slot = (right - left) / max(1, len(r.weeks))
    bar = min(14.0, slot * 0.8 / len(series))
    every = max(1, -(-len(r.weeks) // 13))
    for n, week in enumerate(r.weeks):
        x0 = left + slot * n + (slot - bar * len(series)) / 2
        label = f"{week.start.day} {week.start:%b}"
        for k, (name, colour, values) in enumerate(series):
            h = (bottom - top) * values[n] / top_value
            chart.shapes.append(
                Rect(x0 + k * bar, bottom - h, bar - 1, h, colour, title=f"{label}: {values[n]} {name}")
            )
        if n % every == 0:
            chart.shapes.append(Text(left + slot * n + slot / 2, bottom + 11, label, 7, MUTED, "middle"))
    y = bottom - (bottom - top) * agreed / top_value
    chart.shapes.append(Line(left, y, right, y, TARGET, 1.2, dashed=True))
    chart.shapes.append(Text(right, y - 3, f"agreed: {agreed} a week", 7, TARGET, "end"))
    x = left
    for name, colour, _ in series:
        chart.shapes.append(Rect(x, 8, 8, 8, colour))
        chart.shapes.append(Text(x + 11, 15, name, 7.5, INK))
        x += 16 + 4.6 * len(name)
    chart.caption = r.agreement_text
    return chart


def handoff_definitions(r: HandoffReport) -> list[tuple[str, str]]:
    a = r.agreement
    return [
        (
            "Window",
            f"Half-open: MQLs handed over from midnight on {r.first_day} to midnight after {r.last_day} in "
            f"{r.time_zone}.",
        ),
        ("Agreement", r.agreement_text),
        (
            "Hand-off",
            "A lead's first MQL event: a date of the export (“Became a Marketing Qualified Lead "
            "Date”, a Salesforce lead's Created Date), the import that first saw it as an MQL, or the app.",
        ),
        ("Hand-off week", f"Seven days from midnight on {a.weekday_name}, in the library's time zone."),
        (
            "Worked in time",
            f"The first touch (worked, SQL, rejected or recycled) within {a.touch_working_days} "
            "working days of the hand-off. Working days are Monday to Friday in local wall-clock time, "
            "as the service levels count them.",
        ),
        (
            "Decided in time",
            f"Qualified (SQL), rejected or recycled within {a.decide_working_days} working days "
            "of the hand-off.",
        ),
        ("Pending", "Not done yet and its deadline still ahead: left out of the in-time shares."),
        ("MQL→SQL conversion", "The window's MQLs that have become SQL by now, over the window's MQLs."),
        ("Median time to first touch / SQL", "In working days, over the MQLs that were touched / qualified."),
        (
            "SQL→won",
            "The deals the window's SQLs converted to (the lead export's opportunity id): won ÷ "
            "(won + lost).",
        ),
        (
            "Past deadline",
            "Untouched past the touch deadline, touched late, undecided past the decision "
            "deadline, or decided late.",
        ),
        (
            "Content before qualification",
            "An asset shared or presented to the lead's company (its prospect) "
            "before the lead became SQL (before its first decision, or now, when undecided). "
            "Ratio = conversion of the leads reached ÷ conversion of those not reached, hidden below "
            f"{a.content_min_leads} leads on either side.",
        ),
        (
            "Shared with SQLs, never with MQLs",
            "Assets used with a qualified lead's company after its "
            "qualification, never with any lead's company before a qualification.",
        ),
    ]


def handoff_json(r: HandoffReport, params: ReportParameters) -> dict[str, Any]:
    data: dict[str, Any] = {"report": "handoff", "parameters": parameters_json(params)}
    data.update(plain(r))
    for name in ("conversion", "worked_share", "decided_share"):
        data[name] = getattr(r, name)
    data["weeks"] = [
        {
            **plain(w),
            "worked_share": w.worked_share,
            "decided_share": w.decided_share,
            "conversion": w.conversion,
        }
        for w in r.weeks
    ]
    data["deals"]["win_rate"] = r.deals.win_rate
    return data


def without_ids(table: Table) -> Table:
    """A table as people read it: without the id column kept for the drill-downs and CSV."""
    if table.headers[-1] != "lead_id":
        return table
    return Table(
        table.name, table.title, table.headers[:-1], tuple(row[:-1] for row in table.rows), table.note
    )


def handoff_text(r: HandoffReport, *, limit: int | None = 25) -> str:
    lines = [f"Hand-off — {r.window_label}", r.agreement_text, ""]
    lines += [f"  {label}: {value}" for label, value in headline_cards(r)]
    lines.append("")
    lines += [text_table(without_ids(table), limit=limit) for table in handoff_tables(r)]
    return "\n".join(lines)


def write_handoff_pdf(r: HandoffReport, path: Path) -> Path:
    title = "Lead hand-off"
    pdf = _Pdf(title, r.window_label)
    doc = pdf.doc
    doc.add_page()
    pdf.font(22, bold=True)
    doc.set_text_color(*_rgb(INK))
    doc.cell(0, 11, pdf.clean(title), new_x="LMARGIN", new_y="NEXT")
    for key, value in (
        ("Window", r.window_label),
        ("Agreement", r.agreement_text),
        ("Generated", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
    ):
        pdf.font(9, bold=True)
        doc.set_text_color(*_rgb(INK))
        doc.cell(24, 5, pdf.clean(key))
        pdf.font(9)
        doc.set_text_color(*_rgb("#52606d"))
        doc.multi_cell(0, 5, pdf.clean(value), new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    _cards(pdf, headline_cards(r))
    pdf.heading("Hand-off weeks")
    pdf.chart(handoff_chart(r))
    for table in handoff_tables(r):
        pdf.table(without_ids(table))
    doc.add_page()
    pdf.heading("Appendix: definitions")
    for term, text in handoff_definitions(r):
        pdf.room(14)
        pdf.font(8.5, bold=True)
        doc.set_text_color(*_rgb(INK))
        doc.cell(0, 4.6, pdf.clean(term), new_x="LMARGIN", new_y="NEXT")
        pdf.paragraph(text, 8, "#323f4b")
    try:
        data = bytes(doc.output())
    except Exception as exc:  # fpdf2 raises its own errors for content it cannot lay out
        log.exception("PDF export failed")
        raise UserError(f"The PDF could not be made ({exc}); the CSV export holds the same tables.") from exc
    _write(path, data)
    return path
