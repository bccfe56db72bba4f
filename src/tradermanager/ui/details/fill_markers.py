"""My fills marked on an equity plot: a triangle where a copy was entered (up for a long,
down for a short), a dot where it was reduced or closed (green when that exit gained, red
when it lost) and a cross where it was liquidated; a fill of a live copy (booked from the
exchange) is drawn larger with a thick light ring, a paper one with a thin dark edge (the
long entries are already amber, the colour of "Live" in the tables). Hovering a marker shows the
fill.

Markers sit on the plotted curve at the fill's instant (the curve interpolated between its
daily points), so they read as "here, on this curve, I bought or sold"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPen

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.domain.number_text import money, price
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details.plot_theme import MARKER
from tradermanager.ui.exit_words import exit_words

DAY_SECONDS = 86_400.0
SHORT_ENTRY = QColor("#a371f7")  # apart from the blue curve and the amber long entries
LEGEND = (
    "Markers: my fills — ▲ long entry, ▼ short entry, ● exit (green: gained, "
    "red: lost), ✕ liquidated; larger with a light ring: a live fill on the exchange. Hover "
    "one to read "
    "the fill."
)
LIVE_RING = QColor("#e6edf3")
LIVE_GROWTH = 5  # pixels a live fill's marker is larger than a paper one


@dataclass(frozen=True, slots=True)
class FillMark:
    """One fill to mark: ``time`` in epoch seconds (UTC); ``pnl`` (USD, after the fill's
    fee) for exits, None for entries."""

    time: float
    entry: bool
    long: bool
    liquidation: bool
    pnl: float | None
    text: str
    live: bool = False  # a fill of a live copy, as the exchange booked it


def fill_marks(
    copies: Sequence[OpenCopy | ClosedCopy], live: Sequence[OpenCopy | ClosedCopy] = ()
) -> list[FillMark]:
    """Every fill of ``copies`` (paper) and ``live`` (live copies), oldest first. An exit's
    P&L is its quantity times the move from the position's average entry, in the position's
    direction, less the exit fee."""
    marks = []
    for copy, is_live in [*((c, False) for c in copies), *((c, True) for c in live)]:
        long = copy.side.value == "long"
        direction = 1.0 if long else -1.0
        for f in copy.fills:
            moment = datetime.fromtimestamp(f.time / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
            mode = "Live" if is_live else "Paper"
            head = f"{moment} · {mode} · {copy.trader} · {copy.symbol} {copy.side.value}"
            entry = f.kind.value == "entry"
            if entry:
                pnl = None
                what = (
                    f"entry ({f.reason}) {price(f.quantity)} @ {price(f.price)} · "
                    f"fee {money(f.fee)}"
                )
            else:
                start = copy.entry_price if copy.entry_price is not None else f.price
                pnl = direction * (f.price - start) * f.quantity - f.fee
                what = (
                    f"exit: {exit_words(f.reason)} {price(f.quantity)} @ "
                    f"{price(f.price)} · P&L {money(pnl, signed=True)} "
                    f"after the {money(f.fee)} fee"
                )
            liquidation = f.reason == "liquidation"
            text = f"{head}\n{what}"
            marks.append(FillMark(f.time / 1000, entry, long, liquidation, pnl, text, is_live))
    marks.sort(key=lambda m: m.time)
    return marks


def _tip(x: float, y: float, data: object) -> str:
    """pyqtgraph calls it with keywords (x=, y=, data=): the fill's own text."""
    del x, y
    return str(data)


class FillMarkers(pg.ScatterPlotItem):
    """The fill markers of one plot; ``show_marks`` places them on the curve (x, y)."""

    def __init__(self) -> None:
        super().__init__(size=9, pxMode=True, hoverable=True, tip=_tip, hoverSize=13, name="fills")
        self.setZValue(10)  # above the curve and its fill
        self.marks: list[FillMark] = []
        self._brushes: dict[str, QBrush] = {}
        self._pens: dict[str, QPen] = {}

    def show_marks(self, marks: Sequence[FillMark], x: np.ndarray, y: np.ndarray) -> None:
        """Mark the fills within the curve's days (one day either side) at the curve's
        height at that instant; none when the curve is empty."""
        if not len(x) or not marks:
            self.marks = []
            self.setData([], [])
            return
        low, high = float(x[0]) - DAY_SECONDS, float(x[-1]) + DAY_SECONDS
        shown = [m for m in marks if low <= m.time <= high]
        self.marks = shown
        if not shown:
            self.setData([], [])
            return
        times = np.array([m.time for m in shown])
        heights = np.interp(times, np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        colours = [_colour(m).name() for m in shown]
        self.setData(
            x=times,
            y=heights,
            size=[marker_size(len(shown)) + (LIVE_GROWTH if m.live else 0) for m in shown],
            symbol=[_symbol(m) for m in shown],
            brush=[self._brush(c) for c in colours],
            pen=[self._pen(c, m.live) for c, m in zip(colours, shown, strict=True)],
            data=[m.text for m in shown],
        )

    def _brush(self, colour: str) -> QBrush:
        """One brush per colour, reused by every marker (pyqtgraph draws them fastest so)."""
        if colour not in self._brushes:
            self._brushes[colour] = pg.mkBrush(colour)
        return self._brushes[colour]

    def _pen(self, colour: str, live: bool = False) -> QPen:
        """A live fill's ring is thick and amber; a paper fill's edge a darker shade."""
        key = "live" if live else colour
        if key not in self._pens:
            self._pens[key] = (
                pg.mkPen(LIVE_RING, width=2)
                if live
                else pg.mkPen(QColor(colour).darker(160), width=1)
            )
        return self._pens[key]


def marker_size(count: int) -> int:
    """Pixels: smaller as the fills crowd, so hundreds of them do not hide the curve."""
    return 9 if count <= 150 else 7 if count <= 600 else 5


def _symbol(mark: FillMark) -> str:
    if mark.entry:
        return "t1" if mark.long else "t"  # triangle up for a long, down for a short
    return "x" if mark.liquidation else "o"


def _colour(mark: FillMark) -> QColor:
    if mark.entry:
        return MARKER if mark.long else SHORT_ENTRY
    return fmt.tone(mark.pnl) if mark.pnl else fmt.NEUTRAL
