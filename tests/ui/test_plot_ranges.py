"""Empty and flat equity plots get sensible axes: no leftover range from the previous trader,
no hair-thin span around a flat line, no positive drawdowns."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tradermanager.services.metrics import EquitySeries
from tradermanager.ui.details.equity_tab import MIN_SPAN_PCT, EquityTab


def series(equity, drawdown):
    start = date(2026, 1, 1)
    days = tuple(start + timedelta(days=i) for i in range(len(equity)))
    return EquitySeries(days, tuple(equity), tuple(drawdown))


@pytest.fixture
def tab(qtbot):
    widget = EquityTab()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def y_range(plot):
    return plot.viewRange()[1]


def test_a_flat_curve_and_a_zero_drawdown_get_a_readable_span(tab):
    tab.set_series(series([1.0] * 30, [0.0] * 30))
    low, high = y_range(tab.equity_plot)
    assert high - low >= 2 * MIN_SPAN_PCT - 1e-9 and low < 0 < high
    low, high = y_range(tab.underwater_plot)
    assert low <= -MIN_SPAN_PCT + 1e-9 and high <= 0.05  # nothing above 0 %


def test_a_deep_drawdown_is_shown_whole(tab):
    tab.set_series(series([1.0, 0.8, 0.6, 0.7], [0.0, -0.2, -0.4, -0.3]))
    low, high = y_range(tab.underwater_plot)
    assert low <= -40 and high <= 1


def test_no_range_is_left_over_from_the_previous_trader(tab):
    tab.set_series(series([1.0, 1.5, 3.0], [0.0, 0.0, 0.0]))
    assert y_range(tab.equity_plot)[1] >= 200
    tab.set_series(series([], []))
    low, high = y_range(tab.equity_plot)
    assert (low, high) == pytest.approx((-MIN_SPAN_PCT, MIN_SPAN_PCT))
    assert y_range(tab.underwater_plot) == pytest.approx([-MIN_SPAN_PCT, 0])
