"""Tail risk: how bad the bad days are (VaR, CVaR, worst day, tail ratio, skew, kurtosis
over the window's daily returns) and the risk of being liquidated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.figures import Figure, FigureGrid
from tradermanager.ui.details.plot_theme import ACCENT, PALETTE_EVENTS, PlotColours, style_plot
from tradermanager.ui.details.selection import Selection

FIGURES = (
    Figure.of("var_95", fmt.gain_loss),
    Figure.of("cvar_95", fmt.gain_loss),
    Figure.of("worst_day", fmt.gain_loss),
    Figure.of("tail_ratio", fmt.below_tone(1.0)),
    Figure.of("skew", fmt.below_tone(0.0)),
    Figure.of("kurtosis", fmt.above_tone(3.0, 10.0)),
    Figure.of("liquidation_risk", fmt.above_tone(0.01, 0.05)),
    Figure.of("liquidation_rate", fmt.above_tone(0.0, 0.05)),
)
MAX_BINS = 60
# (key, name, colour, label height as a share of the plot from the bottom): the two labels
# sit on separate rows, since CVaR lies at or beyond VaR and often within a label's width
MARKS = (("var_95", "VaR 95", fmt.WARN, 0.95), ("cvar_95", "CVaR 95", fmt.LOSS, 0.62))
NOTE = (
    "Figures over the daily returns of the window (a loss is negative); liquidation risk is "
    "the chance a typical position is liquidated within its holding time."
)


class TailRiskTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tailRiskTab")
        note = QLabel(NOTE)
        note.setWordWrap(True)
        self.figures = FigureGrid(FIGURES, columns=4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(note)
        layout.addWidget(self.figures)
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("returnsHistogram")
        self.plot_widget.setMinimumHeight(160)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.bars = pg.BarGraphItem(x=[], height=[], width=1, brush=ACCENT)
        self.plot.addItem(self.bars)
        self.marks = {
            key: pg.InfiniteLine(
                angle=90,
                pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
                label=name,
                labelOpts={"position": height, "color": colour, "anchors": [(0, 0), (0, 0)]},
            )
            for key, name, colour, height in MARKS
        }
        self._names = {key: name for key, name, _colour, _height in MARKS}
        for line in self.marks.values():
            self.plot.addItem(line, ignoreBounds=True)
        layout.addWidget(self.plot_widget, 1)
        self.histogram: tuple[np.ndarray, np.ndarray] = (np.array([]), np.array([]))
        self._restyle()

    def load(self, selection: Selection) -> None:
        self.show_values(selection.values())
        returns = selection.services.metrics.daily_returns(selection.trader_id, selection.window)
        self.show_returns(np.asarray(returns, dtype=float))

    def clear(self) -> None:
        self.show_values(None)
        self.show_returns(np.array([]))

    def show_values(self, values: Mapping[str, Any] | None) -> None:
        self.figures.show_values(values)
        for key, line in self.marks.items():
            value = (values or {}).get(key)
            if isinstance(value, int | float):
                line.setPos(100 * value)
                line.label.setFormat(f"{self._names[key]} {fmt.signed_pct(value)}")
            line.setVisible(isinstance(value, int | float))

    def show_returns(self, returns: np.ndarray) -> None:
        """Days per bin of daily return (percent); days without trades are 0 % days."""
        returns = returns[np.isfinite(returns)] * 100
        if not returns.size:
            self.histogram = (np.array([]), np.array([]))
            self.bars.setOpts(x=[], height=[], width=1)
            return
        counts, edges = np.histogram(returns, bins=min(MAX_BINS, max(10, returns.size // 3)))
        self.histogram = (counts, edges)
        self.bars.setOpts(
            x=(edges[:-1] + edges[1:]) / 2, height=counts, width=(edges[1] - edges[0]) * 0.9
        )
        self.plot.autoRange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.plot_widget.setBackground(colours.background)
        style_plot(self.plot, colours, "Days per daily return in the window")
        self.plot.setLabel("bottom", "daily return (%)", color=colours.text.name())
        self.plot.setLabel("left", "days", color=colours.text.name())
        backdrop = QColor(colours.background)
        backdrop.setAlpha(215)  # the label reads over the bars it crosses
        for line in self.marks.values():
            line.label.fill = pg.mkBrush(backdrop)
            line.label.update()
