"""Prices written before their word, as languages that put the verb last write a signal:
Japanese "148.2でロング、152と155で利確、144で損切り", Korean "148.2에 롱 진입, 152 / 155 익절, 144
손절", Hinglish "148.2 pe long lo, 152 aur 155 target, 144 pe SL lagao".

A clause ends at a newline, "，", ";" or "。", and where "、", "," or "|" follows a letter —
"152、155" and "152, 155" stay one list. A clause whose first label stands after all of its
prices, with no price after it (a bracket's "（レバ20倍）" aside) and none before its prices
but the symbol, is written label first: "144で損切り" becomes "損切り: 144で" — when two clauses
at least are so written (one alone is a note after a price as often) and every clause
holding a price is (a clause of prices written label first, or under no label, beside them
is another message joined to this one, or a text in no order); the clauses a "，", ";"
or "。" ends become lines of their own. The reader asks for this only of a message that went
to review because a price stood unplaced or on the wrong side of the entry (never one held
for what it is: cut short, two signals, a signal and its update), and keeps the second
reading only when it is a signal (every check of the levels applies to it as to any other).
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import sections
from tradermanager.sources.signal_parser.numbers import lowered

# a separator that closes a clause: after a letter (or a closing bracket), never a digit
_CLAUSE_END = re.compile(r"(?<=[^\W\d_）)])[^\S\n]*[、,|]|[^\S\n]*[，;；。]|\n")
_STRONG = ("，", ";", "；", "。")  # (a clause of a sentence written without line breaks: each
# becomes a line of its own, as a card would write it)
# a price: not a leverage ("5배", "10x", "x10") nor a percentage
_NUMBER = re.compile(r"(?<![A-Za-z\d.,×])\d+(?:[.,]\d+)*(?![A-Za-z\d×倍배%])")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def labels_first(text: str) -> str:
    """``text`` with every clause written price first turned label first; ``text`` itself
    when fewer than two are."""
    out: list[str] = []
    start = 0
    changed = 0
    for m in _CLAUSE_END.finditer(text + "\n"):
        clause = text[start : m.start()]
        turned = _turned(clause)
        if turned == clause and _NUMBER.search(_BRACKETED.sub("", clause)):
            return text  # a clause of prices written label first, or with no label: the
            # message is not written price first (two messages joined, a shuffled text)
        changed += turned != clause
        sep = (text + "\n")[m.start() : m.end()]
        out.append(turned + ("\n" if sep.strip() in _STRONG else sep))
        start = m.end()
    # (two clauses at least: one is a note after a price, "148.2 (retest zone)", as often)
    return "".join(out)[: -1 if text[-1:] != "\n" else None] if changed >= 2 else text


def _turned(clause: str) -> str:
    plain = _BRACKETED.sub(lambda b: " " * len(b.group()), clause)
    nums = list(_NUMBER.finditer(plain))
    if not nums:
        return clause
    found = sections.labels(plain, None, lowered(plain))
    if not found:
        return clause
    # the word that names the prices: a level's label, else the side word ("15,604 giriş"
    # after "LONG:" is the entry; "148.2でロング" has only the side)
    levels = [lab for lab in found if lab.kind in ("entry", "target", "stop")]
    first = levels[0] if levels else found[0]
    if first.start < nums[-1].end():
        return clause  # a label before a price, or a price after the label: as written
    tail = clause[first.start :]
    brackets = "".join(_BRACKETED.findall(tail))
    words = _BRACKETED.sub("", tail).rstrip()
    prices = clause[nums[0].start() : first.start].rstrip()
    # (a colon after the word: a whole number right after a label of an unspaced script would
    # be read as the label's ordinal, "利確 49と48" as target 49)
    return plain[: nums[0].start()] + words + ": " + prices + (" " + brackets if brackets else "")


# Prices joined as a list is written: separators, or "and" / "or" in the languages that put
# the target word after its prices ("152 aur 155", "152 ve 155", "152 and 155")
_PRICE_LIST = re.compile(
    r"\$?\d+(?:[.,]\d+)*(?:[^\S\n]*(?:[,/|&\-–]|(?<=\s)(?:aur|and|or|ar|ve|y|e|va|und|et)(?=\s))"
    r"[^\S\n]*\$?\d+(?:[.,]\d+)*)*"
)
# A sentence's end after a word: "… 0.267 par. 0.2633, 0.2588 target book karna"
_SENTENCE_END = re.compile(_CLAUSE_END.pattern + r"|(?<=[^\W\d_])\.(?=[^\S\n]|$)")


def target_clause_first(text: str) -> str:
    """``text`` with its one clause that is a list of prices and then the target word
    turned label first: Hindi and Urdu in Latin letters put the verb last, "0.2633, 0.2588
    target book karna" between clauses written label first ("short sell karo 0.267 par",
    "stoploss 0.2712 pe lagao"). Only a clause that opens with its prices, holds no other
    level's label and no price after the word is turned; ``text`` itself when not exactly
    one is. The reader asks for this only of a message that went to review with entries and
    no target, and keeps the second reading only when it is a signal with targets and a stop."""
    turned_at: tuple[int, int, str] | None = None
    start = 0
    for m in _SENTENCE_END.finditer(text + "\n"):
        clause = text[start : m.start()]
        at, start = start, m.end()
        plain = _BRACKETED.sub(lambda b: " " * len(b.group()), clause)
        nums = list(_NUMBER.finditer(plain))
        if not nums or plain[: nums[0].start()].strip():
            continue
        found = sections.labels(plain, None, lowered(plain))
        levels = [lab for lab in found if lab.kind in ("entry", "target", "stop")]
        if len(levels) != 1 or levels[0].kind != "target" or levels[0].start < nums[-1].end():
            continue
        first = levels[0]
        prices = plain[nums[0].start() : first.start].rstrip()
        if not _PRICE_LIST.fullmatch(prices):
            continue  # words or marks between the prices ("3:1 R:R on the first target")
        if turned_at is not None:
            return text  # two such clauses: not the one list of targets this reads
        words = plain[first.start :].rstrip()
        turned_at = (at, at + len(clause), " " + words + ": " + prices)
    if turned_at is None:
        return text
    a, b, clause = turned_at
    return text[:a] + clause + text[b:]
