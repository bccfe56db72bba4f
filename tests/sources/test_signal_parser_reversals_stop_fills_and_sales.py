"""Reversals, stop fills, sales' "closes", DCA buys, updates that repeat their call and partial
closes with a stop move: each either read with all its fields or sent to review, never copied
as a plain close or a new call."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "🤖 [ARB/USDT] Reverse signal: close SHORT, open LONG at 1.1843",
        "Reversing $INJ: closed the long, now short from 24.62",
        "Flip to short on #APT at 7.912, old long closed",
        "🔄 SEIUSDT: close LONG + open SHORT | price 0.4711",
        "Stop and reverse DOGE — SHORT now at 0.15832",
        "#WLD position flipped: SHORT ➜ LONG at 2.318",
        "SAR on LTC/USDT: exit LONG, enter SHORT @ 81.44",
    ],
)
def test_a_reversal_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("🛑 SOL/USDT SL filled @ 141.37 | position closed | PnL -22.1 USDT", 141.37),
        ("Stop loss order filled: OPUSDT 2.0417. Position closed.", 2.0417),
        ("⛔ ETH/USDT stop-loss triggered at 3381.5 — position closed", 3381.5),
        ("❌ $PEPE SL filled at 0.00000791, position closed", 0.00000791),
        ("ADAUSDT SL executed @ 0.4218 | trade closed | -1.0R", 0.4218),
    ],
)
def test_a_stop_fill_with_the_position_closed_is_the_stop_hit(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.actions == (FollowUpAction.STOP_HIT,)
    assert parsed.price == price
    assert parsed.close_fraction is None


def test_a_time_stop_stays_a_close() -> None:
    parsed = parse_message("⏱ #DOT time stop hit, no move in 20h — closing at market")
    assert parsed.action is FollowUpAction.CLOSE


def test_a_stop_fill_with_a_comma_in_its_price_goes_to_review() -> None:
    parsed = parse_message("Stop loss order filled: BTCUSDT 58,949.6. Position closed.")
    assert parsed.kind is not MessageKind.FOLLOW_UP or parsed.price == 58949.6


@pytest.mark.parametrize(
    "text",
    [
        "⏳ Reminder: VIP renewal closes Sunday, 30% off for current members.",
        "🖤 Black Friday: 40% off all plans, offer closes at midnight",
        "Registration for the bootcamp closes Monday — 15% off for early birds",
        "Early-bird window closes in 24h. Lifetime access 50% off.",
        "Sale closes tonight! Yearly plan now 20% off 🎉",
    ],
)
def test_a_sale_that_closes_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    ["Close 25% now", "$ETH: closing 25% here at 3402.5", "LINK/USDT: took 30% off @ 16.204"],
)
def test_a_close_of_a_share_is_no_sale(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "fraction", "price", "stop"),
    [
        ("$TIA: partial close 30% at 10.097, SL moved to 10.152", 0.3, 10.097, 10.152),
        ("#ATOM closed 40% at 8.812, stop now 8.733", 0.4, 8.812, 8.733),
        ("Closing 25% of SUI at 1.0874 and raising the stop to 1.0611", 0.25, 1.0874, 1.0611),
        ("$NEAR: secured 50% at 5.914. New SL 5.842", 0.5, 5.914, 5.842),
    ],
)
def test_a_partial_close_keeps_its_share_price_and_stop(
    text: str, fraction: float, price: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED)
    assert (parsed.close_fraction, parsed.price, parsed.new_stop) == (fraction, price, stop)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("🛒 AVAX/USDT DCA buy #3\nFilled at: 33.41\nNew average price: 34.02", 33.41),
        ("Bought more $DOGE (DCA 2) at 0.15211, avg now 0.15602", 0.15211),
        ("📥 DCA 4 | INJUSDT | price 24.337 | avg entry 25.01", 24.337),
    ],
)
def test_a_dca_buy_is_the_entry_filled_at_its_price(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.ENTRY_FILLED
    assert parsed.price == price


def test_a_dca_call_with_targets_is_no_fill() -> None:
    text = "SOL/USDT DCA long\nEntry: 141.2 - 137.5\nAvg entry 139.3\nTP1 145\nSL 133.9"
    assert parse_message(text).action is not FollowUpAction.ENTRY_FILLED


@pytest.mark.parametrize(
    "text",
    [
        "📈 Trade update: SHORT #ETH @ 3402.5\nSL 3470.1 triggered ⛔",
        "🔔 Alert update — LONG LINK/USDT @ 16.07\nTP2 reached at 16.71",
    ],
)
def test_an_update_repeating_its_call_is_no_new_call(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["DOT", "ARB", "1INCH", "PEPE", "BTC"]),
    st.floats(min_value=0.0001, max_value=90000, allow_nan=False).map(lambda v: round(v, 4)),
    st.sampled_from([("LONG", "SHORT"), ("SHORT", "LONG")]),
    st.sampled_from(
        [
            "Reverse signal: close {a}, open {b} at {p}",
            "{c}: flip to {b} at {p}",
            "{c} {a} ➜ {b} {p}",
        ]
    ),
)
def test_no_reversal_is_copied_as_a_close(
    coin: str, price: float, sides: tuple[str, str], layout: str
) -> None:
    text = layout.format(a=sides[0], b=sides[1], p=f"{price:g}", c=f"#{coin}")
    parsed = parse_message(text)
    assert parsed.action is not FollowUpAction.CLOSE
    assert parsed.kind is not MessageKind.SIGNAL or parsed.side is not None
