"""The correlation of a trader's tokens as a heatmap: one cell per pair, a diverging colour
map fixed to −1..+1 (blue: move against each other, white: unrelated, red: move together),
a colour bar, the token names on both axes and the value in each cell.

Without stored prices there is nothing to correlate: the widget then says so in words
instead of showing an empty plot."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from tradermanager.services.metrics import TokenCorrelationMatrix
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.plot_theme import PALETTE_EVENTS, PlotColours, style_plot

COLOUR_MAP = "CET-D1"  # perceptually even blue-white-red
LIMITS = (-1.0, 1.0)
TITLE = "Correlation of daily returns (stored price history)"
DARK_CELL = 0.55  # |r| above this: white text on the deep colour


def cell_text(value: float | None) -> str:
    return fmt.DASH if value is None or not np.isfinite(value) else f"{value:.2f}"


class TokenHeatmap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenHeatmap")
        self.tokens: tuple[str, ...] = ()
        self.values = np.zeros((0, 0))  # what the image shows (NaN where undefined)
        self.graphics = pg.GraphicsLayoutWidget()
        self.plot = self.graphics.addPlot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.invertY(True)  # the first token at the top, as in the table
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colour_map = pg.colormap.get(COLOUR_MAP)
        self.colour_bar = pg.ColorBarItem(
            values=LIMITS, colorMap=self.colour_map, interactive=False, width=14
        )
        self.colour_bar.axis.setWidth(40)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.cells: list[pg.TextItem] = []  # the labels on show, row by row
        self._labels: list[pg.TextItem] = []
        self.title = QLabel(TITLE)  # a label wraps where a narrow plot's title is clipped
        self.title.setObjectName("heatmapTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(" ")
        self.note.setObjectName("heatmapNote")
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("heatmapMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self._restyle()
        self.show_matrix(None)

    @property
    def showing_plot(self) -> bool:
        return self.stack.currentWidget() is self.graphics

    def show_matrix(self, correlation: TokenCorrelationMatrix | None) -> None:
        """Draw ``correlation``; None (nothing selected) clears. No prices, or fewer than two
        tokens, show a sentence instead of the plot."""
        self._clear_cells()
        self.note.setText(" ")
        if correlation is None:
            self._say("")
            return
        tokens = correlation.tokens
        if len(tokens) < 2:
            self._say(
                "No tokens traded in this window."
                if not tokens
                else f"Only {tokens[0]} was traded in this window: nothing to correlate."
            )
            return
        if correlation.matrix is None:
            self._say(
                "No daily prices are stored for "
                f"{', '.join(tokens)}, so their correlation can't be computed."
            )
            return
        self.tokens = tokens
        self.values = np.array(
            [[np.nan if v is None else v for v in row] for row in correlation.matrix], dtype=float
        )
        n = len(tokens)
        self.image.setImage(self.values, autoLevels=False, levels=LIMITS)
        self.image.setRect(QRectF(-0.5, -0.5, n, n))
        ticks = [list(enumerate(tokens))]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self._fit_left_axis(tokens)
        self.plot.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, n - 0.5), padding=0.02)
        self._write_cells()
        if correlation.without_prices:
            self.note.setText(
                f"No stored prices for {', '.join(correlation.without_prices)}: their cells read —."
            )
        elif np.isnan(self.values).any():
            self.note.setText("— : fewer than 30 days with prices for both tokens.")
        self.stack.setCurrentWidget(self.graphics)

    def clear(self) -> None:
        self.show_matrix(None)

    def _fit_left_axis(self, tokens: tuple[str, ...]) -> None:
        """Make the left axis as wide as the longest token name needs now: pyqtgraph widens it
        only after a paint and, until then, drops a name that does not fit ("AVAX")."""
        axis = self.plot.getAxis("left")
        font = axis.style["tickFont"] or axis.font()
        widest = max(QFontMetrics(font).horizontalAdvance(t) for t in tokens)
        gap = max(0, axis.style["tickLength"]) + axis.style["tickTextOffset"][0]
        axis.setWidth(widest + gap + 8)

    def _say(self, text: str) -> None:
        self.tokens = ()
        self.values = np.zeros((0, 0))
        self.image.clear()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _write_cells(self) -> None:
        """One label per cell. Labels are kept and reused: adding items to a plot is what
        costs (about a millisecond each), so a new selection only moves and re-texts them."""
        n = len(self.tokens)
        font = QFont()
        font.setPointSizeF(10.0 if n <= 6 else 8.5 if n <= 10 else 7.0)
        while len(self._labels) < n * n:
            label = pg.TextItem(anchor=(0.5, 0.5))
            self.plot.addItem(label)
            self._labels.append(label)
        self.cells = self._labels[: n * n]
        for k, label in enumerate(self.cells):
            i, j = divmod(k, n)
            value = self.values[i, j]
            if not np.isfinite(value):
                colour = self._colours.muted
            else:
                colour = QColor("white") if abs(value) > DARK_CELL else QColor("#1f2328")
            label.setText(cell_text(value), color=colour)
            label.setFont(font)
            label.setPos(j, i)
            label.show()

    def _clear_cells(self) -> None:
        for label in self._labels:
            label.hide()
        self.cells = []

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        self._colours = PlotColours.of(self)
        self.graphics.setBackground(self._colours.background)
        style_plot(self.plot, self._colours)
        self.plot.showGrid(x=False, y=False)
        self.colour_bar.axis.setPen(pg.mkPen(self._colours.muted))
        self.colour_bar.axis.setTextPen(pg.mkPen(self._colours.text))
        self.message.setStyleSheet(f"color: {self._colours.muted.name(QColor.NameFormat.HexArgb)};")
