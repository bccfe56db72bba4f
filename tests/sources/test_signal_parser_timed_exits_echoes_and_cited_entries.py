"""Follow-ups on an open call read by when, by whom and of what: an exit timed before an event
or a candle's close ("close SOL before the weekend", "exit before the daily close") goes to
review, while a close told now beside the event ("close now, CPI in 30 minutes", "Closing … at
… before the weekend") closes; a member's echo or complaint ("same here, TP2 hit on BNB",
"closed mine at …", "booked 30% as you said", "SL hit on the other exchange") is talk; the
call's entry cited beside a hit or a stop ("Our LTC short at 85.74 got stopped out") is no
price of that hit; "stop at TP2 now", "put SL at TP2" move the stop to the target; "book the
rest", "40% banked at TP2", "cut losses on … now", "add to … at …", "averaged down at …"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE, STOP_MOVED = FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED
TARGET_HIT, STOP_HIT = FollowUpAction.TARGET_HIT, FollowUpAction.STOP_HIT
REENTRY = FollowUpAction.REENTRY

_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB", "OP", "PEPE"])
_MARKS = st.sampled_from(["#", "$", ""])


@pytest.mark.parametrize(
    "text",
    [
        "Close #SOL before the weekend",
        "ETH/USDT close before the FOMC, 19:00 UTC",
        "$ARB exit before the monthly close",
        "LINK close 30% before NFP and move SL to entry",
        "close before the weekend",
        "DOGE exit by end of day",
        "#AVAX close it before Friday",
    ],
)
def test_an_exit_timed_before_an_event_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#SOL close now, CPI in 30 minutes ⚠️", None),
        ("Closing $ETH now, weekend coming 🏖️", None),
        ("ARB closed ahead of the weekend at 1.0815", 1.0815),
        ("LINK closed before the news at 14.62 ✅", 14.62),
        ("Closing #OP at 2.415 — taking profit before the weekend", 2.415),
        ("Weekend rule: flat before the Friday close — close $DOT now", None),
    ],
)
def test_a_close_told_now_beside_an_event_closes(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == (pytest.approx(price) if price else None)


@pytest.mark.parametrize(
    "text",
    [
        "same here, TP2 hit on BNBUSDT 🙏",
        "same, stopped out on #SEI 😭",
        "Same for me, SL hit on ETH",
        "me too, TP1 hit on $SOL",
        "closed mine at 1.1652, too early 😅",
        "booked mine at 0,8123 lol",
        "Thanks, booked 30% of $WLD as you said 🙏",
        "closed half of ARB as you told us",
        "SL hit on the other exchange, not on Binance 😡 DOGE",
        "Got stopped on #PENDLE on OKX, the wick was only there 🤬",
        "TP1 hit on LINK but not on Bybit?",
    ],
)
def test_a_members_echo_or_complaint_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("#LQTY TP3 ✅ (LQTY/USDT on Binance Futures)", TARGET_HIT),
        ("SOL TP2 hit ✅ same plan, SL to entry", TARGET_HIT),
        ("$AVAX SL hit ❌", STOP_HIT),
    ],
)
def test_the_admins_own_updates_stay_updates(text: str, action: FollowUpAction) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Re our API3 long from 1.3853: TP3 hit ✅", TARGET_HIT),
        ("Our #LTC short at 85.74 got stopped out ❌", STOP_HIT),
        ("ORDIUSDT short entered at 40.01 — TP3 reached 🎯", TARGET_HIT),
        ("The $ARB long from 1,082.5 hit TP1 ✅", TARGET_HIT),
        ("My ETH short @ 3,412 got stopped", STOP_HIT),
    ],
)
def test_the_calls_cited_entry_is_no_price_of_its_hit(text: str, action: FollowUpAction) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is action
    assert parsed.price is None


def test_a_close_at_a_price_after_the_side_keeps_its_price() -> None:
    parsed = parse_message(
        "[Binance Copy Trading] Lead trader closed 25% of the SUIUSDT long at 1.1866"
    )
    assert parsed.actions == (CLOSE,)
    assert parsed.price == pytest.approx(1.1866)


@pytest.mark.parametrize(
    ("text", "share", "target"),
    [
        ("#SOL stop at TP2 now and book 20%", 0.2, 2),
        ("$DOGE lock 30% and put SL at TP2", 0.3, 2),
        ("ETH set the stop at TP1 and close 40%", 0.4, 1),
        ("LINK place SL at target 2, take 25% off", 0.25, 2),
    ],
)
def test_the_stop_set_at_a_target_beside_a_share(text: str, share: float, target: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE, STOP_MOVED)
    assert parsed.close_fraction == pytest.approx(share)
    assert parsed.stop_to_target == target


@pytest.mark.parametrize(
    "text", ["SOL stopped at TP1", "ETH stop hit at TP2 level", "keep SL at TP1, nothing else"]
)
def test_a_stop_at_a_target_without_a_setting_verb_or_now_moves_nothing(text: str) -> None:
    parsed = parse_message(text)
    assert not (parsed.kind is MessageKind.FOLLOW_UP and STOP_MOVED in parsed.actions), parsed


@pytest.mark.parametrize(
    ("text", "share", "price", "target"),
    [
        ("Book the rest of #DIA at 0.7068", 1.0, 0.7068, None),
        ("$ETH book the remainder at 3,412.5", 1.0, 3412.5, None),
        ("SOL secure the rest here", 1.0, None, None),
        ("#ETH: 40% banked at TP2", 0.4, None, 2),
        ("Cut losses on SOLUSDT now ✂️", 1.0, None, None),
        ("cut the loss on #ARB here", 1.0, None, None),
    ],
)
def test_closes_in_other_words(
    text: str, share: float, price: float | None, target: int | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert CLOSE in parsed.actions
    assert parsed.close_fraction == pytest.approx(share)
    assert parsed.price == (pytest.approx(price) if price else None)
    assert parsed.target_index == target


@pytest.mark.parametrize(
    "text",
    [
        "Never cut losses too early, patience on SOL",
        "take the rest of the day off, no trades",
        "book the rest of your questions for the AMA",
    ],
)
def test_talk_with_the_same_words_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


def test_cut_losses_told_to_those_still_in_goes_to_review() -> None:
    assert parse_message("$DOT cut losses if you're still in").kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Add to TON at 5.112, same SL", 5.112),
        ("Adding to PENDLEUSDT here at 4.756 ➕", 4.756),
        ("TURBO averaged up at 0.0062289 📈", 0.0062289),
        ("#ETH averaged down at 3,120", 3120.0),
        ("averaging down on $SOL at 141.25", 141.25),
    ],
)
def test_an_add_at_a_price_is_a_reentry_there(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (REENTRY,)
    assert parsed.price == pytest.approx(price)


@given(
    coin=_COINS,
    mark=_MARKS,
    verb=st.sampled_from(["Close", "Exit", "close", "exit", "Close 50% of"]),
    when=st.sampled_from(
        ["the weekend", "the FOMC", "CPI", "the daily close", "the weekly close", "Friday"]
    ),
)
def test_any_exit_before_an_event_is_never_acted_on(
    coin: str, mark: str, verb: str, when: str
) -> None:
    parsed = parse_message(f"{verb} {mark}{coin} before {when}")
    assert parsed.kind is not MessageKind.FOLLOW_UP, parsed


@given(
    coin=_COINS,
    mark=_MARKS,
    opener=st.sampled_from(["same here,", "same,", "Same for me,", "me too,"]),
    update=st.sampled_from(["TP1 hit on", "TP2 reached on", "stopped out on", "SL hit on"]),
)
def test_any_echo_of_an_update_is_talk(coin: str, mark: str, opener: str, update: str) -> None:
    parsed = parse_message(f"{opener} {update} {mark}{coin} 🙏")
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
