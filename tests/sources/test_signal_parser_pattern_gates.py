"""The cheap searches that spare a slow pattern: each finds a part every match of its pattern
holds, so a text the cheap search passes over is one the pattern finds nothing in, and the step
it gates returns the text (or the empty result) it would have returned."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import (
    alert_relays,
    card_headings,
    cut_levels,
    leverage,
    message_parts,
    numbers,
    reader,
)

# the pieces the patterns are made of, and their neighbours: digits, spaces of every kind,
# line breaks, brackets, dashes, arrows, month and count words, quotes, capitals
_PIECES = [
    *"0123456789",
    *(" ", "  ", "\t", "\n", "\u00a0", "\u202f"),
    *("(", ")", "[", "]", "x", "X", ":", "：", ",", ".", "|", "#", "$", "%"),
    *("-", "--", "—", "–", "->", "=>", "→", "➡", "➡\ufe0f", ">", "="),
    *("jan", "march", "may", "june", "sept", "september", "dec", "st", "nd", "th", "20", "2026"),
    *("targets", "TP", "Take Profit", "entries", "Levels", "tier", "steps", "zones", "buy"),
    *("Target 1", "Entry 2", "TP3"),
    *("USDT", "USD", "BUSD", "USDC", "PERP", ".P", "BYBIT:", "SOL", "SOLUSDT", "240", "4h", "D"),
    *("ſ", "K", "İ", "a", "z", "🎯", "✅"),
    *("•", "▪", "+", "`", "\x1b[", "\x1b[2;3", "1:", "1 : ", "leverage", "lev", "ratio", "Order #"),
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def _covers(gate: re.Pattern[str], pattern: re.Pattern[str], text: str) -> None:
    """When ``gate`` finds nothing in ``text``, neither does ``pattern``."""
    if gate.search(text) is None:
        assert pattern.search(text) is None, text


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_worded_dates_gate_covers_the_date_pattern(text: str) -> None:
    low = text.lower()
    _covers(message_parts._DATE_SHAPE, message_parts._WORDED_DATE, low)
    _covers(message_parts._MONTH_HINT, message_parts._WORDED_DATE, low)
    assert message_parts.worded_dates(low) == [
        m.span() for m in message_parts._WORDED_DATE.finditer(low)
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_heading_count_gate_covers_the_heading_pattern(text: str) -> None:
    _covers(card_headings._COUNT_AT_LINE_END, card_headings._COUNTED_HEADING, text)
    assert card_headings.without_heading_counts(text) == card_headings._COUNTED_HEADING.sub(
        lambda m: m.group("head") + ":", text
    )


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_arrow_gate_covers_the_arrow_label_pattern(text: str) -> None:
    _covers(card_headings._NUMBER_ARROW_NUMBER, card_headings._ARROW_LABEL, text)
    assert card_headings.arrow_labels_plain(text) == card_headings._ARROW_LABEL.sub(r"\1: ", text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_quote_gate_covers_the_chart_interval_pattern(text: str) -> None:
    _covers(alert_relays._QUOTE_BEFORE_INTERVAL, alert_relays._CHART_INTERVAL, text)
    assert alert_relays.without_chart_interval(text) == alert_relays._CHART_INTERVAL.sub(
        r"\g<ticker>", text
    )


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_comma_gate_covers_the_decimal_comma_pattern(text: str) -> None:
    _covers(reader._DIGIT_COMMA_DIGIT, reader._COMMA_DECIMAL, text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_line_end_gates_cover_the_emptied_item_patterns(text: str) -> None:
    _covers(cut_levels._LONE_ITEM_END, cut_levels._LONE_ITEM, text)
    _covers(cut_levels._COLON_AT_LINE_END, cut_levels._NUMBERED_BARE, text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_ratio_gate_covers_the_leverage_ratio_pattern(text: str) -> None:
    low = text.lower()
    _covers(leverage._ONE_TO, leverage._LEVERAGE_RATIO, low)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_thousands_need_two_numbers(text: str) -> None:
    try:
        found = numbers.scan(text)
    except numbers.HostileNumber:
        return  # (a number above any price: the reading stops before this step)
    for first in (found[:0], found[:1]):
        assert numbers.merge_thousands(text, first) is first


@pytest.mark.parametrize(
    "text",
    [
        "Targets (4):\n1) 0.5",
        "TAKE PROFIT LEVELS (3-tier):\n0.61\n0.64",
        "🎯 TP (x3)",
        "Entries [2]\n148.2 / 147.5",
        "TPs — 3 levels:",
        "Buy zones - 2 zones",
        "ETH topped on 17 April at 4,100",
        "June 15th: BTC 67 200",
        "by March 2026 maybe",
        "Dec 13, 2026",
        "🔸Target 1 ➡️ 152.3",
        "📥 Entry 2 → 0.51",
        "TP 3 => 160",
        "tp12-->$0.9",
        "BYBIT:SOLUSDT.P, 240",
        "BINANCE:DOTUSDT.P 5 — SHORT @ 6.813",
        "SOLUSDT.P (4h)",
        "ETHBUSD.P | 1D",
        "0,12796",
        "35,49 and 5.823",
        "Targets:\n• 8.496\n• ",
        "Take Profit 2\n`",
        "TP2:\n\x1b[2;3",
        "Order #1:\nOrder #2: 6.012",
        "Buy (2)：",
        "leverage: 1:20",
        "Lev ratio 1 : 25",
    ],
)
def test_gates_pass_the_texts_their_patterns_read(text: str) -> None:
    """Texts each pattern matches: the gate lets every one through."""
    pairs = [
        (message_parts._DATE_SHAPE, message_parts._WORDED_DATE, text.lower()),
        (card_headings._COUNT_AT_LINE_END, card_headings._COUNTED_HEADING, text),
        (card_headings._NUMBER_ARROW_NUMBER, card_headings._ARROW_LABEL, text),
        (alert_relays._QUOTE_BEFORE_INTERVAL, alert_relays._CHART_INTERVAL, text),
        (reader._DIGIT_COMMA_DIGIT, reader._COMMA_DECIMAL, text),
        (cut_levels._LONE_ITEM_END, cut_levels._LONE_ITEM, text),
        (cut_levels._COLON_AT_LINE_END, cut_levels._NUMBERED_BARE, text),
        (leverage._ONE_TO, leverage._LEVERAGE_RATIO, text.lower()),
    ]
    matched = [gate for gate, pattern, seen in pairs if pattern.search(seen) is not None]
    assert matched, text  # (each example is one pattern's)
    for gate, pattern, seen in pairs:
        if pattern.search(seen) is not None:
            assert gate.search(seen) is not None, (text, pattern.pattern[:40])


@pytest.mark.parametrize(
    ("gate", "text"),
    [
        (message_parts._DATE_SHAPE, "we march on, may the trend hold"),
        (message_parts._DATE_SHAPE, "sept targets: 0.5"),
        (card_headings._COUNT_AT_LINE_END, "#SOL LONG (10x)\nEntry 148.2"),
        (card_headings._COUNT_AT_LINE_END, "Entry 148.2 - 147.5"),
        (card_headings._NUMBER_ARROW_NUMBER, "SL 144 → breakeven"),
        (card_headings._NUMBER_ARROW_NUMBER, "Entry → market"),
        (alert_relays._QUOTE_BEFORE_INTERVAL, "SOL/USDT LONG 148.2"),
        (alert_relays._QUOTE_BEFORE_INTERVAL, "BTCUSDT.P 4H LONG"),
        (reader._DIGIT_COMMA_DIGIT, "Entry 148.2, TP 152"),
        (cut_levels._LONE_ITEM_END, "• 8.496\n• 8.61 +5%"),
        (cut_levels._COLON_AT_LINE_END, "Entry: 148.2\nTP1: 152"),
        (leverage._ONE_TO, "leverage 20x, r:r 2:1"),
    ],
)
def test_gates_pass_over_texts_without_the_shape(gate: re.Pattern[str], text: str) -> None:
    """The common texts these steps saw and left alone: the gate stops them first."""
    seen = text.lower() if gate is message_parts._DATE_SHAPE else text
    assert gate.search(seen) is None
