"""Talk of the eleventh round's families: a bot's performance report with a worst-trade line
("Worst trade: SOL −4.2%") and a channel's pinned profit-taking rules ("At TP1 close 30 %, move
SL to entry") tell of trades done or of every trade to come — neither closes nor moves anything."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "📊 Daily report (06.12)\nTrades: 7 | Win rate: 71%\nPnL: +3.4%\nBest trade: APT +5.1%\n"
        "Worst trade: SOL −4.2%",
        "🗓 Weekly summary\n✅ Wins: 5  ❌ Losses: 2\n🏆 Best: #APTUSDT +6.1%\n"
        "💀 Worst: #SOLUSDT -2.2%",
        "Bot report — last 24h\nClosed trades: 17\nWin rate: 12%\nWorst trade: AVAX long −2.1% "
        "(closed at 31.05)\nBest trade: ATOM short +2.6% (closed at 8.007)",
        "🤖 DAILY STATS\nSignals: 13\nTP hit: 8\nSL hit: 5\nWorst trade: ORDI/USDT −0.8%\n"
        "Max drawdown: −8.1%",
        "Daily PnL report\nRealized: +1.20%\nBiggest loss: LINKUSDT −3.3%\n"
        "Biggest win: SUIUSDT +4.0%",
    ],
)
def test_a_performance_report_with_a_worst_trade_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "📌 Profit-taking rules\nAt TP1 close 30 %, move SL to entry\nAt TP2 close 40 %, move SL "
        "to TP1\nAt TP3 close the rest",
        "📍 How we manage every call\nAt TP1 close 50%, move SL to entry\nAt TP3 close the rest",
        "Our TP rules 👇\nTP1 → close 20%\nTP2 → close 40%\nMove SL to entry after TP1",
        "📌 PINNED: trade management:\n1. Take 20% profit at the first target\n2. Then move your "
        "stop loss to breakeven\n3. Take another 25% at TP2 and trail the rest",
        "Reminder for new members: after TP1 we close 20 % and move the stop to entry. Always.",
        "Rules (pinned) 📌 | TP1: close 20 % | TP2: close 25 % | TP3: close all | SL → entry once "
        "TP1 is hit",
    ],
)
def test_pinned_profit_taking_rules_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#SOL TP1 hit ✅ close 30% and move SL to entry",
        "SOLUSDT: worst entry of the week, closing it at 148.2 (-4.2%)",
    ],
)
def test_an_update_of_one_trade_still_acts(text: str) -> None:
    assert parse_message(text).kind is MessageKind.FOLLOW_UP


@given(
    coin=st.sampled_from(["SOL", "AVAX", "LINK", "ORDI", "PEPE"]),
    loss=st.floats(min_value=0.1, max_value=9.9),
    rate=st.integers(min_value=0, max_value=100),
    minus=st.sampled_from(["-", "−", "–"]),
    label=st.sampled_from(["Worst trade", "Worst", "Biggest loss"]),
)
def test_any_report_with_a_loss_line_is_talk(
    coin: str, loss: float, rate: int, minus: str, label: str
) -> None:
    text = f"📊 Daily report\nWin rate: {rate}%\n{label}: {coin}USDT {minus}{loss:.1f}%"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL
