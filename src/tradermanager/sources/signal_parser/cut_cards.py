"""A signal card cut or joined to another message: a text ending on a level label's first
letters ("… TP3: 0.61" over "STOP L"), a follow-up line pasted above a card ("✂️ Trimmed 50%"),
another coin's one-line call or conditional close beside it ("INJ buy now | SOL LONG …").
Copied as it reads, the first would trade without the level the channel meant to give and the
others would copy one message of two, or one coin at another's prices."""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.symbols import listed_bases

# a level label's words, written out: a last line that is the start of one was cut inside it
_STOP_WORDS = ("stop loss", "stop-loss", "stoploss", "stop", "sl", "s/l")
_TARGET_WORDS = ("targets", "target", "take profit", "take-profit", "takeprofit", "tp", "tp1")
_TICKER = re.compile(r"(?<![\w$#/])\d{0,4}[A-Z][A-Z0-9]{1,11}(?![\w/])")


def cut_label(text: str) -> str:
    """The last line's text when it is a stop or target label's start with no value ("STOP L",
    "S", "Tar", "🛑 Sto"): the card was cut inside its last field; else ""."""
    end = text.rstrip()
    line = end[end.rfind("\n") + 1 :].lstrip(" \t*_>-•·🛑❌⛔🎯📍✅🔴🟢").strip()
    if not line or len(line) > 12 or "\n" not in end or any(ch.isdigit() for ch in line):
        return ""
    low = line.lower().rstrip(":： ")
    if not low or not all(ch.isalpha() or ch in " -/" for ch in low):
        return ""
    for word in _STOP_WORDS + _TARGET_WORDS:
        if word.startswith(low):
            return line
    return ""


# an update a card opens with about itself ("🔔 Copy Trading | Position Opened")
_CARD_HEADINGS = frozenset({FollowUpAction.ENTRY_FILLED})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _holds_level(piece: str, signal: ParsedMessage) -> bool:
    """A line holding one of the signal's own levels ("STOP LOSS: $2.1938" first in a card
    written in another order) is the card's, not a message beside it."""
    levels = {*signal.entries, *signal.take_profits, signal.stop_loss}
    for m in _NUMBER.finditer(piece):
        try:
            if float(m.group().replace(",", ".")) in levels:
                return True
        except ValueError:
            continue
    return False


# words an update line holds ("Moved SL to entry", "✂️ Trimmed 50%", "Booked partial profits"):
# a first line with none (a banner, "TRADING SIGNAL ALERT") is not read alone — a cheap test
_UPDATE_HINTS = (
    *("%", "sl", "stop", "tp", "target", "profit", "close", "trim", "book", "took", "take"),
    *("cut", "hit", "exit", "entry", "move", "secur", "half", "partial", "out", "reduc", "be"),
)


def _may_update(piece: str) -> bool:
    low = piece.lower()
    return any(word in low for word in _UPDATE_HINTS)


def _other_coin(piece: str, base: str) -> str:
    """A listed coin other than the signal's written in capitals in ``piece``, or ""."""
    if not any("A" <= ch <= "Z" for ch in piece):
        return ""
    bases = listed_bases()
    shouted = not any(ch.islower() for ch in piece)  # in capitals, only its first word counts
    for m in _TICKER.finditer(piece):
        word = m.group()
        if word != base and word in bases and base not in word:
            return word
        if shouted:
            break
    return ""


def beside_card(text: str, signal: ParsedMessage, parse: Callable[[str], ParsedMessage]) -> str:
    """A reason when the signal's card has another message beside it — a follow-up line above
    it, or a line or a " | " part naming another coin without the signal's own — else ""."""
    base = signal.symbol or ""
    if not base:
        return ""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    pieces: list[tuple[str, bool, bool]] = []  # (piece, above the card, a " | " part)
    if " | " in lines[0]:
        pieces.append((lines[0].split(" | ", 1)[0].strip(), True, True))
    if len(lines) > 1:
        pieces.append((lines[0], True, False))
        pieces.append((lines[-1], False, False))
    upper_base = base.upper()
    for piece, above, bar in pieces:
        if not piece or upper_base in piece.upper():
            continue
        coin = _other_coin(piece, base)
        alone = parse(piece) if coin or (above and _may_update(piece)) else None
        if alone is None:
            continue
        if coin:
            named = alone.symbol if alone.kind is not MessageKind.NOT_SIGNAL else ""
            # a part before " | " opening on a coin, with no number: a call of its own
            # ("INJ nunua sasa | SOL LONG …"), whatever its language
            rest = piece[len(coin) :]
            bare_call = bar and piece.startswith(coin) and not any(c.isdigit() for c in rest)
            # another coin's call (a side) or level (a number) — a reminder naming another
            # coin's trade without either ("move your SL on the old BNB trade") is talk
            stated = alone.side is not None or any(c.isdigit() for c in piece)
            if (named and named != base and stated) or bare_call:
                return (
                    f"“{piece}” names {named or coin} beside the {base} card: two messages in "
                    "one, and the card's prices may be taken for the other coin's. Check them "
                    "one by one."
                )
        if (
            above
            and alone.kind is MessageKind.FOLLOW_UP
            and set(alone.actions) - _CARD_HEADINGS
            and not _holds_level(piece, signal)
        ):
            return (
                f"“{piece}” above the {base} card reads as an update of its own: two messages "
                "in one. Check them one by one."
            )
    return ""


_ENDS_ON_POINT = re.compile(r"(?<![\d.,])(\d+)[.,]$")
_ENDS_ON_DIGIT = re.compile(r"(?<=[:：=\s])(\d)$")


def _places(value: float) -> int:
    """How many decimals a level has (0 for a whole one; a tiny one in exponent form has many)."""
    if value.is_integer():
        return 0
    text = repr(value)
    return len(text) - text.index(".") - 1 if "e" not in text else 8


def cut_value(text: str, signal: ParsedMessage) -> str:
    """The last price when the text ends on it and on its decimal point, every other level
    having decimals ("SL: 139." under "Entry: 142.53"), or on a single whole digit beside
    levels of two decimals or more ("SL: 1" under "Entry: 1.9842"): a value cut inside its
    digits reads as a plausible wrong level; else "". (A value cut after a decimal digit
    reads like a round one and is not told here; other cuts before the point are off by a
    magnitude and refused as such.)"""
    end = text[-1:]
    if end in (".", ","):
        m = _ENDS_ON_POINT.search(text)
        need = 1
    elif "0" <= end <= "9":
        # one whole digit after the label ("SL: 1" under "Entry: 1.9842"): the value's first
        # digit, and a stop that far reads as plausible
        m = _ENDS_ON_DIGIT.search(text)
        need = 2
    else:
        return ""
    if m is None:
        return ""
    last = float(m.group(1))
    if last != signal.stop_loss and (not signal.take_profits or last != signal.take_profits[-1]):
        return ""
    others = [v for v in (*signal.entries, *signal.take_profits) if v != last]
    if others and min(map(_places, others)) >= need:
        return m.group()  # "139." under "Entry: 142.53": cut right after the point
    return ""


def cut_or_joined(text: str, signal: ParsedMessage, parse: Callable[[str], ParsedMessage]) -> str:
    """Why a signal read from ``text`` must not be copied as it reads (cut inside its last
    label, or joined to another message), or ""."""
    line = cut_label(text)
    if line:
        return (
            f"The message ends on “{line}”, a level's label cut short with no value: the "
            "card looks cut. Check it."
        )
    value = cut_value(text, signal)
    if value:
        return (
            f"The message ends on {value}, written shorter than every other level: the card "
            "may be cut inside its last price. Check it."
        )
    return beside_card(text, signal, parse)
