"""The plausibility of a signal's levels: no price at zero or below, none off by an order of
magnitude from the entry (or the symbol's last price), targets and the stop on their sides of
the entry for the side."""

from __future__ import annotations

import math

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser.message_parts import price_text
from tradermanager.sources.signal_parser.model import LONG, SHORT


def implausible(
    side: Side,
    entries: list[float],
    targets: list[float],
    stop: float | None,
    reference: float | None,
) -> str:
    prices = entries + targets + ([stop] if stop is not None else [])
    if not prices:
        return ""  # (no price: nothing below is asked)
    lowest = min(prices)
    if lowest <= 0:
        return "A price of zero or below cannot be right."
    if reference:
        anchor = reference
    elif entries:
        anchor = entries[0] if len(entries) == 1 else sorted(entries)[len(entries) // 2]
    else:
        anchor = sorted(prices)[len(prices) // 2]
    # (every price within 0.2-5 times the anchor is well inside 10 ** ±0.7: none to name)
    if not (0.2 * anchor <= lowest and max(prices) <= 5 * anchor):
        for p in prices:
            if abs(math.log10(p / anchor)) >= 0.7:  # beyond ×5 either way
                what = "the symbol's last price" if reference else "the entry"
                return (
                    f"{price_text(p)} is off by an order of magnitude from {what} "
                    f"({price_text(anchor)})."
                )
    if entries and targets:
        # every target, not only the first: "shorts towards 0.11, otherwise longs above
        # 0.125" read as a short from 0.118 has a target on the wrong side
        hi, lo = max(entries), min(entries)
        wrong = (side is LONG and min(targets) <= hi) or (
            side is SHORT and max(targets) >= lo
        )  # (the first such target is named below)
        for k, tp in enumerate(targets if wrong else (), 1):
            if side is LONG and tp <= hi:
                return (
                    f"Take-profit {k} ({price_text(tp)}) is not above the entry "
                    f"({price_text(hi)}) for a long."
                )
            if side is SHORT and tp >= lo:
                return (
                    f"Take-profit {k} ({price_text(tp)}) is not below the entry "
                    f"({price_text(lo)}) for a short."
                )
    if entries and stop is not None:
        if side is LONG and stop >= min(entries):
            return (
                f"The stop ({price_text(stop)}) is not below the entry "
                f"({price_text(min(entries))}) for a long."
            )
        if side is SHORT and stop <= max(entries):
            return (
                f"The stop ({price_text(stop)}) is not above the entry "
                f"({price_text(max(entries))}) for a short."
            )
    if stop is not None and targets and not entries:
        first = targets[0]
        wrong_way = (side is LONG and stop >= first) or (side is SHORT and stop <= first)
        if wrong_way:
            return f"The stop ({price_text(stop)}) is on the same side as the targets."
    return ""
