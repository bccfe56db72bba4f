"""A signal's or post's own number beside a target hit is no price of the hit."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Signal 299 ➜ $XRP TP1 ✅", 1),
        ("No. 38 · NEAR · TP3 hit", 3),
        ("Call #412 — SOL TP2 ✅", 2),
        ("Trade 77: ADA TP1 reached ✅", 1),
    ],
)
def test_a_signal_number_is_no_hit_price(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.target_index == index
    assert parsed.price is None


def test_a_price_after_the_hit_is_still_read_beside_a_signal_number() -> None:
    parsed = parse_message("Signal 12 NEAR TP3 ✅ 5.84")
    assert parsed.target_index == 3
    assert parsed.price == 5.84
