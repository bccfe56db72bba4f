"""The stop of what a partial close leaves ("Remaining SL s", "rest stop: s") is the stop moved
there, beside the close and its price; a trade told closed or done last week or last month,
wherever the words stand, is a result recalled (talk), not this trade's update."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "fraction", "price", "stop"),
    [
        ("AVAX — 60% closed (33.97). Remaining SL 34.43", 0.6, 33.97, 34.43),
        ("#SOL — 50% closed (151.2). Remaining stop: 148.9", 0.5, 151.2, 148.9),
        ("Booked 40% of $DOGE at 0.12911, rest SL 0.12603", 0.4, 0.12911, 0.12603),
        ("ETH/USDT 25% closed (3,481.5). Remaining stop loss 3,402", 0.25, 3481.5, 3402.0),
    ],
)
def test_the_stop_of_the_rest_is_moved_beside_the_close(
    text: str, fraction: float, price: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED)
    assert parsed.close_fraction == pytest.approx(fraction)
    assert parsed.price == pytest.approx(price)
    assert parsed.new_stop == pytest.approx(stop)


@pytest.mark.parametrize(
    "text",
    [
        "Results of our WIF/USDT long: TP1 ✅ TP2 ✅ TP3 ✅ closed last week 🏆",
        "Our ETH short: TP1 ✅ TP2 ✅ done last month",
        "#ADA long 0.4512 → all targets hit last week 🎯",
        "SOL trade from 142.5 finished last month at TP3",
    ],
)
def test_a_trade_ended_last_week_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#SOL TP2 hit ✅ move SL to entry",  # an update of now
        # an order to the readers beside the past: still an update
        "#ETH TP1 ✅ closed last week's BTC, now move your SL to entry",
    ],
)
def test_an_update_of_now_is_not_recalled(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["SOL", "ETH", "AVAX", "LINK"]),
    st.integers(min_value=1, max_value=9).map(lambda n: n * 10),
    st.floats(min_value=1, max_value=500).map(lambda v: round(v, 2)),
    st.floats(min_value=0.9, max_value=0.99).map(lambda f: round(f, 3)),
)
def test_remaining_stop_property(coin: str, share: int, price: float, ratio: float) -> None:
    stop = round(price * ratio, 2)
    parsed = parse_message(f"{coin} — {share}% closed ({price}). Remaining SL {stop}")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.new_stop == pytest.approx(stop)
    assert parsed.price == pytest.approx(price)
