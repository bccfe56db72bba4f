"""A coin named in a sentence that gives the coin's own price, over levels of another scale.

"$BTC rejected at 65,690 but alts look strong" above "Entry: 74.63 / TP1: 73.51 / Stop: 76.83"
names BTC and prices it at 65,690: the levels, a thousandth of that, are no BTC trade's. The
card's own coin line is missing (cut, or never written), and the only coin named is the
story's: the message goes to review instead of trading BTC at 74.63.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tradermanager.sources.signal_parser.message_parts import price_text
from tradermanager.sources.signal_parser.numbers import Number

# a percentage, a multiple, a time frame, an amount in millions ("54.9%", "10x", "4H",
# "$116.7 million"): no price of the coin
_NOT_PRICE_AFTER = re.compile(r"\s?%|[^\W\d_]|\s(?:million|billion|thousand|mln|bn)\b", re.I)
# an id or a link's part ("ALP-8759", "#8759", "/9683"): no price
_NOT_PRICE_BEFORE = frozenset("-#/_:")
_WORD = re.compile(r"[^\W\d_]{2,}")


def story_price_problem(
    text: str,
    spans: Sequence[tuple[int, int]],
    coin: str,
    levels: list[float],
    found: Sequence[Number],
) -> str:
    """Why the levels are not ``coin``'s: every line naming the coin (at ``spans``) is a
    sentence (four words or more) giving a price (of the numbers ``found``, as the message
    reads them) beyond ×5 of the levels' middle; or ""."""
    if not levels or not spans or text.count("\n") < 2:
        return ""  # (a card's levels under the sentence, on lines of their own)
    middle = sorted(levels)[len(levels) // 2]
    if middle <= 0:
        return ""
    problem = ""
    for at, _ in spans:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        priced = _off_price(text, start, end, middle, found)
        if priced is None:
            return ""  # a line naming the coin without such a story: its coin line
        problem = problem or (
            f"{coin} is priced at {priced} in the sentence that names it, the levels at "
            f"{price_text(middle)}: they may be another coin's, whose line is missing."
        )
    return problem


def _off_price(
    text: str, start: int, end: int, middle: float, found: Sequence[Number]
) -> str | None:
    """The price beyond ×5 of ``middle`` that the sentence at ``start:end`` gives, or None
    when the line is no sentence or gives no such price."""
    if len(_WORD.findall(text, start, end)) < 4:
        return None  # a coin line ("#LTCUSDT SHORT 74.63"), no sentence
    for number in found:
        if not start <= number.start < end:
            continue
        written = text[number.start : number.end]
        if (
            not (
                "." in written or "," in written or text[number.start - 1 : number.start] == "$"
            )  # "3 days", "2024", "#8759": a count, a year, an id; a price shows its cents
            # or its thousands, or its dollar sign
            or text[number.start - 1 : number.start] in _NOT_PRICE_BEFORE
            or _NOT_PRICE_AFTER.match(text, number.end)
            or number.value <= 0
        ):
            continue
        if abs(math.log10(number.value / middle)) >= 0.7:
            return written
    return None
