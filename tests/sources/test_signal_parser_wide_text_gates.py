"""Literal tests on texts of wide characters (an emoji, another script) read as on ASCII texts:
the any-case word search on a lower-cased copy, the follow-up hints on a one-byte copy. Each
answers exactly what the slower form answers, over every code point that could differ and
over generated texts."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import follow_ups
from tradermanager.sources.signal_parser.literal_first import FOLDS_TO_ASCII, AnyCaseWords

_WORDS = AnyCaseWords(("triangle", "wedge", "shoulders", "flag", "pennant", "double", "handle"))
# letters of the words in both cases, the characters that fold to ASCII ones, emoji, Cyrillic,
# Greek, CJK, combining marks, spaces
_ALPHABET = st.sampled_from(
    [
        *"trianglewedgshoulfpbTRIANGLEWEDGSHOULFPB \n.:-",
        *("\u0130", "\u0131", "\u017f", "\u212a", "🔥", "✅", "☕", "\ufe0f", "\u0307"),
        *"ДЖлжΣσς漢字éÉßẞﬂﬁ",
    ]
)


def test_every_code_point_folding_to_ascii_is_listed() -> None:
    ascii_letter = re.compile("[a-z]", re.I)
    for cp in range(0x80, sys.maxunicode + 1):
        char = chr(cp)
        folds = ascii_letter.fullmatch(char) is not None or any(c.isascii() for c in char.lower())
        assert folds == (FOLDS_TO_ASCII.search(char) is not None), hex(cp)


@pytest.mark.parametrize(
    "text",
    [
        "🔥 SOL falling wedge: target 152",
        "ДВОЙНОЕ дно, double bottom ✅",
        "Bull ＦＬＡＧ 🚩",
        "Head and ſhoulders 📉",  # the long s: folds to "s" in any case, not in lower()
        "PENNANT ✅",
        "TRİANGLE 🔺",  # a dotted capital I: "i" in any case
        "🔥 LONG SOL 148.2",
        "Ѕhoulders",  # a Cyrillic S: no match either way
    ],
)
def test_any_case_words_on_wide_texts(text: str) -> None:
    assert _WORDS.search(text) == (_WORDS.any_case.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_any_case_words_answer_as_the_case_insensitive_pattern(text: str) -> None:
    assert _WORDS.search(text) == (_WORDS.any_case.search(text) is not None)


_HINT_TUPLES = [known[0] for known in follow_ups._ONE_BYTE.values()]
# characters of the hint words (Latin, Cyrillic, CJK, Arabic, Hangul, Thai, Devanagari, signs),
# emoji, a lone surrogate (texts decoded leniently hold them), spaces
_HINT_ALPHABET = st.sampled_from(
    [
        *sorted({c for words in _HINT_TUPLES for word in words for c in word}),
        *("🔥", "☕", "\ufe0f", "\ud83d", "\u0130", " ", "\n", "é", "ß"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "good morning traders ☕️ big week ahead, respect your stops.",
        "отмена сигнала 🔥",
        "止损触发 ❌",
        "tp1 ✅ 🎯",
        "weekly results soon 🔥 thank you all!",
        "\ud83d cancel",
        "café closed ✅",
    ],
)
def test_hint_words_on_wide_texts(text: str) -> None:
    for words in _HINT_TUPLES:
        assert follow_ups._has(text, words) == any(w in text for w in words), words


@settings(max_examples=300, deadline=None)
@given(st.lists(_HINT_ALPHABET, max_size=30).map("".join))
def test_hint_words_answer_as_substring_tests(text: str) -> None:
    for words in _HINT_TUPLES:
        assert follow_ups._has(text, words) == any(w in text for w in words), words
