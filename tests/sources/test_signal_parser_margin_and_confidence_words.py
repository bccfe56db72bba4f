"""Margin modes and confidences under words cards in other languages and bots use: Dutch,
Czech, Romanian, Greek and Hindi margin words, the short "Isol.", and confidences written as
certainty, conviction, win probability, chance of success, confiance, Konfidenz, affidabilità."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message


def _card(last: str, coin: str = "AVAX", side: str = "LONG") -> str:
    entry, tp, sl = ("34.52", "35.31", "33.68") if side == "LONG" else ("34.52", "33.71", "35.4")
    return f"{coin}USDT {side}\nEntry: {entry}\nTP: {tp}\nSL: {sl}\n{last}"


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Hefboom: 10x (marge: geïsoleerd)", "isolated"),
        ("Hefboom: 20x, cross-marge", "cross"),
        ("Marge: gekruist, 5x", "cross"),
        ("Páka: 10x, marže křížová", "cross"),
        ("Páka 25x — marže izolovaná", "isolated"),
        ("Marže: Izolovaná\nPáka: 5x", "isolated"),
        ("Levier 5x — marjă izolată", "isolated"),
        ("Levier: 15x (încrucișată)", "cross"),
        ("Μόχλευση: 25x\nΠεριθώριο: Διασταυρούμενο", "cross"),
        ("Μόχλευση: 10x\nΠεριθώριο: απομονωμένο", "isolated"),
        ("लीवरेज: 10x (आइसोलेटेड मार्जिन)", "isolated"),
        ("लीवरेज: 20x (क्रॉस मार्जिन)", "cross"),
        ("Mode: Isol. · Lev 15x", "isolated"),
        ("Lev 20x isol", "isolated"),
    ],
)
@pytest.mark.parametrize("side", ["LONG", "SHORT"])
def test_margin_words_read(line: str, mode: str, side: str) -> None:
    parsed = parse_message(_card(line, side=side))
    assert parsed.kind.value == "signal"
    assert parsed.margin_mode == mode
    assert parsed.leverage is not None


@pytest.mark.parametrize(
    "text",
    [
        "The isolation of BTC from alts continues, 5x more volume on majors today",
        "Izolat de piață, ETH stă pe loc",
    ],
)
def test_margin_words_in_talk_stay_talk(text: str) -> None:
    assert parse_message(text).kind.value != "signal"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Certainty: 74%", 0.74),
        ("Conviction: High (8/10)", 0.8),
        ("Conviction: 7/10", 0.7),
        ("Win probability ≈ 71%", 0.71),
        ("Win probability: 66 %", 0.66),
        ("Chance of success: 0.68", 0.68),
        ("Chance of success ~ 62%", 0.62),
        ("Confiance : 72 %", 0.72),
        ("Konfidenz: 70%", 0.7),
        ("Affidabilità: 75%", 0.75),
        ("• Certainty — 81%", 0.81),
    ],
)
def test_confidence_words_read(line: str, value: float) -> None:
    parsed = parse_message(_card(line, coin="SOL"))
    assert parsed.kind.value == "signal"
    assert parsed.confidence == pytest.approx(value)


@pytest.mark.parametrize(
    "line",
    [
        "Conviction: high",  # a word, no number
        "Certainty: 4",  # 1 to 10 without a unit: no scale to read it on
    ],
)
def test_confidence_words_without_a_readable_value(line: str) -> None:
    parsed = parse_message(_card(line))
    assert parsed.kind.value in ("signal", "needs_review")
    assert parsed.confidence is None


@settings(max_examples=60, deadline=None)
@given(
    pct=st.integers(min_value=1, max_value=100),
    word=st.sampled_from(
        ["Certainty", "Win probability", "Konfidenz", "Confiance", "Affidabilità", "Conviction"]
    ),
)
def test_percent_confidence_is_its_fraction(pct: int, word: str) -> None:
    parsed = parse_message(_card(f"{word}: {pct}%"))
    assert parsed.confidence == pytest.approx(pct / 100)
