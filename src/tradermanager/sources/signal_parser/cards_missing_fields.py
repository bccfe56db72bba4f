"""A call's card with one of its lines missing, read as an update of an open trade.

"$DOT LONG" over "Take (1) → 7.12" / "Stop → 6.615" has lost its entry line; "Short $ETH from
3,179.02" over "Cut loss at 3,275.98" has no targets; "BUY LINKUSDT" / "📍 15.264" over its
take-profit lines has no stop. Each reads as a follow-up (the stop moved, a close, a target hit)
because the field that made it a call is gone, and acted on it would move the stop of, or close,
a copy already open on that coin with the new call's levels. A text that names a side and lays
out labelled level lines, or lays out level lines of two kinds, with no word an update uses
("moved", "hit", "update", "breakeven" …), is such a card: review, never a follow-up.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lexicon import LONG_WORDS, SHORT_WORDS
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

# a side word as a call states it: in the head line, or opening a line ("Sell 32.55")
_SIDE = re.compile(rf"(?<![^\W\d_])(?:{LONG_WORDS}|{SHORT_WORDS})(?![^\W\d_])", re.I)
_MARKS = re.compile(r"^[^\w\n]*")
_TICKER = re.compile(r"[$#]?[A-Z0-9]{2,12}(?:/[A-Z]{3,5})?[^\w\n]*")
# a level's label before a price on its line (the side words are counted apart: "Sell half at
# 61000" is a close as often as an entry)
_LEVELS = (
    ("entry", re.compile(r"(?:\bentry|\bentries|\benter\b|\bzone\b|📍|📌)[^\n\d]{0,24}\d", re.I)),
    (
        "targets",
        re.compile(r"(?:\btargets?\b|\btp\s*\d?\b|\bt\d\b|\btake\b|🎯)[^\n\d]{0,24}\d", re.I),
    ),
    (
        "stop",
        re.compile(
            r"(?:\bstop\b|\bstop[\s\-]*loss\b|\bsl\b|\bs/l\b|\bcut\s+loss\b|🛑)[^\n\d]{0,24}\d",
            re.I,
        ),
    ),
)
# what an update says about a trade already open
_UPDATE = re.compile(
    r"\b(?:updated?|mov(?:e|ed|ing)|shift(?:ed)?|trail(?:ed|ing)?|rais(?:e|ed)|lower(?:ed)?"
    r"|adjust(?:ed)?|modif(?:y|ied)|chang(?:e|ed)|amend(?:ed)?|edit(?:ed)?|revised|hit|reached|achieved|done|filled|triggered|closed|closing|booked"
    r"|close(?!-on-trigger)"
    r"|secured?|cancel(?:l?ed)?|break[\s\-]*even|be|new\s+(?:sl|stop|target|tp)"
    # a bot's or a board's notice about the trade: "Entry #2 executed", "RESULT - TP", "Status:",
    # "Average Entry Price", "Take 30% off", "Stopped out", "sl to 35.59"
    r"|execut\w*|stopped|results?|progress|status|average|avg|period|off|liquidat\w*"
    r"|(?:sl|stop)\s+to)\b"
    # a step's mark ("TP1 ✅", "TP2 ⏳", "Stop to TP1 🔒")
    r"|[✅❌⌛⏳🔒]",
    re.I,
)
# a reply's quoted card: the update is the line under it ("> #DIA SHORT 0.6604" … "Stopped out")
_QUOTED = re.compile(r"^[ \t]*(?:[>│▍»┃╭┌┆|↳]|re:|in reply|reply)", re.I | re.M)


def _side_named(lines: list[str]) -> bool:
    """A side word in the head line, or opening another line before its price."""
    if _SIDE.search(lines[0]):
        return True
    for line in lines[1:]:
        rest = line[_MARKS.match(line).end() :]  # type: ignore[union-attr]
        m = _SIDE.match(rest)
        if m is None and (coin := _TICKER.match(rest)):
            m = _SIDE.match(rest, coin.end())  # "BTC: buy 61000"
        if m and any(ch.isdigit() for ch in rest[m.end() :]):
            return True
    return False


def card_missing_field(text: str, read: ParsedMessage) -> str:
    """Why a follow-up read from ``text`` must not be acted on: ``text`` is a call's card with a
    field's line missing; or ""."""
    if read.kind is not MessageKind.FOLLOW_UP or "\n" not in text:
        return ""
    if _UPDATE.search(text) or _QUOTED.search(text):
        return ""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return ""
    found = [name for name, label in _LEVELS if label.search(text)]
    side = _side_named(lines)
    if not found or (not side and len(found) < 2):
        return ""
    missing = [
        name
        for name, _ in _LEVELS
        if name not in found and not (name == "entry" and side and _side_priced(lines))
    ]
    what = " and ".join("no entry price" if m == "entry" else f"no {m}" for m in missing)
    return (
        "The message is laid out as a new call"
        + (f" ({what})" if what else "")
        + ", not an update of an open trade: a line of its card may be missing. Check it."
    )


def _side_priced(lines: list[str]) -> bool:
    """A side word with a price after it on its line ("Sell 32.55", "Short $ETH from 3,179")."""
    for line in lines:
        m = _SIDE.search(line)
        if m and any(ch.isdigit() for ch in line[m.end() :]):
            return True
    return False
