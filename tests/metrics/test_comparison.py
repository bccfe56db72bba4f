"""Comparison figures against hand computations: radar scaling (ties, None, two traders,
inverse axes), the best value of a row, and token overlap."""

from __future__ import annotations

import math

import pytest

from tradermanager.metrics.comparison import (
    TIE_VALUE,
    best_indices,
    pair_overlap,
    scale_axis,
    token_overlap,
)


def approx(values):
    return [None if v is None else pytest.approx(v, abs=1e-12) for v in values]


def test_min_max_scaling_by_hand():
    # min 1, max 5: (v - 1) / 4
    assert list(scale_axis([1.0, 2.0, 5.0, 3.0])) == approx([0.0, 0.25, 1.0, 0.5])


def test_inverse_axis_flips_the_direction():
    # risk scores: the lowest is best → 1; (5 - v) / 4
    assert list(scale_axis([1.0, 2.0, 5.0, 3.0], inverse=True)) == approx([1.0, 0.75, 0.0, 0.5])


def test_negative_values_and_drawdown_depths():
    # max drawdowns as depths 0.05, 0.20, 0.10: shallowest best
    assert list(scale_axis([0.05, 0.20, 0.10], inverse=True)) == approx([1.0, 0.0, 2 / 3])
    # ROIs of -10 %, +30 %, +10 %: (v + 0.1) / 0.4
    assert list(scale_axis([-0.1, 0.3, 0.1])) == approx([0.0, 1.0, 0.5])


def test_two_traders_are_zero_and_one():
    assert scale_axis([2.5, 7.0]) == (0.0, 1.0)
    assert scale_axis([2.5, 7.0], inverse=True) == (1.0, 0.0)


def test_ties_get_the_tie_value_on_both_directions():
    assert TIE_VALUE == 0.5
    assert scale_axis([0.6, 0.6, 0.6]) == (0.5, 0.5, 0.5)
    assert scale_axis([0.6, 0.6], inverse=True) == (0.5, 0.5)
    # equal up to floating-point noise is a tie, not 0 and 1
    assert scale_axis([0.1 + 0.2, 0.3]) == (0.5, 0.5)


def test_none_and_nan_are_dropped_from_min_and_max():
    # known 2 and 6 → (v - 2) / 4; None and NaN stay None
    assert list(scale_axis([2.0, None, 6.0, math.nan, 3.0])) == approx([0.0, None, 1.0, None, 0.25])
    # one known value: nothing to compare it with → the tie value
    assert scale_axis([None, 4.0, None]) == (None, 0.5, None)
    assert scale_axis([None, None]) == (None, None)
    assert scale_axis([]) == ()


def test_scaled_values_stay_in_zero_one():
    values = [-3.2, 1e-9, 17.0, 4.4, None, -3.2]
    for inverse in (False, True):
        out = [v for v in scale_axis(values, inverse=inverse) if v is not None]
        assert all(0.0 <= v <= 1.0 for v in out)
        assert min(out) == 0.0 and max(out) == 1.0


def test_best_indices():
    assert best_indices([0.1, 0.4, 0.2], True) == (1,)
    assert best_indices([0.1, 0.4, 0.2], False) == (0,)
    assert best_indices([-0.05, -0.2, None], True) == (0,)  # drawdown closer to 0
    assert best_indices([3.0, 1.0, 3.0], True) == (0, 2)  # shared best: both marked
    assert best_indices([2.0, 2.0], True) == ()  # everyone equal: no winner
    assert best_indices([None, 2.0], True) == ()  # one known value: nothing to beat
    assert best_indices([], False) == ()


def test_token_overlap_by_hand():
    a = {"BTC": 0.5, "ETH": 0.3, "SOL": 0.2}
    b = {"BTC": 0.2, "ETH": 0.1, "DOGE": 0.7}
    c = {"PEPE": 1.0}
    figures = token_overlap([a, b, c])
    # held by two first (BTC total 0.7 before ETH 0.4), then single holders by total share
    assert figures.tokens == ("BTC", "ETH", "PEPE", "DOGE", "SOL")
    assert figures.holders == (2, 2, 1, 1, 1)
    assert figures.shares[0] == (0.5, 0.2, 0.0)
    assert figures.shares[3] == (0.0, 0.7, 0.0)
    # share in tokens another compared trader also trades: a 0.5 + 0.3, b 0.2 + 0.1, c none
    assert figures.shared_share == pytest.approx((0.8, 0.3, 0.0))
    # Σ min: a/b = min(.5,.2) + min(.3,.1) = 0.3; nothing in common with c
    m = figures.pair_overlap
    assert m[0][1] == pytest.approx(0.3) and m[1][0] == pytest.approx(0.3)
    assert m[0][2] == 0.0 and m[1][2] == 0.0
    assert [m[i][i] for i in range(3)] == [1.0, 1.0, 1.0]


def test_token_overlap_of_identical_mixes_is_one_and_empty_is_none():
    mix = {"BTC": 0.6, "ETH": 0.4}
    assert pair_overlap(mix, dict(mix)) == pytest.approx(1.0)
    assert pair_overlap(mix, {}) is None
    figures = token_overlap([mix, dict(mix), {}])
    assert figures.pair_overlap[0][1] == pytest.approx(1.0)
    assert figures.pair_overlap[0][2] is None and figures.pair_overlap[2][2] is None
    assert figures.shared_share == (1.0, 1.0, None)
    assert figures.tokens == ("BTC", "ETH")
