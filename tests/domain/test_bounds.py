"""The one place that says what a plausible time, price, quantity and amount is."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain import bounds
from tradermanager.domain.errors import BadRowsError, RowErrors, ValidationError


@pytest.mark.parametrize(
    ("when", "ok"),
    [
        (datetime(2009, 1, 1, tzinfo=UTC), True),
        (datetime(2008, 12, 31, 23, 59, 59, tzinfo=UTC), False),
        (datetime(2100, 12, 31, 23, 59, 59, tzinfo=UTC), True),
        (datetime(2101, 1, 1, tzinfo=UTC), False),
        (datetime(9999, 12, 31, tzinfo=UTC), False),
        (datetime(2026, 6, 1), True),  # naive counts as UTC
    ],
)
def test_times_from_2009_to_2100(when, ok):
    assert bounds.time_in_bounds(when) is ok
    if ok:
        assert bounds.check_time(when, "t") == when
    else:
        with pytest.raises(ValidationError, match="t: got"):
            bounds.check_time(when, "t")


@pytest.mark.parametrize("seconds", [-1, 0, 1e30, math.inf, math.nan, 4_200_000_000])
def test_unix_seconds_outside_the_bounds_or_unrepresentable(seconds):
    with pytest.raises(ValidationError) as err:
        bounds.check_unix_seconds(seconds, "date_unixtime")
    assert err.value.field == "date_unixtime"


def test_unix_seconds_inside():
    assert bounds.check_unix_seconds(1767344400, "d") == datetime(2026, 1, 2, 9, tzinfo=UTC)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_price_is_accepted_exactly_when_finite_and_within_bounds(value):
    expected = math.isfinite(value) and 1e-12 <= value <= 1e9
    assert bounds.price_in_bounds(value) is expected
    if not expected:
        with pytest.raises(ValidationError):
            bounds.check_price(value, "price")


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_notionals_and_amounts(value):
    notional_ok = math.isfinite(value) and 0 < value <= 1e10
    amount_ok = math.isfinite(value) and abs(value) <= 1e10
    for check, ok in ((bounds.check_notional, notional_ok), (bounds.check_usd_amount, amount_ok)):
        if ok:
            assert check(value, "x") == value
        else:
            with pytest.raises(ValidationError):
                check(value, "x")


def test_the_allowed_text_names_the_bounds():
    with pytest.raises(ValidationError) as err:
        bounds.check_price(1e308, "row 3, entry", "1e308")
    assert (
        str(err.value)
        == "row 3, entry: got '1e308'; allowed: a price above 0, from 1e-12 to 1e9 USD"
    )


def test_row_errors_raise_the_single_error_or_list_them_all():
    one = RowErrors("f.csv")
    one.raise_if_any()  # nothing collected: nothing raised
    first = ValidationError("f.csv row 2, entry", "x", "a price")
    one.add(first)
    with pytest.raises(ValidationError) as err:
        one.raise_if_any()
    assert err.value is first
    many = RowErrors("f.csv", limit=2)
    for n in range(5):
        many.add(ValidationError(f"f.csv row {n + 2}, entry", "x", "a price"))
    with pytest.raises(BadRowsError) as listed:
        many.raise_if_any()
    assert str(listed.value).splitlines() == [
        "f.csv: 5 rows are bad; nothing was imported:",
        "  f.csv row 2, entry: got 'x'; allowed: a price",
        "  f.csv row 3, entry: got 'x'; allowed: a price",
        "  and 3 more",
    ]
