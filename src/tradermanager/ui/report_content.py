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

from tradermanager.services.report import Chart, Family, Figure, ReportDocument, Table
from tradermanager.services.report_data import ReportData
from tradermanager.ui import formatting as shared
from tradermanager.ui.card import performance_box
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details import signal_quality_tab, tail_risk_tab
from tradermanager.ui.details.episode_model import DEPTH, SORT_ROLE, EpisodeTableModel
from tradermanager.ui.details.figures import Figure as Metric
from tradermanager.ui.details.leverage_tab import BUCKETS as LEVERAGE_BUCKETS
from tradermanager.ui.details.signal_model import SignalTableModel
from tradermanager.ui.metric_help import HELP
from tradermanager.ui.table_export import table_rows

MORE_HELP: dict[str, str] = {
    "closed_trades": "Trades the trader closed in the window.",
    "trading_days": "Days of the window with a daily return.",
    "volatility": "Standard deviation of daily returns, annualised with 365 days.",
    "downside_vol": "Like volatility, but only losing days count.",
    "cagr": "The window's growth rate compounded to a year; a few days exaggerate it.",
    "calmar_ratio": "Annual growth (CAGR) over the depth of the worst drawdown.",
    "information_ratio": "Sharpe of the return above BTC's daily return.",
    "drawdown_count": "Falls below a previous peak, an ongoing one included.",
    "avg_drawdown": "Mean depth of the drawdown episodes.",
    "longest_drawdown": "The longest time under water, in days.",
    "avg_recovery_time": "Mean days from a trough back to the old peak (recovered ones).",
    "underwater_pct": "Share of days spent below a previous peak.",
    "drawdown_frequency": "Drawdown episodes per 30 days of history.",
    "leverage_pnl_correlation": "Correlation of leverage and return on margin over closed "
    "trades; negative means more leverage went with worse trades.",
    "token_volatility": "Notional-weighted daily volatility of the tokens traded.",
    "unique_tokens_traded": "Tokens with at least one trade in the window.",
    "concentration_index": "Herfindahl index of the notional per token: 1 = one token.",
    "top_3_exposure": "Share of the traded notional in the three largest tokens.",
    "diversification_score": "0-10: how much the tokens' correlations spread the risk.",
    "diversification_basis": "What the diversification score rests on: prices for every "
    "pair, some pairs, or none (then the concentration alone).",
    "signal_frequency": "Opening signals per day in the window.",
    "resolved_signals": "Signals whose trade has closed, so the outcome is known.",
}


def _days(value: float | None, digits: int = 0) -> str:
    if value is None:
        return fmt.DASH
    text = f"{value:,.{digits}f}"
    return f"{text} day" + ("" if text == "1" else "s")


def _score(value: float | None) -> str:
    return fmt.DASH if value is None else f"{value:.1f} / 10"


def _card_metrics() -> dict[str, Metric]:
    """The card's performance figures as Metric objects (same captions and formatters)."""
    out = {}
    for caption, key, show, toned in performance_box.FIGURES:
        out[key] = Metric(key, caption, show, fmt.gain_loss if toned else fmt.no_tone)
    return out


_UI = {  # where the card and a tab both show a figure, the report reads as the card
    **{m.key: m for m in tail_risk_tab.FIGURES},
    **{m.key: m for m in signal_quality_tab.FIGURES},
    **_card_metrics(),
}
_OWN = (
    Metric("closed_trades", "Closed trades", shared.count),
    Metric("trading_days", "Trading days", shared.count),
    Metric("volatility", "Volatility (annual)", fmt.share),
    Metric("downside_vol", "Downside volatility", fmt.share),
    Metric("cagr", "CAGR", fmt.signed_pct, fmt.gain_loss),
    Metric("calmar_ratio", "Calmar", fmt.number),
    Metric("information_ratio", "Information ratio (vs BTC)", fmt.number),
    Metric("drawdown_count", "Drawdowns", shared.count),
    Metric("avg_drawdown", "Average drawdown", fmt.signed_pct, fmt.loss_tone),
    Metric("longest_drawdown", "Longest drawdown", _days),
    Metric("avg_recovery_time", "Average recovery", lambda v: _days(v, 1)),
    Metric("underwater_pct", "Time under water", lambda v: fmt.share(v, digits=0)),
    Metric("drawdown_frequency", "Drawdowns per 30 days", lambda v: fmt.number(v, 1)),
    Metric("leverage_pnl_correlation", "Leverage vs return", fmt.number),
    Metric("risk_score", "Risk score", _score, fmt.above_tone(5.0, 7.5)),
    Metric("token_volatility", "Token volatility (day)", lambda v: fmt.share(v, digits=2)),
    Metric("unique_tokens_traded", "Tokens traded", shared.count),
    Metric("concentration_index", "Concentration (HHI)", lambda v: fmt.number(v, 3)),
    Metric("top_3_exposure", "Top-3 exposure", fmt.share),
    Metric("diversification_score", "Diversification", _score),
    Metric("signal_frequency", "Signals per day", fmt.number),
    Metric("resolved_signals", "Resolved signals", shared.count),
    Metric("copied_trades", "Your copies", shared.count),
    Metric(
        "pnl_contribution_usd", "Your P&L", lambda v: shared.money(v, signed=True), fmt.gain_loss
    ),
    Metric("pnl_contribution_pct", "Your P&L, % of capital", fmt.signed_pct, fmt.gain_loss),
)
METRICS: dict[str, Metric] = {**_UI, **{m.key: m for m in _OWN}}

# (title, metric keys — "roi" is the window's own roi_<window>, charts); docs/metrics.md order
FAMILIES: tuple[tuple[str, tuple[str, ...], tuple[Chart, ...]], ...] = (
    (
        "Performance",
        (
            "roi",
            "win_rate",
            "trade_count",
            "closed_trades",
            "signal_count",
            "trading_days",
            "copied_trades",
            "copied_won",
            "pnl_contribution_usd",
            "pnl_contribution_pct",
        ),
        (Chart("equity", "Equity: return since the window's start", "Equity curve"),),
    ),
    (
        "Risk-adjusted",
        (
            "sharpe_ratio",
            "sortino_ratio",
            "volatility",
            "downside_vol",
            "cagr",
            "calmar_ratio",
            "information_ratio",
        ),
        (),
    ),
    (
        "Drawdown",
        (
            "max_drawdown",
            "current_drawdown",
            "drawdown_count",
            "avg_drawdown",
            "longest_drawdown",
            "avg_recovery_time",
            "underwater_pct",
            "drawdown_frequency",
        ),
        (Chart("underwater", "Underwater: how far below its previous peak", "Drawdown curve"),),
    ),
    (
        "Tail",
        ("var_95", "cvar_95", "worst_day", "tail_ratio", "skew", "kurtosis"),
        (Chart("returns", "Days per daily return in the window", "Daily return histogram"),),
    ),
    (
        "Leverage",
        (
            "avg_leverage",
            "max_leverage",
            "leverage_pnl_correlation",
            "risk_score",
            "liquidation_risk",
            "liquidation_rate",
            "token_volatility",
        ),
        (Chart("leverage", "Trades per leverage bucket and their win rate", "Leverage histogram"),),
    ),
    (
        "Tokens",
        (
            "unique_tokens_traded",
            "concentration_index",
            "top_3_exposure",
            "diversification_score",
            "diversification_basis",
        ),
        (Chart("tokens", "Share of traded notional per token", "Token shares"),),
    ),
    (
        "Signal quality",
        (
            "signal_accuracy",
            "avg_confidence",
            "brier_score",
            "false_positive_rate",
            "signal_lag",
            "execution_slippage",
            "signal_frequency",
            "resolved_signals",
        ),
        (),
    ),
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
    help_text = HELP.get(key) or MORE_HELP.get(key, "")
    if key == "copied_won":
        text = shared.ratio(values.get("copied_won"), values.get("copied_closed"))
        return Figure("Your won / closed", text, key, help_text, _number(values.get(key)))
    if key == "diversification_basis":
        basis = values.get("diversification_basis")
        return Figure("Diversification basis", str(basis) if basis else fmt.DASH, key, help_text)
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
