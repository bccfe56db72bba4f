"""An entry zone written in the side's own line, in the side word's language.

French, German and Dutch channels (Belgian and Swiss ones too) open a card with the side word,
the side in brackets and the zone: "Achat (LONG) entre 23,676 et 23,523", "Kauf (LONG)
zwischen a und b", "Koop (LONG) tussen a en b" (Spanish "Compra (LONG) entre a y b", Italian
"Acquisto (LONG) tra a e b", Portuguese "Compra (LONG) entre a e b"). No entry label stands
there, so the message goes to review with its prices under no label. The reader then asks
:func:`zone_in_side_line` for the text with that line split into the side word and an
``Entry: a - b`` line, and keeps the second reading only when it is a signal of the same coin
and side with targets and a stop (every check of the levels applies to it).

Only a whole line of that form is rewritten: a side word first, the between word, a number,
the and word, a number, nothing after them; a line of any other words is left as it is.
"""

from __future__ import annotations

import re

# cheap literal test: one of the between words stands in the lowered text
_BETWEEN_WORDS = ("entre", "zwischen", "tussen", " tra ", " fra ")
_NUMBER = r"\$?\d[\d.,]*\d|\$?\d"
_SIDE_LINE = re.compile(
    r"^(?P<head>[^\S\n]*(?:[^\w\n]+[^\S\n]*)?"
    r"(?:achat|vente|kauf|verkauf|koop|verkoop|compra|venta|venda|acquisto|vendita"
    r"|long|short|buy|sell)"
    r"(?:[^\S\n]*\((?:long|short)\))?)"
    r"[^\S\n]+(?:entre|zwischen|tussen|tra|fra)[^\S\n]+"
    rf"(?P<a>{_NUMBER})[^\S\n]+(?:et|und|en|y|e|and|-|–)[^\S\n]+(?P<b>{_NUMBER})"
    r"[^\S\n]*$",
    re.MULTILINE,
)


def zone_in_side_line(text: str, lower: str) -> str:
    """``text`` with its one side line of the form "Achat (LONG) entre a et b" written as the
    side word's line over ``Entry: a - b``; ``text`` itself when no line, or more than one, is
    so written. ``lower`` is ``text`` lowered with every character where it was."""
    if not any(word in lower for word in _BETWEEN_WORDS):
        return text
    found = list(_SIDE_LINE.finditer(lower))
    if len(found) != 1:
        return text
    m = found[0]
    head = text[m.start("head") : m.end("head")]
    a = text[m.start("a") : m.end("a")]
    b = text[m.start("b") : m.end("b")]
    return f"{text[: m.start()]}{head}\nEntry: {a} - {b}{text[m.end() :]}"
