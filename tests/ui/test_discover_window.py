"""The Discover window driven headless: the table shows the service's ranking and sorts and
filters it; the detail pane shows a candidate's parts, figures and redundancy; backtest and
"Add as paper trader" work in one click; the evaluation chart says when history is short."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui import formatting as fmt
from tradermanager.ui.discover import DiscoverWindow
from tradermanager.ui.discover.candidate_model import ID_ROLE
from tradermanager.ui.discover.score_parts import part_rows
from tradermanager.ui.main_window import MainWindow

END = date(2026, 1, 15)


@pytest.fixture
def candidates(services, tmp_path):
    rng = np.random.default_rng(4)
    path = tmp_path / "cands.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["candidate", "date", "daily_return", "avg_leverage"])
        for i in range(8):
            series = rng.normal(0.0005 * i, 0.01 + 0.002 * i, 120)
            if i == 7:
                series[60] = -0.95
            for k, r in enumerate(series):
                day = END - timedelta(days=119 - k)
                w.writerow([f"Cand {i}", day.isoformat(), f"{r:.6f}", 2 + i])
    services.discover.import_file(path)
    return services


def opened(qtbot, services) -> DiscoverWindow:
    window = DiscoverWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ranking is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    return window


def column(window: DiscoverWindow, col: int) -> list[str]:
    proxy = window.filter
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_the_table_shows_the_ranking_blown_up_last(qtbot, candidates):
    window = opened(qtbot, candidates)
    ranking = candidates.discover.rank()
    assert column(window, 1) == [r.candidate.name for r in ranking.candidates]
    assert column(window, 4) == [fmt.number(r.parts.score) for r in ranking.candidates]
    assert column(window, 1)[-1] == "Cand 7" and column(window, 3)[-1] == "Blown up"
    assert "8 candidates" in window.count.text()


def test_sorting_and_filtering(qtbot, candidates):
    window = opened(qtbot, candidates)
    window.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # leverage
    assert column(window, 1)[0] == "Cand 7"
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.search.setText("cand 3")
    assert column(window, 1) == ["Cand 3"]
    window.search.clear()
    window.status_filter.setCurrentIndex(window.status_filter.findData("blown_up"))
    assert column(window, 1) == ["Cand 7"]
    window.status_filter.setCurrentIndex(0)
    window.source_filter.setCurrentIndex(window.source_filter.findData("followed"))
    assert window.filter.rowCount() == 0


def test_the_detail_pane_shows_the_parts_and_figures(qtbot, candidates):
    window = opened(qtbot, candidates)
    first = candidates.discover.rank().candidates[0]
    assert window.detail.candidate_id == first.candidate.id
    table = window.detail.parts
    rows = part_rows(first.parts)
    assert table.rowCount() == len(rows) == 9
    assert [table.item(i, 0).text() for i in range(9)] == [r[0] for r in rows]
    assert table.item(8, 2).text() == f"{first.parts.score:+.2f}"
    detail = candidates.discover.detail(first.candidate.id)
    sharpe = window.detail.performance.values["sharpe_ratio"].text()
    assert sharpe == fmt.number(detail.figures["sharpe_ratio"])
    assert "Redundancy" in window.detail.redundancy.text()
    assert window.detail.add_button.isEnabled()


def test_backtest_and_add_as_paper_trader_in_one_click(qtbot, candidates):
    window = opened(qtbot, candidates)
    cid = window.detail.candidate_id
    expected = candidates.discover.backtest(cid)
    window.detail.backtest_button.click()
    qtbot.waitUntil(lambda: "ROI" in window.detail.backtest_note.text(), timeout=10_000)
    assert fmt.pct(expected.roi) in window.detail.backtest_note.text()
    assert window.detail.tabs.currentIndex() == 2
    with qtbot.waitSignal(window.trader_added, timeout=10_000) as added:
        window.detail.add_button.click()
    trader = candidates.traders.get(added.args[0])
    assert trader.settings.paper_only and trader.settings.multiplier == 0.5
    assert "Added" in window.status.text()
    qtbot.waitUntil(lambda: window.detail.add_button.text() == "Already followed", timeout=10_000)
    assert not window.detail.add_button.isEnabled()


def test_the_evaluation_chart_says_the_history_is_too_short(qtbot, candidates):
    window = opened(qtbot, candidates)
    qtbot.waitUntil(lambda: "No verdict" in window.evaluation.summary.text(), timeout=10_000)
    assert "too short" in window.evaluation.summary.text()


def test_an_empty_database_says_how_to_get_candidates(qtbot, services):
    window = DiscoverWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ranking is not None, timeout=10_000)
    assert "No candidates yet" in window.count.text()
    assert not window.detail.add_button.isEnabled()


def test_the_main_window_opens_discover_and_lists_an_added_trader(qtbot, candidates):
    main = MainWindow(candidates, JobBridge())
    qtbot.addWidget(main)
    main.actions_by_name["discoverAction"].trigger()
    window = main.discover_window
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    with qtbot.waitSignal(window.trader_added, timeout=10_000) as added:
        window.detail.add_button.click()
    ids = [main.model.index(r, 0).data(ID_ROLE) for r in range(main.model.rowCount())]
    assert added.args[0] in ids or any(t.id == added.args[0] for t in candidates.traders.list())
    main.actions_by_name["discoverAction"].trigger()
    assert main.discover_window is window  # one window, brought forward
