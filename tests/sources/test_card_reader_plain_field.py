"""The card reader's field line told with string methods reads what its pattern reads.

``card_reader.plain_field`` stands for ``_PLAIN_FIELD.fullmatch`` (a lazy label of letters,
spaces and hyphens, an optional number, ": ", the value): the same groups on every line, and
the label with its number as the text before the colon. A plain header found first lets the
first-line pattern go unasked: every such header is one of that pattern's branches.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import card_reader
from tradermanager.sources.signal_parser.card_reader import (
    _FIRST_LINE,
    _PLAIN_FIELD,
    _PLAIN_HEADER,
    plain_field,
)


def _pattern(line: str) -> tuple[str, str | None, str, str] | None:
    m = _PLAIN_FIELD.fullmatch(line)
    if m is None:
        return None
    written, index, value = m.groups()
    return written, index, value, line[: m.end(2)] if index is not None else line[: m.end(1)]


@pytest.mark.parametrize(
    "line",
    [
        "Entry: 255.81",
        "Stop Loss: 248.14",
        "Targets: 260.93 / 266.04 / 271.16",
        "TP1: 0.5123",
        "TP 1: 0.5123",
        "TP  1: 0.5123",
        "Target 12: 1.2",
        "Target 123: 1.2",
        "Take-profit 2: 3,5",
        "Entry zone: 0.0041 - 0.0043",
        "Confidence: 85%",
        "Leverage: Cross 10x",
        "Entry:  255.81",
        "Entry : 255.81",
        "Entry:255.81",
        "Entry: ",
        "Entry:",
        ": 255.81",
        "1: 255.81",
        " TP1: 1",
        "TP1 : 1",
        "TP٣: 1.5",
        "TP ١٢: 1.5",
        "Stop-loss level nine: 1",
        "Stop-loss level nine and: 1",
        "Ентри: 1.5",
        "Entry: 1.5\nTP: 2",
        "Entry: \u00a01.5",
        "Entry: a: b",
        "T1 x: 1",
        "T-: 1",
        "E: 1",
    ],
)
def test_plain_field_reads_as_the_pattern(line: str) -> None:
    assert plain_field(line) == _pattern(line)


_ALPHABET = st.sampled_from([*"aTEpz -:1234567890٣\u00a0\t\n.$%x", "Stop", "Loss", ": "])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ALPHABET, max_size=14).map("".join))
def test_plain_field_reads_as_the_pattern_for_any_line(line: str) -> None:
    assert plain_field(line) == _pattern(line)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["#", "$", "SOL", "BTC", "1000PEPE", "/", "USDT", " ", "LONG", "Short"])
        | st.sampled_from(["long", "BUY", "🟢", "-", "|", "NEW", "signal", "Pair: ", "x"]),
        max_size=6,
    ).map("".join)
)
def test_a_plain_header_is_a_first_line(first: str) -> None:
    if _PLAIN_HEADER.fullmatch(first) is not None:
        assert _FIRST_LINE.fullmatch(first) is not None


def test_cards_read_the_same_through_the_general_parser() -> None:
    text = "#SOL/USDT LONG\nLeverage: Cross 10x\nEntry: 148.2\nTP 1: 150.1\nTP 2: 152\nSL: 144.5"
    read = card_reader.read_card(text, None)
    assert read is not None and read.take_profits == (150.1, 152.0) and read.stop_loss == 144.5
