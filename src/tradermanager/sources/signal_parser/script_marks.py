"""Marks and one-letter words of other scripts that stand where a line break, a space or a
word of its own stands in the layouts the parser reads.

* a script's own full stop ends a clause as a line break does: the danda of Devanagari and
  Bengali posts (``#SOL Long । एंट्री 148.2 । टारगेट 152 / 155 । स्टॉप 144 ।``), the Burmese
  section marks, the Khmer khan, the Ethiopic and Tibetan full stops; the Burmese little
  section ``၊`` (a comma) and the Armenian full stop ``։`` (which looks like a colon, and is
  typed for one: ``Մուտք։ 148.2``) only where a word or the line's end follows it, so a list
  ``152 ၊ 155`` stays one and a label keeps its value;
* a one-letter word of Hebrew or Arabic written against the digits after it — "and", "at",
  "to", "from": ``יעדים 152 ו0.6799``, ``152 و155``, ``ب148.2`` — is a word of its own, so the
  number is one (a number glued to a letter is none);
* the Arabic "and" written against the word after it (``والأهداف``, ``ووقف الخسارة``) is
  written apart when the rest of the word is a label the lexicon holds, as Arabic writes
  every ``و`` against its word.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import sections
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.numbers import lowered

FULL_STOPS = ("।", "॥", "။", "၊", "។", "៕", "።", "།", "։")
_FULL_STOP = re.compile(r"[^\S\n]*(?:[।॥။។៕።།]|[၊։](?=[^\S\n]*(?:[^\W\d_]|\n|$)))[^\S\n]*")
_GLUED_LETTERS = "[\u05d5\u05d1\u05dc\u05de\u05d4\u05db\u05e9وبلفك]"
_GLUED_DIGITS = re.compile(r"(?<![^\s(\-–,،])(" + _GLUED_LETTERS + r")(?=\d)")
# the letters alone: one character class the engine skips to, searched first (the pattern
# above opens with a look-behind, tried at every position of every text)
_GLUED_LETTER = re.compile(_GLUED_LETTERS)
_GLUED_AND = re.compile(r"(?<!\S)و(?=[\u0621-\u064a]{2})([\u0621-\u064a]+)")


def written_apart(text: str) -> str:
    """``text`` with the marks and glued words above written as line breaks and spaces (a
    text all ASCII is returned as it is by the caller)."""
    if holds_any(text, FULL_STOPS):
        text = _FULL_STOP.sub("\n", text)
    if _GLUED_LETTER.search(text) and _GLUED_DIGITS.search(text):
        text = _GLUED_DIGITS.sub(r"\1 ", text)
    if "و" in text:
        text = _GLUED_AND.sub(_and_apart, text)
    return text


def _and_apart(m: re.Match[str]) -> str:
    rest = m.group(1)
    found = sections.labels(rest, None, lowered(rest))
    if found and found[0].start == 0:
        return "و " + rest
    return m.group()
