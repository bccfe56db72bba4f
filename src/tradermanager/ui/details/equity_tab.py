"""Equity curve over the underwater (drawdown) plot, one time axis for both, and a hover
read-out of the day under the mouse: date, equity (as a return) and drawdown. My paper fills
of the trader's signals are marked on the equity curve (``fill_markers``)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.services.metrics import EquitySeries
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.fill_markers import LEGEND, FillMark, FillMarkers, fill_marks
from tradermanager.ui.details.plot_theme import (
    DRAWDOWN,
    EQUITY,
    PALETTE_EVENTS,
    PlotColours,
    style_plot,
)
from tradermanager.ui.details.selection import Selection
from tradermanager.ui.worker import start_task

DAY_SECONDS = 86_400.0
MIN_SPAN_PCT = 1.0  # the least span (percentage points) an axis shows: flat lines stay readable
AXIS_WIDTH = 58  # both left axes equally wide, so the two plots' days line up


def _timestamps(days: tuple[date, ...] | list[date]) -> np.ndarray:
    """UTC midnight of each day in epoch seconds; the axes below are built with utcOffset=0
    so pyqtgraph labels them as UTC days, not in the machine's local time."""
    return np.array([datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in days])


class UtcDayAxis(pg.DateAxisItem):
    """A date axis in UTC (``utcOffset=0``: pyqtgraph would otherwise label the days in the
    machine's local time) that drops a day tick sitting too close to a month tick, where
    the two labels would overprint ("Jan" and "02")."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        kept: list[tuple[float, list[float]]] = []
        taken = np.array([])
        for spacing, ticks in levels:
            values = np.asarray(ticks, dtype=float)
            if taken.size and values.size:
                near = np.abs(values[:, None] - taken[None, :]).min(axis=1) < self.minSpacing
                values = values[~near]
            kept.append((spacing, values.tolist()))
            taken = np.concatenate([taken, values])
        return kept


def _date_axis() -> pg.DateAxisItem:
    return UtcDayAxis()


def _span(colour: QColor | None, text: str) -> str:
    return text if colour is None else f'<span style="color:{colour.name()}">{text}</span>'


class EquityTab(QWidget):
    """Renders ``services.metrics.equity(trader, window)``: growth of 1.0 shown as a return
    in percent, and the drawdown (≤ 0) in percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equityTab")
        self.readout = QLabel(" ")
        self.readout.setObjectName("equityReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.graphs = pg.GraphicsLayoutWidget()
        self.equity_plot = self.graphs.addPlot(row=0, col=0, axisItems={"bottom": _date_axis()})
        self.underwater_plot = self.graphs.addPlot(row=1, col=0, axisItems={"bottom": _date_axis()})
        self.underwater_plot.setXLink(self.equity_plot)
        self.equity_plot.getAxis("bottom").setStyle(showValues=False)  # the lower plot has them
        layout = self.graphs.ci.layout
        layout.setRowStretchFactor(0, 3)
        layout.setRowStretchFactor(1, 2)
        for plot in self._plots():
            plot.setMouseEnabled(x=True, y=False)
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setAutoVisible(y=True)
            plot.hideButtons()
            plot.getAxis("left").setWidth(AXIS_WIDTH)
        self.equity_curve = self.equity_plot.plot(pen=pg.mkPen(EQUITY, width=2))
        self.underwater_curve = self.underwater_plot.plot(
            pen=pg.mkPen(DRAWDOWN, width=1),
            fillLevel=0,
            brush=pg.mkBrush(DRAWDOWN.red(), DRAWDOWN.green(), DRAWDOWN.blue(), 90),
        )
        self.baseline = pg.InfiniteLine(angle=0, pos=0)
        self.equity_plot.addItem(self.baseline, ignoreBounds=True)
        self.crosshairs = [pg.InfiniteLine(angle=90) for _ in self._plots()]
        self.markers = [
            pg.ScatterPlotItem(size=8, brush=pg.mkBrush(c), pen=None) for c in (EQUITY, DRAWDOWN)
        ]
        for plot, line, marker in zip(self._plots(), self.crosshairs, self.markers, strict=True):
            plot.addItem(line, ignoreBounds=True)
            plot.addItem(marker, ignoreBounds=True)
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
        self._trader_id: int | None = None
        self._selection: Selection | None = None
        self._x = np.array([])
        self._series: EquitySeries | None = None
        self._mouse = pg.SignalProxy(
            self.graphs.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved
        )
        self._restyle()
        self.clear()

    def _plots(self) -> tuple[pg.PlotItem, pg.PlotItem]:
        return self.equity_plot, self.underwater_plot

    # -- data --------------------------------------------------------------------------------
    def load(self, selection: Selection) -> None:
        series = selection.services.metrics.equity(selection.trader_id, selection.window)
        if selection.trader_id != self._trader_id:
            self._live = []  # read below for the new trader
        self._trader_id = selection.trader_id
        self._selection = selection
        self._paper = selection.paper_copies()
        self._marks = fill_marks(self._paper, self._live)
        self.set_series(series)
        self.reload_live()

    def reload_live(self) -> None:
        """Read the trader's live copies on a pool thread (database only), then mark their
        fills; also after each reconciliation pass booked the exchange's fills."""
        selection = self._selection
        if selection is None:
            return
        services = selection.services
        start_task(
            self,
            services,
            lambda _control: (
                services.live_copies.positions(selection.trader_id, include_closed=True)
                if services.live_copies.has_copies()
                else []
            ),
            lambda live: self._live_read(selection, live),
            lambda _exc: None,  # the positions tab says why live copies could not be read
        )

    def _live_read(self, selection: Selection, live: list[OpenCopy | ClosedCopy]) -> None:
        if selection is self._selection:
            self.show_live_fills(live)

    def show_live_fills(self, live: Sequence[OpenCopy | ClosedCopy]) -> None:
        """The trader's live copies as just read: their fills are marked beside the paper
        ones."""
        self._live = list(live)
        self._marks = fill_marks(self._paper, self._live)
        if self._series is not None:
            self._place_fills((np.asarray(self._series.equity, dtype=float) - 1) * 100)

    def clear(self) -> None:
        self._marks = []
        self._paper, self._live, self._trader_id = [], [], None
        self._selection = None
        self.set_series(None)

    def _place_fills(self, returns_pct: np.ndarray) -> None:
        self.fills.show_marks(self._marks, self._x, returns_pct)
        self.fills_legend.setVisible(bool(self.fills.marks))

    def set_series(self, series: EquitySeries | None) -> None:
        if series is None or not series.days:
            self._series = None
            self._x = np.array([])
            self.equity_curve.setData([], [])
            self.underwater_curve.setData([], [])
            for line, marker in zip(self.crosshairs, self.markers, strict=True):
                line.hide()
                marker.setData([], [])
            self.equity_plot.setLimits(xMin=None, xMax=None)
            self._place_fills(np.array([]))
            self._empty_ranges()
            self.readout.setText("No history in this window." if series is not None else " ")
            return
        self._series = series
        self._x = _timestamps(series.days)
        returns_pct = (np.asarray(series.equity, dtype=float) - 1) * 100
        self.equity_curve.setData(self._x, returns_pct)
        self._place_fills(returns_pct)
        self.underwater_curve.setData(self._x, np.asarray(series.drawdown, dtype=float) * 100)
        self.equity_plot.setLimits(xMin=self._x[0] - DAY_SECONDS, xMax=self._x[-1] + DAY_SECONDS)
        for plot in self._plots():
            plot.enableAutoRange()
        self._floor_ranges(series)
        self.show_day(len(self._x) - 1)

    def _empty_ranges(self) -> None:
        """Nothing to draw: the last 30 days, 0 % in the middle and a drawdown axis that goes
        down from 0, instead of whatever the previous trader's ranges were."""
        end = time.time()
        for plot in self._plots():
            plot.disableAutoRange()
            plot.setXRange(end - 30 * DAY_SECONDS, end, padding=0)
        self.equity_plot.setYRange(-MIN_SPAN_PCT, MIN_SPAN_PCT, padding=0)
        self.underwater_plot.setYRange(-MIN_SPAN_PCT, 0, padding=0)

    def _floor_ranges(self, series: EquitySeries) -> None:
        """A flat line gets a span of at least MIN_SPAN_PCT around it (no "×0.001" axis), and
        a drawdown axis never shows positive values."""
        equity = (np.asarray(series.equity, dtype=float) - 1) * 100
        low, high = float(np.nanmin(equity)), float(np.nanmax(equity))
        if high - low < MIN_SPAN_PCT:
            mid = (low + high) / 2
            self.equity_plot.disableAutoRange(axis=pg.ViewBox.YAxis)
            self.equity_plot.setYRange(mid - MIN_SPAN_PCT, mid + MIN_SPAN_PCT, padding=0)
        deepest = float(np.nanmin(np.asarray(series.drawdown, dtype=float) * 100))
        self.underwater_plot.disableAutoRange(axis=pg.ViewBox.YAxis)
        self.underwater_plot.setYRange(min(deepest * 1.05, -MIN_SPAN_PCT), 0, padding=0.02)

    # -- hover -------------------------------------------------------------------------------
    def _mouse_moved(self, args: tuple[QPointF]) -> None:
        self.hover(args[0])

    def hover(self, scene_pos: QPointF) -> None:
        """Move the crosshair to the day nearest the mouse over either plot; away from the
        plots the read-out goes back to the last day."""
        if not len(self._x):
            return
        for plot in self._plots():
            if plot.vb.sceneBoundingRect().contains(scene_pos):
                x = plot.vb.mapSceneToView(scene_pos).x()
                self.show_day(self._nearest(x))
                return
        self.show_day(len(self._x) - 1)

    def _nearest(self, x: float) -> int:
        i = int(np.clip(np.searchsorted(self._x, x), 0, len(self._x) - 1))
        if i > 0 and abs(self._x[i - 1] - x) < abs(self._x[i] - x):
            i -= 1
        return i

    def show_day(self, i: int) -> None:
        """Crosshair, markers and read-out at the ``i``-th day of the series."""
        if self._series is None:
            return
        x = self._x[i]
        gain = self._series.equity[i] - 1
        drawdown = self._series.drawdown[i]
        for line, marker, y in zip(
            self.crosshairs, self.markers, (gain * 100, drawdown * 100), strict=True
        ):
            line.setPos(x)
            line.show()
            marker.setData([x], [y])
        self.readout.setText(
            f"<b>{self._series.days[i].isoformat()}</b> (UTC)"
            f"&nbsp;&nbsp;&nbsp;Equity {_span(fmt.gain_loss(gain), fmt.signed_pct(gain))}"
            f" ({self._series.equity[i]:,.3f}× the start)"
            f"&nbsp;&nbsp;&nbsp;Drawdown {_span(fmt.loss_tone(drawdown), fmt.signed_pct(drawdown))}"
        )

    # -- look --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.graphs.setBackground(colours.background)
        style_plot(self.equity_plot, colours)
        style_plot(self.underwater_plot, colours)
        self.equity_plot.setLabel("left", "return (%)", color=colours.text.name())
        self.underwater_plot.setLabel("left", "drawdown (%)", color=colours.text.name())
        dashed = pg.mkPen(colours.muted, style=Qt.PenStyle.DashLine)
        self.baseline.setPen(dashed)
        for line in self.crosshairs:
            line.setPen(dashed)
