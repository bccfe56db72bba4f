"""The compared traders' equity curves on one plot (UTC day axis), each rebased to the start
of the window and shown as a return in percent, with a read-out of every trader's return on
the day under the mouse."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.services.comparison import Comparison
from tradermanager.ui import formatting as fmt
from tradermanager.ui.compare.colours import trader_colour
from tradermanager.ui.details.equity_tab import DAY_SECONDS, UtcDayAxis
from tradermanager.ui.details.plot_theme import PALETTE_EVENTS, PlotColours, style_plot


def day_seconds(days: Sequence[date]) -> np.ndarray:
    """UTC midnight of each day in epoch seconds (the axis is built with utcOffset=0)."""
    return np.array([datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in days])


class EquityOverlay(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareEquity")
        self.readout = QLabel(" ")
        self.readout.setObjectName("compareEquityReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": UtcDayAxis()})
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setAutoVisible(y=True)
        self.plot.hideButtons()
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextSize="9pt")
        self.baseline = pg.InfiniteLine(angle=0, pos=0)
        self.crosshair = pg.InfiniteLine(angle=90)
        self.plot.addItem(self.baseline, ignoreBounds=True)
        self.plot.addItem(self.crosshair, ignoreBounds=True)
        self.curves: list[pg.PlotDataItem] = []  # one per trader, in order
        self._x: list[np.ndarray] = []
        self._result: Comparison | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot_widget, 1)
        self._mouse = pg.SignalProxy(
            self.plot_widget.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved
        )
        self._restyle()

    def show_result(self, result: Comparison) -> None:
        self._result = result
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.legend.clear()
        self.curves, self._x = [], []
        for i, (trader, series) in enumerate(zip(result.traders, result.equity, strict=True)):
            x = day_seconds(series.days)
            y = (np.asarray(series.equity, dtype=float) - 1) * 100
            curve = self.plot.plot(x, y, pen=pg.mkPen(trader_colour(i), width=2), name=trader.name)
            self.curves.append(curve)
            self._x.append(x)
        starts = [x[0] for x in self._x if len(x)]
        ends = [x[-1] for x in self._x if len(x)]
        if starts:
            self.plot.setLimits(xMin=min(starts) - DAY_SECONDS, xMax=max(ends) + DAY_SECONDS)
            self.plot.enableAutoRange()
            self.show_at(max(ends))
        else:
            self.crosshair.hide()
            self.readout.setText("No history in this window.")

    def _mouse_moved(self, args: tuple[QPointF]) -> None:
        pos = args[0]
        if not self.curves or not self.plot.vb.sceneBoundingRect().contains(pos):
            return
        self.show_at(self.plot.vb.mapSceneToView(pos).x())

    def show_at(self, x: float) -> None:
        """Crosshair at the UTC day nearest ``x`` (epoch seconds), each trader's return then."""
        result = self._result
        if result is None:
            return
        day = round(x / DAY_SECONDS) * DAY_SECONDS
        self.crosshair.setPos(day)
        self.crosshair.show()
        parts = []
        for i, (trader, series, xs) in enumerate(
            zip(result.traders, result.equity, self._x, strict=True)
        ):
            k = int(np.searchsorted(xs, day, side="right")) - 1 if len(xs) else -1
            value = fmt.pct(series.equity[k] - 1) if k >= 0 else fmt.DASH
            colour = trader_colour(i).name()
            parts.append(f'<span style="color:{colour}">■</span> {trader.name} <b>{value}</b>')
        date = np.datetime64(int(day), "s").astype("datetime64[D]")
        self.readout.setText(f"<b>{date}</b> (UTC)&nbsp;&nbsp; " + "&nbsp;&nbsp; ".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.plot_widget.setBackground(colours.background)
        style_plot(self.plot, colours)
        self.plot.setLabel("left", "return since window start (%)", color=colours.text.name())
        self.legend.setLabelTextColor(colours.text)
        dashed = pg.mkPen(colours.muted, style=Qt.PenStyle.DashLine)
        self.baseline.setPen(dashed)
        self.crosshair.setPen(dashed)
