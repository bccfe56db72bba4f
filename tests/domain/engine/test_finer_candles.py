"""A candle that touches both the stop and the target: the stop is assumed first, unless the
finer candles inside it show the target reached first (docs/execution.md)."""

from __future__ import annotations

from tradermanager.domain.engine import CopyRules, ExitReason, Market, TraderFeed, run_engine
from tradermanager.domain.settings import make_settings

from .engine_cases import NO_COSTS, T0_MS, candles, open_signal

HOUR = 3_600_000
# hour 0 flat; hour 1 reaches both 94 (stop 95) and 106 (target 105)
HOURS = [(100.0, 101.0, 99.0, 100.0), (100.0, 106.0, 94.0, 100.0), (100.0, 101.0, 99.0, 100.0)]


def _run(fine_rows=None):
    hours = candles(HOURS, step_ms=HOUR)
    fine = {}
    if fine_rows is not None:
        fine = {"BTC": candles(fine_rows, start_ms=T0_MS + HOUR)}
    market = Market({"BTC": hours}, {}, fine)
    feed = TraderFeed(
        "Alice",
        make_settings(name="Alice", max_leverage=125, min_confidence=0),
        [open_signal(stop=95, targets=[105])],
        CopyRules(base_size=100.0),
    )
    (copy,) = run_engine([feed], market, NO_COSTS, 1000.0).closed
    return copy


def test_without_finer_candles_the_stop_is_assumed_first():
    copy = _run()
    assert copy.exit_reason is ExitReason.STOP_LOSS and copy.exit_price == 95


def test_finer_candles_that_reach_the_target_first_take_profit():
    # 10 units at 100 (margin 100 × 10): +$50 at 105, no costs
    copy = _run([(100, 103, 99, 102), (102, 106, 101, 104), (104, 104, 94, 96)])
    assert copy.exit_reason is ExitReason.TAKE_PROFIT and copy.exit_price == 105
    assert round(copy.pnl, 2) == 50.0


def test_finer_candles_that_reach_the_stop_first_keep_the_stop():
    copy = _run([(100, 101, 94, 96), (96, 106, 95, 104)])
    assert copy.exit_reason is ExitReason.STOP_LOSS and copy.exit_price == 95


def test_a_finer_candle_touching_both_is_again_stop_first():
    copy = _run([(100, 106, 94, 100)])
    assert copy.exit_reason is ExitReason.STOP_LOSS
