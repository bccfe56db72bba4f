"""Every trader setting's bounds, both edges, and the message a violation gives."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Source
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.settings import (
    SETTING_NAMES,
    TraderSettings,
    make_settings,
    update_settings,
)


def rejected(**values) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        make_settings(**({"name": "Alice"} | values))
    return err.value


# -- defaults ---------------------------------------------------------------------------------


def test_defaults_match_the_issue():
    s = make_settings(name="Alice")
    assert s.source is Source.MANUAL
    assert s.multiplier == 1.0
    assert s.min_confidence == 0.7
    assert s.max_leverage == 5
    assert s.whitelist == frozenset() and s.blacklist == frozenset()
    assert s.paper_only is True and s.active is True
    assert s.priority == 0 and s.reference_capital == 10_000.0 and s.notes == ""


def test_make_settings_returns_trader_settings():
    assert isinstance(make_settings(name="Alice"), TraderSettings)


# -- the message ------------------------------------------------------------------------------


def test_message_names_field_value_and_what_is_allowed():
    err = rejected(multiplier=2.5)
    assert (err.field, err.value, err.allowed) == ("multiplier", 2.5, "0.5 to 2.0")
    assert str(err) == "multiplier: got 2.5; allowed: 0.5 to 2.0"


def test_validation_error_is_a_value_error():
    assert isinstance(rejected(multiplier=9), ValueError)


# -- name -------------------------------------------------------------------------------------


def test_name_is_trimmed():
    assert make_settings(name="  Alice  ").name == "Alice"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name_is_rejected(name):
    err = rejected(name=name)
    assert err.field == "name" and err.value == name and err.allowed == "a non-empty name"


def test_missing_name_is_rejected():
    with pytest.raises(ValidationError) as err:
        make_settings(multiplier=1.0)
    assert err.value.field == "name" and err.value.value is None


def test_name_must_be_text():
    err = rejected(name=42)
    assert err.field == "name" and err.value == 42 and err.allowed == "text"


def test_name_length_limit_is_80():
    assert make_settings(name="x" * 80).name == "x" * 80
    err = rejected(name="x" * 81)
    assert err.field == "name" and err.allowed == "at most 80 characters"


# -- source -----------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["binance", "telegram", "manual"])
def test_known_sources_are_accepted(source):
    assert make_settings(name="A", source=source).source is Source(source)


@pytest.mark.parametrize("source", ["etoro", "Binance", "", None, 1])
def test_unknown_source_is_rejected(source):
    err = rejected(source=source)
    assert err.field == "source" and err.value == source
    assert err.allowed == "binance, telegram or manual"


# -- multiplier 0.5–2.0 inclusive -------------------------------------------------------------


@pytest.mark.parametrize("value", [0.5, 1, 1.25, 2.0, "1.5"])
def test_multiplier_within_bounds_is_accepted(value):
    assert make_settings(name="A", multiplier=value).multiplier == float(value)


@pytest.mark.parametrize(
    "value", [0.49, 0.4999999, 2.0000001, 2.01, 0, -1, math.nan, math.inf, "x", None, True]
)
def test_multiplier_outside_bounds_is_rejected(value):
    err = rejected(multiplier=value)
    assert err.field == "multiplier" and err.allowed == "0.5 to 2.0"
    assert repr(value) in str(err)


# -- min confidence 0–1 -----------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 0.0, 0.5, 1, 1.0])
def test_min_confidence_within_bounds_is_accepted(value):
    assert make_settings(name="A", min_confidence=value).min_confidence == float(value)


@pytest.mark.parametrize("value", [-0.01, 1.01, 70, math.nan, False])
def test_min_confidence_outside_bounds_is_rejected(value):
    err = rejected(min_confidence=value)
    assert err.field == "min_confidence" and err.allowed == "0.0 to 1.0"


# -- max leverage 1–125, whole -----------------------------------------------------------------


@pytest.mark.parametrize(("value", "stored"), [(1, 1), (5, 5), (10.0, 10), (125, 125), ("20", 20)])
def test_max_leverage_within_bounds_is_accepted_as_an_int(value, stored):
    s = make_settings(name="A", max_leverage=value)
    assert s.max_leverage == stored and type(s.max_leverage) is int


@pytest.mark.parametrize("value", [0, 126, -5, 2.5, 10.01, True, "ten", None])
def test_max_leverage_outside_bounds_or_fractional_is_rejected(value):
    err = rejected(max_leverage=value)
    assert err.field == "max_leverage" and err.allowed == "a whole number from 1 to 125"


@pytest.mark.parametrize(("value", "flag"), [(1, False), (10, False), (11, True), (125, True)])
def test_leverage_above_10_is_allowed_but_flagged_high(value, flag):
    assert make_settings(name="A", max_leverage=value).high_leverage is flag


# -- priority and reference capital -----------------------------------------------------------


@pytest.mark.parametrize("value", [0, 50, 100])
def test_priority_within_bounds_is_accepted(value):
    assert make_settings(name="A", priority=value).priority == value


@pytest.mark.parametrize("value", [-1, 101, 1.5, True])
def test_priority_outside_bounds_is_rejected(value):
    err = rejected(priority=value)
    assert err.field == "priority" and err.allowed == "a whole number from 0 to 100"


@pytest.mark.parametrize("value", [1, 10_000, 1e12])
def test_reference_capital_within_bounds_is_accepted(value):
    assert make_settings(name="A", reference_capital=value).reference_capital == value


@pytest.mark.parametrize("value", [0, 0.99, -100, 1.1e12, math.inf])
def test_reference_capital_outside_bounds_is_rejected(value):
    err = rejected(reference_capital=value)
    assert err.field == "reference_capital" and err.allowed == "a USD amount from 1 to 1e12"


# -- booleans are strictly bool ----------------------------------------------------------------


@pytest.mark.parametrize("field", ["paper_only", "active"])
@pytest.mark.parametrize("value", [True, False])
def test_booleans_accept_true_and_false(field, value):
    assert getattr(make_settings(name="A", **{field: value}), field) is value


@pytest.mark.parametrize("field", ["paper_only", "active"])
@pytest.mark.parametrize("value", [1, 0, "true", "yes", None, 1.0])
def test_booleans_reject_anything_but_bool(field, value):
    err = rejected(**{field: value})
    assert err.field == field and err.value == value and err.allowed == "true or false"


# -- text fields ------------------------------------------------------------------------------


def test_source_ref_and_notes_may_be_empty_but_are_limited():
    s = make_settings(name="A", source_ref="", notes="")
    assert (s.source_ref, s.notes) == ("", "")
    assert rejected(source_ref="x" * 201).field == "source_ref"
    assert rejected(notes="x" * 5001).field == "notes"


# -- unknown keys -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["colour", "high_leverage", "Multiplier", "id"])
def test_unknown_keys_are_rejected_naming_the_known_ones(key):
    err = rejected(**{key: 1})
    assert err.field == key
    for name in SETTING_NAMES:
        assert name in err.allowed


def test_update_rejects_unknown_keys_too():
    with pytest.raises(ValidationError) as err:
        update_settings(make_settings(name="A"), colour="red")
    assert err.value.field == "colour"


# -- update ------------------------------------------------------------------------------------


def test_update_validates_like_make():
    s = make_settings(name="A")
    with pytest.raises(ValidationError) as err:
        update_settings(s, max_leverage=126)
    assert err.value.field == "max_leverage"


def test_update_returns_a_new_object_and_keeps_the_old():
    s = make_settings(name="A", multiplier=1.0)
    new = update_settings(s, multiplier=1.5, whitelist="btc")
    assert new.multiplier == 1.5 and new.whitelist == {"BTC"}
    assert s.multiplier == 1.0 and s.whitelist == frozenset()


def test_update_with_nothing_is_equal():
    s = make_settings(name="A", whitelist="BTC")
    assert update_settings(s) == s


# -- white- and blacklists ---------------------------------------------------------------------


def test_token_lists_are_normalised_from_strings_and_iterables():
    s = make_settings(name="A", whitelist="btcusdt, #eth ,", blacklist=["$doge", "PEPE/USDT"])
    assert s.whitelist == {"BTC", "ETH"} and s.blacklist == {"DOGE", "PEPE"}


def test_a_bad_token_in_a_list_names_the_list():
    err = rejected(blacklist="BTC,B@D")
    assert err.field == "blacklist" and err.value == "B@D"


def test_token_cannot_be_both_white_and_blacklisted():
    err = rejected(whitelist="BTC,ETH", blacklist="ethusdt")
    assert err.field == "blacklist" and err.value == "ETH"
    assert "can't be both white- and blacklisted" in err.allowed


def test_update_cannot_make_a_token_both_white_and_blacklisted():
    s = make_settings(name="A", whitelist="BTC")
    with pytest.raises(ValidationError, match="both white- and blacklisted"):
        update_settings(s, blacklist="#btc")
    with pytest.raises(ValidationError, match="both white- and blacklisted"):
        update_settings(make_settings(name="A", blacklist="BTC"), whitelist="BTCUSDT")


@given(
    multiplier=st.floats(allow_nan=True, allow_infinity=True),
    leverage=st.integers(-1000, 1000),
)
def test_whatever_is_accepted_is_within_bounds(multiplier, leverage):
    try:
        s = make_settings(name="A", multiplier=multiplier, max_leverage=leverage)
    except ValidationError:
        assert not (0.5 <= multiplier <= 2.0) or not (1 <= leverage <= 125)
    else:
        assert 0.5 <= s.multiplier <= 2.0 and 1 <= s.max_leverage <= 125
