"""Talk that looks like a call: lessons worked on a real coin ("Example: you go long ATOM at
…, stop …, target …") and rules that close an app, not a position — while a call written after
its levels ("… SL 0.93 (e.g. under the wick)") and calls inside a paragraph of talk keep their
reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.worked_examples import worked_example

LESSONS = [
    "Example: you go long ARB at 1.1863 with a stop at 1.1388 and a target at 1.2812. R:R 1:2.",
    "For example: buy SOL at 148.2, stop 144, target 156 — risk 3%, reward 5%",
    "Let's say you short LINK at 16.15, SL 16.473, TP 15.504. On 10x that is -20% of margin.",
    "Lets say you long BTC at 63450, SL 62100, TP 66000",
    "📚 How to set a stop loss: say you buy SUI at 0.951, put the stop under support at 0.932.",
    "Quiz time 🎓 You buy ETH at 3,694.61, stop 3,509.88, target 4,064.07. What is your R:R?",
    "Tutorial: setting TP1/TP2 in the copier. For example TIA: entry 10.699, TP1 11.341, "
    "TP2 11.662, SL 10.378, then press Save.",
    "Position sizing 101 🧮\nAccount: 1,000 USDT, risk 1% = 10 USDT\nEntry 37.12, stop 36.01 on "
    "ORDI\nSize = 10 / 1.11 = 9.01 ORDI",
    "Suppose you long DOGE at 0.1234 with SL 0.119 and TP 0.13",
    "Lesson 3: short AVAX at 35.2, stop 36.1, target 33 — where is your invalidation?",
]


@pytest.mark.parametrize("text", LESSONS)
def test_a_lesson_worked_on_a_coin_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert "example" in parsed.reason


CALLS = [
    # the word comes after the levels: a note on the call, not the call as an example
    ("SOL long at 148.2, SL 144 (e.g. under the wick), TP 156", "SOL", Side.LONG),
    ("Long ETH 3412, target 3500, stop 3350. Example of a clean setup 👌", "ETH", Side.LONG),
    ("I'm shorting AVAX here at 35.2, stop 36.1, target 33. Small size.", "AVAX", Side.SHORT),
    (
        "Market is slow but LINK looks ready. Going long at 14.85, SL 14.4, TP 15.5.",
        "LINK",
        Side.LONG,
    ),
]


@pytest.mark.parametrize(("text", "symbol", "side"), CALLS)
def test_a_call_with_talk_or_a_later_example_keeps_its_reading(
    text: str, symbol: str, side: Side
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert (parsed.symbol, parsed.side) == (symbol, side)


@given(
    st.sampled_from(["Example:", "Let's say", "For example,", "Quiz:", "Suppose", "e.g."]),
    st.sampled_from(["BTC", "ETH", "SOL", "LINK"]),
    st.booleans(),
    st.floats(1, 90_000),
)
def test_levels_after_an_example_word_are_never_acted_on(
    word: str, coin: str, long: bool, entry: float
) -> None:
    sign = 1 if long else -1
    stop, target = entry * (1 - sign * 0.03), entry * (1 + sign * 0.06)
    side = "long" if long else "short"
    text = f"{word} you go {side} {coin} at {entry:.2f}, stop {stop:.2f}, target {target:.2f}."
    assert parse_message(text).kind not in (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)


def test_the_example_word_must_stand_before_the_first_digit() -> None:
    assert worked_example("sol long 148.2, sl 144 (e.g. under the wick)") is None
    assert worked_example("example: long sol 148.2") is not None
    assert worked_example("imagine you long sol at 148.2") is not None
    assert worked_example("imagine missing this sol long at 148.2") is None


@pytest.mark.parametrize(
    "text",
    [
        "Daily loss limit: -3%. Hit it → close the app and stop trading for the day.",
        "Down 5% today? Close your charts and go for a walk.",
        "Rule: after 3 losses in a row close the laptop 💻",
    ],
)
def test_closing_an_app_or_charts_is_no_close(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_close_of_the_position_is_still_read() -> None:
    parsed = parse_message("Close the SOL position now, we are done here")
    assert parsed.kind is MessageKind.FOLLOW_UP


# ---- second set: questions, conditions, analysis words, chart levels beside a call ----

QUESTIONS = [
    "Is it too late to buy LTC at 78.3? Asking for a friend 😅",
    "Long or short NEAR here at 6.158? 🤔 Vote below 👇",
    "Should we short ETH at 3,480 or wait for 3,520? What do you think?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_levels_only_asked_about_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "642.7?",  # a bare price asks nothing: a re-add to review
        "LONG BTC 63400 TP 65000 SL 62000 who is in?",  # targets and a stop: given, not asked
    ],
)
def test_a_bare_price_or_a_whole_call_with_a_question_mark_is_not_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@given(
    st.sampled_from(["buy", "long", "short", "sell"]),
    st.sampled_from(["BTC", "SOL", "LINK", "DOGE"]),
    st.floats(0.01, 90_000),
    st.sampled_from(["Is it too late to {v} {c} at {p}?", "Should I {v} {c} at {p}?"]),
    st.sampled_from(["", " 🤔", " Asking for a friend.", " Vote below 👇"]),
)
def test_a_price_asked_about_is_never_acted_on(
    verb: str, coin: str, price: float, form: str, tail: str
) -> None:
    text = form.format(v=verb, c=coin, p=f"{price:.4g}") + tail
    assert parse_message(text).kind not in (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)


@pytest.mark.parametrize(
    "text",
    [
        "$AVAX: as long as 36.02 holds, bulls are fine; below it 35.27 comes next",
        "ETH is fine as long as 3,310 holds. Lose it and 3,150 is next.",
        "So long as BTC stays above 61k nothing changes",
    ],
)
def test_as_long_as_is_no_side(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.side is None
    assert parsed.kind is not MessageKind.SIGNAL


def test_a_long_call_after_as_long_as_keeps_its_side() -> None:
    parsed = parse_message("Bullish as long as we hold. LONG SOL 148.2, TP 156, SL 144")
    assert (parsed.kind, parsed.side) == (MessageKind.SIGNAL, Side.LONG)


@pytest.mark.parametrize(
    "text",
    [
        "DOT · Fib 0.618 retracement sits at 6.574, 1.618 extension at 6.963.",
        "ATOMUSD: Elliott wave count 🌊 wave 3 could extend to 9.475, wave 2 low at 9.042. "
        "Invalidated below 8.943.",
        "🚨 ORDI RSI(14) 1h = 83.0 overbought at 40.31",
        "LTC 1H outlook 🔭\nAbove 91.84: momentum back, 92.77 in sight\nBelow 89.24: weak, "
        "88.31 likely",
        "📊 Poll: where does INJ close the week?\n🟢 above 22.659\n🔴 below 21.975",
    ],
)
def test_chart_analysis_without_a_side_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_an_idea_invalidated_is_still_a_cancel() -> None:
    parsed = parse_message("#SOL setup invalidated ❌")
    assert parsed.kind is MessageKind.FOLLOW_UP


CALLS_BESIDE_LEVELS = [
    (
        "Everyone is scared but ARB keeps respecting 1.2355. That's why I'm taking this one: "
        "SHORT ARB 1.2284, targets 1.2045 - 1.1808, stop 1.2614.",
        "ARB",
        [1.2284],
    ),
    (
        "Quick look at TIA 👀 the resistance at 10.792 is holding and the daily looks bearish.\n"
        "Setup ⬇️\nEntry: 10.735\nTP1: 10.532\nTP2: 10.315\nSL: 11.032",
        "TIA",
        [10.735],
    ),
    (
        "After yesterday's move INJ came back to 26.143 and held. I'm in a short at 25.958 "
        "with my stop at 26.529, target 25.558 and 25.134.",
        "INJ",
        [25.958],
    ),
    (
        "BNB rejected at 586.5 again, volume is picking up. I think we see 547.5 in the coming "
        "weeks.\nMy trade: short at 582.5, stop 597.1, targets 570.7 and 559.8.",
        "BNB",
        [582.5],
    ),
]


@pytest.mark.parametrize(("text", "symbol", "entries"), CALLS_BESIDE_LEVELS)
def test_a_whole_call_beside_a_chart_level_is_read(
    text: str, symbol: str, entries: list[float]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, list(parsed.entries)) == (symbol, entries)


def test_a_chart_level_beside_a_call_without_a_stop_still_goes_to_review() -> None:
    # the level could be a lost stop: without a stop the call is not whole
    parsed = parse_message("SUI keeps respecting 1.0369. LONG SUI 1.0424, targets 1.0636 - 1.0844")
    assert parsed.kind is not MessageKind.SIGNAL
