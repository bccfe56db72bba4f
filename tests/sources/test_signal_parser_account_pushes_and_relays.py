"""Exchange accounts' pushes (margin calls, liquidations, auto-deleveraging, funding), bots' risk
guards and grid fills, MetaTrader and cTrader relays' order lines, providers' status codes and
dollar-quoted terminal symbols: what is acted on, what goes to a reader, what stays talk."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


def _follow(text: str, action: FollowUpAction, symbol: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is action, (text, parsed.action)
    assert parsed.symbol == symbol
    assert parsed.price == pytest.approx(price) if price is not None else parsed.price is None


@pytest.mark.parametrize(
    ("text", "action", "symbol", "price"),
    [
        # the exchange closed the whole position
        (
            "💥 Position liquidated\nSymbol: AVAXUSDT Perpetual\nSide: Long\n"
            "Liquidation price: 31,07\nQty: 12",
            FollowUpAction.CLOSE,
            "AVAX",
            31.07,
        ),
        (
            "Auto-Deleveraging (ADL) notice\nYour ETHUSDT short position was fully closed by "
            "auto-deleveraging at 3,301.5.",
            FollowUpAction.CLOSE,
            "ETH",
            3301.5,
        ),
        (
            "⚡ ADL · XRPUSDT LONG · closed 100% at 0.6012 · remaining size 0",
            FollowUpAction.CLOSE,
            "XRP",
            0.6012,
        ),
        (
            "🚨 Emergency close: DOGEUSDT long closed at market 0.11873 (kill switch)",
            FollowUpAction.CLOSE,
            "DOGE",
            0.11873,
        ),
        # a terminal relay's order lines
        (
            "✅ #55512345 SELL LIMIT ETHUSD activated at 3455.10 (0.20 lots)",
            FollowUpAction.ENTRY_FILLED,
            "ETH",
            3455.1,
        ),
        (
            "#55512345 BNBUSD buy 0.50 closed at 571.20 [sl] · Profit: -31.00",
            FollowUpAction.STOP_HIT,
            "BNB",
            571.2,
        ),
        (
            "#55512345 DOTUSD sell 1.00 closed at 5.912 [tp] · Profit: +12.40",
            FollowUpAction.TARGET_HIT,
            "DOT",
            5.912,
        ),
        ("❌ #55512345 BUY STOP LTCUSD deleted", FollowUpAction.CANCEL, "LTC", None),
        # a provider's status codes
        (
            "Signal #77 ADAUSDT · status: PENDING -> ACTIVE @ 0.4498",
            FollowUpAction.ENTRY_FILLED,
            "ADA",
            0.4498,
        ),
        (
            "Signal #77 ADAUSDT · status: ACTIVE → SL_HIT @ 0,4391",
            FollowUpAction.STOP_HIT,
            "ADA",
            0.4391,
        ),
        (
            "Signal #77 ADAUSDT · status: ACTIVE → CLOSED_MANUAL @ 0.4612",
            FollowUpAction.CLOSE,
            "ADA",
            0.4612,
        ),
        ("Signal #77 ADAUSDT · status: PENDING → CANCELLED", FollowUpAction.CANCEL, "ADA", None),
    ],
)
def test_acted_on(text: str, action: FollowUpAction, symbol: str, price: float | None) -> None:
    _follow(text, action, symbol, price)


def test_target_status_names_its_target() -> None:
    parsed = parse_message("Signal #12 LINKUSDT · status: ACTIVE → TP2_HIT @ 15.902")
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == 2
    assert parsed.price == pytest.approx(15.902)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("✏️ SL Modified: ETHUSD Buy\nSL: 3390.50", 3390.5),
        ("Signal #12 LINKUSDT · stop_loss updated: 14.61 → 15.02", 15.02),
        ("Signal #12 BTCUSDT · SL updated: 61,200 -> 62,050.5", 62050.5),
    ],
)
def test_stop_moved(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.STOP_MOVED, (text, parsed.reason)
    assert parsed.new_stop == pytest.approx(stop)


@pytest.mark.parametrize(
    "text",
    [
        "⚠️ Your ETHUSDT long position was partially liquidated at 3,102.5 (40% of the position).",
        "Auto-Deleveraging (ADL) notice\nYour SOLUSDT long position was reduced by 2.1 SOL at "
        "152.30 (ADL). Remaining size: 1.3 SOL",
        "📋 Your copy position XRPUSDT Long hit its copy stop loss (PCSL) at 0.5012",
        "#55512345 ETHUSD buy: partial close 0.10 of 0.20 lots at 3490.00",
        "✏️ SL/TP Modified: ETHUSD Buy\nSL: 3390.50, TP: 3560.00",
        "BTCUSDT | 🟢 LONG\n✅ 📈 PROFIT\nLeverage: 20x\nSize: 0.003 | Price: 64120.0\n"
        "Margin: 9.6 USDT\nPNL: 4.52 USDT\n\n💰 Wallet now: 203.89 USDT",
    ],
)
def test_shares_not_told_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed.kind, parsed.reason)


@pytest.mark.parametrize(
    "text",
    [
        "⚠️ Margin Call\nYour BTCUSDT Perpetual short position is at risk of liquidation.\n"
        "Margin ratio: 88.1%\nMark price: 66,950.5\nLiquidation price: 68,010.0",
        "🔴 Liquidation warning · ETHUSDT · Short 20x · Mark 3,512.4 · Liq. 3,580.9",
        "✅ Margin added: +75 USDT to DOGEUSDT long (isolated)\nNew liquidation price: 0.1012",
        "💸 Funding fee · BTCUSDT · -1.12 USDT · rate 0.0100% · position short 0.05",
        "Funding settled LINKUSDT\nRate: 0.0100%\nMark price: 15.02\nYour payment: -0.41 USDT",
        "📶 ADL ranking ETHUSDT long: 5/5 · your position may be reduced",
        "⛔ Circuit breaker triggered: daily loss -3.4% ≥ 3% limit.\nOpen: BTCUSDT short @ 64,210",
        "🔁 Bot restarted · resumed 2 open positions: ETHUSDT long 0.4 @ 3,301 · SL 3,200",
        "⚠️ Drawdown alert: equity -4.1% from peak · ETHUSDT long open",
        "💰 Balance: 2,004.55 USDT · free 903.10 (BTCUSDT short)",
        "🧠 Model update: BTCUSDT LONG confidence 66% → 81% · price 64,100",
        "🟢 BUY filled · Grid 3/30 · ETHUSDT @ 3,380.5 · ↪ SELL placed @ 3,414.3",
        "🛑 Grid stop loss triggered at 2,950 · ETHUSDT grid bot stopped",
    ],
)
def test_account_pushes_stay_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, (text, parsed.kind, parsed.reason)


@pytest.mark.parametrize(
    "text",
    [
        # a call that names its margin mode and a funding note is still a call
        "BTCUSDT LONG\nEntry: 64,100\nTP: 65,900\nSL: 62,800\nMargin: cross · funding +0.01%",
        "ETH short 20x isolated margin\nEntry 3,450\nTarget 3,310\nStop loss 3,520",
        "📥 BNBUSD Buy @ 590.20, TP: 602.00, SL: 577.50",
        "AI update: SOLUSDT long 148.2 tp 152.3 sl 144.1",
        "BTC long 64,100 target 65,900 stop 62,800 · wallet now 2,000 USDT, risk 1%",
    ],
)
def test_calls_stay_calls(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)


@pytest.mark.parametrize(
    ("raw", "base"), [("BNBUSD", "BNB"), ("DOTUSD", "DOT"), ("ETHBUSD", "ETH")]
)
def test_dollar_quoted_terminal_symbols(raw: str, base: str) -> None:
    parsed = parse_message(f"📥 {raw} Buy @ 100.20, TP: 104.00, SL: 97.50")
    assert parsed.symbol == base


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["BTC", "ETH", "SOL", "XRP", "AVAX", "LINK"]),
    side=st.sampled_from(["long", "short"]),
    ratio=st.floats(min_value=50, max_value=99.9),
    price=st.floats(min_value=0.01, max_value=90_000),
)
def test_a_margin_call_is_never_acted_on(coin: str, side: str, ratio: float, price: float) -> None:
    text = (
        f"⚠️ Margin Call\nYour {coin}USDT Perpetual {side} position is at risk of liquidation.\n"
        f"Margin ratio: {ratio:.1f}%\nLiquidation price: {price:.4f}"
    )
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL
