"""A sentence's targets under a word no lexicon holds, beside a side word it knows.

"Otevírám long na #SOL za 148,2, cíle 152 a 155, stop 144", "Long #SOL kwa 148.2, malengo 152
na 155, stop 144": with the target word unknown, the entry's section runs on through the
next clause and the message goes to review with several entries and no target. The reader
then asks :func:`clause_as_targets` for the text with that clause's first word written as a
target label, and keeps the second reading only when it is a signal with targets and a stop
(every check of the levels applies to it: targets beyond the entry on the side's profit
side, moving away from it, the stop on its loss side).

A clause opens at a comma, a semicolon or a bar followed by a word. Exactly one clause may
so qualify: one that opens with a word, holds two prices at least after it (a list: one
price alone may as well be a second entry or a note), and holds no word any lexicon knows.

The entry's clause may hold a word of any length before its price ("Long #BNB hinnaga 612.7,
eesmärgid 623 ja 627.4, SL 592.7": Estonian "at the price"; Finnish "hintaan", Turkish
"fiyatından"): the side word's short-word rule leaves it, and the message goes to review
with a side but no entry. :func:`words_before_entry` gives the text with those words written
``at``, read again under the same condition (a signal with targets and a stop).
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import sections
from tradermanager.sources.signal_parser.numbers import lowered

# a clause opens after a comma, a semicolon or a bar and spaces, at a letter
_CLAUSE_START = re.compile(r"[^\S\n]*[,;|][^\S\n]+(?=[^\W\d_])")
# the clause's first word, then its first price
_WORD_BEFORE_PRICE = re.compile(r"([^\W\d_][\w'’\-]*)[^\S\n]+(?=[$]?\d)")
_PRICE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w%×倍배])")


# the opening clause: up to its first comma, semicolon or bar followed by a space
_FIRST_CLAUSE = re.compile(r"[^,;|\n]*")
_LETTERS = re.compile(r"[^\W\d_][^\W\d]*")  # a word of letters and their marks
_TICKER = re.compile(r"[#$]?[A-Z0-9]{2,15}(?:/USDT?)?")


# the one preposition of three words read as "at": French, Spanish and Portuguese "from"
# ("On prend un LONG sur #TRX à partir de 0,12121", "Long en SOL a partir de 148,2")
_FROM = (("à", "partir", "de"), ("a", "partir", "de"))


def _words_from(words: list[str]) -> bool:
    """Whether ``words`` (read backwards from the price) are "à partir de"."""
    return tuple(w.lower() for w in reversed(words)) in _FROM


def words_before_entry(text: str, coin: str) -> str:
    """``text`` with the one or two words between the opening clause's coin (or side word)
    and its one price written ``at``; ``text`` itself when the clause holds no price or
    several, when three words or more stand there, or a word any lexicon knows, or when the
    clause does not name ``coin`` as written (in capitals: a word of a lower-cased sentence
    read as a coin is none). In a message of several lines the opening clause is on its first
    line ("$TURBO LONG — nunua kwa 0.005613" over the targets' and the stop's lines)."""
    first = _FIRST_CLAUSE.match(text.lstrip())
    if first is None:
        return text
    clause = first.group()
    if coin not in clause:
        return text
    prices = list(_PRICE.finditer(clause))
    if len(prices) != 1:
        return text
    tokens = clause[: prices[0].start()].split()
    words: list[str] = []
    while tokens and _LETTERS.fullmatch(tokens[-1]) and not _TICKER.fullmatch(tokens[-1]):
        word = tokens.pop()
        if sections.labels(word, None, lowered(word)):
            tokens.append(word)  # a side word (or another label) before the price
            break
        words.append(word)
    if not words or not tokens or (len(words) > 2 and not _words_from(words)):
        return text  # nothing before them, or three words: no preposition (but "from")
    at = clause.rfind(words[-1], 0, prices[0].start())
    lead = len(text) - len(text.lstrip())
    return text[: lead + at] + "at " + text[lead + prices[0].start() :]


def clause_as_targets(text: str) -> str:
    """``text`` with the first word of its one clause of unknown words and prices written
    ``targets``; ``text`` itself when no clause, or more than one, is so written."""
    if "\n" in text.strip() or not (", " in text or "; " in text or "| " in text):
        return text
    starts = [m.end() for m in _CLAUSE_START.finditer(text)]
    found: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        clause = text[start:end]
        m = _WORD_BEFORE_PRICE.match(clause)
        if m is None or len(_PRICE.findall(clause)) < 2:
            continue
        if sections.labels(clause, None, lowered(clause)):
            continue  # a word the lexicon knows: that clause is read by its word
        found.append((start, start + m.end(1)))
    if len(found) != 1:
        return text
    a, b = found[0]
    return text[:a] + "targets" + text[b:]
