"""Bots' and copy platforms' notices of a position the stop closed ("closed by stop loss at …",
"closed by trailing stop at …", "SL ❌ … closed at …"): a stop hit at that price, never a stop
moved; and exchanges' order notices ("Your Stop Loss order for ETHUSDT Perpetual has been
triggered at …", "Your Take Profit 2 order for … was filled at …")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("❌ AAVE/USDT LONG closed by stop loss at 168.3", "AAVE", 168.3),
        ("Your position LINKUSDT was closed by Stop Loss at 14.21", "LINK", 14.21),
        ("⛔️ #ORDI SHORT — closed by stoploss at 42.75 (-2.5%)", "ORDI", 42.75),
        ("[AAVEUSDT] short closed by SL at 159.44", "AAVE", 159.44),
        ("🟠 ARBUSDT LONG closed by trailing stop at 1.1534 (+6.3%)", "ARB", 1.1534),
        ("#HBARUSDT closed by trailing stop-loss at 0.06437 ✅ +3.16%", "HBAR", 0.06437),
        ("SL ❌ JUPUSDT closed at 0.9127 | ROE -38.9% (20x)", "JUP", 0.9127),
        (
            "🛑 RENDERUSDT LONG\nClosed by Stop Loss at 6.355\nRealized PnL: -50.28 USDT",
            "RENDER",
            6.355,
        ),
        (
            "Your Stop Loss order for ETHUSDT Perpetual has been triggered at 3,402.5.",
            "ETH",
            3402.5,
        ),
        (
            "Stop-loss order for BTCUSDT has been triggered at 61,230.5\nRealized PnL: -12.40 USDT",
            "BTC",
            61230.5,
        ),
        ("The SL order for SOLUSDT was executed at 150.2", "SOL", 150.2),
    ],
)
def test_the_stop_that_closed_a_position_is_a_stop_hit(
    text: str, symbol: str, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.actions == (FollowUpAction.STOP_HIT,)
    assert parsed.symbol == symbol
    assert parsed.price == price
    assert parsed.new_stop is None


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        ("Your Take Profit 2 order for TONUSDT Perpetual (Short) was filled at 5.22.", 2, 5.22),
        ("Your TP1 order for SOLUSDT was filled at 158.4 ✅", 1, 158.4),
        ("Your Take Profit order for SOLUSDT Perpetual was filled at 158.4", None, 158.4),
    ],
)
def test_an_exchanges_take_profit_order_notice_is_a_target_hit(
    text: str, index: int | None, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == index
    assert parsed.price == price


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a close, then the stop moved: the move stays
        (
            "#SOL closed 50% at 152.3, SL to entry",
            (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED),
        ),
        ("BTC closed — SL → entry", (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED)),
        (
            "SOL: SL moved to 148.2, position closed at 160 later",
            (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED),
        ),
    ],
)
def test_a_stop_moved_beside_a_close_stays_a_move(
    text: str, actions: tuple[FollowUpAction, ...]
) -> None:
    assert parse_message(text).actions == actions


def test_an_order_notice_with_an_instruction_after_it_is_not_read_as_the_notice_alone() -> None:
    # the hit and a new stop in one message: not the stop hit alone
    parsed = parse_message(
        "Your Stop Loss order for ETHUSDT Perpetual has been triggered at 3,402.5. Move SL to 3,300"
    )
    assert parsed.actions != (FollowUpAction.STOP_HIT,)


_COINS = ("BTC", "ETH", "SOL", "AAVE", "LINK", "ARB", "DOGE", "INJ")


@given(
    coin=st.sampled_from(_COINS),
    side=st.sampled_from(("LONG", "SHORT", "Long", "short", "")),
    stop=st.sampled_from(
        ("stop loss", "Stop Loss", "stop-loss", "stoploss", "SL", "trailing stop")
    ),
    by=st.sampled_from(("by", "by the", "via")),
    price=st.decimals(min_value="0.01", max_value="900", places=3),
    head=st.sampled_from(("", "❌ ", "🛑 ", "#")),
    tail=st.sampled_from(("", " (-2.1%)", "\nROE: -18.4%", " 😔")),
)
def test_closed_by_a_stop_at_a_price_is_never_a_stop_move(
    coin: str, side: str, stop: str, by: str, price: object, head: str, tail: str
) -> None:
    text = f"{head}{coin}USDT {side} closed {by} {stop} at {price}{tail}".replace("  ", " ")
    parsed = parse_message(text)
    assert FollowUpAction.STOP_MOVED not in parsed.actions
    assert parsed.new_stop is None
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.price == float(str(price))
