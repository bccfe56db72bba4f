"""Plot colours taken from the widget's palette, so the charts follow the light or dark
scheme the window uses (and change with it) instead of a fixed dark background."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGraphicsItem, QWidget

ACCENT = QColor("#1f6feb")
EQUITY = QColor("#3b82f6")
DRAWDOWN = QColor("#e5534b")
MARKER = QColor("#f0b429")
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


@dataclass(frozen=True, slots=True)
class PlotColours:
    background: QColor
    text: QColor
    muted: QColor

    @staticmethod
    def of(widget: QWidget) -> PlotColours:
        palette = widget.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.55)
        return PlotColours(palette.color(QPalette.ColorRole.Base), text, muted)


def style_plot(plot: pg.PlotItem, colours: PlotColours, title: str = "") -> None:
    """Axis lines and tick labels in the palette's text colour, a faint grid.

    Axes are cached as pixmaps: their grid spans the plot, so without a cache every move of
    a crosshair replays every grid line and label (~15 ms a mouse move instead of ~4)."""
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colours.muted))
        axis.setTextPen(pg.mkPen(colours.text))
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    if title:
        plot.setTitle(title, color=colours.text.name(), size="10pt")
    plot.showGrid(x=True, y=True, alpha=0.15)


def text_item(text: str, colours: PlotColours, anchor: tuple[float, float]) -> pg.TextItem:
    return pg.TextItem(text, color=colours.text, anchor=anchor)
