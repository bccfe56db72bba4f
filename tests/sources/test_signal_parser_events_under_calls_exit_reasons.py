"""Events written under the call they update, stop exits given by a worded exit reason, prices
on "Reached:" / "filled" / "exit level" lines, a stop kept where it is, and counted shares of
the trades: read as the one event, never as a new call."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "action", "price", "index"),
    [
        ("📌 OP LONG 2.399\nClosed: 2.4786 (manual)", FollowUpAction.CLOSE, 2.4786, None),
        ("🟢 DOT SHORT 6.512\nClosed: 6.38", FollowUpAction.CLOSE, 6.38, None),
        (
            "Signal: SHORT TIA/USDT from 10.276\nUpdate: stop loss hit (10.654)",
            FollowUpAction.STOP_HIT,
            10.654,
            None,
        ),
        (
            "Tracking AVAXUSDT SHORT from 34.19\nTP1 reached: 33.66",
            FollowUpAction.TARGET_HIT,
            33.66,
            1,
        ),
        (
            "LONG ATOM-USDT (entry 7.64, SL 7.37)\n→ TP2 ✅ 7.792",
            FollowUpAction.TARGET_HIT,
            7.792,
            2,
        ),
        (
            "Exit reason: stop loss\nPair: LTCUSDT\nClose rate: 82.2\nProfit: -2.4%",
            FollowUpAction.STOP_HIT,
            82.2,
            None,
        ),
        (
            "Exit reason: Stop-loss\nPair: SOL/USDT\nClose rate: 141.25",
            FollowUpAction.STOP_HIT,
            141.25,
            None,
        ),
        ("⛔ TRX-USDT — stop hit, filled 0.12602", FollowUpAction.STOP_HIT, 0.12602, None),
        (
            "Target 2 achieved for #SOLUSDT\nReached: 148.58",
            FollowUpAction.TARGET_HIT,
            148.58,
            2,
        ),
        ("TP3 done ✔ #1INCH\nexit level 0.4431", FollowUpAction.TARGET_HIT, 0.4431, 3),
        ("TRX/USDT — TP1 touched @ 0.11162 (+2.2%)", FollowUpAction.TARGET_HIT, 0.11162, 1),
    ],
)
def test_event_read_with_its_price(
    text: str, action: FollowUpAction, price: float, index: int | None
) -> None:
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP, got.reason
    assert got.actions == (action,)
    assert got.price == price
    assert got.target_index == index


@pytest.mark.parametrize(
    "text",
    [
        "Keep the stop at 0.11889 on $TRX for now",
        "leave your SL at 5.204 on NEAR",
        "11 of 19 signals this month hit at least TP1 🎯",
        "17 out of 20 calls reached TP2 last month",
    ],
)
def test_talk_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # a call whose second line names a target with no event: still a call
        "BTC LONG 63450\nTP1 64200",
        # an event below a call at a price on the wrong side of its entry: not read as the event
        "Tracking AVAXUSDT SHORT from 34.19\nTP1 reached: 35.66",
    ],
)
def test_not_an_event_read_wrong(text: str) -> None:
    got = parse_message(text)
    assert not (got.kind is MessageKind.FOLLOW_UP and got.price == 35.66)
    if "reached" not in text:
        assert got.kind is not MessageKind.FOLLOW_UP


@settings(max_examples=40, deadline=None)
@given(
    coin=st.sampled_from(["SOL", "AVAX", "LINK", "ADA", "INJ"]),
    entry=st.floats(min_value=1, max_value=500),
    gain=st.floats(min_value=0.005, max_value=0.08),
    long=st.booleans(),
)
def test_closed_line_under_a_call_is_the_close(
    coin: str, entry: float, gain: float, long: bool
) -> None:
    entry = round(entry, 3)
    out = round(entry * (1 + gain if long else 1 - gain), 3)
    side = "LONG" if long else "SHORT"
    got = parse_message(f"📌 {coin} {side} {entry}\nClosed: {out}")
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.actions == (FollowUpAction.CLOSE,)
    assert got.price == out
    assert got.close_fraction == 1.0
