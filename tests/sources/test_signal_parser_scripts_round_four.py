"""Layouts read without their words: a bare ticker over price lines under unknown labels, and
a sentence's targets under a word no lexicon holds beside a side word it knows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.clause_targets import (
    clause_as_targets,
    words_before_entry,
)


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "💎 TRX\nඇතුල්වීම ➜ 0.13261\nඉලක්ක ➜ 0.13393 - 0.13583 - 0.14083\nනැවතුම ➜ 0.12618",
            "long",
            (0.13261,),
            (0.13393, 0.13583, 0.14083),
            0.12618,
        ),
        (
            "💎 WIF\nਐਂਟਰੀ - 2.4425\nਟੀਚੇ - 2.417 - 2.3587\nਰੋਕ - 2.501",
            "short",
            (2.4425,),
            (2.417, 2.3587),
            2.501,
        ),
        (
            "Long #SOL kwa 148.2, malengo 152 na 155, stop 144",
            "long",
            (148.2,),
            (152.0, 155.0),
            144.0,
        ),
        (
            # (a two-place target settles the decimal mark of a Scandinavian card)
            "SHORT #APT 9.677; mål 9.52 / 9.401; SL 9.887",
            "short",
            (9.677,),
            (9.52, 9.401),
            9.887,
        ),
        (
            "1000BONK\nშესვლა: 0.0258\nმიზნები: 0.025412 / 0.024912\nგაჩერება: 0.027082",
            "short",
            (0.0258,),
            (0.025412, 0.024912),
            0.027082,
        ),
        (
            "Short #ETH dari 3412, sasaran-nya 3350 dan 3300, stop 3480",
            "short",
            (3412.0,),
            (3350.0, 3300.0),
            3480.0,
        ),
    ],
)
def test_layouts_read_without_their_words(text, side, entries, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side.value == side
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


def test_a_scandinavian_card_whose_every_level_is_a_dot_group_goes_to_review():
    parsed = parse_message("SHORT #APT 9.677; mål 9.527 / 9.401; SL 9.887")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_a_target_placed_by_its_clause_keeps_a_placement_confidence():
    # (Hausa "manufa", targets: a word no table knows; Swahili "malengo" is a target label since
    # the thirteenth languages round, its targets then read at 1.0)
    parsed = parse_message("Long #SOL kwa 148.2, manufa 152 na 155, stop 144")
    assert parsed.field_confidence("take_profits") == pytest.approx(0.7)


@pytest.mark.parametrize(
    "text",
    [
        # one price under the unknown word: a second entry as well as a target
        "Long #SOL at 148.2, retest 150, stop 144",
        # the clause's prices below a long's entry: a ladder, not targets
        "Long SOL 148.2, ladder 147 and 146, stop 144",
        # the clause's prices on the stop's side: no signal
        "Short #SOL kwa 148.2, malengo 152 na 155, stop 150",
    ],
)
def test_clauses_that_are_not_targets_stay_in_review(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_bare_ticker_over_one_price_lines_is_no_signal():
    text = "💎 BTC\nPrice ➜ 63450\nHigh ➜ 64100\nLow ➜ 62800"
    assert parse_message(text).kind is not MessageKind.SIGNAL


@given(st.text(alphabet="abc 0123456789.,\n", max_size=60))
def test_clause_rewrite_only_renames_one_word(text):
    out = clause_as_targets(text)
    if out != text:
        assert "\n" not in text.strip()
        assert out.count("targets") == text.count("targets") + 1
        # only letters were replaced: every digit stays where it was, in order
        assert [c for c in out if c.isdigit()] == [c for c in text if c.isdigit()]


@pytest.mark.parametrize(
    ("text", "side", "entry", "targets", "stop"),
    [
        (
            "Long #BNB hinnaga 612.7, eesmärgid 623 ja 627.4, SL 592.7",
            "long",
            612.7,
            (623.0, 627.4),
            592.7,
        ),
        (
            "Short #DOT hintaan 6.132, tavoitteet 6.011 ja 5.885, SL 6.264",
            "short",
            6.132,
            (6.011, 5.885),
            6.264,
        ),
        (
            "Long $SUI fiyatından 1.0541, hedefler 1.07 ve 1.09, stop 1.02",
            "long",
            1.0541,
            (1.07, 1.09),
            1.02,
        ),
    ],
)
def test_a_long_word_between_the_coin_and_the_entry(text, side, entry, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side.value, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        (entry,),
        targets,
        stop,
    )
    assert parsed.field_confidence("entries") <= 0.75


@pytest.mark.parametrize(
    "text",
    [
        # one price after the long word and no other clause: not enough to copy
        "Long #BNB hinnaga 612.7",
        # the stop on the profit side of the price: no signal
        "Long #BNB hinnaga 612.7, eesmärgid 623 ja 627.4, SL 640",
        # two prices in the opening clause: which is the entry is not told
        "Long #BNB hinnaga 612.7 610, eesmärgid 623 ja 627.4, SL 592.7",
    ],
)
def test_a_long_word_before_a_price_that_does_not_make_a_signal(text):
    assert parse_message(text).kind is not MessageKind.SIGNAL


@given(st.text(alphabet="abcé #$ABC 0123456789.,\n", max_size=60))
def test_words_before_the_entry_rewrite_keeps_every_digit(text):
    out = words_before_entry(text, "ABC")
    if out != text:
        assert "\n" not in text.strip()
        assert [c for c in out if c.isdigit()] == [c for c in text if c.isdigit()]
        assert out.count(" at ") >= 1
