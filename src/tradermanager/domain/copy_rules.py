"""The engine's per-trader rules and account guards from stored settings.

Paper trading, the backtest and the demo portfolio all build what the engine applies here,
so a trader's sizing, exits and limits are the same wherever its signals are replayed. A
stored 0 means "off" for the optional rules (no trailing stop, no limit, …); the engine
says the same with None.
"""

from __future__ import annotations

from tradermanager.domain.app_settings import AppSettings
from tradermanager.domain.engine.rules import AccountGuards, CopyRules
from tradermanager.domain.enums import SizingMode
from tradermanager.domain.setting_specs import LIMIT_EXPIRY_HOURS
from tradermanager.domain.settings import TraderSettings


def _off_when_zero(value: float) -> float | None:
    return value if value > 0 else None


def copy_rules(settings: TraderSettings, app: AppSettings) -> CopyRules:
    """How ``settings``' trader is copied: its sizing mode and value, take-profit split,
    break-even, trailing stop, limit expiry, maximum open copies and copy stop-loss."""
    return CopyRules(
        sizing=settings.sizing,
        base_size=app.base_size,
        multiplier=settings.multiplier,
        equity_fraction=settings.equity_pct,
        risk_fraction=settings.risk_pct,
        tp_split=settings.tp_split,
        break_even_after=settings.break_even_after or None,
        trailing_stop=_off_when_zero(settings.trailing_stop),
        limit_expiry_hours=settings.limit_expiry_hours,
        max_open=settings.max_open or None,
        copy_stop_loss=_off_when_zero(settings.copy_stop_loss),
        allocation=_off_when_zero(settings.allocation),
    )


def account_guards(app: AppSettings) -> AccountGuards:
    """The account-wide limits of the global settings."""
    return AccountGuards(
        max_open_positions=app.max_open_positions or None,
        max_token_exposure=_off_when_zero(app.max_token_exposure),
        daily_loss_limit=_off_when_zero(app.daily_loss_limit),
        daily_loss_close_all=app.daily_loss_close_all,
    )


def _percent(fraction: float) -> str:
    return f"{fraction * 100:.4g} %"


def describe_rules(settings: TraderSettings) -> list[str]:
    """The trader's execution rules in words, one short phrase each, defaults left out
    except the sizing (e.g. ["2 % of equity per copy", "TP split 50/30/20"])."""
    s = settings
    if s.sizing is SizingMode.EQUITY_PCT:
        parts = [f"{_percent(s.equity_pct)} of equity per copy"]
    elif s.sizing is SizingMode.RISK_PCT:
        parts = [f"risk {_percent(s.risk_pct)} of equity to the stop"]
    else:
        parts = [f"base size × {s.multiplier:g}"]
    if s.tp_split:
        parts.append("TP split " + "/".join(f"{x * 100:.3g}" for x in s.tp_split))
    if s.break_even_after:
        parts.append(f"break-even after TP{s.break_even_after}")
    if s.trailing_stop > 0:
        parts.append(f"trailing {_percent(s.trailing_stop)}")
    if s.limit_expiry_hours != LIMIT_EXPIRY_HOURS.default:
        parts.append(f"limits expire after {s.limit_expiry_hours:g} h")
    if s.max_open:
        parts.append(f"at most {s.max_open} open")
    if s.copy_stop_loss > 0:
        base = f"${s.allocation:,.0f}" if s.allocation > 0 else "the capital"
        parts.append(f"copy stop at {_percent(s.copy_stop_loss)} of {base}")
    return parts
