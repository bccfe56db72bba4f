"""The backtest dialog names the tokens whose liquidation prices stand on estimated brackets."""

from __future__ import annotations

from paper_market import flat_trader
from tradermanager.ui.backtest_dialog import BacktestDialog


def test_the_note_names_tokens_without_known_brackets(qtbot, services, clock):
    trader = flat_trader(services, clock, ("WIF", "ZZZ"), leverage=10, max_leverage=20)
    dialog = BacktestDialog(services, trader)
    qtbot.addWidget(dialog)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog.rejections.text()
    assert "Liquidation prices estimated (no leverage brackets known) for ZZZ" in text
    assert "WIF" not in text
