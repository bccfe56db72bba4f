"""Cheap gates before costly reads: each gate lets through every text its read could change.

A gate is a search run once over the whole text (or a character test) that a text must pass
for a step to find anything; texts that fail it skip the step. These tests pin that each gate
is a necessary condition of its step — never a filter of its own — so results cannot change.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import two_cards
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
