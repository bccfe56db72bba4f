"""Results told to readers after the trades ended: rows of a trade's entry and exit with its
gain — "Week 48 recap 📊 / SOL long 142.1 → 151.3 (+6.5%) ✅ / AVAX short 36.2 → 37.0 (-2.2%) ❌"
— and congratulations to those who held a trade — "Congrats to everyone who held the NEAR
short from 6.016 — 5.788 hit 🎉". The prices are past trades', not an order's."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

# "142.1 → 151.3 (+6.5%)", "0.4883 -> 0.4696 (-3.8%)", "38.15 to 41.09 (+7.7%)": an entry, its
# exit and the signed result between brackets (not a label's number: "TP1 ➜ 0.4984 (+1.3%)")
_RESULT_ROW = re.compile(
    r"(?<![\w.,])\d[\d.,]*[^\S\n]*(?:→|➜|->|➡️?|[^\S\n]to)[^\S\n]*\$?\d[\d.,]*[^\S\n]*\("
    r"[^\S\n]*[+\-−]"
    r"[^\S\n]*\d+(?:[.,]\d+)?[^\S\n]*%[^\S\n]*\)"
)
_DIGIT = re.compile(r"\d")
_ROW_PARTS = ("→", "➜", "->", "➡", " to")
_CONGRATS = re.compile(
    r"(?<![\w])congrat\w*[^\n]{0,40}?(?<![\w])(?:who|that)[^\S\n]+(?:held|caught|took|followed"
    r"|rode|joined|stayed[^\S\n]+in)(?![\w])"
)


def result_rows(text: str) -> str | None:
    """The reason when ``text`` holds two rows or more of an entry, an exit and a signed
    result (past trades told), else None."""
    if "%)" in text and holds_any(text, _ROW_PARTS) and len(_RESULT_ROW.findall(text)) >= 2:
        return "Rows of trades with their entry, exit and result: a results post, talk."
    return None


def congratulated(low: str) -> str | None:
    """The reason when the lower-cased ``low`` congratulates those who held a trade and its
    every number stands on that line, else None. (A card on lines of its own beside the
    congratulation is a call of its own.)"""
    m = _CONGRATS.search(low)
    if m is None:
        return None
    start = low.rfind("\n", 0, m.start()) + 1
    end = low.find("\n", m.end())
    end = len(low) if end < 0 else end
    if _DIGIT.search(low, 0, start) or _DIGIT.search(low, end):
        return None
    return f"Congratulations on a trade held (“{m.group()}”): a result told, talk."
