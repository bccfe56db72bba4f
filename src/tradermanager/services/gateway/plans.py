"""What a live copy is meant to be (its plan and ladder) and what it is as recorded."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tradermanager.domain.live_orders import IntendedOrder, IntendedState, Leg
from tradermanager.domain.live_positions import closed_quantity


@dataclass(frozen=True, slots=True)
class TakeProfit:
    price: Decimal
    share: Decimal  # fraction of the position closed at this price


@dataclass(frozen=True, slots=True)
class LiveCopyPlan:
    """A copy the pipeline decided to open live. ``quantity`` is the sized (unrounded) amount
    in the base asset; ``reference_price`` the expected fill (the mark for a market entry)."""

    signal_ref: str
    trader_id: int | None
    symbol: str
    long: bool
    quantity: Decimal
    reference_price: Decimal
    leverage: int
    stop_price: Decimal
    take_profits: tuple[TakeProfit, ...] = ()
    limit_price: Decimal | None = None
    break_even_after: int | None = None  # move the stop to the entry after take-profit k
    trailing: Decimal | None = None  # trailing stop distance (fraction of the price)


@dataclass(frozen=True, slots=True)
class LiveCopyResult:
    """The copy's entry and its other orders (stops, take-profits, closes) as recorded;
    ``note`` says why a follow-up sent nothing."""

    entry: IntendedOrder
    protection: tuple[IntendedOrder, ...]
    note: str = ""

    @property
    def refused(self) -> bool:
        return self.entry.state is IntendedState.REFUSED

    @property
    def remaining(self) -> Decimal:
        """What the copy still holds: filled, less what stops, take-profits and closes took."""
        return remaining(self.entry, list(self.protection))

    @property
    def protected(self) -> bool:
        """What the copy still holds has a working reduce-only stop on the exchange for at
        least that quantity."""
        held = self.remaining
        if held <= 0:
            return True
        return any(
            o.is_stop and o.state is IntendedState.OPEN and o.quantity >= held
            for o in self.protection
        )


def remaining(entry: IntendedOrder, legs: list[IntendedOrder]) -> Decimal:
    """What of the entry's fill the copy still holds after its other orders took their part."""
    return max(entry.filled - closed_quantity(legs), Decimal(0))


def ladder_json(
    stop: Decimal | None,
    take_profits: tuple[TakeProfit, ...],
    extras: Mapping[str, Any] | None = None,
) -> str:
    """The ladder as recorded on the entry, so a restart places the same one; ``extras``: the
    exit rules and what they did (:mod:`.exits`)."""
    return json.dumps(
        {
            "stop": None if stop is None else str(stop),
            "take_profits": [[str(t.price), str(t.share)] for t in take_profits],
            **(extras or {}),
        }
    )


def plan_extras(plan: LiveCopyPlan) -> dict[str, Any]:
    """The exit rules a plan records on its entry (none: nothing, as before there were any)."""
    extras: dict[str, Any] = {}
    if plan.break_even_after is not None:
        extras["break_even_after"] = plan.break_even_after
    if plan.trailing is not None:
        extras["trailing"] = str(plan.trailing)
    return extras


def ladder_extras(text: str) -> dict[str, Any]:
    """What the recorded ladder holds besides the stop and the take-profits."""
    if not text:
        return {}
    recorded = json.loads(text)
    return {k: v for k, v in recorded.items() if k not in ("stop", "take_profits")}


def parse_ladder(text: str) -> tuple[Decimal, tuple[TakeProfit, ...]]:
    recorded = json.loads(text)
    return Decimal(recorded["stop"]), tuple(
        TakeProfit(Decimal(price), Decimal(share)) for price, share in recorded["take_profits"]
    )


def revision(leg: str) -> int:
    """0 for a first placement (``stop``), N for its N-th replacement (``stoprN``)."""
    match = re.search(r"r(\d+)$", leg)
    return int(match.group(1)) if match else 0


def revision_of(order: IntendedOrder) -> int:
    return revision(order.leg)


def leg_name(short_leg: str, number: int) -> str:
    """The recorded leg of a ladder order: ``stop``/``tp1`` for the first placement, with
    ``rN`` for its N-th replacement."""
    name = Leg.STOP.value if short_leg == "sl" else short_leg
    return name if number == 0 else f"{name}r{number}"
