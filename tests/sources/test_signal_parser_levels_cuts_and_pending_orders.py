# ruff: noqa: E501  (messages are written whole, as bots post them)
"""Bots' and copiers' notices of one step of a trade: a take-profit told as a level's number, a
position cut or taken flat at a price, a close told beside the share it leaves, a safety order
by its short name, a copier's average close; one order of a ladder cancelled and a trailing stop
armed (review); orders still pending, retries, safety orders to come, a liquidation price worked
out and a plan of how to take profit (talk)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "symbol", "index", "price"),
    [
        ("🎯 TP level: 2 reached · #1INCHUSDT · +2.9%", "1INCH", 2, None),
        ("✅ LINKUSDT take-profit level 1/3 executed · price 13.632", "LINK", 1, 13.632),
        ("Level 3 of 4 done ✅ AVAX-USDT (+4.2%)", "AVAX", 3, None),
        ("🏁 ETH/USDT target level #2 hit @ 3350.5", "ETH", 2, 3350.5),
        ("NEARUSDT take profit level 1 of 2 filled at $5.812", "NEAR", 1, 5.812),
        ("🎯 Take-Profit level: 4 achieved — 1000PEPEUSDT", "1000PEPE", 4, None),
    ],
)
def test_a_level_number_is_the_target_hit(
    text: str, symbol: str, index: int, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.symbol == symbol
    assert parsed.target_index == index
    assert parsed.close_fraction is None  # ("1/3" counts the levels: no third closed)
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "SOL support level 2 reached at 140",
        "BTC TP level 2 almost reached",
        "👀 ETHUSDT: 0.4% away from TP level 2",
        "Waiting for take-profit level 3 on ADAUSDT",
    ],
)
def test_a_level_not_reached_or_not_a_target_is_no_hit(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.action is not FollowUpAction.TARGET_HIT


@pytest.mark.parametrize(
    ("text", "symbol", "share", "price"),
    [
        ("🔁 SOL/USDT LONG → FLAT at 136.97", "SOL", 1.0, 136.97),
        ("DOGEUSDT short -> flat @ 0.16234", "DOGE", 1.0, 0.16234),
        (
            "🛡 Auto-reduce: #SUIUSDT cut by 30% at 1.0642 to keep the margin ratio under 80%",
            "SUI",
            0.3,
            1.0642,
        ),
        ("Risk guard: ARBUSDT cut 25% @ 1.2451", "ARB", 0.25, 1.2451),
        ("📤 Partial close WIFUSDT · 25% · price 2.5082 · remaining 75%", "WIF", 0.25, 2.5082),
        ("Partial close ATOMUSDT 40% at 8.412, remaining 60%", "ATOM", 0.4, 8.412),
    ],
)
def test_a_cut_a_flat_and_a_share_beside_what_remains(
    text: str, symbol: str, share: float, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.symbol == symbol
    assert parsed.close_fraction == pytest.approx(share)
    assert parsed.price == price


def test_a_share_and_a_remainder_that_do_not_make_the_whole_go_to_review() -> None:
    parsed = parse_message("Closed 30% of SOL at 150, remaining 50%")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Fed rate cut by 25% at the next meeting?",
        "BTC trading flat at 64200 all day",
        "Market flat, SOL at 148.2, nothing to do",
    ],
)
def test_a_market_cut_or_flat_is_no_close(text: str) -> None:
    assert parse_message(text).action is not FollowUpAction.CLOSE


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("SO #3 ✅ #1INCHUSDT @ 0.441 | avg 0.4471 | used 3/5", "1INCH", 0.441),
        ("SO #2 ✅ TIAUSDT @ 10.023 | avg 10.163 | used 2/4", "TIA", 10.023),
    ],
)
def test_a_safety_order_by_its_short_name_is_the_entry_filled(
    text: str, symbol: str, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.ENTRY_FILLED
    assert parsed.symbol == symbol
    assert parsed.price == price


def test_a_copiers_average_close_is_the_exit() -> None:
    parsed = parse_message(
        "💼 LTC/USDT position closed ✅\nAvg entry: 82.41\nAvg close: 84.07\nClosed PnL: +39.14 USDT\nFees: 1.95 USDT"
    )
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert (parsed.close_fraction, parsed.price) == (1.0, 84.07)


@pytest.mark.parametrize(
    "text",
    [
        "❎ OP/USDT entry 3 at 2.4604 cancelled — price moved away",
        "SOLUSDT: Entry #2 cancelled",
        "ETH 2nd entry cancelled, first one filled",
        "🔔 TIA/USDT: trailing stop armed at 10.005 (callback 0.5%)",
        "BNBUSDT trailing SL armed @ 612.4",
    ],
)
def test_one_ladder_order_cancelled_and_a_trailing_stop_armed_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_the_call_cancelled_is_still_a_cancel() -> None:
    parsed = parse_message("OP/USDT signal cancelled — price moved away")
    assert parsed.action is FollowUpAction.CANCEL


@pytest.mark.parametrize(
    "text",
    [
        "⌛ ADA/USDT entry 2 still waiting at 0.4643",
        "🔔 LTCUSDT: partial close 20% pending at 83.9",
        "🔁 Retry 1/3: SHORT #AVAXUSDT @ 33.14",
        "retrying 2/3 LONG XRPUSDT @ 0.5123",
        "⏳ 1000BONK/USDT: next safety order at 0.026961 (2 of 4 used)",
        "1INCH-USDT — max safety orders reached (5/5). Holding avg 0.4434.",
        "⚠️ DOTUSDT: all 6 safety orders used, no more averaging",
        "Liq. price for OPUSDT LONG 25x would be 2.0551 — keep the size small",
        "Plan: take 25% at TP1 on 1MBABYDOGE/USDT, then move the stop to entry",
    ],
)
def test_orders_to_come_retries_and_plans_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_call_with_a_plan_line_stays_a_call() -> None:
    parsed = parse_message(
        "SOLUSDT LONG\nEntry: 148.2\nTP1: 152\nTP2: 155\nSL: 144\nPlan: take 30% at TP1"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (152.0, 155.0)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 5),
    extra=st.integers(0, 3),
    price=st.decimals(min_value="0.01", max_value="999", places=4),
    coin=st.sampled_from(["SOL", "LINK", "AVAX", "DOGE", "1000PEPE"]),
)
def test_any_level_of_a_count_is_that_target_at_its_price(
    n: int, extra: int, price: object, coin: str
) -> None:
    text = f"✅ {coin}USDT take-profit level {n}/{n + extra} executed · price {price}"
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == n
    assert parsed.price == pytest.approx(float(str(price)))


@settings(max_examples=60, deadline=None)
@given(k=st.integers(1, 19), price=st.decimals(min_value="0.01", max_value="999", places=3))
def test_a_share_beside_its_remainder_closes_that_share(k: int, price: object) -> None:
    share = 5 * k
    text = f"📤 Partial close SOLUSDT · {share}% · price {price} · remaining {100 - share}%"
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == pytest.approx(share / 100)
