"""An entry whose order type is written beside its label: ``Entry (stop-market): a``, ``Entry
(buy stop): a``, ``Long trigger: a (buy stop)``.

A pending stop order at a price is an entry at that price, as ``Buy stop above a`` is; the note's
word "stop" must not make the label a stop loss. ``Long trigger:`` / ``Short trigger:`` is the
entry's label only when the card names no other direction: a post with a long trigger and a
short trigger is two scenarios and keeps its review.
"""

from __future__ import annotations

import re

_LEAD = r"^([^\S\n]*[^\w\n]{0,3}[^\S\n]*)"
# "Entry (stop-market):", "Entry (buy stop):", "Entry (stop limit):": the note after the label
_NOTED_ENTRY = re.compile(
    _LEAD + r"(entry)[^\S\n]*\((?:(?:buy|sell)[^\S\n]+)?stop(?:[-\s]?(?:market|limit|order))?\)"
    r"(?=[^\S\n]*:[^\S\n]*\$?\d)",
    re.M | re.I,
)
# "Long trigger: 1.4027 (buy stop)": a side's trigger as a line's label
_SIDE_TRIGGER = re.compile(
    _LEAD + r"(long|short)[^\S\n]+trigger[^\S\n]*:(?=[^\S\n]*\$?\d)", re.M | re.I
)
_DIRECTION = re.compile(r"(?<![^\W\d_])(long|short)(?![^\W\d_])", re.I)


def may_note_order(text: str) -> bool:
    """The cheap literal test before :func:`noted_orders_as_entries`."""
    return (
        "rigger:" in text
        or "RIGGER:" in text
        or ("(" in text and ("stop" in text or "Stop" in text or "STOP" in text))
    )


def noted_orders_as_entries(text: str) -> str:
    """``text`` with an order type's note after ``Entry`` dropped and a lone side's trigger
    written ``Entry:``."""
    if "(" in text:
        text = _NOTED_ENTRY.sub(r"\1\2", text)
    triggers = list(_SIDE_TRIGGER.finditer(text))
    if triggers:
        directions = {m.group(1).lower() for m in _DIRECTION.finditer(text)}
        if len(directions) == 1:
            text = _SIDE_TRIGGER.sub(lambda m: m.group(1) + "Entry:", text)
    return text
