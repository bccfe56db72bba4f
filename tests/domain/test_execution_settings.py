"""Execution rules as trader settings and guards as app settings: validation, and what the
engine receives from them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.app_settings import AppSettings, update_app_settings
from tradermanager.domain.copy_rules import account_guards, copy_rules
from tradermanager.domain.engine import AccountGuards, CopyRules, SizingMode
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.setting_specs import EXECUTION_NUMBERS
from tradermanager.domain.settings import make_settings, parse_tp_split, tp_split_text


def test_defaults_give_the_engines_defaults():
    assert copy_rules(make_settings(name="x"), AppSettings()) == CopyRules()
    assert account_guards(AppSettings()) == AccountGuards()


def test_every_rule_reaches_the_engine_and_zero_turns_one_off():
    settings = make_settings(
        name="x",
        sizing="RISK_PCT",
        multiplier=1.5,
        equity_pct=0.05,
        risk_pct=0.02,
        tp_split="50,30,20",
        break_even_after=2,
        trailing_stop=0.03,
        limit_expiry_hours=6,
        max_open=4,
        copy_stop_loss=0.25,
        allocation=2500,
    )
    rules = copy_rules(settings, AppSettings(base_size=150))
    assert rules == CopyRules(
        sizing=SizingMode.RISK_PCT,
        base_size=150,
        multiplier=1.5,
        equity_fraction=0.05,
        risk_fraction=0.02,
        tp_split=(0.5, 0.3, 0.2),
        break_even_after=2,
        trailing_stop=0.03,
        limit_expiry_hours=6,
        max_open=4,
        copy_stop_loss=0.25,
        allocation=2500,
    )
    app = update_app_settings(
        AppSettings(),
        max_open_positions="7",
        max_token_exposure=5000,
        daily_loss_limit=0.04,
        daily_loss_close_all=True,
    )
    assert account_guards(app) == AccountGuards(7, 5000.0, 0.04, True)
    assert isinstance(app.max_open_positions, int)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("sizing", "kelly"),
        ("sizing", 1),
        ("equity_pct", 0),
        ("equity_pct", 1.5),
        ("risk_pct", 0.5),
        ("break_even_after", 1.5),
        ("break_even_after", 11),
        ("trailing_stop", -0.01),
        ("limit_expiry_hours", 0),
        ("max_open", -1),
        ("copy_stop_loss", 1.01),
        ("allocation", -5),
        ("allocation", float("nan")),
        ("tp_split", "50"),
        ("tp_split", "50,-10"),
        ("tp_split", "99.5,0.5"),
        ("tp_split", "50,abc"),
        ("tp_split", ",".join(["1"] * 11)),
        ("tp_split", 5),
    ],
)
def test_out_of_range_rules_are_refused_naming_the_field(key, value):
    with pytest.raises(ValidationError) as caught:
        make_settings(name="x", **{key: value})
    assert caught.value.field == key


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_open_positions", 2.5),
        ("max_open_positions", -1),
        ("max_token_exposure", -1),
        ("daily_loss_limit", 1.5),
        ("daily_loss_close_all", "yes"),
    ],
)
def test_out_of_range_guards_are_refused_naming_the_field(key, value):
    with pytest.raises(ValidationError) as caught:
        update_app_settings(AppSettings(), **{key: value})
    assert caught.value.field == key


def test_split_forms_mean_the_same():
    assert parse_tp_split("50,30,20") == parse_tp_split([0.5, 0.3, 0.2]) == (0.5, 0.3, 0.2)
    assert parse_tp_split("50 %; 50 %") == (0.5, 0.5)
    assert parse_tp_split("") == parse_tp_split([]) == ()
    assert tp_split_text((0.5, 0.3, 0.2)) == "50,30,20"


@given(st.lists(st.floats(0.001, 1000), min_size=2, max_size=10))
def test_a_split_is_positive_adds_up_to_one_and_survives_its_text(shares):
    smallest = min(shares) / sum(shares)
    if smallest < 0.0099:  # below 1 % of the position
        with pytest.raises(ValidationError):
            parse_tp_split(shares)
        return
    if smallest < 0.0101:  # 1 % after rounding, either way
        return
    split = parse_tp_split(shares)
    assert len(split) == len(shares) and all(x >= 0.0099 for x in split)
    assert math.isclose(sum(split), 1.0, abs_tol=1e-5)
    again = parse_tp_split(tp_split_text(split))
    assert all(math.isclose(a, b, abs_tol=1e-4) for a, b in zip(again, split, strict=True))


def test_each_rule_has_a_spec_with_help_and_a_range_that_holds_its_default():
    for spec in EXECUTION_NUMBERS:
        assert spec.help and spec.low <= spec.default <= spec.high
