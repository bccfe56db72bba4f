"""Early ends: messages whose reading is settled before the general reading's parts are built.

* :func:`direct_follow_up` reads the commonest one-line follow-ups ("Target 1 ✅", "#SOL TP1
  ✅", "SL hit ❌", "Stopped out", "SL moved to entry", "Closed", "Cancelled", "All targets
  achieved 🚀") from one anchored pattern and hands every other text to the general reading.
* :func:`chatter_end` ends talk — no digit, no coin, no side, no follow-up action — once its
  parts are found, before its sections are read and judged.
* :func:`chatter_before_parts` ends the same talk before its parts are built, when no step of
  the parts that blanks a span before the labels are read has anything to blank.

Each early end must give, field by field, the parse the general reading gives: the
differential test (tests/sources/test_signal_parser_early_ends.py) and
``benchmarks/check_early_ends.py`` compare them over the corpus, the generated export, the
perturbed, pasted and rewritten benches' texts and generated follow-ups and chatter.
:func:`general_only` switches every early end off, for those comparisons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from tradermanager.sources.signal_parser import sections
from tradermanager.sources.signal_parser.follow_up_reading import (
    CHECK_MARKS,
    names_no_follow_up,
    read_follow_up,
)
from tradermanager.sources.signal_parser.leverage import holds_leverage_hint
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import (
    PRICE_LABELS,
    SIZE_WORDS,
    SOURCE_HINTS,
    MessageParts,
)
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.numbers import lowered
from tradermanager.sources.signal_parser.symbols import (
    bare_upper_token,
    find_symbol,
    market_context,
)

_OFF: ContextVar[bool] = ContextVar("early_ends_off", default=False)
_TAKEN: ContextVar[list[str] | None] = ContextVar("early_ends_taken", default=None)


def enabled() -> bool:
    """False inside :func:`general_only`."""
    return not _OFF.get()


@contextmanager
def general_only() -> Iterator[None]:
    """Read with the general reading alone (the early ends' reference)."""
    token = _OFF.set(True)
    try:
        yield
    finally:
        _OFF.reset(token)


@contextmanager
def counting() -> Iterator[list[str]]:
    """The names of the early ends taken inside the block (for the differential checks)."""
    taken: list[str] = []
    token = _TAKEN.set(taken)
    try:
        yield taken
    finally:
        _TAKEN.reset(token)


def took(name: str) -> None:
    """Record that the early end ``name`` was taken, inside :func:`counting`."""
    taken = _TAKEN.get()
    if taken is not None:
        taken.append(name)


# One follow-up on one line, ASCII words (any case) and a few marks: a coin tag, then a target
# hit by its number, every target hit, the stop hit, the stop moved to the entry, a cancel or a
# close. Anything more (a price, a share, a second clause, a word before the coin) is the
# general reading's.
_SHAPE = re.compile(
    r"(?ai)(?P<coin>[#$][a-z][a-z0-9]{1,11}[ ]+)?(?:"
    r"(?:tp|target)[ ]?(?P<n>[1-9])[ ]*(?:✅|hit|done|reached|achieved)(?:[ ]*(?:✅|🚀|🔥))?"
    r"|(?P<all>all[ ]targets[ ](?:hit|done|reached|achieved))(?:[ ]*(?:✅|🚀|🔥))?"
    r"|(?P<sl>(?:sl|stop|stop[ ]loss|stoploss)[ ](?:hit|triggered)|stopped[ ]out)"
    r"(?:[ ]*(?:❌|⛔))?"
    r"|(?P<moved>(?:sl|stop|stop[ ]loss)[ ]moved[ ]to[ ](?:entry|breakeven))"
    r"|(?P<cancel>cancell?ed|cancel)(?:[ ]*❌)?"
    r"|(?P<closed>closed)"
    r")"
)

# a word in capitals ("STOPPED OUT", "TP1 ACHIEVED"): the general reading may take it for a coin
_CAPITALS = re.compile(r"(?<![A-Za-z])(?!(?:TP|SL)(?![A-Za-z]))[A-Z]{2,}")


def direct_follow_up(text: str) -> ParsedMessage | None:
    """``text`` (normalised by ``plain_text.plain``) read as one of the commonest one-line
    follow-ups, or None: the general reading's."""
    shape = _SHAPE.fullmatch(text)
    if shape is None or _CAPITALS.search(text, shape.end("coin") if shape.group("coin") else 0):
        return None
    market = None
    if shape.group("coin"):
        found = find_symbol(text, lowered(text))
        if found is None or found.how not in ("hashtag", "pair"):
            return None  # an unknown or topic tag: the general reading decides
        if any(end > shape.end("coin") for _, end in found.spans):
            return None
        market = found.market
    index: int | None = None
    fraction: float | None = None
    to_entry = False
    if shape.group("n"):
        action, index = FollowUpAction.TARGET_HIT, int(shape.group("n"))
    elif shape.group("all"):
        action = FollowUpAction.TARGET_HIT
    elif shape.group("sl"):
        action = FollowUpAction.STOP_HIT
    elif shape.group("moved"):
        action, to_entry = FollowUpAction.STOP_MOVED, True
    elif shape.group("cancel"):
        action = FollowUpAction.CANCEL
    else:
        action, fraction = FollowUpAction.CLOSE, 1.0
    took("direct follow-up")
    return one_action_follow_up(
        market,
        action,
        1.0 if CHECK_MARKS.search(text) else 0.9,
        target_index=index,
        stop_to_entry=to_entry,
        close_fraction=fraction,
    )


_DIGIT = re.compile(r"\d")
# what the judgement says of a text with no symbol, no number and no side that names no action
_TALK = ParsedMessage(MessageKind.NOT_SIGNAL, reason="No symbol and no side: not a signal.")


def chatter_end(read: MessageParts) -> ParsedMessage | None:
    """Talk ended before its sections are read: no digit (so no price, no section with a
    price — a judgement with fewer than two priced parts — and no result), no symbol, no side
    label, not "not a signal" and no follow-up action — the judgement's reading of such a text
    is ``_TALK``. None for anything else (the judgement's)."""
    if read.symbol is not None or "not a " in read.low or _DIGIT.search(read.text):
        return None  # (a digit: a number, or a result the judgement reads, "+42%")
    for lab in read.labels:  # (the foreign labels are of kind "other")
        if lab.kind == "long" or lab.kind == "short":
            return None
    if read_follow_up(read) is not None:
        return None
    took("chatter end")
    return _TALK


# What makes a step of :class:`MessageParts` blank a span before the labels are read, in a text
# with no digit: a trailing stop's clause, a source line or a link, an order's size ("$", "usd",
# "×", a size word), a topic tag, a leverage or margin word, a risk/reward ratio. (The list
# counts, a leverage written with an x, a confidence, a ratio cut to "RR" and the numbers' notes
# all need a digit.)
_BLANKING_HINTS = (
    *("trailing", "$", "usd", "×", "#", "r:r", "r/r", "reward", "cross", "iso"),
    *SOURCE_HINTS,
    *SIZE_WORDS,
)


def chatter_before_parts(text: str) -> ParsedMessage | None:
    """:func:`chatter_end`'s talk read before :class:`MessageParts` is built (its leverage,
    confidence, counts and numbers are never asked of talk): ``_TALK`` when the text holds no
    digit nor any other numeral ("½", "²", "三"), not "not a ", no step of the parts would blank
    a span before the labels are read (:data:`_BLANKING_HINTS`, a leverage word), and the parts'
    own functions, asked as the parts ask them, find no symbol (no coin pattern, no coin named
    bare beside a price label), no side label and no follow-up. None for anything else: the
    parts are built and read as ever."""
    if _DIGIT.search(text) or (not text.isascii() and any(map(str.isnumeric, text))):
        return None
    low = lower_case(text)
    if "not a " in low:
        return None
    lower = low if len(low) == len(text) else lowered(text)  # (as MessageParts lowers it)
    if holds_any(lower, _BLANKING_HINTS) or holds_leverage_hint(lower):
        return None
    if find_symbol(text, lower) is not None:
        return None
    labels = sections.labels(text, None, lower)
    priced = False
    for lab in labels:
        if lab.kind == "long" or lab.kind == "short":
            return None
        priced = priced or lab.kind in PRICE_LABELS
    if priced and (
        bare_upper_token(
            text, text, market_context(lower), [(lab.start, lab.end) for lab in labels]
        )
        is not None
    ):
        return None  # (the parts would take that word for the coin)
    if not names_no_follow_up(text, lower):
        return None
    took("chatter before parts")
    return _TALK
