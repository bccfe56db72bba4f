"""Bots' notices and members' talk written anew after the twelfth held-out round: an entry
step "executed" ("Entry #2 executed — SOLUSDT @ 144.1", "second entry executed @ …"); a stop
update with its old and new level on labelled lines ("Stop loss updated / Old: a / New: b") or
an "=>" arrow; a member's finished trade told with two prices in the past ("Caught SOL from 142
to 155 yesterday 🚀") is talk, while a stop, a target or a plan beside it keeps the reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.member_brags import member_brag
from tradermanager.sources.signal_parser.stop_updates import old_new_stop

FILLED, MOVED = FollowUpAction.ENTRY_FILLED, FollowUpAction.STOP_MOVED
_COINS = st.sampled_from(["SOLUSDT", "#SOL", "SOL/USDT", "ETHUSDT", "#ARB"])
_PRICES = st.integers(min_value=1_000, max_value=99_999).map(lambda n: n / 100)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Entry #2 executed — SOLUSDT @ 144.1", 144.1),
        ("✅ Entry #3 executed - ADA/USDT at 0.414", 0.414),
        ("Entry #3 executed | #SUI @ 0.9874", 0.9874),
        ("TIAUSDT second entry executed @ 10.255", 10.255),
        ("DCA order #3 executed at 144.1", 144.1),
        ("Entry 2 filled", None),
    ],
)
def test_an_entry_step_executed_is_the_entry_filled(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (FILLED,)
    assert parsed.price == price


def test_a_sell_order_executed_alone_is_reviewed() -> None:
    # a long's exit as well as a short's entry
    assert parse_message("Sell order #2 executed | #SOL @ 144.1").kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Stop loss updated\n#OP\nOld: 2.3795\nNew: 2.4627",
        "🛡 Stop Loss Updated\nOPUSDT\nOld: 2.3795\nNew: 2.4627",
        "Stop loss updated — OPUSDT\nPrevious: 2.3795\nCurrent: 2.4627",
        "OPUSDT\nStop: 2.3795 => 2.4627",
        "OPUSDT SL changed from 2.3795 to 2.4627",
        "OPUSDT | Stop: 2.3795 ➜ 2.4627",
    ],
)
def test_a_stop_update_with_old_and_new_levels_moves_it_to_the_new(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (MOVED,)
    assert parsed.new_stop == 2.4627


@given(coin=_COINS, old=_PRICES, new=_PRICES, label=st.sampled_from(["Old", "Previous", "Was"]))
def test_the_new_level_is_read_after_the_old_one(
    coin: str, old: float, new: float, label: str
) -> None:
    text = f"Stop loss updated\n{coin}\n{label}: {old}\nNew: {new}"
    at = old_new_stop(text.lower())
    assert at is not None
    assert text[at:] == str(new)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.new_stop == new


@pytest.mark.parametrize(
    "text",
    [
        "Caught SOL from 142 to 155 yesterday 🚀 thanks admin",
        "rode SEI 0.45 → 0.5007 last week, thank you admin 🙏",
        "Got in #ADA at 0.4523 and sold at 0.484 this morning, easy money 💰",
        "On monday I bought $SEI at 0.4743 and closed at 0.5163 😎 love this group",
        "Made a nice profit on APTUSDT: bought 7.848, sold 8.561 last night. love this group",
    ],
)
def test_a_members_past_win_with_two_prices_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bought SOL at 142 yesterday, TP 155, SL 138",
        "Caught SOL from 142 to 155 yesterday, holding the rest",
        "Caught SOL from 142 to 155 yesterday, move SL to entry",
        "Caught SOL at 142, now 155",
    ],
)
def test_a_plan_or_a_level_beside_the_story_is_no_brag(text: str) -> None:
    assert member_brag(text) is None


@given(
    coin=_COINS,
    low=_PRICES,
    high=_PRICES,
    when=st.sampled_from(["yesterday", "last night", "last week", "this morning"]),
)
def test_a_caught_move_in_the_past_is_never_acted_on(
    coin: str, low: float, high: float, when: str
) -> None:
    parsed = parse_message(f"Caught {coin} from {low} to {high} {when} 🚀 thanks admin")
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed.reason
