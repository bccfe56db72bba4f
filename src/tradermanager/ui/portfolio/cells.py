"""Table cells for portfolio figures: formatted with ``ui.formatting``, sorted by value."""

from __future__ import annotations

from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio.tables import Cell

LOWEST = float("-inf")  # undefined values sort below every number


def _key(value: float | None) -> float:
    return LOWEST if value is None else float(value)


def money(value: float | None, *, signed: bool = False, tone: bool = False) -> Cell:
    colour = fmt.tone(value) if tone else None
    return Cell(fmt.money(value, signed=signed), _key(value), colour)


def share(value: float | None, *, signed: bool = False, tone: bool = False) -> Cell:
    colour = fmt.tone(value) if tone else None
    return Cell(fmt.pct(value, signed=signed), _key(value), colour)


def times(value: float | None) -> Cell:
    return Cell(fmt.times(value), _key(value))


def count(value: int) -> Cell:
    return Cell(fmt.count(value), float(value))
