"""A market entry as channels write it: a market word in a section's value ("Entry: market",
"進場：市價"), a market order named in brackets after its prices ("0.299–0.30 (market)"), or
an order-type line ("Order Type: Market")."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.lexicon import MARKET_WORDS
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.message_parts import Section

_MARKET = re.compile(r"(?<![\w])(?:" + MARKET_WORDS + r")(?![\w])", re.I)


# a line naming the order type a market order: "Order Type: Market", "order_type=market"
MARKET_ORDER_TYPE = re.compile(
    r"(?<![\w])order[\s_\-]*type[^\S\n]*[:=：\-–][^\S\n]*[*_]*[^\S\n]*market(?![\w])", re.I
)


def before_first_price(section: tuple[sections.Label, list[numbers.Number], str]) -> str:
    """A section's words before its first price (at most 40 characters)."""
    lab, nums, body = section
    return body[: nums[0].start - lab.end if nums else 40][:40]


# Substrings one of which every market word holds: one search for them first, since
# this runs per section and few sections name a market entry.
_MARKET_HINTS = (
    "market",
    "mkt",
    "cmp",
    "now",
    "current",
    "mercado",
    "march",
    "markt",
    "piyasa",
    "pasar",
)
# (the hints of other scripts, tested only on a text that is not all ASCII)
_MARKET_HINTS_WIDE = (
    "рын",
    "текущ",
    "рин",
    "поточн",
    "现价",
    "現價",
    "thị trường",
    "بازار",
    "السوق",
    "市价",
    "市價",
    "시장가",
    "成行",
)


# The market's price in Chinese, written against the side word it goes with ("市价开空",
# "现价做多", "现价多"): no word boundary parts them.
_GLUED_MARKET = ("市价", "市價", "现价", "現價")


def market_glued(text: str, start: int, end: int) -> bool:
    """Whether a side label spanning ``start``–``end`` holds or follows a Chinese market word
    written against it."""
    return holds_any(text[max(0, start - 2) : end], _GLUED_MARKET)


def market_value(section: Section) -> bool:
    """A line under a label no lexicon knows whose whole value is a market order: no price,
    at most three words, one of them a market word ("Einstieg: zum Marktpreis", "進場：市價")."""
    _, nums, body = section
    if nums:
        return False
    value = body.split("\n", 1)[0].strip(" \t:：=-–—*_()")
    return 0 < len(value.split()) <= 3 and is_market(value)


def is_market(text: str) -> bool:
    """A market-entry word in ``text``."""
    low = text.lower()
    return (
        holds_any(low, _MARKET_HINTS) or (not low.isascii() and holds_any(low, _MARKET_HINTS_WIDE))
    ) and _MARKET.search(text) is not None


# A market word, then a joiner, then the section's first price: "CMP & 0.512", "cmp and
# 0.512", "CMP / 0.512", "CMP + 0.512 (DCA)", "at CMP, add at 0.512", "now + 0.512". The order
# fills at the market now and a second, limit order waits at the price: the price is an entry,
# not the area the market order fills ("Entry: market (≈ 148.2)").
_MARKET_THEN_PRICE = re.compile(
    r"(?<![\w])(?:(?:cmp|market|mkt)[^\S\n]*(?:&|\+|/|,|and|plus)"
    # "now" only with a joiner that adds ("Entry: market + 0.512" is read the same way): "now /
    # 0.512" and "now, 0.512" may give the price the market stands at
    r"|now[^\S\n]*(?:&|\+|and|plus))[^\S\n]*"
    r"(?:(?:add(?:[^\S\n]+more)?|dca|more)(?:[^\S\n]+(?:at|@|on))?[^\S\n]*:?[^\S\n]*)?\$?$",
    re.I,
)


def market_then_price(before: str) -> bool:
    """Whether ``before`` (a section's words before its first price) ends in a market word and
    a joiner: the price after it is a limit entry beside a market fill."""
    return _MARKET_THEN_PRICE.search(before) is not None


# A market order named in brackets right after prices: "0.299–0.30 (market)", "(market order)",
# "(по рынку)". Not "(CMP)" nor "(current price)": those say what the price is (a limit there).
_MARKET_NOTE = re.compile(
    r"[^\S\n]*\([^\S\n]*(?:at[^\S\n]+)?(?:market|по[^\S\n]*рынку|a[^\S\n]*mercado|mercado)"
    r"(?:[^\S\n]*(?:order|price))?[^\S\n]*\)",
    re.I,
)


def market_note(text: str, end: int) -> bool:
    """Whether a market order is named in brackets right after the price ending at ``end``."""
    return "(" in text[end : end + 3] and _MARKET_NOTE.match(text, end) is not None


# "Market" (or "Market order") opening a line right before its side word: "Market Buy ETH: 3412",
# "📊 MARKET LONG SOL 148.2" — the order word first, as copy bots' guides write it
_MARKET_BEFORE_SIDE = re.compile(r"(?<![\w])(?:market|mkt)(?:[^\S\n]+order)?[^\S\n]*$", re.I)


def market_before_side(text: str, start: int) -> bool:
    """Whether the side word at ``start`` follows a market word that opens its line (icons
    and markup before it aside)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    m = _MARKET_BEFORE_SIDE.search(head)
    return m is not None and not any(ch.isalnum() for ch in head[: m.start()])
