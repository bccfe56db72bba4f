"""The backtest dialog driven headless: run off the GUI thread, compare, apply."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tradermanager.ui.backtest_dialog import BacktestDialog


@pytest.fixture
def dialog(qtbot, services):
    services.demo.load(6, 90, seed=8)
    trader = services.traders.get("Meme Degen 20x")
    dlg = BacktestDialog(services, trader)
    qtbot.addWidget(dlg)
    return dlg


def run(qtbot, dialog):
    dialog.report = None
    dialog.run_button.click()
    qtbot.waitUntil(
        lambda: dialog.report is not None or bool(dialog.message.text()), timeout=10_000
    )


def test_run_shows_both_sides_like_the_service(qtbot, dialog, services):
    dialog.days.setValue(60)
    run(qtbot, dialog)
    expected = services.backtest.run("Meme Degen 20x", days=60)
    mine = expected.with_settings
    assert dialog.cells[("Trades", 1)].text() == str(mine.run.trades)
    assert dialog.cells[("Trades", 2)].text() == str(expected.copy_everything.run.trades)
    assert dialog.cells[("Final value", 1)].text() == f"${mine.run.final_value:,.2f}"
    assert "leverage above max" in dialog.rejections.text()
    # the equity line marks every fill of the copies these settings closed
    marks = {item.objectName(): len(item.data) for item in dialog.fill_marks}
    fills = [f for c in mine.run.closed for f in c.fills]
    liquidations = sum(1 for f in fills if f.reason == "liquidation")
    assert marks.get("entryMarks", 0) == sum(1 for f in fills if f.kind.value == "entry")
    assert marks.get("liquidationMarks", 0) == liquidations > 0
    assert sum(marks.values()) == len(fills)
    stricter = dialog.cells[("Rejected", 1)].text()
    dialog.max_leverage.setValue(10)
    run(qtbot, dialog)
    assert int(dialog.cells[("Rejected", 1)].text()) > int(stricter)


def test_invalid_parameters_are_reported_not_run(qtbot, dialog):
    dialog.multiplier.setValue(5.0)  # the form allows only what the settings allow
    assert dialog.multiplier.value() == 2.0
    dialog.whitelist.setText("BTC")
    dialog.blacklist.setText("btc")
    run(qtbot, dialog)
    assert "blacklist" in dialog.message.text() and dialog.report is None
    assert dialog.run_button.isEnabled()


def test_apply_asks_then_saves(qtbot, dialog, services, monkeypatch):
    dialog.max_leverage.setValue(10)
    run(qtbot, dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.apply_button.click()
    assert services.traders.get("Meme Degen 20x").settings.max_leverage == 20
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.apply_button.click()
    assert services.traders.get("Meme Degen 20x").settings.max_leverage == 10


def test_period_presets_set_the_days_and_typed_days_show_as_custom(dialog):
    dialog.period.setCurrentText("Last 90 days")
    assert dialog.days.value() == 90 and dialog.period_bounds() == {"days": 90}
    dialog.days.setValue(45)
    assert dialog.period.currentText() == "Last N days" and dialog.period_bounds() == {"days": 45}
    dialog.days.setValue(7)
    assert dialog.period.currentText() == "Last 7 days"
    assert not dialog.range_from.isEnabled() and dialog.days.isEnabled()


def test_a_date_range_backtests_those_utc_days(qtbot, dialog, services):
    from datetime import UTC, datetime

    from PySide6.QtCore import QDate

    dialog.period.setCurrentText("Date range (UTC)")
    assert dialog.range_from.isEnabled() and not dialog.days.isEnabled()
    dialog.range_from.setDate(QDate(2025, 11, 20))
    dialog.range_to.setDate(QDate(2025, 12, 31))
    run(qtbot, dialog)
    report = dialog.report
    start, end = datetime(2025, 11, 20, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
    assert (report.start, report.end) == (start, end)  # To is inclusive
    expected = services.backtest.run("Meme Degen 20x", start=start, end=end, **dialog.overrides())
    assert report.with_settings.run.final_value == expected.with_settings.run.final_value
    assert dialog.cells[("Trades", 1)].text() == str(expected.with_settings.run.trades)


def test_a_failed_run_clears_the_old_results_and_disables_apply(qtbot, dialog):
    run(qtbot, dialog)
    assert dialog.apply_button.isEnabled() and dialog.cells[("Rejected", 1)].text() != "—"
    dialog.whitelist.setText("BTC")
    dialog.blacklist.setText("BTC")  # a run that fails
    run(qtbot, dialog)
    assert dialog.report is None and not dialog.apply_button.isEnabled()
    assert {cell.text() for cell in dialog.cells.values()} == {"—"}
    assert dialog.rejections.text() == "" and "blacklist" in dialog.message.text()


def test_apply_uses_the_settings_that_ran_not_later_edits(qtbot, dialog, services, monkeypatch):
    dialog.max_leverage.setValue(10)
    run(qtbot, dialog)
    dialog.max_leverage.setValue(3)  # changed after the run, never tested
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.apply_button.click()
    assert services.traders.get("Meme Degen 20x").settings.max_leverage == 10


def test_axes_before_a_run_show_the_period_and_capital_and_drawdowns_stay_below_zero(
    qtbot, dialog, services
):
    x_low, x_high = dialog.plot.getPlotItem().viewRange()[0]
    now = services.clock.now().timestamp()
    assert x_high == pytest.approx(now) and (x_high - x_low) / 86_400 == dialog.days.value()
    y_low, y_high = dialog.plot.getPlotItem().viewRange()[1]
    capital = dialog.capital.value()
    assert (y_low, y_high) == pytest.approx((capital * 0.9, capital * 1.1))
    assert dialog.under.getPlotItem().viewRange()[1] == pytest.approx([-10, 0])
    dialog.days.setValue(60)
    run(qtbot, dialog)
    low, high = dialog.under.getPlotItem().viewRange()[1]
    assert high <= 0.5 and low < 0
