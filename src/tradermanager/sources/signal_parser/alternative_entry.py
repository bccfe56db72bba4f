"""An entry written with an alternative beside it: "Entry: 148.2 (or 147.5 on a wick)",
"Entry 0.5312 — or 0.5290 if it wicks", "Entry: 9.279 / alt. 9.19". The second price is not a
second order of a ladder but the same order placed elsewhere on a condition; copied as two
entries, the plan would fill twice or average a price the channel never meant."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import ParsedMessage

# cheap literal tests one of which the pattern below implies (lower-cased text)
_HINTS = ("or", "alt", "otherwise", "ou", "oder", "или", "或", "hoặc")
# an alternative's word after a price, then (nothing but marks and a few words between) the
# next price: "148.2 (or 147.5", "0.5312 — or 0.5290", "9.279 / alt. 9.19", "2.2833 (or better,
# 2.2648", "147.5 (alternative: 147"
_ALTERNATIVE = re.compile(
    r"\d[^\S\n]*[(\[/,;—–\-]?[^\S\n]*"
    r"(?:or|alt\.?|alternative(?:ly)?|otherwise|ou|oder|или|或|hoặc)"
    r"(?![^\W\d_])[^\d\n]{0,16}?\$?(\d[\d,]*(?:\.\d+)?)"
)


def alternative_entry(text: str, signal: ParsedMessage) -> str:
    """The alternative price when the signal's second entry is written as one, else ""."""
    if len(signal.entries) < 2:
        return ""
    low = text.lower()
    if not any(hint in low for hint in _HINTS):
        return ""
    later = set(signal.entries[1:])
    for m in _ALTERNATIVE.finditer(low):
        try:
            value = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        if value in later:
            return m.group(1)
    return ""


# a market word, "or", then (a few words, no digit) a price: "Entry now or on retest of 0.4166",
# "Buy market or at 148.2", "CMP or 0.4973 on a dip", "enter now or wait for 1.0925"
_MARKET_OR_PRICE = re.compile(
    r"(?<![\w])(?:now|market|cmp|current[^\S\n]+price)[^\S\n]*[,(]?[^\S\n]*or(?![\w])"
    r"[^\d\n]{0,28}?\$?(\d[\d,]*(?:\.\d+)?)"
)


# an entry's line whose market word and price a bar parts: "Entry: NOW | 0.542" says neither
# "and" (a limit beside the market fill) nor "at" (the price the market order fills near)
_NOW_BAR_PRICE = re.compile(
    r"(?:^|\n)[^\S\n]*[^\w\n]{0,3}[^\S\n]*entry[^\S\n]*[:\-–]?[^\S\n]*now[^\S\n]*\|[^\S\n]*"
    r"\$?(\d[\d,]*(?:\.\d+)?)(?![\d.,]*[^\S\n]*[x%])"
)


def now_bar_price(text: str) -> str:
    """The price a bar parts from "now" on an entry's line ("Entry: NOW | 0.542"), else ""
    (the caller tests "|" first)."""
    m = _NOW_BAR_PRICE.search(text.lower())
    return m.group(1) if m else ""


def market_or_price(text: str) -> str:
    """The price offered instead of a market entry ("Entry now or on retest of 0.4166"), else
    "". Either order is the one: copied as the market entry alone, the price the channel
    also offers is dropped; copied as both, the plan fills twice. (The caller tests " or "
    first.)"""
    m = _MARKET_OR_PRICE.search(text.lower())
    return m.group(1) if m else ""
