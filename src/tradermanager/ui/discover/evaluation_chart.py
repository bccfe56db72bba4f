"""Does the score predict? The walk-forward evaluation as a chart: the rank correlation with
the next 30 days at each date (bars) and the top decile's outcome against the rest (lines),
or, when the history is too short, a sentence saying so instead of a number."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.services.discover_results import EvaluationReport
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details.equity_tab import UtcDayAxis, _timestamps
from tradermanager.ui.details.plot_theme import PALETTE_EVENTS, PlotColours, style_plot

DAY = 86_400.0


class EvaluationChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationChart")
        self.summary = QLabel("Evaluating…")
        self.summary.setObjectName("evaluationSummary")
        self.summary.setWordWrap(True)
        self.graphs = pg.GraphicsLayoutWidget()
        self.rho_plot = self.graphs.addPlot(row=0, col=0, axisItems={"bottom": UtcDayAxis()})
        self.outcome_plot = self.graphs.addPlot(row=1, col=0, axisItems={"bottom": UtcDayAxis()})
        self.outcome_plot.setXLink(self.rho_plot)
        self.rho_plot.setLabel("left", "rank corr.")
        self.outcome_plot.setLabel("left", "next 30 d %")
        self.outcome_plot.addLegend(offset=(8, 4))
        for plot in (self.rho_plot, self.outcome_plot):
            plot.hideButtons()
            plot.setMouseEnabled(x=True, y=False)
            plot.getAxis("left").setWidth(58)
            plot.addItem(pg.InfiniteLine(angle=0, pos=0), ignoreBounds=True)
        self.bars = pg.BarGraphItem(x=[], height=[], width=DAY * 5, brush=pg.mkBrush(88, 166, 255))
        self.rho_plot.addItem(self.bars)
        self.top_line = self.outcome_plot.plot(
            pen=pg.mkPen(fmt.GAIN, width=2), symbol="o", symbolSize=5, name="top decile"
        )
        self.rest_line = self.outcome_plot.plot(
            pen=pg.mkPen(fmt.NEUTRAL, width=1), symbol="o", symbolSize=4, name="the rest"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.graphs, 1)
        self._restyle()

    def show_report(self, report: EvaluationReport) -> None:
        e = report.evaluation
        if e.too_short is not None:
            self.summary.setText(
                f"No verdict yet — {e.too_short}. Scans add a day of history per candidate "
                f"each day; importing a longer history gives a verdict sooner."
            )
            self.bars.setOpts(x=[], height=[])
            self.top_line.setData([], [])
            self.rest_line.setData([], [])
            self.graphs.setVisible(False)
            return
        self.graphs.setVisible(True)
        hindsight = (
            f" {report.first_seen_later} of {report.candidates} candidates were first listed "
            f"after the first date (their earlier days are the source's back-filled history)."
            if report.first_seen_later
            else ""
        )
        self.summary.setText(
            f"<b>{len(e.dates)} dates</b>: mean rank correlation with the next 30 days "
            f"<b>{e.mean_spearman:+.2f}</b>; the top decile beat the rest on "
            f"<b>{fmt.pct(e.top_beats_rest_share, signed=False, digits=0)}</b> of dates; "
            f"<b>{e.top_blowups} of {e.top_picks}</b> top picks blew up.{hindsight}"
        )
        x = _timestamps(report.dates)
        rho = np.array([d.spearman for d in e.dates], dtype=float)
        self.bars.setOpts(x=x, height=np.nan_to_num(rho), width=DAY * 5)
        self.top_line.setData(x, [d.top_mean * 100 for d in e.dates])
        self.rest_line.setData(x, [d.rest_mean * 100 for d in e.dates])
        self.rho_plot.setYRange(-1, 1)
        self.outcome_plot.enableAutoRange()

    def show_failure(self, message: str) -> None:
        self.summary.setText(f"The evaluation failed: {message}")
        self.graphs.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.graphs.setBackground(colours.background)
        style_plot(self.rho_plot, colours)
        style_plot(self.outcome_plot, colours)
