"""Formatting for the details tabs, on top of the shared ``ui.formatting``: the same
"+12.3%", "5.2×" and "—" everywhere, plus the few shapes only the details need (seconds,
probabilities) and which colour a figure gets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtGui import QColor

from tradermanager.ui import formatting as shared

DASH = shared.DASH
GAIN = shared.GAIN
LOSS = shared.LOSS
WARN = QColor("#d29922")

signed_pct = shared.pct
times = shared.times
number = shared.number
small_share = shared.small_share
seconds = shared.seconds

Tone = Callable[[float | None], QColor | None]
"""Picks a figure's colour; None means the palette's ordinary text colour."""


def share(value: float | None, digits: int = 1) -> str:
    """A fraction 0..1 as an unsigned percentage: 0.534 → "53.4%"."""
    return shared.pct(value, signed=False, digits=digits)


def day(value: date | datetime | str | None) -> str:
    """An ISO day as given by the services; None reads as still going on."""
    if value is None:
        return "ongoing"
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else str(value)


def gain_loss(value: float | None) -> QColor | None:
    """Green above zero, red below, ordinary text at zero or undefined."""
    if value is None or value == 0:
        return None
    return GAIN if value > 0 else LOSS


def loss_tone(value: float | None) -> QColor | None:
    """Red below zero (a loss), ordinary text otherwise."""
    return LOSS if value is not None and value < 0 else None


def below_tone(threshold: float) -> Tone:
    """Red when a figure is under ``threshold`` (tail ratio below 1, negative skew)."""

    def pick(value: float | None) -> QColor | None:
        return LOSS if value is not None and value < threshold else None

    return pick


def above_tone(warn: float, bad: float) -> Tone:
    """Amber above ``warn``, red above ``bad`` (rates and probabilities where more is worse)."""

    def pick(value: float | None) -> QColor | None:
        if value is None or value <= warn:
            return None
        return LOSS if value > bad else WARN

    return pick


def no_tone(value: float | None) -> QColor | None:
    return None
