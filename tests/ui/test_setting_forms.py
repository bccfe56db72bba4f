"""Every form that edits a trader's numbers allows exactly the specification's range."""

from __future__ import annotations

import pytest

from tradermanager.domain.setting_specs import MAX_LEVERAGE, MIN_CONFIDENCE, MULTIPLIER
from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.add_trader_dialog import AddTraderDialog
from tradermanager.ui.backtest_dialog import BacktestDialog
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.portfolio.dialog import PortfolioDialog


def shown_range(box, spec):
    scale = spec.display_scale
    return (box.minimum() / scale, box.maximum() / scale)


@pytest.fixture
def demo(services):
    services.demo.load(3, 30, seed=7)
    return services


def test_add_trader_and_backtest_dialogs_use_the_specification(qtbot, demo):
    add = AddTraderDialog(demo)
    trader = demo.traders.list()[0]
    backtest = BacktestDialog(demo, trader)
    for dialog in (add, backtest):
        qtbot.addWidget(dialog)
        for spec in (MULTIPLIER, MAX_LEVERAGE, MIN_CONFIDENCE):
            assert shown_range(getattr(dialog, spec.key), spec) == pytest.approx(
                (spec.low, spec.high)
            )
    backtest.min_confidence.setValue(55)  # shown in percent, passed as a fraction
    assert backtest.overrides()["min_confidence"] == pytest.approx(0.55)


def test_the_card_and_the_what_if_use_the_specification(qtbot, demo):
    window = MainWindow(demo, JobBridge())
    qtbot.addWidget(window)
    config = window.card.config
    assert (config.multiplier.minimum() / 100, config.multiplier.maximum() / 100) == (
        MULTIPLIER.low,
        MULTIPLIER.high,
    )
    assert (config.max_leverage.minimum(), config.max_leverage.maximum()) == (
        MAX_LEVERAGE.low,
        MAX_LEVERAGE.high,
    )
    assert shown_range(config.min_confidence, MIN_CONFIDENCE) == (0.0, 1.0)
    portfolio = PortfolioDialog(demo)
    qtbot.addWidget(portfolio)
    portfolio.show()
    qtbot.waitUntil(lambda: portfolio.current is not None, timeout=10_000)
    for spin in portfolio.what_if.spins.values():
        assert (spin.minimum(), spin.maximum()) == (MULTIPLIER.low, MULTIPLIER.high)
