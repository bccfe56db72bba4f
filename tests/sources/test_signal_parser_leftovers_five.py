"""Readings once recorded as wrong and left alone, fifth round: numbers written with both
marks in one message, a target line of several prices, a stop cut before its point."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.numbers import EU, US, HostileNumber, scan

_ENGLISH = re.compile(r"\d*\.\d+|\d+|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_CONTINENTAL = re.compile(r"\d+(?:,\d+)?|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")


def _readings(written: str) -> set[float]:
    """Every value ``written`` has under a decimal point or a decimal comma."""
    out = set()
    if _ENGLISH.fullmatch(written):
        out.add(float(written.replace(",", "")))
    if _CONTINENTAL.fullmatch(written):
        out.add(float(written.replace(".", "").replace(",", ".")))
    return out


digit_groups = st.lists(st.from_regex(r"\d{1,4}", fullmatch=True), min_size=1, max_size=4)
marked_numbers = st.tuples(
    digit_groups, st.lists(st.sampled_from(".,"), min_size=3, max_size=3)
).map(lambda g: g[0][0] + "".join(m + d for m, d in zip(g[1], g[0][1:], strict=False)))


@settings(max_examples=400, deadline=None)
@given(marked_numbers, st.sampled_from([EU, US, ""]))
def test_a_dotted_or_commad_number_is_read_as_one_of_its_readings_or_not_at_all(written, mark):
    try:
        numbers = scan(f"Entry {written} now", None, mark)
    except HostileNumber:
        return
    if len(numbers) == 1:
        assert numbers[0].value in _readings(written), (written, mark, numbers)
    elif numbers:  # "82.11,83.79": prices listed with commas and no space
        assert [n.value for n in numbers] == [float(p) for p in written.split(",")]


@pytest.mark.parametrize(
    ("written", "mark", "value"),
    [
        ("60,157.8", EU, 60157.8),  # a comma before a point is English in any message
        ("1,000.5", EU, 1000.5),
        ("0,125", US, 0.125),  # no comma thousands opens with 0
        ("63.450,5", US, 63450.5),
        ("6,176", EU, 6.176),
        ("6,176", US, 6176.0),
        (".307", EU, 0.307),
    ],
)
def test_a_number_is_read_with_the_mark_its_form_allows(written, mark, value):
    assert [n.value for n in scan(f"Entry {written} now", None, mark)] == [value]


@pytest.mark.parametrize("written", ["12,3.4", "75,31.8", "6788.561,2", "0.000023,957"])
def test_a_number_with_both_marks_that_no_mark_allows_is_refused(written):
    for mark in (EU, US, ""):
        with pytest.raises(HostileNumber):
            scan(f"Entry {written} now", None, mark)


@pytest.mark.parametrize("written", ["12.03.2024", "1,2,3"])
def test_a_date_or_a_bare_list_is_no_price(written):
    for mark in (EU, US, ""):
        assert scan(f"Entry {written} now", None, mark) == []


def test_a_target_written_with_marks_no_number_takes_sends_the_card_to_review():
    text = (
        "🔴 $SHIB SHORT\nEntry zone: 0.0₄24402-0.0₄25012\n"
        "TP: 0.0{4}23,957 / 0.0₄23329\nSL: 0.0₄25795"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_story_priced_with_comma_thousands_is_read_against_a_far_reference():
    text = (
        "Weekly close above 60,157.8 on BTC, buyers stepping in. I'm longing from 62,883.4, "
        "targets 64,313.3 / 65,473.1 / 66,868.1, stop at 59,926.8"
    )
    parsed = parse_message(text, 1.0)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "could not be read" not in parsed.reason.lower()
    assert parse_message(text).entries == (62883.4,)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("#SOL/USDT LONG\nEntry 11.2\nTP 12 - 13 - 14\nSL 10.5", (12.0, 13.0, 14.0)),
        ("AVAX SHORT\nEntry: 15.5\nTP 14 – 13 – 12.5\nStop: 16.8", (14.0, 13.0, 12.5)),
        ("LINK LONG\nEntry: 14.2\nTargets 15 - 16.5 - 18\nSL: 13.1", (15.0, 16.5, 18.0)),
        ("BTC LONG\nEntry: 63000\nTP 1 - 64000\nStop: 61000", (64000.0,)),
    ],
)
def test_a_dashed_list_of_prices_after_a_target_label_is_the_targets(text, targets):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == targets


@pytest.mark.parametrize(
    "text",
    [
        "AVAX LONG\nEntry: 11.5\nTP 2 - 13 - 14\nStop: 10.8",  # 2 is no price beside 13
        "BTC LONG\nEntry: 63000\nTP 2 - 64000 - 65000\nStop: 61000",
        "AVAX LONG\nEntry: 11.5\nTP 12 - 11 - 14\nStop: 10.8",  # no run of levels
    ],
)
def test_a_target_number_that_is_no_price_of_the_list_still_goes_to_review(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=200, deadline=None)
@given(
    st.floats(0.5, 5_000, allow_nan=False).map(lambda v: round(v, 2)),
    st.floats(0.01, 0.2, allow_nan=False),
    st.sampled_from(["LONG", "SHORT"]),
    st.sampled_from([" - ", " – ", "-"]),
)
def test_dashed_targets_read_back_or_go_to_review(entry, gap, side, dash):
    sign = 1 if side == "LONG" else -1
    targets = [round(entry * (1 + sign * gap * k), 2) for k in (1, 2, 3)]
    stop = round(entry * (1 - sign * gap), 2)
    assume(len(set(targets)) == 3 and stop != entry)
    assume(targets[0] >= 2)  # "TP 1 - 1.01 - 1.02" is target 1 at 1.01: not this rule's
    written = dash.join(f"{t:g}" for t in targets)
    parsed = parse_message(f"ATOM {side}\nEntry: {entry:g}\nTP {written}\nSL: {stop:g}")
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.take_profits == tuple(targets)
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW
