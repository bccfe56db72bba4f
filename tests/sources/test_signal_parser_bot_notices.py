"""Trading bots' own notices read whole: freqtrade's exits, fills and cancels, 3Commas'
SmartTrade notices and signal bots' "Target hitted successfully … at price …"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CANCEL = FollowUpAction.CANCEL
CLOSE = FollowUpAction.CLOSE
FILLED = FollowUpAction.ENTRY_FILLED
HIT = FollowUpAction.TARGET_HIT
STOPPED = FollowUpAction.STOP_HIT
PRICES = st.decimals("0.01", "90000", places=2).map(float)


def _exit(reason: str, rate: str, verb: str = "Exiting") -> str:
    return (
        f"⚠️ *Binance:* {verb} ETH/USDT:USDT (#41)\n*Profit:* `-1.2%`\n"
        f"*Exit Reason:* `{reason}`\n*Open Rate:* `3412.5`\n*Close Rate:* `{rate}`"
    )


@pytest.mark.parametrize(
    ("reason", "action"),
    [
        ("stop_loss", STOPPED),
        ("trailing_stop_loss", STOPPED),
        ("stoploss_on_exchange", STOPPED),
        ("roi", CLOSE),
        ("exit_signal", CLOSE),
        ("force_exit", CLOSE),
    ],
)
def test_a_bots_exit_is_read_by_its_reason_at_the_close_rate(reason, action):
    for verb in ("Exiting", "Exited"):
        parsed = parse_message(_exit(reason, "3340.1", verb))
        assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
        assert parsed.stated_actions == (action,)
        assert parsed.price == 3340.1
        assert parsed.symbol == "ETH"


def test_a_close_rate_far_from_the_open_rate_is_not_taken():
    assert parse_message(_exit("roi", "34.1")).kind is not MessageKind.FOLLOW_UP


def test_a_strategys_own_exit_reason_is_not_guessed():
    assert parse_message(_exit("my_custom_reason", "3340.1")).kind is not MessageKind.FOLLOW_UP


@given(st.decimals("1750", "6800", places=2).map(float))
def test_the_close_rate_is_the_exits_price(rate):
    parsed = parse_message(_exit("roi", f"{rate:.2f}"))
    assert parsed.stated_actions == (CLOSE,)
    assert parsed.price == pytest.approx(rate)
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    ("text", "kind", "actions"),
    [
        (
            "⚠️ *OKX:* Cancelling enter Order for DOGE/USDT (#12). Reason: timeout.",
            MessageKind.FOLLOW_UP,
            (CANCEL,),
        ),
        (
            "⚠️ *OKX:* Cancelling exit Order for DOGE/USDT (#12). Reason: timeout.",
            MessageKind.NOT_SIGNAL,
            (),
        ),
        (
            "✅ *Bybit:* Enter order for XRP/USDT (#15) filled\n*Open Rate:* `0.5123`",
            MessageKind.FOLLOW_UP,
            (FILLED,),
        ),
        (
            "⏳ SmartTrade #1234567: Limit order expired — signal closed\nPair: USDT_BTC",
            MessageKind.FOLLOW_UP,
            (CANCEL,),
        ),
        (
            "⌛ Limit order for #SOLUSDT expired (not filled in 48h)",
            MessageKind.FOLLOW_UP,
            (CANCEL,),
        ),
    ],
)
def test_bots_order_notices(text, kind, actions):
    parsed = parse_message(text)
    assert parsed.kind is kind, parsed.reason
    assert tuple(parsed.stated_actions or ()) == actions


@given(PRICES, st.sampled_from(["", " 2", " 3"]))
def test_a_target_hitted_notice_is_a_target_hit_at_its_price(price, n):
    text = (
        f"Target{n} hitted successfully for AVAXUSDT at price {price:.2f}\nBooked Profit of 3.1 %"
    )
    parsed = parse_message(text)
    assert parsed.stated_actions == (HIT,)
    assert parsed.price == pytest.approx(price)
    assert parsed.target_index == (int(n) if n else None)
    assert parsed.close_fraction is None


def test_a_stoploss_hitted_notice_is_the_stop_hit():
    parsed = parse_message("Stoploss hitted successfully for AVAXUSDT at price 31.5")
    assert parsed.stated_actions == (STOPPED,)
    assert parsed.price == 31.5


@pytest.mark.parametrize(
    ("text", "action", "price"),
    [
        (
            "SmartTrade #2281934 completed\nPair: USDT_LINK\nTake profit reached at 15.32",
            HIT,
            15.32,
        ),
        (
            "SmartTrade #2281934 closed by Stop Loss\nPair: USDT_LINK\nClosed at: 13.91",
            STOPPED,
            13.91,
        ),
        (
            "❌ SmartTrade #88 closed by Stop Loss\nPair: LINK/USDT\nSide: Long\nClosed at: 13.91\n"
            "Loss: -2.1%",
            STOPPED,
            13.91,
        ),
    ],
)
def test_smarttrade_notices_carry_their_labelled_price(text, action, price):
    parsed = parse_message(text)
    assert parsed.stated_actions == (action,)
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "SmartTrade #22 completed\nPair: USDT_LINK\nTake profit reached at 15.32\nMove SL to entry",
        "Target hitted successfully for AVAXUSDT at price 34.12\nSL moved to 33.1",
    ],
)
def test_a_notice_with_another_action_is_not_read_as_the_hit_alone(text):
    parsed = parse_message(text)
    assert tuple(parsed.stated_actions or ()) != (HIT,)
