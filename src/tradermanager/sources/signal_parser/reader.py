"""One message → ParsedMessage: symbol, sections, numbers, follow-ups, plausibility and a
confidence for every field. What is ambiguous goes to review with the reason, never a guess."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from tradermanager.domain.enums import Side
from tradermanager.domain.tokens import MarketKind
from tradermanager.sources.signal_parser import follow_ups, numbers, sections
from tradermanager.sources.signal_parser.lexicon import (
    FOREIGN_MARGIN,
    MARKET_WORDS,
    NOT_PRICE_LABELS,
)
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.model import (
    REVIEW_THRESHOLD,
    FollowUpAction,
    MessageKind,
    ParsedMessage,
)
from tradermanager.sources.signal_parser.symbols import (
    COIN_QUOTES,
    FoundSymbol,
    bare_upper_token,
    find_symbol,
    named_coins,
)

MAX_TEXT = 10_000
MAX_LEVERAGE = 200.0
_MARKET = re.compile(r"(?<![\w])(?:" + MARKET_WORDS + r")(?![\w])", re.I)
# "a - b" is a range, but not "6.215 - 50.0%": a price, then its share of the order
_RANGE_SEP = re.compile(r"\d\s*(?:-|–|—|_|to|~|до|a)\s*\$?\.?\d(?![\d.,]*\s?%)", re.I)
_ZONE_WORD = re.compile(r"zone|range|between|area", re.I)
_ARROW = re.compile("→|->|➡|⇒|➜|►|>>")
_BETWEEN = re.compile(r"(?<![\w])between(?![\w])", re.I)
# Words that may stand between a side word and its price: English, and Hinglish ("long lo
# 148 pe", "short karo @ 3412": take, do, at, near).
_FILLER = re.compile(
    r"(?<![\w])(?:on|at|here|around|from|near|price|the|limit|order|entry"
    r"|lo|le|lelo|karo|kar|lena|pe|par|paas|ke|me|mein|between|above|below"
    r"|a|an|of|break|breaks|breakout|reclaim|retest)(?![\w])|@",
    re.I,
)
_PREAMBLE = sections.Label("preamble", 0, 0, "", None)
_PRICE_LABELS = ("entry", "target", "stop")
_START = itemgetter(1)  # a Label's start
_LEVERAGE_HINTS = (
    "lev",
    "плечо",
    "плече",
    "dźwignia",
    "dzwignia",
    "apalanc",
    "alavanc",
    "kald",
    "hebel",
    "đòn",
    "الرافعة",
    "杠杆",
    "레버리지",
    "レバレッジ",
    "เลเวอเรจ",
    "لوریج",
    "لیوریج",
    "اهرم",
    "μόχλευση",
    "μοχλευση",
    "מינוף",
    "leveraj",
    "লিভারেজ",
    "배율",
    "レバ",
)
# A label that starts with "lev" ("lev", "leverage", "levier") is read by the label patterns
# only with a number after it (past a colon or a margin mode) or a number before it: "level"
# and "levels" in a text are no reason to run them. (A quick test on the lower-cased text:
# each match of LEVERAGE_BARE_LABEL or LEVERAGE_NUMBER_FIRST on a "lev" word holds it; "ı"
# because the patterns ignore case and so read "levıer" as "levier".)
_LEV_LABEL = re.compile(
    r"lev(?:(?<=\slev)|(?:erage|[iı]er)?[\s*_]*[:=：→➜]?[\s*_]*(?:\w+\s*)?-?\d)"
)
_LEVERAGE_HINT = re.compile("|".join(_LEVERAGE_HINTS))
# The labels that do not start with "lev"; "槓桿" among them, which has no hint of its own and
# so is read only where another hint stands.
_OTHER_LEVERAGE_HINT = re.compile("|".join([*(h for h in _LEVERAGE_HINTS if h != "lev"), "槓桿"]))
# An x that can stand by a leverage number: not one inside a word ("next", "exit"), which
# has a letter on both sides and so neither a number before it nor after it. (The pattern
# opens with the x itself, so the regex engine skips ahead to one.)
_TIMES = re.compile("[xX×倍배](?:(?![A-Za-z])|(?<![A-Za-z][xX×]))")
_DIGIT = re.compile(r"\d")
_SPOT_OR_BUY = re.compile(r"spot|buy", re.I)
_RESULT = re.compile(r"(?<![\w.])\+\s?\d+(?:[.,]\d+)?\s?%")
_CHECK_MARKS = re.compile(r"✅|✔|⚠️|❌|⛔|🎯")
# The line naming where a post was forwarded from, and links (its quick test: "forwarded
# from", "http", "t.me/" or "www." in the lower-cased text).
_SOURCE = re.compile(r"forwarded from[^\n]*|(?:https?://|www\.|t\.me/)\S+")
# A date is no price: "14/7/2026", "2026-12-05" (a footer, a post's time). Its quick test:
# "/20", "-0" or "-1" stands in every text it matches.
# A count of people is no price: "53K members", "12,400 subscribers" (its quick test: one of
# those words in the lower-cased text).
_HEADCOUNT = re.compile(
    r"\d[\d.,]*[^\S\n]?[km]?[^\S\n]*\+?[^\S\n]*(?:members|followers|subscribers|users|traders)"
)
_DATE = re.compile(r"(?<![\d.,/])(?:\d{1,2}/\d{1,2}/20\d\d|20\d\d-[01]?\d-[0-3]?\d)(?![\d.,/])")
# Several messages pasted into one post, each opening with its time: "[10:13] …",
# "Admin, [05.12.26 14:29]", "05/12/2026, 14:29 - …". Its quick test: "[" or "/" and ":".
_STAMPED_LINE = re.compile(
    r"^[^\S\n]*(?:[^\n\[\]]{0,40}\[[^\]\n]{0,16}\b\d{1,2}:\d\d\b[^\]\n]{0,8}\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?[^\S\n]+\d{1,2}:\d\d\b)",
    re.M,
)


def _fmt(value: float) -> str:
    return f"{value:,.10g}"


class _Read:
    """The parts found in one message, before they are judged."""

    def __init__(self, text: str, reference: float | None, decimal: str | None = None) -> None:
        self.text = text
        low = text.lower()
        self.low = low  # the text lower-cased, and the same with every position kept
        lower = low if len(low) == len(text) else numbers.lowered(text)
        self.lower = lower
        cut = sections.TRAILING.search(text) if "trailing" in lower else None
        body = text[: cut.start()] if cut else text
        if cut:
            lower = lower[: cut.start()]
        if "forwarded from" in lower or "http" in lower or "t.me/" in lower or "www." in lower:
            # a source's name ("Forwarded from Whale Calls 100x") and links hold no levels
            sources = [m.span() for m in _SOURCE.finditer(lower)]
            if sources:
                body = sections.blank_spans(body, sources)
                lower = numbers.lowered(body)
        self.symbol = find_symbol(body, lower)
        excluded: list[tuple[int, int]] = list(self.symbol.spans) if self.symbol else []
        self.leverage, self.margin = _leverage(body, lower, excluded)
        self.confidence = (
            _confidence(body, lower, excluded)
            if "conf" in lower or "score" in lower or "уверен" in lower
            else None
        )
        if "/20" in body or "-0" in body or "-1" in body:
            excluded += [m.span() for m in _DATE.finditer(body)]
        if "member" in lower or "follower" in lower or "subscriber" in lower or "user" in lower:
            excluded += [m.span() for m in _HEADCOUNT.finditer(lower)]
        if "r:r" in lower or "r/r" in lower or "reward" in lower:
            excluded += [m.span() for m in sections.RATIO.finditer(body)]
        # what is not a price (the symbol, leverage, a ratio) is blanked once, keeping every
        # position, instead of being checked against at every label and number
        if excluded:
            body = sections.blank_spans(body, excluded)
            lower = numbers.lowered(body)
        self.labels = sections.labels(body, None, lower)
        if (self.symbol is None or self.symbol.how == "topic") and any(
            lab.kind in _PRICE_LABELS for lab in self.labels
        ):
            # labelled prices but no symbol pattern: the first upper-case word ("SOL 150 TP …"),
            # before a topic tag ("#crypto #signals" under the levels)
            found = bare_upper_token(body)
            if found is not None:
                self.symbol = found
                body = sections.blank_spans(body, list(self.symbol.spans))
                lower = numbers.lowered(body)
        self.clean = body
        self.foreign = sections.foreign_labels(body, self.labels)
        self.numbers = numbers.merge_thousands(
            body, numbers.scan(body, None, decimal, lower), reference
        )


# Whether one of the margin words of other scripts stands at all: one search that skips ahead to
# their first letters, before the list is read in its order.
_FOREIGN_MARGIN_WORD = re.compile("|".join(re.escape(word) for word, _ in FOREIGN_MARGIN))


def _leverage(
    text: str, lower: str, excluded: list[tuple[int, int]]
) -> tuple[float | None, str | None]:
    """The leverage (the highest of a range) and margin mode; their spans join ``excluded``."""
    values: list[float] = []
    ceilings: list[float] = []  # "max 50x", "up to 20x": what the trade allows, not advises
    mode = _leverage_values(text, values, excluded, ceilings)
    if (
        not values
        and not ceilings
        and _LEVERAGE_HINT.search(lower)
        and (_LEV_LABEL.search(lower) or _OTHER_LEVERAGE_HINT.search(lower))
    ):
        mode = _leverage_labels(text, values, mode, excluded)
    if mode is None and ("cross" in lower or "isol" in lower):
        found = sections.MARGIN.search(text)
        mode = found.group(1).lower() if found else None
    if mode is None and not text.isascii() and _FOREIGN_MARGIN_WORD.search(text):
        mode = next((name for word, name in FOREIGN_MARGIN if word in text), None)
    if mode in ("изолированная", "isoliert"):
        mode = "isolated"
    elif mode == "кросс":
        mode = "cross"
    if any(v <= 0 for v in values + ceilings):
        bad = next(v for v in values + ceilings if v <= 0)
        raise numbers.HostileNumber(f"leverage {bad:g}x is not positive")
    values = values or ceilings  # "20x (max 50x)" advises 20x; "up to 20x" alone says 20x
    return (max(values) if values else None), mode


_MODES = {
    "cross": "cross",
    "isolated": "isolated",
    "isoliert": "isolated",
    "кросс": "cross",
    "изолированная": "isolated",
    "逐仓": "isolated",
    "全仓": "cross",
}
_LEVERAGE_WORDS = (
    "leverage",
    "lev",
    "плечо",
    "плече",
    "dźwignia",
    "dzwignia",
    "apalancamiento",
    "alavancagem",
    "kaldıraç",
    "hebel",
    "levier",
    "đòn bẩy",
    "الرافعة",
    "杠杆",
    "레버리지",
    "レバレッジ",
    "เลเวอเรจ",
)
_MODE_WORDS = tuple(_MODES)


# Words before a leverage that make it a ceiling ("max 50x", "не более 10x"); not words that
# also write a range's upper end ("10x до 20x", "5x up to 10x")
_CEILING_WORDS = (
    "max",
    "max.",
    "maximum",
    "not more than",
    "no more than",
    "not above",
    "<=",
    "≤",
    "макс",
    "максимум",
    "не более",
    "höchstens",
    "maks",
    "maksimum",
    "tối đa",
    "最大",
    "最高",
    "최대",
)


# Labels before an "x" that make it a ratio, not a leverage ("Risk/Reward: 2.5x", "R:R 3x")
_RATIO_WORDS = ("reward", "r/r", "r:r", "rr", "rrr", "ratio", "r/r ratio", "profit factor")


def _is_ceiling(before: str) -> bool:
    """Whether the lower-cased text before a leverage ends with a ceiling word (a leverage
    label between them is passed over: "max leverage: 20x")."""
    before = before.rstrip(" :：-=(")
    if before.endswith(_LEVERAGE_WORDS):
        before = before[: -len(next(w for w in _LEVERAGE_WORDS if before.endswith(w)))]
        before = before.rstrip(" :：-=(")
    for word in _CEILING_WORDS:
        if before.endswith(word):
            edge = before[-len(word) - 1 : -len(word)]
            return not (edge.isalpha() and word[0].isalpha())
    return False


def _leverage_values(
    text: str, values: list[float], excluded: list[tuple[int, int]], ceilings: list[float]
) -> str | None:
    """Values written with an x ("10x", "x10", "Cross (20X)", "5x - 10x"); those after a
    ceiling word go to ``ceilings``. The words before one (a label, a margin mode, a bracket)
    are read with string operations, not a regex."""
    mode = None
    consumed = 0
    for x in _TIMES.finditer(text):  # every x, then its neighbours ("10x", "x10", "20 X")
        at = x.start()
        before = text[at - 1 : at] if at else ""
        if before == " " and at > 1:
            before = text[at - 2]
        after = text[at + 1 : at + 4].lstrip(" -")[:1]  # "x10", "x 10", "x -10"
        if before.isdigit() and not (
            text[at + 1 : at + 2].isalnum() or text[at + 1 : at + 2] == "_"
        ):
            start = at - 1 if text[at - 1].isdigit() else at - 2
        elif after.isdigit():
            start = at
        else:
            continue
        run = text[max(0, start - 12) : start]
        start -= len(run) - len(run.rstrip("0123456789.-"))  # the usual ASCII run in one step
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".-"):
            start -= 1
        if start < consumed or (
            start > 0 and (text[start - 1].isalnum() or text[start - 1] == ".")
        ):
            continue
        m = sections.LEVERAGE_VALUE.match(text, start)
        if m is None:
            continue
        consumed = m.end()
        head = text[max(0, start - 40) : start]
        found = [float(v) for v in m.group(1, 2, 3, 4, 5, 6) if v]
        if head.lower().rstrip(" :：-=(").endswith(_RATIO_WORDS):
            excluded.append((start, consumed))  # "Risk/Reward: 2.5x" is no leverage nor price
            continue
        if _is_ceiling(head.lower()):
            ceilings += found
        else:
            values += found
        kept = head.rstrip(" (")
        low = kept.lower()
        if low.endswith(_MODE_WORDS):
            for word, name in _MODES.items():
                if low.endswith(word):
                    mode = name
                    kept = kept[: -len(word)].rstrip(" :-(：")
                    low = kept.lower()
                    break
        if low.endswith(_LEVERAGE_WORDS):
            for word in _LEVERAGE_WORDS:
                if low.endswith(word):
                    kept = kept[: -len(word)]
                    break
        excluded.append((start - (len(head) - len(kept)), consumed))
    return mode


def _leverage_labels(
    text: str, values: list[float], mode: str | None, excluded: list[tuple[int, int]]
) -> str | None:
    for m in sections.LEVERAGE_NUMBER_FIRST.finditer(text):  # "(20 leverage cross)"
        values.append(float(m.group(1)))
        if m.group(2):
            mode = m.group(2).lower()
        excluded.append(m.span())
    for m in sections.LEVERAGE_BARE_LABEL.finditer(text):
        if any(a <= m.start(2) < b for a, b in excluded):
            continue
        values.append(float(m.group(2)))
        if m.group(3):
            values.append(float(m.group(3)))  # a range: its upper end is kept
        if m.group(1):
            mode = m.group(1).lower()
        excluded.append(m.span())
    return mode


def _confidence(text: str, lower: str, excluded: list[tuple[int, int]]) -> float | None:
    starts = [i for i in (lower.find("conf"), lower.find("score"), lower.find("уверен")) if i >= 0]
    m = sections.CONFIDENCE.search(text, min(starts)) if starts else None
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "").replace(" ", "")
    if unit == "/10":
        value /= 10
    elif unit == "%" or value > 1:
        value /= 100
    excluded.append(m.span())
    return value if 0 <= value <= 1 else None


def parse(text: str, reference: float | None = None) -> ParsedMessage:
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    if not text.strip():
        return ParsedMessage(MessageKind.NOT_SIGNAL, reason="Empty message.")
    if ">" in text and _QUOTE_LINE.search(text):
        return _reply_below_quote(text, reference)
    return _parse(text, reference)


# A quoted line ("> #SOL LONG 148.2"): relays and chats show the message replied to this way.
_QUOTE_LINE = re.compile(r"^[ \t]*>(?![>=])", re.M)


def _reply_below_quote(text: str, reference: float | None) -> ParsedMessage:
    """A reply written under a quote of the message it answers. When the reply alone is a
    follow-up of the quoted coin (or of none: it takes the quoted one), that is the reading —
    the quoted signal is not a new one; talk naming no coin beside a quoted signal goes to
    review (a reply, or a new signal written as a quote). Anything else (a signal, a
    follow-up of another coin, a message to review) is read from the whole text."""
    own: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        (quoted if _QUOTE_LINE.match(line) else own).append(line)
    reply = "\n".join(own)
    if not reply.strip():
        return _parse(text, reference)
    parsed = _parse(reply, reference)
    if parsed.kind is MessageKind.NOT_SIGNAL:
        if find_symbol(reply) is not None:
            return _parse(text, reference)  # "ETH SHORT" over quoted levels: its own heading
        whole = _parse(text, reference)
        if whole.kind is MessageKind.SIGNAL:
            # "Nice one 🔥" under a quoted signal, or "🚨 NEW SIGNAL" over a signal written as a
            # quote: not copied twice, not dropped either
            return _outcome(
                whole,
                "A signal written as a quote beside a comment: a reply to an earlier signal "
                "or a new one? Check it.",
            )
        return parsed
    if parsed.kind is not MessageKind.FOLLOW_UP:
        return _parse(text, reference)
    found = find_symbol("\n".join(line.lstrip(" \t>") for line in quoted))
    if found is None:
        return parsed if parsed.symbol is not None else _parse(text, reference)
    market = found.market
    if parsed.symbol is None:
        return parsed._replace(symbol=market.base, token=market.token, contract=market.contract)
    return parsed if parsed.symbol == market.base else _parse(text, reference)


def _parse(text: str, reference: float | None) -> ParsedMessage:
    if "__" in text:
        text = text.replace("__", "  ")  # markdown underline: "__LONG__" is the word LONG
    if not text.isascii() and max(text) >= "\U0001d400" and _STYLED.search(text):
        text = text.translate(_UNSTYLED)  # "𝗘𝗻𝘁𝗿𝘆: 𝟭.𝟮𝟬" (styled letters): "Entry: 1.20"
    if "|" in text and "---" in text:
        text = _table_as_lines(text)
    text = numbers.expand_zero_counts(text)  # "0.0₅123" → "0.00000123"
    if not text.isascii() and _NATIVE_DIGIT.search(text):
        text = text.translate(_TO_ASCII_DIGITS)  # "۶۳۴۵۰٫۵", "৯.৩১৭": one character each
    try:
        read = _Read(text, reference)
    except numbers.HostileNumber as exc:
        found = find_symbol(text)
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason=f"A number cannot be right: {exc}.",
            symbol=found.market.base if found else None,
        )
    parsed = _judge(read, reference)
    if parsed.kind is MessageKind.SIGNAL:
        return _market_and_mark_checked(parsed, text, reference)
    if not reference and _OFF_BY in parsed.reason and "." in text:
        # "Entrada: 62.112" beside "Stop: 59404": the message's own plain number tells that
        # its dots separate thousands
        lower = numbers.lowered(text)
        if numbers.has_dot_group(text) and numbers.convention(text, lower) == "":
            try:
                other = _judge(_Read(text, None, numbers.EU), None)
            except numbers.HostileNumber:
                other = parsed
            if other.kind is MessageKind.SIGNAL:
                return other
    if reference and _OFF_SCALE in parsed.reason and ("." in text or "," in text):
        # "Entrada: 62.145" for BTC at 62,000: the stored price decides an ambiguous mark
        for decimal in (numbers.EU, numbers.US):
            try:
                other = _judge(_Read(text, reference, decimal), reference)
            except numbers.HostileNumber:
                continue
            if other.kind is MessageKind.SIGNAL:
                return other
    if _OFF_BY in parsed.reason and "," in text and _COMMA_LIST.search(text):
        # "TP:152,155" beside "Entry:148.2": two prices listed without a space, not 152,155
        try:
            other = _judge(_Read(_COMMA_LIST.sub(r"\1, \2", text), reference), reference)
        except numbers.HostileNumber:
            return parsed
        if other.kind is MessageKind.SIGNAL:
            return other
    return parsed


def _market_and_mark_checked(
    parsed: ParsedMessage, text: str, reference: float | None
) -> ParsedMessage:
    """A signal whose prices are not in dollars (a pair quoted in BTC or ETH), or whose dots
    may well separate thousands with nothing to tell ("Entrada: 3.060" for a coin with no
    stored price), goes to review rather than being copied with prices off by 1000×."""
    if parsed.quote in COIN_QUOTES:
        return parsed._replace(
            kind=MessageKind.NEEDS_REVIEW,
            reason=f"The pair is quoted in {parsed.quote}: its prices are not in dollars; "
            "check the market before it is copied.",
        )
    if reference is None and numbers.dot_thousands_open(text):
        return parsed._replace(
            kind=MessageKind.NEEDS_REVIEW,
            reason="A price written as digits, a dot and three digits ending in 0 (3.060) "
            "may be a thousands group as well as a decimal, and nothing in the message tells "
            "which: the symbol's price is needed.",
        )
    return parsed


# Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali) and the Arabic decimal
# and thousands marks, read as the ASCII ones (one character for one: positions are kept).
_NATIVE_DIGIT = re.compile("[\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]")
_TO_ASCII_DIGITS = str.maketrans(
    {
        **{chr(base + i): str(i) for base in (0x660, 0x6F0, 0x966, 0x9E6) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
    }
)


# Letters and digits styled as mathematical bold, italic, script, … (U+1D400–U+1D7FF), which
# channels use for emphasis: each stands for one ASCII letter or digit.
_STYLED = re.compile("[\U0001d400-\U0001d7ff]")
_UNSTYLED = {
    cp: folded
    for cp in range(0x1D400, 0x1D800)
    if len(folded := unicodedata.normalize("NFKC", chr(cp))) == 1 and folded.isascii()
}
_TABLE_RULE = re.compile(
    r"^[^\S\n]*\|?[^\S\n]*:?-{3,}:?[^\S\n]*(?:\|[^\S\n]*:?-{3,}:?[^\S\n]*)+\|?[^\S\n]*$", re.M
)


def _table_as_lines(text: str) -> str:
    """A markdown table ("| Pair | Side | Entry |" / "|---|---|---|" / "| SOL | LONG | 148 |")
    as "Header: cell" lines, one block per row, so its labels stand before their values."""
    rule = _TABLE_RULE.search(text)
    if rule is None:
        return text
    head_end = rule.start() - 1
    head_start = text.rfind("\n", 0, max(head_end, 0)) + 1
    header = [c.strip() for c in text[head_start:head_end].strip().strip("|").split("|")]
    out = [text[:head_start].rstrip("\n")] if head_start else []
    rest = text[rule.end() :].lstrip("\n").split("\n")
    k = 0
    for k, line in enumerate(rest):  # noqa: B007 (k tells where the table ended)
        if "|" not in line:
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != len(header):
            return text  # not a table this reads
        out += [f"{h}: {c}" for h, c in zip(header, cells, strict=True)]
    else:
        k = len(rest)
    out += rest[k:]
    return "\n".join(out)


_OFF_SCALE = "off by an order of magnitude from the symbol's last price"
_OFF_BY = "off by an order of magnitude"
_COMMA_LIST = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{3})(?![\d,.])")


def _section_numbers(
    read: _Read,
) -> dict[str, list[tuple[sections.Label, list[numbers.Number], str]]]:
    """For each label kind, the (label, numbers, section text) of every section."""
    labels = read.labels
    if read.foreign:
        labels = sorted(labels + read.foreign, key=_START)
    nums = read.numbers
    clean = read.clean
    starts = [n.start for n in nums]  # in order: numbers are read left to right
    size = len(clean)
    first = labels[0].start if labels else size
    i = bisect_left(starts, first)
    out: dict[str, list[tuple[sections.Label, list[numbers.Number], str]]] = {
        "preamble": [(_PREAMBLE, nums[:i], clean[:first])]
    }
    ends = [lab.start for lab in labels[1:]]
    ends.append(size)
    for lab, end in zip(labels, ends, strict=False):  # no labels: ends = [size]
        lab_end = lab.end
        k = bisect_left(starts, lab_end)  # a number inside a label ("TP1") is not the section's
        if k > i:
            i = k
        j = bisect_left(starts, end)
        if j < i:
            j = i
        section = (lab, nums[i:j], clean[lab_end:end])
        kind = lab.kind
        if kind in out:
            out[kind].append(section)
        else:
            out[kind] = [section]
        i = j
    return out


_Section = tuple[sections.Label, list[numbers.Number], str]
# Entry labels that only suggest a price ("from 5M", "wall at"): they give way to a real one.
_AVERAGE = re.compile(r"(?:avg\.?|average|mean)[^\S\n]*$", re.I)
_WEAK_ENTRY = frozenset(["price", "harga", "from", "around", "@", "👉", "💵"])


_NOTE_THEN_COLON = re.compile(r" \([^)\n]{0,24}\)[^\S\n]*[:=]")


def _is_index(section: _Section, text: str, all_numbers: list[numbers.Number]) -> bool:
    """The section's first number is a label's index, not a price: a 1-2 digit integer right
    after the label ("entry 2)", "after target 2"), ending its phrase, and beyond ×2 from the
    message's other prices (the levels of one signal lie closer together than that) or, when
    every other price is written with decimals, whatever its size (but a lone integer among
    the prices is a price)."""
    lab, nums, _ = section
    first = nums[0]
    if first.start - lab.end > 1 or not text[first.start : first.end].isdigit():
        return False
    follows = text[first.end : first.end + 2]
    if follows[:1] in (" ", "\t"):
        after = text[first.end : first.end + 12].lstrip(" \t")
        if not after or after[0] == "\n":
            follows = after[:2]  # "after target 2  " with spaces before the line's end
    if first.end - first.start > 2:
        return False
    if (
        follows in (" -", " –", " —")
        and len(nums) > 1
        and text[lab.end : first.start] == " "
        and (not text[nums[1].start : nums[1].end].isdigit() or nums[1].value > 20 * first.value)
        and not _ZONE_WORD.search(lab.word)
    ):
        return True  # "ENTRY 1 - 1.20", "ENTRY 2 - 1.15": an ordinal, a dash, the price
    if follows[:1] not in ("", ",", ")", "\n", ":") and not (
        follows == " (" and (len(nums) > 1 or _NOTE_THEN_COLON.match(text, first.end))
    ):
        return False  # "Entry 1 (40%): 0.99", "Entry 2 (DCA):": an ordinal, a note, the price
    if (
        follows[:1] == "\n"
        and len(nums) > 1
        and text[lab.end : first.start] in ("", " ")
        and text.count("\n", first.end, nums[1].start) == 1
        and not text[nums[1].start : nums[1].end].isdigit()
    ):
        return True  # "Take Profit 1" on its line, the price on the next (a flattened card)
    others = [n for n in all_numbers if n.end - n.start > 2 or not text[n.start : n.end].isdigit()]
    if not others:
        return False
    values = sorted(n.value for n in others)
    middle = values[len(values) // 2]
    near = 0.5 <= first.value / middle <= 2
    if near and first.value >= 10:
        return False  # "tp 40" beside 38.5: ordinals are small, this is a price
    if all(not text[n.start : n.end].isdigit() for n in others):
        # every price has decimals: a bare small integer is an ordinal — unless it is the
        # section's only number and lies among the prices ("TP 38" beside 36.40 / 35.90)
        ends_line = text[first.end : first.end + 1] in ("", "\n")
        return not (near and len(nums) == 1 and ends_line)
    return not near


def _tidy(found: dict[str, list[_Section]], text: str, all_numbers: list[numbers.Number]) -> None:
    """Rules that hold for every layout, applied to the sections before they are read:
    a numbered target ("TP2:") names one price and a number repeated later ("TP1: … →")
    belongs to a summary; a section that only repeats entries already read is a summary too;
    weak entry words give way to a real entry label; an index is no price."""
    for kind in ("entry", "target"):
        secs = found.get(kind)
        if not secs:
            continue
        for k, (lab, nums, body) in enumerate(secs):
            if nums and nums[0].end - nums[0].start <= 2 and _is_index(secs[k], text, all_numbers):
                secs[k] = (lab, nums[1:], body)
    entry_secs = found.get("entry", [])
    if len(entry_secs) > 1:
        low = text.lower()
        if "avg" in low or "average" in low or "mean" in low:
            averages = [
                s for s in entry_secs if _AVERAGE.search(text, max(0, s[0].start - 10), s[0].start)
            ]
            if averages and len(averages) < len(entry_secs):
                entry_secs = [s for s in entry_secs if s not in averages]  # an average is no order
        if any(lab.word not in _WEAK_ENTRY and nums for lab, nums, _ in entry_secs):
            entry_secs = [s for s in entry_secs if s[0].word not in _WEAK_ENTRY]
        read_values: set[float] = set()
        kept: list[_Section] = []
        for lab, nums, body in entry_secs:
            values = {n.value for n in nums}
            if kept and values and values <= read_values:
                continue
            read_values |= values
            kept.append((lab, nums, body))
        found["entry"] = kept
    _split_tp_sl(found)
    targets = found.get("target")
    if targets and not _all_unnumbered(targets):
        seen: set[int] = set()
        kept = []
        for lab, nums, body in targets:
            if lab.number is not None and nums:
                if lab.number in seen:
                    continue
                seen.add(lab.number)
                nums = nums[:1]
            kept.append((lab, nums, body))
        found["target"] = kept


def _all_unnumbered(secs: list[_Section]) -> bool:
    """Whether no section's label carries a number (a loop: any() over a generator costs
    more than the test on the usual two or three sections)."""
    for sec in secs:  # noqa: SIM110
        if sec[0].number is not None:
            return False
    return True


_TP_SL = re.compile(r"(tp|sl)\s*/\s*(tp|sl)")


def _split_tp_sl(found: dict[str, list[_Section]]) -> None:
    """ "TP/SL: 0.518 / 0.5465" (copy-trading notices): one label, two prices — the first
    for the label's first word, the second for the other. Left whole unless it holds two."""
    for kind in ("target", "stop"):
        for k, (lab, nums, body) in enumerate(found.get(kind, ())):
            if len(nums) != 2 or "/" not in lab.word or _TP_SL.fullmatch(lab.word) is None:
                continue
            other = "stop" if kind == "target" else "target"
            found[kind][k] = (lab, nums[:1], body)
            found.setdefault(other, []).append(
                (sections.Label(other, lab.start, lab.end, lab.word, None), nums[1:], body)
            )


_PERCENT = re.compile(r"\d\s?%")
# "Not a signal, just my view": the channel says so itself
_NOT_A_SIGNAL = re.compile(r"(?<![\w])not\s+a\s+(?:signal|trade|call|setup)(?![\w])")
_QUESTION = re.compile(r"\?[^\w?]*$")


def _percent_only(secs: list[_Section]) -> str:
    """The text of a section that gives percentages and no price ("Targets: +2% / +4%")."""
    for lab, nums, body in secs:
        if not nums and _PERCENT.search(body, 0, 80):
            return (lab.word + " " + body.strip().split("\n")[0])[:60]
    return ""


def _judge(read: _Read, reference: float | None) -> ParsedMessage:
    found = _section_numbers(read)
    _tidy(found, read.clean, read.numbers)
    conf: dict[str, float] = {}
    entry_secs = []
    entry_priced = False
    for sec in found.get("entry", ()):
        if sec[1]:
            entry_secs.append(sec)
            entry_priced = True
        elif _is_market(sec[2][:40]):
            entry_secs.append(sec)
    target_secs = [s for s in found.get("target", []) if s[1]]
    stop_secs = found.get("stop", [])
    stop_priced = [s for s in stop_secs if s[1]]
    structure = entry_priced + bool(target_secs) + bool(stop_priced)
    if structure >= 2 and not entry_secs and _ordinal_targets(target_secs):
        # "target 1 smashed ✅ stop moved to 0.1739": the target's number is the one reached
        follow = _follow_up(read)
        if (
            follow is not None
            and FollowUpAction.TARGET_HIT in follow.actions
            and follow.target_index == int(target_secs[0][1][0].value)
        ):
            return follow
    if structure < 2:
        low = read.low
        if (
            holds_any(low, _RECAP_PART_WORDS)
            and len(_RESULT.findall(read.text)) > 1
            and _RECAP.search(read.text)
        ):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="A recap with several results: a results post, not an update.",
            )
        follow = _follow_up(read)
        if follow is not None:
            if follow.action == FollowUpAction.STOP_MOVED and _priced_lines(read) >= 2:
                # "LINK LONG / Instap: 13,99 / Doelen: 14,26 / Stoploss → 13,67": a stop line
                # beside other lines of prices under labels no lexicon knows reads as a new
                # signal in another language as well as a stop moved: neither is acted on
                return ParsedMessage(
                    MessageKind.NEEDS_REVIEW,
                    reason="A stop with an arrow beside other labelled prices: a new signal "
                    "or a stop moved? Check it.",
                    symbol=follow.symbol,
                )
            return follow
        if "not a " in low and _NOT_A_SIGNAL.search(low):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="The text says it is not a signal: talk."
            )
        if read.symbol is None and not read.numbers and not (found.keys() & {"long", "short"}):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="No symbol and no side: not a signal."
            )
        if any(part in low for part in _NEWS_PARTS) and _NEWS.search(read.text):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="Market news or an alert (liquidations, flows)."
            )
        if "?" in read.text and _QUESTION.search(read.text):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="A question without targets or a stop: talk."
            )
    sides = _sides(read, found)
    symbol = read.symbol

    # entries
    order_type = "limit"
    arrow_targets: list[float] = []
    entries: list[float] = []
    entry_kind = ""
    side_secs = found.get("long", []) + found.get("short", [])
    if entry_secs:
        for lab, nums, body in entry_secs:
            if _is_market(body[:40]) and not (
                nums and not read.clean[lab.end : nums[0].start].strip(" \t:=-–—$→➜*_")
            ):  # "Entry: 0.463 (CMP)", "Entry - 0.463 (CMP)", "**Entry:** 0.463 (CMP)",
                # "Entry → 0.463 (CMP)": a price first, CMP its note
                order_type = "market"
            entries += [n.value for n in nums]
        conf["entries"] = 1.0
        chosen = entry_secs
    else:
        spans = read.symbol.spans if read.symbol else ()
        chosen = [s for s in side_secs if s[1] and _near(s, read.clean, spans)]
        if chosen:
            entries = [n.value for n in chosen[0][1]]
            chosen = chosen[:1]
            conf["entries"] = 0.9
            nums = chosen[0][1]
            if len(nums) > 1 and _ARROW.search(read.clean, nums[0].end, nums[1].start):
                # "Long ATOM 8.45 → 8.70 → 9.00": the price, then where it should go
                entries, arrow_targets = entries[:1], entries[1:]
        elif found["preamble"][0][1] and symbol is not None:
            chosen = found["preamble"]
            entries = [n.value for n in chosen[0][1]]
            conf["entries"] = 0.8
        if any(_is_market(_before_first_price(s)) for s in side_secs):
            order_type = "market"
            conf["entries"] = 1.0
    if order_type == "market":
        entry_kind = "market"
    elif len(entries) == 1:
        entry_kind = "single"
    elif (
        len(entries) == 2
        and chosen
        and len(chosen[0][1]) == 2  # both in one section: "1) a - 50%" / "2) b - 50%" is no range
        and (
            _RANGE_SEP.search(chosen[0][2])
            or _ZONE_WORD.search(chosen[0][0].word)
            or _BETWEEN.search(chosen[0][2])
        )
    ):
        entries = sorted(entries)
        entry_kind = "range"
    elif entries:
        entry_kind = "multiple"

    # targets: in the order written; numbered labels (TP1, Target 2) in their own order
    targets: list[float] = [] if target_secs else arrow_targets
    indexed = len(target_secs) > 1
    for sec in target_secs if indexed else ():
        if sec[0].number is None:
            indexed = False
            break
    ordered = sorted(target_secs, key=lambda s: s[0].number or 0) if indexed else target_secs
    for _, nums, _ in ordered:
        targets += [n.value for n in nums]
    if not entries and order_type != "market" and _unread_entry(found.get("entry", [])):
        conf["entries"] = 0.3  # "entry 3400ish": an entry named, its price not read
    if targets:
        conf["take_profits"] = 1.0 if target_secs else 0.8
    elif any(_DIGIT.search(s[2], 0, 30) for s in found.get("target", [])):
        conf["take_profits"] = 0.3  # a target named with digits, but no price read from them

    stop = stop_priced[0][1][0].value if stop_priced else None
    if stop is not None:
        conf["stop_loss"] = 1.0
    elif stop_secs and any(_DIGIT.search(s[2], 0, 30) for s in stop_secs):
        conf["stop_loss"] = 0.3

    if read.leverage is not None:
        conf["leverage"] = 1.0 if read.leverage <= MAX_LEVERAGE else 0.2

    side: Side | None = None
    if len(sides) == 1:
        side = next(iter(sides))
        conf["side"] = 1.0
    elif not sides:
        side = _side_from_levels(entries, targets, stop)
        if side is not None:
            conf["side"] = 0.9 if read.clean and _SPOT_OR_BUY.search(read.text) else 0.75

    if symbol is not None:
        conf["symbol"] = 1.0 if symbol.how != "bare" else 0.85

    unread = ""
    geometric = ""
    other_secs = [sec for sec in found.get("other", []) if sec[1]]
    if other_secs and symbol is not None:
        other_secs = _without_amounts(other_secs, read.text, symbol.market, bool(entries))
    # a layout of price lines under no known target or stop label (an empty "TP1:" is one: the
    # lines are then not label-less, and the geometry does not apply)
    lines_only = symbol is not None and "target" not in found and len(stop_secs) == len(stop_priced)
    if side is None and not sides and not stop_priced and lines_only:
        # no side word, target or stop any lexicon knows: the lines' geometry may tell them
        read_geo = _by_geometry(read, found, entries if entry_secs else [])
        if isinstance(read_geo, str):
            geometric = read_geo
        elif read_geo is not None:
            entries, targets, stop, side, kind = read_geo
            entry_kind = kind or entry_kind
            for name in (
                "take_profits",
                "stop_loss",
                "side",
                *(() if entry_secs else ("entries",)),
            ):
                conf[name] = GEOMETRY_CONFIDENCE
            other_secs = []
            chosen = found["preamble"] + found.get("other", [])
    elif (
        len(sides) == 1
        and side is not None
        and lines_only
        and not any(lab.word not in _WEAK_ENTRY for lab, _, _ in entry_secs)
    ):
        # a side word, but the entry, targets and stop stand on lines under icons or words
        # no lexicon knows: placed by the side ("📉 SELL #API3 / 🔹 a / 🔸 b / 🛑 c")
        read_geo = _by_geometry(read, found, [], side, stop)
        if isinstance(read_geo, str):
            unread = read_geo
        elif read_geo is not None:
            entries, targets, stop, _, kind = read_geo
            entry_kind = kind or entry_kind
            for name in ("entries", "take_profits", "stop_loss"):
                conf[name] = GEOMETRY_CONFIDENCE
            if stop_priced:
                conf["stop_loss"] = 1.0
            other_secs = []
            chosen = found["preamble"] + side_secs + found.get("other", [])
    if other_secs:
        known_at = min([sec[0].start for sec in target_secs + stop_priced] or [len(read.clean)])
        if side is None and stop is not None:
            side = _side_from_stop(other_secs, entries, stop, known_at)
            if side is not None:
                conf["side"] = 0.75
        placed = _place_by_side(other_secs, side, entries, targets, stop, known_at)
        entries, targets, stop, unread = placed
        for name, value in (("entries", entries), ("take_profits", targets)):
            if value and name not in conf:
                conf[name] = 0.7
        if stop is not None and "stop_loss" not in conf:
            conf["stop_loss"] = 0.7
        if entries and not entry_kind:
            first = other_secs[0]
            if len(entries) == 2 and _RANGE_SEP.search(first[2]):
                entries, entry_kind = sorted(entries), "range"
            else:
                entry_kind = "single" if len(entries) == 1 else "multiple"
    if not unread and side is not None:
        unread = _stray_price(found["preamble"] + side_secs, chosen, entries, targets, stop)

    if symbol is None and side is None and not entries and not targets:
        return _unknown_layout(read)
    # every outcome carries what was read, so a review form starts from it
    read_fields = _fields(
        read,
        symbol,
        side,
        order_type,
        tuple(entries),
        entry_kind,
        tuple(targets),
        stop,
        tuple(sorted(conf.items())),
    )
    if len(stop_priced) > 1 or len(entry_secs) > 1:
        coins = named_coins(read.text)
        if len(coins) > 1:
            return _outcome(
                read_fields,
                f"Several coins ({', '.join(sorted(coins))}) with their own entries or "
                "stops: more than one signal in one message. Check them one by one.",
            )
    if len(sides) > 1:
        return _outcome(read_fields, "Both long and short are named: the direction is ambiguous.")
    if len(stop_priced) > 1 and _repeated_stop(stop_priced):
        shown = ", ".join(_fmt(s[1][0].value) for s in stop_priced[:3])
        return _outcome(
            read_fields,
            f"The same stop label with different prices ({shown}): two signals in one "
            "message, or the stop is unclear. Check it.",
        )
    if side is None:
        if geometric:
            return read_fields._replace(reason=geometric)
        labelled_lines = sum(1 for sec in found.get("other", []) if sec[1])
        if labelled_lines >= 3 and symbol is not None:
            return _outcome(
                read_fields,
                f"Prices for {symbol.market.base} under {labelled_lines} labels the "
                "parser does not know, and no side it knows: check it, and teach the channel's "
                "layout.",
            )
        if not (
            target_secs or stop_priced or any(s[0].word not in _WEAK_ENTRY for s in entry_secs)
        ):
            return _outcome(
                read_fields,
                "Prices without a side or an entry, target or stop label: market talk.",
                MessageKind.NOT_SIGNAL,
            )
        if symbol is None or not (entries or targets):
            return _outcome(read_fields, "No side (long/short, buy/sell).", MessageKind.NOT_SIGNAL)
        return _outcome(read_fields, "No side is named and the levels do not tell it.")
    no_price = not entries and not targets and order_type != "market"
    if no_price and not read.numbers and len(read.text.split()) > 6:
        return _outcome(
            read_fields,
            "Names a side but no price at all: commentary, not a signal.",
            MessageKind.NOT_SIGNAL,
        )
    if symbol is None:
        return _outcome(read_fields, "No symbol is named.")
    if not entries and not targets and order_type != "market":
        return _outcome(read_fields, "A side but neither an entry nor targets: not enough to copy.")
    if unread:
        return _outcome(read_fields, unread)
    percent = _percent_only(found.get("target", [])) if not targets and "%" in read.text else ""
    if percent:
        return _outcome(
            read_fields,
            f"The targets are written as percentages (“{percent}”), not prices: "
            "whether of the price or of the margin is not said.",
        )
    if not targets and stop is None and "%" in read.text and _RESULT.search(read.text):
        return _outcome(
            read_fields,
            "A result (a +% gain) without targets or a stop: a results post.",
            MessageKind.NOT_SIGNAL,
        )
    done = _already_done(read.text, read.low, read.lower)
    if done:
        return _outcome(read_fields, done)
    problem = implausible(side, entries, targets, stop, reference)
    if not problem and conf.get("leverage", 1) < REVIEW_THRESHOLD:
        problem = f"Leverage {read.leverage:g}x is above {MAX_LEVERAGE:g}x: not a real setting."
    if not problem and conf.get("stop_loss", 1) < REVIEW_THRESHOLD:
        problem = "A stop is named but no price could be read for it."
    if not problem and conf.get("take_profits", 1) < REVIEW_THRESHOLD:
        problem = "A target is named but no price could be read for it."
    if not problem and conf.get("entries", 1) < REVIEW_THRESHOLD:
        problem = "An entry is named but no price could be read for it."
    if not problem and not entries and order_type != "market":
        problem = "No entry price was read and no market entry is named."
    strong_entry = any(lab.word not in _WEAK_ENTRY for lab, _, _ in entry_secs)
    if not problem and not targets and stop is None and order_type == "market":
        problem = "A market entry with neither targets nor a stop: check it before it is copied."
    if not problem and not targets and stop is None and not strong_entry and order_type != "market":
        # "BTC: Long from 63,450 to 65,000": no entry label, no target, no stop — the
        # second price may well be the target
        problem = "Only prices after the side word, no entry label, targets or stop: check them."
    if (
        not problem
        and not strong_entry
        and ("if" in read.low or "could" in read.low)
        and (
            (stop is None and _HYPOTHETICAL.search(read.low))
            or read.low.lstrip(" \t\n*_>").startswith("if ")
        )
    ):
        # "Shorts could target 3,300 if we lose it", "If BTC closes above 65k daily, next
        # targets …": an idea on a condition, with no entry label
        problem = "A conditional idea with no entry label: check it."
    if (
        not problem
        and entry_secs
        and not strong_entry
        and (len(entries) > 2 or (len(entries) == 2 and entry_kind != "range"))
    ):
        # "around 14.927. I'll be taking profits at 15.155 and 15.679" with the target words
        # unknown: a weak word's prices run on into what follows
        word = entry_secs[0][0].word
        problem = f"Several prices after “{word}” and no entry label: which is the entry?"
    if not problem and min(conf.values()) < REVIEW_THRESHOLD:
        weakest = min(conf.items(), key=lambda kv: kv[1])
        if weakest[1] < REVIEW_THRESHOLD:
            problem = f"The {weakest[0]} was read with low confidence ({weakest[1]:.0%})."
    if problem:
        return _outcome(read_fields, problem)
    return _outcome(read_fields, "", MessageKind.SIGNAL)


_RECAP = re.compile(r"(?<![\w])(?:recap|results?|last\s+week|yesterday|last\s+month)(?![\w])", re.I)
# A part of each of those words that the lower-cased text holds whenever the regex matches:
# one quick test before the regex, which tries every position. (No "s", "i" or "k": their
# case-insensitive matches include characters that lower() does not turn into them.)
_RECAP_PARTS = re.compile("recap|ult|terday|wee|month")
# the same, each looked for with a substring test (this runs on every signal)
_RECAP_PART_WORDS = ("recap", "ult", "terday", "wee", "month")


_DONE_ACTIONS = (FollowUpAction.TARGET_HIT, FollowUpAction.STOP_HIT, FollowUpAction.CANCEL)
# A done-word inside a condition or an instruction for later: "cancel if not filled",
# "cancel the order if …", "once TP1 hits", "when target 2 is reached", "if SL gets hit".
_CONDITIONAL = re.compile(
    r"(?<![\w])(?:cancel(?:led)?(?:\s+(?:the\s+)?(?:order|trade|signal|it))?\s+(?:if|when|unless"
    r"|once|in\s+case|should|after)"
    r"|(?:once|when|after|if|until|before|as\s+soon\s+as)\s+(?:the\s+)?(?:tp|target|take[\s\-]*profit"
    r"|sl|stop(?:[\s\-]*loss)?)\s*\d{0,2}\s*(?:is\s+|gets\s+|has\s+been\s+)?"
    r"(?:hits?|reached|achieved|done|filled|triggered))(?![\w])"
    # "TP1 hit → move SL to entry": what to do then, not a report
    r"|(?:tp|target)\s*\d{0,2}\s*(?:hit|reached|done)\s*(?:→|->|=>|⇒|➡️?|,?\s*then)\s*"
    r"(?:move|set|put|trail|close|take|book|secure)",
    re.I,
)


_HYPOTHETICAL = re.compile(r"(?<![\w])(?:if|could|would|might)(?![\w])")
_CLOSED = re.compile(r"(?<![\w])closed(?![\w])")


def _already_done(text: str, low: str, lower: str) -> str:
    """A reason when a message that reads as a signal also says it is over: a recap or a
    results post, a target or the stop hit, a cancel. (Instructions such as "move the stop
    to entry after TP1" are no sign of that.) ``low`` is ``text.lower()``, ``lower`` the
    same with every position kept (:func:`numbers.lowered`)."""
    if holds_any(low, _RECAP_PART_WORDS) and _RECAP.search(text):
        return "Reads as a signal but is a recap or a results post: check it."
    if (
        ":" in text
        and ("[" in text or "/20" in text)
        and len(_STAMPED_LINE.findall(text, 0, MAX_TEXT)) > 1
    ):
        return (
            "Several messages pasted into one post, each with its time: the later ones may "
            "update or cancel the signal. Check it."
        )
    if not follow_ups.may_report_done(lower):
        return ""
    matched = follow_ups.match_action(text, lower, may_be_done=True)
    if matched is not None and matched[0] in _DONE_ACTIONS:
        # "cancel if not filled", "move the stop to entry once TP1 hits": instructions for
        # later, not a report — read again without them
        plain = _CONDITIONAL.sub(" ", text)
        if plain != text:
            matched = follow_ups.match_action(plain, numbers.lowered(plain))
    if matched is not None and matched[0] in _DONE_ACTIONS:
        return (
            f"Reads as a signal but also reports it as {matched[0].value.replace('_', ' ')}: "
            "check it."
        )
    if matched is not None and matched[0] is FollowUpAction.CLOSE and _CLOSED.search(low):
        # "hit TP1 3,420 and TP2 3,460. Remaining closed at entry": a trade told after it
        return "Reads as a signal but also reports it closed: check it."
    return ""


def _ordinal_targets(secs: list[_Section]) -> bool:
    """Every target section holds one small whole number: perhaps a target's number."""
    return bool(secs) and all(
        len(nums) == 1 and nums[0].value.is_integer() and 0 < nums[0].value <= 20
        for _lab, nums, _body in secs
    )


def _unread_entry(secs: list[_Section]) -> bool:
    """An entry label (not a weak word) followed by digits from which no price was read."""
    return any(
        not nums and lab.word not in _WEAK_ENTRY and _DIGIT.search(body, 0, 30)
        for lab, nums, body in secs
    )


def _repeated_stop(stop_priced: list[_Section]) -> bool:
    """The same stop label twice with different prices ("SL 0.19225" … "sl 0.13871"): two
    signals pasted together. (An "Invalidation: close above …" beside "Stop Loss: …" is a
    second condition, not a second signal.)"""
    seen: dict[str, float] = {}
    for lab, nums, _ in stop_priced:
        value = seen.setdefault(lab.word, nums[0].value)
        if value != nums[0].value:
            return True
    return False


# The market's price as the post was written: information beside an entry, not a level.
_NOW_PRICE_LABELS = frozenset(
    ["current price", "mark price", "last price", "market price", "price now", "spot price"]
)
_UNIT_WORDS = ("contracts", "contract", "cont", "coins", "coin", "lots", "lot")
# An indicator's period beside its name ("the 50 EMA", "EMA 200", "RSI 14") is no price.
_INDICATORS = frozenset(["ema", "sma", "ma", "wma", "rsi", "vwap", "bb", "atr"])


def _without_amounts(
    others: list[_Section], text: str, market: Any, has_entry: bool
) -> list[_Section]:
    """Sections under unknown labels without their amounts of the coin: a number followed
    by the coin's name or a unit ("Qty: 4674.83 ETH", "Size: 120 contracts") counts coins,
    while prices are written in the quote currency; lines under a label that names a size,
    a count or a result ("Copiers: 2963", "Margin: 357.31 USDT") hold no price, nor, beside
    an entry read, the line of the market's current price ("Mark price: 0.2698"). Sections
    left without a number go."""
    units = {market.base.lower(), market.token.lower(), *_UNIT_WORDS}
    out = []
    for lab, nums, body in others:
        line_end = text.find("\n", lab.end)
        if line_end < 0:
            line_end = len(text)
        word = lab.word
        sizes = word.split(" ", 1)[0].rstrip(".") in NOT_PRICE_LABELS or (
            has_entry and word in _NOW_PRICE_LABELS
        )
        kept = []
        for n in nums:
            if sizes and n.start < line_end:
                continue  # on the line of "Qty:", "Copiers:", "Margin:"
            after = text[n.end : n.end + 16].lstrip(" \t").lower()
            word = after[: len(after) - len(after.lstrip("abcdefghijklmnopqrstuvwxyz0123456789"))]
            if word in units or word in _INDICATORS:
                continue
            before = text[max(0, n.start - 8) : n.start].rstrip(" \t(").lower().split()
            if before and before[-1] in _INDICATORS:
                continue
            kept.append(n)
        if kept:
            out.append((lab, kept, body) if len(kept) < len(nums) else (lab, nums, body))
    return out


def _side_from_stop(
    others: list[_Section], entries: list[float], stop: float, known_at: int
) -> Side | None:
    """No side word, prices under unknown labels: the stop against the entry (read, or the
    first unknown line before the targets and stop) tells the side. The targets must then
    lie on the profit side of it to be placed, or the message goes to review."""
    if not entries and others[0][0].start < known_at:
        entries = [n.value for n in others[0][1]]
    if not entries:
        return None
    if stop < min(entries):
        return Side.LONG
    if stop > max(entries):
        return Side.SHORT
    return None


def _stray_price(
    sections_: list[_Section],
    chosen: list[_Section],
    entries: list[float],
    targets: list[float],
    stop: float | None,
) -> str:
    """A reason for review when a number outside any price section (the headline, the text
    after a side word) lies among the signal's prices (within ×2) without being read: a
    label the parser does not know stands before it, and the price would be lost."""
    levels = sorted(entries + targets + ([stop] if stop is not None else []))
    if not levels:
        return ""
    middle = levels[len(levels) // 2]
    for sec in sections_:
        if sec in chosen:
            continue
        for n in sec[1]:
            if 0.5 <= n.value / middle <= 2 and n.value not in levels:
                return (
                    f"The price {_fmt(n.value)} stands under no label the parser knows: check it."
                )
    return ""


def _place_by_side(
    others: list[_Section],
    side: Side | None,
    entries: list[float],
    targets: list[float],
    stop: float | None,
    known_at: int,
) -> tuple[list[float], list[float], float | None, str]:
    """Prices under labels no lexicon knows ("Ingresso: 63.450"), placed by where they stand
    against the side: the first such line before any known target or stop is the entry when
    none was read; a line wholly on the profit side of the entry the targets when none were
    read; a single price on the loss side the stop when none was read. Lines far from the
    signal's prices (beyond ×2: "$100 → $2") are not prices of it. A line left over is
    returned as the reason for review — its prices would otherwise be silently dropped.
    Consecutive lines under one label with their numbers ("Maqsad 1:", "Maqsad 2:") are one
    line."""
    entries, targets = list(entries), list(targets)
    scale = sorted(entries + targets + ([stop] if stop is not None else []))
    left: list[_Section] = []
    merged: list[_Section] = []
    for sec in others:
        if merged and merged[-1][0].word == sec[0].word and merged[-1][1] and sec[1]:
            lab, nums, body = merged[-1]
            merged[-1] = (lab, nums + sec[1], body + sec[2])
        else:
            merged.append(sec)
    for sec in merged:
        values = [n.value for n in sec[1]]
        if scale:
            middle = scale[len(scale) // 2]
            near = [v for v in values if middle > 0 and 0.5 <= v / middle <= 2]
            if 2 * len(near) <= len(values):
                continue  # mostly not this signal's prices (sizes, capital, volumes)
        if side is None:
            left.append(sec)
            continue
        if not entries and sec[0].start < known_at:
            entries = values
            scale = sorted(scale + values)
            continue
        if not entries:
            left.append(sec)
            continue
        hi, lo = max(entries), min(entries)
        profit = all(v > hi for v in values) if side is Side.LONG else all(v < lo for v in values)
        loss = all(v < lo for v in values) if side is Side.LONG else all(v > hi for v in values)
        if profit and not targets:
            targets = values
        elif loss and len(values) == 1 and stop is None:
            stop = values[0]
        else:
            left.append(sec)
    if not left:
        return entries, targets, stop, ""
    lab, nums, _ = left[0]
    shown = ", ".join(_fmt(n.value) for n in nums[:4])
    return (
        entries,
        targets,
        stop,
        (f"The line “{lab.word}” holds prices ({shown}) the parser could not place: check it."),
    )


_LETTERS = re.compile(r"[^\W\d_]{2,}")

# Confidence of the fields read by the lines' geometry alone (see _by_geometry).
GEOMETRY_CONFIDENCE = 0.7
# What a price line may hold besides its marker and its prices: separators, a quote currency
# (letters counted with the combining marks of scripts such as Devanagari).
_LINE_WORDS = re.compile(r"(?:[^\W\d_]|[" + sections.MARKS + r"])+")
_QUOTE_WORDS = frozenset(["usdt", "usd", "usdc", "busd", "perp"])
_ORDINAL = re.compile(r"\d")


class _Group(NamedTuple):
    """Consecutive price lines under one marker: "✅ 3450" / "✅ 3500", or "लक्ष्य:" and the
    numbered lines below it."""

    marker: str
    values: list[float]
    text: str  # the clean text from the first price to the last


def _price_lines(read: _Read, found: dict[str, list[_Section]]) -> list[_Group] | None:
    """The message's price lines outside every known entry, target or stop section, grouped:
    a line whose marker (the text before its first price, digits aside) repeats the line
    above it, or is empty or only a list ordinal below a price line or a bare label line
    ("Targets:"), continues that group. None when a line reads as prose (words after its
    prices, or a long marker) or mixes known and unknown prices: not a layout of lines."""
    known = {n.start for kind in _PRICE_LABELS for _, nums, _ in found.get(kind, ()) for n in nums}
    clean = read.clean
    nums = read.numbers
    spans = [(lab.start, lab.end) for lab, _, _ in found.get("other", ())]
    if spans:  # a label's own number ("Lengo 1:") is no price of its line
        nums = [n for n in nums if not any(a <= n.start < b for a, b in spans)]
    groups: list[_Group] = []
    key: str | None = None  # the open group's marker key, None when none is open
    pending = ""  # a label line without prices ("Targets:") names the group below it
    i = 0
    start = 0
    size = len(clean)
    while start <= size:
        end = clean.find("\n", start)
        end = size if end < 0 else end
        line = []
        while i < len(nums) and nums[i].start < end:
            line.append(nums[i])
            i += 1
        if not line:
            text = clean[start:end].strip()
            if text:
                key = None
                pending = text if text[-1:] in ":：" and len(text) <= 32 else ""
        elif all(n.start in known for n in line):
            key, pending = None, ""
        elif any(n.start in known for n in line):
            return None
        else:
            marker = clean[start : line[0].start].strip()
            rest = read.text[line[0].start : end]  # the symbol and leverage not blanked
            words = [w for w in _LINE_WORDS.findall(rest) if w.lower() not in _QUOTE_WORDS]
            if (
                len(marker) > 32
                or len(marker.split()) > 4
                or sum(map(len, words)) > 3
                or ":" in rest
                or "：" in rest
                or _LEVERAGE_HINT.search(marker.lower())
            ):
                return None  # a sentence, a second label after the prices, a leverage line
            marker_key = _ORDINAL.sub("", marker).strip(" .)")
            values = [n.value for n in line]
            text = clean[line[0].start : line[-1].end]
            if groups and key is not None and (marker_key == key or not marker_key):
                last = groups[-1]
                groups[-1] = _Group(last.marker, last.values + values, last.text + "\n" + text)
            else:
                groups.append(_Group(marker or pending or "(no label)", values, text))
                key = marker_key if marker_key or not pending else pending
            pending = ""
        start = end + 1
    return groups


def _by_geometry(
    read: _Read,
    found: dict[str, list[_Section]],
    entries: list[float],
    side: Side | None = None,
    stop: float | None = None,
) -> tuple[list[float], list[float], float | None, Side, str] | str | None:
    """A signal read from where its price lines stand, for a message whose target and stop
    labels no lexicon knows (icons, other scripts). The first line of one or two prices is
    the entry (unless a known label gave it).

    With no side word: exactly one line of two or more prices, all on one side of the entry
    and moving away from it in the written order, is the targets and tells the side; exactly
    one line of one price on the other side is the stop. With a side word (``side``): exactly
    one line wholly on its profit side, moving away from the entry, is the targets (one price
    is enough), and at most one line of one price on its loss side the stop (none when a stop
    label gave it, ``stop``).

    Returns (entries, targets, stop, side, entry kind); a reason naming the lines when they
    do not fit that reading (with no side word, one target and one stop: which is which?);
    None when the message is not a layout of price lines."""
    groups = _price_lines(read, found)
    # only a layout that holds what a signal needs: the entry (unless known), a target line
    # and (with no side word) a stop line, all of one signal's order of magnitude (within ×2
    # of their middle)
    needed = (1 if entries else 2) + (side is None)
    if not groups:
        return None
    values = sorted(v for g in groups for v in g.values)
    middle = values[len(values) // 2]
    if not (values[0] >= 0.5 * middle and values[-1] <= 2 * middle):
        return None
    if len(groups) < needed:
        if side is None and not entries and len(values) >= 3:
            # "➤ a" / "➤ b" / "➤ c" / "➤ d": a signal's prices under one marker, no side
            return (
                f"Prices on lines under one marker (“{groups[0].marker}”) and no side word: "
                "which are the entry, the targets and the stop is not clear. Check it."
            )
        return None
    entry_kind = ""
    if not entries:
        first, groups = groups[0], groups[1:]
        if len(first.values) > 2:
            return (
                f"The line “{first.marker}” holds {len(first.values)} prices: which are the "
                "entry is not clear. Check it."
            )
        entries = list(first.values)
        if len(entries) == 2 and _RANGE_SEP.search(first.text):
            entries, entry_kind = sorted(entries), "range"
        else:
            entry_kind = "single" if len(entries) == 1 else "multiple"
    lo, hi = min(entries), max(entries)
    least = 1 if side is not None else 2  # without a side word, one price tells nothing
    up = [
        g
        for g in groups
        if len(g.values) >= least
        and g.values[0] > hi
        and all(a < b for a, b in pairwise(g.values))
        and side is not Side.SHORT
    ]
    down = [
        g
        for g in groups
        if len(g.values) >= least
        and g.values[0] < lo
        and all(a > b for a, b in pairwise(g.values))
        and side is not Side.LONG
    ]
    named = ", ".join(f"“{g.marker}”" for g in groups[:4])
    if len(up) + len(down) != 1:
        if side is None:
            return (
                f"Prices on lines no label explains ({named}) and no side word: which line is "
                "the targets and which the stop is not clear. Check it."
            )
        return (
            f"Prices on lines no label explains ({named}): which line is the targets is not "
            "clear. Check it."
        )
    side = Side.LONG if up else Side.SHORT
    target = (up or down)[0]
    loss = [
        g
        for g in groups
        if g is not target
        and len(g.values) == 1
        and (g.values[0] < lo if side is Side.LONG else g.values[0] > hi)
    ]
    left = [g for g in groups if g is not target and g not in loss]
    wanted = 0 if stop is not None else (1 if least == 2 else len(loss[:1]))
    if len(loss) != wanted or left:
        unplaced = (left or loss)[0] if (left or loss) else target
        return (
            f"The line “{unplaced.marker}” holds prices the lines' positions do not place "
            "(no label tells them): check it."
        )
    if loss:
        stop = loss[0].values[0]
    return entries, target.values, stop, side, entry_kind


_LEVELS_TALK = re.compile(r"support|resistance|liquidat|heatmap|range", re.I)
# Market news and alerts that name a coin, a side and a price without being a signal.
_NEWS = re.compile(
    r"liquidat|whale\s+alert|inflows?|outflows?|open\s+interest|funding\s+rate", re.I
)
# A part of each of those that the lower-cased text holds whenever _NEWS matches (no "i" or
# "s": their case-insensitive matches include "ı" and "ſ", which lower() keeps).
_NEWS_PARTS = ("quidat", "whale", "nflow", "utflow", "open", "fund")


def _unknown_layout(read: _Read) -> ParsedMessage:
    """Not a signal — unless it looks like one in a layout no label explains: a symbol-like
    word and at least two prices within ×3 of each other, in a text that is mostly numbers.
    That goes to review (a channel template can then learn the layout) rather than being
    dropped."""
    words = len(_LETTERS.findall(read.text))
    values = sorted(n.value for n in read.numbers)
    close = any(b <= 3 * a for a, b in pairwise(values) if a > 0)
    # at least two prices as close as one signal's levels, and not a sentence about prices
    # or a result ("0.00002451 → 0.00002600 (+6%)")
    if (
        close
        and words < 4 * len(read.numbers)
        and not _LEVELS_TALK.search(read.text)
        and not _RESULT.search(read.text)
    ):
        word = bare_upper_token(read.text)
        if word is not None:
            market = word.market
            return ParsedMessage(
                MessageKind.NEEDS_REVIEW,
                reason=(
                    f"Looks like a signal for {market.base} in a layout the parser does not "
                    "know (no side or labels): check it, and teach the channel's layout."
                ),
                symbol=market.base,
                token=market.token,
                contract=market.contract,
            )
    return ParsedMessage(MessageKind.NOT_SIGNAL, reason="No symbol and no side: not a signal.")


def _before_first_price(section: tuple[sections.Label, list[numbers.Number], str]) -> str:
    """A section's words before its first price (at most 40 characters)."""
    lab, nums, body = section
    return body[: nums[0].start - lab.end if nums else 40][:40]


# Substrings one of which every market word holds: one search for them first, since
# this runs per section and few sections name a market entry.
_MARKET_HINTS = ("market", "cmp", "now", "current", "рын", "mercado")


def _is_market(text: str) -> bool:
    """A market-entry word in ``text``."""
    return holds_any(text.lower(), _MARKET_HINTS) and _MARKET.search(text) is not None


def _near(
    section: tuple[sections.Label, list[numbers.Number], str],
    text: str,
    symbol_spans: tuple[tuple[int, int], ...],
) -> bool:
    """A side word directly followed by a price ("long 148", "Short BTC-PERP @ 63,450",
    "a short on $DOT at 6.318"): between them only filler words and the symbol."""
    lab, nums, _ = section
    gap = text[lab.end : nums[0].start]
    for a, b in symbol_spans:
        if lab.end <= a and b <= nums[0].start:
            gap = gap.replace(text[a:b], "")
    if "/" in gap or "-" in gap:
        gap = _QUOTE_LEFT.sub("", gap)  # "Long LINK/USDT above 14.5": the pair's quote
    return len(_FILLER.sub("", gap).strip(" \t\n#$:-")) <= 3


_QUOTE_LEFT = re.compile(r"[/\-](?:usdt|usdc|busd|usd|perp)(?![\w])", re.I)


def _fields(
    read: _Read,
    symbol: FoundSymbol | None,
    side: Side | None,
    order_type: str,
    entries: tuple[float, ...],
    entry_kind: str,
    take_profits: tuple[float, ...],
    stop_loss: float | None,
    confidences: tuple[tuple[str, float], ...],
) -> ParsedMessage:
    """The fields every outcome shares, and the judged ones (side, prices, confidences), made
    in one go as a message to review (:func:`_outcome` sets kind and reason). Built with the
    tuple constructor in the fields' order: ParsedMessage(...) with keywords runs a generated
    Python ``__new__``, several times slower. (A field added to the model is added here too;
    a test compares this with the keyword construction.)"""
    if symbol is None:
        named: tuple[Any, ...] = (None, None, None, "", None)
    else:
        market = symbol.market
        named = (market.base, market.token, market.contract, market.kind, market.quote)
    return _new_tuple(
        ParsedMessage,
        (
            MessageKind.NEEDS_REVIEW,
            "",
            *named,
            side,
            order_type,
            entries,
            entry_kind,
            take_profits,
            stop_loss,
            read.leverage,
            read.margin,
            read.confidence,
            None,
            None,
            None,
            False,
            None,
            None,
            confidences,
            (),
            None,
        ),
    )


def _outcome(
    fields: ParsedMessage, reason: str, kind: MessageKind = MessageKind.NEEDS_REVIEW
) -> ParsedMessage:
    """``fields`` with its kind and reason set (what ``_replace`` does, without its Python
    keyword handling)."""
    return _new_tuple(ParsedMessage, (kind, reason, *fields[2:]))


_new_tuple = tuple.__new__


_SHARE_AFTER = re.compile(r"[^\S\n]*(?:\d{1,3}(?:[.,]\d+)?[^\S\n]?%|(?:half|a\s+third|the\s+rest))")


def _sides(read: _Read, found: dict[str, list]) -> set[Side]:
    out: set[Side] = set()
    buy = sections.BUY_WORDS
    longs = found.get("long", ())
    shorts = found.get("short", ())
    entries = found.get("entry", ())
    has_buy = False
    for lab, _, _ in entries:
        word = lab.word
        if word.startswith("buy"):
            out.add(Side.LONG)
            has_buy = True
        elif word.startswith("sell"):
            out.add(Side.SHORT)
        elif word.startswith(buy):
            has_buy = True
    if not has_buy:
        for lab, _, _ in longs:
            if lab.word.startswith(buy):
                has_buy = True
                break
    clean = read.clean
    for kind, side in ((longs, Side.LONG), (shorts, Side.SHORT)):
        for lab, _, _ in kind:
            after = clean[lab.end : lab.end + 6].lower()
            if after.startswith(("-term", " term")):
                continue  # "long term I'm bullish", "short-term bounce"
            if kind is shorts and has_buy and lab.word.startswith("sell"):
                continue  # "Buy 100 … Sell 120": the sell prices are targets of a long
            if _SHARE_AFTER.match(read.clean, lab.end):
                continue  # "Target 1: 1.30 → sell 25%": a share to take, not a side
            out.add(side)
    return out


def _side_from_levels(
    entries: list[float], targets: list[float], stop: float | None
) -> Side | None:
    if not entries or not targets:
        return None
    if targets[0] > max(entries) and (stop is None or stop < min(entries)):
        return Side.LONG
    if targets[0] < min(entries) and (stop is None or stop > max(entries)):
        return Side.SHORT
    return None


def implausible(
    side: Side,
    entries: list[float],
    targets: list[float],
    stop: float | None,
    reference: float | None,
) -> str:
    prices = entries + targets + ([stop] if stop is not None else [])
    if prices and min(prices) <= 0:
        return "A price of zero or below cannot be right."
    anchor = reference or (sorted(entries)[len(entries) // 2] if entries else None)
    if anchor is None and prices:
        anchor = sorted(prices)[len(prices) // 2]
    # (every price within 0.2-5 times the anchor is well inside 10 ** ±0.7: none to name)
    if anchor and prices and not (0.2 * anchor <= min(prices) and max(prices) <= 5 * anchor):
        for p in prices:
            if abs(math.log10(p / anchor)) >= 0.7:  # beyond ×5 either way
                what = "the symbol's last price" if reference else "the entry"
                return f"{_fmt(p)} is off by an order of magnitude from {what} ({_fmt(anchor)})."
    if entries and targets:
        # every target, not only the first: "shorts towards 0.11, otherwise longs above
        # 0.125" read as a short from 0.118 has a target on the wrong side
        hi, lo = max(entries), min(entries)
        for k, tp in enumerate(targets, 1):
            if side is Side.LONG and tp <= hi:
                return (
                    f"Take-profit {k} ({_fmt(tp)}) is not above the entry ({_fmt(hi)}) for a long."
                )
            if side is Side.SHORT and tp >= lo:
                return (
                    f"Take-profit {k} ({_fmt(tp)}) is not below the entry ({_fmt(lo)}) for a short."
                )
    if entries and stop is not None:
        if side is Side.LONG and stop >= min(entries):
            return (
                f"The stop ({_fmt(stop)}) is not below the entry ({_fmt(min(entries))}) for a long."
            )
        if side is Side.SHORT and stop <= max(entries):
            return (
                f"The stop ({_fmt(stop)}) is not above the entry ({_fmt(max(entries))}) "
                "for a short."
            )
    if stop is not None and targets and not entries:
        first = targets[0]
        wrong_way = (side is Side.LONG and stop >= first) or (side is Side.SHORT and stop <= first)
        if wrong_way:
            return f"The stop ({_fmt(stop)}) is on the same side as the targets."
    return ""


def _priced_lines(read: _Read) -> int:
    """How many lines opening with a label no lexicon knows ("Instap:") hold a number."""
    clean = read.clean
    count = 0
    for lab in read.foreign:
        end = clean.find("\n", lab.end)
        line = clean[lab.end : end if end >= 0 else len(clean)]
        count += any(ch.isdigit() for ch in line)
    return count


def _follow_up(read: _Read) -> ParsedMessage | None:
    text = read.text
    matched = follow_ups.match_action(text, read.lower)
    if matched is None:
        return None
    action, extra = matched
    symbol = read.symbol or bare_upper_token(text)
    market = symbol.market if symbol else None
    if "conflict" in extra:
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason=f"A follow-up that reports {extra['conflict']}: check it.",
            symbol=market.base if market else None,
        )
    actions = extra.get("actions")
    to_target = extra.get("stop_to_target")
    if to_target == 0:
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="The stop is moved to target 0, which no signal has: check it.",
            symbol=market.base if market else None,
        )
    price: float | None = None
    new_stop: float | None = None
    after = extra.get("new_stop_from")
    if isinstance(after, int):
        nums = [n for n in read.numbers if n.start >= after - 1]
        new_stop = nums[0].value if nums else None
        if new_stop is None:
            return ParsedMessage(
                MessageKind.NEEDS_REVIEW,
                reason="The stop is moved but no new price could be read.",
                symbol=market.base if market else None,
            )
    elif extra.get("wants_price") and read.numbers:
        raw = follow_ups.stated_price(read.clean)
        stated = [n for n in read.numbers if read.clean[n.start : n.end].lstrip("$") == raw]
        # "Entry 2 filled": the entry's number is no price
        priced = stated or [
            n for n in read.numbers if not _ORDINAL_BEFORE.search(read.clean, 0, n.start)
        ]
        price = priced[0].value if priced else None
    elif action in (FollowUpAction.TARGET_HIT, FollowUpAction.CLOSE, FollowUpAction.STOP_HIT):
        raw = follow_ups.stated_price(read.clean)
        if raw:
            stated = [n for n in read.numbers if read.clean[n.start : n.end].lstrip("$") == raw]
            price = stated[0].value if stated else None
    fraction = extra.get("close_fraction")
    index = extra.get("target_index")
    # the tuple constructor in the fields' order (see _fields): keywords are several times slower
    return _new_tuple(
        ParsedMessage,
        (
            MessageKind.FOLLOW_UP,
            "",
            market.base if market else None,
            market.token if market else None,
            market.contract if market else None,
            "",
            None,
            None,
            "limit",
            (),
            "",
            (),
            None,
            None,
            None,
            None,
            action,
            index if isinstance(index, int) else None,
            new_stop,
            bool(extra.get("stop_to_entry")),
            fraction if isinstance(fraction, float) else None,
            price,
            (("action", 1.0 if _CHECK_MARKS.search(text) else 0.9),),
            tuple(actions) if isinstance(actions, list) else (action,),
            to_target if isinstance(to_target, int) else None,
        ),
    )


# an entry's or a target's number right before a number: "Entry 2 filled", "Entry target 1 ✅"
_ORDINAL_BEFORE = re.compile(r"(?:entry|target)\s*#?$", re.I)


__all__ = ["MAX_TEXT", "MarketKind", "parse"]
