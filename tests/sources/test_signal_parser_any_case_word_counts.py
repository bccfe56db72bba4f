"""``AnyCaseWords`` tests a few words one by one and searches the alternation of many: either
way it tells what the case-insensitive regex of the words tells."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import literal_first
from tradermanager.sources.signal_parser.literal_first import AnyCaseWords
from tradermanager.sources.signal_parser.member_brags import _BRAG_WORDS
from tradermanager.sources.signal_parser.scam_warnings import SCAM_HINT
from tradermanager.sources.signal_parser.talk_after_reading import _ANY_GATE

_WORD = st.text(alphabet="abcdeghilnorstuwy /.", min_size=1, max_size=8).filter(
    lambda word: word.strip() == word
)
_TEXT = st.text(alphabet="abcdeghilnorstuwyABCDEGHILNORSTUWY /.1ſıİK✅\n", max_size=60)


@pytest.mark.parametrize(
    ("words", "few"),
    [(_BRAG_WORDS, True), (SCAM_HINT, True), (_ANY_GATE, False)],
)
def test_a_gate_tests_its_words_one_by_one_only_when_they_are_few(
    words: AnyCaseWords, few: bool
) -> None:
    assert words.few is few
    assert (len(words.words) <= literal_first._FEW_WORDS) is few


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Caught SOL from 142 to 155 yesterday 🚀", True),
        ("ROde ETH 3,210 → 3,390 last night", True),
        ("I BOUGHT at 0.4523", True),
        ("took ſome", True),
        ("#ETH/USDT LONG\nLeverage: Cross 10x\nEntry: 255.81\nStop Loss: 248.14", False),
        ("Cancelled", False),
        ("", False),
    ],
)
def test_few_words_found_in_any_case(text: str, found: bool) -> None:
    assert _BRAG_WORDS.few
    assert _BRAG_WORDS.search(text) is found


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=30, unique=True), _TEXT)
def test_any_number_of_words_tells_what_the_regex_tells(words: list[str], text: str) -> None:
    found = AnyCaseWords(tuple(words))
    any_case = re.compile("|".join(re.escape(word) for word in words), re.I)
    assert found.few is (len(words) <= literal_first._FEW_WORDS)
    assert found.search(text) is (any_case.search(text) is not None), (words, text)
