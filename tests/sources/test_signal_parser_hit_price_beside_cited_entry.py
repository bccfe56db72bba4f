"""A target hit that names its own price beside the call's entry ("SOL short at 148.2? TP 144 hit
✅"): the hit's price is the other number, never the entry written after the side."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Who took the SOL short at 148.2? TP 144 hit ✅", 144.0),
        ("SOL short at 148.2? TP 144 hit ✅", 144.0),
        ("ETH long at 3,450: target 3,520 reached 🎯", 3520.0),
        ("Re our ARB long at 1.1203: target 1.1564 reached", 1.1564),
    ],
)
def test_the_hit_price_is_not_the_entry_after_the_side(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "SOL long at 148.2 hit ✅",  # which price is the hit's is not written
        "SOL short at 148.2? TP 144 or 143 hit ✅",  # two other numbers
    ],
)
def test_a_hit_with_no_other_single_price_is_not_copied_at_the_entry(text: str) -> None:
    parsed = parse_message(text)
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.price == 148.2)


def test_a_close_keeps_the_price_after_its_side() -> None:
    parsed = parse_message("Closed 25% of the SUI long at 1.18")
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.price == 1.18
