"""A live copy's figures from the fills the exchange booked, by the paper engine's formulas.

Per copy (several copies can share one exchange position, so the exchange's own average entry
and realised P&L are of the whole position, not of one copy):

* entry price = quantity-weighted mean of the entry fills; exit price likewise of the exits;
* gross P&L = direction × Σ over exit fills of quantity × (exit fill − entry price);
* fees = Σ commission of every fill (USDT); funding = Σ of the copy's share of each funding
  settlement (paid positive, received negative);
* P&L = gross − fees − funding (as :class:`~tradermanager.domain.engine.ClosedCopy`'s).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

EPSILON = 1e-12


@dataclass(frozen=True, slots=True)
class BookedFill:
    """``entry``: opens (True) or reduces the copy; USDT price and fee, base-asset quantity."""

    time_ms: int
    entry: bool
    price: float
    quantity: float
    fee: float
    reason: str  # entry: market / limit; exit: an ExitReason value


@dataclass(frozen=True, slots=True)
class LiveFigures:
    quantity: float  # the most held
    remaining: float
    entry_price: float | None
    entry_time: int | None
    exit_price: float | None
    exit_time: int | None
    exit_reason: str | None  # the reason of the last exit fill
    gross: float
    fees: float
    funding: float
    pnl: float

    @property
    def closed(self) -> bool:
        return self.quantity > 0 and self.remaining <= self.quantity * 1e-9


def book(direction: int, fills: Sequence[BookedFill], funding: float) -> LiveFigures:
    """The copy's figures from its fills (any order) and the funding it paid (USDT)."""
    ordered = sorted(fills, key=lambda f: f.time_ms)
    entries = [f for f in ordered if f.entry]
    exits = [f for f in ordered if not f.entry]
    bought = sum(f.quantity for f in entries)
    sold = sum(f.quantity for f in exits)
    entry_price = sum(f.price * f.quantity for f in entries) / bought if bought else None
    exit_price = sum(f.price * f.quantity for f in exits) / sold if sold else None
    gross = (
        direction * sum(f.quantity * (f.price - entry_price) for f in exits)
        if entry_price is not None
        else 0.0
    )
    fees = sum(f.fee for f in ordered)
    held, most = 0.0, 0.0
    for f in ordered:
        held += f.quantity if f.entry else -f.quantity
        most = max(most, held)
    return LiveFigures(
        quantity=most,
        remaining=max(bought - sold, 0.0) if bought - sold > EPSILON else 0.0,
        entry_price=entry_price,
        entry_time=entries[0].time_ms if entries else None,
        exit_price=exit_price,
        exit_time=exits[-1].time_ms if exits else None,
        exit_reason=exits[-1].reason if exits else None,
        gross=gross,
        fees=fees,
        funding=funding,
        pnl=gross - fees - funding,
    )


def held_at(fills: Sequence[BookedFill], time_ms: int) -> float:
    """What the copy held just before ``time_ms`` (base asset)."""
    held = 0.0
    for f in fills:
        if f.time_ms < time_ms:
            held += f.quantity if f.entry else -f.quantity
    return max(held, 0.0)


def funding_shares(amount: float, holdings: Sequence[float]) -> list[float]:
    """Split one settlement's ``amount`` USDT (received positive, as the exchange reports
    income) over copies by the quantity each held; returns what each paid (positive: paid)."""
    total = sum(holdings)
    if total <= 0:
        return [0.0 for _ in holdings]
    return [-amount * h / total for h in holdings]
