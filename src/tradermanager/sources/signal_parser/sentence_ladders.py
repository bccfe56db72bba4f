"""A ladder written as a sentence ("scaling in with 4 orders: a, b, c, d", "splitting the entry
into 3 buys: a / b / c", "DCA plan, 3 entries: …", "laddering 4 bids at …", "I'll average in
at a / b / c"): the sentence is the entries' label, its count no price. Spelt out as "Entries:"
only when the count agrees with the prices listed after it."""

from __future__ import annotations

import re

_PRICE = r"\$?\d[\d,]*(?:\.\d+)?"
_COUNTED = (
    r"(?:scal(?:e|ing)[^\S\n]+in[^\S\n]+with"
    r"|split(?:ting)?[^\S\n]+(?:the[^\S\n]+|my[^\S\n]+)?entr(?:y|ies)[^\S\n]+into"
    r"|dca[^\S\n]+plan,?|laddering)"
    r"[^\S\n]+(?P<count>[2-9])[^\S\n]+(?:orders|entries|buys|sells|bids|asks|limits|parts)"
    r"[^\S\n]*(?::|at)"
)
_UNCOUNTED = r"(?:i'?ll|i[^\S\n]+will|we'?ll)[^\S\n]+average[^\S\n]+in[^\S\n]+at"
_SENTENCE = re.compile(
    r"(?P<words>" + _COUNTED + r"|" + _UNCOUNTED + r")[^\S\n]*"
    r"(?P<prices>" + _PRICE + r"(?:[^\S\n]*(?:,|/|·|and)[^\S\n]*" + _PRICE + r")+)"
    r"[^\S\n]*$",
    re.I | re.M,
)
_PRICES = re.compile(_PRICE)
# a word every sentence above holds: the cheap test before the whole pattern
_SENTENCE_WORD = re.compile(r"scal|split|dca|ladder|averag", re.I)


def spelled_ladder(text: str) -> str:
    """``text`` with a ladder's sentence spelt out as an entries label, or as it was."""
    if _SENTENCE_WORD.search(text) is None:
        return text
    m = _SENTENCE.search(text)
    if m is None:
        return text
    listed = len(_PRICES.findall(m["prices"]))
    if m["count"] is not None and int(m["count"]) != listed:
        return text  # "3 orders" over four prices: which are the orders? left for review
    prices = " / ".join(_PRICES.findall(m["prices"]))
    return f"{text[: m.start()]}Entries: {prices}{text[m.end() :]}"
