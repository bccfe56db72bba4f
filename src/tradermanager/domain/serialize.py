"""Domain objects as plain JSON-ready dicts (CLI ``--json``, exports, reports)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tradermanager.domain.alerts import AlertEvent, AlertRule
from tradermanager.domain.models import CopiedTrade, Decision, Signal, StoredSignal, Trader


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def trader_to_dict(trader: Trader, size_per_trade: float | None = None) -> dict[str, Any]:
    s = trader.settings
    out: dict[str, Any] = {
        "id": trader.id,
        "name": s.name,
        "status": trader.status.value,
        "mode": trader.mode.value,
        "source": s.source.value,
        "source_ref": s.source_ref,
        "multiplier": s.multiplier,
        "min_confidence": s.min_confidence,
        "whitelist": sorted(s.whitelist),
        "blacklist": sorted(s.blacklist),
        "max_leverage": s.max_leverage,
        "high_leverage": s.high_leverage,
        "paper_only": s.paper_only,
        "active": s.active,
        "priority": s.priority,
        "reference_capital": s.reference_capital,
        "notes": s.notes,
        "sizing": s.sizing.value,
        "equity_pct": s.equity_pct,
        "risk_pct": s.risk_pct,
        "tp_split": list(s.tp_split),
        "break_even_after": s.break_even_after,
        "trailing_stop": s.trailing_stop,
        "limit_expiry_hours": s.limit_expiry_hours,
        "max_open": s.max_open,
        "copy_stop_loss": s.copy_stop_loss,
        "allocation": s.allocation,
        "created_at": iso(trader.created_at),
        "updated_at": iso(trader.updated_at),
        "archived_at": iso(trader.archived_at),
    }
    if size_per_trade is not None:
        out["size_per_trade"] = size_per_trade
    return out


def decision_to_dict(decision: Decision | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {
        "accepted": decision.accepted,
        "reason": decision.reason.value if decision.reason else None,
        "message": decision.message,
    }


def signal_to_dict(signal: Signal) -> dict[str, Any]:
    return {
        "source_id": signal.source_id,
        "symbol": signal.symbol,
        "side": signal.side.value,
        "kind": signal.kind.value,
        "price": signal.price,
        "leverage": signal.leverage,
        "confidence": signal.confidence,
        "stop_loss": signal.stop_loss,
        "take_profits": list(signal.take_profits),
        "trader_time": iso(signal.trader_time),
        "received_time": iso(signal.received_time),
        "text": signal.raw_text,
        "trade_ref": signal.trade_ref,
    }


def stored_signal_to_dict(stored: StoredSignal) -> dict[str, Any]:
    return {
        "id": stored.id,
        "trader": stored.trader_name,
        **signal_to_dict(stored.signal),
        "decision": decision_to_dict(stored.decision),
        "decided_at": iso(stored.decided_at),
    }


def copy_to_dict(copy: CopiedTrade) -> dict[str, Any]:
    return {
        "id": copy.id,
        "mode": copy.mode.value,
        "symbol": copy.symbol,
        "side": copy.side.value,
        "leverage": copy.leverage,
        "margin": copy.margin,
        "notional": copy.notional,
        "signal_price": copy.signal_price,
        "entry_fill": copy.entry_fill,
        "exit_fill": copy.exit_fill,
        "fees": copy.fees,
        "pnl": copy.pnl,
        "status": copy.status.value,
        "opened_at": iso(copy.opened_at),
        "closed_at": iso(copy.closed_at),
    }


def rule_to_dict(rule: AlertRule, trader_name: str | None = None) -> dict[str, Any]:
    return {
        "id": rule.id,
        "trader_id": rule.trader_id,
        "trader": trader_name,
        "rule": rule.kind.value,
        "threshold": rule.threshold,
        "window": rule.window,
        "auto_pause": rule.auto_pause,
        "enabled": rule.enabled,
        "channels": ["tray", *sorted(c.value for c in rule.channels)],
        "severity": rule.effective_severity.value,
    }


def event_to_dict(event: AlertEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "rule_id": event.rule_id,
        "rule": event.kind.value,
        "trader": event.trader_name,
        "fired_at": iso(event.fired_at),
        "value": event.value,
        "message": event.message,
        "paused_trader": event.paused_trader,
        "acknowledged_at": iso(event.acknowledged_at),
        "threshold": event.threshold,
        "action": event.action,
    }
