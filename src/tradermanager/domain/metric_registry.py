"""Every metric key, once: its label, unit, format, section, help sentence and how it depends on
the window. The metrics, the card, the details tabs, the report, the comparison and the CLI
read these entries instead of spelling keys and captions themselves. Formulas: docs/metrics.md.

To add a metric: compute it in ``metrics/`` under a new key, add a :class:`MetricSpec` here and
its type to ``metric_types.MetricValues``, document it in docs/metrics.md, and bump
``metrics.SNAPSHOT_VERSION`` (docs/metrics.md, "Adding a metric").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from tradermanager.domain.windows import Window


class Section(StrEnum):
    """The family a metric belongs to, in the order the report and docs show them."""

    PERFORMANCE = "Performance"
    RISK_ADJUSTED = "Risk-adjusted"
    DRAWDOWN = "Drawdown"
    TAIL = "Tail"
    LEVERAGE = "Leverage"
    TOKENS = "Tokens"
    SIGNAL_QUALITY = "Signal quality"


class Unit(StrEnum):
    """What a value is, which decides how it is shown."""

    RETURN = "return"  # signed fraction: +12.3% (gains and losses)
    SHARE = "share"  # fraction 0..1 without sign: 53.4%
    PROBABILITY = "probability"  # a share that may be tiny: <0.01%, 0.32%
    RATIO = "ratio"  # a plain figure: Sharpe 1.23
    MULTIPLE = "multiple"  # leverage: 5.2×
    COUNT = "count"  # a whole number
    DAYS = "days"  # a duration in days
    SECONDS = "seconds"  # a delay
    USD = "usd"  # money
    SCORE = "score"  # 0–10
    LABEL = "label"  # a word (diversification basis)
    TABLE = "table"  # a structured value: buckets, per-token rows, a matrix


class Source(StrEnum):
    """Which computation produces the key (metrics/compute.py)."""

    RETURNS = "returns"  # the daily returns of the window (return_statistics)
    TRAILING = "trailing"  # the daily returns of a fixed trailing period, whatever the window
    TRADES = "trades"  # the trades opened or closed in the window
    SIGNALS = "signals"  # the signals received and my copies in the window
    PRICES = "prices"  # tokens of the window, with stored prices


@dataclass(frozen=True, slots=True, kw_only=True)
class MetricSpec:
    key: str
    label: str  # the caption in the report, the details tabs and the comparison
    unit: Unit
    section: Section
    source: Source
    help: str  # one sentence: the tooltip
    short: str = ""  # a compact caption (the card); the label when empty
    digits: int = 1  # decimals where the unit has any
    per_window: bool = True  # False: the same value in every window's snapshot
    higher_is_better: bool | None = None  # for the comparison; None: no best value
    listed: bool = True  # False: shown only together with another figure (won / closed)

    @property
    def caption(self) -> str:
        return self.short or self.label


def _section(section: Section, source: Source, *specs: tuple) -> list[MetricSpec]:
    out = []
    for key, label, unit, help, *rest in specs:
        extra = rest[0] if rest else {}
        out.append(
            MetricSpec(
                key=key,
                label=label,
                unit=unit,
                help=help,
                section=section,
                source=extra.pop("source", source),
                **extra,
            )
        )
    return out


_ROI_HELP = "Compounded return of the trader's equity over {} (time-weighted)."
WINDOW_ROI = "roi"  # the window's own ROI: roi_7d in the 7d window, roi_all in "all"

_ALL: list[MetricSpec] = [
    *_section(
        Section.PERFORMANCE,
        Source.TRADES,
        *(
            (
                f"roi_{w.value}",
                f"ROI {w.value}",
                Unit.RETURN,
                _ROI_HELP.format("the whole history" if w is Window.ALL else f"the last {w}"),
                {"source": Source.TRAILING, "per_window": False, "higher_is_better": True},
            )
            for w in Window
        ),
        (
            "win_rate",
            "Win rate",
            Unit.SHARE,
            "Share of trades closed in the window that made money; break-even is not a win.",
            {"higher_is_better": True},
        ),
        (
            "trade_count",
            "Trades opened",
            Unit.COUNT,
            "Trades the trader opened in the window.",
            {"short": "Trades"},
        ),
        ("closed_trades", "Closed trades", Unit.COUNT, "Trades the trader closed in the window."),
        (
            "signal_count",
            "Signals",
            Unit.COUNT,
            "Opening signals received from the trader in the window.",
            {"source": Source.SIGNALS},
        ),
        (
            "trading_days",
            "Trading days",
            Unit.COUNT,
            "Days of the window with a daily return.",
            {"source": Source.RETURNS},
        ),
        (
            "copied_trades",
            "Your copies",
            Unit.COUNT,
            "Positions you opened by copying this trader in the window.",
            {"source": Source.SIGNALS, "short": "Signals copied"},
        ),
        (
            "copied_closed",
            "Your closed copies",
            Unit.COUNT,
            "Your copies of this trader that closed in the window.",
            {"source": Source.SIGNALS, "listed": False},
        ),
        (
            "copied_won",
            "Your won / closed",
            Unit.COUNT,
            "Your copies of this trader closed in the window that made money, of all closed.",
            {"source": Source.SIGNALS, "short": "Won / closed"},
        ),
        (
            "pnl_contribution_usd",
            "Your P&L",
            Unit.USD,
            "Your realized P&L from copying this trader in the window.",
            {"source": Source.SIGNALS, "digits": 2, "short": "P&L"},
        ),
        (
            "pnl_contribution_pct",
            "Your P&L, % of capital",
            Unit.RETURN,
            "That P&L as a share of your capital (setting my_capital).",
            {"source": Source.SIGNALS, "short": "% of my capital"},
        ),
    ),
    *_section(
        Section.RISK_ADJUSTED,
        Source.RETURNS,
        (
            "sharpe_ratio",
            "Sharpe",
            Unit.RATIO,
            "Mean daily return over its standard deviation, annualised with 365 days.",
            {"digits": 2, "higher_is_better": True},
        ),
        (
            "sortino_ratio",
            "Sortino",
            Unit.RATIO,
            "Like Sharpe, but only losing days count as risk.",
            {"digits": 2, "higher_is_better": True},
        ),
        (
            "volatility",
            "Volatility (annual)",
            Unit.SHARE,
            "Standard deviation of daily returns, annualised with 365 days.",
        ),
        (
            "downside_vol",
            "Downside volatility",
            Unit.SHARE,
            "Like volatility, but only losing days count.",
        ),
        (
            "cagr",
            "CAGR",
            Unit.RETURN,
            "The window's growth rate compounded to a year; a few days exaggerate it.",
        ),
        (
            "calmar_ratio",
            "Calmar",
            Unit.RATIO,
            "Annual growth (CAGR) over the depth of the worst drawdown.",
            {"digits": 2},
        ),
        (
            "information_ratio",
            "Information ratio (vs BTC)",
            Unit.RATIO,
            "Sharpe of the return above BTC's daily return.",
            {"digits": 2},
        ),
    ),
    *_section(
        Section.DRAWDOWN,
        Source.RETURNS,
        (
            "max_drawdown",
            "Max drawdown",
            Unit.RETURN,
            "Deepest fall of the equity below its previous peak in the window.",
            {"higher_is_better": True},  # ≤ 0: closer to 0 is better
        ),
        (
            "current_drawdown",
            "Current drawdown",
            Unit.RETURN,
            "How far the equity is below its peak now, at the end of the window.",
        ),
        (
            "drawdown_count",
            "Drawdowns",
            Unit.COUNT,
            "Falls below a previous peak, an ongoing one included.",
        ),
        ("avg_drawdown", "Average drawdown", Unit.RETURN, "Mean depth of the drawdown episodes."),
        (
            "longest_drawdown",
            "Longest drawdown",
            Unit.DAYS,
            "The longest time under water, in days.",
            {"digits": 0},
        ),
        (
            "avg_recovery_time",
            "Average recovery",
            Unit.DAYS,
            "Mean days from a trough back to the old peak (recovered ones).",
        ),
        (
            "underwater_pct",
            "Time under water",
            Unit.SHARE,
            "Share of days spent below a previous peak.",
            {"digits": 0},
        ),
        (
            "drawdown_frequency",
            "Drawdowns per 30 days",
            Unit.RATIO,
            "Drawdown episodes per 30 days of history.",
        ),
    ),
    *_section(
        Section.TAIL,
        Source.RETURNS,
        (
            "var_95",
            "VaR 95 % (one day)",
            Unit.RETURN,
            "On one day in twenty the trader loses at least this much (historical).",
            {"short": "VaR 95 (day)"},
        ),
        (
            "cvar_95",
            "CVaR 95 % (one day)",
            Unit.RETURN,
            "Average of the worst 5 % of days.",
        ),
        ("worst_day", "Worst day", Unit.RETURN, "The worst daily return in the window."),
        (
            "tail_ratio",
            "Tail ratio",
            Unit.RATIO,
            "Size of the best 5 % days against the worst 5 %; below 1 means fat losses.",
            {"digits": 2},
        ),
        (
            "skew",
            "Skew",
            Unit.RATIO,
            "Asymmetry of daily returns; negative means rare large losses.",
            {"digits": 2},
        ),
        (
            "kurtosis",
            "Excess kurtosis",
            Unit.RATIO,
            "Excess kurtosis: how much more extreme days are than a normal distribution.",
            {"digits": 2},
        ),
    ),
    *_section(
        Section.LEVERAGE,
        Source.TRADES,
        (
            "avg_leverage",
            "Avg leverage",
            Unit.MULTIPLE,
            "Average leverage of the trades opened in the window.",
            {"higher_is_better": False},
        ),
        (
            "max_leverage",
            "Max leverage",
            Unit.MULTIPLE,
            "Highest leverage of a trade opened in the window.",
            {"higher_is_better": False},
        ),
        (
            "leverage_pnl_correlation",
            "Leverage vs return",
            Unit.RATIO,
            "Correlation of leverage and return on margin over closed trades; negative means "
            "more leverage went with worse trades.",
            {"digits": 2},
        ),
        (
            "risk_score",
            "Risk score",
            Unit.SCORE,
            "0-10: the one-day 99 % move of the tokens traded at the trader's average "
            "leverage, as a share of margin.",
            {"higher_is_better": False},
        ),
        (
            "liquidation_risk",
            "Liquidation risk",
            Unit.PROBABILITY,
            "Chance that a position like these is liquidated within its holding time, from "
            "the tokens' volatility.",
            {"higher_is_better": False},
        ),
        (
            "liquidation_rate",
            "Liquidation rate",
            Unit.PROBABILITY,
            "Share of closed trades that were liquidated.",
        ),
        (
            "token_volatility",
            "Token volatility (day)",
            Unit.SHARE,
            "Notional-weighted daily volatility of the tokens traded.",
            {"digits": 2},
        ),
        (
            "leverage_frequency",
            "Trades per leverage bucket",
            Unit.TABLE,
            "Share of the trades opened in the window per leverage bucket.",
        ),
        (
            "leverage_win_rate",
            "Win rate per leverage bucket",
            Unit.TABLE,
            "Win rate of the trades closed in the window per leverage bucket.",
        ),
    ),
    *_section(
        Section.TOKENS,
        Source.TRADES,
        (
            "unique_tokens_traded",
            "Tokens traded",
            Unit.COUNT,
            "Tokens with at least one trade in the window.",
        ),
        (
            "concentration_index",
            "Concentration (HHI)",
            Unit.RATIO,
            "Herfindahl index of the notional per token: 1 = one token.",
            {"digits": 3},
        ),
        (
            "top_3_exposure",
            "Top-3 exposure",
            Unit.SHARE,
            "Share of the traded notional in the three largest tokens.",
        ),
        (
            "diversification_score",
            "Diversification",
            Unit.SCORE,
            "0-10: how much the tokens' correlations spread the risk.",
            {"source": Source.PRICES, "higher_is_better": True},
        ),
        (
            "diversification_basis",
            "Diversification basis",
            Unit.LABEL,
            "What the diversification score rests on: prices for every pair, some pairs, or "
            "none (then the concentration alone).",
            {"source": Source.PRICES},
        ),
        (
            "token_distribution",
            "Token distribution",
            Unit.TABLE,
            "Share of the traded notional per token: the top five, the rest as Others.",
        ),
        (
            "per_token",
            "Per token",
            Unit.TABLE,
            "Trades closed, win rate, P&L and ROI of each token traded in the window.",
        ),
        (
            "token_exposure",
            "Token exposure",
            Unit.TABLE,
            "Trades opened, notional, share of notional and average leverage per token.",
        ),
        (
            "token_correlation",
            "Token correlation",
            Unit.TABLE,
            "Correlation of the daily log returns of the top tokens' prices.",
            {"source": Source.PRICES},
        ),
    ),
    *_section(
        Section.SIGNAL_QUALITY,
        Source.SIGNALS,
        (
            "signal_accuracy",
            "Signal accuracy",
            Unit.SHARE,
            "Share of resolved signals whose trade made money.",
            {"short": "Accuracy", "higher_is_better": True},
        ),
        ("avg_confidence", "Avg confidence", Unit.SHARE, "Average confidence the signals stated."),
        (
            "brier_score",
            "Brier score",
            Unit.RATIO,
            "Mean squared gap between stated confidence and outcome; lower is better.",
            {"digits": 3},
        ),
        (
            "false_positive_rate",
            "False positives",
            Unit.SHARE,
            "Share of signals that passed the confidence filter and lost.",
        ),
        (
            "signal_lag",
            "Signal lag (median)",
            Unit.SECONDS,
            "Median delay from the trader's action to its arrival here.",
        ),
        (
            "execution_slippage",
            "Execution slippage",
            Unit.RETURN,
            "Average fill worse than the signal price, as a fraction.",
            {"digits": 2},
        ),
        (
            "signal_frequency",
            "Signals per day",
            Unit.RATIO,
            "Opening signals per day in the window.",
            {"digits": 2},
        ),
        (
            "resolved_signals",
            "Resolved signals",
            Unit.COUNT,
            "Signals whose trade has closed, so the outcome is known.",
        ),
        (
            "confidence_calibration",
            "Calibration",
            Unit.TABLE,
            "Resolved signals and their win rate per stated confidence bucket.",
        ),
    ),
]

METRICS: dict[str, MetricSpec] = {spec.key: spec for spec in _ALL}
if len(METRICS) != len(_ALL):  # pragma: no cover - a typo in the table above
    raise RuntimeError("metric registry: a key is listed twice")


def spec(key: str, window: Window | str | None = None) -> MetricSpec:
    """The entry of ``key``; ``"roi"`` is the window's own ROI (``roi_30d`` for 30d)."""
    return METRICS[snapshot_key(key, window)]


def snapshot_key(key: str, window: Window | str | None = None) -> str:
    """The key in a window's snapshot: ``"roi"`` becomes ``roi_<window>``."""
    if key == WINDOW_ROI:
        if window is None:
            raise ValueError("roi: the window's own ROI needs a window")
        return f"roi_{Window(window).value}"
    return key


def keys(*, section: Section | None = None, source: Source | None = None) -> tuple[str, ...]:
    """Keys in registry order, optionally of one section or one source."""
    return tuple(
        s.key
        for s in _ALL
        if (section is None or s.section is section) and (source is None or s.source is source)
    )


def in_sections(sections: Iterable[Section]) -> tuple[str, ...]:
    wanted = set(sections)
    return tuple(s.key for s in _ALL if s.section in wanted)
