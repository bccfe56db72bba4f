"""One colour per compared trader, the same in every chart and header of the comparison.

Chosen to stay apart from each other and from the gain/loss green and red, on the dark and
the light palette."""

from __future__ import annotations

from PySide6.QtGui import QColor

TRADER_COLOURS = (
    QColor("#3b82f6"),  # blue
    QColor("#f59e0b"),  # amber
    QColor("#14b8a6"),  # teal
    QColor("#ec4899"),  # pink
    QColor("#a78bfa"),  # violet
    QColor("#94a3b8"),  # slate
)


def trader_colour(index: int) -> QColor:
    return QColor(TRADER_COLOURS[index % len(TRADER_COLOURS)])


def with_alpha(colour: QColor, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out
