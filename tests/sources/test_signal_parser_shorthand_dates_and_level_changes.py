"""Follow-ups in channels' shorthand, calls named by their date, level changes and the talk
beside them: "tp2 ✔️ sl tp1" and "t2 ✅✅ moving sl to t1" hit a target and move the stop to
another; "sl be ✔️ risk free now" moves it to the entry; "half off at …, sl be" closes half and
moves the stop; "rest trailing, stop …" moves the stop, its price no hit's; "stop-loss updated:
…" and "stop raised above the 1h high: …" move the stop; "out of half the position at …" closes
half; a date or a citation in brackets before the hit ("(22.12)", "[13.05]") and a result after
"profit" are no hit's price; "TP3 = +35.5% ROE" hits target 3; "close 50% if it reaches …" waits
(review); a target lowered, extended, edited or removed and a limit or an entry moved go to
review, a new target's hit is a hit; a lesson on moving the stop too early and trades counted
by how they ended are talk."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

HIT, CLOSE, STOP_MOVED = FollowUpAction.TARGET_HIT, FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED

_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB", "OP", "INJ"])
_MARKS = st.sampled_from(["#", "$", ""])
_PRICES = st.sampled_from(["0.5123", "14.62", "3,412.5", "0.0064713", "148.2", "61,250.5"])


def _value(price: str) -> float:
    return float(price.replace(",", ""))


@pytest.mark.parametrize(
    ("text", "hit", "to_target"),
    [
        ("ARB tp2 ✔️ sl tp1", 2, 1),
        ("#LINK TP3 ✅ SL TP2", 3, 2),
        ("APT t4 ✅✅ moving sl to t3", 4, 3),
        ("$OP t2 ✔️ sl to t1", 2, 1),
    ],
)
def test_a_shorthand_hit_moves_the_stop_to_a_target(text: str, hit: int, to_target: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (HIT, STOP_MOVED)
    assert (parsed.target_index, parsed.stop_to_target) == (hit, to_target)


def test_ticked_targets_in_shorthand_report_the_highest() -> None:
    parsed = parse_message("DOT t1 ✔️ t2 ✔️ t3 pending")
    assert (parsed.kind, parsed.actions, parsed.target_index) == (
        MessageKind.FOLLOW_UP,
        (HIT,),
        2,
    )


@pytest.mark.parametrize(
    "text", ["JUP sl be ✔️ risk free now", "ARB sl be, risk free now", "#SOL sl be ✅ no risk"]
)
def test_sl_be_in_small_letters_moves_the_stop_to_the_entry(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.actions == (STOP_MOVED,), (text, parsed.reason)
    assert parsed.stop_to_entry


@pytest.mark.parametrize("text", ["SL: be careful", "sl be careful out there"])
def test_be_as_a_verb_is_no_breakeven(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    ("text", "fraction", "price"),
    [
        ("TURBO/USDT half off at 0.0056899, sl be", 0.5, 0.0056899),
        ("ETH half off @ 3,412.5, SL BE", 0.5, 3412.5),
    ],
)
def test_a_share_off_beside_a_stop_move_is_both(text: str, fraction: float, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.actions == (CLOSE, STOP_MOVED), (text, parsed.reason)
    assert (parsed.close_fraction, parsed.price, parsed.stop_to_entry) == (fraction, price, True)


@pytest.mark.parametrize(
    ("text", "fraction", "price"),
    [
        ("SUIUSDT: out of half the position at 1.0828 (+40.3% with 10x)", 0.5, 1.0828),
        ("SOL out of 30% of our position at 150.2", 0.3, 150.2),
    ],
)
def test_out_of_a_share_of_the_position_closes_it(text: str, fraction: float, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.actions == (CLOSE,), (text, parsed.reason)
    assert (parsed.close_fraction, parsed.price) == (fraction, price)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("BTC/USDT tp2 ✔️ rest trailing, stop 69,408.3", 69408.3),
        ("RENDER/USDT stop-loss updated: 6.766", 6.766),
        ("NEIROUSDT stop raised above the 1h high: 0.0013233", 0.0013233),
        ("BTC stop raised under the 1h low: 68,100.5", 68100.5),
        ("🔁 #ORDI Long · trailing stop moved: 40.88 → 41.74", 41.74),
    ],
)
def test_the_new_stop_is_the_price_after_the_move(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert STOP_MOVED in parsed.actions, (text, parsed.reason)
    assert parsed.new_stop == stop
    assert parsed.price is None


@pytest.mark.parametrize(
    "text",
    [
        "#ARB long (22.12) — TP2 ✅",
        "[13.05] $WLD long ➜ TP2 ✅ SL → BE",
        "INJ short (03/11) TP3 ✅",
        "BTC profit 589.20$ ✅ TP1 reached",
    ],
)
def test_a_date_or_a_result_before_the_hit_is_no_price(text: str) -> None:
    parsed = parse_message(text)
    assert HIT in parsed.actions, (text, parsed.reason)
    assert parsed.price is None


def test_a_price_in_brackets_after_the_hit_is_still_its_price() -> None:
    assert parse_message("SOL TP2 ✅ (152.3)").price == 152.3


@pytest.mark.parametrize(("text", "hit"), [("$STX TP3 = +35.5% ROE 🔥", 3), ("SOL TP2 = +3R", 2)])
def test_a_target_with_its_signed_result_is_hit(text: str, hit: int) -> None:
    parsed = parse_message(text)
    assert (parsed.actions, parsed.target_index) == ((HIT,), hit), (text, parsed.reason)


@pytest.mark.parametrize(
    "text",
    [
        "BRETTUSDT close 50% if it reaches 0.048384",
        "SOL take half once price hits 152.5",
        "TIAUSDT TP3 lowered to 9.415 for a safer exit",
        "SOL extend targets: new TP5 160",
        "SOL remove TP3, we close at TP2",
        "SOL new targets: 150 / 155",
        "SOL final target moved to 160",
        "$FLOKI limit moved to 0.202",
        "$LQTY move your limit to 0.2729",
        "ETH entry moved to 3,380, same SL/TP",
        "AVAX TP2 ✅ and adding TP4 at 38.1",
    ],
)
def test_a_close_for_later_or_a_level_changed_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW, text


@pytest.mark.parametrize(
    ("text", "hit"),
    [("1000BONKUSDT TP3 (new target) hit ✅", 3), ("SOL extended TP5 reached 🎯", 5)],
)
def test_a_new_targets_hit_is_a_hit(text: str, hit: int) -> None:
    parsed = parse_message(text)
    assert (parsed.actions, parsed.target_index) == ((HIT,), hit), (text, parsed.reason)


def test_an_average_moved_by_a_fill_is_the_fill() -> None:
    parsed = parse_message("AVAX avg entry moved to 37.77 after the second fill")
    assert (parsed.actions, parsed.price) == ((FollowUpAction.ENTRY_FILLED,), 37.77)


@pytest.mark.parametrize(
    "text",
    [
        "Moving SL to entry too early kills good trades. Give them room.",
        "Moving your stop to breakeven too soon is how winners turn into scratches",
        "Our last 10 trades: 3 TP, 2 SL, 5 BE",
        "Last 20 calls: 12 TP, 5 SL, 3 BE",
        "Should we extend the SOL targets?",
        "VIP half off at 50 USDT this week",
    ],
)
def test_talk_with_update_words_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL, text


@given(_COINS, _MARKS, st.integers(2, 5))
def test_any_coin_shorthand_hit_and_stop_to_the_target_below(coin: str, mark: str, n: int) -> None:
    parsed = parse_message(f"{mark}{coin} tp{n} ✔️ sl tp{n - 1}")
    assert parsed.symbol == coin
    assert parsed.actions == (HIT, STOP_MOVED)
    assert (parsed.target_index, parsed.stop_to_target) == (n, n - 1)


@given(_COINS, _MARKS, _PRICES, st.integers(1, 28), st.integers(1, 12), st.integers(1, 4))
def test_a_date_before_the_hit_is_never_its_price(
    coin: str, mark: str, price: str, day: int, month: int, n: int
) -> None:
    parsed = parse_message(f"{mark}{coin} long ({day:02d}.{month:02d}) — TP{n} ✅")
    assert parsed.actions == (HIT,)
    assert parsed.price is None
    # and the stop's new price after "updated:" is read with its decimals and groups
    moved = parse_message(f"{mark}{coin} stop-loss updated: {price}")
    assert moved.actions == (STOP_MOVED,)
    assert moved.new_stop == _value(price)
