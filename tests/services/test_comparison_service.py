"""services.comparison.compare on the demo portfolio, checked against the metric snapshots,
the equity and correlation services, and plain pandas for token shares and overlap."""

from __future__ import annotations

import dataclasses
import json

import pandas as pd
import pytest

from trader_clone import clone_trader
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.services.comparison import COMPARED_METRICS
from tradermanager.store import frames

NAMES = ("BTC Swing Sage", "Majors Momentum", "Signal Sniper VIP")


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=3)
    return services


def ids(services, names=NAMES):
    return [services.traders.get(n).id for n in names]


@pytest.mark.parametrize("window", ["30d", "all"])
def test_rows_are_the_snapshot_values_with_the_best_marked(demo, window):
    trader_ids = ids(demo)
    result = demo.comparison.compare(trader_ids, window)
    snaps = demo.metrics.snapshots(window, trader_ids)
    assert [t.name for t in result.traders] == list(NAMES)
    assert [r.label for r in result.metrics] == [m.label for m in COMPARED_METRICS]
    for row in result.metrics:
        expected = [snaps[t].values[row.key] for t in trader_ids]
        assert list(row.values) == expected, row.key
        if row.higher_is_better is None:
            assert row.best == ()
            continue
        known = [v for v in expected if v is not None]
        if len(set(known)) < 2:
            assert row.best == ()
            continue
        best = max(known) if row.higher_is_better else min(known)
        assert row.best == tuple(i for i, v in enumerate(expected) if v == best), row.key
    assert result.row(f"roi_{window}").values[0] == snaps[trader_ids[0]].values[f"roi_{window}"]


def test_radar_axes_are_min_max_scaled_with_inverse_axes_flipped(demo):
    trader_ids = ids(demo)
    result = demo.comparison.compare(trader_ids, "90d")
    snaps = demo.metrics.snapshots("90d", trader_ids)
    axes = {a.label: a for a in result.radar}
    assert len(axes) == 8
    for label, key, flip in (
        ("Sharpe", "sharpe_ratio", False),
        ("Low risk", "risk_score", True),
        ("Low drawdown", "max_drawdown", False),  # ≤ 0: closer to 0 = shallower = better
    ):
        raw = [snaps[t].values[key] for t in trader_ids]
        lo, hi = min(raw), max(raw)
        expected = [(hi - v) / (hi - lo) if flip else (v - lo) / (hi - lo) for v in raw]
        assert list(axes[label].scaled) == pytest.approx(expected), label
    assert axes["Low drawdown"].values == tuple(
        -snaps[t].values["max_drawdown"] for t in trader_ids
    )
    for axis in result.radar:
        assert all(v is None or 0.0 <= v <= 1.0 for v in axis.scaled)


def test_equity_and_correlation_come_from_the_metrics_service(demo):
    trader_ids = ids(demo)
    result = demo.comparison.compare(trader_ids, "90d")
    assert result.equity == tuple(demo.metrics.equity(t, "90d") for t in trader_ids)
    returns = pd.DataFrame({n: demo.metrics.daily_returns(n, "90d") for n in NAMES})
    expected = returns.corr(min_periods=30)
    for i, a in enumerate(NAMES):
        for j, b in enumerate(NAMES):
            assert result.correlation.matrix[i][j] == pytest.approx(expected.loc[a, b])
    assert result.redundant == ()


def test_token_shares_and_overlap_match_plain_pandas(demo, clock):
    trader_ids = ids(demo)
    result = demo.comparison.compare(trader_ids, "30d")
    trades = frames.trades_frame(trader_ids)
    start = pd.Timestamp(clock.now()).floor("D") - pd.Timedelta(days=29)
    opened = trades[trades["entry_time"] >= start]
    notional = opened.groupby(["trader_id", "symbol"], observed=True)["notional"].sum()
    held = set(notional.index.get_level_values(0))
    shares = {
        t: (notional[t] / notional[t].sum()).to_dict() if t in held else {} for t in trader_ids
    }
    figures = result.tokens
    for k, token in enumerate(figures.tokens):
        for i, t in enumerate(trader_ids):
            assert figures.shares[k][i] == pytest.approx(shares[t].get(token, 0.0))
        assert figures.holders[k] == sum(1 for t in trader_ids if token in shares[t])
    assert set(figures.tokens) == {tok for t in trader_ids for tok in shares[t]}
    for i, a in enumerate(trader_ids):
        others = {tok for b in trader_ids if b != a for tok in shares[b]}
        if not shares[a]:  # no trade opened in the window: undefined, not 0
            assert figures.shared_share[i] is None
            assert all(v is None for v in figures.pair_overlap[i])
            continue
        assert figures.shared_share[i] == pytest.approx(
            sum(w for tok, w in shares[a].items() if tok in others)
        )
        for j, b in enumerate(trader_ids):
            if i != j and shares[b]:
                expected = sum(min(w, shares[b].get(tok, 0.0)) for tok, w in shares[a].items())
                assert figures.pair_overlap[i][j] == pytest.approx(expected)
    # the same weights as the snapshot's token distribution (top five)
    snap = demo.metrics.snapshots("30d", trader_ids)[trader_ids[1]].values
    for token, share in snap["token_distribution"].items():
        if token != "Others":
            assert figures.shares[figures.tokens.index(token)][1] == pytest.approx(share)


def test_a_cloned_trader_is_flagged_redundant(demo, tmp_path):
    clone = clone_trader(demo, "Majors Momentum", "Momentum Copycat", tmp_path)
    trader_ids = [*ids(demo), clone]
    result = demo.comparison.compare(trader_ids, "90d")
    pairs = {(i, j): v for i, j, v in result.redundant}
    assert set(pairs) == {(1, 3)}
    assert pairs[(1, 3)] > 0.99
    assert result.tokens.pair_overlap[1][3] == pytest.approx(1.0)


def test_result_is_immutable_and_json_ready(demo):
    result = demo.comparison.compare(list(NAMES[:2]), "7d")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.window = "30d"  # type: ignore[misc]
    data = json.loads(json.dumps(result.as_dict()))
    assert data["window"] == "7d" and [t["name"] for t in data["traders"]] == list(NAMES[:2])
    assert data["metrics"][0]["key"] == "roi_7d"


def test_count_names_and_window_are_checked(demo):
    with pytest.raises(ValidationError, match="2 to 6"):
        demo.comparison.compare(["BTC Swing Sage"], "30d")
    with pytest.raises(ValidationError, match="2 to 6"):
        demo.comparison.compare(list(range(1, 8)), "30d")
    with pytest.raises(ValidationError, match="each trader once"):
        demo.comparison.compare(["BTC Swing Sage", "btc swing sage"], "30d")
    with pytest.raises(ValidationError, match="window"):
        demo.comparison.compare(list(NAMES), "14d")
    with pytest.raises(NotFoundError):
        demo.comparison.compare(["BTC Swing Sage", "Nobody"], "30d")
