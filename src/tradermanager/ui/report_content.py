"""What a trader report says, formatted exactly as the window shows it.

Turns the service's :class:`ReportData` into the :class:`ReportDocument` the HTML builder
lays out. Captions, formatters and colours are the card's and the details tabs' own (their
figure definitions are reused where they exist), so "+12.3%", "5.2×" and "—" read the same in
the report as on screen; the two tables are the Qt models of the Drawdowns and Recent signals
tabs, read row by row like the CSV export reads them."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from tradermanager.domain import metric_registry
from tradermanager.domain.metric_registry import METRICS as METRIC_SPECS
from tradermanager.domain.metric_registry import Section, Unit, spec
from tradermanager.services.report import Chart, Family, Figure, ReportDocument, Table
from tradermanager.services.report_data import ReportData
from tradermanager.ui import formatting as shared
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details import signal_quality_tab, tail_risk_tab
from tradermanager.ui.details.episode_model import DEPTH, SORT_ROLE, EpisodeTableModel
from tradermanager.ui.details.figures import Figure as Metric
from tradermanager.ui.details.leverage_tab import BUCKETS as LEVERAGE_BUCKETS
from tradermanager.ui.details.signal_model import SignalTableModel
from tradermanager.ui.metric_format import formatter, label
from tradermanager.ui.metric_help import HELP
from tradermanager.ui.table_export import table_rows

# colours where the card or a tab gives a figure one; any other return is green or red
_TONES: dict[str, fmt.Tone] = {
    **{m.key: m.tone for m in tail_risk_tab.FIGURES},
    **{m.key: m.tone for m in signal_quality_tab.FIGURES},
    "risk_score": fmt.above_tone(5.0, 7.5),
}
# the charts drawn under each family
_CHARTS: dict[Section, tuple[Chart, ...]] = {
    Section.PERFORMANCE: (
        Chart("equity", "Equity: return since the window's start", "Equity curve"),
    ),
    Section.DRAWDOWN: (
        Chart("underwater", "Underwater: how far below its previous peak", "Drawdown curve"),
    ),
    Section.TAIL: (
        Chart("returns", "Days per daily return in the window", "Daily return histogram"),
    ),
    Section.LEVERAGE: (
        Chart("leverage", "Trades per leverage bucket and their win rate", "Leverage histogram"),
    ),
    Section.TOKENS: (Chart("tokens", "Share of traded notional per token", "Token shares"),),
}


def _metric(key: str) -> Metric:
    entry = spec(key, "30d")
    tone = _TONES.get(key, fmt.gain_loss if entry.unit is Unit.RETURN else fmt.no_tone)
    return Metric(key, label(key), formatter(key), tone)


def _family_keys(section: Section) -> tuple[str, ...]:
    """The section's single figures in registry order; the trailing ROIs become the
    window's own ("roi")."""
    out: list[str] = []
    for key in metric_registry.keys(section=section):
        entry = METRIC_SPECS[key]
        if entry.unit is Unit.TABLE or not entry.listed:
            continue
        if not entry.per_window and key.startswith("roi_"):
            key = "roi"
            if key in out:
                continue
        out.append(key)
    return tuple(out)


METRICS: dict[str, Metric] = {
    key: _metric(key) for section in Section for key in _family_keys(section)
}
# (title, metric keys — "roi" is the window's own roi_<window>, charts); registry order
FAMILIES: tuple[tuple[str, tuple[str, ...], tuple[Chart, ...]], ...] = tuple(
    (section.value, _family_keys(section), _CHARTS.get(section, ())) for section in Section
)
TONE_CLASSES = {
    shared.GAIN.name(): "gain",
    shared.LOSS.name(): "loss",
    shared.WARN.name(): "warn",
    fmt.WARN.name(): "warn",
}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _tone(colour: QColor | None) -> str:
    return "" if colour is None else TONE_CLASSES.get(colour.name(), "")


def figure(key: str, values: Mapping[str, Any], window: str) -> Figure:
    """One metric of the snapshot as the report shows it."""
    if key == "roi":
        metric, raw = METRICS["roi"], _number(values.get(f"roi_{window}"))
        return Figure(
            f"ROI ({window})",
            metric.show(raw),
            f"roi_{window}",
            HELP["roi"],
            raw,
            _tone(fmt.gain_loss(raw)),
        )
    help_text = HELP.get(key, "")
    if key == "copied_won":
        text = shared.ratio(values.get("copied_won"), values.get("copied_closed"))
        return Figure(label(key), text, key, help_text, _number(values.get(key)))
    if key == "diversification_basis":
        basis = values.get("diversification_basis")
        return Figure(label(key), str(basis) if basis else fmt.DASH, key, help_text)
    metric = METRICS[key]
    raw = _number(values.get(key))
    return Figure(
        metric.caption,
        metric.show(raw),
        key,
        metric.help or help_text,
        raw,
        _tone(metric.tone(raw)),
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def leverage_table(values: Mapping[str, Any]) -> Table:
    """The leverage histogram's numbers: trades = share × trades opened (as the tab draws)."""
    shares = _mapping(values.get("leverage_frequency"))
    wins = _mapping(values.get("leverage_win_rate"))
    total = _number(values.get("trade_count")) or 0
    rows = tuple(
        (
            bucket,
            fmt.share(_number(shares.get(bucket))),
            shared.count(round((_number(shares.get(bucket)) or 0.0) * total)),
            fmt.share(_number(wins.get(bucket)), digits=0),
        )
        for bucket in LEVERAGE_BUCKETS
    )
    return Table(
        "Leverage buckets",
        ("Leverage", "Share of trades opened", "Trades", "Won (closed)"),
        rows if total else (),
        "No trades opened in this window.",
        key="leverage",
        numeric=frozenset({1, 2, 3}),
    )


def token_tables(values: Mapping[str, Any]) -> tuple[Table, ...]:
    per_token = _mapping(values.get("per_token"))
    ordered = sorted(
        per_token.items(), key=lambda kv: -(_number(_mapping(kv[1]).get("trade_count")) or 0)
    )
    return (
        Table(
            "Per token, trades closed in the window",
            ("Token", "Trades", "Win rate", "P&L", "ROI on margin"),
            tuple(
                (
                    str(token),
                    shared.count(_number(_mapping(row).get("trade_count"))),
                    fmt.share(_number(_mapping(row).get("win_rate"))),
                    shared.money(_number(_mapping(row).get("pnl")), signed=True),
                    fmt.signed_pct(_number(_mapping(row).get("roi"))),
                )
                for token, row in ordered
            ),
            "No trades closed in this window.",
            key="per-token",
            numeric=frozenset({1, 2, 3, 4}),
        ),
    )


def calibration_table(values: Mapping[str, Any]) -> Table:
    buckets = _mapping(values.get("confidence_calibration"))
    rows = []
    for name in signal_quality_tab.BUCKETS:
        bucket = _mapping(buckets.get(name))
        rows.append(
            (
                name,
                shared.count(_number(bucket.get("count")) or 0),
                fmt.share(_number(bucket.get("win_rate")), digits=0),
            )
        )
    known = any(_number(_mapping(buckets.get(n)).get("count")) for n in signal_quality_tab.BUCKETS)
    return Table(
        "Calibration: win rate per stated confidence",
        ("Stated confidence", "Resolved signals", "Made money"),
        tuple(rows) if known else (),
        "No resolved signals with a stated confidence in this window.",
        key="calibration",
        numeric=frozenset({1, 2}),
    )


def empty_reason(key: str, data: ReportData) -> str:
    """Why chart ``key`` has nothing to draw for ``data`` ("" when it has)."""
    values = data.values
    if key in ("equity", "underwater", "returns") and not data.equity.days:
        return "No history in this window."
    if key == "leverage" and not values.get("trade_count"):
        return "No trades opened in this window."
    if key == "tokens" and not values.get("token_distribution"):
        return "No trades opened in this window."
    return ""


def families(data: ReportData) -> tuple[Family, ...]:
    values, window = data.values, data.window
    extra: dict[str, tuple[Table, ...]] = {
        "Leverage": (leverage_table(values),) if values.get("trade_count") else (),
        "Tokens": token_tables(values),
        "Signal quality": (calibration_table(values),),
    }
    notes = {
        "Performance": "“Your” figures are your own copies of this trader (paper and live) "
        "opened, or closed, in the window.",
        "Tail": tail_risk_tab.NOTE,
    }
    return tuple(
        Family(
            title,
            tuple(figure(k, values, window) for k in keys),
            tuple(replace(c, empty=empty_reason(c.key, data)) for c in charts),
            extra.get(title, ()),
            notes.get(title, ""),
        )
        for title, keys, charts in FAMILIES
    )


def _model_table(
    title: str,
    model: QAbstractItemModel,
    empty: str,
    key: str,
    numeric: Sequence[int],
    note: str = "",
) -> Table:
    header, *rows = table_rows(model)
    return Table(
        title,
        tuple(header),
        tuple(tuple(r) for r in rows),
        empty,
        note,
        key,
        frozenset(numeric),
        _model_tones(model),
    )


def _model_tones(model: QAbstractItemModel) -> tuple[tuple[str, ...], ...]:
    """Each cell's colour in the window (ForegroundRole) as a report tone."""
    out = []
    for r in range(model.rowCount()):
        row = []
        for c in range(model.columnCount()):
            colour = model.index(r, c).data(Qt.ItemDataRole.ForegroundRole)
            row.append(_tone(colour) if isinstance(colour, QColor) else "")
        out.append(tuple(row))
    return tuple(out)


def episodes_table(data: ReportData) -> Table:
    """The Drawdowns tab's table: its model and sort (deepest first)."""
    model = EpisodeTableModel()
    model.set_episodes(data.episodes)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(DEPTH, Qt.SortOrder.AscendingOrder)
    return _model_table(
        "Drawdown episodes",
        proxy,
        "Never under water in this window.",
        "episodes",
        (3, 4, 5),
        "Deepest first. Days are UTC calendar days.",
    )


def decisions_table(data: ReportData) -> Table:
    model = SignalTableModel()
    model.set_signals(data.decisions)
    shown = len(data.decisions)
    return _model_table(
        "Recent decisions",
        model,
        "No signals from this trader yet.",
        "decisions",
        (4, 5, 6),
        f"The newest {shown:,} signals, newest first, with the decision the copy "
        "rules gave each and why."
        if shown
        else "",
    )


def header(data: ReportData) -> tuple[tuple[str, str], ...]:
    t, s = data.trader, data.trader.settings
    return (
        ("Name", s.name),
        ("Source", s.source.value.capitalize()),
        ("Reference", s.source_ref or fmt.DASH),
        ("Mode", "Paper (simulated copies)" if s.paper_only else "Live (real orders)"),
        ("Status", t.status.value.capitalize()),
        ("Priority", str(s.priority)),
        ("Added", t.created_at.strftime("%Y-%m-%d")),
        ("Settings changed", t.updated_at.strftime("%Y-%m-%d %H:%M UTC")),
        *((("Notes", s.notes),) if s.notes else ()),
    )


def settings(data: ReportData) -> tuple[tuple[str, str], ...]:
    s = data.trader.settings
    leverage = shared.times(s.max_leverage)
    if s.high_leverage:
        leverage += " (above 10×: liquidations get likely)"
    return (
        ("Copying", "on" if s.active else "off (new signals are not copied)"),
        (
            "Position size",
            f"{shared.times(s.multiplier)} = {shared.money(data.size_per_trade)} "
            f"per trade (base {shared.money(data.base_size)})",
        ),
        ("Max leverage", leverage),
        ("Min confidence", fmt.share(s.min_confidence)),
        ("Only tokens", ", ".join(sorted(s.whitelist)) or "All tokens"),
        ("Never tokens", ", ".join(sorted(s.blacklist)) or "none"),
        ("Reference capital", shared.money(s.reference_capital)),
    )


def drawn_charts(doc: ReportDocument) -> set[str]:
    """The keys of the document's charts that have something to draw."""
    return {c.key for f in doc.families for c in f.charts if not c.empty}


def report_document(data: ReportData) -> ReportDocument:
    t = data.trader
    return ReportDocument(
        name=t.name,
        badges=("PAPER" if t.settings.paper_only else "LIVE", t.status.value.upper()),
        header=header(data),
        settings=settings(data),
        window=data.window,
        computed_at=data.snapshot.computed_at,
        generated_at=data.generated_at,
        version=data.version,
        families=families(data),
        episodes=episodes_table(data),
        decisions=decisions_table(data),
    )
