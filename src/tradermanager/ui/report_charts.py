"""The report's charts as PNG bytes, drawn by the window's own widgets off screen.

The equity and underwater plots come from the Equity tab, the leverage histogram from the
Leverage tab, the daily-return histogram from the Tail risk tab and the token shares from the
card's "Tokens traded" box — each fed the same service results as on screen, in the light
palette (a report is read on white paper or a white page), and rendered at twice the pixel
density so the text stays sharp when the page is zoomed or printed. GUI thread only."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMessageLogContext,
    QPoint,
    QRect,
    QSize,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QWidget

from tradermanager.services.report_data import ReportData
from tradermanager.ui.card.token_shares import TokenShares
from tradermanager.ui.details.equity_tab import EquityTab
from tradermanager.ui.details.leverage_tab import LeverageTab
from tradermanager.ui.details.tail_risk_tab import TailRiskTab
from tradermanager.ui.style import LIGHT, STYLE_SHEET

SCALE = 2  # device pixels per CSS pixel
WIDTH = 980  # CSS pixels: the report's content width
SIZES = {"equity": QSize(WIDTH, 520), "leverage": QSize(WIDTH, 320), "returns": QSize(WIDTH, 300)}
TOKENS_WIDTH = 480
FRAMELESS = (
    "QGroupBox#tokenShares { border: none; margin-top: 0; padding: 10px 6px;"
    " background: palette(base); }"
)


def light_palette() -> QPalette:
    palette = QPalette()
    for role, colour in LIGHT.items():
        palette.setColor(role, QColor(colour))
    return palette


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"chart: Qt could not encode the PNG ({writer.errorString()})")
    buffer.close()
    return bytes(data.data())


def render(widget: QWidget, area: QRect | None = None) -> QImage:
    """``widget`` (or the ``area`` of it, in widget coordinates) drawn at ``SCALE``."""
    rect = area if area is not None else widget.rect()
    image = QImage(rect.size() * SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(widget.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        QWidget.render(widget, painter, QPoint(0, 0), QRegion(rect))  # not QGraphicsView's
    finally:
        painter.end()
    return image


@contextmanager
def _quiet_offscreen_platform() -> Iterator[None]:
    """Qt's offscreen platform (command line, tests) says on every show that it cannot pass
    size hints on; that line is noise here, every other message goes where it went."""

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def offscreen(widget: QWidget, size: QSize) -> Iterator[QWidget]:
    """Lay ``widget`` out at ``size`` without showing it, in the light palette."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.setPalette(light_palette())
    widget.resize(size)
    with _quiet_offscreen_platform():
        widget.show()  # lays everything out; never reaches the screen
        try:
            yield widget
        finally:
            widget.hide()  # no parent: freed with its last Python reference


def equity_charts(data: ReportData) -> dict[str, QImage]:
    """The equity curve and the underwater plot, as two images on one time axis each."""
    tab = EquityTab()
    with offscreen(tab, SIZES["equity"]):
        tab.set_series(data.equity)
        tab.readout.hide()
        for line, marker in zip(tab.crosshairs, tab.markers, strict=True):
            line.hide()  # the hover read-out means nothing on paper
            marker.setData([], [])
        tab.equity_plot.getAxis("bottom").setStyle(showValues=True)
        view = tab.graphs
        out = {}
        for key, plot in (("equity", tab.equity_plot), ("underwater", tab.underwater_plot)):
            area = view.mapFromScene(plot.sceneBoundingRect()).boundingRect()
            out[key] = render(view, area.intersected(view.rect()))
        return out


def leverage_chart(data: ReportData) -> QImage:
    tab = LeverageTab()
    with offscreen(tab, SIZES["leverage"]):
        tab.show_values(data.values)
        return render(tab.plot_widget)


def returns_chart(data: ReportData) -> QImage:
    tab = TailRiskTab()
    tab.figures.hide()  # the figures are in the report's text
    with offscreen(tab, SIZES["returns"]):
        tab.show_values(data.values)
        tab.show_returns(np.asarray(data.daily_returns, dtype=float))
        return render(tab.plot_widget)


def tokens_chart(data: ReportData) -> QImage:
    box = TokenShares()
    box.setStyleSheet(STYLE_SHEET + FRAMELESS)
    shares = data.values.get("token_distribution") or {}
    box.set_shares(shares)
    box.setTitle("")  # the report's caption names it
    with offscreen(box, QSize(TOKENS_WIDTH, box.sizeHint().height())):
        return render(box)


Drawing = Callable[[ReportData], dict[str, QImage]]
# (chart keys a drawing produces, the drawing)
CHARTS: tuple[tuple[frozenset[str], Drawing], ...] = (
    (frozenset({"equity", "underwater"}), equity_charts),
    (frozenset({"leverage"}), lambda d: {"leverage": leverage_chart(d)}),
    (frozenset({"returns"}), lambda d: {"returns": returns_chart(d)}),
    (frozenset({"tokens"}), lambda d: {"tokens": tokens_chart(d)}),
)
KEYS = frozenset().union(*(keys for keys, _ in CHARTS))


def chart_steps(
    data: ReportData, keys: Iterable[str] = KEYS
) -> list[Callable[[], dict[str, QImage]]]:
    """One drawing per step for the charts named by ``keys``: the window runs them one
    event-loop turn apart, so drawing never holds the GUI thread for long."""
    wanted = frozenset(keys)

    def step(draw: Drawing) -> Callable[[], dict[str, QImage]]:
        return lambda: {k: v for k, v in draw(data).items() if k in wanted}

    return [step(draw) for produces, draw in CHARTS if produces & wanted]


def encode(images: Mapping[str, QImage]) -> dict[str, bytes]:
    """PNG bytes of each image. QImage is a plain value: this may run on any thread."""
    return {key: png_bytes(image) for key, image in images.items()}


def render_charts(data: ReportData, keys: Iterable[str] = KEYS) -> dict[str, bytes]:
    """The charts named by ``keys`` (all by default) as PNG bytes, keyed as
    ``ui.report_content``'s families name them. GUI thread."""
    images: dict[str, QImage] = {}
    for step in chart_steps(data, keys):
        images.update(step())
    return encode(images)
