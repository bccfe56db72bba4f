"""A grid of figure tiles — caption, value, one sentence of meaning — for the tail-risk and
signal-quality tabs. A value the snapshot lacks, or cannot be shown, reads "—"."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from tradermanager.ui.details import _format as fmt
from tradermanager.ui.metric_format import formatter, label
from tradermanager.ui.metric_help import HELP

TILE_STYLE = """
QFrame#figureTile { border: 1px solid palette(mid); border-radius: 6px; }
QLabel#figureCaption, QLabel#figureHelp { color: palette(placeholder-text); }
QLabel#figureHelp { font-size: 8.5pt; }
"""
VALUE_STYLE = "font-size: 16pt; font-weight: 600;"  # a style sheet: the app's one sets sizes


@dataclass(frozen=True, slots=True)
class Figure:
    key: str  # the snapshot key (docs/metrics.md)
    caption: str
    show: Callable[[float | None], str]
    tone: fmt.Tone = fmt.no_tone
    help: str = ""  # default: the metric's tooltip sentence

    @classmethod
    def of(cls, key: str, tone: fmt.Tone = fmt.no_tone) -> Figure:
        """The figure of a registry key: its label and its unit's format."""
        return cls(key, label(key), formatter(key), tone)


def _number(value: Any) -> float | None:
    """The value as a finite float, or None for anything else (missing, NaN, a wrong shape)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


class FigureGrid(QWidget):
    def __init__(
        self, figures: Sequence[Figure], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(TILE_STYLE)
        self._figures = tuple(figures)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, figure in enumerate(self._figures):
            grid.addWidget(self._tile(figure), i // columns, i % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def _tile(self, figure: Figure) -> QFrame:
        tile = QFrame()
        tile.setObjectName("figureTile")
        sentence = figure.help or HELP.get(figure.key, "")
        tile.setToolTip(sentence)
        caption = QLabel(figure.caption)
        caption.setObjectName("figureCaption")
        value = QLabel(fmt.DASH)
        value.setObjectName(f"figure_{figure.key}")
        value.setStyleSheet(VALUE_STYLE)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        meaning = QLabel(sentence)
        meaning.setObjectName("figureHelp")
        meaning.setWordWrap(True)
        layout = QVBoxLayout(tile)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(caption)
        layout.addWidget(value)
        layout.addWidget(meaning)
        layout.addStretch(1)
        self.values[figure.key] = value
        return tile

    def show_values(self, values: Mapping[str, Any] | None) -> None:
        """Each figure's value from ``values`` (None clears every tile to "—")."""
        for figure in self._figures:
            label = self.values[figure.key]
            value = _number(values.get(figure.key)) if values is not None else None
            label.setText(figure.show(value))
            colour = figure.tone(value)
            label.setProperty("tone", None if colour is None else colour.name())
            tone = "" if colour is None else f" color: {colour.name()};"
            label.setStyleSheet(VALUE_STYLE + tone)
