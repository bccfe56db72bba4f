"""Typed shapes of metric results (keys and meanings: docs/metrics.md)."""

from __future__ import annotations

from typing import TypedDict


class DrawdownEpisode(TypedDict):
    """One drawdown episode: dates as ISO days (day positions for undated series)."""

    start: str | int  # first day under water
    trough: str | int  # first day at the episode's depth
    end: str | int | None  # first day back at the old peak; None while ongoing
    depth: float  # deepest dd of the episode, fraction in [−1, 0)
    days: int  # calendar days under water
    recovery_days: int | None  # trough → recovery; None while ongoing
