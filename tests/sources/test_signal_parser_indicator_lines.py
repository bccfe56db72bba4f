"""Counts and indicator values on their own lines are no prices, and a leverage range in a
note is read whole: such lines sent clean signals to review as unplaced prices."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message

SIGNAL = "📈 LINK/USDT — LONG setup\nEntry: 15.816\nTP1: 16.037\nTP2: 16.21\nStop: 15.402"


def _levels(parsed):
    return parsed.entries, parsed.take_profits, parsed.stop_loss


@pytest.mark.parametrize(
    "line",
    [
        "Signals agree: 4 of 5",
        "Confirmations: 3 out of 4",
        "Confirmations: 3/4",
        "RSI(14): 63",
        "Volume: 1.2M",
        "(≤25)",
        "ADX: 25.7 (≥25 trending)",
        "Stoch RSI: 16 (≤20 oversold)",
    ],
)
def test_an_indicator_or_count_line_leaves_the_signal_as_it_is(line):
    plain = parse_message(SIGNAL)
    parsed = parse_message(f"{SIGNAL}\n{line}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert _levels(parsed) == _levels(plain)


@pytest.mark.parametrize(
    ("line", "leverage"),
    [
        ("Leverage Note: Low (10–20x)", 20.0),
        ("Leverage Note: Moderate (5–10x)", 10.0),
        ("Leverage: 5-10x", 10.0),
    ],
)
def test_a_leverage_range_with_an_en_dash_keeps_its_upper_end(line, leverage):
    parsed = parse_message(f"{SIGNAL}\n{line}")
    assert (parsed.kind, parsed.leverage) == (MessageKind.SIGNAL, leverage), parsed.reason


def test_a_target_count_in_a_follow_up_keeps_its_number():
    parsed = parse_message("#SOL Target 2 of 3 hit ✅")
    assert (parsed.kind, parsed.target_index) == (MessageKind.FOLLOW_UP, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Liq. price: 15.02",
        "24h High: 16.41 | Low: 15.22",
        "ATH: 29.4",
        "Last close: 15.79",
        "Market cap: $9.1B",
        "Accuracy: 87%",
        "Holding time: 6–12h",
    ],
)
def test_a_line_of_market_information_holds_no_level(line):
    plain = parse_message(SIGNAL)
    parsed = parse_message(f"{SIGNAL}\nLeverage: 20x\n—\n{line}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert _levels(parsed) == _levels(plain)


@pytest.mark.parametrize(
    "line", ["Onay: 3/4", "Puan 8/10", "Sentimento: 61/100", "Confirmaciones: 3 de 4"]
)
def test_a_count_or_score_in_any_language_is_no_price(line):
    plain = parse_message(SIGNAL)
    parsed = parse_message(f"{SIGNAL}\n{line}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == plain.entries and parsed.take_profits == plain.take_profits


def test_a_target_list_written_with_a_slash_stays_prices():
    parsed = parse_message("#DOT/USDT LONG\nEntry: 6.2\nTP: 6.5/6.8\nSL: 5.9")
    assert parsed.take_profits == (6.5, 6.8)
