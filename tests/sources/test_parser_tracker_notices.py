"""Trackers' and copier bots' notices: a position closed with its entry and exit prices, a stop
loss triggered or executed, an unfilled order expired and removed, a numbered entry filled, a
re-entry "again from" a price, and recaps that count trades by how they ended (talk)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "action", "price"),
    [
        (
            "✅ Position Closed\n\n📊 Symbol: SOLUSDT\n📈 Side: LONG\n💰 Entry Price: $148.2\n"
            "💰 Exit Price: $151.35\n💵 PnL: +2.1%",
            FollowUpAction.CLOSE,
            151.35,
        ),
        (
            "🔴 POSITION CLOSED - LOSS\n\n🪙 Token: ARB\n💵 Entry: $1.0835\n💵 Exit: $1.0512",
            FollowUpAction.CLOSE,
            1.0512,
        ),
        (
            "🔚 ETHUSDT Short closed | entry 3,412.5 → exit 3,366 | PnL +1.36%",
            FollowUpAction.CLOSE,
            3366,
        ),
        (
            "Trade closed ✅ #LINK long\nOpened: 16.248\nClosed: 16.678\nResult: +2.6%",
            FollowUpAction.CLOSE,
            16.678,
        ),
        (
            "❌ STOP LOSS HIT\n\n🪙 Symbol: INJ/USDT\n📈 Entry: $25.132\n📉 Exit: $24.35\n"
            "💰 Loss: -3.1%",
            FollowUpAction.STOP_HIT,
            24.35,
        ),
    ],
)
def test_a_closed_notice_is_at_its_exit_price(
    text: str, action: FollowUpAction, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is action
    assert parsed.price == pytest.approx(price)


@given(
    entry=st.floats(min_value=0.01, max_value=90_000),
    move=st.floats(min_value=-0.05, max_value=0.05).filter(lambda m: abs(m) > 0.002),
)
def test_the_close_is_never_at_the_entry_price(entry: float, move: float) -> None:
    e = round(entry, 4)
    x = round(entry * (1 + move), 4)
    if e == x:
        return
    text = f"✅ Position Closed\n📊 Symbol: BTCUSDT\n💰 Entry Price: ${e}\n💰 Exit Price: ${x}"
    parsed = parse_message(text)
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.price == pytest.approx(x)
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("⚠️ LQTYUSDT Short — Stop loss triggered at 0.2874\nResult: -2.4% (-48% ROI)", 0.2874),
        ("🔴 INJUSDT: stop-loss order executed at 27.818 (-3.2%)", 27.818),
        ("🛑 Stop loss triggered | SOL/USDT Long @ 143.9", 143.9),
    ],
)
def test_a_stop_triggered_notice_is_a_stop_hit(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    "text",
    [
        "⏰ Order expired | ATOMUSDT limit order not filled within 48h — removed",
        "⌛ ARB/USDT entry order expired (not filled in 12h), removed from the bot",
        "Order timeout: #TRX short entry not triggered in 48h, order deleted ❌",
        "📭 Expired: DOGEUSDT Long · entry never reached · orders removed",
        "TIA/USDT: unfilled order removed after 48h ⏳",
    ],
)
def test_an_expired_order_is_a_cancel(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CANCEL


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("📥 Entry 2/3 filled | ATOMUSDT Short @ 8.767", 8.767),
        ("📥 Filled 2/3 | #ADA @ 0.4508", 0.4508),
        ("🟢 Entry #2 filled — XRP short @ 0.5228", 0.5228),
        ("#ORDIUSDT LONG · entry 1/2 filled (38.86)", 38.86),
        ("Entry 1/2 ✅ BNB long filled at 565", 565),
    ],
)
def test_a_numbered_entry_filled(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.ENTRY_FILLED
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("$AVAX long again from 38.29 🔁 same plan as before", 38.29),
        ("#LINK again 🔁 short from 15.26, same SL/TPs", 15.26),
        ("🔁 Back in OP short from 2.1537, same targets and SL", 2.1537),
        ("Re-opened the ADA short at 0.4949 🔁 same levels", 0.4949),
    ],
)
def test_a_reentry_again_from_a_price(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.REENTRY
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    "text",
    [
        "📊 November results: 41 signals, 33 in profit, 6 stopped out, 2 breakeven. Net +412%",
        "Weekly recap 🗓 12 targets hit, 3 stop losses, win rate 80%",
        "Summary Dec 1-7: TP hit 21 / SL hit 4 / running 3",
        "2 stop losses today but 7 targets hit, net positive 💪",
        "Last 30 days: 92% of signals reached TP1, only 5 hit SL",
    ],
)
def test_counted_outcomes_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#SOL TP 2 hit ✅",
        "ETH stopped out ❌",
        "#ARB Entry 1 filled",
        "Order filled: SOL Entry 2 @ 141.2",
    ],
)
def test_one_trades_update_is_not_a_count(text: str) -> None:
    assert parse_message(text).kind is MessageKind.FOLLOW_UP
