"""Follow-ups that name a target the trade did not reach, a stop told as filled, an entry told
live, an order gone unfilled: "closed in profit before TP3 at …", "exited at … ahead of TP2",
"TP3 skipped", "Closed manually (…) — TP3 not reached" close without any target hit; "almost hit
TP2", "TP3 was close — we stay in" are talk; "stop got filled at …", "stop at entry hit", "⛔ … |
SL filled | …" are the stop hit (at that price), never the stop moved; "limit filled @ …",
"filled at …", "… is now active" are the entry filled; "no fill in 6 hours, signal closed
without entry", "setup expired, no entry", "entry never filled, removed" cancel; "covered 60% at
…, SL now at …" and "partial TP 60% (…) | SL adjusted to …" close a share at its price and move
the stop; several coins in square brackets go to review."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE, STOP_MOVED = FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED
TARGET_HIT, STOP_HIT = FollowUpAction.TARGET_HIT, FollowUpAction.STOP_HIT
CANCEL, ENTRY_FILLED = FollowUpAction.CANCEL, FollowUpAction.ENTRY_FILLED
REENTRY = FollowUpAction.REENTRY

_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB", "OP", "INJ"])
_MARKS = st.sampled_from(["#", "$", ""])
_PRICES = st.sampled_from(["0.5123", "14.62", "3,412.5", "0.0064713", "148.2", "61,250"])


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#LINK closed in profit before TP3 at 14.62 ✅", 14.62),
        ("$ETH exited at 3,412.5 ahead of target 2", 3412.5),
        ("SOL closed manually at 148.2 before TP4", 148.2),
        ("ARB/USDT 🛑 Closed manually (1.0815) — TP3 not reached", 1.0815),
        ("INJUSDT took profit at 24.61 short of TP2, closed fully", 24.61),
        ("AVAX closed early in profit, TP3 skipped ✅", None),
        ("Closed #OP by hand at 2.415, not waiting for TP3", 2.415),
    ],
)
def test_a_close_before_a_target_hits_no_target(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.target_index is None
    assert parsed.close_fraction == 1.0
    assert parsed.price == (pytest.approx(price) if price else None)


@pytest.mark.parametrize(
    "text",
    [
        "#HBAR almost hit TP2 before reversing, still open",
        "$SOL nearly tagged TP3, holding",
        "ETH TP3 was close — we stay in 💎",
        "LINK TP2 is so close 👀",
        "DOGE just missed TP1 by a few ticks",
    ],
)
def test_a_near_miss_of_a_target_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


def test_a_near_miss_read_as_a_bare_level_goes_to_review() -> None:
    # "target 3" without a mark reads as a level's label: never acted on
    parsed = parse_message("$SOL nearly tagged target 3, holding")
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


def test_a_target_hit_beside_the_next_one_not_reached_is_still_the_hit() -> None:
    parsed = parse_message("#SOL TP2 ✅ closed the rest before TP3 at 151.4")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.target_index == 2
    assert CLOSE in parsed.actions


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#TON stop got filled at 5.605 ❌", 5.605),
        ("AVAX SL filled @ 31.63", 31.63),
        ("⛔ 1INCH/USDT | SL filled | 0.369", 0.369),
        ("$ETH stop loss executed at 3,120.5 🔴", 3120.5),
        ("XRPUSDT stop at entry hit, no harm done", None),
        ("#LINK SL at 13.85 got hit", 13.85),
        ("SL filled @ 0.0652", 0.0652),
    ],
)
def test_a_stop_told_filled_or_hit_at_its_level_is_the_stop_hit(
    text: str, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (STOP_HIT,)
    assert parsed.new_stop is None and not parsed.stop_to_entry
    assert parsed.price == (pytest.approx(price) if price else None)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#ORDI limit filled @ 34.76 — SL and TPs set", 34.76),
        ("$NEAR ✅ ACTIVE — filled at 5.465", 5.465),
        ("JUP/USDT live now, filled at 0.8377 🔥", 0.8377),
        ("TURBOUSDT triggered at 0.0066512, we're in 🚀", 0.0066512),
        ("BTCUSDT activated ✅ entry 60,484.4", 60484.4),
        ("$1000FLOKI is now active 🟢", None),
    ],
)
def test_an_entry_told_filled_or_live_is_the_entry_filled(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (ENTRY_FILLED,)
    assert parsed.price == (pytest.approx(price) if price else None)


@pytest.mark.parametrize(
    "text",
    [
        "Buy limit filled at 0.0056167 ✅",  # a short's take-profit as often as a long's entry
        "$SOL is now live on Binance spot",  # a listing
        "#ETH not filled yet, order still pending ⏳",
        "TP1 filled at 0.5123",
    ],
)
def test_fills_that_are_no_entry_filled(text: str) -> None:
    parsed = parse_message(text)
    assert FollowUpAction.ENTRY_FILLED not in parsed.actions, parsed


@pytest.mark.parametrize(
    "text",
    [
        "#API3 — no fill in 6 hours, signal closed without entry",
        "$ETH setup expired, no entry 🚫",
        "⏰ Time's up on DOGEUSDT: entry never filled, removed",
        "NEARUSDT signal void: price never reached the entry in 48 hours",
        "LINK/USDT trade closed without a fill after 24h",
    ],
)
def test_an_order_gone_unfilled_is_a_cancel(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CANCEL,)


@pytest.mark.parametrize(
    ("text", "share", "price", "stop"),
    [
        ("OPUSDT covered 60% at 2.1741, SL now at 2.3108", 0.6, 2.1741, 2.3108),
        ("#INJ covered half at 24.15 — stop to 25.02", 0.5, 24.15, 25.02),
        ("1000FLOKI/USDT partial TP 60% (0.20316) | SL adjusted to 0.19801", 0.6, 0.20316, 0.19801),
        ("$SOL partial close 30% at 151.2, SL moved to 149.8", 0.3, 151.2, 149.8),
    ],
)
def test_a_share_closed_at_a_price_beside_the_new_stop(
    text: str, share: float, price: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE, STOP_MOVED)
    assert parsed.close_fraction == share
    assert parsed.price == pytest.approx(price)
    assert parsed.new_stop == pytest.approx(stop)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("SEIUSDT target 2 destroyed 🔥", 2),
        ("ARB/USDT smashed TP2 💥 +65%", 2),
        ("$LINK TP3 crushed", 3),
    ],
)
def test_a_target_told_in_strong_words_is_hit(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (TARGET_HIT,)
    assert parsed.target_index == index


@pytest.mark.parametrize(
    "text",
    [
        "#SOL TP2 about to get smashed 👀",
        "we have you covered, new setups tonight",
        "SL hit on another exchange only, not here 🤷",
        "VIP sale closes in 24h — 40% off 🔥",
    ],
)
def test_talk_in_the_same_words_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


@pytest.mark.parametrize(
    "text",
    [
        "[ARB] TP3 ✅  [1000BONK] entry filled  [RENDER] expired",
        "[SOL] SL to entry [ETH] closed",
        "1000BONK/USDT tighten your stops if you're nervous",
    ],
)
def test_risky_updates_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


def test_reloaded_at_a_price_is_a_reentry() -> None:
    parsed = parse_message("1000PEPE reloaded at 0.0083771 🔁")
    assert parsed.actions == (REENTRY,)
    assert parsed.price == pytest.approx(0.0083771)


@given(
    coin=_COINS,
    mark=_MARKS,
    price=_PRICES,
    n=st.integers(2, 5),
    verb=st.sampled_from(["closed in profit", "exited", "closed manually", "took profit"]),
    where=st.sampled_from(["before TP{n}", "ahead of TP{n}", "before target {n}"]),
)
def test_no_target_named_as_not_reached_is_ever_hit(
    coin: str, mark: str, price: str, n: int, verb: str, where: str
) -> None:
    parsed = parse_message(f"{mark}{coin} {verb} at {price} {where.format(n=n)}")
    assert FollowUpAction.TARGET_HIT not in parsed.actions, parsed


@given(
    coin=_COINS,
    mark=_MARKS,
    n=st.integers(1, 5),
    form=st.sampled_from(
        ["almost hit TP{n}", "nearly reached target {n}", "TP{n} was close", "TP{n} not reached"]
    ),
    tail=st.sampled_from(["", ", still open", " 👀", " — holding"]),
)
def test_a_target_not_reached_alone_is_never_acted_on(
    coin: str, mark: str, n: int, form: str, tail: str
) -> None:
    parsed = parse_message(f"{mark}{coin} {form.format(n=n)}{tail}")
    assert parsed.kind is not MessageKind.FOLLOW_UP, parsed
    assert parsed.kind is not MessageKind.SIGNAL, parsed
