"""Trades per leverage bucket as bars, each labelled with its trade count and win rate
(snapshot keys ``leverage_frequency``, ``leverage_win_rate`` and ``trade_count``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.plot_theme import ACCENT, PALETTE_EVENTS, PlotColours, style_plot
from tradermanager.ui.details.selection import Selection

BUCKETS = ("1x-3x", "3x-5x", "5x-10x", "10x+")
LABEL_WIDTH = 110  # pixels
TITLE = "Trades opened per leverage bucket, and the share of closed ones that won"


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _win_colour(rate: float | None) -> str | None:
    if rate is None:
        return None
    return (fmt.GAIN if rate >= 0.5 else fmt.LOSS).name()


class LeverageTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leverageTab")
        self.summary = QLabel(" ")
        self.summary.setObjectName("leverageSummary")
        self.summary.setWordWrap(True)
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getAxis("bottom").setTicks([list(enumerate(BUCKETS))])
        self.plot.setXRange(-0.6, len(BUCKETS) - 0.4, padding=0)
        self.bars = pg.BarGraphItem(
            x=list(range(len(BUCKETS))), height=[0] * len(BUCKETS), width=0.6, brush=ACCENT
        )
        self.plot.addItem(self.bars)
        self.labels = [pg.TextItem(anchor=(0.5, 1.0)) for _ in BUCKETS]
        for label in self.labels:
            self.plot.addItem(label)
        self.empty = pg.TextItem(anchor=(0.5, 0.5))
        self.plot.addItem(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot_widget, 1)
        self.counts: list[int] = [0] * len(BUCKETS)
        self.win_rates: list[float | None] = [None] * len(BUCKETS)
        self._restyle()
        self.clear()

    def load(self, selection: Selection) -> None:
        self.show_values(selection.values())

    def clear(self) -> None:
        self.show_values(None)

    def show_values(self, values: Mapping[str, Any] | None) -> None:
        """Counts = share of trades × trades opened in the window (both from the snapshot)."""
        values = values or {}
        shares = _mapping(values.get("leverage_frequency"))
        wins = _mapping(values.get("leverage_win_rate"))
        total = values.get("trade_count") or 0
        self.counts = [round((shares.get(b) or 0.0) * total) for b in BUCKETS]
        self.win_rates = [wins.get(b) for b in BUCKETS]
        self.bars.setOpts(height=self.counts)
        top = max(self.counts, default=0)
        self.plot.setYRange(0, max(top * 1.3, 1), padding=0)
        for i, label in enumerate(self.labels):
            self._label(label, i, top)
        if values and total:
            self.empty.setText("")
        else:
            self.empty.setText("No trades opened in this window." if values else "")
            self.empty.setPos((len(BUCKETS) - 1) / 2, 0.5)
        self.summary.setText(self._summary(values) if values else " ")

    def _label(self, label: pg.TextItem, i: int, top: int) -> None:
        count, rate = self.counts[i], self.win_rates[i]
        label.setPos(i, count + top * 0.02)
        label.setTextWidth(LABEL_WIDTH)  # alignment needs a width
        if not count and rate is None:
            muted = self._colours.muted.name(QColor.NameFormat.HexArgb)
            label.setHtml(f'<div style="text-align:center; color:{muted}">no trades</div>')
            return
        won = fmt.share(rate, digits=0)
        colour = _win_colour(rate)
        won_html = won if colour is None else f'<span style="color:{colour}">{won}</span>'
        label.setHtml(
            f'<div style="text-align:center; color:{self._colours.text.name()}">'
            f"<b>{count:,}</b> trades<br>{won_html} won</div>"
        )

    @staticmethod
    def _summary(values: Mapping[str, Any]) -> str:
        corr = values.get("leverage_pnl_correlation")
        reading = ""
        if corr is not None:
            reading = (
                " (more leverage went with worse trades)"
                if corr < -0.1
                else " (more leverage went with better trades)"
                if corr > 0.1
                else " (little relation)"
            )
        return (
            f"Average leverage {fmt.times(values.get('avg_leverage'))}, "
            f"max {fmt.times(values.get('max_leverage'))}, "
            f"{values.get('trade_count') or 0:,} trades opened · "
            f"leverage vs return on margin: correlation {fmt.number(corr)}{reading}"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        self._colours = PlotColours.of(self)
        self.plot_widget.setBackground(self._colours.background)
        style_plot(self.plot, self._colours, TITLE)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setLabel("left", "trades", color=self._colours.text.name())
        self.empty.setColor(self._colours.muted)
        for i, label in enumerate(self.labels):
            self._label(label, i, max(self.counts, default=0))
