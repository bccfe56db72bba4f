"""A metric's value as text, by its registry entry: the unit decides the shape ("+12.3%",
"53.4%", "5.2×", "14 days", "7.5 / 10") and the entry's ``digits`` the decimals, so a key
reads the same on the card, in the details tabs and in the report. Undefined is "—"."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.domain.metric_registry import MetricSpec, Unit, spec
from tradermanager.ui import formatting as shared


def days(value: float | None, digits: int = 0) -> str:
    if value is None:
        return shared.DASH
    text = f"{value:,.{digits}f}"
    return f"{text} day" + ("" if text == "1" else "s")


def score(value: float | None) -> str:
    return shared.DASH if value is None else f"{value:.1f} / 10"


def _formatter(entry: MetricSpec) -> Callable[[float | None], str]:
    d = entry.digits
    by_unit: dict[Unit, Callable[[float | None], str]] = {
        Unit.RETURN: lambda v: shared.pct(v, digits=d),
        Unit.SHARE: lambda v: shared.pct(v, signed=False, digits=d),
        Unit.PROBABILITY: shared.small_share,
        Unit.RATIO: lambda v: shared.number(v, d),
        Unit.MULTIPLE: lambda v: shared.times(v, digits=d),
        Unit.COUNT: shared.count,
        Unit.DAYS: lambda v: days(v, d),
        Unit.SECONDS: shared.seconds,
        Unit.USD: lambda v: shared.money(v, signed=True),
        Unit.SCORE: score,
    }
    return by_unit.get(entry.unit, lambda v: shared.DASH if v is None else str(v))


def formatter(key: str, window: str | None = None) -> Callable[[float | None], str]:
    """The text function of ``key`` ("roi" is the window's own ROI, any window's format)."""
    return _formatter(spec(key, window or "30d"))


def label(key: str, window: str | None = None) -> str:
    """The caption of ``key`` in the details tabs, the report and the comparison."""
    return "ROI" if key == "roi" else spec(key, window).label


def caption(key: str) -> str:
    """The compact caption of ``key`` (the card)."""
    return "ROI" if key == "roi" else spec(key).caption
