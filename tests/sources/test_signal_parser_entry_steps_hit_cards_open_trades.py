"""Fills, target cards and talk written anew after the thirteenth held-out round: a ladder's
later buy filled ("2nd buy filled on $WLD @ 1.234", "DCA order 3 filled"); a bot's target card
whose heading names no number and whose one price stands under the numbered target's label
("🎯 TP HIT" / "Take Profit 2: …"); a trade told as still open with nothing to do; a money bag
before the first price of an icon row; a question put to the other readers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.asked_levels import asks_others_first
from tradermanager.sources.signal_parser.open_trades import open_trade_talk

FILLED, HIT = FollowUpAction.ENTRY_FILLED, FollowUpAction.TARGET_HIT
_COINS = st.sampled_from(["LINKUSDT", "#SOL", "SOL/USDT", "ETHUSDT", "$ARB"])
_PRICES = st.integers(min_value=1_000, max_value=99_999).map(lambda n: n / 100)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("2nd buy filled on $WLD @ 1.234", 1.234),
        ("PENDLE/USDT 3rd buy filled ✅", None),
        ("second buy filled at 1.23", 1.23),
        ("DCA order 3 filled", None),
        ("DCA order 3 filled at 1.23", 1.23),
        ("#SOL — safety order 2 filled at 144.1", 144.1),
        ("Entry 2 filled", None),
    ],
)
def test_a_later_buy_filled_is_the_entry_filled(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (FILLED,)
    assert parsed.price == price


def test_a_later_sell_filled_alone_is_not_read_as_a_fill() -> None:
    # a long's exit as well as a short's entry
    assert parse_message("2nd sell filled on $WLD @ 1.2").kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        ("🎯 TP HIT\nAsset: LINKUSDT\nTake Profit 2: 13.796\nProfit: +2.9%", 2, 13.796),
        ("✅ TARGET REACHED\nPair: #ENA\nTarget 3: 0.7052\nGain: +2.8%", 3, 0.7052),
        ("TP HIT | #1000PEPE | TP1: 0.0081745 | PnL +9.0%", 1, 0.0081745),
        ("TAKE PROFIT HIT 🎯\nAsset: BONK/USDT\nTake-Profit 2: 0.024864", 2, 0.024864),
        ("🎯 Target hit\nCoin: BTCUSDT\nTP3: 66,484.6\nROI: +1.3%", 3, 66484.6),
    ],
)
def test_a_target_card_numbers_the_hit_in_its_label(text: str, index: int, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT,)
    assert (parsed.target_index, parsed.price) == (index, price)


@pytest.mark.parametrize(
    "text",
    [
        # a stop, a second target or a side: a card of its own, not read as the hit
        "🎯 TP HIT\nAsset: LINKUSDT\nTake Profit 2: 13.796\nStop: 12.9",
        "🎯 TP HIT\nAsset: LINKUSDT\nTake Profit 1: 13.2\nTake Profit 2: 13.796",
        "🎯 TP HIT\nAsset: LINKUSDT LONG\nTake Profit 2: 13.796",
    ],
)
def test_a_target_card_with_another_level_or_a_side_is_no_hit(text: str) -> None:
    parsed = parse_message(text)
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.actions == (HIT,))


@given(_COINS, st.integers(min_value=1, max_value=9), _PRICES)
def test_every_drawn_target_card_is_its_hit(coin: str, index: int, price: float) -> None:
    parsed = parse_message(f"🎯 TP HIT\nAsset: {coin}\nTake Profit {index}: {price}\nProfit: +3.1%")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.actions, parsed.target_index, parsed.price) == ((HIT,), index, price)


@pytest.mark.parametrize(
    "text",
    [
        "$SEI trade from yesterday still running, entry 0.5077, holding",
        "AVAXUSDT short still open since Monday (entry 36.41), nothing to do",
        "Our #TIA trade is still active, entry 10.471 — be patient 🙏",
        "Reminder: BNB short is still running (entry 581.5), do not close it",
        "TIA from this morning: still running, entry 9.414, no changes",
    ],
)
def test_a_trade_told_as_still_open_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # asking to act, or a plan beside it: not this talk
        "BNB short still open for entry at 581.5, targets 570 / 560, stop 590",
        "SOL long still running from 142, move SL to entry",
        "ETH still open, buy more at 3100",
        "SOL still valid, entry 148.2 holding",
    ],
)
def test_a_still_open_trade_asked_to_act_on_is_no_such_talk(text: str) -> None:
    assert open_trade_talk(text.lower()) is None


def test_a_still_open_trade_with_a_stop_move_keeps_the_move() -> None:
    parsed = parse_message("SOL long still running from 142, move SL to entry")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        ("📈 LONG ARB-USDT 💰 1.186 🛑 1.1544 🎯 1.2006", 1.186, (1.2006,), 1.1544),
        ("📉 SHORT ORDI-USDT 💰 39.17 🛑 40.24 🎯 38.7 / 38.18", 39.17, (38.7, 38.18), 40.24),
        ("📈 LONG ARB-USDT 💰 1.186 🎯 1.2006 / 1.22 🛑 1.1544", 1.186, (1.2006, 1.22), 1.1544),
    ],
)
def test_a_money_bag_opening_an_icon_row_is_its_entry(
    text: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((entry,), targets, stop)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Cine a intrat long pe WIF la 2,6784? Eu aștept 2,6146 🙏", True),
        ("Anyone in SOL from 148.2? I wait for 144", True),
        ("Oga, anyone enter SOL? I dey wait 144", True),
        ("Long SOL 148.2? Yes! Targets 152, stop 144", False),
        ("SOL long 148.2, anyone?", False),
    ],
)
def test_a_question_put_to_the_other_readers_first(text: str, asks: bool) -> None:
    assert asks_others_first(text) is asks


def test_a_question_to_the_readers_then_a_price_is_talk() -> None:
    text = "Cine a intrat long pe WIF la 2,6784? Eu aștept 2,6146 🙏"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#FHE TP1 hit ✅\n#OP trade from yesterday still running, entry 2.3916, holding",
        "FHE closed at 0.09 | #OP trade from yesterday still running, entry 2.3916, holding",
        "#OP still running from 2.3916, stop 2.2 holding",
    ],
)
def test_still_open_talk_beside_an_update_keeps_the_reading(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL
