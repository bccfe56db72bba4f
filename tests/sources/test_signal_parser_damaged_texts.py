"""Signals damaged on their way (lines wrapped by a narrow screen, a line written twice, a word
taken for the coin that the exchange does not list, markup cut before its end): read right, or
sent to review — never copied with a wrong field."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.sources.drawn_levels import LEVELS, stepped_levels

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.symbols import listed_bases
from tradermanager.sources.signal_parser.wrapped_lines import joined_wraps


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "#SUIUSDT SHORT\nEntry: 1.1212 (price now:\n1.1156)\nTP: 1.1045 / 1.0843\n"
            "SL: 1.1392\nLeverage: 10x",
            (1.1212,),
        ),
        (
            "#ADAUSDT LONG\n0.4351–0.4386 zone (ideal\n0.4368)\nTargets: 0.4475 / 0.456 /\n"
            "0.4668\nStop: 0.4232",
            (0.4351, 0.4386),
        ),
        (
            "BTCUSDT LONG\nAccumulate 68,120.6 to\n68,670, best fill 68,395.3\n"
            "Targets: 69,971.5 / 71,348.2\nStop: 66,257",
            (68120.6, 68670.0),
        ),
        (
            "$PEPE buy 0.0000083791 -\n0.0000081529\ntargets 0.0000088818\n0.0000093846\n"
            "sl 0.0000076637",
            (0.0000081529, 0.0000083791),
        ),
    ],
)
def test_a_line_wrapped_inside_a_bracket_or_a_range_reads_as_one(
    text: str, entries: tuple[float, ...]
) -> None:
    """A narrow screen broke the line inside its note's bracket or after its range's dash: the
    note's number is no entry, and the range is one range."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries


@pytest.mark.parametrize(
    "text",
    [
        # a bracket never closed, a bracket closed two lines below, brackets inside
        "Entry (limit\nTP1: 0.5\nSL: 0.4)",
        "Targets (\n1.0\n2.0\n)",
        "TP1: 0.5 (50%\nTP2: 0.6 (30%)",
        # a dash over a label, a dash after no number
        "Entry: 0.5 -\nTP: 0.6",
        "Leverage 10x -\n20x max",
    ],
)
def test_no_wrap_is_joined_where_the_next_line_does_not_finish_the_line(text: str) -> None:
    assert joined_wraps(text) == text


@settings(max_examples=60, deadline=None)
@given(**LEVELS, note=st.sampled_from(["price now:", "ideal", "mark", "best fill", "CMP"]))
def test_a_note_wrapped_onto_the_next_line_reads_as_the_note_on_its_line(
    entry: int, steps: list[int], scale: int, long: bool, note: str
) -> None:
    """Metamorphic: a card whose entry note is broken onto the next line inside its bracket
    reads as the same card written on one line."""
    tps = stepped_levels(entry, steps, scale, long)
    stop = stepped_levels(entry, [40], scale, not long)[0]
    near = stepped_levels(entry, [2], scale, long)[0]
    side = "LONG" if long else "SHORT"
    rest = f"TP: {' / '.join(f'{t:g}' for t in tps)}\nSL: {stop:g}"
    whole = f"#SOLUSDT {side}\nEntry: {entry / scale:g} ({note} {near:g})\n{rest}"
    wrapped = f"#SOLUSDT {side}\nEntry: {entry / scale:g} ({note}\n{near:g})\n{rest}"
    one, two = parse_message(whole), parse_message(wrapped)
    assert (two.kind, two.entries, two.take_profits, two.stop_loss) == (
        one.kind,
        one.entries,
        one.take_profits,
        one.stop_loss,
    ), wrapped


@pytest.mark.parametrize(
    "text",
    [
        "SHORT SUR APT À 8,853, OBJECTIFS 8,725 ET 8,63, STOP 9,096, LEVIER X20",
        "CANH LONG ETH VÙNG 3.212,04 - 3.231,43\nTP: 3.278,35 / 3.294,39\nSL: 3.140,71",
        "doge me long lo 0.11208 pe, target 0.11414 aur 0.11637, sl 0.10989 rakho, 10x leverage",
        "LONG 3ALA LQTY MEN 0.2804 LE 0.2792, EL AHDAF 0.2849 - 0.2894, EL STOP TA7T 0.2692",
    ],
)
def test_an_unlisted_word_taken_for_the_coin_beside_a_listed_coin_goes_to_review(
    text: str,
) -> None:
    """The word beside the side word is no coin the exchange lists, and a listed coin stands
    in the text: which one the levels are for is not certain."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.symbol)
    assert "Two coins" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "ZORKA LONG\nEntry: 0.5123\nTP: 0.5301 / 0.5488\nSL: 0.4977",
        "long zorka 0.5123, tp 0.5301, sl 0.4977",
    ],
)
def test_an_unlisted_coin_written_alone_is_still_read(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "ZORKA"


@settings(max_examples=60, deadline=None)
@given(
    word=st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=4, max_size=6),
    coin=st.sampled_from(["APT", "ETH", "LQTY", "DOGE", "NEAR", "SUI"]),
    case=st.sampled_from([str.upper, str.lower]),
)
def test_an_unlisted_word_before_the_side_never_wins_over_a_listed_coin(
    word: str, coin: str, case: object
) -> None:
    """Metamorphic: whatever word stands before the side word, a listed coin after it is
    either read or the message goes to review — the levels are never copied for the word."""
    assume(word not in listed_bases())
    assert callable(case)
    text = case(f"{word} LONG {coin} 1.2345, TP 1.2601 / 1.2877, SL 1.2001")
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.symbol == coin, text
