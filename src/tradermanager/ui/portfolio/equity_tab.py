"""The combined equity (USD, my capital plus every closed copy's P&L) over the combined
drawdown, one UTC time axis for both; a what-if is drawn dashed over the saved settings. My
paper fills are marked on the equity curve (``fill_markers``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.services.portfolio import PortfolioSummary
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details.equity_tab import AXIS_WIDTH, UtcDayAxis
from tradermanager.ui.details.fill_markers import LEGEND, FillMark, FillMarkers, fill_marks
from tradermanager.ui.details.plot_theme import (
    DRAWDOWN,
    EQUITY,
    MARKER,
    PALETTE_EVENTS,
    PlotColours,
    style_plot,
)

DAY_SECONDS = 86_400.0


def timestamps(days: tuple[date, ...]) -> np.ndarray:
    """UTC midnight of each day in epoch seconds (the axes use utcOffset=0)."""
    return np.array([datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in days])


class CombinedEquityTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("combinedEquityTab")
        self.readout = QLabel(" ")
        self.readout.setObjectName("combinedReadout")
        self.readout.setWordWrap(True)
        self.graphs = pg.GraphicsLayoutWidget()
        self.equity_plot = self.graphs.addPlot(row=0, col=0, axisItems={"bottom": UtcDayAxis()})
        self.drawdown_plot = self.graphs.addPlot(row=1, col=0, axisItems={"bottom": UtcDayAxis()})
        self.drawdown_plot.setXLink(self.equity_plot)
        self.equity_plot.getAxis("bottom").setStyle(showValues=False)
        layout = self.graphs.ci.layout
        layout.setRowStretchFactor(0, 3)
        layout.setRowStretchFactor(1, 2)
        for plot in (self.equity_plot, self.drawdown_plot):
            plot.setMouseEnabled(x=True, y=False)
            plot.setClipToView(True)
            plot.setAutoVisible(y=True)
            plot.hideButtons()
            plot.getAxis("left").setWidth(AXIS_WIDTH + 12)
        self.equity_plot.addLegend(offset=(10, 10))
        self.equity_curve = self.equity_plot.plot(pen=pg.mkPen(EQUITY, width=2), name="saved")
        self.what_if_curve = self.equity_plot.plot(
            pen=pg.mkPen(MARKER, width=2, style=Qt.PenStyle.DashLine), name="what-if"
        )
        self.drawdown_curve = self.drawdown_plot.plot(
            pen=pg.mkPen(DRAWDOWN, width=1),
            fillLevel=0,
            brush=pg.mkBrush(DRAWDOWN.red(), DRAWDOWN.green(), DRAWDOWN.blue(), 90),
        )
        self.what_if_drawdown = self.drawdown_plot.plot(
            pen=pg.mkPen(MARKER, width=1, style=Qt.PenStyle.DashLine)
        )
        self.capital_line = pg.InfiniteLine(angle=0, pos=0)
        self.equity_plot.addItem(self.capital_line, ignoreBounds=True)
        self.fills = FillMarkers()
        self.equity_plot.addItem(self.fills, ignoreBounds=True)
        self.fills_legend = QLabel(LEGEND)
        self.fills_legend.setObjectName("caption")
        self.fills_legend.setWordWrap(True)
        self.fills_legend.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.readout)
        box.addWidget(self.graphs, 1)
        box.addWidget(self.fills_legend)
        self._marks: list[FillMark] = []
        self._paper: list[OpenCopy | ClosedCopy] = []
        self._live: list[OpenCopy | ClosedCopy] = []
        self._curve: tuple[np.ndarray, np.ndarray] = (np.array([]), np.array([]))
        self._saved: PortfolioSummary | None = None
        self._restyle()

    def show_fills(
        self,
        copies: Sequence[OpenCopy | ClosedCopy],
        live: Sequence[OpenCopy | ClosedCopy] | None = None,
    ) -> None:
        """Mark these paper copies' fills (and the live copies', as last read; None keeps
        the ones shown) on the saved equity curve."""
        if live is not None:
            self._live = list(live)
        self._paper = list(copies)
        self._marks = fill_marks(self._paper, self._live)
        self._place_fills()

    def show_live_fills(self, live: Sequence[OpenCopy | ClosedCopy]) -> None:
        """The live copies were read again (after a reconciliation pass or an action)."""
        self.show_fills(self._paper, live)

    def _place_fills(self) -> None:
        self.fills.show_marks(self._marks, *self._curve)
        self.fills_legend.setVisible(bool(self.fills.marks))

    def show_summary(self, saved: PortfolioSummary, what_if: PortfolioSummary | None) -> None:
        """``saved``: the figures with the saved multipliers; ``what_if`` (dashed) when
        some multiplier is changed."""
        x = timestamps(saved.days)
        equity = np.asarray(saved.equity, dtype=float)
        self.equity_curve.setData(x, equity)
        if saved is not self._saved:  # a what-if step leaves the saved curve as it was
            self._saved = saved
            self._curve = (x, equity)
            self._place_fills()
        self.drawdown_curve.setData(x, np.asarray(saved.drawdown, dtype=float) * 100)
        self.capital_line.setPos(saved.capital)
        if what_if is not None and what_if.what_if:
            self.what_if_curve.setData(x, np.asarray(what_if.equity, dtype=float))
            self.what_if_drawdown.setData(x, np.asarray(what_if.drawdown, dtype=float) * 100)
        else:
            self.what_if_curve.setData([], [])
            self.what_if_drawdown.setData([], [])
        if len(x):
            self.equity_plot.setLimits(xMin=x[0] - DAY_SECONDS, xMax=x[-1] + DAY_SECONDS)
            for plot in (self.equity_plot, self.drawdown_plot):
                plot.enableAutoRange()
        self.readout.setText(_readout(saved, what_if))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.graphs.setBackground(colours.background)
        style_plot(self.equity_plot, colours)
        style_plot(self.drawdown_plot, colours)
        self.equity_plot.setLabel("left", "equity (USD)", color=colours.text.name())
        self.drawdown_plot.setLabel("left", "drawdown (%)", color=colours.text.name())
        self.capital_line.setPen(pg.mkPen(colours.muted, style=Qt.PenStyle.DashLine))


def _readout(saved: PortfolioSummary, what_if: PortfolioSummary | None) -> str:
    if not saved.days:
        return "No copied trades yet: the combined curve starts with the first copy."
    text = (
        f"{saved.days[0].isoformat()} → {saved.days[-1].isoformat()} (UTC), "
        f"{len(saved.days)} days: P&L {fmt.money(saved.total_pnl, signed=True)} on "
        f"{fmt.money(saved.capital)}, equity now {fmt.money(saved.final_equity)}, "
        f"max drawdown {fmt.pct(saved.max_drawdown)}."
    )
    if what_if is not None and what_if.what_if:
        text += (
            f"  What-if (dashed): P&L {fmt.money(what_if.total_pnl, signed=True)}, "
            f"max drawdown {fmt.pct(what_if.max_drawdown)}."
        )
    return text
