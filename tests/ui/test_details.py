"""The Details panel driven headless on the demo portfolio: every tab shows what the services
return, None reads "—", set_trader(None) clears, rejected signals say why."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.equity_tab import UtcDayAxis
from tradermanager.ui.details.leverage_tab import BUCKETS
from tradermanager.ui.details.signal_model import DECISION, WHY
from tradermanager.ui.details.tail_risk_tab import FIGURES as TAIL

TABS = (
    "Equity",
    "Positions",
    "Leverage",
    "Drawdowns",
    "Tail risk",
    "Signal quality",
    "Tokens",
    "Recent signals",
)
SNIPER = "Signal Sniper VIP"  # the demo trader whose signals carry a confidence


@pytest.fixture
def panel(qtbot, services):
    services.demo.load(6, 90)
    services.metrics.refresh()  # as the background refresh does after a load
    widget = DetailsPanel(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def trader(services, name=SNIPER):
    return services.traders.get(name).id


def data(curve):
    """What was given to the curve (getData() is the clipped, downsampled display data)."""
    x, y = curve.xData, curve.yData
    return (np.array([]) if x is None else x), (np.array([]) if y is None else y)


def show(panel, tab):
    panel.setCurrentWidget(tab)
    return tab


def test_public_api(panel):
    assert panel.objectName() == "detailsPanel"
    assert [panel.tabText(i) for i in range(panel.count())] == list(TABS)


def test_equity_tab_plots_the_service_series_on_utc_days(panel, services):
    tid = trader(services)
    panel.set_trader(tid, "all")
    series = services.metrics.equity(tid, "all")
    x, y = data(panel.equity.equity_curve)
    xd, dd = data(panel.equity.underwater_curve)
    assert len(x) == len(series.days) > 80
    first = series.days[0]
    assert x[0] == datetime(first.year, first.month, first.day, tzinfo=UTC).timestamp()
    assert np.allclose(y, (np.array(series.equity) - 1) * 100)
    assert np.allclose(xd, x) and np.allclose(dd, np.array(series.drawdown) * 100)
    for plot in (panel.equity.equity_plot, panel.equity.underwater_plot):
        axis = plot.getAxis("bottom")
        assert isinstance(axis, UtcDayAxis) and axis.utcOffset == 0
    assert panel.equity.underwater_plot.getViewBox().linkedView(0) is (
        panel.equity.equity_plot.getViewBox()
    )
    assert series.days[-1].isoformat() in panel.equity.readout.text()


def test_equity_hover_reads_out_date_equity_and_drawdown(panel, services, qtbot):
    tid = trader(services, "Meme Degen 20x")
    panel.set_trader(tid, "all")
    series = services.metrics.equity(tid, "all")
    tab = panel.equity
    qtbot.wait(50)  # layout settles
    i = 20
    x = data(tab.equity_curve)[0][i]
    scene = tab.equity_plot.getViewBox().mapViewToScene(QPointF(x, 0))
    tab.hover(scene)
    text = tab.readout.text()
    assert series.days[i].isoformat() in text
    assert fmt.signed_pct(series.equity[i] - 1) in text
    assert fmt.signed_pct(series.drawdown[i]) in text
    assert tab.crosshairs[0].value() == x and tab.crosshairs[1].value() == x
    tab.hover(QPointF(-500, -500))  # away from the plots: back to the last day
    assert series.days[-1].isoformat() in tab.readout.text()


def test_date_axis_labels_utc_days_whatever_the_local_zone(monkeypatch):
    from pyqtgraph.graphicsItems import DateAxisItem as dates

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        axis = UtcDayAxis()
        axis.zoomLevel = dates.MONTH_DAY_ZOOM_LEVEL
        midnight = datetime(2026, 1, 2, tzinfo=UTC).timestamp()
        assert axis.tickStrings([midnight], 1, dates.DAY_SPACING) == ["02"]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_window_is_passed_to_the_services(panel, services):
    panel.set_trader(trader(services), "7d")
    assert len(data(panel.equity.equity_curve)[0]) == 7
    assert panel.metrics_window == "7d"


def test_leverage_histogram_counts_and_win_rates(panel, services):
    tid = trader(services)
    panel.set_trader(tid, "all")
    tab = show(panel, panel.leverage)
    values = services.metrics.trader_metrics(tid, "all").values
    expected = [round(values["leverage_frequency"][b] * values["trade_count"]) for b in BUCKETS]
    assert tab.counts == expected and sum(expected) == values["trade_count"]
    assert list(tab.bars.opts["height"]) == expected
    assert tab.win_rates == [values["leverage_win_rate"][b] for b in BUCKETS]
    for label, rate in zip(tab.labels, tab.win_rates, strict=True):
        html = label.textItem.toHtml()
        assert (fmt.share(rate, digits=0) in html) if rate is not None else "no trades" in html
    assert fmt.times(values["avg_leverage"]) in tab.summary.text()


def test_drawdown_table_has_the_service_episodes_deepest_first(panel, services):
    tid = trader(services, "Meme Degen 20x")
    panel.set_trader(tid, "all")
    tab = show(panel, panel.drawdowns)
    episodes = services.metrics.drawdown_episodes(tid, "all")
    proxy = tab.table.model()
    assert proxy.rowCount() == len(episodes) > 1
    depths = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
    deepest = min(episodes, key=lambda e: e["depth"])
    assert depths[0] == fmt.signed_pct(deepest["depth"])
    assert proxy.index(0, 0).data() == deepest["start"]
    ends = {proxy.index(r, 2).data() for r in range(proxy.rowCount())}
    assert ("ongoing" in ends) == any(e["end"] is None for e in episodes)
    assert proxy.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) == fmt.LOSS
    assert f"{len(episodes)}</b> drawdowns" in tab.summary.text()


def test_tail_risk_figures_are_the_snapshot_formatted(panel, services):
    tid = trader(services)
    panel.set_trader(tid, "all")
    tab = show(panel, panel.tail_risk)
    values = services.metrics.trader_metrics(tid, "all").values
    for figure in TAIL:
        assert tab.figures.values[figure.key].text() == figure.show(values[figure.key])
    var = tab.figures.values["var_95"]
    assert var.text().startswith("-") and var.text().endswith("%")
    assert var.property("tone") == fmt.LOSS.name()  # losses red
    counts, _ = tab.histogram
    assert counts.sum() == len(services.metrics.daily_returns(tid, "all"))
    assert tab.marks["var_95"].value() == pytest.approx(values["var_95"] * 100)


def test_none_values_show_a_dash(panel, services):
    tab = panel.tail_risk
    tab.show_values({key: None for key in ("var_95", "cvar_95", "skew", "liquidation_risk")})
    assert {label.text() for label in tab.figures.values.values()} == {"—"}
    tid = trader(services, "BTC Swing Sage")  # its signals state no confidence
    values = services.metrics.trader_metrics(tid, "all").values
    assert values["avg_confidence"] is None and values["brier_score"] is None
    panel.set_trader(tid, "all")
    sq = show(panel, panel.signal_quality)
    assert sq.figures.values["avg_confidence"].text() == "—"
    assert sq.figures.values["brier_score"].text() == "—"
    assert sq.figures.values["brier_score"].property("tone") is None
    assert "No resolved signals" in sq.empty.textItem.toPlainText()


def test_signal_quality_figures_and_calibration(panel, services):
    tid = trader(services)
    panel.set_trader(tid, "all")
    tab = show(panel, panel.signal_quality)
    values = services.metrics.trader_metrics(tid, "all").values
    assert tab.figures.values["signal_accuracy"].text() == fmt.share(values["signal_accuracy"])
    assert tab.figures.values["brier_score"].text() == f"{values['brier_score']:.3f}"
    assert tab.figures.values["signal_lag"].text() == fmt.seconds(values["signal_lag"])
    calibration = values["confidence_calibration"]
    assert tab.calibration == [
        (name, calibration[name]["count"], calibration[name]["win_rate"]) for name in calibration
    ]
    _, ys = data(tab.curve)
    shown = [c["win_rate"] * 100 for c in calibration.values() if c["win_rate"] is not None]
    assert list(ys[~np.isnan(ys)]) == pytest.approx(shown)
    assert data(tab.diagonal)[0].tolist() == data(tab.diagonal)[1].tolist()
    assert tab.empty.textItem.toPlainText() == ""


def test_recent_signals_show_decisions_and_reasons(panel, services, qtbot):
    tid = trader(services)
    panel.set_trader(tid, "all")
    tab = show(panel, panel.recent_signals)
    stored = services.pipeline.signals(tid, limit=200)
    rejected = [s for s in stored if s.decision is not None and not s.decision.accepted]
    model = tab.table.model()
    assert model.rowCount() == len(stored) == 200 and rejected
    first = stored.index(rejected[0])
    assert model.index(first, DECISION).data() == "rejected"
    assert model.index(first, WHY).data() == rejected[0].decision.message
    tooltip = model.index(first, WHY).data(Qt.ItemDataRole.ToolTipRole)
    assert rejected[0].decision.message in tooltip
    tab.only_rejected.setChecked(True)
    assert model.rowCount() == len(rejected)
    assert {model.index(r, DECISION).data() for r in range(model.rowCount())} == {"rejected"}
    assert f"{len(rejected)} rejected" in tab.summary.text()
    tab.only_rejected.setChecked(False)
    assert model.rowCount() == 200


def test_set_trader_none_clears_every_tab(panel, services):
    panel.set_trader(trader(services), "all")
    for i in range(panel.count()):
        panel.setCurrentIndex(i)
    assert panel.recent_signals.model.rowCount() > 0
    panel.set_trader(None)
    assert panel.trader_id is None
    assert len(data(panel.equity.equity_curve)[0]) == 0
    assert panel.leverage.counts == [0, 0, 0, 0]
    assert panel.drawdowns.model.rowCount() == 0
    assert panel.recent_signals.model.rowCount() == 0
    assert panel.tail_risk.figures.values["var_95"].text() == "—"
    assert panel.signal_quality.figures.values["signal_accuracy"].text() == "—"
    assert panel.tail_risk.histogram[0].size == 0


def test_hidden_tabs_load_when_shown_and_never_show_another_trader(panel, services):
    first, second = trader(services), trader(services, "Paused Pete")
    panel.set_trader(first, "all")
    show(panel, panel.recent_signals)
    assert panel.recent_signals.model.stored(0).trader_id == first
    panel.setCurrentIndex(0)
    panel.set_trader(second, "all")
    assert panel.recent_signals.model.rowCount() == 0  # hidden: cleared, not yet loaded
    show(panel, panel.recent_signals)
    assert panel.recent_signals.model.stored(0).trader_id == second


def test_a_missing_trader_clears_instead_of_raising(panel):
    panel.set_trader(987_654, "all")
    assert len(data(panel.equity.equity_curve)[0]) == 0


def test_formatting_for_people():
    assert fmt.small_share(0.00005) == "<0.01%"
    assert fmt.small_share(0.0032) == "0.32%"
    assert fmt.small_share(None) == "—"
    assert (fmt.seconds(12.9), fmt.seconds(86), fmt.seconds(5400)) == ("13 s", "1.4 min", "1.5 h")
    assert fmt.day(None) == "ongoing"
    assert fmt.loss_tone(-0.1) == fmt.LOSS and fmt.loss_tone(0.1) is None
