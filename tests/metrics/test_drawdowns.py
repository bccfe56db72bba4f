"""Drawdowns of series that blow up (equity reaches zero) or have gaps: bounded, and the episode
table always agrees with the summary keys. Checked against hand computations and a plain
day-by-day loop written here independently of the vectorised kernel."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.metrics import (
    drawdown_episodes,
    return_statistics,
    returns_metrics,
    returns_metrics_batch,
)

NAN = float("nan")


def loop_drawdowns(returns: list[float]) -> tuple[list[dict], dict]:
    """The definitions of docs/metrics.md, one day at a time: history from the first return
    to the last day; a missing day carries the equity; durations in days."""
    first = next((i for i, r in enumerate(returns) if not math.isnan(r)), None)
    if first is None:
        return [], {}
    equity, peak, dd = 1.0, 1.0, []
    for r in returns[first:]:
        equity *= 1.0 if math.isnan(r) else 1.0 + r
        peak = max(peak, equity)
        dd.append(equity / peak - 1.0)
    episodes, day = [], 0
    while day < len(dd):
        if dd[day] >= 0:
            day += 1
            continue
        start = day
        while day < len(dd) and dd[day] < 0:
            day += 1
        run = dd[start:day]
        trough = start + run.index(min(run))
        recovered = day < len(dd)
        episodes.append(
            {
                "start": first + start,
                "trough": first + trough,
                "end": first + day if recovered else None,
                "depth": min(run),
                "days": day - start,
                "recovery_days": day - trough if recovered else None,
            }
        )
    recoveries = [e["recovery_days"] for e in episodes if e["end"] is not None]
    summary = {
        "max_drawdown": min(dd),
        "current_drawdown": dd[-1],
        "drawdown_count": len(episodes),
        "avg_drawdown": sum(e["depth"] for e in episodes) / len(episodes) if episodes else 0.0,
        "longest_drawdown": max((e["days"] for e in episodes), default=0),
        "avg_recovery_time": sum(recoveries) / len(recoveries) if recoveries else None,
        "underwater_pct": sum(d < 0 for d in dd) / len(dd),
        "drawdown_frequency": len(episodes) * 30 / len(dd),
    }
    return episodes, summary


def test_blow_up_stays_at_zero_and_is_bounded():
    # +10 %, −50 %, −100 % (blown up), then no returns: the account stays at zero
    r = [0.1, -0.5, -1.0, NAN, NAN]
    m = returns_metrics(r)
    # equity 1.1, 0.55, 0, 0, 0; peak 1.1: dd 0, −50 %, −100 %, −100 %, −100 %
    assert m["max_drawdown"] == -1.0 and m["current_drawdown"] == -1.0
    assert m["drawdown_count"] == 1 and m["longest_drawdown"] == 4
    assert m["underwater_pct"] == pytest.approx(4 / 5)  # 4 of 5 days; never above 100 %
    assert m["drawdown_frequency"] == pytest.approx(30 / 5)
    assert m["avg_recovery_time"] is None and m["cagr"] == -1.0
    assert m["drawdown_episodes"] == [
        {"start": 1, "trough": 2, "end": None, "depth": -1.0, "days": 4, "recovery_days": None}
    ]


def test_blow_up_on_the_first_day():
    m = returns_metrics([-1.0, NAN, NAN])
    assert m["max_drawdown"] == -1.0 and m["underwater_pct"] == 1.0
    assert m["longest_drawdown"] == 3 and m["drawdown_episodes"][0]["days"] == 3


def test_gap_inside_a_drawdown_counts_as_calendar_days():
    # dates 1..5: +10 %, no return, −20 %, no return, +50 %
    r = [0.1, NAN, -0.2, NAN, 0.5]
    m = returns_metrics(r)
    # equity 1.1, 1.1, 0.88, 0.88, 1.32: under water on days 3 and 4, recovered on day 5
    assert m["drawdown_episodes"] == [
        {"start": 2, "trough": 2, "end": 4, "depth": pytest.approx(-0.2), "days": 2,
         "recovery_days": 2}
    ]  # fmt: skip
    assert m["underwater_pct"] == pytest.approx(2 / 5)
    assert m["longest_drawdown"] == 2 and m["avg_recovery_time"] == 2
    assert m["volatility"] == pytest.approx(np.std([0.1, -0.2, 0.5], ddof=1) * math.sqrt(365))


def test_missing_dates_are_days_without_a_return():
    days = pd.to_datetime(["2024-01-01", "2024-01-03", "2024-01-05"])
    dated = pd.Series([0.1, -0.2, 0.5], index=days)
    m = returns_metrics(dated)
    full = returns_metrics(
        pd.Series([0.1, NAN, -0.2, NAN, 0.5], index=pd.date_range("2024-01-01", periods=5))
    )
    assert m["drawdown_episodes"] == full["drawdown_episodes"]
    assert m["drawdown_episodes"][0]["start"] == "2024-01-03"
    assert m["drawdown_episodes"][0]["end"] == "2024-01-05"
    assert m["underwater_pct"] == full["underwater_pct"] == pytest.approx(2 / 5)


def test_days_before_the_first_return_are_not_history():
    m = returns_metrics([NAN, NAN, -0.1, 0.2])
    assert m["underwater_pct"] == pytest.approx(1 / 2)
    assert m["drawdown_episodes"] == [
        {"start": 2, "trough": 2, "end": 3, "depth": pytest.approx(-0.1), "days": 1,
         "recovery_days": 1}
    ]  # fmt: skip


def test_a_recovery_after_a_new_peak_and_ties_at_the_depth():
    # two episodes; the second touches its depth twice: the trough is the first of them
    r = [-0.1, 0.2, -0.5, 0.0, 0.0, 1.0, 0.1]
    episodes, summary = loop_drawdowns(r)
    m = returns_metrics(r)
    assert m["drawdown_episodes"] == episodes
    assert episodes[1]["trough"] == 2 and episodes[1]["days"] == 3
    for key, value in summary.items():
        assert m[key] == pytest.approx(value), key


returns_with_gaps_and_blow_ups = st.lists(
    st.one_of(
        st.floats(-0.6, 0.6),
        st.just(NAN),
        st.just(-1.0),
        st.just(0.0),
    ),
    min_size=0,
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(returns_with_gaps_and_blow_ups)
def test_summary_and_table_agree_with_a_plain_loop(r):
    episodes, summary = loop_drawdowns(r)
    m = returns_metrics(r)
    table = m["drawdown_episodes"]
    assert len(table) == len(episodes)
    for got, want in zip(table, episodes, strict=True):
        assert got == {**want, "depth": pytest.approx(want["depth"], rel=1e-12, abs=1e-15)}
    if not summary:
        assert m["max_drawdown"] is None and table == []
        return
    for key, value in summary.items():
        if value is None:
            assert m[key] is None, key
        else:
            assert m[key] == pytest.approx(value, rel=1e-12, abs=1e-15), key
    # bounded, and the table says what the summary says
    assert -1.0 <= m["max_drawdown"] <= 0.0 and 0.0 <= m["underwater_pct"] <= 1.0
    assert m["drawdown_count"] == len(table)
    assert m["longest_drawdown"] == max((e["days"] for e in table), default=0)
    assert m["max_drawdown"] == min((e["depth"] for e in table), default=0.0)
    assert (m["current_drawdown"] < 0) == bool(table and table[-1]["end"] is None)


def test_batches_of_many_blocks_equal_one_block(monkeypatch):
    rng = np.random.default_rng(4)
    matrix = rng.normal(0.0, 0.2, (37, 50)).clip(-1, None)
    matrix[rng.random(matrix.shape) < 0.2] = np.nan
    matrix[5, 10] = -1.0
    whole = returns_metrics_batch(matrix)
    monkeypatch.setattr(return_statistics, "BLOCK_VALUES", 120)  # two rows per block
    assert returns_metrics_batch(matrix) == whole


def test_episode_table_of_a_plain_array_uses_day_positions():
    assert drawdown_episodes(np.array([0.0, -0.1, 0.2])) == [
        {"start": 1, "trough": 1, "end": 2, "depth": pytest.approx(-0.1), "days": 1,
         "recovery_days": 1}
    ]  # fmt: skip
    assert drawdown_episodes(np.array([])) == []
