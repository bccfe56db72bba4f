"""Levels drawn for parser properties: whole-number steps from an entry, scaled to any
magnitude (1 for five-digit prices, 100 for cents, 100,000 for sub-cent coins)."""

from __future__ import annotations


def stepped_levels(entry: int, steps: list[int], scale: int, long: bool) -> list[float]:
    """Each level ``steps`` further from the last in the side's direction, divided by
    ``scale``: targets above the entry for a long, below it for a short."""
    sign = 1 if long else -1
    out, level = [], entry
    for s in steps:
        level += sign * s
        out.append(level / scale)
    return out
