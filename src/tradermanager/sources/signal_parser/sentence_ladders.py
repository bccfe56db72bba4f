"""A ladder written as a sentence ("scaling in with 4 orders: a, b, c, d", "splitting the entry
into 3 buys: a / b / c", "DCA plan, 3 entries: …", "laddering 4 bids at …", "I'll average in
at a / b / c"): the sentence is the entries' label, its count no price. Spelt out as "Entries:"
only when the count agrees with the prices listed after it."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lower_case import lower_case

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


def may_spell_ladder(text: str) -> bool:
    """A literal test: whether ``text`` holds, in any case, a word a ladder's sentence holds.
    One lower() and plain substring tests: a case-blind search for the words cost several
    times as much on every message. Outside ASCII a case-blind pattern also takes the dotted
    and the dotless I ("SPLİT", "splıt") and the long s ("ſcale") for those words' letters,
    which lower() leaves apart: a text holding one passes too."""
    low = lower_case(text)
    if (  # a word every sentence above holds, written out: tested on every message
        "scal" in low or "split" in low or "dca" in low or "ladder" in low or "averag" in low
    ):
        return True
    return not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text)


def spelled_ladder(text: str) -> str:
    """``text`` with a ladder's sentence spelt out as an entries label, or as it was."""
    if not may_spell_ladder(text):
        return text
    m = _SENTENCE.search(text)
    if m is None:
        return text
    listed = len(_PRICES.findall(m["prices"]))
    if m["count"] is not None and int(m["count"]) != listed:
        return text  # "3 orders" over four prices: which are the orders? left for review
    prices = " / ".join(_PRICES.findall(m["prices"]))
    return f"{text[: m.start()]}Entries: {prices}{text[m.end() :]}"
