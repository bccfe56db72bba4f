"""Card labels written before their icon: ``Entry 📌 a`` / ``Target 🎯 x`` / ``Stop ⛔ s``.

An icon between a level's label and its price reads, as it stands, as a mark after the label
("Stop ⛔", "TP1 🎯", "Take profit ✅"): a stop or a target hit. On a card whose entry line is
written the same way (the label, its icon, then the price), each such icon is the line's
decoration: the line is written ``Label: price``. A hit notice has no entry line of that form
and keeps its marks.
"""

from __future__ import annotations

import re

_LABEL = (
    r"entry(?:[^\S\n]+(?:zone|price|point))?|(?:buy|sell)[^\S\n]+(?:price|zone)|targets?|tp|"
    r"take[^\S\n\-]*profit|stop(?:[^\S\n\-]*loss)?|sl"
)
# "Entry 📌 5.429", "Target 2 🎯 5.498", "SL 🛑 5.165", "Entry zone 📍 a - b" ("@" is no icon:
# "TP @ a, @ b, @ c" is a list at one label, as an ASCII card reads it)
_ICON_LINE = re.compile(
    rf"^([^\S\n]*(?:[^\w\s]{{1,3}}[^\S\n]*)?)({_LABEL})([^\S\n]*[1-9])?[^\S\n]+"
    r"[^\w\s$.,:;@\-–=()\[\]]{1,2}\ufe0f?[^\S\n]*(?=\$?\d)",
    re.M | re.I,
)


def may_hold_icon_after_label(text: str) -> bool:
    """A quick test before :func:`labels_before_icons` (non-ASCII text only)."""
    return "ntry" in text or "NTRY" in text or "rice" in text or "RICE" in text


def labels_before_icons(text: str) -> str:
    """``text`` with ``Label ICON price`` lines written ``Label: price`` on a card whose entry
    line has that form."""
    lines = list(_ICON_LINE.finditer(text))
    if len(lines) < 2:
        return text
    labels = [m.group(2).lower() for m in lines]
    if not any(label.startswith(("entry", "buy", "sell")) for label in labels):
        return text
    if all(label.startswith(("entry", "buy", "sell")) for label in labels):
        return text
    return _ICON_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3) or ''}: ", text)
