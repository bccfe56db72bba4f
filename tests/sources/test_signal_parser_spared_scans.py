"""The parser's spared scans find exactly what the full scans they spare find.

A search started where a match can only open, a step skipped on a text it cannot change, a
value read once for several checks: each is compared here, on any text built from the
characters that matter to it, with the full form (kept in the parser as the reference).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import cut_cards


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


# digits (of other scripts too: "٣", "৯"), points, commas, line breaks, spaces and letters
_NUMBER_TEXT = st.text(alphabet="0123456789.,\n :$aZ٣৯", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_NUMBER_TEXT)
def test_the_last_number_searched_from_its_run_is_the_one_searched_whole(text: str) -> None:
    assert _same(cut_cards.last_number(text), cut_cards._LAST_NUMBER.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "Entry: 142.53\nSL: 139.",
        "Entry: 1.0615\nTP2: 1.0",
        "SL: 61,234",
        "SL: 61,234\n",
        "SL: 61,234\n\n",
        "Stop ٣12.5",  # a digit of another script right before the run
        "TP 5.823,12",
        "TP ,5",
        "BTC 1,23,456",
        "0.0410",
        "",
        "\n",
        "no number",
    ],
)
def test_the_last_number_of_a_card_line(text: str) -> None:
    assert _same(cut_cards.last_number(text), cut_cards._LAST_NUMBER.search(text))
