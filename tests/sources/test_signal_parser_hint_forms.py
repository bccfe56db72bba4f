"""The follow-up hint tests skip the words that cannot stand in a text: a word with a character
beyond ASCII is never tested on an ASCII text, and on a wider text only when the text holds its
first such character. Each answer stays what a substring test of every word answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import follow_ups

_LISTED = list(follow_ups._ONE_BYTE.values())


@pytest.mark.parametrize("known", _LISTED, ids=lambda known: known[0][0])
def test_every_word_of_a_listed_tuple_keeps_a_form(known: tuple) -> None:
    words, ascii_words, by_char, chars = known
    assert ascii_words == tuple(w for w in words if w.isascii())  # (in the tuple's order)
    wide = [w for w in words if not w.isascii()]
    assert sorted(f for forms in by_char.values() for f in forms) == sorted(
        map(follow_ups._one_byte, wide)
    )
    assert chars == frozenset(by_char)
    for word in wide:
        first = next(c for c in word if not c.isascii())
        assert follow_ups._one_byte(word) in by_char[first], word


@pytest.mark.parametrize(
    "text",
    [
        "market is choppy, be patient. we wait for confirmation before the next entry.",
        "sl hit",
        "tp1 done, move stop to entry",
        "отмена сигнала",
        "止损触发 ❌",
        "weekly results soon 🔥 thank you all!",
        "cancelled ☕️",
        "cắt lỗ đã chạm",
        "",
    ],
)
def test_hint_words_on_any_text(text: str) -> None:
    for words, *_ in _LISTED:
        assert follow_ups._has(text, words) == any(w in text for w in words), words


def test_a_tuple_not_listed_tests_every_word() -> None:
    words = ("отмен", "zzz")
    assert follow_ups._has("отмена", words)
    assert not follow_ups._has("cancel", words)
    assert follow_ups._has("a zzz ☕", words)


_ALPHABET = st.sampled_from(
    [
        *sorted({c for known in _LISTED for word in known[0] for c in word}),
        *("🔥", "☕", "\ufe0f", "\ud83d", " ", "\n", "é"),
    ]
)
_ASCII_ALPHABET = st.sampled_from(
    [*sorted({c for known in _LISTED for word in known[0] for c in word if c.isascii()}), " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_hint_tests_answer_as_substring_tests(text: str) -> None:
    for words, *_ in _LISTED:
        assert follow_ups._has(text, words) == any(w in text for w in words), words


@settings(max_examples=300, deadline=None)
@given(st.lists(_ASCII_ALPHABET, max_size=30).map("".join))
def test_hint_tests_on_ascii_texts_answer_as_substring_tests(text: str) -> None:
    for words, *_ in _LISTED:
        assert follow_ups._has(text, words) == any(w in text for w in words), words
