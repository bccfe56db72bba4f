"""Rounding an intended order to a symbol's filters without ever making a copy bigger.

Quantity is rounded *down* to the step size (a copy never grows past what sizing allowed);
prices go to the nearest tick. A quantity that, once rounded, is below the minimum quantity or
whose notional is below the minimum notional is refused with the reason — it is never rounded
up to the minimum, because that would copy more than the user's settings allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from tradermanager.exchange.models import SymbolRules


@dataclass(frozen=True, slots=True)
class SizedOrder:
    """``quantity`` is None when refused; ``reason`` then says why in a sentence."""

    quantity: Decimal | None
    reason: str = ""


def round_quantity(rules: SymbolRules, quantity: Decimal) -> Decimal:
    """Down to a whole number of steps."""
    steps = (quantity / rules.step_size).to_integral_value(rounding=ROUND_DOWN)
    return (steps * rules.step_size).quantize(rules.step_size)


def round_price(rules: SymbolRules, price: Decimal) -> Decimal:
    """To the nearest tick (half up)."""
    ticks = (price / rules.tick_size).to_integral_value(rounding=ROUND_HALF_UP)
    return (ticks * rules.tick_size).quantize(rules.tick_size)


def size_entry(rules: SymbolRules, quantity: Decimal, price: Decimal) -> SizedOrder:
    """The entry quantity the exchange will accept, or a refusal naming the filter.

    ``price`` is the expected fill price (the limit, or the mark for a market order)."""
    if quantity <= 0 or price <= 0:
        return SizedOrder(None, f"{rules.symbol}: quantity and price must be positive")
    rounded = round_quantity(rules, quantity)
    if rounded < rules.min_quantity:
        return SizedOrder(
            None,
            f"{rules.symbol}: {quantity.normalize():f} rounds down to {rounded.normalize():f}, "
            f"below the minimum quantity {rules.min_quantity.normalize():f}",
        )
    if rules.max_quantity is not None and rounded > rules.max_quantity:
        return SizedOrder(
            None,
            f"{rules.symbol}: {rounded.normalize():f} is above the maximum quantity "
            f"{rules.max_quantity.normalize():f}",
        )
    notional = rounded * price
    if notional < rules.min_notional:
        return SizedOrder(
            None,
            f"{rules.symbol}: the copy is worth {notional:.2f} USDT, below the exchange's "
            f"minimum order value of {rules.min_notional.normalize():f} USDT; it is not rounded "
            "up to the minimum",
        )
    return SizedOrder(rounded)


def split_quantity(
    rules: SymbolRules, quantity: Decimal, shares: list[Decimal], *, whole: bool | None = None
) -> list[Decimal]:
    """Split a position into take-profit legs by share (fractions; a ladder above 1 is scaled to 1).

    Each leg is rounded down to the step; the last leg of a ladder that covers the whole
    position (``whole``; by default: shares summing to 1 or more) takes what rounding left
    over, so the legs never sum to more than the position. Legs that round to zero are
    dropped."""
    total = sum(shares, Decimal(0))
    covers = total >= 1 if whole is None else whole
    if total > 1 or (covers and total > 0):
        shares = [share / total for share in shares]
    legs = [round_quantity(rules, quantity * share) for share in shares]
    if legs and covers:
        legs[-1] = quantity - sum(legs[:-1], Decimal(0))
    return [leg for leg in legs if leg > 0]
