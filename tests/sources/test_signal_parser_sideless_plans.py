"""Analysis and teaching posts that give levels and an example leverage but never a side go to
review; a card that states its side keeps its reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind
from tradermanager.sources.signal_parser.sideless_plans import hedged_plan


@pytest.mark.parametrize(
    "text",
    [
        "DOT is being analyzed here using a risk-defined trading plan.\nEntry zone: around 6.412"
        "\nTarget: 6.71\nStop: 6.2\nLeverage (e.g., x50)",
        "Trade plan breakdown: $FET\nEntry: 1,274\nTake profit: 1,301\nStop loss: 1,233"
        "\nLeverage: for example 25x",
        "#OP technical analysis\nKey level near 2.118\nTargets: 2.06 / 2.01\nInvalidation: 2.2"
        "\nLeverage such as 10x",
        "How this #APT setup is planned:\nEntry around 8,91\nTP 9,15\nSL 8,62\nLev e.g. 20x",
    ],
)
def test_sideless_plan_with_example_leverage_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert parsed.side is None


@pytest.mark.parametrize(
    "text",
    [
        "#DOT LONG\nEntry: 6.412\nTarget: 6.71\nStop: 6.2\nLeverage (e.g., x50)",
        "#LINK\nEntry: 14.2\nStop loss: 13.6\nTake profit: 15.1",
    ],
)
def test_cards_reading_as_before_are_kept(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


def test_plain_analysis_talk_stays_talk() -> None:
    text = "BTC technical analysis: market ranging, no trade today."
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["SOL", "AVAX", "NEAR", "INJ", "ATOM"]),
    entry=st.floats(min_value=1, max_value=500),
    long=st.booleans(),
    lev=st.integers(min_value=2, max_value=100),
    word=st.sampled_from(["e.g.", "for example", "such as"]),
)
def test_example_leverage_without_side_is_never_copied(
    coin: str, entry: float, long: bool, lev: int, word: str
) -> None:
    sign = 1 if long else -1
    text = (
        f"{coin} is being analyzed here.\nEntry: {entry:.3f}\n"
        f"Target: {entry * (1 + sign * 0.03):.3f}\nStop: {entry * (1 - sign * 0.02):.3f}\n"
        f"Leverage {word} {lev}x"
    )
    assert hedged_plan(text.lower())
    assert parse_message(text).kind is not MessageKind.SIGNAL
