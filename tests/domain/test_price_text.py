"""Prices read in full, never in e-notation, with four significant digits below 1."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.number_text import DASH, price


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (6.238e-06, "0.000006238"),
        (1.055e-05, "0.00001055"),
        (0.4576, "0.4576"),
        (0.1, "0.1000"),
        (1.0, "1.0000"),
        (10.7899, "10.7899"),
        (37215.08, "37,215.08"),
        (0.0, "0"),
        (None, DASH),
        (float("nan"), DASH),
    ],
)
def test_price_text(value, text):
    assert price(value) == text


@given(st.floats(min_value=1e-12, max_value=0.999, allow_nan=False))
def test_small_prices_keep_four_significant_digits_without_exponent(value):
    text = price(value)
    assert "e" not in text.lower()
    digits = Decimal(text).normalize().as_tuple()
    assert len(digits.digits) <= 4
    assert Decimal(text) == pytest.approx(Decimal(str(value)), rel=Decimal("0.0006"))
