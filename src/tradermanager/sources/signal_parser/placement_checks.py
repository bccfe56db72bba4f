"""What the placement of prices under labels no lexicon knows leaves out or refuses: amounts of
the coin, sizes, counts, the market's current price and indicator periods are no prices; a
comma group that no number of the message decides is not guessed."""

from __future__ import annotations

import re
from typing import Any

from tradermanager.sources.signal_parser import numbers
from tradermanager.sources.signal_parser.lexicon import INDICATOR_LABELS, NOT_PRICE_LABELS
from tradermanager.sources.signal_parser.message_parts import MessageParts, Section

_NOW_PRICE_LABELS = frozenset(
    [
        "current price",
        "mark price",
        "last price",
        "market price",
        "price now",
        "spot price",
        "mark",
        "last close",
        "prev close",
        "previous close",
        "daily close",
        # the market's price now in the comma-decimal languages' cards ("Preço atual: 3.405,80"
        # above "Entrada: 3.412"): information, whose decimal comma settles the card's mark
        "precio actual",
        "preço atual",
        "preço actual",
        "цена сейчас",
        "текущая цена",
        "поточна ціна",
        "ціна зараз",
        "güncel fiyat",
        "anlık fiyat",
        "cena teraz",
        "aktualna cena",
        "harga sekarang",
        "harga saat ini",
        "τρέχουσα τιμή",
        "prețul curent",
        "preț curent",
        "huidige prijs",
        "aktuální cena",
        "prezzo attuale",
    ]
)
# An entry's label on a line below: "Last: 148.6 · Vol 24h $1.2B" above it is the market's price
# (below the levels, "Last:" may name the last target)
_ENTRY_BELOW = re.compile(r"(?<![^\W\d_])entr(?:y|ies)(?![^\W\d_])", re.I)
_UNIT_WORDS = ("contracts", "contract", "cont", "coins", "coin", "lots", "lot")
# An indicator's period beside its name ("the 50 EMA", "EMA 200", "RSI 14") is no price.
_INDICATORS = frozenset(["ema", "sma", "ma", "wma", "rsi", "vwap", "bb", "atr"])
# A line opening with a moving average's or VWAP's name, its period and words, then a colon:
# the number after it is the indicator's value ("EMA 200 value: 146.9", "MA(50): 147.3",
# "EMA200: 0.1697", "VWAP: 148.02"), a price near the entry that is no level of the signal.
_AVERAGE_VALUE = re.compile(
    r"[^\w\n]*(?:(?:ema|sma|wma|vwap)[ \t]*\(?[ \t]*\d{0,3}|ma[ \t]*\(?[ \t]*\d{1,3})"
    r"[ \t]*\)?"
    r"(?:[ \t]+[^\W\d_]+)*[ \t]*[:=][ \t]*"
)


def without_amounts(
    others: list[Section], text: str, market: Any, has_entry: bool
) -> list[Section]:
    """Sections under unknown labels without their amounts of the coin: a number followed
    by the coin's name or a unit ("Qty: 4674.83 ETH", "Size: 120 contracts") counts coins,
    while prices are written in the quote currency; lines under a label that names a size,
    a count or a result ("Copiers: 2963", "Margin: 357.31 USDT") hold no price, nor does the
    line of the market's current price ("Mark price: 0.2698"), beside an entry or without one
    (a card whose entry line is missing is no order at the market's price). Sections left
    without a number go."""
    units = {market.base.lower(), market.token.lower(), *_UNIT_WORDS}
    out = []
    for lab, nums, body in others:
        line_end = text.find("\n", lab.end)
        if line_end < 0:
            line_end = len(text)
        word = lab.word
        first = word.split(" ", 1)[0].split("(", 1)[0].rstrip(".")
        sizes = (
            first in NOT_PRICE_LABELS
            or word in _NOW_PRICE_LABELS
            or (has_entry and word == "last" and _ENTRY_BELOW.search(text, line_end))
            or any(  # "RSI(14): 63", "24h High: 151.2": an indicator's value, information
                w in INDICATOR_LABELS for w in word.replace("(", " ").replace(".", " ").split()
            )
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
            line_start = text.rfind("\n", 0, n.start) + 1
            if _AVERAGE_VALUE.fullmatch(text[line_start : n.start].lower()):
                continue
            kept.append(n)
        if kept:
            out.append((lab, kept, body) if len(kept) < len(nums) else (lab, nums, body))
    return out


_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")


def undecided_comma(read: MessageParts, secs: list[Section], levels: set[float | None]) -> str:
    """A level (one of ``levels``) read under a label no lexicon holds and written as one
    comma group ("Ieeja: 14,495") while no number of the message tells its decimal mark:
    14.495 or 14495? A known label would tell the language's convention; an unknown one does
    not, so the price is not guessed. (The mark is the whole text's: a leverage word blanked
    from the clean text still names its language.)"""
    text = read.clean
    for _, nums, _ in secs:
        for n in nums:
            if (
                n.value in levels
                and _COMMA_GROUP.fullmatch(text, n.start, n.end)
                and not numbers.convention(read.text, read.lower)
            ):
                written = text[n.start : n.end]
                return (
                    f"{written} stands under a label no lexicon holds and no number of the "
                    f"message tells its decimal mark: {written.replace(',', '.')} or "
                    f"{written.replace(',', '')}? Check it."
                )
    return ""
