"""Card families of the eleventh held-out round: an Arabic zone written "من a لـ b" (from a to
b) and bots' odds lines ("Likelihood: 69%", "Win chance 65%") read as the card's confidence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize("word", ["لـ", "ل", "إلى"])
@pytest.mark.parametrize(("first", "second"), [(148.2, 147.5), (147.5, 148.2)])
def test_arabic_from_to_zone_is_stored_low_to_high(word, first, second):
    text = f"صفقة لونج #SOL\nالدخول من {first} {word} {second}\nالأهداف: 152 - 155\nالستوب: 144"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (147.5, 148.2)
    assert (parsed.take_profits, parsed.stop_loss) == ((152.0, 155.0), 144.0)


@pytest.mark.parametrize(
    "line", ["Likelihood: {o}%", "Win chance {o}%", "Win chance: {o}%", "Probability: {o}%"]
)
@given(odds=st.integers(min_value=1, max_value=99))
def test_bot_odds_line_is_the_confidence(line, odds):
    text = (
        "🚀 SELL SIGNAL: SOL/USDT\n"
        + line.format(o=odds)
        + "\nPrice: 148.2 USDT\nStop-loss: 151.4 USDT\nTake-profit: 144.9 USDT"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.confidence == pytest.approx(odds / 100)
    assert (parsed.side.value, parsed.entries, parsed.stop_loss) == ("short", (148.2,), 151.4)


def test_chance_in_a_sentence_is_no_confidence():
    parsed = parse_message("SOL long 148.2 tp 152 sl 144, we win chance is high")
    assert parsed.confidence is None
