"""The Insight view's parts that hold or paint data: table models over the insight's frozen
records (columns declared once), the custom-painted coverage heatmap, and the charts'
figures, each readable in light and dark palettes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QColor,
)

from collateral_app.domain.insight import (
    AssetInfluence,
    AssetUse,
    DemandQuery,
    FlaggedAsset,
    RequestTiming,
    ServiceLevelReport,
    TimePoint,
    TypeUse,
)
from collateral_app.domain.sales import Money
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.insight.tables import date_only, percent
from collateral_app.services.insight.tables import money_text as amounts_text

from ..common.language import money_text
from ..common.record_table import Column, RecordTable
from ..common.words import value_word

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight


class InsightTable(RecordTable):
    """An Insight table: its rows are assets, requests or queries, which actions act on."""

    context = "insight"

    def record_id(self, record: Any) -> str:
        return str(getattr(record, "asset_id", getattr(record, "request_id", getattr(record, "query", ""))))


def _money(amounts: Sequence[Money]) -> str:
    return amounts_text(amounts, compact=True)  # in several currencies: said, never added up


def _num(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


class AssetUseModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Assets by use")
    columns = (
        Column(
            QT_TRANSLATE_NOOP("insight", "Title"),
            lambda a: a.title,
            lambda a: a.title.casefold(),
            tip=lambda a: a.title,
        ),
        Column(QT_TRANSLATE_NOOP("insight", "Type"), lambda a: a.type, dimension="type"),
        Column(QT_TRANSLATE_NOOP("insight", "Status"), lambda a: a.status),
        Column(
            QT_TRANSLATE_NOOP("insight", "Uses"),
            lambda a: str(a.uses),
            lambda a: a.uses,
            RIGHT,
            lambda a: _use_tip(a),
        ),
        Column(QT_TRANSLATE_NOOP("insight", "Views"), lambda a: str(a.views), lambda a: a.views, RIGHT),
    )


def _use_tip(a: AssetUse) -> str:
    return QCoreApplication.translate(
        "insight", "{0} shared, {1} presented with a prospect; {2} views"
    ).format(a.shares, a.presentations, a.views)


class TypeUseModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Usage by type")
    columns = (
        Column(QT_TRANSLATE_NOOP("insight", "Type"), lambda t: t.label),
        Column(QT_TRANSLATE_NOOP("insight", "Published"), lambda t: str(t.assets), lambda t: t.assets, RIGHT),
        Column(QT_TRANSLATE_NOOP("insight", "Used"), lambda t: str(t.used), lambda t: t.used, RIGHT),
        Column(QT_TRANSLATE_NOOP("insight", "Uses"), lambda t: str(t.uses), lambda t: t.uses, RIGHT),
        Column(QT_TRANSLATE_NOOP("insight", "Views"), lambda t: str(t.views), lambda t: t.views, RIGHT),
    )

    def record_id(self, record: TypeUse) -> str:
        return record.type


class FlagModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Flagged assets")
    columns = (
        Column(
            QT_TRANSLATE_NOOP("insight", "Title"),
            lambda f: f.title,
            lambda f: f.title.casefold(),
            tip=lambda f: f.reason,
        ),
        Column(QT_TRANSLATE_NOOP("insight", "Owner"), lambda f: f.owner),
        Column(QT_TRANSLATE_NOOP("insight", "Uses"), lambda f: str(f.uses), lambda f: f.uses, RIGHT),
        Column(
            QT_TRANSLATE_NOOP("insight", "Last used"),
            lambda f: date_only(f.last_used_at) or QCoreApplication.translate("insight", "never"),
            lambda f: date_only(f.last_used_at),
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Review by"),
            lambda f: date_only(f.review_by),
            lambda f: date_only(f.review_by),
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Why flagged"),
            lambda f: f.details + _asked(f),
            tip=lambda f: f.reason,
        ),
    )


def _asked(f: FlaggedAsset) -> str:
    return (
        QCoreApplication.translate("insight", "; review asked {0}").format(date_only(f.review_requested_at))
        if f.review_requested_at
        else ""
    )


def _lift_tip(a: AssetInfluence) -> str:
    return a.lift_reason


class InfluenceModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Win influence")
    columns = (
        Column(
            QT_TRANSLATE_NOOP("insight", "Title"),
            lambda a: a.title,
            lambda a: a.title.casefold(),
            tip=lambda a: a.lift_reason,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Declared"),
            lambda a: str(a.declared_won),
            lambda a: a.declared_won,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Assisted"),
            lambda a: str(a.assisted_won),
            lambda a: a.assisted_won,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Won deals"),
            lambda a: str(a.won_deals),
            lambda a: a.won_deals,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Influenced"),
            lambda a: _money(a.influenced),
            lambda a: sum(m.minor for m in a.influenced),
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Closed deals"),
            lambda a: str(a.closed_deals_used),
            lambda a: a.closed_deals_used,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Lift"),
            lambda a: f"{a.lift:.2f}×" if a.lift is not None else "",
            lambda a: a.lift or 0,
            RIGHT,
            _lift_tip,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Rating"),
            lambda a: _num(a.average_rating),
            lambda a: a.average_rating or 0,
            RIGHT,
        ),
    )


class RequestTimingModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Requests")
    columns = (
        Column(
            QT_TRANSLATE_NOOP("insight", "Request"),
            lambda t: t.text,
            lambda t: t.text.casefold(),
            tip=lambda t: t.reason,
        ),
        Column(QT_TRANSLATE_NOOP("insight", "Requester"), lambda t: t.requester),
        Column(
            QT_TRANSLATE_NOOP("insight", "Made"), lambda t: date_only(t.created_at), lambda t: t.created_at
        ),
        Column(QT_TRANSLATE_NOOP("insight", "Status"), lambda t: t.status.value.replace("_", " ")),
        Column(
            QT_TRANSLATE_NOOP("insight", "Ack. days"),
            lambda t: _num(t.ack_days),
            lambda t: t.ack_days or 0,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "On time"),
            lambda t: _met(t.ack_met),
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Delivery days"),
            lambda t: _num(t.deliver_days),
            lambda t: t.deliver_days or 0,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Delivered on time"),
            lambda t: _met(t.deliver_met),
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        Column(QT_TRANSLATE_NOOP("insight", "Why"), lambda t: t.reason, tip=lambda t: t.reason),
    )

    def record_id(self, record: RequestTiming) -> str:
        return record.request_id


def _met(value: bool | None) -> str:
    return {
        True: QCoreApplication.translate("insight", "yes"),
        False: QCoreApplication.translate("insight", "late"),
        None: "",
    }[value]


class DealRefModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Deals closed without feedback")
    columns = (
        Column(QT_TRANSLATE_NOOP("insight", "Deal"), lambda d: d.name, lambda d: d.name.casefold()),
        Column(QT_TRANSLATE_NOOP("insight", "Owner"), lambda d: d.owner),
        Column(QT_TRANSLATE_NOOP("insight", "Outcome"), lambda d: value_word(d.outcome)),
        Column(
            QT_TRANSLATE_NOOP("insight", "Closed"),
            lambda d: date_only(d.close_date),
            lambda d: date_only(d.close_date),
        ),
        Column(
            QT_TRANSLATE_NOOP("insight", "Amount"),
            lambda d: money_text(d.amount),
            lambda d: d.amount.minor if d.amount else 0,
            RIGHT,
        ),
    )

    def record_id(self, record: Any) -> str:
        return str(record.deal_id)


class DemandModel(InsightTable):
    title = QT_TRANSLATE_NOOP("insight", "Search demand")

    def __init__(self, segment_words: Callable[[Any], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("insight", "Query"), lambda q: q.query, lambda q: q.query),
            Column(
                QT_TRANSLATE_NOOP("insight", "Searches"),
                lambda q: str(q.searches),
                lambda q: q.searches,
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("insight", "Found nothing"),
                lambda q: str(q.zero_result),
                lambda q: q.zero_result,
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("insight", "No click"),
                lambda q: str(q.no_click),
                lambda q: q.no_click,
                RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("insight", "Last"),
                lambda q: date_only(q.last_searched_at),
                lambda q: q.last_searched_at,
            ),
            Column(QT_TRANSLATE_NOOP("insight", "Segment"), lambda q: segment_words(q.segment)),
            Column(
                QT_TRANSLATE_NOOP("insight", "Requested"),
                lambda q: QCoreApplication.translate("insight", "yes") if q.request_id else "",
                tip=_request_tip,
            ),
        )

    def record_id(self, record: DemandQuery) -> str:
        return record.query


def _request_tip(q: DemandQuery) -> str:
    return (
        QCoreApplication.translate("insight", "An open request already asks for this")
        if q.request_id
        else QCoreApplication.translate("insight", "Nobody has asked marketing yet")
    )


# -- the heatmap -----------------------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_colour_on(fill: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with `fill`."""
    dark, light = QColor("#111111"), QColor("#ffffff")
    return dark if contrast(dark, fill) >= contrast(light, fill) else light


def influence_tip(a: AssetInfluence) -> str:
    lift = f"; {a.lift_reason}" if a.lift is not None else ""
    return QCoreApplication.translate("insight", "{0}: {1} won deals ({2} declared, {3} assisted){4}").format(
        a.title, a.won_deals, a.declared_won, a.assisted_won, lift
    )


def short_labels(starts: Sequence[date], monthly: bool) -> list[str]:
    """Axis labels that fit: the month only when it changes ("3 Sep", "10", "17", "1 Oct"),
    the year only on the first month and in January."""
    labels: list[str] = []
    previous: date | None = None
    for day in starts:
        if monthly:
            year = previous is None or day.month == 1
            labels.append(f"{day:%b %Y}" if year else f"{day:%b}")
        else:
            labels.append(
                f"{day.day} {day:%b}" if previous is None or day.month != previous.month else str(day.day)
            )
        previous = day
    return labels


def usage_series(points: Sequence[TimePoint]) -> tuple[list[str], list[tuple[str, str, list[float]]]]:
    monthly = len(points) > 1 and (points[1].start - points[0].start).days > 7
    return short_labels([p.start for p in points], monthly), [
        (
            QCoreApplication.translate("insight", "shared or presented"),
            "#2f6fdb",
            [float(p.uses) for p in points],
        ),
        (QCoreApplication.translate("insight", "views"), "#a9c4f5", [float(p.views) for p in points]),
    ]


def service_series(report: ServiceLevelReport) -> dict[str, Any]:
    monthly = len(report.trend) > 1 and (report.trend[1].start - report.trend[0].start).days > 7
    labels = short_labels([p.start for p in report.trend], monthly)
    return {
        "ack": (
            labels,
            [
                (
                    QCoreApplication.translate("insight", "mean working days to acknowledge"),
                    "#e0a030",
                    [p.ack_mean_days or 0.0 for p in report.trend],
                )
            ],
            (
                QCoreApplication.translate("insight", "target {0}").format(report.targets.ack_working_days),
                float(report.targets.ack_working_days),
            ),
        ),
        "feedback": (
            labels,
            [
                (
                    QCoreApplication.translate("insight", "% of closed deals with feedback"),
                    "#2e9e6a",
                    [100 * (p.feedback_coverage or 0.0) for p in report.trend],
                )
            ],
            (
                QCoreApplication.translate("insight", "target {0}").format(
                    percent(report.targets.feedback_coverage)
                ),
                100 * report.targets.feedback_coverage,
            ),
        ),
    }
