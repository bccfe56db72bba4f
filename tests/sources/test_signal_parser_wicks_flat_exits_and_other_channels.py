"""Follow-ups told with a wick, "flat", "out at", an entry missed or a trade called invalid, adds,
and the talk that borrows their words: "wick took our SL at …", "stopped by a wick at …", "wick
hunted our … stop" are the stop hit (a wick's own extreme, "that wick to …", is no price of it);
"… out at …", "fully out at …", "… flat now", "squared off at …", "exiting now at …" close the
whole position; "entry missed, don't chase" and "no fill, call is off" cancel; "trade invalid"
alone or beside a close goes to review (closed if the order filled, cancelled if not), beside a
cancel it is the cancel; "loaded more at …", "doubled the position at …" are re-entries; a stop
hit beside a re-entry goes to review; "still holding the runner, stop at TP3" moves the stop;
"holding, no exit yet", "Exit plan for …" are talk; a member's "TP2 done for me on …" and another
channel's result are talk; two calls named by their numbers go to review."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE, STOP_MOVED = FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED
STOP_HIT, CANCEL, REENTRY = FollowUpAction.STOP_HIT, FollowUpAction.CANCEL, FollowUpAction.REENTRY

_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB", "OP", "INJ"])
_MARKS = st.sampled_from(["#", "$", ""])
_PRICES = st.sampled_from(["0.5123", "14.62", "3,412.5", "0.0064713", "148.2", "61,250"])


def _value(price: str) -> float:
    return float(price.replace(",", ""))


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("AVAX stop hunted ❌ wick took our SL at 34.12", 34.12),
        ("#INJ: wick took our stop 😤", None),
        ("Wick hunted our LINK/USDT stop 🩸 -4.2%", None),
        ("OPUSDT liquidity grab took the SL, we're out ❌", None),
        ("$DOGE stopped by a wick at 0.14271 — idea still valid", 0.14271),
        ("Stop hunted on BTC ❌ that wick to 61,250 was brutal", None),
    ],
)
def test_a_stop_taken_by_a_wick_is_the_stop_hit(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (STOP_HIT,)
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "SOL wick to 141.2 but our SL at 139.8 held ✅ still in",
        "ETH almost stop hunted, SL survived by a few ticks",
        "Did the wick take your ARB SL?",
    ],
)
def test_a_wick_the_stop_survived_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("FET/USDT out at 1.1998, +3.3R", 1.1998),
        ("DOGEUSDT: fully out at 0.12657 🏁", 0.12657),
        ("$ETH out of the trade at 3,412.5, market looks heavy", 3412.5),
        ("#LINK flat now, +107% (10x) in the bag", None),
        ("AVAX squared off at 34.7 ✅", 34.7),
        ("$INJ: exiting now at 24.61", 24.61),
    ],
)
def test_out_flat_and_squared_off_close_the_whole_position(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "SOL out at 148.2? no, holding for TP3",
        "ETH flat price action, holding 💎",
        "LINK market flat today, no action needed",
        "DOGE/USDT holding, no exit yet",
        "Exit plan for $DIA: TP3 first, then trail",
        "TP2 done for me on ARB 🙏",
        "Other channel's TONUSDT call hit TP1, ours is still waiting for the entry",
        "Our partners at another group closed DIAUSDT +114% 🔥",
        "A friend's channel got stopped out on WLD/USDT, we never entered",
        "Don't chase green candles, patience pays 🧘",
        "Lifetime VIP 30% off — offer closes tonight",
        "take 30% off the annual plan today only",
    ],
)
def test_talk_that_borrows_the_words_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, (text, parsed.kind, parsed.action)


@pytest.mark.parametrize(
    "text",
    [
        "$API3 entry missed, don't chase ❌",
        "#ENA no fill, call is off, don't chase the pump",
        "SOL trade invalid before entry, remove the order",
        "ARB: entry never touched, trade invalid, cancelled ❌",
    ],
)
def test_an_entry_missed_or_a_trade_invalid_before_it_cancels(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (CANCEL,)


@pytest.mark.parametrize(
    "text",
    [
        "SUI/USDT trade invalid",
        "$KAS exit now, trade invalid",
        "TRX trade invalid ⚠️ close it at market",
        "RENDER/USDT don't chase if you missed it, wait for 6.779",
        "#XRP stop hunted ❌ re-enter at 0.5559 with the same SL",
        "Signal #2383 and #2402: TP1 ✅",
        "LINK exit now if you entered late",
    ],
)
def test_risky_layouts_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed.kind, parsed.action)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#ARB loaded more at 1.0909", 1.0909),
        ("OPUSDT doubled the position at 2.5813", 2.5813),
        ("BTC added a second position at 61,250", 61250.0),
    ],
)
def test_more_bought_at_a_price_is_a_reentry(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (REENTRY,)
    assert parsed.price == price


def test_the_runner_held_with_its_stop_at_a_target_moves_the_stop() -> None:
    parsed = parse_message("FHE still holding the runner, stop at TP3")
    assert parsed.actions == (STOP_MOVED,)
    assert parsed.stop_to_target == 3


def test_a_bots_closed_share_on_its_own_line_is_read() -> None:
    parsed = parse_message("🎯 TP2 FILLED\nSymbol: RENDER/USDT\nFill price: 7.218\nClosed: 25%")
    assert parsed.close_fraction == 0.25
    assert parsed.target_index == 2


def test_a_reply_taking_a_share_off_is_no_discount() -> None:
    parsed = parse_message("Re #3804: take 25% off here")
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 0.25


@given(_COINS, _MARKS, _PRICES, st.sampled_from(["out at", "fully out at", "squared off at"]))
def test_any_coin_out_at_a_price_closes_there(coin: str, mark: str, price: str, words: str) -> None:
    parsed = parse_message(f"{mark}{coin} {words} {price}")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.symbol == coin
    assert parsed.close_fraction == 1.0
    assert parsed.price == _value(price)


@given(
    _COINS,
    _MARKS,
    st.sampled_from(["other channel's", "another group's", "a friend's channel"]),
    st.sampled_from(["hit TP2", "got stopped out", "closed +80%"]),
)
def test_any_other_channels_result_is_never_acted_on(
    coin: str, mark: str, who: str, what: str
) -> None:
    parsed = parse_message(f"The {who} {mark}{coin} call {what}, ours is still open")
    assert parsed.kind is not MessageKind.FOLLOW_UP
    assert parsed.kind is not MessageKind.SIGNAL
