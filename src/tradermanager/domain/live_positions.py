"""What each live copy still holds, from its intended orders alone.

One-way accounts net every copy of a symbol into one exchange position, so the app's share of
a position is the sum of its copies: what each entry filled, minus what its stop and
take-profits closed when they fired and what its closing orders filled. Quantities in the base
asset; a copy's ``remaining`` is never negative (a stop sized to the whole copy may fire after
a take-profit took part of it: reduce-only, it closes only what is left).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from tradermanager.domain.live_orders import (
    IntendedOrder,
    IntendedState,
    Leg,
    is_close,
    is_protective,
)

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class CopyExposure:
    """One live copy with a filled entry. ``stop_quantity``: its working (open) reduce-only
    stops on the exchange, as last recorded."""

    entry: IntendedOrder
    remaining: Decimal
    stop_quantity: Decimal
    legs: tuple[IntendedOrder, ...]

    @property
    def signal_ref(self) -> str:
        return self.entry.signal_ref

    @property
    def trader_id(self) -> int | None:
        return self.entry.trader_id

    @property
    def symbol(self) -> str:
        return self.entry.symbol

    @property
    def long(self) -> bool:
        return self.entry.side == "buy"

    @property
    def signed(self) -> Decimal:
        """``remaining`` with the position's sign: long > 0, short < 0."""
        return self.remaining if self.long else -self.remaining

    @property
    def protected(self) -> bool:
        return self.remaining == 0 or self.stop_quantity >= self.remaining


def closed_quantity(legs: Iterable[IntendedOrder]) -> Decimal:
    """What fired stops and take-profits, filled take-profit limits and filled closing orders
    took from a copy."""
    total = ZERO
    for leg in legs:
        if is_protective(leg.leg) and leg.kind == "limit":
            total += leg.filled  # a take-profit resting as a limit: what of it filled
        elif is_protective(leg.leg) and leg.state is IntendedState.TRIGGERED:
            total += leg.quantity
        elif is_close(leg.leg):
            total += leg.filled
    return total


def exposures(orders: Iterable[IntendedOrder]) -> list[CopyExposure]:
    """Every copy whose entry filled, in the order the entries were recorded (closed copies
    included, with ``remaining`` 0)."""
    entries: dict[str, IntendedOrder] = {}
    legs: dict[str, list[IntendedOrder]] = {}
    for order in orders:
        if order.leg == Leg.ENTRY.value:
            entries[order.signal_ref] = order
        else:
            legs.setdefault(order.signal_ref, []).append(order)
    result = []
    for ref, entry in entries.items():
        if entry.filled <= 0:
            continue
        own = tuple(legs.get(ref, ()))
        remaining = max(entry.filled - closed_quantity(own), ZERO)
        stops = sum(
            (
                o.quantity
                for o in own
                if o.leg.startswith(Leg.STOP.value) and o.state is IntendedState.OPEN
            ),
            ZERO,
        )
        result.append(CopyExposure(entry, remaining, stops, own))
    return result


def net_by_symbol(copies: Iterable[CopyExposure]) -> dict[str, Decimal]:
    """The signed quantity the app's copies hold per symbol (symbols with none left out)."""
    totals: dict[str, Decimal] = {}
    for copy in copies:
        if copy.remaining:
            totals[copy.symbol] = totals.get(copy.symbol, ZERO) + copy.signed
    return {symbol: qty for symbol, qty in totals.items() if qty}
