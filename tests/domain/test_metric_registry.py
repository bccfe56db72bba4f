"""The metric registry is the one list of keys: what the metrics compute, what the typed
snapshot declares, what the docs define and what the card, tabs, report and comparison show
are all the registry's entries."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tradermanager.domain import metric_registry as registry
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.metric_registry import METRICS, Section, Source, Unit
from tradermanager.domain.metric_types import MetricValues, ReturnsMetrics
from tradermanager.domain.windows import WINDOWS, Window
from tradermanager.metrics import RETURN_KEYS, compute_all
from tradermanager.metrics.return_statistics import returns_families

DOCS = Path(__file__).parents[2] / "docs" / "metrics.md"
START = pd.Timestamp("2026-01-01", tz="UTC")


def one_trader_snapshot() -> dict[Window, MetricValues]:
    day = pd.Timedelta(days=1)
    trades = pd.DataFrame(
        [
            {
                "trader_id": 1,
                "symbol": token,
                "side": "long",
                "leverage": 5.0,
                "entry_price": 100.0,
                "exit_price": 101.0,
                "entry_time": START + i * day,
                "exit_time": START + (i + 1) * day,
                "notional": 1000.0,
                "fees": 0.0,
                "pnl": pnl,
                "status": "closed",
            }
            for i, (token, pnl) in enumerate([("BTC", 10.0), ("ETH", -20.0), ("BTC", 5.0)])
        ]
    )
    signals = pd.DataFrame(
        {
            "trader_id": [1],
            "symbol": ["BTC"],
            "side": ["long"],
            "confidence": [0.7],
            "trader_time": [START],
            "received_time": [START + pd.Timedelta(seconds=5)],
            "pnl": [10.0],
            "passed_filter": [True],
            "accepted": [True],
        }
    )
    return compute_all(trades, signals, None, None, start=START, end=START + 9 * day)[1]


def test_every_computed_key_is_registered_typed_and_documented():
    snapshot = one_trader_snapshot()
    assert set(snapshot) == set(WINDOWS)
    for values in snapshot.values():
        assert set(values) == set(METRICS)
    assert set(typing.get_type_hints(MetricValues)) == set(METRICS)
    documented = set(re.findall(r"`([a-z0-9_]+)`", DOCS.read_text()))
    assert set(METRICS) - documented == set()


def test_the_returns_kernels_compute_exactly_the_returns_keys():
    arrays = returns_families(np.array([[0.01, -0.02, 0.03]]))
    assert set(arrays) == RETURN_KEYS == set(typing.get_type_hints(ReturnsMetrics))
    assert set(registry.keys(source=Source.RETURNS)) - {"trading_days"} == RETURN_KEYS


def test_entries_are_complete():
    for key, entry in METRICS.items():
        assert entry.key == key and entry.label and entry.help.endswith("."), key
        assert entry.caption
        assert entry.per_window == (not key.startswith("roi_")), key
    assert {e.section for e in METRICS.values()} == set(Section)
    # the comparison needs a direction for every figure it marks as best
    assert METRICS["max_drawdown"].higher_is_better is True  # ≤ 0: closer to 0 is better
    assert METRICS["risk_score"].higher_is_better is False
    assert METRICS["token_correlation"].unit is Unit.TABLE


def test_the_windows_own_roi():
    assert registry.snapshot_key("roi", "7d") == "roi_7d"
    assert registry.snapshot_key("roi", Window.ALL) == "roi_all"
    assert registry.spec("roi", Window.D90).key == "roi_90d"
    assert registry.snapshot_key("win_rate", "7d") == "win_rate"
    with pytest.raises(ValueError, match="needs a window"):
        registry.snapshot_key("roi")


def test_window_enum():
    assert [w.days for w in Window] == [7, 30, 90, None]
    assert Window.parse("30d") is Window.D30 and Window.D30 == "30d"
    assert Window.ALL.label == "All history" and Window.D7.label == "Last 7 days"
    with pytest.raises(ValidationError, match=r"window: got '1y'; allowed: 7d, 30d, 90d or all"):
        Window.parse("1y")


def test_readers_take_their_labels_and_help_from_the_registry():
    from tradermanager.services.comparison import COMPARED_METRICS
    from tradermanager.ui.card import performance_box
    from tradermanager.ui.details import signal_quality_tab, tail_risk_tab
    from tradermanager.ui.metric_help import HELP
    from tradermanager.ui.report_content import FAMILIES

    for row in COMPARED_METRICS:
        if row.key != "roi_{window}":
            assert row.label == METRICS[row.key].label
            assert row.higher_is_better == METRICS[row.key].higher_is_better
    for caption, key, _show, _toned in performance_box.FIGURES:
        assert caption == ("ROI" if key == "roi" else METRICS[key].caption)
    for figure in (*tail_risk_tab.FIGURES, *signal_quality_tab.FIGURES):
        assert figure.caption == METRICS[figure.key].label
    assert {k: HELP[k] for k in METRICS} == {k: e.help for k, e in METRICS.items()}
    assert [title for title, _, _ in FAMILIES] == [s.value for s in Section]
    shown = {k for _, keys, _ in FAMILIES for k in keys}
    scalar = {k for k, e in METRICS.items() if e.unit is not Unit.TABLE and e.listed}
    assert shown == {k for k in scalar if not k.startswith("roi_")} | {"roi"}
