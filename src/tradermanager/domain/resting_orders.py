"""The orders resting for an open paper position: its stop and the take-profits not reached
yet, all reduce-only on the closing side, as they would rest on a futures account."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.engine import OpenCopy


@dataclass(frozen=True, slots=True)
class RestingOrder:
    kind: str  # "stop_market" or "take_profit_limit"
    side: str  # "buy" or "sell": the side that closes the position
    price: float  # USD trigger or limit price
    quantity: float | None  # units; None where the engine's split decides at the fill


def resting_orders(copy: OpenCopy) -> list[RestingOrder]:
    """The stop for everything still held, then each target not yet filled (its quantity
    comes from the trader's take-profit split when it fills, so it is not stated here)."""
    if copy.remaining <= 0:
        return []
    closing = "sell" if copy.side.direction > 0 else "buy"
    out = []
    if copy.stop_loss is not None:
        out.append(RestingOrder("stop_market", closing, copy.stop_loss, copy.remaining))
    reached = sum(1 for f in copy.fills if f.reason == "take_profit")
    out.extend(
        RestingOrder("take_profit_limit", closing, t, None) for t in copy.take_profits[reached:]
    )
    return out
