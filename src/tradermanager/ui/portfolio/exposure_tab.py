"""Exposure: USD notional of my open copies per token across every trader — long, short,
net, gross and share — as a table and as bars (long up, short down)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from tradermanager.services.portfolio import PortfolioSummary
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details.plot_theme import PALETTE_EVENTS, PlotColours, style_plot
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.tables import Cell, PortfolioTable

HEADERS = ("Token", "Long", "Short", "Net", "Gross", "Share of gross")
BAR_WIDTH = 0.6


class ExposureTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exposureTab")
        self.totals = QLabel(" ")
        self.totals.setObjectName("exposureTotals")
        self.totals.setWordWrap(True)
        self.table = PortfolioTable("exposureTable", HEADERS, "portfolio-exposure")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HEADERS.index("Gross"), Qt.SortOrder.DescendingOrder)
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("exposureChart")
        self.plot_widget.setMinimumHeight(180)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.addLegend(offset=(10, 10))
        self.long_bars = pg.BarGraphItem(
            x=[], height=[], width=BAR_WIDTH, brush=fmt.GAIN, pen=None, name="long"
        )
        self.short_bars = pg.BarGraphItem(
            x=[], height=[], width=BAR_WIDTH, brush=fmt.LOSS, pen=None, name="short"
        )
        self.plot.addItem(self.long_bars)
        self.plot.addItem(self.short_bars)
        self.zero = pg.InfiniteLine(angle=0, pos=0)
        self.plot.addItem(self.zero, ignoreBounds=True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.plot_widget)
        split.setSizes([220, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)
        self._restyle()

    def show_summary(self, s: PortfolioSummary) -> None:
        self.table.set_rows(
            [
                [
                    Cell.label(e.symbol),
                    cells.money(e.long),
                    cells.money(e.short),
                    cells.money(e.net, signed=True, tone=True),
                    cells.money(e.gross),
                    cells.share(e.share),
                ]
                for e in s.exposure
            ]
        )
        if s.open_positions:
            self.totals.setText(
                f"<b>{s.open_positions}</b> open position(s): long {fmt.money(s.total_long)}, "
                f"short {fmt.money(s.total_short)}, net {fmt.money(s.total_net, signed=True)}, "
                f"gross <b>{fmt.money(s.total_gross)}</b> — combined leverage "
                f"<b>{fmt.times(s.combined_leverage)}</b> on my capital of "
                f"{fmt.money(s.capital)}."
            )
        else:
            self.totals.setText("No open copied positions: nothing is at risk right now.")
        x = list(range(len(s.exposure)))
        self.long_bars.setOpts(x=x, height=[e.long for e in s.exposure], width=BAR_WIDTH)
        self.short_bars.setOpts(x=x, height=[-e.short for e in s.exposure], width=BAR_WIDTH)
        self.plot.getAxis("bottom").setTicks([[(i, e.symbol) for i, e in enumerate(s.exposure)]])
        if s.exposure:
            top = max(max(e.long for e in s.exposure), max(e.short for e in s.exposure), 1.0)
            self.plot.setXRange(-0.6, len(x) - 0.4, padding=0)
            self.plot.setYRange(-top * 1.1, top * 1.1, padding=0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.plot_widget.setBackground(colours.background)
        style_plot(self.plot, colours, "Open notional per token (USD): long up, short down")
        self.plot.setLabel("left", "USD", color=colours.text.name())
        self.zero.setPen(pg.mkPen(colours.muted))
