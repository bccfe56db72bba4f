"""Words looked for in any case: ``AnyCaseWords`` tells what the case-insensitive regex of
them tells, on ASCII texts (a lower-cased copy searched) and on any other text (the regex)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

_WORDS = ("triangle", "wedge", "shoulders", "flag", "pennant", "double", "handle")
_FOUND = AnyCaseWords(_WORDS)
_ANY_CASE = re.compile("|".join(_WORDS), re.I)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("LQTY falling wedge: target of the pattern near 1.2", True),
        ("ASCENDING TRIANGLE on SOL", True),
        ("Head and Shoulders 📉 invalid above 3.3", True),
        ("Cup and HaNdLe, 🎯 5.1", True),
        ("ſhoulders", True),  # a long s: the regex's Unicode folding, kept
        ("trıangle", True),  # a dotless i
        ("#ETH/USDT LONG\nLeverage: Cross 10x\nEntry: 255.81\nStop Loss: 248.14", False),
        ("Good morning traders ☕️ Big week ahead", False),
        ("", False),
    ],
)
def test_words_found_in_any_case(text: str, found: bool) -> None:
    assert _FOUND.search(text) is found
    assert (_ANY_CASE.search(text) is not None) is found


def test_only_lower_case_ascii_words() -> None:
    with pytest.raises(ValueError):
        AnyCaseWords(("Flag",))
    with pytest.raises(ValueError):
        AnyCaseWords(("ſhoulders",))


_PARTS = st.sampled_from(
    [
        *_WORDS,
        *("TRIANGLE", "Wedge", "sHoUlDeRs", "FLAG", "Pennant", "DOUBLE top", "handles"),
        *("trian", "gle", "wed", "ge", "ſ", "ı", "İ", "K", "é", "✅", "📉", " ", "\n", "1.5"),
        *("LONG", "Entry:", "a", "the"),
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PARTS, max_size=12))
def test_same_as_the_case_insensitive_regex(parts: list[str]) -> None:
    text = "".join(parts)
    assert _FOUND.search(text) is (_ANY_CASE.search(text) is not None), text


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=40))
def test_same_as_the_case_insensitive_regex_in_any_characters(text: str) -> None:
    assert _FOUND.search(text) is (_ANY_CASE.search(text) is not None), text


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_same_as_the_case_insensitive_regex_in_ascii(text: str) -> None:
    assert _FOUND.search(text) is (_ANY_CASE.search(text) is not None), text
