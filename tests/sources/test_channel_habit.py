"""A channel's signal lacking what each of its recent signals gave, its text ending on a price,
is held for review as cut short — through the import and the live listener's reading."""

from __future__ import annotations

import pytest
from channel_exports import channel_export

from tradermanager.sources.channel_habit import ENOUGH, ChannelHabit
from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.telegram_channel import interpret

CARDS = [
    f"#{coin}/USDT LONG\nEntry: {e}\nTargets: {t1} - {t2}\nStop Loss: {s}\nLeverage: 10x"
    for coin, e, t1, t2, s in [
        ("SOL", 148.2, 152, 155, 144),
        ("XRP", 0.5231, 0.5302, 0.5388, 0.5102),
        ("BTC", 63450, 64100, 64900, 62100),
        ("PEPE", "0.0000081234", "0.0000082511", "0.0000083902", "0.0000078804"),
        ("1000PEPE", 0.0081234, 0.0082511, 0.0083902, 0.0078804),
        ("ADA", 0.4512, 0.4601, 0.4688, 0.4377),
    ]
]


def _last(*texts: str) -> tuple[str, str]:
    record = interpret(channel_export(*texts)).records[-1]
    return record.classification, record.reason


@pytest.mark.parametrize(
    "cut",
    [
        "#DOGE/USDT SHORT\nEntry: 0.1234",  # cut right after its entry
        "#DOGE/USDT SHORT\nEntry: 0.1234\nTargets: 0.1201 - 0.1188\nStop Loss: 0.1275",  # x10 lost
        "ETH short 3,412.5 tp 3,380 3,351 sl 3,466.2",  # a one-liner cut after its stop
    ],
)
def test_a_signal_lacking_what_each_earlier_one_gave_ending_on_a_price_waits(cut: str) -> None:
    kind, reason = _last(*CARDS, cut)
    assert kind == "needs_review"
    assert "cut short" in reason and f"last {len(CARDS)} signals" in reason


def test_the_same_signal_is_copied_when_it_does_not_end_on_a_price() -> None:
    kind, _ = _last(
        *CARDS,
        "#DOGE/USDT SHORT\nEntry: 0.1234\nTargets: 0.1201 - 0.1188\nSL: 0.1275\nSpot only ✅",
    )
    assert kind == "signal"


def test_a_channel_that_sometimes_gives_no_leverage_copies_one_without() -> None:
    mixed = [CARDS[0].replace("\nLeverage: 10x", ""), *CARDS[1:]]  # one of the last had none
    kind, _ = _last(*mixed, "#DOGE/USDT SHORT\nEntry: 0.1234\nTargets: 0.1201 - 0.1188\nSL: 0.1275")
    assert kind == "signal"


def test_too_few_earlier_signals_tell_nothing() -> None:
    kind, _ = _last(
        *CARDS[: ENOUGH - 1],
        "#DOGE/USDT SHORT\nEntry: 0.1234\nTargets: 0.1201 - 0.1188\nSL: 0.1275",
    )
    assert kind == "signal"


def test_a_habit_given_from_before_counts_as_the_channels_own() -> None:
    habit = ChannelHabit(parse_message(t) for t in CARDS)
    history = interpret(
        channel_export("#DOGE/USDT SHORT\nEntry: 0.1234\nTargets: 0.1201 - 0.1188\nSL: 0.1275"),
        habit=habit,
    )
    assert history.records[-1].classification == "needs_review"
    assert not history.signals
