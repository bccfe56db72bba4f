"""Bots' cards: an embed's order fields (size, value, id) are no prices, a period's report is
talk, a stop-hit card is the stop hit at its stop, a take-profit order done is a target hit at
its exit price, a bot's "AUTO EXIT" card is a whole close at its exit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

EMBED = (
    "{head}\nEntry Price\n{e}\nStop Loss\n🛑 {s}\nTake Profit\n🎯 {t}\nLeverage\n{lev}x\n"
    "Position Size\n{size} contracts\nPosition Value\n${value}\nOrder ID\n{oid}\n"
    "BloFin • 2026-05-27"
)


@pytest.mark.parametrize(
    ("head", "e", "s", "t", "side", "size", "value", "oid"),
    [
        (
            "📈 LONG ADAUSDT",
            "0.4521",
            "0.4410",
            "0.4690",
            "long",
            "12,004",
            "5,427.01",
            "90817263541",
        ),
        (
            "✅ AVAX/USDT SHORT opened",
            "36.18",
            "37.40",
            "34.95",
            "short",
            "41.5",
            "1,501.47",
            "1234567",
        ),
        (
            "📉 SHORT LINK-USDT",
            "14.205",
            "14.730",
            "13.880",
            "short",
            "350",
            "4,971.75",
            "555000111222",
        ),
    ],
)
def test_embed_call_reads_without_its_order_fields(head, e, s, t, side, size, value, oid):
    text = EMBED.format(head=head, e=e, s=s, t=t, lev=10, size=size, value=value, oid=oid)
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL
    assert p.side == side
    assert p.entries == (float(e),)
    assert p.take_profits == (float(t),)
    assert p.stop_loss == float(s)
    assert p.leverage == 10


def test_a_share_under_a_size_field_is_kept():
    # "Position Size" / "50%": a share, not blanked: the card is left to the general reading
    text = "🔴 Partial close\nSymbol\nSOLUSDT\nPosition Size\n50%\nPrice\n151.2"
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "📊 Daily Trading Report - 2026-03-02\n🔹 P&L Today: -1,204.55 USDT\n🔹 Win Rate: 41.0%\n"
        "📉 Worst Performer: OPUSDT (-6.1%)",
        "📆 Weekly report 2026-02-01\nTrades: 30 · Win rate 52%\nNet: -310.40 USDT · Max DD 12.1%",
        "📊 Monthly Trading Summary\n\nPnL by Pair\n• NEARUSDT\nCapital Executed: 812.00 USDT\n"
        "Net Profit: -12.80 USDT (-1.58 %)\n\n• Win Rate: 50.0 %",
    ],
)
def test_period_reports_are_talk(text):
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # a call under a report's heading is no report: never talk
        "📊 Daily Trading Report\nWin rate: 60%\nLONG SOLUSDT entry 150.2 SL 147 TP 155",
        "Weekly results\nWin rate 60%\nNow closing ETH at 3,120.5",
    ],
)
def test_reports_with_a_call_or_an_action_are_not_talked_away(text):
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL or "report over" not in (
        parse_message(text).reason
    )


@pytest.mark.parametrize(
    ("text", "coin", "price"),
    [
        ("🛑 STOP LOSS HIT\nSymbol: ARBUSDT\nEntry: 0.9120\nStop: 0.8890", "ARB", 0.889),
        ("SL hit ❌\nSymbol: BTC/USDT\nEntry: 64,200.5\nSL: 63,100", "BTC", 63100.0),
        (
            "🛑 Stop Loss Hit\nPair: DOGEUSDT\nEntry price: 0.1250\nStop: 0.1302\n✅ Kept small",
            "DOGE",
            0.1302,
        ),
    ],
)
def test_stop_hit_card_is_the_stop_hit_at_its_stop(text, coin, price):
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP
    assert p.action is FollowUpAction.STOP_HIT
    assert p.symbol == coin
    assert p.price == price


@pytest.mark.parametrize(
    "text",
    [
        # a stop far from the entry, or a target beside it: not read as a hit here
        "🛑 STOP LOSS HIT\nSymbol: ARBUSDT\nEntry: 0.9120\nStop: 8.890",
        "🛑 STOP LOSS HIT\nSymbol: ARBUSDT\nEntry: 0.9120\nStop: 0.8890\nTP: 0.95",
    ],
)
def test_stop_cards_it_cannot_place_are_not_read_there(text):
    p = parse_message(text)
    assert not (p.kind is MessageKind.FOLLOW_UP and p.price in (8.89, 0.889) and p.take_profits)
    assert p.kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "coin", "price"),
    [
        (
            "🚀 Take Profit Order Completed! 💎\n🌐 Symbol : XRPUSDT 🔼\n💰 Exit price : $0.5512\n"
            "💵 Profit : +8.20 USDT",
            "XRP",
            0.5512,
        ),
        (
            "Take profit filled ✅\nSymbol: ETHUSDT\nFill price: 3,210.45\nPnL: +2.1%",
            "ETH",
            3210.45,
        ),
    ],
)
def test_take_profit_order_done_is_a_target_hit(text, coin, price):
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP
    assert p.action is FollowUpAction.TARGET_HIT
    assert p.symbol == coin
    assert p.target_index is None
    assert p.price == price


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "💎 SMALL WIN - AUTO EXIT\n\nSymbol: NEARUSDT\nEntry: 5.120\nExit: 5.310\nPnL: +3.7%",
            5.31,
        ),
        ("AUTO-EXIT\nSymbol: ETH/USDT\nEntry: 3,300.0\nExit: 3,250.5", 3250.5),
    ],
)
def test_auto_exit_card_is_a_whole_close_at_its_exit(text, price):
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP
    assert p.action is FollowUpAction.CLOSE
    assert p.close_fraction == 1.0
    assert p.price == price


@settings(max_examples=40, deadline=None)
@given(
    oid=st.integers(min_value=10**6, max_value=10**14),
    size=st.integers(min_value=1, max_value=10**7),
)
def test_order_fields_never_become_levels(oid, size):
    text = EMBED.format(
        head="📈 LONG SOLUSDT",
        e="150.20",
        s="146.00",
        t="158.40",
        lev=5,
        size=size,
        value="1,000.00",
        oid=oid,
    )
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL
    assert p.take_profits == (158.4,)
    assert p.entries == (150.2,)
