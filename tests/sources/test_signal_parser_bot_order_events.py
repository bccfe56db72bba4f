"""Bots' and copiers' own order events read whole: an exchange's capital order words, a
framework's log lines, orders named by their role, spot bots' quote-first pushes, stops amended
on one line, account lines and reports that stay talk."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind
from tradermanager.sources.signal_parser.spot_bot_pushes import quote_first_pairs


def _follow(text: str, action: FollowUpAction, symbol: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is action
    assert parsed.symbol == symbol
    assert parsed.price == pytest.approx(price) if price is not None else parsed.price is None


@pytest.mark.parametrize(
    ("text", "action", "symbol", "price"),
    [
        (
            "Order update\nSymbol: AVAXUSDT\nSide: SELL\nPosition side: LONG\n"
            "Type: STOP_MARKET\nStatus: FILLED\nAvg price: 33,12\nQty: 40",
            FollowUpAction.STOP_HIT,
            "AVAX",
            33.12,
        ),
        (
            "Symbol: XRPUSDT\nSide: BUY\nPosition side: SHORT\nType: TAKE_PROFIT_MARKET\n"
            "Status: FILLED\nAvg price: 0.5012",
            FollowUpAction.TARGET_HIT,
            "XRP",
            0.5012,
        ),
        (
            "Symbol: ETHUSDT\nSide: SELL\nPosition side: SHORT\nType: LIMIT\nStatus: FILLED\n"
            "Avg price: 3,455.5",
            FollowUpAction.ENTRY_FILLED,
            "ETH",
            3455.5,
        ),
        (
            "BTCUSDT BUY LIMIT FILLED @ 61,250.5 (0.01) · LONG",
            FollowUpAction.ENTRY_FILLED,
            "BTC",
            61250.5,
        ),
        (
            "DOGEUSDT SELL TRAILING_STOP_MARKET FILLED @ 0.1523 · LONG",
            FollowUpAction.STOP_HIT,
            "DOGE",
            0.1523,
        ),
        ("ADAUSDT BUY LIMIT CANCELED @ 0.4521 (900) · LONG", FollowUpAction.CANCEL, "ADA", None),
        ("ADAUSDT SELL LIMIT EXPIRED @ 0.4521 · SHORT", FollowUpAction.CANCEL, "ADA", None),
        (
            "OPENED short position: Binance Perpetual Futures, ETH-USDT, qty: 0.5, "
            "entry_price: 3412.25",
            FollowUpAction.ENTRY_FILLED,
            "ETH",
            3412.25,
        ),
        (
            "CLOSED Short position: Bybit USDT Perpetual, ETH-USDT, qty: 0.5, "
            "entry_price: 3412.25, exit_price: 3350.5, PNL: 30.87 (1.81%)",
            FollowUpAction.CLOSE,
            "ETH",
            3350.5,
        ),
        (
            "EXECUTED order: Bybit USDT Perpetual, LINK-USDT, STOP, sell, qty: 12, price: 14.871",
            FollowUpAction.STOP_HIT,
            "LINK",
            14.871,
        ),
        (
            "CANCELED order: Bybit USDT Perpetual, LINK-USDT, LIMIT, buy, qty: 12, price: 15.1",
            FollowUpAction.CANCEL,
            "LINK",
            None,
        ),
        (
            "🛑 Bybit: ARB/USDT stop-loss order filled at 1.0432 (500 ARB)",
            FollowUpAction.STOP_HIT,
            "ARB",
            1.0432,
        ),
        (
            "Kucoin: ARB/USDT take profit order executed at 1.1544",
            FollowUpAction.TARGET_HIT,
            "ARB",
            1.1544,
        ),
        (
            "[kucoin] USDC-LINK: bought 12.5 LINK at 15.42",
            FollowUpAction.ENTRY_FILLED,
            "LINK",
            15.42,
        ),
        ("USDT-AVAX · DCA buy #3 filled at 31.07", FollowUpAction.ENTRY_FILLED, "AVAX", 31.07),
        ("USDT-AVAX · stop-limit sold 4 AVAX at 30.55", FollowUpAction.STOP_HIT, "AVAX", 30.55),
        (
            "Smart trade #88 · DOGE/USDT: closed at market 0.15231 by user",
            FollowUpAction.CLOSE,
            "DOGE",
            0.15231,
        ),
    ],
)
def test_bot_order_events_read(
    text: str, action: FollowUpAction, symbol: str, price: float | None
) -> None:
    _follow(text, action, symbol, price)


@pytest.mark.parametrize(
    ("text", "new_stop"),
    [
        ("✏️ Stop loss amended · AVAXUSDT · old 31.2 · new 32.05", 32.05),
        ("SL amended | #ETH | old: 3,301.5 | new: 3,350", 3350.0),
        ("Stop amended for DOGE/USDT, old 0.1401, new 0.1448", 0.1448),
    ],
)
def test_stop_amended_on_one_line_moves_to_the_new_level(text: str, new_stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.new_stop == pytest.approx(new_stop)


@pytest.mark.parametrize(
    "text",
    [
        "Symbol: SOLUSDT\nSide: BUY\nPosition side: LONG\nType: LIMIT\n"
        "Status: PARTIALLY_FILLED\nAvg price: 148.2",
        "Symbol: SOLUSDT\nSide: SELL\nPosition side: LONG\nType: LIMIT\n"
        "Status: FILLED\nAvg price: 152.3",
        "SUBMITTED order: Bybit USDT Perpetual, SOL-USDT, LIMIT, buy, qty: 3.4, price: 148.2",
        "Smart order #12 · SOL/USDT: entry order partially filled (40%) at 148.2",
    ],
)
def test_an_order_whose_share_is_not_told_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "SOLUSDT SELL LIMIT REJECTED @ 148.2 (3.4) · SHORT\nReason: Margin is insufficient",
        "ERROR: Bybit USDT Perpetual, SOL-USDT: insufficient margin to submit LIMIT buy order, "
        "qty: 3.4, price: 148.2",
        "❌ Copy failed · AVAXUSDT SHORT 50x: leverage above your max (10x)",
        "⚠️ OKX rejected order ETHUSDT Buy Limit 3,412.5: insufficient available balance",
        "⏭ Signal skipped: LINKUSDT — price moved 3.1% past entry 15.42",
        "🔌 Connection to Binance lost, retrying in 30s… (open order: DOGEUSDT Buy 0.1523)",
        "🔑 API key expired — copying paused for all pairs, ETHUSDT Sell 3,455 left as it was",
        "(ETH-USDT) BUY order 0.25 ETH filled at 3,412.5 USDT · pure_market_making",
        "ETH-USDT market making: cancelled 6 orders (refresh) · new bid 3411 ask 3414",
        "🗓 Weekly summary\nPnL: +55.10 USDT\nWin rate: 61%\nBest trade: AVAX long 31.2 → 33.9",
        "Balance 4,120.55 USDT | equity 4,180.1 | positions: ETHUSDT short 0.5 @ 3412.5, "
        "upnl +12.2",
        "USDT-AVAX: trailing started, sell target 33.4",
        "I bought 3 SOL at 140 yesterday, holding",
    ],
)
def test_account_lines_and_reports_stay_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL, text
    assert parsed.kind is not MessageKind.FOLLOW_UP, text


def test_a_call_beside_an_account_word_is_still_read() -> None:
    parsed = parse_message(
        "📝 Limit order placed · ARB/USDT · Buy 900 @ 1.0867 · TP 1.1203 · SL 1.0511"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (1.0867,)
    assert parsed.take_profits == (1.1203,)
    assert parsed.stop_loss == pytest.approx(1.0511)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("USDT-SOL: bought", "SOL/USDT: bought"),
        ("USDC-ARB ·", "ARB/USDC ·"),
        ("SOL-USDT-SWAP LONG", "SOL-USDT-SWAP LONG"),
        ("Bitget USDT-M", "Bitget USDT-M"),
        ("USDT-SWAP", "USDT-SWAP"),
    ],
)
def test_quote_first_pairs_turn_round_and_nothing_else(text: str, want: str) -> None:
    assert quote_first_pairs(text) == want


@settings(max_examples=60, deadline=None)
@given(
    price=st.decimals(min_value="0.0001", max_value="90000", places=4).filter(lambda d: d > 0),
    long=st.booleans(),
)
def test_a_relayed_stop_fill_is_the_stop_hit_at_its_price(price: object, long: bool) -> None:
    side, held = ("SELL", "LONG") if long else ("BUY", "SHORT")
    value = float(str(price))
    text = (
        f"Symbol: SOLUSDT\nSide: {side}\nPosition side: {held}\nType: STOP_MARKET\n"
        f"Status: FILLED\nAvg price: {value:.4f}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.price == pytest.approx(float(f"{value:.4f}"))
