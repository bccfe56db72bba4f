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
            r"(?:\bstop\b|\bstop[\s\-]*loss\b|\bsl\b|\bs/l\b|\bcut\s+loss\b|\binvalid\w*|🛑)"
            r"[^\n\d]{0,24}\d",
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
    lines = [line for line in text.split("\n") if line.strip()]
    scan = _card_words_out(text, lines)
    if _UPDATE.search(scan) or _QUOTED.search(text):
        return ""
    if len(lines) < 2:
        return ""
    found = [name for name, label in _LEVELS if label.search(text)]
    side = _side_named(lines)
    if (
        "targets" not in found
        and _EXIT.search(scan)
        and not _RESULT.search(text)
        and (
            _STOP_LINE.search(text)
            or _side_priced_line(lines)
            or (_SIDE.search("\n".join(lines[:2])) and _ENTRY_LINE.search(text))
        )
    ):
        found.insert(1, "targets")  # a scalp's exit is its one target
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


# a stop line's price taken on a candle's close ("SL: 8.733 ke neeche close ho to nikal jana",
# "Stop 61,200 if a 4H candle closes below"): the stop's condition, no close of the trade
_STOP_ON_CLOSE = re.compile(
    r"^\W*(?:sl|stop(?:[\s\-]*loss)?)\b[^\n\d]*\d[^\n]*?\bcloses?\b(?![^\n]*\b(?:at|@)\b)",
    re.I | re.M,
)
# the card's own plan for later ("Move SL to entry after T1 ✅"): no move made yet
_PLAN = re.compile(
    r"\bmove\s+(?:the\s+)?(?:sl|stop(?:[\s\-]*loss)?)\s+to\s+(?:entry|be|break[\s\-]*even)"
    r"\s+(?:after|once|when)\s+(?:tp|t|target)\s*\d+[^\S\n]*✅?",
    re.I,
)
# a stop line with its price: the card's own stop
_STOP_LINE = re.compile(r"^\W*(?:sl|stop(?:[\s\-]*loss)?|invalid\w*)\b[^\n\d]{0,12}\d", re.I | re.M)
# a take-profit line opened by a tick, the card's icon for its targets ("✅ Take profit 1: 9.616")
_TICKED_TARGET = re.compile(
    r"^[^\S\n]*✅[^\S\n]*(?:take[\s\-]*profit|tp|target)\s*\d*\s*[:\-–]?\s*\d", re.I | re.M
)
# "Close at 2.4606" opening its line: a scalp's exit, its one target, in a card with its stop
# or under a side and an entry
_CLOSE_AT = re.compile(r"(?im)^(\W*)close(\s+at\s*\$?\d)")
# a scalp's one target written as an exit ("Exit 0.06705", "Out: 0.17399", "Cash out - 148.6";
# "Close at" as turned above): its target when the card has its stop, a side opening a line
# before its price, or a side in its head over an entry line, and tells no result ("AUTO
# EXIT" / "Entry:" / "Exit:" / "Profit: +5.68%" is a bot's close)
_EXIT = re.compile(r"^\W*(?:exit|out|cash\s+out)\b[^\n\d]{0,6}\d", re.I | re.M)
# a closed trade's result beside its entry and exit: a bot's close report
_RESULT = re.compile(r"\b(?:profit|pnl|roi|gain|loss)\s*[:=]|[+\-]\d[\d.,]*\s*%", re.I)
_ENTRY_LINE = re.compile(r"^\W*(?:📍|📌|entry\b|entries\b)[^\n\d]{0,24}\d", re.I | re.M)


def _card_words_out(text: str, lines: list[str]) -> str:
    """``text`` without the words a card uses as an update does: its stop's candle close, its
    plan for the stop after a target (beside its own stop line), "Close at" opening a scalp's
    exit line beside its stop line, and the ticks that are its targets' icon (under a side in
    its head and an entry line, every tick opening a take-profit line with its price: a
    board of hits leaves some targets unticked or marks them otherwise)."""
    scan = _STOP_ON_CLOSE.sub(" ", text) if "los" in text else text
    stop_line = _STOP_LINE.search(text)
    head_side = _SIDE.search("\n".join(lines[:2]))  # (under a heading: "⏱ Scalp" / "#BNB LONG")
    if stop_line:
        scan = _PLAN.sub(" ", scan)
    if "lose at" in scan and (stop_line or (head_side and _ENTRY_LINE.search(text))):
        scan = _CLOSE_AT.sub(r"\1exit\2", scan)
    if (
        "✅" in scan
        and head_side
        and _ENTRY_LINE.search(text)
        and scan.count("✅") == len(_TICKED_TARGET.findall(scan))
        and not re.search(r"[❌⌛⏳🔒🔲⬜]", scan)
    ):
        scan = scan.replace("✅", " ")
    return scan


def _side_priced_line(lines: list[str]) -> bool:
    """A side word opening a line, a price after it ("Long 0.06666", "Short: 2.4735")."""
    for line in lines:
        rest = line[_MARKS.match(line).end() :]  # type: ignore[union-attr]
        m = _SIDE.match(rest)
        if m and any(ch.isdigit() for ch in rest[m.end() :]):
            return True
    return False


def _side_priced(lines: list[str]) -> bool:
    """A side word with a price after it on its line ("Sell 32.55", "Short $ETH from 3,179")."""
    for line in lines:
        m = _SIDE.search(line)
        if m and any(ch.isdigit() for ch in line[m.end() :]):
            return True
    return False
