"""Equity curve and underwater (drawdown) plot sharing the time axis, with a hover read-out."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.services.metrics import EquitySeries
from tradermanager.ui import formatting as fmt


def _axis() -> pg.DateAxisItem:
    return pg.DateAxisItem(orientation="bottom", utcOffset=0)  # the data are UTC days


class EquityPlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equityPlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.readout = QLabel(" ")
        self.readout.setObjectName("equityReadout")
        self.graphs = pg.GraphicsLayoutWidget()
        self.graphs.setBackground("#0f1620")
        self.equity = self.graphs.addPlot(row=0, col=0, axisItems={"bottom": _axis()})
        self.under = self.graphs.addPlot(row=1, col=0, axisItems={"bottom": _axis()})
        self.under.setXLink(self.equity)
        self.graphs.ci.layout.setRowStretchFactor(0, 3)
        self.graphs.ci.layout.setRowStretchFactor(1, 2)
        self.equity.setLabel("left", "equity (×)")
        self.under.setLabel("left", "drawdown %")
        for plot in (self.equity, self.under):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setClipToView(True)
        self.equity_line = self.equity.plot(pen=pg.mkPen("#58a6ff", width=2))
        self.under_line = self.under.plot(
            pen=pg.mkPen("#e5534b", width=1), fillLevel=0, brush=pg.mkBrush(229, 83, 75, 80)
        )
        self.crosshair = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#8b949e", style=Qt.PenStyle.DashLine)
        )
        self.equity.addItem(self.crosshair, ignoreBounds=True)
        layout.addWidget(self.graphs)
        layout.addWidget(self.readout)
        self._x = np.array([])
        self._series: EquitySeries | None = None
        self.equity.scene().sigMouseMoved.connect(self._hover)

    def set_series(self, series: EquitySeries | None) -> None:
        self._series = series
        if series is None or not series.days:
            self._x = np.array([])
            self.equity_line.setData([], [])
            self.under_line.setData([], [])
            self.readout.setText("No history yet.")
            return
        self._x = np.array(
            [datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in series.days]
        )
        self.equity_line.setData(self._x, np.array(series.equity))
        self.under_line.setData(self._x, np.array(series.drawdown) * 100)
        self.equity.enableAutoRange()
        self.under.enableAutoRange()
        self._show(len(self._x) - 1)

    def _hover(self, pos: object) -> None:
        if not len(self._x) or not self.equity.sceneBoundingRect().contains(pos):
            return
        x = self.equity.vb.mapSceneToView(pos).x()
        self._show(int(np.clip(np.searchsorted(self._x, x), 0, len(self._x) - 1)))

    def _show(self, i: int) -> None:
        assert self._series is not None
        self.crosshair.setPos(self._x[i])
        day = self._series.days[i].isoformat()
        gain = self._series.equity[i] - 1
        self.readout.setText(
            f"{day}   equity {fmt.pct(gain)}   drawdown {fmt.pct(self._series.drawdown[i])}"
        )
