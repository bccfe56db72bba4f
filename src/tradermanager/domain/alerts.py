"""Alert rules: small objects that answer "is this trader in breach, and why?".

Each kind reads one figure from :class:`TraderFacts` and compares it with the rule's
threshold. The alert service keeps, per rule and trader, whether the breach was already
reported, so an alert fires once per breach and re-arms when the condition clears.

Some kinds are not read from facts but raised by the execution engine when it acts (a daily
loss limit that stopped copying, a copy stop-loss, a failed live order, the kill switch): see
:data:`INCIDENT_KINDS` and :class:`AlertIncident`. A rule of such a kind only routes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from tradermanager.domain.alert_routing import Channel, Severity, parse_channels, parse_severity
from tradermanager.domain.errors import ValidationError


class AlertKind(StrEnum):
    DRAWDOWN = "drawdown"
    WIN_RATE = "win-rate"
    LOSSES = "losses"
    LEVERAGE = "leverage"
    LIQUIDATION = "liquidation"
    SILENCE = "silence"
    DAILY_LOSS = "daily-loss"
    COPY_LIQUIDATION = "copy-liquidation"
    SOURCE_SILENT = "source-silent"
    # raised by the execution engine when it acts (see AlertIncident)
    DAILY_LOSS_LIMIT = "daily-loss-limit"
    COPY_STOP_LOSS = "copy-stop-loss"
    LIVE_ORDER = "live-order"
    KILL_SWITCH = "kill-switch"
    LIVE_ACCOUNT = "live-account"  # reconciliation: the exchange shows what the app cannot explain


INCIDENT_KINDS = frozenset(
    {
        AlertKind.DAILY_LOSS_LIMIT,
        AlertKind.COPY_STOP_LOSS,
        AlertKind.LIVE_ORDER,
        AlertKind.KILL_SWITCH,
        AlertKind.LIVE_ACCOUNT,
    }
)
URGENT_KINDS = frozenset(
    {
        AlertKind.LIQUIDATION,
        AlertKind.COPY_LIQUIDATION,
        AlertKind.DAILY_LOSS,
        AlertKind.DAILY_LOSS_LIMIT,
        AlertKind.LIVE_ORDER,
        AlertKind.KILL_SWITCH,
        AlertKind.LIVE_ACCOUNT,
    }
)


def default_severity(kind: AlertKind) -> Severity:
    return Severity.URGENT if kind in URGENT_KINDS else Severity.WARNING


@dataclass(frozen=True, slots=True, kw_only=True)
class TraderFacts:
    """What the rules look at, for one trader at one instant. None = not known yet."""

    trader_id: int
    trader_name: str
    current_drawdown: float | None  # fraction ≤ 0, of the trader's equity
    recent_pnls: tuple[float, ...]  # USD, closed trades, most recent first
    open_max_leverage: float | None  # highest leverage among open trades
    liquidations_24h: int  # trader's trades liquidated in the last 24 hours
    days_since_signal: float | None
    my_pnl_today: float  # USD, my copied trades of this trader closed today (UTC)
    my_liquidations_24h: int = 0  # my copies of this trader liquidated in the last 24 hours
    usual_signal_gap_days: float | None = None  # see usual_gap(); None = too few signals


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertRule:
    id: int
    trader_id: int | None  # None = a default for every trader
    kind: AlertKind
    threshold: float
    auto_pause: bool = False
    window: int = 20  # trades, for win-rate
    enabled: bool = True
    channels: frozenset[Channel] = frozenset()  # besides the tray, which always shows it
    severity: Severity | None = None  # None = the kind's default

    @property
    def effective_severity(self) -> Severity:
        return self.severity or default_severity(self.kind)


@dataclass(frozen=True, slots=True)
class Breach:
    value: float | None
    message: str


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _check_drawdown(rule: AlertRule, f: TraderFacts) -> Breach | None:
    dd = f.current_drawdown
    if dd is not None and dd <= rule.threshold:
        return Breach(
            dd, f"{f.trader_name} is {_pct(dd)} below its peak (limit {_pct(rule.threshold)})."
        )
    return None


def _check_win_rate(rule: AlertRule, f: TraderFacts) -> Breach | None:
    """Only once the trader has ``window`` closed trades: fewer say too little."""
    recent = f.recent_pnls[: rule.window]
    if len(recent) < rule.window:
        return None
    rate = sum(1 for pnl in recent if pnl > 0) / len(recent)
    if rate < rule.threshold:
        return Breach(
            rate,
            f"{f.trader_name} won {_pct(rate)} of the last {len(recent)} trades "
            f"(alert below {_pct(rule.threshold)}).",
        )
    return None


def losing_streak(pnls: tuple[float, ...]) -> int:
    """Consecutive losing trades at the head of ``pnls`` (break-even ends a streak)."""
    streak = 0
    for pnl in pnls:
        if pnl >= 0:
            break
        streak += 1
    return streak


def _check_losses(rule: AlertRule, f: TraderFacts) -> Breach | None:
    streak = losing_streak(f.recent_pnls)
    if streak >= rule.threshold:
        return Breach(streak, f"{f.trader_name} has lost {streak} trades in a row.")
    return None


def _check_leverage(rule: AlertRule, f: TraderFacts) -> Breach | None:
    lev = f.open_max_leverage
    if lev is not None and lev > rule.threshold:
        return Breach(
            lev, f"{f.trader_name} holds a position at {lev:g}x (limit {rule.threshold:g}x)."
        )
    return None


def _check_liquidation(rule: AlertRule, f: TraderFacts) -> Breach | None:
    if f.liquidations_24h >= rule.threshold:
        return Breach(
            f.liquidations_24h,
            f"{f.trader_name} was liquidated {f.liquidations_24h} time(s) in the last 24 hours.",
        )
    return None


def _check_silence(rule: AlertRule, f: TraderFacts) -> Breach | None:
    days = f.days_since_signal
    if days is not None and days >= rule.threshold:
        return Breach(days, f"No signal from {f.trader_name} for {days:.1f} days.")
    return None


def _check_daily_loss(rule: AlertRule, f: TraderFacts) -> Breach | None:
    if f.my_pnl_today <= -rule.threshold:
        return Breach(
            f.my_pnl_today,
            f"Copying {f.trader_name} lost ${-f.my_pnl_today:,.2f} today "
            f"(limit ${rule.threshold:,.2f}).",
        )
    return None


def _check_copy_liquidation(rule: AlertRule, f: TraderFacts) -> Breach | None:
    if f.my_liquidations_24h >= rule.threshold:
        return Breach(
            f.my_liquidations_24h,
            f"{f.my_liquidations_24h} of my copies of {f.trader_name} were liquidated in the "
            "last 24 hours.",
        )
    return None


def usual_gap(gaps_days: list[float]) -> float | None:
    """The trader's usual time between signals: the 90th percentile of the gaps (days)
    between consecutive signals, nearest-rank; None below MIN_GAPS gaps (too few to say)."""
    if len(gaps_days) < MIN_GAPS:
        return None
    ordered = sorted(gaps_days)
    rank = max(1, -(-9 * len(ordered) // 10))  # ceil(0.9 n)
    return ordered[rank - 1]


MIN_GAPS = 5
MIN_USUAL_GAP_DAYS = 1 / 24  # an hour: a chatty source is not "silent" after minutes


def _check_source_silent(rule: AlertRule, f: TraderFacts) -> Breach | None:
    days, usual = f.days_since_signal, f.usual_signal_gap_days
    if days is None or usual is None:
        return None
    usual = max(usual, MIN_USUAL_GAP_DAYS)
    ratio = days / usual
    if ratio >= rule.threshold:
        return Breach(
            ratio,
            f"No signal from {f.trader_name} for {_duration(days)}, {ratio:.1f}× its usual "
            f"longest quiet spell of {_duration(usual)}.",
        )
    return None


def _duration(days: float) -> str:
    hours = days * 24
    return f"{hours:.1f} hours" if hours < 48 else f"{days:.1f} days"


CHECKS: dict[AlertKind, Callable[[AlertRule, TraderFacts], Breach | None]] = {
    AlertKind.DRAWDOWN: _check_drawdown,
    AlertKind.WIN_RATE: _check_win_rate,
    AlertKind.LOSSES: _check_losses,
    AlertKind.LEVERAGE: _check_leverage,
    AlertKind.LIQUIDATION: _check_liquidation,
    AlertKind.SILENCE: _check_silence,
    AlertKind.DAILY_LOSS: _check_daily_loss,
    AlertKind.COPY_LIQUIDATION: _check_copy_liquidation,
    AlertKind.SOURCE_SILENT: _check_source_silent,
}

# kind: (allowed range, description, default threshold)
THRESHOLDS: dict[AlertKind, tuple[float, float, str, float]] = {
    AlertKind.DRAWDOWN: (-1.0, -0.001, "a drawdown fraction from -1 to -0.001 (e.g. -0.15)", -0.15),
    AlertKind.WIN_RATE: (0.0, 1.0, "a win-rate fraction from 0 to 1 (e.g. 0.6)", 0.6),
    AlertKind.LOSSES: (1, 1000, "a number of consecutive losses from 1 to 1000", 5),
    AlertKind.LEVERAGE: (1, 125, "a leverage from 1 to 125", 10),
    AlertKind.LIQUIDATION: (1, 1000, "a number of liquidations from 1 to 1000", 1),
    AlertKind.SILENCE: (0.1, 365, "a number of days from 0.1 to 365", 3),
    AlertKind.DAILY_LOSS: (1, 1e9, "a USD amount from 1 to 1e9", 100),
    AlertKind.COPY_LIQUIDATION: (1, 1000, "a number of liquidated copies from 1 to 1000", 1),
    AlertKind.SOURCE_SILENT: (1.5, 100, "a multiple of the usual gap from 1.5 to 100", 3),
    # incidents carry the engine's own figure and limit; a rule only routes them
    AlertKind.DAILY_LOSS_LIMIT: (0, 0, "0 (the engine's own limit applies)", 0),
    AlertKind.COPY_STOP_LOSS: (0, 0, "0 (the engine's own limit applies)", 0),
    AlertKind.LIVE_ORDER: (0, 0, "0 (the engine reports each failed order)", 0),
    AlertKind.KILL_SWITCH: (0, 0, "0 (raised when the kill switch is used)", 0),
    AlertKind.LIVE_ACCOUNT: (0, 0, "0 (raised by each reconciliation that finds news)", 0),
}


def make_rule(
    kind: str,
    threshold: float | None = None,
    *,
    trader_id: int | None = None,
    auto_pause: bool = False,
    window: int = 20,
    rule_id: int = 0,
    channels: Any = None,
    severity: Any = None,
    enabled: bool = True,
) -> AlertRule:
    """A validated rule; ``threshold`` None takes the kind's default, ``severity`` None the
    kind's default; ``channels`` "telegram,email" or a list (the tray always shows it)."""
    try:
        kind_ = AlertKind(kind)
    except ValueError:
        raise ValidationError("rule", kind, ", ".join(k.value for k in AlertKind)) from None
    low, high, allowed, default = THRESHOLDS[kind_]
    value = default if threshold is None else threshold
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValidationError("threshold", threshold, allowed)
    if not 1 <= window <= 10_000:
        raise ValidationError("window", window, "a number of trades from 1 to 10000")
    level = None if severity in (None, "") else parse_severity(severity)
    return AlertRule(
        id=rule_id,
        trader_id=trader_id,
        kind=kind_,
        threshold=float(value),
        auto_pause=auto_pause,
        window=window,
        enabled=enabled,
        channels=parse_channels(channels),
        severity=level,
    )


def evaluate(rule: AlertRule, facts: TraderFacts) -> Breach | None:
    """The breach, or None when the trader is within the rule."""
    check = CHECKS.get(rule.kind)
    return check(rule, facts) if rule.enabled and check is not None else None


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertEvent:
    """A fired alert. ``trader_id`` None: about the whole account (``trader_name`` says so)."""

    id: int
    rule_id: int
    trader_id: int | None
    trader_name: str
    kind: AlertKind
    fired_at: datetime
    value: float | None
    message: str
    paused_trader: bool
    acknowledged_at: datetime | None
    threshold: float | None = None  # the rule's, or the engine's limit for an incident
    action: str = ""  # what the app did besides pausing (e.g. "Closed the copy at market.")


@dataclass(frozen=True, slots=True)
class AlertIncident:
    """Something the execution engine did or saw that the user must hear about at once.

    ``value`` and ``limit`` are the figure and the limit it crossed, in the kind's unit (USD
    for loss limits, a fraction of margin for a copy stop-loss, None when there is none);
    ``action`` says what the engine did ("Stopped copying for today."); ``trader_id`` None
    for one about the whole account (the daily loss limit, the kill switch)."""

    kind: AlertKind
    trader_id: int | None
    message: str
    value: float | None = None
    limit: float | None = None
    action: str = ""
    paused_trader: bool = False  # the trader was paused already
    pause_trader: bool = False  # pause the trader (the engine's copy stop-loss did)


ACCOUNT = "the whole account"  # trader_name of an alert about no single trader

# The execution engine's alert kinds (EngineAlert.kind) that reach the user, with what it did.
ENGINE_ALERTS: dict[str, tuple[AlertKind, str]] = {
    "daily_loss_limit": (AlertKind.DAILY_LOSS_LIMIT, "No new copies until the next UTC day."),
    "copy_stop": (AlertKind.COPY_STOP_LOSS, "Closed this trader's copies and stopped copying it."),
}


def incident_from_engine(kind: str, trader_id: int | None, message: str) -> AlertIncident | None:
    """The incident for an engine alert of ``kind`` (None for kinds that are only recorded,
    such as a signal refused for too many open positions)."""
    known = ENGINE_ALERTS.get(kind)
    if known is None:
        return None
    alert_kind, action = known
    pause = alert_kind is AlertKind.COPY_STOP_LOSS and trader_id is not None
    return AlertIncident(alert_kind, trader_id, message, action=action, pause_trader=pause)
