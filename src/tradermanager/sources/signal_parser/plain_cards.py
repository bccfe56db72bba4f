"""A card written so plainly that the normalisation has nothing to change: read as written.

Before the card reader, every text goes through the normalisation (``hashtag_words``,
``plain_text.plain``, ``letter_fields``, ``sentence_ladders``, ``ordinal_ladders``, the
update words of other languages): some fifty rewrites, each behind a gate of its own. A
card whose every line is one of a few fixed forms — the pair and its side, then
``Leverage: Cross 10x``, ``Entry: 255.81``, ``Targets: 260.93 / 266.04``, ``Stop Loss:
248.14``, ``Confidence: 69%`` — holds nothing any of them rewrites (no markup, no table, no
glued label, no word of another language, no second order), so the reader reads it as
written and the normalisation is not run. One anchored pattern tells such a card; it fails
at the first character of most other texts.

``tests/sources/test_signal_parser_plain_cards.py`` holds the normalisation to leaving every
text of this shape as it is, over generated cards and over coins spelled as every word the
parser's modules look for. (A coin's hashtag that spells an update, "#CLOSED", "#SLTOBE", is
spelled out by ``hashtag_words``: such a card goes the long way.)
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.hashtag_words import may_spell_out

# the coin: letters, after a count of units or not ("SOL", "1000PEPE"; not "1000USDT": a
# price's quote glued to it); its pair's quote
_COIN = r"[#$]?(?:[1-9]\d{0,4}(?!USD))?[A-Z]{2,10}(?:/USDT)?"
_SIDE = r"(?:LONG|SHORT|Long|Short)"
# a plain price: no thousands separator, no sign, no leading point
_NUMBER = r"(?:[1-9]\d{0,7}(?:\.\d{1,10})?|0\.\d{1,10})"
_FIELD = "|".join(
    (
        r"Leverage: (?:Cross |Isolated )?[1-9]\d{0,2}x",
        r"Margin: (?:Cross|Isolated)",
        r"Entry: " + _NUMBER,
        r"(?:Targets|Take Profit): " + _NUMBER + "(?: / " + _NUMBER + "){0,9}",
        r"(?:TP|Target )[1-9]: " + _NUMBER,
        r"(?:Stop Loss|SL): " + _NUMBER,
        r"Confidence: [1-9]\d?%",
    )
)
PLAIN_CARD = re.compile(
    "(?:" + _COIN + " " + _SIDE + "|" + _SIDE + " " + _COIN + ")(?:\n(?:" + _FIELD + "))+"
)


def plain_as_written(text: str) -> bool:
    """Whether ``text`` is a card of :data:`PLAIN_CARD`'s fixed forms (nothing to normalise)."""
    return "\n" in text and PLAIN_CARD.fullmatch(text) is not None and not may_spell_out(text)
