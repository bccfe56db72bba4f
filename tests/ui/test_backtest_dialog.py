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
    stricter = dialog.cells[("Rejected", 1)].text()
    dialog.max_leverage.setValue(10)
    run(qtbot, dialog)
    assert int(dialog.cells[("Rejected", 1)].text()) > int(stricter)


def test_invalid_parameters_are_reported_not_run(qtbot, dialog):
    dialog.multiplier.setValue(5.0)
    run(qtbot, dialog)
    assert "multiplier" in dialog.message.text() and dialog.report is None
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
