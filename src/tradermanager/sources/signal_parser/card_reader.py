"""A quick reader for the plainest signal card, handing every other text to the general parser.

Most signals are cards: a header naming the coin and the side, then one field per line under
a plain English label, with plain numbers::

    #ETH/USDT LONG
    Leverage: Cross 10x
    Entry: 255.81
    Targets: 260.93 / 266.04 / 271.16
    Stop Loss: 248.14

:func:`read_card` reads exactly that shape, line by line, and returns None — the general parser
then reads the text — the moment anything is not plainly that shape: another character than
ASCII, a line it does not know, a label word the lexicon does not read as that one label, a
number written otherwise than ``123`` or ``0.0123``, a second coin, a second entry or stop
line, targets out of order or repeated, a price the plausibility check refuses, a leverage
above the limit, a quote in BTC or ETH, a dot group that may be thousands. Whatever it accepts
it builds with the general parser's own pieces: the label words are looked up through
``sections.labels`` (the lexicon), the coin through ``find_symbol``, the leverage, margin mode
and confidence through ``read_leverage`` / ``read_confidence``, the range separator and zone
word of ``message_parts``, the plausibility check ``implausible`` and the ParsedMessage built by
the judgement's own constructor. Its parse equals the general parser's field by field on every
text it accepts (``tests/sources/test_signal_card_reader.py`` compares them on the corpus, the
generated export, the rewritten benches' texts and generated cards).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.judgement import parsed_signal, with_reason
from tradermanager.sources.signal_parser.leverage import (
    MAX_LEVERAGE,
    read_confidence,
    read_leverage,
)
from tradermanager.sources.signal_parser.message_parts import RANGE_SEPARATOR, ZONE_WORD
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.plausibility import implausible
from tradermanager.sources.signal_parser.symbols import COIN_QUOTES, FoundSymbol, find_symbol

# The header: the coin (after an optional "#" or "$", with or without its USDT pair) and the
# side, in either order, one space between.
_COIN = r"[#$]?[A-Z1-9][A-Z0-9]{1,11}(?:/?USDT)?"
_SIDE = r"(?:LONG|SHORT|Long|Short)"
_HEADER = re.compile(_COIN + " " + _SIDE + "|" + _SIDE + " " + _COIN)
_SIDE_WORDS = ("LONG", "SHORT")
# A field line: a label of letters, spaces and hyphens with an optional number (TP1,
# Target 2), a colon, one space, the value.
_FIELD = re.compile(r"([A-Za-z][A-Za-z -]{0,14}?)(?: ?(\d{1,2}))?: (\S.*)")
# Prices: plain numbers, one separator between them. (Commas, spaces, leading points and
# exponents are other number forms: not this reader's.)
_PRICE = r"(?:[1-9]\d{0,7}(?:\.\d{1,10})?|0\.\d{1,10})"
_PRICES = re.compile(_PRICE + r"(?:(?: / | - | \| |, | )" + _PRICE + ")*")
_PRICE_RUN = re.compile(_PRICE)
# The values the leverage and margin readers are asked about: "Cross 10x", "10x", "Isolated",
# "Cross (20X)" — their meaning is the leverage reader's.
_LEVERAGE_VALUE = re.compile(
    r"(?:(?:Cross|Isolated|cross|isolated) )?(?:\d{1,3}[xX]|[xX]\d{1,3})"
    r"|\d{1,3}[xX] \((?:Cross|Isolated)\)"
    r"|(?:Cross|Isolated) \(\d{1,3}[xX]\)"
)
_MARGIN_VALUE = re.compile(r"Cross|Isolated|cross|isolated|CROSS|ISOLATED")
_CONFIDENCE_VALUE = re.compile(r"[1-9]\d?%")
# The label words this reader knows (lower case, the word as the lexicon reads it without its
# number); what each means is asked from the lexicon.
_PRICE_WORDS = frozenset(
    (
        "entry",
        "entries",
        "entry zone",
        "entry price",
        "buy zone",
        "target",
        "targets",
        "tp",
        "take-profit",
        "take profit",
        "take profits",
        "take-profits",
        "stop",
        "sl",
        "stop loss",
        "stop-loss",
        "stoploss",
    )
)
_LEVERAGE_WORDS = frozenset(("Leverage", "Lev", "LEVERAGE", "leverage"))
_MARGIN_WORDS = frozenset(("Margin", "Margin mode", "Margin Mode", "MARGIN"))
_CONFIDENCE_WORDS = frozenset(("Confidence", "CONFIDENCE"))
_CACHE_SIZE = 4096


class _Known(NamedTuple):
    kind: str  # entry | target | stop
    word: str
    number: int | None


_labels: dict[str, _Known | None] = {}
_symbols: dict[str, FoundSymbol | None] = {}
_leverages: dict[str, tuple[float | None, str | None] | None] = {}
_confidences: dict[str, float | None] = {}


def _remembered(cache: dict, key: str, value: object) -> None:
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[key] = value


def _label(written: str) -> _Known | None:
    """What the lexicon reads ``written`` (a line's label, "Stop Loss", "TP1") as: one entry,
    target or stop label spanning all of it, or None."""
    try:
        return _labels[written]
    except KeyError:
        pass
    found = sections.labels(written + ": 1")
    known = None
    if (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(written)
        and found[0].kind in ("entry", "target", "stop")
    ):
        label = found[0]
        word = label.word
        if label.number is not None:
            word = word.rstrip("0123456789").rstrip()
        if word in _PRICE_WORDS:
            known = _Known(label.kind, label.word, label.number)
    _remembered(_labels, written, known)
    return known


def _symbol(header: str) -> FoundSymbol | None:
    try:
        return _symbols[header]
    except KeyError:
        pass
    found = find_symbol(header)
    if found is not None and (found.how == "bare" or found.market.quote in COIN_QUOTES):
        found = None  # a coin named bare, or prices not in dollars: the general parser's
    _remembered(_symbols, header, found)
    return found


def _leverage(line: str) -> tuple[float | None, str | None] | None:
    try:
        return _leverages[line]
    except KeyError:
        pass
    try:
        read: tuple[float | None, str | None] | None = read_leverage(line, line.lower(), [])
    except numbers.HostileNumber:
        read = None
    _remembered(_leverages, line, read)
    return read


def _confidence(line: str) -> float | None:
    try:
        return _confidences[line]
    except KeyError:
        pass
    value = read_confidence(line, line.lower(), [])
    _remembered(_confidences, line, value)
    return value


class _Holder(NamedTuple):
    """The parts the ParsedMessage constructor takes from a message's reading."""

    leverage: float | None
    margin: str | None
    confidence: float | None


_CONFIDENCES_WITH_LEVERAGE = (
    ("entries", 1.0),
    ("leverage", 1.0),
    ("side", 1.0),
    ("stop_loss", 1.0),
    ("symbol", 1.0),
    ("take_profits", 1.0),
)
_CONFIDENCES = tuple(c for c in _CONFIDENCES_WITH_LEVERAGE if c[0] != "leverage")


def read_card(text: str, reference: float | None) -> ParsedMessage | None:
    """The parse of ``text`` when it is a plain card (see the module's description), else
    None: the general parser reads it."""
    if not text.isascii() or "\r" in text:
        return None
    lines = text.split("\n")
    header = lines[0]
    if _HEADER.fullmatch(header) is None:
        return None
    head = header.upper().split(" ")
    if (head[0] in _SIDE_WORDS) == (head[1] in _SIDE_WORDS):
        return None  # "LONG SHORT": which is the coin?
    side = Side.LONG if "LONG" in head else Side.SHORT
    symbol = _symbol(header)
    if symbol is None:
        return None
    entry: tuple[_Known, str] | None = None
    targets: list[float] = []
    numbered: list[tuple[int, float]] = []
    target_lines = 0
    stop: float | None = None
    leverage: float | None = None
    margin: str | None = None
    confidence: float | None = None
    leverage_lines = margin_lines = confidence_lines = 0
    for line in lines[1:]:
        if not line:
            continue  # a blank line between fields
        field = _FIELD.fullmatch(line)
        if field is None:
            return None
        written, index, value = field.groups()
        if written in _LEVERAGE_WORDS and index is None:
            if leverage_lines or _LEVERAGE_VALUE.fullmatch(value) is None:
                return None
            leverage_lines += 1
            read = _leverage(line)
            if read is None or read[0] is None or read[0] > MAX_LEVERAGE:
                return None
            leverage = read[0]
            if read[1] is not None:
                if margin is not None and margin != read[1]:
                    return None
                margin = read[1]
            continue
        if written in _MARGIN_WORDS and index is None:
            if margin_lines or _MARGIN_VALUE.fullmatch(value) is None:
                return None
            margin_lines += 1
            read = _leverage(line)
            if read is None or read[0] is not None or read[1] is None:
                return None
            if margin is not None and margin != read[1]:
                return None
            margin = read[1]
            continue
        if written in _CONFIDENCE_WORDS and index is None:
            if confidence_lines or _CONFIDENCE_VALUE.fullmatch(value) is None:
                return None
            confidence_lines += 1
            confidence = _confidence(line)
            if confidence is None:
                return None
            continue
        known = _label(written if index is None else line[: field.end(2)])
        if known is None or _PRICES.fullmatch(value) is None:
            return None
        if known.kind == "entry":
            if entry is not None or known.number is not None:
                return None
            entry = (known, value)
        elif known.kind == "target":
            target_lines += 1
            if known.number is None:
                if target_lines > 1:
                    return None
                targets = [float(p) for p in _PRICE_RUN.findall(value)]
            else:
                if " " in value:
                    return None  # one price a numbered target
                numbered.append((known.number, float(value)))
        else:
            if stop is not None or " " in value:
                return None
            stop = float(value)
    if entry is None or stop is None or not target_lines:
        return None
    if numbered:
        if len(numbered) != target_lines:
            return None  # numbered and unnumbered target lines together
        numbered.sort()  # (in their numbers' order, as the general parser takes them)
        if [k for k, _ in numbered] != list(range(1, len(numbered) + 1)):
            return None
        targets = [v for _, v in numbered]
    label, written_entries = entry
    entries = [float(p) for p in _PRICE_RUN.findall(written_entries)]
    if len(entries) == 1:
        entry_kind = "single"
    elif len(entries) == 2 and (
        RANGE_SEPARATOR.search(written_entries) or ZONE_WORD.search(label.word)
    ):
        entries.sort()
        entry_kind = "range"
    elif len(set(entries)) == len(entries):
        entry_kind = "multiple"
    else:
        return None  # an entry written twice
    if label.word.startswith("buy") and side is Side.SHORT:
        return None  # a buying word over a short
    # the targets away from the entry, each once (out of order or repeated: not this reader's)
    step = 1.0 if side is Side.LONG else -1.0
    last = max(entries) if side is Side.LONG else min(entries)
    for target in targets:
        if (target - last) * step <= 0:
            return None
        last = target
    if entry_kind == "range" and entries[0] == entries[1]:
        return None
    if implausible(side, entries, targets, stop, reference):
        return None
    if reference is None and numbers.dot_thousands_open(text):
        return None
    fields = parsed_signal(
        _Holder(leverage, margin, confidence),  # type: ignore[arg-type]
        symbol,
        side,
        "limit",
        tuple(entries),
        entry_kind,
        tuple(targets),
        stop,
        _CONFIDENCES if leverage is None else _CONFIDENCES_WITH_LEVERAGE,
    )
    return with_reason(fields, "", MessageKind.SIGNAL)
