"""Texts the property tests drew that the parser once mishandled, kept as plain examples."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.message_parts import MessageParts, find_symbol


@pytest.mark.parametrize(
    "text",
    [
        # "Short" was cut to a coin "Shor" before a "t" read as a target word: a coin with no
        # place in the text, whose first position was then asked for
        "Long 1 Short 2:",
        "Long 1 LONGShort 2:",
        "Buy 1 Sellt 2",
        "short 8.998 Longt",
    ],
)
def test_a_coin_after_a_side_and_price_is_a_whole_word(text: str) -> None:
    found = find_symbol(text, text.lower())
    assert found is None or found.spans
    MessageParts(text, None)  # (raised IndexError)
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("sell 0.6825 dia", "DIA"),
        ("short 8.998 atom tp 8.5", "ATOM"),
        ("LONG 148 SOL t 150", "SOL"),
    ],
)
def test_a_coin_after_a_side_and_price_is_still_read(text: str, base: str) -> None:
    found = find_symbol(text, text.lower())
    assert found is not None and found.market.base == base and found.spans
