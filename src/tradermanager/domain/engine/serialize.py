"""Engine results as plain JSON-ready dicts (CLI ``--json``, the API, exports)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tradermanager.domain.engine.results import ClosedCopy, CopySnapshot, Fill, OpenCopy


def ms_iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat().replace("+00:00", "Z")


def fill_to_dict(fill: Fill) -> dict[str, Any]:
    return {
        "time": ms_iso(fill.time),
        "kind": fill.kind.value,
        "price": fill.price,
        "quantity": fill.quantity,
        "fee": fill.fee,
        "maker": fill.maker,
        "reason": fill.reason,
    }


def _common(copy: CopySnapshot) -> dict[str, Any]:
    return {
        "trader": copy.trader,
        "source_id": copy.source_id,
        "symbol": copy.symbol,
        "side": copy.side.value,
        "leverage": copy.leverage,
        "margin": copy.margin,
        "quantity": copy.quantity,
        "entry_price": copy.entry_price,
        "entry_time": ms_iso(copy.entry_time),
        "stop_loss": copy.stop_loss,
        "take_profits": list(copy.take_profits),
        "liquidation_price": copy.liquidation_price,
        "fees": copy.fees,
        "funding": copy.funding,
    }


def trade_to_dict(copy: ClosedCopy, *, fills: bool = False) -> dict[str, Any]:
    """A closed copy: what happened and why."""
    out = _common(copy)
    out.update(
        status="closed",
        exit_price=copy.exit_price,
        exit_time=ms_iso(copy.exit_time),
        exit_reason=copy.exit_reason.value,
        pnl=copy.pnl,
    )
    if fills:
        out["fills"] = [fill_to_dict(f) for f in copy.fills]
    return out


def open_copy_to_dict(copy: OpenCopy, *, fills: bool = False) -> dict[str, Any]:
    out = _common(copy)
    out.update(
        status="open",
        remaining=copy.remaining,
        mark_price=copy.mark_price,
        unrealized_pnl=copy.unrealized_pnl,
        realized_pnl=copy.realized_pnl,
        trailing_stop=copy.trailing_stop,
        take_profit_quantities=list(copy.target_quantities),
    )
    if fills:
        out["fills"] = [fill_to_dict(f) for f in copy.fills]
    return out
