"""A target's number written after a word of its own: "take-profit level 1 reached", "TP level
2 of 3 hit", "TP index: 2", "Target no. 3 ✅", "Tier 2 target done", "level 1 target in ✅",
"Target level: 2", and a bot's "Take profit order filled" over a "Level: 2" line. Written as
the reader knows it ("TP1", "Target 2"), the number is the target's, never a price beside it —
the reading then takes the hit's price from the rest of the text as for any hit."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_S = r"[^\S\n]"
_N = r"(\d{1,2})(?![\d]|[.,]\d)"
# "TP level 2", "take-profit level 1", "Target no. 3", "TP index: 2", "Profit level 1",
# "Target level: 2", "TP #2" after "level"-like words; " of 3" after the number is dropped
_AFTER = re.compile(
    rf"(?<![\w])(tp|take{_S}*-?{_S}*profit|target|profit){_S}+"
    rf"(?:level|no\.?|nr\.?|index|tier){_S}*[:#]?{_S}*{_N}(?:{_S}+of{_S}+\d{{1,2}}(?![\d.,]))?",
    re.I,
)
# "Tier 2 target", "level 1 target", "level 3 TP"
_BEFORE = re.compile(
    rf"(?<![\w])(?:level|tier){_S}+{_N}{_S}+(tp|take{_S}*-?{_S}*profit|target)(?![\w])", re.I
)
# a bot's card: a take-profit order filled or hit over a "Level: 2" line
_HEAD = re.compile(
    r"(?:take[ \t]*-?[ \t]*profit|tp)[^\n]{0,20}?(?:filled|hit|reached|executed|done)", re.I
)
_LEVEL_LINE = re.compile(rf"^{_S}*level{_S}*:{_S}*{_N}{_S}*$", re.I | re.M)
# a joined number alone on its line ("TP index: 2" → "TP2"), and a fill or a hit told on another
# line of the card ("Avg fill: …", "Status: hit ✅"): the target's line says the hit itself
_ALONE = re.compile(rf"^({_S}*(?:TP|Target ){_N}){_S}*$", re.M)
_TOLD = re.compile(
    r"(?<![\w])(?:fill|filled|status:[ \t]*(?:hit|reached|done|executed))(?![\w])", re.I
)
_HINTS = ("evel", "EVEL", "ndex", "NDEX", "tier", "Tier", "TIER", "no.", "No.", "NO.")


def may_hold_level_number(text: str) -> bool:
    """The cheap test: a "level", "index", "tier" or "no." in the text."""
    return holds_any(text, _HINTS)


def _label(word: str) -> str:
    return "Target " if word.lower() == "target" else "TP"


def level_numbers_joined(text: str) -> str:
    """``text`` with a target's number written after "level", "no.", "index" or "tier" (or
    before "target") joined to the target's word; the same text when none is."""
    out = _AFTER.sub(lambda m: f"{_label(m.group(1))}{m.group(2)}", text)
    out = _BEFORE.sub(lambda m: f"{_label(m.group(2))}{m.group(1)}", out)
    if _HEAD.search(out.split("\n", 1)[0]):
        out = _LEVEL_LINE.sub(lambda m: f"TP{m.group(1)} hit", out)
    if out != text and "\n" in out and _TOLD.search(out):
        out = _ALONE.sub(lambda m: f"{m.group(1)} hit", out)
    return out
