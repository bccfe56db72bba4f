"""Readings found wrong in use: a whole number after an entry label and before a dash is the
first end of a range unless the card numbers its levels; a whole number above any level's
number after "target" in a hit is the price reached; a board of several coins' marks is
sent to review, one coin's mark line is its update."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.model import MAX_LEVEL_INDEX


def _card(entry_line: str, targets: str, stop: str) -> str:
    return f"ADA/USDT LONG\n{entry_line}\nTP {targets}\nSL {stop}"


@pytest.mark.parametrize(
    ("entry_line", "entries"),
    [
        ("ENTRY 10 - 9.9", (9.9, 10.0)),
        ("Entry 10 – 9.9", (9.9, 10.0)),
        ("ENTRY 12 - 11.5", (11.5, 12.0)),
        ("ENTRY 9 - 8.8", (8.8, 9.0)),
        ("ENTRY 25 - 24.5", (24.5, 25.0)),
        ("Вход 10 - 9.9", (9.9, 10.0)),
        ("Entrada 10 - 9.9", (9.9, 10.0)),
        ("Entry: 10 - 9.9", (9.9, 10.0)),
    ],
)
def test_a_whole_number_then_a_dash_and_a_price_near_it_is_a_range(
    entry_line: str, entries: tuple[float, ...]
) -> None:
    parsed = parse_message(_card(entry_line, "30 40", "5"))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.entry_kind) == (entries, "range")


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # a ladder numbered 1, 2: each number is its level's
        ("ADA/USDT LONG\nENTRY 1 - 1.20\nENTRY 2 - 1.15\nTP 1.3 1.4\nSL 0.9", (1.2, 1.15)),
        # far from the price after the dash: no range spans that much
        ("ADA/USDT LONG\nEntry 1 - 9.9\nTP 30 40\nSL 5", (9.9,)),
        # the number closed by a colon is the level's
        ("ADA/USDT LONG\nEntry 2: 9.9\nTP 30 40\nSL 5", (9.9,)),
    ],
)
def test_a_numbered_level_keeps_its_number_out_of_the_prices(
    text: str, entries: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries


@pytest.mark.parametrize("entry_line", ["ENTRY 1 - 1.20", "Entry 2 - 1.5", "ENTRY 3 – 2.4"])
def test_a_number_before_a_dash_that_may_be_either_goes_to_review(entry_line: str) -> None:
    parsed = parse_message(_card(entry_line, "4 5", "0.9"))
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "range" in parsed.reason


@settings(max_examples=200, deadline=None)
@given(
    st.integers(2, 20),
    st.integers(1, 9),
    st.sampled_from(["ENTRY", "Entry", "Buy", "Entry zone"]),
    st.sampled_from([" - ", " – "]),
)
def test_a_range_from_a_whole_number_is_never_read_as_a_numbered_entry(
    whole: int, tenths: int, label: str, dash: str
) -> None:
    low = round(whole - tenths * whole / 100, 4)  # within 9 % below the whole number
    text = _card(f"{label} {whole}{dash}{low}", f"{whole * 2} {whole * 3}", f"{whole / 2}")
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.entries == (low, float(whole)), text


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("BTC target 40 hit ✅", 40.0),
        ("#SOL tp 25 hit", 25.0),
        ("ETH target 3420 hit ✅", 3420.0),
    ],
)
def test_a_hit_named_by_a_number_above_any_level_s_carries_that_price(
    text: str, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.target_index, parsed.price) == (
        FollowUpAction.TARGET_HIT,
        None,
        price,
    )


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["BTC", "ETH", "SOL", "LINK"]),
    st.integers(1, 99),
    st.sampled_from(["{c} target {n} hit ✅", "#{c} TP{n} hit", "{c} tp {n} reached ✅"]),
)
def test_no_target_number_above_the_highest_level_s(coin: str, n: int, template: str) -> None:
    parsed = parse_message(template.format(c=coin, n=n))
    if parsed.target_index is not None:
        assert parsed.target_index == n <= MAX_LEVEL_INDEX


@pytest.mark.parametrize(
    "text",
    [
        "✅ LINK TP1\n✅ BNB TP2\n❌ SEI SL",
        "✅ #LINK TP1\n✅ #BNB TP2\n❌ #SEI SL",
        "✅ SOL TP2\n✅ AVAX TP1",
    ],
)
def test_a_board_of_several_coins_marks_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed.reason


@pytest.mark.parametrize(("text", "index"), [("✅ LINK TP1", 1), ("✅ #BNB TP2", 2)])
def test_one_coin_s_mark_line_is_its_target_hit(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.target_index) == (FollowUpAction.TARGET_HIT, index)
