"""Follow-ups on an open call read by their share kept, their trail and their speaker: a kept
share and "the rest" closed make the whole ("leave 25% running, close the rest" closes 75 %)
and shares that do not make it go to review; "the remaining 30%" is the whole remainder; the
rest trailed with its stop at a target, the entry or a price; two targets hit together; a
cancel of the entries left of an open trade goes to review; re-entries in other words; a
stop hit with its price in brackets or after the stop word; a bot's failed order is talk; and a
member's reply about their own position ("closed half of mine too, thanks admin") is talk."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE, STOP_MOVED = FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED
TARGET_HIT, STOP_HIT = FollowUpAction.TARGET_HIT, FollowUpAction.STOP_HIT
REENTRY, CANCEL = FollowUpAction.REENTRY, FollowUpAction.CANCEL

_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB", "OP", "PEPE"])
_MARKS = st.sampled_from(["#", "$", ""])


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("#LINK leave 25% running, close the rest", 0.75),
        ("ETH/USDT close the rest, leave 10% for TP5", 0.9),
        ("$AVAX close everything except 30% 🏃", 0.7),
        ("DOGE: close all but 20% here", 0.8),
        ("ARB keep 40% open and close the rest", 0.6),
        ("Leave 35% of #OP open, close the rest 🔒", 0.65),
        ("SOL 80% out, 20% left running", 0.8),
        ("BTC close 75%, leave 25% running", 0.75),
    ],
)
def test_a_kept_share_and_the_rest_make_the_whole(text: str, share: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#SOL close the remaining 30% now", None),
        ("ETH remaining 20% closed at 3,412.5 ✅", 3412.5),
        ("LINK close the last 25% at market", None),
    ],
)
def test_the_remainder_told_by_its_size_closes_whole(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == 1.0
    assert parsed.price == (pytest.approx(price) if price else None)


@pytest.mark.parametrize(
    "text",
    [
        "#ONDO close 50%, leave 25% running",  # 25 % of what? the shares do not make the whole
        "$KAS leave a moonbag, close the rest",  # no share kept
        "SOL keep 20% for TP5 and 20% for TP6, close the rest",  # two kept shares
        "ETH let some ride, close the rest",
    ],
)
def test_shares_that_do_not_make_the_whole_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_kept_share_with_nothing_closed_acts_on_nothing() -> None:
    assert parse_message("#BTC leave 25% running").kind is not MessageKind.FOLLOW_UP


@given(coin=_COINS, mark=_MARKS, keep=st.integers(min_value=1, max_value=99))
def test_any_one_kept_share_closes_the_rest(coin: str, mark: str, keep: int) -> None:
    parsed = parse_message(f"{mark}{coin} leave {keep}% running, close the rest")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == pytest.approx((100 - keep) / 100)


@given(
    coin=_COINS,
    close=st.integers(min_value=5, max_value=95),
    keep=st.integers(min_value=5, max_value=95),
)
def test_a_close_share_beside_a_kept_one_is_read_only_when_they_make_the_whole(
    coin: str, close: int, keep: int
) -> None:
    parsed = parse_message(f"#{coin} close {close}%, leave {keep}% running")
    if close + keep == 100:
        assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
        assert parsed.close_fraction == pytest.approx(close / 100)
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW  # never a guess at the share


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("#ARB trail the rest with SL at TP2", {"stop_to_target": 2}),
        ("SOLUSDT trailing the remainder, SL moved to TP1 🔒", {"stop_to_target": 1}),
        ("$ETH runners: trail with SL at entry", {"stop_to_entry": True}),
        ("#OP rest of the position: SL at TP3", {"stop_to_target": 3}),
        ("LINK trail rest with stop 14,431.5", {"new_stop": 14431.5}),
        ("Trail the rest of #AVAX — stop now at TP2", {"stop_to_target": 2}),
    ],
)
def test_the_rest_trailed_moves_the_stop(text: str, fields: dict[str, object]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (STOP_MOVED,)
    for name, value in fields.items():
        assert getattr(parsed, name) == value


def test_a_close_then_the_rest_trailed_tells_both() -> None:
    parsed = parse_message("#DOGE close 60% and trail the rest with SL at TP1")
    assert parsed.actions == (CLOSE, STOP_MOVED)
    assert parsed.close_fraction == pytest.approx(0.6)
    assert parsed.stop_to_target == 1
    hit = parse_message("AAVE TP3 ✅ trail the rest, SL TP2")
    assert hit.actions == (TARGET_HIT, STOP_MOVED)
    assert (hit.target_index, hit.stop_to_target) == (3, 2)


@pytest.mark.parametrize(
    "text", ["#ORDI trail the rest 🏃", "BTC trail if you want, up to you", "trail the rest now"]
)
def test_the_rest_trailed_to_no_level_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("#SOL take profit 1 and 2 together 🔥", 2),
        ("ETH TP2 & TP3 in one candle", 3),
        ("LINK targets 3 and 4 reached at once 🎯", 4),
        ("TP1 and TP2 together ✅", 2),
    ],
)
def test_two_targets_hit_together_are_the_higher_one(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (TARGET_HIT,)
    assert parsed.target_index == index


@pytest.mark.parametrize(
    "text",
    [
        "ADA TP3 and TP4 are close, be ready",
        "SOL waiting for TP1 and TP2 to hit together? 👀",
        "ETH TP1 and TP2 could hit together",
        "BTC TP1 and TP3 together",  # which went between is not said
    ],
)
def test_targets_not_told_hit_together_are_not_hit(text: str) -> None:
    parsed = parse_message(text)
    assert TARGET_HIT not in parsed.actions


@pytest.mark.parametrize(
    "text",
    [
        "#TON cancel the remaining entries",
        "ETH remove the other limit orders",
        "SOL cancel unfilled orders, keep the position",
    ],
)
def test_a_cancel_of_the_entries_left_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Re-open short #ORDI at 42.64", 42.64),
        ("Entering $KAS again at 0.15833", 0.15833),
        ("Second chance entry on WLD at 2.4307", 2.4307),
        ("Re-sell TIA at 10.219", 10.219),
    ],
)
def test_re_entries_in_other_words(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (REENTRY,)
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    "text", ["#SHIB re-entry zone later, wait", "ETH re-entry levels soon", "SOL re-entry TBD"]
)
def test_a_re_entry_promised_for_later_is_no_re_entry(text: str) -> None:
    assert REENTRY not in parse_message(text).actions


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("$ORDI stop loss hit ❌ (40.14)", 40.14),
        ("XRPUSDT trade ended at SL 0.4813", 0.4813),
        ("#BTC SL hit ❌ ($61,250.5)", 61250.5),
        ("DIA knocked out by the stop, next", None),
        ("#STX hit SL after TP1, still in profit", None),
    ],
)
def test_stops_hit_with_their_price(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (STOP_HIT,)
    assert parsed.price == (pytest.approx(price) if price else None)


def test_a_stop_hit_after_a_target_under_a_condition_is_not_acted_on() -> None:
    parsed = parse_message("#STX if we hit SL after TP1, re-enter")
    assert parsed.kind is not MessageKind.FOLLOW_UP or STOP_HIT not in parsed.actions


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Target hit successfully for API3USDT at price 1.4715.\nBooked profit of 28.68 %", 1.4715),
        ("✅ Target hit for DIA at 0.741 — booked 13.67%", 0.741),
    ],
)
def test_a_bots_target_notice_is_the_hit_at_its_price(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (TARGET_HIT,)
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    "text",
    [
        "Order failed for JUPUSDT:\nBuy: 0.9074\nStoploss: 0.8754\nReason: insufficient margin",
        "❌ Order rejected for SOLUSDT\nSell: 151.2\nStop loss: 155.8",
        "Failed to place order on ETHUSDT\nLong 3,350\nSL 3,280\nTP 3,420",
    ],
)
def test_a_failed_order_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Closed half of my #ATOM too, thanks admin 🙏",
        "I closed half of NEAR at 5.473, holding the rest 💎 thank you sir!",
        "Moved my SL to entry on $SUI too 👍",
        "#KAS TP1 hit for me, thanks boss 🔥",
        "Thanks bro, closed 50% of ETH at 3,402 💰",
        "Just got stopped out on AVAX too 😭 thanks anyway admin",
        "Should we close ETH?",
        "I closed half already, should I close the rest of SOL?",
    ],
)
def test_members_replies_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("#ATOM closed half here, SL to entry", (CLOSE, STOP_MOVED)),
        ("I'm closing half of my SOL position now", (CLOSE,)),
        ("I took 30% off LINK and moved my stop to entry", (CLOSE, STOP_MOVED)),
        ("Closed my whole #DIA position at 0.7492 ✅", (CLOSE,)),
    ],
)
def test_the_admins_own_updates_stay_updates(
    text: str, actions: tuple[FollowUpAction, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == actions


@given(
    coin=_COINS,
    who=st.sampled_from(["admin", "sir", "boss", "bro", "mate"]),
    update=st.sampled_from(
        ["closed half of my {c}", "TP1 hit on {c} for me", "moved my SL to entry on {c} too"]
    ),
)
def test_any_update_thanking_the_admin_is_talk(coin: str, who: str, update: str) -> None:
    parsed = parse_message(f"{update.format(c=coin)}, thanks {who} 🙏")
    assert parsed.kind is MessageKind.NOT_SIGNAL
