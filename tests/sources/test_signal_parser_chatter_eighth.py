"""Confidences without a unit, icon-only replies, and the eighth round of talk between calls.

A confidence written without a unit is read only where its scale is plain: a fraction with a
decimal point ("Probability: 0.7") or a value above 10 ("Score: 74", a percentage); a value
from 1 to 10 ("Confidence: 8", "Likelihood: 1.03") may be tenths, a percentage or another scale
and is left out. A reply of fire or rocket icons alone cheers and acts on nothing (talk, as
"DOGE 🔥🔥" is); money icons alone may report profit taken and go to review."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.leverage import confidence_value

CALL = "#SOL/USDT LONG\nEntry: 148.2\nTP1: 151.4\nTP2: 155.0\nSL: 144.1\n"

CONFIDENCES = [
    ("Confidence: 80%", 0.8),
    ("Confidence: 8/10", 0.8),
    ("Score: 87/100", 0.87),
    ("Score: 8/100", 0.08),
    ("Probability: 0.7", 0.7),
    ("Confidence: 0,65", 0.65),
    ("Confidence: 74", 0.74),
    ("Likelihood: 62.5", 0.625),
    # a value from 1 to 10 without a unit: tenths, a percentage or a scale of five?
    ("Likelihood: 1.03", None),
    ("Confidence: 8", None),
    ("Probability: 7.5", None),
    ("Confidence: 1", None),
    ("Confidence: 140%", None),
]


@pytest.mark.parametrize(("line", "value"), CONFIDENCES)
def test_a_confidence_is_read_only_where_its_scale_is_plain(line: str, value: float | None) -> None:
    parsed = parse_message(CALL + line)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.confidence == (pytest.approx(value) if value is not None else None)
    assert parsed.entries == (148.2,)  # the confidence's number is no price


@given(st.integers(min_value=1, max_value=10), st.integers(min_value=0, max_value=99))
def test_a_unitless_confidence_from_1_to_10_is_left_out(whole: int, cents: int) -> None:
    number = f"{whole}.{cents:02d}" if whole < 10 else "10"
    assert confidence_value(number, "") is None


@given(st.integers(min_value=11, max_value=100))
def test_a_unitless_confidence_above_10_is_a_percentage(value: int) -> None:
    assert confidence_value(str(value), "") == pytest.approx(value / 100)


@pytest.mark.parametrize("text", ["🔥", "🚀", "🔥🔥🔥", "🚀🚀", "🔥 🚀", "🔥️"])
def test_fire_or_rockets_alone_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize("text", ["💰", "💰💰", "💰🔥", "🎯🎯✅🔥", "✅🔥"])
def test_money_icons_or_cheers_beside_a_target_mark_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_bullseye_per_target_and_a_check_is_that_target() -> None:
    parsed = parse_message("🎯🎯✅")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.target_index == 2


# ---- talk between calls: heatmaps, polls, questions under a quoted call ----

HEATMAPS = [
    "SUI liq map (24h): biggest pool 1.2135 ($71M), second pool 1.117 ($106M). Whichever gets "
    "swept first decides the week.",
    "ETH heat map: liquidity pool at 3,612.4, another at 3,388.1 — both get swept eventually",
]


@pytest.mark.parametrize("text", HEATMAPS)
def test_a_liquidation_maps_caption_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


POLLS = [
    "📊 POLL: where does AVAX close on Friday?\n🅰️ below 35.12\n🅱️ 35.12 – 36.6\n🅲 above 36.6",
    "Quick poll: would you buy DOGE at 0.11463 or wait for 0.10917? React 🔥 for 0.11463, ❤️ "
    "for 0.10917",
    "📊 Community sentiment on ARB: 60% bullish, average target 1.2477, average stop 1.1826 "
    "(361 votes)",
    "Vote 👇 SOL next 24h: pump to 151.2 or dump to 143.9? 👍 pump / 👎 dump",
]


@pytest.mark.parametrize("text", POLLS)
def test_a_poll_with_price_options_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_call_after_a_polls_result_is_still_a_call() -> None:
    parsed = parse_message(
        "Poll winner was SOL 😄 so here it is: long 148.2, stop 144.1, targets 151.4 and 155"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == (151.4, 155.0)
    assert parsed.stop_loss == 144.1


QUOTED_QUESTIONS = [
    "> #ADA SHORT entry 0.4872 SL 0.5038 TP 0.4799\nis this still valid? price already at 0.484 🤔",
    "┃ SOL/USDT short | Entry 140.19 | SL 146.3\nadmin did you close this one? mine is still open",
    'Replying to @admin: "1000floki long 0.19142 tp 0.19425 sl 0.18563"\nwhat leverage do you '
    "use for this one? 🙏",
    "» SUI long 1.0474\n» TP 1.0642\n» SL 1.0135\nwhy is the stop so wide on this one?",
    "↩️ In reply to: #SUI LONG | Entry 0.9867 | TP 1.0009 | SL 0.9449\ncan I use this one on "
    "spot too?",
]


@pytest.mark.parametrize("text", QUOTED_QUESTIONS)
def test_a_question_under_a_quoted_call_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "🚨 NEW SIGNAL, who's in?\n> #SOL LONG\n> Entry: 148.2\n> TP: 151.4\n> SL: 144.1",
        "Nice one 🔥\n> #SOL LONG\n> Entry: 148.2\n> TP: 151.4\n> SL: 144.1",
    ],
)
def test_a_quoted_call_under_a_heading_or_a_cheer_still_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Heatmap shows shorts stacked above 6.366 on NEAR. Taking the long at 6.08 with SL "
            "5.811, TP 6.167 / 6.274 / 6.366 🎯",
            (6.167, 6.274, 6.366),
        ),
        (
            "Not much going on today except NEAR: clean breakout above 5.667. Entry 5.698, SL "
            "5.597, TP 5.783 / 5.861. Small size.",
            (5.783, 5.861),
        ),
        (
            "Not much going on today except XRP: clean breakdown below 0.5701. Entry 0.5644, SL "
            "0.5921, TP 0.5555 / 0.5473. Small size.",
            (0.5555, 0.5473),
        ),
    ],
)
def test_a_call_told_in_commentarys_words_is_read(text: str, targets: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == targets


@pytest.mark.parametrize(
    "text",
    [
        "SOL long 148.2, SL 144 🎯",
        # a label and its icon with no value after them: cut, not a call without targets
        "#SOL LONG Entry 148.2 SL 144 TP 🎯",
        "#SOL LONG Entry 148.2 SL 144 Target 🎯",
    ],
)
def test_a_target_icon_with_no_target_read_still_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@given(st.sampled_from(["pool", "vote", "poll", "survey"]), st.integers(1, 999))
def test_a_poll_word_without_a_question_or_a_count_is_no_poll(word: str, n: int) -> None:
    from tradermanager.sources.signal_parser.polls import poll

    assert not poll(f"{word} winner was sol: long {n}.5, stop {n}.1, targets {n}.9")
