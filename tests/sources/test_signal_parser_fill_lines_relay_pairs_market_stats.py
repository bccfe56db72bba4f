"""A hit or stop notice's price on a labelled fill line, a relay's key=value follow-ups joined by
commas or spaces, and market statistics posts read as talk."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        ("🎯 TAKE PROFIT 3 HIT\nXRP/USDT\nFilled: 0.6184\nRemaining: 20%", 3, 0.6184),
        ("✅ TP1 REACHED\nAVAXUSDT\nFill price: 38.72\nLeft open: 50%", 1, 38.72),
        ("Take-profit #2 executed\n#DOTUSDT\nExecuted at: 7.415\nRemaining size: 40%", 2, 7.415),
        ("🎯 Target 4 hit\nLTC/USDT\nAvg. fill: 92.6\nRemaining: 12 contracts", 4, 92.6),
        ("TP 2 ✅ hit\n#ETHUSDT\nAverage fill price: $3,412.5\nRemaining position: 25%", 2, 3412.5),
        ("TP 1 ✅ hit\n#ARBUSDT\nExit price: 1.2044\nRemaining position: 75%", 1, 1.2044),
        ("🟢 TAKE-PROFIT 2 FILLED\nADA-USDT Perp\nFilled — 0.4521\nProfit: +3.1%", 2, 0.4521),
    ],
)
def test_target_notice_takes_the_price_of_its_fill_line(
    text: str, index: int, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (FollowUpAction.TARGET_HIT,)
    assert parsed.target_index == index
    assert parsed.price == price
    assert parsed.close_fraction is None  # what is left open closes nothing


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("🔴 STOP-LOSS FILLED\nSOL/USDT LONG\nExecuted at: 139.85\nPnL: -2.4%", 139.85),
        ("⛔️ Stop loss hit\nDOGEUSDT SHORT\nAvg fill: 0.16311\nPosition closed", 0.16311),
        ("❌ SL TRIGGERED\n#LINKUSDT LONG\nFill price: 13.904\nLoss: -8.2 USDT", 13.904),
    ],
)
def test_stop_notice_takes_the_price_of_its_fill_line(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.price == price


def test_a_count_of_fills_is_no_price() -> None:
    parsed = parse_message("🎯 Target 2 hit\nBNB/USDT\nFilled: 2/3 orders")
    assert parsed.price != 2.0


@pytest.mark.parametrize(
    ("text", "base", "stop"),
    [
        ("signal=modify,symbol=TRXUSDT,sl_price=0.11988", "TRX", 0.11988),
        ("action=update symbol=SOLUSDT sl=139.4", "SOL", 139.4),
        ("cmd=move_sl, ticker=ETHUSDT, stop_loss=3380.5", "ETH", 3380.5),
        ("signal=modify&symbol=PEPEUSDT&stoploss=0.0000081", "PEPE", 0.0000081),
        ("command=amend,pair=LINKUSDT,stop_price=14.02", "LINK", 14.02),
    ],
)
def test_relay_stop_change_moves_the_stop(text: str, base: str, stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (FollowUpAction.STOP_MOVED,)
    assert parsed.symbol == base
    assert parsed.new_stop == stop


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("signal=close,symbol=ETHUSDT,qty_percent=50", 0.5),
        ("cmd=close ticker=INJUSDT qty_percent=25", 0.25),
        ("action=exit, symbol=BNBUSDT, percent=75", 0.75),
    ],
)
def test_relay_partial_close_keeps_its_share(text: str, share: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == share


@pytest.mark.parametrize(
    "text",
    [
        "action=set_tp,symbol=SOLUSDT,tp_price=150.2",
        "signal=modify,symbol=SOLUSDT,tp_price=150.2,sl_price=140",
        "action=trail symbol=AVAXUSDT sl=36.1",
        "signal=close,symbol=ETHUSDT,qty_percent=150",
    ],
)
def test_relay_change_it_cannot_place_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_relay_call_is_still_read_as_a_call() -> None:
    parsed = parse_message("signal=long,symbol=SOLUSDT,entry_price=145,sl_price=140,tp_price=150")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.stop_loss == 140


@pytest.mark.parametrize(
    "text",
    [
        "Long/short ratio of Binance top traders: 1.72 — most are long, careful.",
        "ETH long/short accounts ratio on OKX 2.05, retail heavily long",
        "Funding rate BTC +0.031% — longs paying, overheated",
        "SOL open interest at a record $4.1B 👀",
        "$540M liquidated in 24h, mostly longs",
        "Fear & Greed: 22 (Extreme Fear)",
        "BTC dominance 57.3%, alts bleeding",
        "Shorts/longs 1.4 on DOGE, squeeze possible",
    ],
)
def test_market_statistics_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "SOL long 145, funding 0.01%, TP 150 SL 140",
        "#AVAX SHORT\nEntry: 37.2\nTP: 35.9\nSL: 38.1\nFunding rate negative, shorts paid",
    ],
)
def test_call_quoting_funding_stays_a_call(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


def test_call_quoting_open_interest_without_levels_is_not_copied() -> None:
    assert parse_message("SOL long now, funding negative 🚀").kind is not MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=5),
    st.decimals(min_value="0.0001", max_value="99999", places=4),
    st.sampled_from(["Filled: ", "Fill price: ", "Executed at: ", "Avg. fill: ", "Exit price: "]),
)
def test_any_fill_line_price_is_the_hit_price(index: int, price: object, label: str) -> None:
    value = float(str(price))
    text = f"🎯 TAKE PROFIT {index} HIT\nSOL/USDT\n{label}{value}\nRemaining: 30%"
    parsed = parse_message(text)
    # read at that price, or not acted on
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.price == value
        assert parsed.target_index == index
