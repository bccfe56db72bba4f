"""A quick reader for the plainest signal card, handing every other text to the general parser.

Most signals are cards: a header naming the coin and the side, then one field per line under
a plain English label, with plain numbers::

    #ETH/USDT LONG
    Leverage: Cross 10x
    Entry: 255.81
    Targets: 260.93 / 266.04 / 271.16
    Stop Loss: 248.14

:func:`read_card` reads that shape as channels commonly write it — decorations before the
header and the labels (``🟢 #SOL/USDT LONG``, ``📍 Entry:``, ``🎯 TP1:``), the coin and side on
lines of their own (``Pair:`` / ``Side:``), a banner above, the pair as exchanges spell it,
``$`` and thousands commas in prices, ranges and target lists on one line or under a heading,
leverage and margin forms, rules, exchange and disclaimer lines written exactly so — line by
line, and returns None (the general parser then reads the text) the moment anything is not
plainly that shape: a line it does not know, a label word the lexicon does not read as that
one label, a number form it does not read, a second coin, a second entry or stop line,
targets out of order or repeated, a price the plausibility check refuses, a leverage above the
limit, a quote in BTC or ETH, a dot group that may be thousands. Whatever it accepts it builds
with the general parser's own pieces: the label words are looked up through
``sections.labels`` (the lexicon), the coin through ``find_symbol``, the leverage, margin mode
and confidence through ``read_leverage`` / ``read_confidence``, the range separator and zone
word of ``message_parts``, the plausibility check ``implausible``, the symbol's confidence and
the ParsedMessage built by the judgement's own functions. Its parse equals the general
parser's field by field on every text it accepts (``tests/sources/test_signal_card_reader.py``
compares them on the corpus, the generated export and generated cards;
``benchmarks/check_card_reader.py`` on the rewritten benches' texts too).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.judgement import (
    parsed_signal,
    symbol_confidence,
    with_reason,
)
from tradermanager.sources.signal_parser.leverage import (
    MAX_LEVERAGE,
    read_confidence,
    read_leverage,
)
from tradermanager.sources.signal_parser.message_parts import RANGE_SEPARATOR, ZONE_WORD
from tradermanager.sources.signal_parser.model import (
    LONG,
    SHORT,
    SIGNAL,
    ParsedMessage,
)
from tradermanager.sources.signal_parser.plausibility import implausible
from tradermanager.sources.signal_parser.symbols import (
    COIN_QUOTES,
    FoundSymbol,
    find_symbol,
)

# Decorations channels set before a header or a label ("🟢 LONG", "📍 Entry:", "🎯 TP1:"), each
# once or repeated, an emoji's variation selector after it. The coloured ones tell a side: a
# header's colour must be its side's.
_LONG_MARKS = "🟢📈⬆"
_SHORT_MARKS = "🔴📉⬇"
_MARKS = "📍🎯🛑⛔⚡🔥🚀📊📌💎🔔🚨💰💵👉🔹🔸🔻🔺⚖"
_DECORATION = "(?:[" + _MARKS + "]\ufe0f?)+ ?|[-•] "
_HEADER_DECORATION = "(?:[" + _MARKS + _LONG_MARKS + _SHORT_MARKS + "]\ufe0f?)+"
# The header: the coin (after an optional "#" or "$", with or without its USDT pair, as
# exchanges write it: "SOL/USDT", "SOLUSDT", "SOL-USDT-SWAP", "SOLUSDT.P") and the side (a
# word, or a hashtag), in either order, one space or a separator between, decorations before
# and after.
_COIN = r"[#$]?[A-Z1-9][A-Z0-9]{1,15}(?:[/-]USDT)?(?:-SWAP|\.P)?"
_SIDE = r"#?(?:LONG|SHORT|Long|Short|long|short|BUY|Buy|SELL|Sell)"
_BETWEEN = r"(?:  ?| ?[|·—–-] )"
_HEADER = re.compile(
    "(?:(" + _HEADER_DECORATION + ") )?"
    "(" + _COIN + _BETWEEN + _SIDE + "|" + _SIDE + _BETWEEN + _COIN + ")"
    "(?: (" + _HEADER_DECORATION + "))?"
)
# Or the coin and the side on lines of their own, in either order, each under its label or
# none ("Pair: BTC/USDT" / "Side: LONG", "#SOLUSDT" / "LONG 🟢").
_PAIR_LINE = re.compile(
    "(?:(" + _HEADER_DECORATION + ") ?)?(?:(?:Pair|Coin|Symbol|PAIR|COIN) ?: ?)?"
    "(" + _COIN + ")(?: (" + _HEADER_DECORATION + "))?"
)
_SIDE_LINE = re.compile(
    "(?:(" + _HEADER_DECORATION + ") ?)?"
    "(?:(?:Side|Position|Direction|Signal|SIDE|POSITION|DIRECTION) ?: ?)?"
    "(" + _SIDE + ")(?: (" + _HEADER_DECORATION + "))?"
)
# A side under its label below a header naming the coin alone ("⚡️⚡️ #SOL/USDT ⚡️⚡️" …
# "Signal Type: Regular (Long)", as Cornix posts write it).
_SIDE_FIELD = re.compile(
    r"(?:Side|Position|Direction|SIDE|POSITION|DIRECTION): (" + _SIDE + ")"
    r"|Signal Type: Regular \((Long|Short)\)"
)
_LINE_DECORATION = re.compile(_DECORATION)
# Lines beside the fields that carry none: a rule, the exchange, the chart's timeframe, a
# disclaimer (written so exactly; any other words are the general parser's to read).
_EXCHANGES = r"Binance|Bybit|ByBit|OKX|Bitget|BingX|KuCoin|MEXC|Gate\.io|BitMEX|Phemex"
_EXCHANGE = "(?:" + _EXCHANGES + ")(?: Futures| USDT)?"
_ASIDE = re.compile(
    r"[-—–─━=_]{1,40}"
    r"|(?:⏳ ?)?Timeframe: \d{1,2}(?:m|H|h|D|W)"
    r"|Signal ID: \d{1,8}"
    r"|Risk Level: (?:\d{1,2}(?: of |/)\d{1,2}|Low|Medium|High)"
    r"|(?:Exchanges?|Exchange\(s\)|Client): " + _EXCHANGE + "(?:(?: / |, )" + _EXCHANGE + ")*"
    r"|(?:This is )?[Nn]ot (?:a )?financial advice[.!]?|NFA[.!]?|DYOR[.!]?|NFA,? DYOR[.!]?"
    r"|Good luck[.!]?"
    r"|R:R 1:\d{1,2}(?:\.\d{1,2})?"
)
# A banner over the card, of a few announcing words ("🚨 NEW SIGNAL", "TRADING SIGNAL ALERT",
# "FREE SIGNAL 🔔", "@everyone"): skipped, and blank lines after it.
_BANNER_WORD = r"(?:new|free|vip|premium|trading|trade|signal|alert|setup|call|futures|#\d{1,6})"
# (one mark a step: a repeated group of repeated marks would let the regex engine try every
# way of splitting a long run of emoji that is no banner)
_BANNER_MARK = "[" + _MARKS + _LONG_MARKS + _SHORT_MARKS + "🆕📢📡]\ufe0f?"
_BANNER = re.compile(
    "(?:(?:"
    + _BANNER_MARK
    + "|@everyone|@here) ?)*"
    + _BANNER_WORD
    + "(?: "
    + _BANNER_WORD
    + "){0,3}"
    + "(?: ?"
    + _BANNER_MARK
    + ")*",
    re.I,
)
# A character no pattern here reads (a letter of another script, a mark it does not skip):
# a text holding one is handed over before any line is read.
_FOREIGN = re.compile(
    "[^\t\n -~" + _MARKS + _LONG_MARKS + _SHORT_MARKS + "🆕📢📡⏳\ufe0f\u20e3➜→—–·•─━]"
)
_SIDE_WORDS = ("LONG", "SHORT", "BUY", "SELL")
_LONG_WORDS = ("LONG", "BUY")
# A field line: a label of letters, spaces and hyphens with an optional number (TP1,
# Target 2), a separator (a colon, a dash, an arrow or a space), the value; or a label and a
# colon alone, its values on the lines below it (a heading).
_FIELD = re.compile(
    r"([A-Za-z][A-Za-z -]{0,24}?)(?: ?(\d{1,2}))?"
    r"(?:(?::  ?| : |:(?=[$0-9]))(\S.*)|(?: - | – | — | ➜ | → | @ | )([$0-9xX].*)|( ?:))"
)
# Prices: plain numbers, or with commas between thousands before a decimal point
# ("58,892.4"), a dollar sign before one or after it, its distance from the entry after it in
# brackets ("(+1.5%)"); one separator between them. (Spaces in numbers, leading points, a
# comma group without decimals and exponents are other number forms: not this reader's.)
_NUMBER = r"(?:[1-9]\d{0,2}(?:,\d{3})+\.\d{1,10}|[1-9]\d{0,7}(?:\.\d{1,10})?|0\.\d{1,10})"
_PERCENT = r"(?: \([+-]?\d{1,3}(?:\.\d{1,2})?%\))?"
_PRICE = r"(?:\$?" + _NUMBER + r"|" + _NUMBER + r"\$)(?: USDT)?" + _PERCENT
_SEPARATOR = r"(?: / | - | \| |, | |/| – |–|-| — )"
_PRICES = re.compile(_PRICE + "(?:" + _SEPARATOR + _PRICE + ")*")
_PRICE_RUN = re.compile(r"\$?(" + _NUMBER + ")\\$?(?: USDT)?" + _PERCENT)
# A line of a heading's list: a price after its number ("1) 0.51", "1️⃣ 0.51") or a bullet.
_ITEM = re.compile(r"(?:(\d{1,2})(?:\) |\ufe0f\u20e3 ?)|[-•] )?(" + _PRICE + ")")


# The plainest forms first (most cards are written so; the wider patterns cost more): a
# header "#ETH/USDT LONG", a field "Entry: 255.81", a value of plain numbers.
_PLAIN_HEADER = re.compile(
    r"(?:[#$]?[A-Z1-9][A-Z0-9]{1,11}(?:/?USDT)?) (LONG|SHORT|Long|Short)"
    r"|(LONG|SHORT|Long|Short) (?:[#$]?[A-Z1-9][A-Z0-9]{1,11}(?:/?USDT)?)"
)
# Every first line a card may start with (a header, a coin's or a side's line, a banner) in
# one pattern: most texts are no card, and one failed match hands them over at once.
_FIRST_LINE = re.compile(
    "|".join("(?:" + p.pattern + ")" for p in (_PLAIN_HEADER, _HEADER, _PAIR_LINE, _SIDE_LINE))
    + "|(?i:"
    + _BANNER.pattern
    + ")"
)
_PLAIN_FIELD = re.compile(r"([A-Za-z][A-Za-z -]{0,14}?)(?: ?(\d{1,2}))?: (\S.*)")


def plain_field(line: str) -> tuple[str, str | None, str, str] | None:
    """What ``_PLAIN_FIELD.fullmatch(line)`` reads — (the label's words, its number or None, the
    value) — and the text before the ": " (the label with its number), or None; told with
    string methods, a third of the pattern's cost (its lazy label tries every length).

    The label's words and its number hold no ":", so the ": " after them is the line's first
    colon; the words hold no digit, so the number is every decimal digit (one or two) before it,
    a space between taken by the number (the words are the shortest that match)."""
    colon = line.find(":")
    if colon < 1 or line[colon + 1 : colon + 2] != " ":
        return None
    value = line[colon + 2 :]
    if not value or value[0].isspace() or "\n" in value:
        return None
    head = line[:colon]
    index: str | None = None
    words = head
    if head[-1].isdecimal():
        digits = 2 if len(head) > 1 and head[-2].isdecimal() else 1
        if len(head) > digits and head[-digits - 1].isdecimal():
            return None  # three digits or more: no label's number
        index = head[-digits:]
        words = head[:-digits]
        if words[-1:] == " ":
            words = words[:-1]
    if not (
        0 < len(words) <= 15
        and words.isascii()
        and words[0].isalpha()
        and words.replace(" ", "").replace("-", "").isalpha()
    ):
        return None
    return words, index, value, head


_PLAIN_NUMBER = r"(?:[1-9]\d{0,7}(?:\.\d{1,10})?|0\.\d{1,10})"
_PLAIN_PRICE = re.compile(_PLAIN_NUMBER)
_PLAIN_PRICES = re.compile(_PLAIN_NUMBER + r"(?:(?: / | - | \| |, | )" + _PLAIN_NUMBER + ")*")


def _prices(value: str) -> list[float] | None:
    """The prices of a field's value, or None when it is not a value of prices."""
    if _PLAIN_PRICE.fullmatch(value) is not None:
        return [float(value)]
    if _PLAIN_PRICES.fullmatch(value) is not None:
        return [float(p) for p in _PLAIN_PRICE.findall(value)]
    if _PRICES.fullmatch(value) is not None:
        return [float(p.replace(",", "")) for p in _PRICE_RUN.findall(value)]
    return None


# The values the leverage and margin readers are asked about: "Cross 10x", "10x", "Isolated",
# "Cross (20X)" — their meaning is the leverage reader's.
_LEVERAGE_VALUE = re.compile(
    r"(?:(?:Cross|Isolated|cross|isolated) )?(?:\d{1,3}[xX]?|[xX]\d{1,3})"
    r"|\d{1,3}[xX]? \((?:Cross|Isolated|cross|isolated)\)"
    r"|(?:Cross|Isolated) \(\d{1,3}(?:\.0)?[xX]\)"
)
# A market entry: the value of an entry line that names no price ("Entry: CMP").
_MARKET_VALUE = re.compile(r"CMP|Market|market|MARKET")
# The order's type on a line of its own ("Order Type: Market": the entry's price is where it
# fills).
_ORDER_TYPE = re.compile(r"Order [Tt]ype: (Limit|LIMIT|Market|MARKET)")
# A leverage line under no label ("10x", "⚡ 20x ⚡").
_BARE_LEVERAGE = re.compile(r"(?:⚡\ufe0f? )?([1-9]\d?)x(?: ⚡\ufe0f?)?")
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
        "entry targets",
        "entry point",
        "buy zone",
        "target",
        "targets",
        "tp",
        "take-profit",
        "take profit",
        "take profits",
        "take-profit targets",
        "take profit targets",
        "stop targets",
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
    if found is not None and found.market.quote in COIN_QUOTES:
        found = None  # prices not in dollars: the general parser's
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


def _field_confidences(leverage: bool, symbol: float) -> tuple[tuple[str, float], ...]:
    """The fields' confidences as the judgement names them (in their names' order)."""
    return (
        ("entries", 1.0),
        *((("leverage", 1.0),) if leverage else ()),
        ("side", 1.0),
        ("stop_loss", 1.0),
        ("symbol", symbol),
        ("take_profits", 1.0),
    )


_CONFIDENCES: dict[tuple[bool, float], tuple[tuple[str, float], ...]] = {}


def _confidences_of(leverage: bool, symbol: float) -> tuple[tuple[str, float], ...]:
    try:
        return _CONFIDENCES[leverage, symbol]
    except KeyError:
        made = _CONFIDENCES[leverage, symbol] = _field_confidences(leverage, symbol)
        return made


def read_card(text: str, reference: float | None) -> ParsedMessage | None:
    """The parse of ``text`` when it is a plain card (see the module's description), else
    None: the general parser reads it."""
    read = refusal_or_card(text, reference)
    return read if type(read) is ParsedMessage else None


def _sides_named(text: str) -> int:
    """How many side words a header's text holds, inside other words too ("LONGUSDT")."""
    upper = text.upper()
    return upper.count("LONG") + upper.count("SHORT") + upper.count("BUY") + upper.count("SELL")


def _header(
    lines: list[str], plain: re.Match[str] | None
) -> tuple[str, Side | None, int, str] | str:
    """(the text naming the coin, the side — None when a line below names it —, the lines the
    header takes, its decorations), or why not. ``plain``: ``_PLAIN_HEADER.fullmatch(lines[0])``
    (asked once by the caller)."""
    if plain is not None:
        word = plain.group(1) or plain.group(2)
        if _sides_named(lines[0]) != 1:
            return "two sides"  # "LONG SHORT", "LONGUSDT SHORT": which is the coin?
        return lines[0], LONG if word.upper() == "LONG" else SHORT, 1, ""
    header = _HEADER.fullmatch(lines[0])
    if header is not None:
        before, core, after = header.groups()
        head = core.upper().replace("#", "").split(" ")
        if _sides_named(core) != 1:
            return "two sides"
        side = LONG if head[0] in _LONG_WORDS or head[-1] in _LONG_WORDS else SHORT
        marks = (before or "") + (after or "")
        taken = 1
        named = lines[0]
    elif len(lines) > 2:
        pair, side_line = _PAIR_LINE.fullmatch(lines[0]), _SIDE_LINE.fullmatch(lines[1])
        if pair is not None and side_line is None:
            if _sides_named(pair.group(2)):
                return "two sides"
            return pair.group(), None, 1, "".join(m or "" for m in pair.group(1, 3))
        if pair is None or side_line is None:
            pair, side_line = (
                _PAIR_LINE.fullmatch(lines[1]),
                _SIDE_LINE.fullmatch(lines[0]),
            )
        if pair is None or side_line is None:
            return "header\n" + lines[0]
        if _sides_named(pair.group(2)) or _sides_named(side_line.group(2)) != 1:
            return "two sides"
        side = LONG if side_line.group(2).upper().lstrip("#") in _LONG_WORDS else SHORT
        marks = "".join(m or "" for m in (*pair.group(1, 3), *side_line.group(1, 3)))
        taken = 2
        named = pair.group()
    else:
        return "header\n" + lines[0]
    return named, side, taken, marks


def _against(side: Side, marks: str) -> bool:
    """Whether a header's decorations hold the other side's colour ("🔴 BTC LONG")."""
    return any(m in marks for m in (_SHORT_MARKS if side is LONG else _LONG_MARKS))


def _side_of(named: re.Match[str]) -> Side:
    word = (named.group(1) or named.group(2)).upper().lstrip("#")
    return LONG if word in _LONG_WORDS else SHORT


def refusal_or_card(text: str, reference: float | None) -> ParsedMessage | str:
    """The card's parse, or why it is handed over: a short reason, or "line" and the first
    line not read, after a newline (``benchmarks/check_card_reader.py --refusals`` counts)."""
    if text.count("\n") < 3:
        return "one to three lines"  # a header, an entry, a target and a stop line at least
    if "\r" in text:
        return "carriage return"
    first = text[: text.index("\n")]
    if not text.isascii() and (foreign := _FOREIGN.search(text)) is not None:
        at = foreign.start()
        if at < len(first):
            return "header\n" + first
        start = text.rindex("\n", 0, at) + 1
        end = text.find("\n", at)
        return "line\n" + (text[start:] if end < 0 else text[start:end])
    # (the plainest header is one of _FIRST_LINE's branches: a text opening with one skips the
    # whole pattern)
    plain_header = _PLAIN_HEADER.fullmatch(first)
    if plain_header is None and _FIRST_LINE.fullmatch(first) is None:
        return "header\n" + first
    lines = text.split("\n")
    header = _header(lines, plain_header)
    if isinstance(header, str) and _BANNER.fullmatch(lines[0]) is not None:
        del lines[0]
        while lines and not lines[0]:
            del lines[0]
        header = _header(lines, _PLAIN_HEADER.fullmatch(lines[0])) if lines else "banner"
    if isinstance(header, str):
        return header
    named, header_side, taken, marks = header
    side = header_side
    symbol = _symbol(named)
    if symbol is None:
        return "symbol"
    entry: tuple[_Known, str, list[float]] | None = None
    targets: list[float] = []
    numbered: list[tuple[int, float]] = []
    market = False  # "Entry: CMP"
    order_type: str | None = None  # "Order Type: Limit"
    numbered_entries: list[float] = []
    target_lines = 0
    stop: float | None = None
    leverage: float | None = None
    margin: str | None = None
    confidence: float | None = None
    leverage_lines = margin_lines = confidence_lines = 0
    heading: _Known | None = None  # a heading whose values are the lines below it
    items: list[str] = []
    for line in [*lines[taken:], ""]:
        if heading is not None:
            item = _ITEM.fullmatch(line)
            if item is not None:
                number = item.group(1)
                if number is not None and int(number) != len(items) + 1:
                    return "line\n" + line  # a list numbered out of order
                items.append(item.group(2))
                continue
            if not line and not items:
                continue  # a blank line under the heading
            if not items:
                return "line\n" + line  # a heading with no value under it
            value = "\n".join(items)
            listed = [float(p.replace(",", "")) for p in _PRICE_RUN.findall(value)]
            if heading.kind == "entry":
                if entry is not None:
                    return "line\n" + line
                entry = (heading, value, listed)
            elif heading.kind == "target":
                target_lines += 1
                if target_lines > 1:
                    return "line\n" + line
                targets = listed
            else:
                if stop is not None or len(listed) != 1:
                    return "line\n" + line
                stop = listed[0]
            heading, items = None, []
        if not line:
            continue  # a blank line between fields
        if "x" in line and (bare := _BARE_LEVERAGE.fullmatch(line)) is not None:
            if leverage_lines:
                return "line\n" + line
            leverage_lines += 1
            leverage = float(bare.group(1))
            continue
        plain = plain_field(line)
        if plain is not None:
            written, index, value, head = plain
            by_colon = True
        else:
            decoration = _LINE_DECORATION.match(line)
            if decoration is not None:
                line = line[decoration.end() :]
            wide = _FIELD.fullmatch(line)
            if wide is None:
                if _ASIDE.fullmatch(line) is not None:
                    continue  # a rule, the exchange, a disclaimer
                if side is None and (named_side := _SIDE_FIELD.fullmatch(line)) is not None:
                    side = _side_of(named_side)
                    continue
                return "line\n" + line
            written, index, value, spaced, colon = wide.groups()
            if colon is not None:  # a heading: "Targets:" over its list
                known = _label(written if index is None else line[: wide.end(2)])
                if known is None or known.number is not None:
                    return "line\n" + line
                heading = known
                continue
            by_colon = value is not None
            if (
                by_colon
                and index is not None
                and line[wide.start(3) - 1] == ":"
                and line[wide.start(2) - 1] == " "
            ):
                return "line\n" + line  # "TP 1:296.03": a number or a price's time?
            if value is None:
                if index is not None and line[wide.start(2) - 1] == " ":
                    return "line\n" + line  # "TP 1 ➜ 0.51": is the 1 a number or a price?
                # ("TP1 ➜ 0.51": the number glued to its label is the label's)
                value = spaced
            head = line[: wide.end(2)] if index is not None else written
        if written in _LEVERAGE_WORDS and index is None:
            if leverage_lines or _LEVERAGE_VALUE.fullmatch(value) is None:
                return "line\n" + line
            leverage_lines += 1
            read = _leverage(line)
            if read is None or read[0] is None or read[0] > MAX_LEVERAGE:
                return "line\n" + line
            leverage = read[0]
            if read[1] is not None:
                if margin is not None and margin != read[1]:
                    return "line\n" + line
                margin = read[1]
            continue
        if written in _MARGIN_WORDS and index is None:
            if margin_lines or _MARGIN_VALUE.fullmatch(value) is None:
                return "line\n" + line
            margin_lines += 1
            read = _leverage(line)
            if read is None or read[0] is not None or read[1] is None:
                return "line\n" + line
            if margin is not None and margin != read[1]:
                return "line\n" + line
            margin = read[1]
            continue
        if written in _CONFIDENCE_WORDS and index is None:
            if confidence_lines or _CONFIDENCE_VALUE.fullmatch(value) is None:
                return "line\n" + line
            confidence_lines += 1
            confidence = _confidence(line)
            if confidence is None:
                return "line\n" + line
            continue
        known = _label(written if index is None else head)
        if known is None and index is not None and by_colon:
            # "Entry 1: 5.468": the lexicon reads the entry word, its number is the order's
            word = _label(written)
            if word is not None and word.kind == "entry" and word.number is None:
                known = _Known("entry", word.word, int(index))
        if known is None:
            if _ASIDE.fullmatch(line) is not None:
                continue
            if side is None and (named_side := _SIDE_FIELD.fullmatch(line)) is not None:
                side = _side_of(named_side)
                continue
            if order_type is None and (named_type := _ORDER_TYPE.fullmatch(line)) is not None:
                order_type = named_type.group(1).lower()
                continue
            return "line\n" + line
        prices = _prices(value)
        if prices is None:
            if known.kind != "entry" or _MARKET_VALUE.fullmatch(value) is None:
                return "line\n" + line
            if entry is not None or known.number is not None:
                return "line\n" + line
            market = True
            entry = (known, value, [])
            continue
        if known.kind == "entry":
            if known.number is not None:
                # "Entry 1: …" / "Entry 2: …": one price a line, numbered from 1 in order
                if len(prices) != 1 or known.number != len(numbered_entries) + 1:
                    return "line\n" + line
                if entry is not None and not numbered_entries:
                    return "line\n" + line
                numbered_entries.append(prices[0])
                entry = (known, value, numbered_entries)
                continue
            if entry is not None:
                return "line\n" + line
            entry = (known, value, prices)
        elif known.kind == "target":
            target_lines += 1
            if known.number is None:
                if target_lines > 1:
                    return "line\n" + line
                targets = prices
            else:
                if len(prices) != 1:
                    return "line\n" + line  # one price a numbered target
                numbered.append((known.number, prices[0]))
        else:
            if stop is not None or len(prices) != 1:
                return "line\n" + line
            stop = prices[0]
    if entry is None or stop is None or not target_lines or side is None:
        return "card"
    if marks and _against(side, marks):
        return "header colour"  # "🔴 BTC LONG": which side?
    if numbered:
        if len(numbered) != target_lines:
            return "card"  # numbered and unnumbered target lines together
        numbered.sort()  # (in their numbers' order, as the general parser takes them)
        if [k for k, _ in numbered] != list(range(1, len(numbered) + 1)):
            return "card"
        targets = [v for _, v in numbered]
    label, written_entries, entries = entry
    noted = entries
    if market:
        entry_kind = "market"
    elif len(entries) == 1:
        entry_kind = "single"
    elif (
        len(entries) == 2
        and not numbered_entries
        and (RANGE_SEPARATOR.search(written_entries) or ZONE_WORD.search(label.word))
    ):
        entries.sort()
        entry_kind = "range"
    elif len(set(entries)) == len(entries):
        entry_kind = "multiple"
    else:
        return "card"  # an entry written twice
    if label.word.startswith("buy") and side is SHORT:
        return "card"  # a buying word over a short
    # the targets away from the entry, each once (out of order or repeated: not this reader's)
    step = 1.0 if side is LONG else -1.0
    if market:
        last = targets[0] - step if targets else 0.0  # (the market's price is not written)
    else:
        last = max(entries) if side is LONG else min(entries)
    for target in targets:
        if (target - last) * step <= 0:
            return "card"
        last = target
    if entry_kind == "range" and entries[0] == entries[1]:
        return "card"
    if order_type == "market" and not market:
        market, entry_kind, entries = True, "market", []  # (its prices only checked)
    if implausible(side, entries or noted, targets, stop, reference):
        return "card"
    if reference is None and (
        numbers.dot_thousands_open(text)
        or (
            "." in text
            and numbers.has_dot_group(text)
            and numbers.mark_open_in_comma_language(text)
        )
    ):
        return "card"
    fields = parsed_signal(
        _Holder(leverage, margin, confidence),  # type: ignore[arg-type]
        symbol,
        side,
        "market" if market else "limit",
        tuple(entries),
        entry_kind,
        tuple(targets),
        stop,
        _confidences_of(leverage is not None, symbol_confidence(symbol)),
    )
    return with_reason(fields, "", SIGNAL)
