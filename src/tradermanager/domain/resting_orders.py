"""The orders resting for an open paper position: its stop and the take-profits not reached
yet, all reduce-only on the closing side, as they would rest on a futures account."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.engine import OpenCopy


@dataclass(frozen=True, slots=True)
class RestingOrder:
    kind: str  # "stop_market", "trailing_stop_market" or "take_profit_limit"
    side: str  # "buy" or "sell": the side that closes the position
    price: float  # USD trigger or limit price (a trailing stop: where it stands now)
    quantity: float | None  # units; None where not known (a live copy's targets)


def resting_orders(copy: OpenCopy) -> list[RestingOrder]:
    """The stop for everything still held, the trailing stop at its current level, then each
    target not yet filled with the units it closes (from the take-profit split and what is
    held; a copy without those figures states no quantity)."""
    if copy.remaining <= 0:
        return []
    closing = "sell" if copy.side.direction > 0 else "buy"
    out = []
    if copy.stop_loss is not None:
        out.append(RestingOrder("stop_market", closing, copy.stop_loss, copy.remaining))
    if copy.trailing_stop is not None:
        out.append(
            RestingOrder("trailing_stop_market", closing, copy.trailing_stop, copy.remaining)
        )
    if len(copy.target_quantities) == len(copy.take_profits):
        out.extend(
            RestingOrder("take_profit_limit", closing, t, q)
            for t, q in zip(copy.take_profits, copy.target_quantities, strict=True)
            if q > 0
        )
        return out
    reached = sum(1 for f in copy.fills if f.reason == "take_profit")
    out.extend(
        RestingOrder("take_profit_limit", closing, t, None) for t in copy.take_profits[reached:]
    )
    return out
