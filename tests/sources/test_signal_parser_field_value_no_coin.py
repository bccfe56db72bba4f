"""A field's value after its colon is no coin: a card whose coin line is missing ("Margin: ISO",
"Lado: VENDIDO", "Referral code: B9XZ4" above its levels) goes to review, while a heading's
value after its colon ("The Sunday Setup, issue 63: MOODENG (long)") still names the coin."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

LEVELS = "Entry: 0.4644\nTP: 0.4568 - 0.4508 - 0.4446\nSL: 0.4747"


@pytest.mark.parametrize(
    "field",
    [
        "Margin: ISO | Lev: 25",
        "📊 Margin: ISO",
        "Signal: LE",
        "Modo de margem: CRUZADA",
        "Lado: VENDIDO",
        "Bias: BEARISH",
        "Referral code: B9XZ4",
        "Referral code: TRADE77",
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_a_fields_value_is_no_coin_where_the_coin_line_is_missing(field: str, above: bool) -> None:
    text = f"{field}\n{LEVELS}" if above else f"{LEVELS}\n{field}"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL, (parsed.symbol, text)
    assert parsed.kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    ("head", "coin"),
    [
        ("The Sunday Setup, issue 63: MOODENG (long)", "MOODENG"),
        ("Weekly letter #12: BRETT", "BRETT"),
        ("📬 Weekly Alpha #37 — Trade of the week: NEIRO", "NEIRO"),
    ],
)
def test_a_headings_value_still_names_the_coin(head: str, coin: str) -> None:
    text = (
        f"{head}\n\nDirection: Long\nEntry: buy between 0.1752 and 0.1805\n"
        "Targets: 0.1871 (trim 30%), 0.1932 (trim 40%), 0.2011\n"
        "Invalidation: daily close below 0.1664"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == coin


_LABEL_WORDS = ["Margin", "Mode", "Code", "Referral", "Tipo", "Lado", "Bias", "Account", "Plan"]


@settings(max_examples=60, deadline=None)
@given(
    label=st.lists(st.sampled_from(_LABEL_WORDS), min_size=1, max_size=3).map(" ".join),
    value=st.from_regex(r"[A-Z]{3}[A-Z0-9]{2,4}", fullmatch=True),
)
def test_no_words_alone_label_names_a_coin_in_place_of_the_missing_coin_line(
    label: str, value: str
) -> None:
    """Whatever the capital word after a label of plain words, the levels under it are not
    copied for it: with no coin line the card is not acted on under that word."""
    parsed = parse_message(f"{label}: {value}\n{LEVELS}")
    assert not (parsed.kind is MessageKind.SIGNAL and parsed.symbol == value)
