"""Plain talk: a one-line message that no step of the normalisation can change.

Most chat is one line of words ("Good morning traders ☕️ Big week ahead, stay disciplined").
The reader normalises every text through some forty steps before its parts are found, and on
such a line each of them asks its own literal test and changes nothing. :func:`plain_talk_line`
tells the same in one scan of the characters and one search of the words: a line of ASCII
letters, spaces, ``.,!?'`` and pictographs (no digit, no newline, no markup, no label colon, no
script a step rewrites) that holds none of the words the remaining word-driven steps look for
(:data:`_STEP_WORDS`, taken from those steps' own tables). Every other step needs a character
such a line cannot hold (a digit, ``:``, ``#``, ``|``, ``\\n``, a script's letter, …).

The reader then reads the line as it was given, without the steps
(tests/sources/test_signal_parser_plain_talk.py asks every skipped step whether it changes such a
line, and the snapshot pins the result).
"""

from __future__ import annotations

import re
import unicodedata

from tradermanager.sources.signal_parser.literal_first import by_first_character
from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.more_script_updates import _STEMS as _MORE_SCRIPT_STEMS
from tradermanager.sources.signal_parser.other_language_updates import _STEMS as _OTHER_STEMS
from tradermanager.sources.signal_parser.romanised import _LETTER_GROUPS
from tradermanager.sources.signal_parser.script_updates import _LATIN_STEMS, _MORE_STEMS
from tradermanager.sources.signal_parser.slang_updates import _STEMS as _SLANG_STEMS
from tradermanager.sources.signal_parser.slang_updates import _STEMS_MORE as _SLANG_STEMS_MORE

# the pictographs of the Miscellaneous Symbols, Dingbats and the emoji planes that are symbols
# ("☕", "🔥", "🚀"; not the circled digits "➀", which are numerals), with the variation
# selector and the joiner that emoji are written with
_PICTOGRAPHS = "".join(
    chr(cp)
    for cp in (*range(0x2600, 0x27C0), *range(0x1F300, 0x1FB00))
    if unicodedata.category(chr(cp)) == "So"
)


def _ranges(chars: str) -> str:
    """``chars`` (sorted) as a regex class body of ranges."""
    out: list[str] = []
    start = prev = ord(chars[0])
    for cp in (*map(ord, chars[1:]), -1):
        if cp != prev + 1:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = cp
        prev = cp
    return "".join(out)


TALK_CHARACTERS = "A-Za-z .,!?'" + _ranges(_PICTOGRAPHS) + "\ufe0f\u200d"
_TALK_LINE = re.compile("[" + TALK_CHARACTERS + "]+")

# What the word-driven steps look for in such a line, lower-cased (a superset of each gate: a
# line holding one is read the long way). plain_text.plain's marks: "good till cancel",
# time-in-force flags, a leverage glued to a side; the ladder sentences
# ("scaling in", "split", "DCA", "ladder", "averaging"), ordinal ladders ("first"), the update
# words of other languages and of slang, "as long as", "next stop", "10 kat", Arabizi words
STEP_WORDS: tuple[str, ...] = (
    *("ancel", "gtc", "ioc", "fok", "gtd", "xlong", "xshort"),
    *("scal", "split", "dca", "ladder", "averag", "first"),
    *("ong a", "xt stop", "kat", "barabar", "usd", "perp"),
    *_LATIN_STEMS,
    *_MORE_STEMS,
    *_MORE_SCRIPT_STEMS,
    *_OTHER_STEMS,
    *_SLANG_STEMS,
    *_SLANG_STEMS_MORE,
    *_LETTER_GROUPS,
)
# (a word holding a letter beyond ASCII cannot stand in such a line: not looked for)
_STEP_WORDS = re.compile(
    by_first_character(tuple(re.escape(w.lower()) for w in STEP_WORDS if w.isascii()))
)
# a confidence meter's label ("Confidence ★★★☆☆"): drawn with pictographs, so looked for in a
# line holding one (an ASCII line has no meter: no "#", "=" or "-")
_METER_WORD = "onf"


def _cased_gate(text: str) -> bool:
    """The case-sensitive gates: a one-letter side or label between spaces ("SOL L …", "… S
    …") and a target's Roman ordinal ("TP I", "Target V"), as those steps test them."""
    return (
        " L " in text
        or " S " in text
        or (" I" in text and ("P I" in text or "t I" in text or "T I" in text))
        or (" V" in text and ("P V" in text or "t V" in text or "T V" in text))
    )


def plain_talk_line(text: str) -> bool:
    """Whether ``text`` is a line of plain talk the normalisation leaves exactly as it is."""
    return (
        _TALK_LINE.fullmatch(text) is not None
        and not text.isspace()
        and not _cased_gate(text)
        and _STEP_WORDS.search(low := lower_case(text)) is None
        and (text.isascii() or _METER_WORD not in low)
    )
