"""The comparison dialog driven headless on the demo portfolio: the numbers are the
services', the best value is marked in the right column, the radar gets the 0..1 values,
one equity curve per trader, a cloned trader is flagged redundant, the window switches off
the GUI thread."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from trader_clone import clone_trader
from tradermanager.ui import formatting as fmt
from tradermanager.ui.compare.equity_overlay import day_seconds
from tradermanager.ui.compare.metrics_table import FORMATS
from tradermanager.ui.compare.radar_chart import polygon_points
from tradermanager.ui.compare.token_overlap_view import SHARED_ROW
from tradermanager.ui.compare_dialog import ROWS, TABS, CompareDialog
from tradermanager.ui.table_export import write_csv

NAMES = ("BTC Swing Sage", "Majors Momentum", "Signal Sniper VIP")


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=3)
    return services


def trader_ids(services, names=NAMES):
    return [services.traders.get(n).id for n in names]


def open_dialog(qtbot, services, ids, window="30d"):
    dialog = CompareDialog(services, ids, window=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_layout_window_selector_and_tabs(qtbot, demo):
    dialog = open_dialog(qtbot, demo, trader_ids(demo))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == list(TABS)
    box = dialog.window_box
    assert [box.itemData(i) for i in range(box.count())] == ["7d", "30d", "90d", "all"]
    assert dialog.current_window() == "30d"
    assert dialog.isSizeGripEnabled()
    for table in (
        dialog.table,
        dialog.tokens.tokens_table,
        dialog.tokens.overlap_table,
        dialog.correlation.table,
        dialog.correlation.pairs,
    ):
        assert [a.objectName() for a in table.actions()] == ["exportCsv"]


def test_table_shows_the_snapshot_values_of_three_traders(qtbot, demo, tmp_path):
    ids = trader_ids(demo)
    dialog = open_dialog(qtbot, demo, ids)
    snaps = demo.metrics.snapshots("30d", ids)
    table = dialog.table
    assert table.columnCount() == 4 and table.rowCount() == len(ROWS)
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == list(NAMES)
    assert table.horizontalHeader().visualIndex(table.label_column()) == 0  # names first
    for r, (label, key, _, unit) in enumerate(ROWS):
        key = key.format(window="30d")
        assert table.item(r, 3).text() == label
        for c, t in enumerate(ids):
            assert table.item(r, c).text() == FORMATS[unit](snaps[t].values[key]), key
    sharpe = [label for label, *_ in ROWS].index("Sharpe")
    assert table.item(sharpe, 1).text() == f"{snaps[ids[1]].values['sharpe_ratio']:,.2f}"
    assert write_csv(table.model(), tmp_path / "t.csv") == len(ROWS)
    with open(tmp_path / "t.csv", encoding="utf-8-sig") as f:
        written = list(csv.reader(f))
    assert written[0][:3] == list(NAMES) and written[0][3] == "Metric (30d)"
    assert written[1 + sharpe][3] == "Sharpe"


@pytest.mark.parametrize(
    ("label", "key", "higher"),
    [
        ("Sharpe", "sharpe_ratio", True),
        ("Risk score", "risk_score", False),
        ("Max drawdown", "max_drawdown", True),
        ("Avg leverage", "avg_leverage", False),
    ],
)
def test_best_value_is_highlighted_in_the_right_column(qtbot, demo, label, key, higher):
    ids = trader_ids(demo)
    dialog = open_dialog(qtbot, demo, ids, window="90d")
    values = [demo.metrics.snapshots("90d", ids)[t].values[key] for t in ids]
    best = values.index(max(values) if higher else min(values))
    r = [row[0] for row in ROWS].index(label)
    for c in range(len(ids)):
        item = dialog.table.item(r, c)
        assert item.font().bold() == (c == best), (label, c)
        if c == best:
            assert item.foreground().color() == fmt.GAIN


def test_radar_gets_the_scaled_values(qtbot, demo):
    ids = trader_ids(demo)
    dialog = open_dialog(qtbot, demo, ids, window="90d")
    result = demo.comparison.compare(ids, "90d")
    radar = dialog.radar
    assert len(radar.polygons) == 3 and len(radar.axis_labels) == 8
    assert [item.toPlainText() for item in radar.axis_labels] == [a.label for a in result.radar]
    assert [label.text for _, label in radar.legend.items] == list(NAMES)
    for i, polygon in enumerate(radar.polygons):
        expected = tuple(axis.scaled[i] for axis in result.radar)
        assert radar.scaled[i] == expected
        assert all(v is not None and 0.0 <= v <= 1.0 for v in expected)
        x, y = polygon.xData, polygon.yData
        ex, ey = polygon_points(expected)
        assert np.allclose(x, ex) and np.allclose(y, ey)
        assert np.all(np.hypot(x, y) <= 1.0 + 1e-9)
        assert (x[0], y[0]) == (x[-1], y[-1])  # closed
    # the best Sharpe of the three sits on the rim of the Sharpe axis
    sharpe = [a.label for a in result.radar].index("Sharpe")
    rims = [radar.scaled[i][sharpe] for i in range(3)]
    assert sorted(rims)[0] == 0.0 and sorted(rims)[-1] == 1.0


def test_equity_plot_has_one_curve_per_trader(qtbot, demo):
    ids = trader_ids(demo)
    dialog = open_dialog(qtbot, demo, ids, window="90d")
    curves = dialog.equity.curves
    assert len(curves) == 3
    assert dialog.equity.plot.getAxis("bottom").utcOffset == 0
    for curve, t in zip(curves, ids, strict=True):
        series = demo.metrics.equity(t, "90d")
        assert np.allclose(curve.xData, day_seconds(series.days))
        assert np.allclose(curve.yData, (np.array(series.equity) - 1) * 100)
    last = demo.metrics.equity(ids[1], "90d")
    dialog.equity.show_at(day_seconds(last.days)[-1])
    assert fmt.pct(last.equity[-1] - 1) in dialog.equity.readout.text()


def test_token_overlap_tables_show_the_shares(qtbot, demo):
    ids = trader_ids(demo)
    dialog = open_dialog(qtbot, demo, ids, window="90d")
    figures = demo.comparison.compare(ids, "90d").tokens
    table = dialog.tokens.tokens_table
    assert table.item(0, 0).text() == SHARED_ROW
    for c in range(3):
        assert table.item(0, c + 2).text() == fmt.pct(figures.shared_share[c], signed=False)
    for k, token in enumerate(figures.tokens, start=1):
        assert table.item(k, 0).text() == token
        for c in range(3):
            share = figures.shares[k - 1][c]
            assert table.item(k, c + 2).text() == (fmt.pct(share, signed=False) if share else "")
    pairs = dialog.tokens.overlap_table
    assert pairs.item(0, 2).text() == fmt.pct(figures.pair_overlap[0][1], signed=False)
    assert pairs.item(1, 1).text() == pairs.item(0, 2).text()  # symmetric


def test_cloned_trader_is_flagged_redundant(qtbot, demo, tmp_path):
    clone = clone_trader(demo, "Majors Momentum", "Momentum Copycat", tmp_path)
    ids = [*trader_ids(demo), clone]
    dialog = open_dialog(qtbot, demo, ids, window="90d")
    text = dialog.redundant.text()
    assert "Majors Momentum and Momentum Copycat" in text
    assert "copying both doubles the same bet" in text
    assert text.count("⚠") == 1  # only that pair
    matrix = dialog.correlation.table
    assert matrix.item(1, 4).text().startswith("⚠") and matrix.item(3, 2).text().startswith("⚠")
    assert not matrix.item(0, 2).text().startswith("⚠")
    pairs = dialog.correlation.pairs
    assert pairs.item(0, 0).text() == "Majors Momentum  ×  Momentum Copycat"
    assert pairs.item(0, 3).text().startswith("Redundant")
    assert float(pairs.item(0, 1).text()) > 0.99


def test_undefined_values_read_dash_and_sit_at_the_centre(qtbot, demo):
    newbie = demo.traders.add(name="Newbie", source="manual")
    ids = [*trader_ids(demo)[:2], newbie.id]
    dialog = open_dialog(qtbot, demo, ids)
    roi = [row[0] for row in ROWS].index("ROI")
    assert dialog.table.item(roi, 2).text() == fmt.DASH
    assert all(v is None for v in dialog.radar.scaled[2])
    x, y = dialog.radar.polygons[2].xData, dialog.radar.polygons[2].yData
    assert np.allclose(x, 0) and np.allclose(y, 0)
    assert len(dialog.equity.curves) == 3
    assert dialog.equity.curves[2].xData is None or len(dialog.equity.curves[2].xData) == 0


def test_changing_the_window_recomputes_off_the_gui_thread(qtbot, demo):
    ids = trader_ids(demo)
    dialog = open_dialog(qtbot, demo, ids)
    assert dialog.comparison is not None and dialog.comparison.window == "30d"
    dialog.window_box.setCurrentIndex(3)  # all history
    assert dialog.busy.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.comparison.window == "all", timeout=10_000)
    assert not dialog.busy.isVisibleTo(dialog)
    assert dialog.table.horizontalHeaderItem(3).text() == "Metric (all)"
    snaps = demo.metrics.snapshots("all", ids)
    roi = [row[0] for row in ROWS].index("ROI")
    assert dialog.table.item(roi, 0).text() == fmt.pct(snaps[ids[0]].values["roi_all"])
    assert "all history" in dialog.windowTitle()
