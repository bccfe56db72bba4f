"""Texts typed all in capitals: every word is a capital word, so a bare one is a coin only when
the symbol list holds it or it has a coin's form (#, $, a pair, a quote suffix). An update that
names no coin goes where the channel sends coinless follow-ups: the message it replies to, or
the channel's only open copy."""

from __future__ import annotations

import pytest
from channel_exports import SIGNAL, channel_export
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.symbols import COIN_NAMES, listed_bases
from tradermanager.sources.telegram_channel import interpret

# English words as channels shout them; some are also listed tickers ("ONE", "HIGH", "NEAR")
ENGLISH = (
    *("RUNNER", "LEFT", "GREAT", "TRADE", "NICE", "MOVE", "FAMILY", "LETS", "GO", "PATIENCE"),
    *("PAYS", "STAY", "SAFE", "ENJOY", "THE", "PROFITS", "EASY", "MONEY", "WHAT", "A", "PART"),
    *("OF", "GAME", "NEXT", "ONE", "WILL", "PAY", "TOO", "LATE", "NOW", "HIGH", "CONFIDENCE"),
    *("FRESH", "SETUP", "BOYS", "WELL", "DONE", "TEAM", "KEEP", "CALM", "RIDE", "WAVE", "BIG"),
    *("WIN", "TODAY", "HERE", "NEAR", "LINK", "BLESSED", "HUGE", "PUMP", "MOON", "SOON"),
)
UPDATES = (
    ("SECURED 25% AT TP2,", FollowUpAction.TARGET_HIT),
    ("TP1 HIT,", FollowUpAction.TARGET_HIT),
    ("TP3 DONE ✅", FollowUpAction.TARGET_HIT),
    ("CLOSED HALF HERE,", FollowUpAction.CLOSE),
    ("SL TO ENTRY,", FollowUpAction.STOP_MOVED),
    ("STOPPED OUT,", FollowUpAction.STOP_HIT),
)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("SECURED 25% AT TP2, RUNNER LEFT", FollowUpAction.TARGET_HIT),
        ("CLOSED HALF HERE, GREAT TRADE", FollowUpAction.CLOSE),
        ("TP3 DONE ✅ PATIENCE PAYS", FollowUpAction.TARGET_HIT),
        ("SL TO ENTRY, LETS GO", FollowUpAction.STOP_MOVED),
        ("STOPPED OUT, PART OF THE GAME", FollowUpAction.STOP_HIT),
    ],
)
def test_an_english_capital_word_is_no_coin(text: str, action: FollowUpAction) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.action, parsed.symbol) == (MessageKind.FOLLOW_UP, action, None)


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        ("SECURED 25% AT TP2, RUNNER LEFT #SOL", "SOL"),
        ("CLOSED HALF HERE, GREAT TRADE WIF", "WIF"),
        ("ETH/USDT TP3 HIT, NICE MOVE FAMILY 🔥", "ETH"),
        ("1000PEPEUSDT SL TO ENTRY, LETS GO", "1000PEPE"),
        ("$TURBO STOPPED OUT, PART OF THE GAME", "TURBO"),
    ],
)
def test_a_listed_or_marked_coin_is_still_read_in_capitals(text: str, coin: str) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol) == (MessageKind.FOLLOW_UP, coin), parsed.reason


def test_a_banner_word_the_exchange_lists_is_no_coin_of_a_card_in_capitals() -> None:
    text = "HIGH CONFIDENCE\nLONG NOW\nENTRY 0.5231\nTARGETS 0.5302 / 0.5388\nSTOP 0.5112"
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol) == (MessageKind.NEEDS_REVIEW, None)
    card = "XRP LONG — HIGH CONFIDENCE\nENTRY 0.5231\nTARGETS 0.5302 / 0.5388\nSTOP 0.5112"
    assert (parse_message(card).kind, parse_message(card).symbol) == (MessageKind.SIGNAL, "XRP")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(UPDATES),
    st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=5),
    st.booleans(),
)
def test_an_update_in_capitals_of_english_words_names_no_unlisted_coin(
    update: tuple[str, FollowUpAction], words: list[str], after: bool
) -> None:
    tail = " ".join(words)
    text = f"{tail} {update[0]}" if after else f"{update[0]} {tail}"
    parsed = parse_message(text)
    assert parsed.symbol is None or parsed.symbol in listed_bases() | set(COIN_NAMES), text
    if not any(w in listed_bases() for w in words):
        assert parsed.symbol is None, text


def test_a_coinless_update_in_capitals_reaches_the_channels_only_open_copy() -> None:
    history = interpret(channel_export(SIGNAL, "SECURED 25% AT TP2, RUNNER LEFT"))
    assert history.records[-1].classification == "follow_up"
    assert history.records[-1].links_to == "tg:1"
    sol = "#SOL/USDT LONG\nEntry: 148\nTargets: 150 - 155\nStop Loss: 140"
    two_open = interpret(channel_export(SIGNAL, sol, "SECURED 25% AT TP2, RUNNER LEFT"))
    assert two_open.records[-1].classification == "skipped"  # which copy? it does not say
