"""Cheap gates before costly reads: each gate lets through every text its read could change.

A gate is a search run once over the whole text (or a character test) that a text must pass
for a step to find anything; texts that fail it skip the step. These tests pin that each gate
is a necessary condition of its step — never a filter of its own — so results cannot change.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import (
    card_marks,
    keyboards,
    script_marks,
    sentence_ladders,
    two_cards,
)
from tradermanager.sources.signal_parser.symbols import listed_bases

# ---- two_cards: a line naming a coin alone ------------------------------------------------------

_COINS = ["TRX", "AVAX", "SOL", "1000PEPE", "ARB", "BTCUSDT", "ETHUSDC", "DOGE"]


@pytest.mark.parametrize(
    "line",
    [
        "💎 TRX",
        "Par: AVAX",
        "Coin - SOL 🚀",
        "#1000PEPE",
        "**DOGE**",
        "🔥 BTCUSDT 🔥",
        "TRX.P",
        "Pair –  ARB  ⚡",
    ],
)
def test_header_shape_finds_a_coin_named_alone(line: str) -> None:
    assert two_cards._header_coin(line, "XRP", listed_bases())
    assert two_cards._HEADER_SHAPE.search("\nEntry: 1.25\n" + line + "\nTP1: 1.31")


@pytest.mark.parametrize(
    "line",
    ["#SOL/USDT LONG", "Entry: 148.2", "TP1: 1.31", "BTC dominance slipped to 54.2%", "SL 0.91"],
)
def test_header_shape_passes_over_card_lines(line: str) -> None:
    assert not two_cards._HEADER_SHAPE.search("\n" + line)


_AROUND = st.text(alphabet=" #$:-–_.*💎🔥/|()xP12", max_size=6)
_LABEL = st.sampled_from(["", "Par: ", "Coin - ", "Pair– ", "Moeda：", "coin:", "Entry "])


@settings(max_examples=400, deadline=None)
@given(
    _AROUND, _LABEL, st.sampled_from(_COINS), st.sampled_from(["", "USDT", ".P", "/USDT"]), _AROUND
)
def test_header_shape_lets_through_every_line_header_coin_reads(
    before: str, label: str, coin: str, quote: str, after: str
) -> None:
    line = before + label + coin + quote + after
    if two_cards._header_coin(line, "XRP", listed_bases()):
        assert two_cards._HEADER_SHAPE.search("\nSL: 0.5\n" + line) is not None


# ---- card_marks: marks outside ASCII looked for only in texts holding such a character -----------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("TP I: 1.5", "TP1: 1.5"),
        ("TP V = 2", "TP5 = 2"),
        ("Target Ⅱ: 1.6", "Target2: 1.6"),
        ("T₂: 1.7", "T2: 1.7"),
        ("Entry: 1.2\n« Copy 25x »", "Entry: 1.2\n"),
        ("Entry: 1.2\n[ Copy 25x ]", "Entry: 1.2\n"),
        ("Entry · Stop · Target: 1.2 · 1.1 · 1.4", "Entry: 1.2\nSL: 1.1\nTP: 1.4"),
        ("Entry/SL/TP: 1.2 / 1.1 / 1.4", "Entry: 1.2\nSL: 1.1\nTP: 1.4"),
        ("148.20 ◀ now", "148.20"),
        ("148.20 <- now", "148.20"),
        ("but I think so", "but I think so"),
    ],
)
def test_card_marks_read_in_ascii_and_wider_texts(text: str, plain: str) -> None:
    assert card_marks.plain_marks(text) == plain
    # the same mark in a text holding an emoji elsewhere reads the same
    assert card_marks.plain_marks("🚀\n" + text) == "🚀\n" + plain


_MARK_TEXT = st.text(alphabet="TPt IVⅠⅡ₁₂:=/|·»«[]⟧◀←<-now 1.2Entry\n🚀", max_size=40)


@settings(max_examples=400, deadline=None)
@given(_MARK_TEXT)
def test_card_marks_ascii_texts_stay_ascii(text: str) -> None:
    """An ASCII text comes out ASCII (the ASCII test is read once, before the steps)."""
    if text.isascii():
        assert card_marks.plain_marks(text).isascii()


# ---- sentence_ladders: the sentence's words looked for in the lowered text ----------------------

_LADDER_WORDS = [
    "scaling in with",
    "split the entry into",
    "dca plan",
    "laddering",
    "I'll average in at",
]


@pytest.mark.parametrize(
    "text",
    [
        "SCALING IN WITH 3 ORDERS: 1.2, 1.1, 1.0",
        "Splitting my entry into 2 buys: 5 / 4.8",
        "DcA plan, 3 entries: 10, 9, 8",
        "we'll AVERAGE in at 0.5 and 0.45",
        "SPLİT the entry into 2 parts: 3 / 2.9",
        "ſcaling in with 2 orders: 3, 2.9",
        "splıt entry into 2 bids: 3 / 2.9",
    ],
)
def test_ladder_gate_passes_every_case_of_the_words(text: str) -> None:
    assert sentence_ladders.may_spell_ladder(text)


@pytest.mark.parametrize("text", ["#SOL LONG 148.2\nTP 150\nSL 144", "Target 1 ✅", "Ŝċâł"])
def test_ladder_gate_refuses_texts_without_the_words(text: str) -> None:
    assert not sentence_ladders.may_spell_ladder(text)
    assert sentence_ladders.spelled_ladder(text) == text


def _any_case(word: str, flips: list[bool], odd: list[int]) -> str:
    letters = []
    for i, ch in enumerate(word):
        if odd[i % len(odd)] == 1 and ch in "is":
            ch = {"i": "İı", "s": "ſS"}[ch][i % 2]
        letters.append(ch.upper() if flips[i % len(flips)] else ch)
    return "".join(letters)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab xyz:,/.0123456789\n🔥İıſK", max_size=12),
    st.sampled_from(_LADDER_WORDS),
    st.lists(st.booleans(), min_size=1, max_size=6),
    st.lists(st.sampled_from([0, 0, 1]), min_size=1, max_size=4),
    st.sampled_from([" 3 orders: 1.2, 1.1, 1.0", " 2 buys: 5 / 4.8", " 0.5 and 0.45", " 2 parts"]),
)
def test_ladder_gate_lets_through_every_text_the_sentence_matches(
    before: str, word: str, flips: list[bool], odd: list[int], rest: str
) -> None:
    """The case-blind sentence pattern finds nothing in a text the lowered-text gate refuses,
    whatever the case of its letters, even outside ASCII."""
    for text in (before + _any_case(word, flips, odd) + rest, before + rest):
        if sentence_ladders._SENTENCE.search(text) is not None:
            assert sentence_ladders.may_spell_ladder(text)
        if re.search(r"scal|split|dca|ladder|averag", text, re.I):
            assert sentence_ladders.may_spell_ladder(text)  # the old gate's every pass


# ---- keyboards and script_marks: a pattern opening with a look-behind, after its characters -----


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12.,/ x½⅓⅔¼¾⅕ab🔥\n", max_size=20))
def test_fraction_glyph_gate_lets_every_glyph_through(text: str) -> None:
    if keyboards._FRACTION_GLYPH.search(text) is not None:
        assert keyboards._ANY_FRACTION_GLYPH.search(text) is not None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12.,( -–،\nובלמהכשوبلفكאa🔥", max_size=20))
def test_glued_letter_gate_lets_every_glued_digit_through(text: str) -> None:
    if script_marks._GLUED_DIGITS.search(text) is not None:
        assert script_marks._GLUED_LETTER.search(text) is not None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("יעדים 152 ו0.6799", "יעדים 152 ו 0.6799"),
        ("152 و155", "152 و 155"),
        ("ب148.2", "ب 148.2"),
        ("TP 152 / 155", "TP 152 / 155"),
    ],
)
def test_glued_letters_still_written_apart(text: str, written: str) -> None:
    assert script_marks.written_apart(text) == written


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("close ½ here", "close 1/2 here"),
        ("⅓closed", "1/3 closed"),
        ("1½ 2", "1½ 2"),
        ("SL 5", "SL 5"),
    ],
)
def test_fraction_glyphs_still_typed(text: str, typed: str) -> None:
    assert keyboards.typed_as_ascii(text + " ✅") == typed + " ✅"
