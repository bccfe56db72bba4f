"""The steps of ``plain_text.plain`` that a text without a digit skips: each rewrites only
what its pattern finds around a digit, so on any text without one it changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import plain_text as pt
from tradermanager.sources.signal_parser.average_notes import (
    without_average_lines,
    without_average_notes,
)
from tradermanager.sources.signal_parser.card_headings import (
    icon_row_labelled,
    without_heading_counts,
)
from tradermanager.sources.signal_parser.typed_fast import undo_typing

# every step gated on a digit, as plain() runs it
_STEPS: dict[str, Callable[[str], str]] = {
    "hashtag before a value": lambda t: pt._HASHTAG_BEFORE_VALUE.sub(pt._hashtag_label, t),
    "thread parts": pt._thread_parts,
    "heading counts": without_heading_counts,
    "icon rows": icon_row_labelled,
    "numbered orders": pt._numbered_orders,
    "label ranges": pt._label_ranges,
    "unnumbered orders": pt._unnumbered_orders,
    "glued quote": lambda t: pt._GLUED_QUOTE.sub(r"\1 ", t),
    "apostrophe groups": lambda t: pt._APOSTROPHE_GROUP.sub("", t),
    "letter cells": pt._letter_cells,
    "struck values": lambda t: pt._STRUCK.sub("", t),
    "order levels": pt._order_levels,
    "underscore range": lambda t: pt._UNDERSCORE_RANGE.sub(r"\1 _ \2", t),
    "typing": undo_typing,
    "zone note": pt._zone_note,
    "averages": lambda t: without_average_lines(without_average_notes(t)),
    "no-trade lines": lambda t: pt._no_trade_lines(t, t.lower()),
    "glued list comma": lambda t: pt._GLUED_LIST_COMMA.sub(", ", t),
    "values first": pt._values_first,
    "look-alike points": lambda t: pt._LOOKALIKE_POINT.sub(".", t),
}

# the words and marks the steps look for, without a digit
_PARTS = [
    *("Buy ", "buy ", "BUY ", "Sell ", "sell ", "long", "SHORT ", "order ", "DCA ", "Entry"),
    *("entry", "ntry,", "Limit ", "limit ", "Market ", "Type: ", "TP", "tp", "Target ", "T "),
    *("t ", "sl", "SL", "stop", "Stop ", "in ", "out ", "IN ", "avg ", "Average: ", "ø ", "best "),
    *("ideal ", "no position", "targets", "USD", "usdt", "st ", "nd ", "x", "s ", "L ", "lng "),
    *("#", "#Entry", "#TP", "/", "|", " | ", "||", "~", "~~", "_", "*", "`", "'", "’", " , "),
    *(",", ".", " · ", "·", "\u2024", "-", " - ", "–", "—", ":", "=", "(", ")", "[", "]", "@"),
    *("$", "✅", "🎯", "❌", "⛔", "🛑", "\n", " ", "\t", "①", "½", "²", "Ⅳ", "₁", "x "),
]
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PARTS), max_size=30).map("".join),
    st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=60),
)


@pytest.mark.parametrize("name", sorted(_STEPS))
@pytest.mark.parametrize(
    "text",
    [
        "Cancelled",
        "Buy SOL now\nSell ETH later",
        "#Entry zone soon | targets ~ best fill",
        "TP one - TP three: later",
        "Entry, targets and stop in the next post · no position yet",
        "sol s @ market\nt soon sl soon",
        "avg entry ~ ideal",
    ],
)
def test_a_step_leaves_a_text_without_digits(name: str, text: str) -> None:
    assert _STEPS[name](text) == text


@pytest.mark.parametrize(
    ("text", "digits"),
    [("Cancelled", False), ("TP1 ✅", True), ("SOL ① ½ ²", False), ("٣ targets", True)],
)
def test_the_gate_finds_any_digit(text: str, digits: bool) -> None:
    assert (pt._DIGIT.search(text) is not None) == digits


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_no_gated_step_changes_a_text_without_digits(text: str) -> None:
    for step in _STEPS.values():
        assert step(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Good morning traders ☕️ Big week ahead, stay disciplined.",
        "<b>Cancelled</b> &amp; closed",
        "*Market* order now, no limit (SHORT)",
        "||spoiler|| \\(escaped\\)",
    ],
)
def test_plain_of_a_text_without_digits_runs_the_steps_without_digits(text: str) -> None:
    assert pt._DIGIT.search(pt.plain(text)) is None
