"""Lessons worked on a coin: "Example: you go long ATOM at 8.949 with a stop at 9.307 …",
"Let's say you short LINK at 16.15, SL 16.473, TP 15.504", "Quiz time 🎓 You buy ETH at …",
"Tutorial: … For example TIA: entry …, TP1 …, SL …", "Limit vs market 🧠 A limit buy at 0.389 fills
only if …". The levels are an illustration written
after a word that makes them one; the reading finds a call in them all the same. The word must
stand before the message's first digit — a call that mentions an example after its levels
("… SL 0.93 (e.g. under the wick)") keeps its reading."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = (
    *("exampl", "e.g.", "say you", "s say", "suppos", "tutorial", "lesson", "quiz", "sizing"),
    *("imagine", " vs", "versus", "yourself", "teaser", "question", "trivia", "size"),
)
_EXAMPLE = re.compile(
    r"(?<![\w])(?:(?:for\s+)?example|e\.g\.|let[’']?s\s+say|lets\s+say|say\s+you|suppose"
    r"|tutorial|lesson|quiz|position\s+sizing|test\s+yourself|brain[\s\-]+teaser"
    # a calculator's title over its sums: "🧮 Position size check / Balance: 2,500 USDT · …"
    r"|position[\s\-]+size[\s\-]+(?:check|calculat(?:or|ion)|calc)"
    r"|question\s+of\s+the\s+day|trivia|imagine(?=(?:[^\n.!?]|\.\d){0,40}(?<![\w])you)"
    # a lesson's title comparing order or market types: "Limit vs market 🧠 A limit buy at …"
    r"|(?:limit|market|spot|futures|cross|isolated)[^\S\n]+(?:vs\.?|versus)[^\S\n]+"
    r"(?:limit|market|spot|futures|cross|isolated))(?![\w])"
)
_DIGIT = re.compile(r"\d")

REASON = "A lesson's worked example (the levels follow “{}”): talk, not a call."


def worked_example(low: str) -> str | None:
    """The reason when the lower-cased ``low`` opens a worked example before its first digit
    (its levels are an illustration), else None."""
    if not holds_any(low, _PARTS):
        return None
    m = word_before_digits(_EXAMPLE, low)
    return None if m is None else REASON.format(m.group().strip())


def word_before_digits(pattern: re.Pattern[str], low: str) -> re.Match[str] | None:
    """``pattern``'s first match in ``low`` when it stands before the first digit, else None."""
    m = pattern.search(low)
    if m is None:
        return None
    digit = _DIGIT.search(low)
    return None if digit is not None and digit.start() < m.start() else m
