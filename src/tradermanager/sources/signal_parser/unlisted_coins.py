"""A word taken for the coin by where it stands, that the exchange does not list, beside a word
the exchange lists.

With no pair, tag or cashtag, the coin is the word beside the side word or the first word in
capitals. When that word is no listed coin (``SUR`` of "SHORT SUR APT À 8,853", ``CANH`` of
"CANH LONG ETH VÙNG …", ``ME`` of "doge me long lo 0.11208", ``PLAN`` of "PLAN: LONG 5.823"
under "NEAR UPDATE") and the text writes a listed coin elsewhere (``APT``, ``ETH``, ``doge``,
``NEAR``), the levels may be that coin's: the two stand as rivals and the message goes to
review. A new coin the exchange does not list yet, written alone, is still read.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.symbols import (
    COIN_NAMES,
    NOT_TOKENS,
    FoundSymbol,
    in_talk,
    listed_bases,
)

# a word of letters and digits with a letter in it, outside a longer word or a number
_WORD = re.compile(r"(?<![\w.,])(?=\d*[A-Za-z])[A-Za-z0-9]{2,12}(?![\w])")


def unlisted(found: FoundSymbol) -> bool:
    """Whether the coin found is no coin the exchange lists nor a coin's name."""
    listed = listed_bases()
    market = found.market
    return (
        market.base not in listed and market.token not in listed and market.base not in COIN_NAMES
    )


def listed_rival(text: str, lines: str, found: FoundSymbol) -> str | None:
    """A listed coin written in ``text`` (not inside talk: see :func:`symbols.in_talk`) beside
    ``found``, a bare word the exchange does not list; ``lines`` is the text as written, at the
    same positions. A word in small letters counts in a text without capitals only (there every
    word is small; elsewhere "op", "one", "sol" of a sentence are words)."""
    listed = listed_bases()
    capitals = any(c.isupper() for c in text)
    base = found.market.base
    for m in _WORD.finditer(text):
        word = m.group()
        if capitals and not word.isupper():
            continue
        up = word.upper()
        if (
            up == base
            or up in NOT_TOKENS
            or not (up in listed or up in COIN_NAMES)
            or (m.start(), m.end()) in found.spans
            or text[m.start() - 1 : m.start()] == "@"
            or in_talk(text, lines, m.start())
        ):
            continue
        return COIN_NAMES.get(up, up)
    return None


# "ENTRY ZONES:" ending its line: the word after a label word, before the label's colon
_LABEL_WORDS_BEFORE = re.compile(
    r"(?:entry|entries|stop|target|targets|profit|take|sl|tp)[ \t]+$", re.I
)
_COLON_ENDS_LINE = re.compile(r"[ \t]*[:：][ \t]*(?:\n|$)")
_INITIALS_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){2,3})\($")
# a field's label opening its line, its colon right before the word ("Паттерн: WEDGE",
# "Direksyon: BUMILI", "📊 <b>Hanya:</b> SAYAR"): one to three words, icons and markup before
_FIELD_LABEL_BEFORE = re.compile(
    r"[^\w\n]*(?:<\w+>)?[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2}[ \t]*[:：]"
    r"(?:</\w+>)?[ \t]*[#$]?$"
)


def no_coin_word(text: str, found: FoundSymbol) -> bool:
    """Whether the bare unlisted word taken for the coin stands where no coin stands: the
    second word of a heading label ("ENTRY ZONES:"), a currency's letters before its sign
    ("US$ 0,008156"), the initials of the words before it in brackets ("Short Entry (SE)")."""
    if not found.spans:
        return False
    start, end = found.spans[0]
    word = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if _COLON_ENDS_LINE.match(text, end) and _LABEL_WORDS_BEFORE.search(before):
        return True
    if text[end : end + 1] == "$":
        return True
    if text[end : end + 1] == ")" and (m := _INITIALS_BEFORE.search(before)):
        initials = "".join(w[0] for w in m.group(1).split())
        return initials.upper() == word.upper()
    return False


def field_value(text: str, found: FoundSymbol) -> bool:
    """Whether the bare unlisted word taken for the coin is the value of a field, after the
    label opening its line ("Паттерн: WEDGE", "Direksyon: BUMILI"). Under a card's other
    fields such a word is the pattern's or the side's, no coin: a coin's own label ("Coin:",
    "Монета:") is read as a pair label before any bare word is looked for."""
    if not found.spans:
        return False
    start = found.spans[0][0]
    return _FIELD_LABEL_BEFORE.match(text, text.rfind("\n", 0, start) + 1, start) is not None
