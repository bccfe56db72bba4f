"""Talk between calls, fourth round: a trader's journal of trades already ended, a close told
a day late (to review), a level offered to readers who missed a call (to review) — while a call
written in a reply, or in first person now, keeps its reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.journal_entries import journal_entry, told_late
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
