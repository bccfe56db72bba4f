"""Which market a message is about: ``#BTC/USDT``, ``$SOL``, ``BTCUSDT``, ``BTC-PERP``,
``BTCUSD_PERP``, ``1000PEPEUSDT``, ``Pair: XRP``, or a bare ``sol`` next to a side word."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import Market, MarketKind, parse_market
from tradermanager.sources.signal_parser.lexicon import (
    COINM_WORDS,
    LONG_WORDS,
    SHORT_WORDS,
    SPOT_WORDS,
    UNSPACED_LONG,
    UNSPACED_SHORT,
)
from tradermanager.sources.signal_parser.numbers import lowered

_QUOTES = r"USDT|USDC|BUSD|FDUSD|TUSD|USD|BTC|ETH"
_PAIR_LABEL = re.compile(
    r"(?<![\w])(?:pair|coin|symbol|asset|par|moeda|moneda|монета|пара|koin|العملة"
    r"|币种|交易对|코인|종목|銘柄|通貨ペア|เหรียญ)\s*[:\-=：]?\s*[#$]?"
    r"([A-Za-z0-9]{2,15})(?![\w])",
    re.I,
)
_PAIR_HINT = re.compile(r"par|coin|symbol|asset|moed|moned|koin")
# the same words in other scripts, looked for only in a text that is not all ASCII
_PAIR_HINT_WIDE = re.compile(r"монет|пар|العملة|币种|交易对|코인|종목|銘柄|通貨|เหรียญ")
_QUOTE_NAMES = ("usdt", "usdc", "busd", "fdusd", "tusd", "usd", "btc", "eth")
# trust of each way of naming a market, best first
COIN_M, SLASH_PAIR, PERP, JOINED_PAIR, TAGGED, LABELLED = range(6)
_SIDE = LONG_WORDS + "|" + SHORT_WORDS + "|" + UNSPACED_LONG + "|" + UNSPACED_SHORT
_BARE_AROUND_SIDE = (
    re.compile(r"(?<![\w#$])([A-Za-z0-9]{2,10})(?=\s+(?:" + _SIDE + r")(?![\w]))", re.I),
    re.compile(r"(?<![\w])(?:" + _SIDE + r")\s+(?:on\s+)?([A-Za-z0-9]{2,10})(?![\w])", re.I),
)
_SIDE_HINTS = (
    "long",
    "short",
    "buy",
    "sell",
    "лонг",
    "шорт",
    "покуп",
    "продаж",
    "largo",
    "compra",
    "corto",
    "venta",
    "alış",
    "satış",
    "achat",
    "vente",
    "mua",
    "bán",
    "beli",
    "jual",
    "شراء",
    "بيع",
    "acquist",
    "kauf",
    "vend",
    "خرید",
    "فروش",
    *UNSPACED_LONG.split("|"),
    *UNSPACED_SHORT.split("|"),
)
_SIDE_HINT = re.compile("|".join(map(re.escape, (w for w in _SIDE_HINTS if w.isascii()))))
# the side words of other scripts, looked for only in a text that is not all ASCII
_SIDE_HINT_WIDE = re.compile("|".join(map(re.escape, (w for w in _SIDE_HINTS if not w.isascii()))))
_SPOT = re.compile(r"(?<![\w])(?:" + SPOT_WORDS + r")(?![\w])", re.I)
_COINM = re.compile(r"(?<![\w])(?:" + COINM_WORDS + r")(?![\w])", re.I)
NOT_TOKENS = frozenset(
    [
        "LONG",
        "SHORT",
        "BUY",
        "SELL",
        "ENTRY",
        "ENTER",
        "TARGET",
        "TARGETS",
        "TP",
        "TPS",
        "SL",
        "STOP",
        "LOSS",
        "LEVERAGE",
        "LEV",
        "CROSS",
        "ISOLATED",
        "ZONE",
        "NOW",
        "MARKET",
        "LIMIT",
        "CMP",
        "SIGNAL",
        "CONFIDENCE",
        "CONF",
        "CLOSE",
        "CLOSED",
        "ALL",
        "THE",
        "AND",
        "AT",
        "TO",
        "IN",
        "ON",
        "FOR",
        "PAIR",
        "COIN",
        "NEW",
        "SPOT",
        "FUTURES",
        "VIP",
        "RISK",
        "HIT",
        "MOVE",
        "MOVED",
        "PROFIT",
        "DONE",
        "BE",
        "BREAKEVEN",
        "USDT",
        "USD",
        "USDC",
        "PERP",
        "FREE",
        "JOIN",
        "HERE",
        "GOOD",
        "TAKE",
        "SETUP",
        "TRADE",
        "ID",
        "DCA",
        "OR",
        "A",
        "AN",
        "IS",
        "IT",
        "OF",
        "MY",
        "WE",
        "I",
        "UP",
        "DOWN",
        "FROM",
        "AROUND",
        "THEN",
        "NEXT",
        "HALF",
        "REENTRY",
        "RE",
        "CANCEL",
        "SCALP",
        "SWING",
        "LONGING",
        "SHORTING",
        "BUYING",
        "SELLING",
        "ORDER",
        "ORDERS",
        "POSITION",
        "IDEA",
        "UPDATE",
        "SAME",
        "TARGET1",
        "NOT",
        "DONT",
        "WITH",
        "THIS",
        "THAT",
        "BINANCE",
        "BYBIT",
        "OKX",
        "EXCHANGE",
        "TYPE",
        "REGULAR",
        "DIRECTION",
        "SIDE",
        "NOW",
        "LOOKING",
        "GOING",
        "TAKING",
        "OPENING",
        "INTO",
        "BOOK",
        "EXIT",
        "WHOLE",
    ]
)


_UPPER_WORD = re.compile(r"(?<![\w])(\d{0,4}[A-Z][A-Z0-9]{1,11})(?![\w])")
# A label with its number ("TP1", "SL2", "T3", "E1"), never a coin.
_NUMBERED_LABEL = re.compile(r"(?:TP|SL|T|E|TARGET|ENTRY)\d{1,2}")


@dataclass(frozen=True, slots=True)
class FoundSymbol:
    market: Market
    spans: tuple[tuple[int, int], ...]  # where the text names it (blanked before numbers)
    how: str  # pair | hashtag | bare


def market_context(lower: str) -> str:
    """What the text says about the market: coin-margined, spot, or nothing."""
    if ("coin" in lower or "inverse" in lower) and _COINM.search(lower):
        return MarketKind.COINM
    if ("spot" in lower or "спот" in lower) and _SPOT.search(lower):
        return MarketKind.SPOT
    return ""


_ASCII_ALNUM = string.ascii_letters + string.digits


def _word_left(text: str, end: int) -> int:
    """Where the ASCII letters and digits that end at ``end`` begin (rstrip is C: one call
    for the usual short word instead of a Python step per character)."""
    head = text[max(0, end - 24) : end]
    start = end - (len(head) - len(head.rstrip(_ASCII_ALNUM)))
    while start > 0 and text[start - 1].isalnum() and text[start - 1].isascii():
        start -= 1  # a word longer than the window
    return start


_ASCII_WORD = re.compile(r"[A-Za-z0-9]*")


def _word_right(text: str, start: int) -> int:
    return _ASCII_WORD.match(text, start).end()  # type: ignore[union-attr]


def _candidates(text: str, lower: str) -> list[tuple[int, int, str]]:
    """(trust, position, raw symbol) for every way ``text`` names a market; scanned with
    str.find around the few characters a symbol needs (USD, /, -PERP, #, $), which is much
    faster than a regex tried at every position."""
    out = []
    at = lower.find("usd")
    while at >= 0:
        start = _word_left(lower, at)
        end = _word_right(lower, at)
        word = text[start:end]
        if lower.startswith("_", end):  # BTCUSD_PERP, ETHUSD_250627
            tail_end = _word_right(lower, end + 1)
            tail = lower[end + 1 : tail_end]
            if tail == "perp" or (tail.isdigit() and len(tail) == 6):
                out.append((COIN_M, start, text[start:tail_end]))
        elif start < at and word.upper().endswith(("USDT", "USDC", "BUSD", "FDUSD", "TUSD", "USD")):
            out.append((JOINED_PAIR, start, word))
        at = lower.find("usd", end)
    at = lower.find("/")
    while at >= 0:
        right = at + 1 + (lower[at + 1 : at + 2] == " ")
        quote_end = _word_right(lower, right)
        left_end = at - (lower[at - 1 : at] == " ")
        left = _word_left(lower, left_end)
        if lower[right:quote_end] in _QUOTE_NAMES and left < left_end:
            out.append((SLASH_PAIR, left, f"{text[left:left_end]}/{text[right:quote_end]}"))
        at = lower.find("/", at + 1)
    at = lower.find("-perp")
    while at >= 0:
        left = _word_left(lower, at)
        if left < at:
            out.append((PERP, left, text[left:at]))
        at = lower.find("-perp", at + 1)
    for mark in "#$":
        at = text.find(mark)
        while at >= 0:
            end = _word_right(text, at + 1)
            word = text[at + 1 : end]
            if len(word) >= 2 and (
                word[0].isalpha() or (word[0] == "1" and sum(c.isalpha() for c in word) >= 2)
            ):
                out.append((TAGGED, at + 1, word))
            at = text.find(mark, at + 1)
    if _PAIR_HINT.search(lower) or (not lower.isascii() and _PAIR_HINT_WIDE.search(lower)):
        for m in _PAIR_LABEL.finditer(text):
            out.append((LABELLED, m.start(1), m.group(1)))
    return out


@lru_cache(maxsize=4096)
def _market(raw: str, context: str) -> Market | None:
    """parse_market, remembered: channels name the same few markets again and again."""
    try:
        return parse_market(raw, context)
    except ValidationError:
        return None


def named_coins(text: str) -> set[str]:
    """Every coin the text names as a pair, contract or tag (``#BTC``, ``ETHUSDT``): more
    than one in a message with repeated sections means two signals in one message."""
    lower = lowered(text)
    context = market_context(lower)
    coins = set()
    for _, _, raw in _candidates(text, lower):
        if raw.upper() in NOT_TOKENS or raw.isdigit():
            continue
        market = _market(raw, context)
        if market is not None and market.base not in NOT_TOKENS and not market.base.isdigit():
            coins.add(market.token)
    return coins


def find_symbol(text: str, lower: str | None = None) -> FoundSymbol | None:
    lower = lower if lower is not None else lowered(text)
    context = market_context(lower)
    for trust, _, raw in sorted(_candidates(text, lower)):
        if raw.upper() in NOT_TOKENS or raw.isdigit():
            continue
        market = _market(raw, context)
        if market is None or market.base in NOT_TOKENS or market.base.isdigit():
            continue
        spans = _spans(text, raw.split("/")[0], lower)
        return FoundSymbol(market, spans, "pair" if trust < TAGGED else "hashtag")
    if _SIDE_HINT.search(lower) is None and (lower.isascii() or not _SIDE_HINT_WIDE.search(lower)):
        return None
    for after_side, bare in enumerate(_BARE_AROUND_SIDE):
        for m in bare.finditer(text):
            raw = m.group(1)
            letters = sum(c.isalpha() for c in raw)
            if raw.upper() in NOT_TOKENS or letters < (1 if raw[0].isalpha() else 3):
                continue
            if after_side and not raw.isupper():
                continue  # "a long later": after the side word only a symbol in capitals
            if not raw.isupper() and not raw.isdigit() and _has_upper_symbol(text):
                continue  # "DOGE me long lo …": a capitalised coin beats a small word
            market = _market(raw, context)
            if market is None:
                continue
            return FoundSymbol(market, _spans(text, raw, lower), "bare")
    return None


_SIDE_WORD = re.compile(r"(?:" + LONG_WORDS + "|" + SHORT_WORDS + r")", re.I)


def _has_upper_symbol(text: str) -> bool:
    return any(
        m.group(1) not in NOT_TOKENS and not _NUMBERED_LABEL.fullmatch(m.group(1))
        for m in _UPPER_WORD.finditer(text)
    )


def bare_upper_token(text: str) -> FoundSymbol | None:
    """For follow-ups ("SOL stop loss hit"): the first upper-case word that is no keyword."""
    for m in _UPPER_WORD.finditer(text):
        word = m.group(1)
        if (
            word not in NOT_TOKENS
            and not _NUMBERED_LABEL.fullmatch(word)
            and not _SIDE_WORD.fullmatch(word)
        ):
            if word[0].isdigit() and sum(c.isalpha() for c in word) < 2:
                continue
            market = _market(m.group(1), "")
            if market is not None:
                return FoundSymbol(market, ((m.start(), m.end()),), "bare")
    return None


def _spans(text: str, needle: str, lower: str | None = None) -> tuple[tuple[int, int], ...]:
    """Where ``needle`` stands as a word of its own ("OP", never the "op" of "Stop")."""
    out = []
    lower, n = (lower if lower is not None else lowered(text)), lowered(needle)
    start = lower.find(n)
    while start >= 0 and n:
        end = start + len(n)
        if (start == 0 or not lower[start - 1].isalnum()) and (
            end == len(lower) or not lower[end].isalnum()
        ):
            out.append((start, end))
        start = lower.find(n, end)
    return tuple(out)
