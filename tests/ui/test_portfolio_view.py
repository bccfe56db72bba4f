"""The portfolio view driven headless on the demo portfolio: every tab shows what the service
returns, a what-if changes the figures but not the database, Apply asks and then saves."""

from __future__ import annotations

import csv
from datetime import timedelta

import numpy as np
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services.my_copies import my_copies
from tradermanager.ui import formatting as fmt
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.portfolio.tables import PortfolioTable
from tradermanager.ui.table_export import write_csv

MEME = "Meme Degen 20x"  # 0.5× in the demo


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=7)
    return services


def opened(qtbot, services):
    dialog = PortfolioDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
    return dialog


def multipliers(services):
    return {t.name: t.settings.multiplier for t in services.traders.list()}


def test_tabs_show_the_service_figures(qtbot, demo, tmp_path):
    dialog = opened(qtbot, demo)
    expected = demo.portfolio.summary()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:3] == ["Exposure", "Equity && drawdown", "Risk"]
    assert titles[3].startswith("Conflicts") and titles[4] == "What-if"
    rows = dialog.exposure.table.texts()
    assert [r[0] for r in rows] == [e.symbol for e in expected.exposure]
    for row, e in zip(rows, expected.exposure, strict=True):
        assert row[1:] == [
            fmt.money(e.long),
            fmt.money(e.short),
            fmt.money(e.net, signed=True),
            fmt.money(e.gross),
            fmt.pct(e.share, signed=False),
        ]
    assert fmt.money(expected.total_gross) in dialog.exposure.totals.text()
    assert fmt.times(expected.combined_leverage) in dialog.headline.text()
    long_x, long_h = dialog.exposure.long_bars.opts["x"], dialog.exposure.long_bars.opts["height"]
    assert list(long_h) == [e.long for e in expected.exposure] and len(long_x) == len(rows)
    assert [-h for h in dialog.exposure.short_bars.opts["height"]] == [
        e.short for e in expected.exposure
    ]
    # equity & drawdown: the curves are the service's, on UTC days
    x, y = dialog.equity.equity_curve.xData, dialog.equity.equity_curve.yData
    assert len(x) == len(expected.days) and np.allclose(y, expected.equity)
    assert np.allclose(dialog.equity.drawdown_curve.yData, np.array(expected.drawdown) * 100)
    assert dialog.equity.drawdown_plot.getViewBox().state["linkedViews"][0] is not None
    assert dialog.equity.what_if_curve.xData is None or len(dialog.equity.what_if_curve.xData) == 0
    # risk
    figures = dialog.risk.figures.values
    assert figures["var_95"].text() == fmt.money(expected.var_95, signed=True)
    assert figures["cvar_95"].text() == fmt.money(expected.cvar_95, signed=True)
    assert figures["max_drawdown"].text() == fmt.pct(expected.max_drawdown)
    by_name = {r[0]: r for r in dialog.risk.table.texts()}
    for c in expected.contributions:
        assert by_name[c.name][5] == fmt.money(c.pnl, signed=True)
        assert by_name[c.name][7] == fmt.pct(c.risk_share, signed=False)
    # every table can be exported, as shown
    for table in dialog.findChildren(PortfolioTable):
        assert any(a.objectName() == "exportCsv" for a in table.actions()), table.objectName()
    path = tmp_path / "exposure.csv"
    assert write_csv(dialog.exposure.table.model(), path) == len(rows)
    with open(path, encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))
    assert written[0][0] == "Token" and written[1:] == rows


def test_what_if_changes_the_figures_not_the_database(qtbot, demo):
    dialog = opened(qtbot, demo)
    before = multipliers(demo)
    saved = dialog.saved
    assert not dialog.apply_button.isEnabled()
    meme = demo.traders.get(MEME).id
    dialog.what_if.spins[meme].setValue(1.0)  # 0.5 → 1.0 doubles Meme's copies
    current = dialog.current
    assert current is not None and current.what_if and dialog.apply_button.isEnabled()
    expected = demo.portfolio.summarise(demo.portfolio.load(), {meme: 1.0})
    assert current.total_pnl == pytest.approx(expected.total_pnl)
    meme_pnl = next(c.pnl for c in saved.contributions if c.trader_id == meme)
    assert current.total_pnl == pytest.approx(saved.total_pnl + meme_pnl)
    assert dialog.risk.figures.values["var_95"].text() == fmt.money(expected.var_95, signed=True)
    assert fmt.money(expected.total_gross) in dialog.exposure.totals.text()
    assert "What-if" in dialog.headline.text()
    assert len(dialog.equity.what_if_curve.xData) == len(saved.days)
    compare = {r[0]: r for r in dialog.what_if.compare_table.texts()}
    assert compare["Total P&L"][1:3] == [fmt.money(saved.total_pnl), fmt.money(current.total_pnl)]
    assert multipliers(demo) == before  # nothing saved
    dialog.reset_button.click()
    assert dialog.current is dialog.saved and not dialog.apply_button.isEnabled()


def test_apply_asks_then_saves(qtbot, demo, monkeypatch):
    dialog = opened(qtbot, demo)
    meme = demo.traders.get(MEME).id
    dialog.what_if.spins[meme].setValue(0.75)
    asked = []

    def answer(button):
        def ask(*args, **_kwargs):
            asked.append(args[2])
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.apply_button.click()
    assert demo.traders.get(MEME).settings.multiplier == 0.5
    assert "Meme Degen 20x: 0.5× → 0.75×" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.applied):
        dialog.apply_button.click()
    assert demo.traders.get(MEME).settings.multiplier == 0.75
    qtbot.waitUntil(lambda: dialog.saved is not None and not dialog.what_if.changes())
    qtbot.waitUntil(lambda: dict(dialog.saved.multipliers)[meme] == 0.75, timeout=10_000)


def test_conflicts_tab_lists_opposite_positions(qtbot, demo, clock):
    held = demo.portfolio.summary().exposure[0]  # a token some demo trader holds open
    side = Side.SHORT if held.long > 0 else Side.LONG
    demo.traders.add(name="Contrarian", max_leverage=20)
    now = clock.now() - timedelta(hours=3)  # the paper replay fills it at the next hour
    signal = Signal(
        source_id="c-1",
        symbol=held.symbol,
        side=side,
        kind=SignalKind.OPEN,
        price=100.0,
        trader_time=now,
        received_time=now,
        leverage=4.0,
        confidence=0.9,
    )
    assert demo.pipeline.process("Contrarian", signal).decision.accepted
    demo.paper.refresh()
    (mine,) = my_copies(demo.traders.get("Contrarian").id)
    expected = demo.portfolio.summary()
    conflict = next(c for c in expected.conflicts if c.symbol == held.symbol)
    dialog = opened(qtbot, demo)
    assert dialog.tabs.tabText(3) == f"Conflicts ({len(expected.conflicts)})"
    rows = [r for r in dialog.conflicts.table.texts() if r[0] == held.symbol]
    assert [(r[1], r[2]) for r in rows] == [
        (leg.trader_name, leg.side.value) for leg in conflict.legs
    ]
    assert ("Contrarian", side.value) in [(r[1], r[2]) for r in rows]
    assert {r[2] for r in rows} == {"long", "short"}
    assert rows[-1][6] == mine.opened_at.strftime("%Y-%m-%d %H:%M")  # the newest leg
    assert rows[-1][3] == fmt.money(200 * 4.0)
    assert held.symbol in dialog.conflicts.message.text()


def test_empty_database_reads_dashes(qtbot, services):
    dialog = opened(qtbot, services)
    assert dialog.exposure.table.rowCount() == 0
    assert "No open copied positions" in dialog.exposure.totals.text()
    assert dialog.risk.figures.values["var_95"].text() == fmt.DASH
    assert "No copied trades yet" in dialog.equity.readout.text()
    assert "No conflicts" in dialog.conflicts.message.text()


def test_toolbar_action_opens_the_view(qtbot, demo, monkeypatch):
    window = MainWindow(demo, JobBridge())
    qtbot.addWidget(window)
    action = window.actions_by_name["portfolioAction"]
    assert action.shortcut() == QKeySequence("Ctrl+P") and not action.icon().isNull()
    shown, deleted = [], []

    def exec_(dialog):
        shown.append(dialog)
        dialog.destroyed.connect(lambda: deleted.append(True))
        qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
        return 0

    monkeypatch.setattr(PortfolioDialog, "exec", exec_)
    action.trigger()
    assert shown and shown[0].saved is not None
    qtbot.waitUntil(lambda: bool(deleted))  # released when closed: no dialog left behind


def test_what_if_recompute_is_cheap(qtbot, demo):
    import time

    dialog = opened(qtbot, demo)
    meme = demo.traders.get(MEME).id
    started = time.perf_counter()
    for value in np.arange(0.5, 2.01, 0.05):
        dialog.what_if.spins[meme].setValue(float(value))
    per_step = (time.perf_counter() - started) / 31
    assert per_step < 0.25  # generous for a shared CI machine; ~20 ms here
    assert dialog.current is not None and dict(dialog.current.multipliers)[meme] == 2.0


def test_released_dialog_is_deleted_after_its_load(qtbot, demo):
    dialog = PortfolioDialog(demo)
    deleted = []
    dialog.destroyed.connect(lambda: deleted.append(True))
    dialog.release()  # the load is still running: deletion waits for it
    assert not deleted
    qtbot.waitUntil(lambda: bool(deleted), timeout=10_000)
