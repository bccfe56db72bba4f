"""Messages about a signal already posted: a target or the stop hit, the stop moved (to the
entry or a price), a close of all / half / a percentage, a cancel, the entries filled, a
re-entry. Checked in that order of precedence — "closed at stoploss after reaching take
profit" is a stop hit, "Target 1 ✅ move stop to entry" a target hit that also moves the stop.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import LiteralFirst, by_first_character
from tradermanager.sources.signal_parser.model import FollowUpAction
from tradermanager.sources.signal_parser.numbers import lowered

# Patterns run on the lower-cased text without re.IGNORECASE and start with literal words, so
# the regex engine can skip ahead to where one could match; a word boundary on the left is
# checked in Python (:func:`_word_start`) where it matters.
_STOP = r"(?:stoploss|stop[\s\-]*loss|stop|s/l|sl|стоп)"
_ENTRY_WORDS = r"(entry|entries|breakeven|break[\s\-]*even|b/?e|вход|безубыток|entrada|giriş|вхід)"
CANCEL = re.compile(
    r"(?:cancel(?:l?ed)?|don'?t\s+enter|do\s+not\s+enter|invalidated|отмена|cancelad[oa])(?![\w])"
)
REENTRY = re.compile(r"re[\s\-]?(?:entry|enter)(?![\w])")
STOP_MOVED = re.compile(
    _STOP
    # "stop loss hit at 80.1" is the stop hit, not moved to 80.1
    + r"(?![\w])(?:(?!hit|trigger|taken|reached)[^\n\d]){0,30}?"
    r"(?<![\w])(?:(?:to|at|➜|->|→)\s+(?:the\s+)?(?:"
    + _ENTRY_WORDS
    + r"(?![\w])|(?=\d))|(?:a|para|на)\s+(?:la\s+|o\s+)?"  # "movido a entrada"
    + _ENTRY_WORDS
    + r"(?![\w]))"
)
# "SL moved to TP1": the stop goes to a target's price, which the message does not write
STOP_TO_TARGET = re.compile(
    _STOP + r"(?![\w])[^\n\d]{0,30}?(?<![\w])(?:to|➜|->|→)\s+(?:the\s+)?"
    r"(?:tp|target)\s*(\d{1,2})(?![\d.,])"
)
# "ETH hit first target ✅", "2nd target reached": a target hit named by an ordinal word
ORDINAL_TARGET = re.compile(
    r"(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+(?:target|tp|take[\s\-]*profit)"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
}
_HIT_WORD = LiteralFirst(r"(?<![\w])(?:hit|reached|achieved|done|smashed|tagged)(?![\w])|✅|✔|🎯")
NEW_STOP = re.compile(
    r"new\s+(?:stop[\s\-]*loss|stoploss|stop|sl)\s*(?:at|to|:|➜|->|→)?\s*(?=\$?\d)"
)
STOP_HIT = LiteralFirst(
    r"stopped\s+out|" + _STOP + r"(?![\w])\s*(?:was\s+|got\s+)?(?:hit|triggered|reached|taken)"
    r"|(?:hit|closed\s+at|touched)\s+(?:the\s+)?" + _STOP + r"(?![\w])"
    r"|stoploss\s*⛔|" + _STOP + r"\s*(?:❌|⛔)|стоп\s+(?:сработал|выбит)|止损(?:出局|触发|已触发)"
    r"|손절\s*(?:완료|처리|❌)|損切り(?:執行|済)"
)
ENTRY_FILLED = re.compile(
    r"entry\s+targets?\s+achieved|all\s+entr(?:y|ies)\s+(?:targets\s+)?(?:achieved|filled|hit)"
    r"|entered\s+(?:the\s+)?entry\s+zone|entry\s*\d\s*✅"
    r"|entry\s+(?:\d\s+)?(?:filled|triggered|activated|hit|reached|done)"
)
ALL_TARGETS = re.compile(
    r"all\s+(?:take[\s\-]*profit\s+)?targets?\s+(?:hit|achieved|reached|done|smashed)"
)
TARGET_HIT = LiteralFirst(
    r"(?:target|tp|тп|цель|alvo|objetivo|meta|hedef|止盈|目标|익절|목표|利確|目標)\s*#?(\d{1,2})"
    r"(?![\d.,])[^\n]{0,20}?"
    r"(?:✅|✔|hit(?!\s+rate)|reached|done|achieved|smashed|🎯|достигнута|выполнена|atingido"
    r"|alcanzado|alcançado|alındı|达成|达到|완료|達成)"
    r"|(?:✅|✔)\s*(?:target|tp)\s*(\d{1,2})"
)
CLOSE = re.compile(
    r"(close[sd]?|closing|exit(?:ed)?|book(?:ed)?|take|taken|took|secure|закрыва\w*|закрыть|cerrar)"
    r"(?![\w])"
)
# a share to close: "half", "25%" — not a signed result ("+18%", "-5%")
_HALF = re.compile(r"(?<![\w])half(?![\w])|(?<![\w+\-.,])(\d{1,3})\s*%", re.I)
# _HALF for a lower-cased text, each branch opening with its first character (the look-behinds
# after it), so the regex engine skips ahead to an "h" or a digit instead of trying both
# branches at every position: the same matches (the same group) on a lower-cased text.
_HALF_LOWER = re.compile(r"h(?<![\w]h)alf(?![\w])|(\d(?<![\w+\-.,]\d)\d{0,2})\s*%")
_TAKE_PROFIT = re.compile(r"(?:take|book|secure)\s+(?:some\s+|the\s+)?profits?\s+(?:now|here)")
_FULL = re.compile(r"(?<![\w])(all|fully|full|whole|entire|everything)(?![\w])", re.I)
# A part of each of those words that the lower-cased text holds whenever _FULL matches: one
# quick search before the patterns that try every position. (No "s" or "i": their
# case-insensitive matches include "ſ" and "ı", which lower() keeps: "ent.re" for "entire".)
_FULL_PARTS = re.compile("all|full|whole|ent.re|every")
# "close 1/3", "a third", "two thirds", "a quarter", "three quarters"
_RATIO = re.compile(r"(?<![\w/.,])([1-9])\s*/\s*([2-9]|10)(?![\w/.,])")
# what every match of _RATIO holds, found without trying each position for the look-behind
_RATIO_PARTS = re.compile(r"[1-9]\s*/\s*[1-9]")
_WORD_SHARE = re.compile(
    r"(?<![\w])(?:(two)\s+thirds|(three)\s+quarters|(?:one\s+|a\s+)?(third|quarter))(?![\w])"
)
_WORD_SHARES = {"two": 2 / 3, "three": 0.75, "third": 1 / 3, "quarter": 0.25}
# a share without its amount: "partial close", "take some profits" — never a whole close
# (searched through its literal-first form: this runs on every signal that says "take profit")
_PARTIAL = LiteralFirst(r"(?<![\w])(?:partial|partially|some|portion|part\s+of)(?![\w])")
_PRICE_AFTER = re.compile(r"(?:at|@|price[:\s]*|to)\s*\$?(\d[\d,]*(?:\.\d+)?|\.\d+)", re.I)


# After a close word: a candle's close ("close above 64k") or a closed door ("closed for new
# members"), not a position closed.
_NOT_A_CLOSE = re.compile(r"\s+(?:above|below|under|over|for)(?![\w])|\s*:")
# Before a close word: a candle's close ("weekly close", "1D close", "4h candle close").
_CANDLE_BEFORE = re.compile(r"(?:daily|weekly|monthly|candle|\d{1,2}\s?[hdwm]|h\d|d1|w1)\s+$")


def _has(lower: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands anywhere in ``lower``. (A substring test per word, the
    likeliest first, stops at the first found: faster than one regex of them all, which the
    engine tries at every position where one of their common first letters stands.)"""
    for word in words:  # noqa: SIM110  (a loop: faster than any() over a generator)
        if word in lower:
            return True
    return False


# Substrings each pattern needs: a pattern only runs when one is present (keeps chatter cheap).
_CANCEL_HINTS = ("cancel", "enter", "invalid", "отмен")
_STOP_HINTS = ("sl", "s/l", "stop", "стоп", "止损", "손절", "損切")
_TARGET_HINTS = (
    "target",
    "alvo",
    "objetivo",
    "meta",
    "hedef",
    "tp",
    "тп",
    "цел",
    "✅",
    "✔",
    "止盈",
    "目标",
    "익절",
    "목표",
    "利確",
    "目標",
)
_CLOSE_HINTS = ("clos", "exit", "book", "take", "took", "secure", "закры", "cerrar")


# Words one of which the lower-cased text holds whenever :func:`match_action` can report a
# signal as over (a cancel, the stop hit, a target hit): each is written in CANCEL, STOP_HIT,
# ALL_TARGETS, TARGET_HIT or _HIT_WORD and a match of that pattern holds it. "🎯" is left
# out (signals head their targets with it); :func:`may_report_done` checks it on its own.
DONE_WORDS = (
    *("cancel", "invalidated", "отмена", r"t\s+enter", "stopped", "hit", "trigger", "reached"),
    *("taken", "closed", "touched", "achieved", "done", "smashed", "tagged", "✅", "✔", "⛔"),
    *("❌", "сработал", "выбит", "止损", "손절", "損切り", "достигнута", "выполнена", "atingido"),
    *("alcanzado", "alcançado", "alındı", "达成", "达到", "완료", "達成"),
)
# (gathered by first character: searched four times as often as the pattern it guards)
_DONE_WORDS = re.compile(by_first_character(DONE_WORDS))
# "🎯" reports a hit in TARGET_HIT after a target's number on its line, or as _HIT_WORD
# beside ORDINAL_TARGET, whose every ordinal ends in "st", "nd", "rd" or "th".
_BULLSEYE_AFTER_NUMBER = re.compile(r"\d[^\n]{0,20}🎯")
_ORDINAL_TARGET_END = re.compile(r"(?:st|nd|rd|th)\s+(?:target|tp|take)")


def may_report_done(lower: str) -> bool:
    """False when :func:`match_action` cannot find a cancel, a stop hit or a target hit in the
    lower-cased ``lower``: a quick test that spares signals the full reading."""
    if _DONE_WORDS.search(lower):
        return True
    return "🎯" in lower and bool(
        _BULLSEYE_AFTER_NUMBER.search(lower) or _ORDINAL_TARGET_END.search(lower)
    )


def _word_start(lower: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """``m`` when it starts a word ("close", not the "close" of "disclose")."""
    if m is None or m.start() == 0 or not lower[m.start() - 1].isalpha():
        return m
    return None


def match_action(
    text: str, lower: str | None = None, may_be_done: bool | None = None
) -> tuple[FollowUpAction, dict[str, object]] | None:
    """The follow-up ``text`` announces and its details, or None. ``lower`` is
    ``lowered(text)`` when the caller has it, ``may_be_done`` what :func:`may_report_done`
    said of it."""
    if lower is None:
        lower = lowered(text)
    if _has(lower, _CANCEL_HINTS) and _word_start(lower, CANCEL.search(lower)):
        return FollowUpAction.CANCEL, {}
    if "re" in lower and _word_start(lower, REENTRY.search(lower)):
        return FollowUpAction.REENTRY, {"wants_price": True}
    stop_named = _has(lower, _STOP_HINTS)
    targets_named = _has(lower, _TARGET_HINTS)
    # A stop or target hit holds one of the words :func:`may_report_done` looks for: without
    # one, the hit patterns (which the engine tries at every "s", "t" or "h") are not run.
    done = (stop_named or targets_named) and (
        may_report_done(lower) if may_be_done is None else may_be_done
    )
    moved = _word_start(lower, STOP_MOVED.search(lower)) if stop_named else None
    to_target = STOP_TO_TARGET.search(lower) if stop_named and not moved else None
    if to_target:
        return FollowUpAction.STOP_MOVED, {"stop_to_target": int(to_target.group(1))}
    if moved:
        to_entry = bool(moved.group(1) or moved.group(2))
        extra: dict[str, object] = {"stop_to_entry": to_entry}
        if not to_entry:
            extra["new_stop_from"] = moved.end()
        hit = TARGET_HIT.search(lower) if targets_named and done else None
        if hit:
            extra["target_index"] = int(hit.group(1) or hit.group(2))
            return FollowUpAction.TARGET_HIT, extra
        return FollowUpAction.STOP_MOVED, extra
    if stop_named and "new" in lower:
        new = _word_start(lower, NEW_STOP.search(lower))
        if new:
            return FollowUpAction.STOP_MOVED, {"new_stop_from": new.end()}
    if stop_named and done and STOP_HIT.search(lower):
        return FollowUpAction.STOP_HIT, {}
    if "entr" in lower and ENTRY_FILLED.search(lower):
        return FollowUpAction.ENTRY_FILLED, {"wants_price": True}
    if "all" in lower and ALL_TARGETS.search(lower):
        return FollowUpAction.TARGET_HIT, {}
    hit = TARGET_HIT.search(lower) if targets_named and done else None
    if hit:
        return FollowUpAction.TARGET_HIT, {"target_index": int(hit.group(1) or hit.group(2))}
    ordinal = (
        ORDINAL_TARGET.search(lower) if done and ("target" in lower or "tp" in lower) else None
    )
    if ordinal and _HIT_WORD.search(lower):
        return FollowUpAction.TARGET_HIT, {"target_index": _ORDINALS[ordinal.group(1)]}
    close = None
    if _has(lower, _CLOSE_HINTS):
        close = next((m for m in CLOSE.finditer(lower) if _word_start(lower, m)), None)
    if close and (
        _NOT_A_CLOSE.match(lower, close.end())
        or _CANDLE_BEFORE.search(lower, max(0, close.start() - 12), close.start())
    ):
        close = None  # "1D close above 64k", "entries closed for new members"
    if close:
        word = close.group(1)
        fraction = _fraction(lower)
        taking = word in ("take", "secure", "book", "booked", "taken", "took")
        if taking and fraction is None and not _TAKE_PROFIT.search(lower):
            return None  # "take care", "book a call": not a close without an amount
        if fraction is None and _PARTIAL.search(lower):
            return FollowUpAction.CLOSE, {"close_fraction": None}  # which share is not said
        return FollowUpAction.CLOSE, {"close_fraction": fraction if fraction else 1.0}
    return None


def _fraction(text: str) -> float | None:
    """The share of a close ``text`` (lower-cased) names."""
    low = text.lower()
    if _FULL_PARTS.search(low) and _FULL.search(text):
        return 1.0
    m = _HALF_LOWER.search(text) if "half" in low or "%" in low else None
    if not m:
        return _share(text)
    if m.group(1) is None:
        return 0.5
    pct = float(m.group(1))
    return pct / 100 if 0 < pct <= 100 else None


def _share(text: str) -> float | None:
    """A share written as a ratio ("1/3", at most tenths) or in words ("two thirds")."""
    ratio = _RATIO.search(text) if "/" in text and _RATIO_PARTS.search(text) else None
    if ratio and int(ratio.group(1)) < int(ratio.group(2)):
        return int(ratio.group(1)) / int(ratio.group(2))
    word = _WORD_SHARE.search(text) if "third" in text or "quarter" in text else None
    if word:
        return _WORD_SHARES[next(g for g in word.groups() if g)]
    return None


def stated_price(text: str) -> str | None:
    m = _PRICE_AFTER.search(text)
    return m.group(1) if m else None
