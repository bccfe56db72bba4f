"""Typed shapes of metric results: a snapshot's values, its structured entries and the
drawdown episode table. Keys, units and captions: ``metric_registry``; formulas:
docs/metrics.md. ``None`` is an undefined value (never NaN or infinity)."""

from __future__ import annotations

from typing import TypedDict

# The columns of the trades DataFrame the metrics read (docs/metrics.md, "Trades"); the
# store's trade table has these plus the source's own id.
TRADE_FRAME_COLUMNS = (
    "trader_id",
    "symbol",
    "side",
    "leverage",
    "entry_price",
    "exit_price",
    "entry_time",
    "exit_time",
    "notional",
    "fees",
    "pnl",
    "status",
)


class DrawdownEpisode(TypedDict):
    """One drawdown episode: dates as ISO days (day positions for undated series)."""

    start: str | int  # first day under water
    trough: str | int  # first day at the episode's depth
    end: str | int | None  # first day back at the old peak; None while ongoing
    depth: float  # deepest dd of the episode, fraction in [−1, 0)
    days: int  # calendar days under water
    recovery_days: int | None  # trough → recovery; None while ongoing


class TokenOutcome(TypedDict):
    """``per_token``: trades of the token closed in the window."""

    trade_count: int
    win_rate: float | None
    pnl: float | None  # USD
    roi: float | None  # pnl ÷ margin


class TokenExposure(TypedDict):
    """``token_exposure``: trades of the token opened in the window."""

    opened_trades: int
    notional: float  # USD
    notional_share: float | None
    avg_leverage: float | None


class CalibrationBucket(TypedDict):
    count: int
    win_rate: float | None


class TokenCorrelationTable(TypedDict):
    tokens: list[str]
    matrix: list[list[float | None]] | None


class ReturnsMetrics(TypedDict):
    """The returns families (metrics.return_statistics), one value per key."""

    volatility: float | None
    downside_vol: float | None
    sharpe_ratio: float | None
    sortino_ratio: float | None
    cagr: float | None
    calmar_ratio: float | None
    information_ratio: float | None
    max_drawdown: float | None
    current_drawdown: float | None
    drawdown_count: float | None
    avg_drawdown: float | None
    longest_drawdown: float | None
    avg_recovery_time: float | None
    underwater_pct: float | None
    drawdown_frequency: float | None
    var_95: float | None
    cvar_95: float | None
    tail_ratio: float | None
    skew: float | None
    kurtosis: float | None
    worst_day: float | None


class MetricValues(ReturnsMetrics):
    """Every key of one trader's snapshot for one window (registry: ``METRICS``)."""

    roi_7d: float | None
    roi_30d: float | None
    roi_90d: float | None
    roi_all: float | None
    trade_count: int
    closed_trades: int
    win_rate: float | None
    avg_leverage: float | None
    max_leverage: float | None
    leverage_pnl_correlation: float | None
    liquidation_rate: float | None
    liquidation_risk: float | None
    risk_score: float | None
    token_volatility: float | None
    leverage_frequency: dict[str, float | None]
    leverage_win_rate: dict[str, float | None]
    token_distribution: dict[str, float]
    concentration_index: float | None
    top_3_exposure: float | None
    unique_tokens_traded: int
    per_token: dict[str, TokenOutcome]
    token_exposure: dict[str, TokenExposure]
    signal_count: int
    signal_frequency: float | None
    signal_accuracy: float | None
    resolved_signals: int
    avg_confidence: float | None
    brier_score: float | None
    signal_lag: float | None
    false_positive_rate: float | None
    execution_slippage: float | None
    copied_trades: int
    copied_closed: int
    copied_won: int
    pnl_contribution_usd: float | None
    pnl_contribution_pct: float | None
    confidence_calibration: dict[str, CalibrationBucket]
    diversification_score: float | None
    diversification_basis: str | None
    token_correlation: TokenCorrelationTable
    trading_days: int


class SeriesMetrics(ReturnsMetrics):
    """``metrics.returns_metrics`` of one series: the returns keys and the episode table."""

    drawdown_episodes: list[DrawdownEpisode]
