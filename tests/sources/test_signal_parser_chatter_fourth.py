"""Talk between calls, fourth round: a trader's journal of trades already ended, a close told
a day late (to review), a level offered to readers who missed a call (to review), whales'
trades, a rule for every trade, "next stop" in analysis, lessons on order types — while a call
written in a reply or after a long analysis keeps its reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.destination_words import without_next_stop
from tradermanager.sources.signal_parser.house_rules import house_rule
from tradermanager.sources.signal_parser.journal_entries import (
    journal_entry,
    other_trader_close,
    told_late,
)
from tradermanager.sources.signal_parser.missed_entries import missed_entry

JOURNALS = [
    "Trade journal #60 📓 ATOM long, in 8.714, out 8.963, +2.9%. Lesson: took profit too early.",
    "Looking back at my BTC short from 64.1k: exited at 62.1k for +3.2%. Good trade, bad timing.",
    "My log for the week:\nOP long 2.498 → 2.5955 ✅\nOP long 2.498 → 2.4486 ❌ stopped",
    "Journal entry, day 48: entered ARB at 1.0223, stop at 1.0337 got hit on Monday. No regrets.",
    "TRADE JOURNAL — SOL short, entry 151.2, exit 144.9, +4.2%",
    "My trading log: LINK long 14.85 → 15.6, closed. Patience paid.",
]


@pytest.mark.parametrize("text", JOURNALS)
def test_a_journal_of_trades_already_ended_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert "journal" in parsed.reason


LATE_CLOSES = [
    "Closed my WIF short yesterday at 2.4588 (opened at 2.539). Honestly should have held.",
    "Closed my DOT long on Monday at 7.292 (opened at 6.887).",
    "Closed my ETH short last night at 3,301.5, opened at 3,420.",
]


@pytest.mark.parametrize("text", LATE_CLOSES)
def test_a_close_told_a_day_late_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert "after the fact" in parsed.reason


MISSED = [
    "Missed the SOL entry? Don't chase 🙅 wait for a retest of 142.3.",
    "Didn't get filled on BNB? A pullback to 579.3 would be a second chance 👀",
    "Late to NEAR? 5.533 is where I'd add, not up here.",
    "For those who missed #SUI: be patient, a retest around 1.0208 is likely. No FOMO.",
    "ARB ran without you? Set an alert at 1.2309 and wait for the retest ⏰",
]


@pytest.mark.parametrize("text", MISSED)
def test_a_level_for_readers_who_missed_a_call_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert missed_entry(text)


KEPT = [
    # the journal word comes after the levels: a note on the call
    (
        "Long ETH 3,412, SL 3,340, TP 3,480 / 3,560. Looking back, this range held all month.",
        Side.LONG,
    ),
    (
        "Replying to @sara_trades: I'm selling AVAX here at 36.2, SL 37.1, TP 35.0 and 34.1.",
        Side.SHORT,
    ),
    (
        "↪️ @j0hn asked what I'm trading today — long LINK 15.32, stop 14.9, targets 15.8 / 16.3.",
        Side.LONG,
    ),
]


@pytest.mark.parametrize(("text", "side"), KEPT)
def test_calls_beside_these_words_keep_their_reading(text: str, side: Side) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.side is side


def test_a_close_of_today_stays_a_close() -> None:
    parsed = parse_message("Closed my ETH long at 3,480 ✅ +2%")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert told_late("closed my eth long at 3,480 ✅ +2%") is None


def test_a_missed_word_alone_offers_no_entry() -> None:
    assert not missed_entry("Missed it? Next call in 1 hour")
    assert not missed_entry("Don't miss the retest")


@given(st.text(alphabet="abcdefgh 0123456789.,:#!?\n", max_size=60))
def test_text_without_the_words_is_never_a_journal_or_a_missed_entry(text: str) -> None:
    assert journal_entry(text) is None
    assert not missed_entry(text)
    assert told_late(text) is None


OTHERS_TRADES = [
    "Whales are accumulating TIA: 15 wallets added 2,740 TIA this week while price sat at 9.961.",
    "Whales keep buying OP 👀 8 wallets added 43,567 OP while it sat at 2.1623. Bullish?",
    "Smart money is selling AVAX at 36.66 according to on-chain data.",
]


@pytest.mark.parametrize("text", OTHERS_TRADES)
def test_a_side_word_whose_subject_is_others_is_no_side(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.side is None, parsed
    assert parsed.kind is not MessageKind.SIGNAL


ANALYSIS_THEN_CALL = [
    "SEI weekly: the range between 0.5066 and 0.5434 has held for a month.\n\n"
    "My plan: SHORT SEI at 0.525\nTP1 0.5144\nTP2 0.5043\nSL 0.5423",
    "AVAX weekly: the range between 36.16 and 38.9 has held.\n\nDaily: 37.04 is support, 38.02 "
    "resistance.\n\nMy plan: LONG AVAX at 37.53\nTP1 38.26\nTP2 39.02\nSL 36.61",
]


@pytest.mark.parametrize("text", ANALYSIS_THEN_CALL)
def test_a_range_named_above_a_whole_call_is_no_level_of_it(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert len(parsed.entries) == 1
    assert len(parsed.take_profits) == 2


# The third chatter round's pending styles


def test_next_stop_in_analysis_is_where_the_price_goes_not_a_stop() -> None:
    text = (
        "NEAR is stuck between 5.502 and 5.666. Daily close above 5.666 = bullish, next stop "
        "5.77. Close below 5.502 = retest of 5.398. Patience 🧘"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert without_next_stop("next stop 5.77") == "next halt 5.77"
    assert without_next_stop("Next stop: breakeven") == "Next stop: breakeven"


def test_a_list_named_key_levels_is_talk() -> None:
    text = "Key levels #ARB 🔑\n🟢 1.2499\n🟢 1.2625\n🔴 1.2135\n🔴 1.2009\nWatch these 👀"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Imagine NEAR at 5.35 and you're in a short: a 3% trailing stop follows the price.",
        "Limit vs market 🧠 A limit buy at 0.389 fills only if 1INCH trades there.",
        "Spot vs futures: buying BTC at 63,450 on spot can't liquidate you.",
    ],
)
def test_more_lessons_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "On ATOM we use 5x max, on memes 2x. Volatility kills high leverage 💀",
        "After TP1 the stop goes to entry — on every trade, APT included. That's the rule.",
    ],
)
def test_a_rule_for_every_trade_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert house_rule(text.lower())


def test_an_update_for_one_trade_stays_an_update() -> None:
    parsed = parse_message("#APT TP1 hit ✅ move the stop to entry")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed


def test_a_story_verb_before_from_is_no_entry() -> None:
    text = (
        "SEI bounced from 0.4719 again, volume is picking up. I think we see 0.5079 soon.\n"
        "My trade: long at 0.4748, stop 0.4599, targets 0.4849 and 0.493."
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.entries == (0.4748,)
    assert parsed.take_profits == (0.4849, 0.493)


# Second set: predictions, another trader's close, a call in a diary


@pytest.mark.parametrize(
    "text",
    [
        "My ETH target this cycle: 8,398.95 🚀 Screenshot this.",
        "My SOL target in 2027: 412.5 🚀",
        "LINK target by Christmas: 31.2",
    ],
)
def test_a_long_range_prediction_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert "long-range" in parsed.reason


def test_a_call_with_a_long_range_target_keeps_its_side() -> None:
    parsed = parse_message("Buy BTC at 63,450, target 120,000 this cycle, stop 58,000")
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.side is Side.LONG


def test_another_traders_close_goes_to_review() -> None:
    text = "Shared from the app: @satoshi_jr closed ATOM long 50x, entry 8.98 → exit 9.221"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert "Another trader" in parsed.reason
    assert other_trader_close("@sara closed her BTC long") is not None
    assert other_trader_close("closed BTC long ✅ thanks @sara") is None


@pytest.mark.parametrize(
    "text",
    [
        "Trading journal, day 26 📓 new position: SHORT SEI at 0.505, stop 0.515, targets 0.4977 / "
        "0.4887. Will update.",
        "Day 25 of the challenge 📓 new trade: long AVAX 37.72, SL 36.61, TP 38.24 / 38.77",
        "Day 76 of the challenge 📓 new trade: short LTC 78.87, SL 80.47, TP 77.69 / 76.33",
    ],
)
def test_a_call_written_in_a_diary_is_a_call(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert len(parsed.entries) == 1
    assert len(parsed.take_profits) == 2
