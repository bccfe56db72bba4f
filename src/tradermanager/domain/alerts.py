"""Alert rules: small objects that answer "is this trader in breach, and why?".

Each kind reads one figure from :class:`TraderFacts` and compares it with the rule's
threshold. The alert service keeps, per rule and trader, whether the breach was already
reported, so an alert fires once per breach and re-arms when the condition clears.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tradermanager.domain.errors import ValidationError


class AlertKind(StrEnum):
    DRAWDOWN = "drawdown"
    WIN_RATE = "win-rate"
    LOSSES = "losses"
    LEVERAGE = "leverage"
    LIQUIDATION = "liquidation"
    SILENCE = "silence"
    DAILY_LOSS = "daily-loss"


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class AlertRule:
    id: int
    trader_id: int | None  # None = a default for every trader
    kind: AlertKind
    threshold: float
    auto_pause: bool = False
    window: int = 20  # trades, for win-rate
    enabled: bool = True


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


CHECKS: dict[AlertKind, Callable[[AlertRule, TraderFacts], Breach | None]] = {
    AlertKind.DRAWDOWN: _check_drawdown,
    AlertKind.WIN_RATE: _check_win_rate,
    AlertKind.LOSSES: _check_losses,
    AlertKind.LEVERAGE: _check_leverage,
    AlertKind.LIQUIDATION: _check_liquidation,
    AlertKind.SILENCE: _check_silence,
    AlertKind.DAILY_LOSS: _check_daily_loss,
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
}


def make_rule(
    kind: str,
    threshold: float | None = None,
    *,
    trader_id: int | None = None,
    auto_pause: bool = False,
    window: int = 20,
    rule_id: int = 0,
) -> AlertRule:
    """A validated rule; ``threshold`` None takes the kind's default."""
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
    return AlertRule(rule_id, trader_id, kind_, float(value), auto_pause, window)


def evaluate(rule: AlertRule, facts: TraderFacts) -> Breach | None:
    """The breach, or None when the trader is within the rule."""
    return CHECKS[rule.kind](rule, facts) if rule.enabled else None


@dataclass(frozen=True, slots=True)
class AlertEvent:
    id: int
    rule_id: int
    trader_id: int
    trader_name: str
    kind: AlertKind
    fired_at: datetime
    value: float | None
    message: str
    paused_trader: bool
    acknowledged_at: datetime | None
