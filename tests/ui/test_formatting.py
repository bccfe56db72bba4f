"""Numbers for people: exact strings on known values, and properties for any value."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.ui import formatting as fmt

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(
    ("value", "kwargs", "text"),
    [
        (17.0, {}, "+1,700%"),
        (-0.12, {}, "-12.0%"),
        (0.064, {}, "+6.4%"),
        (0.579, {"signed": False}, "57.9%"),
        (1.0, {"signed": False}, "100%"),
        (-1.0, {}, "-100%"),
        (0.0, {}, "0.0%"),
        (-0.0001, {}, "0.0%"),  # rounds to zero: never "-0.0%"
        (0.0004, {}, "0.0%"),  # nor "+0.0%"
        (0.12345, {"digits": 2}, "+12.35%"),
        (None, {}, "—"),
        (float("nan"), {}, "—"),
        (float("inf"), {}, "—"),
    ],
)
def test_pct(value, kwargs, text):
    assert fmt.pct(value, **kwargs) == text


@pytest.mark.parametrize(
    ("value", "signed", "text"),
    [
        (234.5, False, "$234.50"),
        (1234567.891, False, "$1,234,567.89"),
        (-3, False, "-$3.00"),
        (300.44, True, "+$300.44"),
        (-109.19, True, "-$109.19"),
        (0.0, True, "$0.00"),
        (-0.001, True, "$0.00"),
        (None, True, "—"),
    ],
)
def test_money(value, signed, text):
    assert fmt.money(value, signed=signed) == text


@pytest.mark.parametrize(
    ("value", "kwargs", "text"),
    [
        (5.2, {}, "5.2×"),
        (1.0, {}, "1×"),
        (1.5, {}, "1.5×"),
        (10.134, {}, "10.13×"),
        (10.134, {"digits": 1}, "10.1×"),
        (125, {}, "125×"),
        (None, {}, "—"),
    ],
)
def test_times(value, kwargs, text):
    assert fmt.times(value, **kwargs) == text


def test_number_count_and_ratio():
    assert fmt.number(2.2222) == "2.22"
    assert fmt.number(1234.5, 0) == "1,234"  # banker's rounding of .5 to even
    assert fmt.number(None) == "—"
    assert fmt.count(12345) == "12,345"
    assert fmt.count(None) == "—"
    assert fmt.ratio(2, 6) == "2 / 6"
    assert fmt.ratio(None, 6) == "—" and fmt.ratio(2, None) == "—"


def test_tone_and_risk_colours():
    assert fmt.tone(0.1) == fmt.GAIN and fmt.tone(-0.1) == fmt.LOSS
    assert fmt.tone(0) == fmt.NEUTRAL and fmt.tone(None) == fmt.NEUTRAL
    green, amber, red = fmt.risk_colour(0), fmt.risk_colour(5), fmt.risk_colour(10)
    assert green.green() > green.red()
    assert red.red() > red.green()
    assert amber.red() > 150 and amber.green() > 100
    assert fmt.risk_colour(None) == fmt.NEUTRAL
    assert fmt.risk_colour(42) == red and fmt.risk_colour(-3) == green  # clamped to 0-10


@given(finite)
def test_pct_sign_follows_the_value(value):
    text = fmt.pct(value)
    assert text.endswith("%")
    assert re.fullmatch(r"[+-]?\d{1,3}(,\d{3})*(\.\d)?%", text), text
    if text.strip("+-") in ("0.0%", "0%"):
        assert text[0] not in "+-"
    else:
        assert text.startswith("+") == (value > 0)
        assert text.startswith("-") == (value < 0)


@given(finite)
def test_pct_reads_back_within_rounding(value):
    text = fmt.pct(value, signed=False)
    shown = float(text.rstrip("%").replace(",", ""))
    decimals = 0 if "." not in text else 1
    assert math.isclose(shown, value * 100, abs_tol=0.5 * 10**-decimals + 1e-9 * abs(value))


@given(finite)
def test_money_reads_back_to_the_cent(value):
    text = fmt.money(value, signed=True)
    assert re.fullmatch(r"[+-]?\$\d{1,3}(,\d{3})*\.\d\d", text), text
    shown = float(text.replace("$", "").replace(",", ""))
    assert math.isclose(shown, value, abs_tol=0.005 + 1e-12 * abs(value))


@given(st.floats(min_value=0, max_value=125, allow_nan=False))
def test_times_has_no_trailing_zeros(value):
    text = fmt.times(value)
    assert text.endswith("×")
    number = text[:-1].replace(",", "")
    assert not (("." in number) and number.endswith("0"))
    assert math.isclose(float(number), value, abs_tol=0.005 + 1e-12)  # half a cent: 0.125 → 0.12


@given(st.one_of(st.none(), st.just(float("nan")), st.just(float("-inf"))))
def test_undefined_is_a_dash_everywhere(value):
    for show in (fmt.pct, fmt.money, fmt.times, fmt.number, fmt.count):
        assert show(value) == "—"
