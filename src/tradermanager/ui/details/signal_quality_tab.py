"""Signal quality: accuracy, confidence, Brier score, lag, slippage, false positives, and a
calibration (reliability) chart — the win rate of each stated-confidence bucket against the
diagonal a perfectly calibrated trader would sit on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.figures import Figure, FigureGrid
from tradermanager.ui.details.plot_theme import MARKER, PALETTE_EVENTS, PlotColours, style_plot
from tradermanager.ui.details.selection import Selection

BUCKETS = ("<60%", "60-70%", "70-80%", "80-90%", "90-100%")
MIDPOINTS = (55.0, 65.0, 75.0, 85.0, 95.0)  # where each bucket is drawn, percent
FIGURES = (
    Figure.of("signal_accuracy", fmt.below_tone(0.5)),
    Figure.of("avg_confidence"),
    Figure.of("brier_score", fmt.above_tone(0.25, 0.33)),
    Figure.of("false_positive_rate", fmt.above_tone(0.4, 0.5)),
    Figure.of("signal_lag", fmt.above_tone(60, 300)),
    Figure.of("execution_slippage", fmt.above_tone(0.001, 0.005)),
)
TITLE = "Calibration: win rate per stated confidence"


def _bucket(buckets: Any, name: str) -> tuple[int, float | None]:
    bucket = buckets.get(name) if isinstance(buckets, Mapping) else None
    if not isinstance(bucket, Mapping):
        return 0, None
    rate = bucket.get("win_rate")
    return int(bucket.get("count") or 0), None if rate is None else float(rate)


class SignalQualityTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signalQualityTab")
        self.figures = FigureGrid(FIGURES, columns=2)
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("calibrationPlot")
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setXRange(50, 100, padding=0.02)
        self.plot.setYRange(0, 110, padding=0.02)
        self.plot.getAxis("bottom").setTicks([list(zip(MIDPOINTS, BUCKETS, strict=True))])
        self.plot.getAxis("left").setTicks([[(v, f"{v}%") for v in range(0, 101, 20)]])
        self.plot.addLegend(offset=(10, 10))
        self.diagonal = self.plot.plot([50, 100], [50, 100], name="perfectly calibrated")
        self.curve = self.plot.plot(
            [], [], name="this trader", symbol="o", symbolBrush=MARKER, connect="finite"
        )
        self.counts = [pg.TextItem(anchor=(0.5, 1.3)) for _ in BUCKETS]
        for label in self.counts:
            self.plot.addItem(label)
        self.empty = pg.TextItem(anchor=(0.5, 0.5))
        self.empty.setPos(75, 50)
        self.plot.addItem(self.empty)
        right = QVBoxLayout()
        right.addWidget(self.plot_widget)
        left = QVBoxLayout()
        left.addWidget(self.figures)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.calibration: list[tuple[str, int, float | None]] = []
        self._restyle()
        self.clear()

    def load(self, selection: Selection) -> None:
        self.show_values(selection.values())

    def clear(self) -> None:
        self.show_values(None)

    def show_values(self, values: Mapping[str, Any] | None) -> None:
        self.figures.show_values(values)
        buckets = (values or {}).get("confidence_calibration")
        self.calibration = [(name, *_bucket(buckets, name)) for name in BUCKETS]
        rates = [np.nan if r is None else 100 * r for _, _, r in self.calibration]
        sizes = [7 + min(n, 200) / 12 for _, n, _ in self.calibration]
        if all(np.isnan(rates)):
            self.curve.setData([], [])
        else:
            self.curve.setData(list(MIDPOINTS), rates, symbolSize=sizes)
        for label, x, (_, n, rate) in zip(self.counts, MIDPOINTS, self.calibration, strict=True):
            label.setText(f"n={n:,}" if rate is not None else "")
            label.setPos(x, 0 if rate is None else 100 * rate)
        if values is not None and all(rate is None for _, _, rate in self.calibration):
            self.empty.setText("No resolved signals with a stated\nconfidence in this window.")
        else:
            self.empty.setText("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.plot_widget.setBackground(colours.background)
        style_plot(self.plot, colours, TITLE)
        self.plot.setLabel("bottom", "stated confidence", color=colours.text.name())
        self.plot.setLabel("left", "signals that made money", color=colours.text.name())
        self.diagonal.setPen(pg.mkPen(colours.muted, width=1, style=Qt.PenStyle.DashLine))
        self.curve.setPen(pg.mkPen(MARKER, width=2))
        self.curve.setSymbolPen(pg.mkPen(colours.background))
        for label in (*self.counts, self.empty):
            label.setColor(colours.text)
        legend = self.plot.legend
        if legend is not None:
            legend.setLabelTextColor(colours.text)
