"""A radar (spider) chart: one closed, translucent polygon per trader on a polar grid, the
axes' names around it and a legend with the traders' names.

Values are the service's 0..1 scaled figures (1 = best of the compared traders on that axis,
at the rim); an undefined value is drawn at the centre and its vertex tip says "—"."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tradermanager.services.comparison import Comparison
from tradermanager.ui.compare.colours import trader_colour, with_alpha
from tradermanager.ui.details.plot_theme import PALETTE_EVENTS, PlotColours

RINGS = (0.25, 0.5, 0.75, 1.0)
LABEL_RADIUS = 1.12


def axis_angles(count: int) -> np.ndarray:
    """Angle of each axis in radians: the first at the top, then clockwise."""
    return math.pi / 2 - 2 * math.pi * np.arange(count) / count


def polygon_points(values: Sequence[float | None]) -> tuple[np.ndarray, np.ndarray]:
    """x, y of a closed polygon (first point repeated) for radii ``values`` (None → 0)."""
    radii = np.array([0.0 if v is None else float(v) for v in values])
    angles = axis_angles(len(radii))
    x, y = radii * np.cos(angles), radii * np.sin(angles)
    return np.append(x, x[:1]), np.append(y, y[:1])


def _label_anchor(angle: float) -> tuple[float, float]:
    """Anchor a label on the side away from the centre, so it never covers the grid."""
    c, s = math.cos(angle), math.sin(angle)
    ax = 0.5 if abs(c) < 0.2 else (0.0 if c > 0 else 1.0)
    ay = 0.5 if abs(s) < 0.2 else (1.0 if s > 0 else 0.0)
    return ax, ay


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareRadar")
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextSize="9pt")
        self.polygons: list[pg.PlotDataItem] = []  # one per trader, in order
        self.scaled: list[tuple[float | None, ...]] = []  # what each polygon was given
        self.axis_labels: list[pg.TextItem] = []
        self._grid: list[pg.GraphicsObject] = []
        self._result: Comparison | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self._restyle()

    def show_result(self, result: Comparison) -> None:
        self._result = result
        self._draw()

    def _draw(self) -> None:
        for item in [*self._grid, *self.axis_labels, *self.polygons]:
            self.plot.removeItem(item)
        self.legend.clear()
        self._grid, self.axis_labels, self.polygons, self.scaled = [], [], [], []
        result = self._result
        if result is None:
            return
        colours = PlotColours.of(self)
        axes = result.radar
        angles = axis_angles(len(axes))
        grid_pen = pg.mkPen(colours.muted, width=1)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        faint = pg.mkPen(with_alpha(colours.muted, 70), width=1, style=Qt.PenStyle.DashLine)
        for ring in RINGS:
            x, y = polygon_points([ring] * len(axes))
            curve = pg.PlotCurveItem(x, y, pen=grid_pen if ring == 1.0 else faint)
            self._add(curve)
            tick = pg.TextItem(f"{ring:g}", color=colours.muted, anchor=(-0.15, 0.5))
            tick.setFont(small)
            tick.setPos(0.0, ring)
            self._add(tick)
        for angle, axis in zip(angles, axes, strict=True):
            self._add(pg.PlotCurveItem([0, math.cos(angle)], [0, math.sin(angle)], pen=faint))
            label = pg.TextItem(axis.label, color=colours.text, anchor=_label_anchor(angle))
            label.setPos(LABEL_RADIUS * math.cos(angle), LABEL_RADIUS * math.sin(angle))
            label.setToolTip(
                "Lower raw value is better (scale flipped)" if axis.inverse else "Higher is better"
            )
            self.plot.addItem(label)
            self.axis_labels.append(label)
        for i, trader in enumerate(result.traders):
            scaled = tuple(axis.scaled[i] for axis in axes)
            x, y = polygon_points(scaled)
            colour = trader_colour(i)
            fill = pg.PlotCurveItem(
                x,
                y,
                pen=pg.mkPen(None),
                brush=pg.mkBrush(with_alpha(colour, 45)),
                fillLevel="enclosed",
            )
            self._add(fill)
            tips = [
                f"{trader.name} — {axis.label}: "
                + ("—" if axis.scaled[i] is None else f"{axis.scaled[i]:.2f} of 1")
                for axis in axes
            ]
            polygon = pg.PlotDataItem(x, y, pen=pg.mkPen(colour, width=2), name=trader.name)
            self.plot.addItem(polygon)
            self.polygons.append(polygon)
            vertices = pg.ScatterPlotItem(
                x=x[:-1],
                y=y[:-1],
                data=tips,
                size=7,
                brush=pg.mkBrush(colour),
                pen=None,
                hoverable=True,
                tip=lambda x, y, data: data,
            )
            self._add(vertices)
            self.scaled.append(scaled)
        # room for the longest axis names left and right of the rim
        self.plot.setRange(xRange=(-1.85, 1.85), yRange=(-1.3, 1.3), padding=0)

    def _add(self, item: pg.GraphicsObject) -> None:
        self.plot.addItem(item)
        self._grid.append(item)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        colours = PlotColours.of(self)
        self.plot_widget.setBackground(colours.background)
        self.legend.setLabelTextColor(colours.text)
        self.legend.setBrush(pg.mkBrush(with_alpha(colours.background, 200)))
        self._draw()
