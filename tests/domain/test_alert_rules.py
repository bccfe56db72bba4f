"""Each alert rule fires at its threshold, not below it."""

from __future__ import annotations

import pytest

from tradermanager.domain.alerts import (
    AlertKind,
    TraderFacts,
    evaluate,
    losing_streak,
    make_rule,
)
from tradermanager.domain.errors import ValidationError


def facts(**changes) -> TraderFacts:
    base = dict(
        trader_id=1,
        trader_name="Alice",
        current_drawdown=-0.05,
        recent_pnls=(10.0, -5.0, 3.0),
        open_max_leverage=5.0,
        liquidations_24h=0,
        days_since_signal=0.5,
        my_pnl_today=12.0,
    )
    return TraderFacts(**(base | changes))


@pytest.mark.parametrize(
    ("kind", "threshold", "quiet", "breach"),
    [
        ("drawdown", -0.15, {"current_drawdown": -0.1499}, {"current_drawdown": -0.15}),
        ("leverage", 10, {"open_max_leverage": 10.0}, {"open_max_leverage": 10.5}),
        ("liquidation", 1, {"liquidations_24h": 0}, {"liquidations_24h": 1}),
        ("silence", 3, {"days_since_signal": 2.99}, {"days_since_signal": 3.0}),
        ("daily-loss", 100, {"my_pnl_today": -99.99}, {"my_pnl_today": -100.0}),
        ("losses", 3, {"recent_pnls": (-1.0, -2.0, 0.0, -4.0)}, {"recent_pnls": (-1.0,) * 3}),
    ],
)
def test_rule_fires_at_threshold_not_below(kind, threshold, quiet, breach):
    rule = make_rule(kind, threshold)
    assert evaluate(rule, facts(**quiet)) is None
    fired = evaluate(rule, facts(**breach))
    assert fired is not None and "Alice" in fired.message


def test_win_rate_needs_a_full_window_and_fires_below_threshold():
    rule = make_rule("win-rate", 0.6, window=5)
    three_of_five = (1.0, 1.0, 1.0, -1.0, -1.0)
    two_of_five = (1.0, 1.0, -1.0, -1.0, -1.0, 9.0, 9.0)
    assert evaluate(rule, facts(recent_pnls=three_of_five)) is None  # 60 % is not below 60 %
    fired = evaluate(rule, facts(recent_pnls=two_of_five))  # only the last 5 count
    assert fired is not None and fired.value == pytest.approx(0.4)
    assert evaluate(rule, facts(recent_pnls=(-1.0,) * 4)) is None  # 4 trades < window


def test_break_even_ends_a_losing_streak_and_is_not_a_win():
    assert losing_streak((-1.0, -2.0, 0.0, -3.0)) == 2
    assert losing_streak(()) == 0
    rule = make_rule("win-rate", 0.5, window=2)
    assert evaluate(rule, facts(recent_pnls=(0.0, 1.0))) is None  # 1 win of 2 = 50 %
    assert evaluate(rule, facts(recent_pnls=(0.0, 0.0))) is not None


def test_unknown_figures_never_fire():
    for kind in ("drawdown", "leverage", "silence"):
        rule = make_rule(kind)
        none = facts(current_drawdown=None, open_max_leverage=None, days_since_signal=None)
        assert evaluate(rule, none) is None


def test_defaults_and_bounds():
    assert make_rule("drawdown").threshold == -0.15
    assert make_rule("losses").kind is AlertKind.LOSSES
    with pytest.raises(ValidationError, match="threshold"):
        make_rule("drawdown", 0.2)
    with pytest.raises(ValidationError, match="rule"):
        make_rule("moon")
    with pytest.raises(ValidationError, match="window"):
        make_rule("win-rate", 0.5, window=0)
