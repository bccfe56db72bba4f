"""One specification per numeric setting: the validation and its words come from it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.setting_specs import (
    MAX_LEVERAGE,
    MIN_CONFIDENCE,
    MULTIPLIER,
    TRADER_NUMBERS,
)
from tradermanager.domain.settings import make_settings


def test_the_words_of_each_range():
    assert MULTIPLIER.allowed == "0.5 to 2.0"
    assert MIN_CONFIDENCE.allowed == "0.0 to 1.0"
    assert MAX_LEVERAGE.allowed == "a whole number from 1 to 125"
    assert "1 to 1e12" in TRADER_NUMBERS["reference_capital"].allowed


@pytest.mark.parametrize("spec", TRADER_NUMBERS.values(), ids=lambda s: s.key)
def test_settings_accept_the_bounds_and_refuse_beyond_them(spec):
    for inside in (spec.low, spec.high, spec.default):
        assert getattr(make_settings(name="x", **{spec.key: inside}), spec.key) == inside
    for outside in (spec.low - max(spec.step, 1e-6), spec.high + spec.step, float("nan"), True):
        with pytest.raises(ValidationError) as err:
            make_settings(name="x", **{spec.key: outside})
        assert err.value.field == spec.key and spec.allowed in str(err.value)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_check_never_lets_a_value_outside_the_bounds_through(value):
    for spec in TRADER_NUMBERS.values():
        try:
            number = spec.check(value)
        except ValidationError:
            continue
        assert spec.low <= number <= spec.high
        assert not spec.whole or number == int(number)


def test_the_leverage_warning_is_the_high_leverage_flag():
    assert not make_settings(name="x", max_leverage=10).high_leverage
    assert make_settings(name="x", max_leverage=11).high_leverage
    assert MAX_LEVERAGE.warns(11) and not MAX_LEVERAGE.warns(10)


def test_cli_help_says_the_range_and_default():
    assert "0.5 to 2.0" in MULTIPLIER.cli_help() and "default 1" in MULTIPLIER.cli_help()
