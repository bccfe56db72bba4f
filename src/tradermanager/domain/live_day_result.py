"""What live copies made or lost since the UTC day began, the figure the live daily loss
limit compares with its limit: the change of equity (wallet + unrealised P&L at the mark,
Binance's *margin balance*) that their trading caused today, i.e.

    today = realised P&L today − fees today − funding today
            + unrealised P&L now − unrealised P&L at 00:00 UTC.

Per copy it is computed mark to market, which gives the same sum without needing the entry
price the exchange averaged (direction d = +1 long, −1 short; quantities in the base asset):

    trading = d × (held now × mark now − held at 00:00 × mark at 00:00
                   − Σ quantity × price of today's entry fills
                   + Σ quantity × price of today's exit fills)
    result  = trading − fees of today's fills − funding booked today (paid positive)

A copy held since yesterday is valued at the mark at 00:00 UTC, so yesterday's profit or
loss does not count today; a copy closed today counts its exit against that mark (or against
today's entry price when it was opened today). Money USDT, times epoch ms (UTC)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DAY_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class DayFill:
    time_ms: int
    entry: bool  # opens (True) or reduces the copy
    price: float
    quantity: float
    fee: float


@dataclass(frozen=True, slots=True)
class DayResult:
    """One copy's (or, summed, every copy's) result today; ``total`` negative for a loss."""

    trading: float  # realised today + change of unrealised, before fees and funding
    fees: float
    funding: float

    @property
    def total(self) -> float:
        return self.trading - self.fees - self.funding

    def __add__(self, other: DayResult) -> DayResult:
        return DayResult(
            self.trading + other.trading, self.fees + other.fees, self.funding + other.funding
        )


NOTHING = DayResult(0.0, 0.0, 0.0)


def day_start(moment_ms: int) -> int:
    """00:00 UTC of ``moment_ms``'s day, epoch ms."""
    return moment_ms - moment_ms % DAY_MS


def held_at(fills: Iterable[DayFill], moment_ms: int) -> float:
    """What the copy held just before ``moment_ms`` (base asset, ≥ 0)."""
    held = sum((f.quantity if f.entry else -f.quantity) for f in fills if f.time_ms < moment_ms)
    return max(held, 0.0)


def copy_day_result(
    long: bool,
    fills: Sequence[DayFill],
    funding_today: float,
    start_ms: int,
    mark_at_start: float | None,
    mark_now: float | None,
) -> DayResult:
    """One copy's result since ``start_ms`` (00:00 UTC). ``mark_at_start`` is needed only
    when the copy held something then, ``mark_now`` only when it holds something now."""
    direction = 1.0 if long else -1.0
    today = [f for f in fills if f.time_ms >= start_ms]
    before = held_at(fills, start_ms)
    now = held_at(fills, 2**62)
    if before > 0 and mark_at_start is None:
        raise ValueError("the mark at the start of the day is needed for a copy held then")
    if now > 0 and mark_now is None:
        raise ValueError("the mark now is needed for a copy still held")
    value_now = now * mark_now if now > 0 and mark_now is not None else 0.0
    value_start = before * mark_at_start if before > 0 and mark_at_start is not None else 0.0
    paid = sum(f.quantity * f.price for f in today if f.entry)
    received = sum(f.quantity * f.price for f in today if not f.entry)
    trading = direction * (value_now - value_start - paid + received)
    return DayResult(trading, sum(f.fee for f in today), funding_today)
