"""Numbers a card writes beside its levels that are no price of the signal: the count of a
list in its label ("Entries (2):", "Take profit (5 targets):", "Targets x4:", "5 targets ➜")
and the market's price noted after a limit entry ("Entry: 148.2 (CMP 149.1)", "Entry 148.2 —
now 149.05", "| Mark: 149.1"). Each pattern opens with a character class (a bracket, the
times sign, a digit, a letter of its word) and runs only behind a literal test of its caller.
"""

from __future__ import annotations

import re

# the end of a list's label before its count ("Entries", "Take profit", "SL", "Entry orders")
_LIST_LABEL_END = re.compile(
    r"(?:targets?|tps?|profits?|entries|entry|orders?|levels?|sl|stop|loss|zones?)[^\S\n]*$"
)
# "(2)", "[3]", "(5 targets)" after such a label and before the label's separator
_BRACKET_COUNT = re.compile(
    r"[(\[][^\S\n]*\d{1,2}(?:[^\S\n]+(?:targets?|tps?|entries|orders?|levels?))?[^\S\n]*[)\]]"
    r"(?=[^\S\n]*[:：=➜→»\-–])"
)
# "x4", "×3" after such a label and before its separator ("Targets x4:", "Entry orders x2:")
_TIMES_COUNT = re.compile(r"[x×]\d{1,2}(?=[^\S\n]*[:：=➜→»])")
# "5 targets ➜", "3 entries:", "2 TPs:" (a count before the list's own word and separator)
_COUNT_BEFORE_LIST = re.compile(
    r"\d{1,2}(?=[^\S\n]+(?:targets|tps|take[\s\-]*profits|entries|entry[^\S\n]+orders|orders)"
    r"[^\S\n]*[:：=➜→»(])"
)


def list_counts(lower: str) -> list[tuple[int, int]]:
    """Spans of the counts written in list labels, in the lower-cased text."""
    out: list[tuple[int, int]] = []
    if "(" in lower or "[" in lower:
        for m in _BRACKET_COUNT.finditer(lower):
            if _LIST_LABEL_END.search(lower, max(0, m.start() - 24), m.start()):
                out.append(m.span())
    if " x" in lower or " ×" in lower:
        for m in _TIMES_COUNT.finditer(lower):
            at = m.start()
            if (
                at > 0
                and lower[at - 1] in " \t"
                and _LIST_LABEL_END.search(lower, max(0, at - 24), at)
            ):
                out.append(m.span())
    if (
        " targets" in lower
        or " tps" in lower
        or " take" in lower
        or " entries" in lower
        or " orders" in lower
    ):
        for m in _COUNT_BEFORE_LIST.finditer(lower):
            at = m.start()
            if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] in ".,$"):
                out.append(m.span())
    return out


# A word naming the market's price: "CMP", "now", "currently", "price now", "mark (price)",
# "last price" ("last" alone may open a list's last target), "market price", "spot price",
# "current (price)"
_NOW_WORD = re.compile(
    r"[cnmlps](?:mp|ow|urrently|urrent(?:[^\S\n]+price)?|rice[^\S\n]+now|ark(?:[^\S\n]+price)?"
    r"|ast[^\S\n]+price|arket[^\S\n]+price|pot[^\S\n]+price)(?![^\W\d_])"
)
# after that word, its price: "(now at 149.1)", "Mark: 149.1", "(CMP ~0.515)"
_NOW_PRICE = re.compile(
    r"(?:[^\S\n]+(?:at|@|is))?[^\S\n]*[:=]?[^\S\n]*[~≈]?[^\S\n]*\$?\d[\d,.]*(?:[^\S\n]*[)\]])?"
)
_NOTE_OPENERS = "([—–|-·,;/"


def market_price_notes(lower: str) -> list[tuple[int, int]]:
    """Spans of the market's price noted after a price on its line: the word and its price
    after a bracket or a dash, bar or comma that follows a number ("Entry: 148.2 (CMP 149.1)",
    "Entry 148.2 — now 149.05", "Entry: 148.2 | Mark: 149.1"). Not "Entry: Market (now
    0.5231)", whose entry is the market and whose price is read there."""
    out: list[tuple[int, int]] = []
    for m in _NOW_WORD.finditer(lower):
        at = m.start()
        if at > 0 and (lower[at - 1].isalnum() or lower[at - 1] == "_"):
            continue  # inside a word ("snow", "bookmark")
        after = _NOW_PRICE.match(lower, m.end())
        if after is None:
            continue
        k = at
        while k > 0 and lower[k - 1] in " \t":
            k -= 1
        if k == 0 or lower[k - 1] not in _NOTE_OPENERS:
            continue
        k -= 1
        while k > 0 and lower[k - 1] in " \t—–-":
            k -= 1
        if k > 0 and (lower[k - 1].isdigit() or lower[k - 1] in ")]"):
            out.append((k, after.end()))
    return out


# Whole numbers joined by "/" or "-" ("50/30/20", "25-25-50"): shares of a position when they
# add up to 100 on a line that speaks of splitting it ("TP split:", "Allocation:", "Close … at
# TP1/TP2/TP3", "Scale out", "Distribution", "Ratio", "Weights")
_SHARE_RUN = re.compile(r"\d{1,3}(?:[^\S\n]*[/\-–][^\S\n]*\d{1,3}){1,5}(?![\w.,%])")
_SPLIT_WORDS = ("split", "alloc", "close", "scale", "distribut", "ratio", "weight")


def position_splits(lower: str) -> list[tuple[int, int]]:
    """Spans of shares of a position split over the targets ("TP split: 50/30/20"): no
    prices. Their quick test is one of the split words in the lower-cased text."""
    out: list[tuple[int, int]] = []
    for m in _SHARE_RUN.finditer(lower):
        at = m.start()
        if at > 0 and (lower[at - 1].isalnum() or lower[at - 1] in ".,$/-–"):
            continue
        parts = [int(p) for p in re.split(r"[^\d]+", m.group()) if p]
        if any(p > 100 for p in parts) or not 99 <= sum(parts) <= 101:
            continue
        line = lower[lower.rfind("\n", 0, at) + 1 : at]
        if any(word in line for word in _SPLIT_WORDS):
            out.append(m.span())
    return out


# A price inside a note in brackets after a price that names it as a chart reference: after
# "the", a close, a retest, a break or a reclaim ("Entry: 148.2 (retest of the 147.9
# breakout)", "(after a 4H close above 147.9)"), or before a chart noun ("(147.9 support)")
_NOTE_IN_BRACKETS = re.compile(r"\(([^()\n]{3,80})\)")
_NOTE_NUMBER = re.compile(r"(?<![\w.,])\$?\d[\d,]*(?:\.\d+)?(?![\w%]|[.,]\d)")
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:the|close[ds]?|closing|retest(?:\s+of)?|break(?:out|s)?|reclaim(?:\s+of)?)"
    r"(?:[^\S\n]+(?:above|below|under|over|of|at))?[^\S\n]*$"
)
_CHART_NOUN_AFTER = re.compile(
    r"[^\S\n]*(?:resistance|support|level|breakout|high|low|swing|ema|sma|ma|vwap|fib|demand"
    r"|supply|order[^\S\n]+block|ob)(?![^\W\d_])"
)


def chart_references(lower: str) -> list[tuple[int, int]]:
    """Spans of the prices a bracketed note after a price names as chart references (its
    quick test, by the caller: a "(" and one of the reference words in the text)."""
    out: list[tuple[int, int]] = []
    for m in _NOTE_IN_BRACKETS.finditer(lower):
        k = m.start()
        while k > 0 and lower[k - 1] in " \t":
            k -= 1
        if k == 0 or not lower[k - 1].isdigit():
            continue  # a note after a price only
        inside = m.start(1)
        for n in _NOTE_NUMBER.finditer(lower, inside, m.end(1)):
            head = lower[inside : n.start()]
            if _REFERENCE_BEFORE.search(head) or _CHART_NOUN_AFTER.match(lower, n.end()):
                out.append(n.span())
    return out
