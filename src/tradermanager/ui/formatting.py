"""Numbers for people (from domain/number_text.py) and the colours of gains, losses and risk,
the same green/red everywhere a gain or a loss is shown."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tradermanager.domain.number_text import (  # the window's one text format, re-exported
    DASH,
    _undefined,
    count,
    money,
    number,
    pct,
    ratio,
    seconds,
    small_share,
    times,
)

__all__ = [
    "DASH",
    "GAIN",
    "LOSS",
    "NEUTRAL",
    "WARN",
    "count",
    "money",
    "number",
    "pct",
    "ratio",
    "risk_colour",
    "seconds",
    "small_share",
    "times",
    "tone",
]
GAIN = QColor("#2fbf71")
LOSS = QColor("#e5534b")
NEUTRAL = QColor("#c9d1d9")
WARN = QColor("#f0b429")


def tone(value: float | None) -> QColor:
    """Green for gains, red for losses, neutral for zero or undefined."""
    if _undefined(value) or value == 0:
        return NEUTRAL
    assert value is not None
    return GAIN if value > 0 else LOSS


def risk_colour(score: float | None) -> QColor:
    """0 (green) → 5 (amber) → 10 (red); neutral when undefined."""
    if _undefined(score):
        return NEUTRAL
    assert score is not None
    s = max(0.0, min(10.0, score)) / 10
    if s < 0.5:
        return QColor.fromRgbF(0.18 + 1.5 * s * 0.6, 0.75, 0.44 - s * 0.4)
    return QColor.fromRgbF(0.9, 0.75 - (s - 0.5) * 1.1, 0.24)
