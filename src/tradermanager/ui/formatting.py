"""Numbers for people: +1,700%, -12.0%, $234.50, 5.2×, and — for undefined."""

from __future__ import annotations

from PySide6.QtGui import QColor

DASH = "—"
GAIN = QColor("#2fbf71")
LOSS = QColor("#e5534b")
NEUTRAL = QColor("#c9d1d9")


def pct(value: float | None, *, signed: bool = True, digits: int = 1) -> str:
    """A fraction as a percentage: 17.0 → "+1,700%", -0.12 → "-12.0%"."""
    if value is None:
        return DASH
    number = value * 100
    places = 0 if abs(number) >= 100 else digits
    text = f"{number:,.{places}f}%"
    return f"+{text}" if signed and number > 0 else text


def money(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return DASH
    text = f"${abs(value):,.2f}"
    if value < 0:
        return f"-{text}"
    return f"+{text}" if signed and value > 0 else text


def times(value: float | None) -> str:
    """A multiplier or leverage: 5.2 → "5.2×"."""
    return DASH if value is None else f"{value:,.2f}".rstrip("0").rstrip(".") + "×"


def number(value: float | None, digits: int = 2) -> str:
    return DASH if value is None else f"{value:,.{digits}f}"


def tone(value: float | None) -> QColor:
    """Green for gains, red for losses, neutral for zero or undefined."""
    if value is None or value == 0:
        return NEUTRAL
    return GAIN if value > 0 else LOSS


def risk_colour(score: float | None) -> QColor:
    """0 (green) → 10 (red) through amber."""
    if score is None:
        return NEUTRAL
    s = max(0.0, min(10.0, score)) / 10
    if s < 0.5:
        return QColor.fromRgbF(0.18 + 1.5 * s * 0.6, 0.75, 0.44 - s * 0.4)
    return QColor.fromRgbF(0.9, 0.75 - (s - 0.5) * 1.1, 0.24)
