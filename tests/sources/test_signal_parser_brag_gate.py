"""The members' brag check's quick word test: every text the case-blind gate pattern finds
holds one of the quick test's words in some case, so a text without one skips nothing the
pattern could take."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import member_brags
from tradermanager.sources.signal_parser.member_brags import member_brag


def _words() -> tuple[str, ...]:
    return tuple(member_brags._BRAG_WORDS.any_case.pattern.split("|"))


def test_every_branch_of_the_gate_holds_a_word() -> None:
    for branch in member_brags._BRAG_GATE.pattern.split("|"):
        assert any(word in branch for word in _words()), branch


@pytest.mark.parametrize(
    "text",
    [
        "Caught SOL from 142 to 155 yesterday 🚀 thanks admin",
        "RODE ETH 3,210 → 3,390 last night",
        "Got in #ADA at 0.4523 and sold at 0.484 this morning",
        "got\nin",
        "I bought 142 and out 150 yesterday",
        "made a nice PROFIT 142 → 150 last week",
        "took me from 142 to 150 yesterday",
        "ſo I CAUGHT İt",
        "#SOL/USDT LONG\nEntry: 330.61\nStop Loss: 320.69",
    ],
)
def test_the_words_hold_every_gate_match(text: str) -> None:
    if member_brags._BRAG_GATE.search(text):
        assert member_brags._BRAG_WORDS.search(text)
    assert member_brag(text) == _brag_as_written(text)


def _brag_as_written(text: str) -> str | None:
    """The check with the case-blind gate alone."""
    if member_brags._BRAG_GATE.search(text) is None:
        return None
    low = text.lower()
    if member_brags._BRAG_VERB.search(low) is None or member_brags._EARLIER.search(low) is None:
        return None
    if len(member_brags._PRICE.findall(low)) < 2 or member_brags._PLAN.search(low):
        return None
    return "A member's finished trade told with its prices, in the past: talk."


_ALPHABET = st.sampled_from(
    [*"caughtrodebinpfkmCAUGHTRODEBINPFKM \n\t1.", "ſ", "İ", "ı", "K", "🚀", "é"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_a_text_the_gate_finds_holds_a_word(text: str) -> None:
    if member_brags._BRAG_GATE.search(text):
        assert member_brags._BRAG_WORDS.search(text)


def test_the_gate_is_the_case_blind_search_of_its_branches() -> None:
    assert member_brags._BRAG_GATE.flags & re.IGNORECASE
