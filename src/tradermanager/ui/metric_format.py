"""A metric's value as text, by its registry entry: the unit decides the shape ("+12.3%",
"53.4%", "5.2×", "14 days", "7.5 / 10") and the entry's ``digits`` the decimals, so a key
reads the same on the card, in the details tabs and in the report. Undefined is "—"."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.domain import number_text as text
from tradermanager.domain.metric_registry import spec


def formatter(key: str, window: str | None = None) -> Callable[[float | None], str]:
    """The text function of ``key`` ("roi" is the window's own ROI, any window's format)."""
    return text.by_unit(spec(key, window or "30d"))


def label(key: str, window: str | None = None) -> str:
    """The caption of ``key`` in the details tabs, the report and the comparison."""
    return "ROI" if key == "roi" else spec(key, window).label


def caption(key: str) -> str:
    """The compact caption of ``key`` (the card)."""
    return "ROI" if key == "roi" else spec(key).caption
