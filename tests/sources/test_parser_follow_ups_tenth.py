"""Follow-ups of the tenth follow-up round: trading bots' emoji-labelled position cards (a loss
written as a negative amount after its label, a partial take-profit card with signed money
figures), a share closed by "reduce <coin> by N%" or "halve <coin>", and several targets named
after one hit word ("hit TP2 and TP3", "flew through TP3 & TP4")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE = FollowUpAction.CLOSE
HIT = FollowUpAction.TARGET_HIT
STOP_HIT = FollowUpAction.STOP_HIT


def _follow_up(text: str):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    return parsed


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "🛑 STOP LOSS HIT\n\n🪙 Symbol: TRXUSDT\n📈 Entry: 0.11292\n📊 Exit: 0.10978\n"
            "💸 Loss: -$56.81 (-28.1%)",
            0.10978,
        ),
        (
            "🔴 Stop-loss triggered\n\nSymbol: LQTY/USDT\nEntry: 0.2768\nExit: 0.2798\n"
            "Loss: -$12.22 (-7.0%)",
            0.2798,
        ),
        ("STOP LOSS HIT\nPair: SOLUSDT\nEntry: 148.2\nExit: 144.9\nPnL: -31.5", 144.9),
    ],
)
def test_a_loss_written_negative_after_its_label_leaves_the_stop_hit(text, price):
    parsed = _follow_up(text)
    assert parsed.action is STOP_HIT
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    "text",
    [
        "Entry: -0.512",
        "SOLUSDT LONG\nEntry: -148.2\nTP: 152\nSL: 144",
    ],
)
def test_a_negative_price_after_another_label_still_goes_to_review(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "🟡 PARTIAL TAKE PROFIT\n\nPair: ARB/USDT\nSold: 25% of position\n"
            "Profit: +$167.80 (+31.3%)\n\nRemaining: 869.0827",
            0.25,
        ),
        (
            "💰 Partial profit taken\n\n🪙 Symbol: NEARUSDT\n📤 Sold: 60% of position\n"
            "💵 Profit: +$92.97 (+11.9%)\n\n📊 Remaining: 369.7202",
            0.6,
        ),
    ],
)
def test_a_partial_take_profit_card_with_signed_money_is_the_share_closed(text, share):
    parsed = _follow_up(text)
    assert parsed.action is CLOSE
    assert parsed.close_fraction == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "symbol", "share"),
    [
        ("Reduce BNB by 30%", "BNB", 0.3),
        ("Reduce #ETHUSDT by 25%", "ETH", 0.25),
        ("reduce SOL position by 40%", "SOL", 0.4),
        ("Halve #TURBO here ✂️", "TURBO", 0.5),
        ("Halve TURBO/USDT now", "TURBO", 0.5),
    ],
)
def test_reduce_a_coin_by_a_share_or_halve_it_is_a_close(text, symbol, share):
    parsed = _follow_up(text)
    assert parsed.action is CLOSE
    assert parsed.symbol == symbol
    assert parsed.close_fraction == pytest.approx(share)


@pytest.mark.parametrize(
    "text",
    [
        "reduce risk by 50%",
        "BTC halving is near",
        "the reward was halved",
        "Reduce leverage by 50%",
    ],
)
def test_reduce_risk_or_a_halving_is_no_close(text):
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("$SUI hit TP3 and TP4 🔥", 4),
        ("#ATOM hit TP2, TP3 and TP4", 4),
        ("$SUI flew through TP3 & TP4 🚀🚀", 4),
        ("#ATOM flew through TP2 & TP3 🚀🚀", 3),
        ("ETH blew past TP1", 1),
    ],
)
def test_targets_listed_after_one_hit_word_report_the_last(text, index):
    parsed = _follow_up(text)
    assert parsed.action is HIT
    assert parsed.target_index == index


@given(
    first=st.integers(min_value=1, max_value=5),
    more=st.integers(min_value=1, max_value=3),
    verb=st.sampled_from(["hit", "flew through", "blew past"]),
    joint=st.sampled_from([" and ", " & ", ", "]),
)
def test_the_last_target_listed_after_a_hit_word_is_reported(first, more, verb, joint):
    names = [f"TP{first + i}" for i in range(more + 1)]
    text = f"#SOL {verb} " + joint.join(names)
    parsed = _follow_up(text)
    assert parsed.action is HIT
    assert parsed.target_index == first + more


CANCEL = FollowUpAction.CANCEL
FILLED = FollowUpAction.ENTRY_FILLED
MOVED = FollowUpAction.STOP_MOVED


@pytest.mark.parametrize(
    "text",
    [
        "Pull the #1INCHUSDT orders, setup invalid",
        "pull the SOL limit orders",
        "MOODENG/USDT | status: EXPIRED (not entered)",
        "#BRETTUSDT signal timed out ⌛ (no fill)",
        "$1000PEPE long timed out unfilled ❌",
        "⏳ Time's up for SEI: entry not triggered in 24h, signal closed",
        "ETH: entry never reached, signal closed",
    ],
)
def test_a_signal_withdrawn_or_timed_out_unfilled_is_a_cancel(text):
    assert _follow_up(text).action is CANCEL


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("SOL signal closed at 152.3 ✅", CLOSE),
        ("⏱ Time stop on #ARB: no move in 48h, closing at market", CLOSE),
        ("Pull the trigger on SOL at 148.2", None),
    ],
)
def test_a_signal_closed_after_its_fill_stays_a_close(text, action):
    parsed = parse_message(text)
    assert parsed.action is action


@pytest.mark.parametrize(
    "text",
    [
        "Both entries triggered on #LINK ✅",
        "#BNB: both entries filled ✅",
        "1MBABYDOGE limit filled, we're in ✅",
        "SOL limit got filled, we're in",
    ],
)
def test_both_entries_or_a_limit_filled_is_the_entry_filled(text):
    assert _follow_up(text).action is FILLED


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        ("TP1 limit filled 🎯", MessageKind.FOLLOW_UP, HIT),
        ("Buy limit filled at 0.0056167 ✅", MessageKind.NEEDS_REVIEW, None),
    ],
)
def test_a_limit_filled_without_the_trade_entered_is_no_entry(text, kind, action):
    parsed = parse_message(text)
    assert (parsed.kind, parsed.action) == (kind, action)


@pytest.mark.parametrize(
    "text",
    [
        "Unlucky, #BNB took out our SL 😔",
        "ETH knocked out the stop ❌",
        "#API3 stopped at entry after TP1 🤝",
    ],
)
def test_the_stop_taken_out_or_stopped_after_a_target_is_the_stop_hit(text):
    assert _follow_up(text).action is STOP_HIT


def test_a_plan_after_a_target_still_waits():
    parsed = parse_message("After TP1 move SL to entry on SOL")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "new_stop", "to_target"),
    [
        ("Trailing SL on #NEAR raised to 5.329 🔒", 5.329, None),
        ("Raise the stop on #API3/USDT to 1.4651 🔒", 1.4651, None),
        ("Stop now sits at TP1 on XRP/USDT 🔒", None, 1),
        ("SL is at TP2 now #SOL", None, 2),
    ],
)
def test_the_stop_moved_to_a_price_or_sitting_at_a_target(text, new_stop, to_target):
    parsed = _follow_up(text)
    assert parsed.action is MOVED
    assert parsed.new_stop == new_stop
    assert parsed.stop_to_target == to_target


@pytest.mark.parametrize(
    "text",
    [
        "Trailing stop ON for SOL from 152.3",
        "Trailing stop activated on #SOL at 152.3",
        "$1000FLOKI SL is in profit now, risk free",
        "BNB/USDT: stop into profit",
        "stop in profit now on #BNB/USDT 🔒",
    ],
)
def test_a_trailing_stop_switched_on_or_a_stop_in_profit_goes_to_review(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


@given(
    coin=st.sampled_from(["#SOL", "$ETH", "API3/USDT", "#1INCHUSDT", "BNB"]),
    price=st.decimals(min_value="0.01", max_value="90000", places=3),
    verb=st.sampled_from(["Raise", "Move", "Lower"]),
)
def test_the_stop_on_a_coin_moved_to_a_price_reads_that_price(coin, price, verb):
    parsed = _follow_up(f"{verb} the stop on {coin} to {price}")
    assert parsed.action is MOVED
    assert parsed.new_stop == pytest.approx(float(price))
