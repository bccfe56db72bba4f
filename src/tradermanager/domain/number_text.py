"""Numbers for people: +1,700%, -12.0%, $234.50, 5.2×, and — for undefined; a metric's value by
its registry entry. Pure text (no Qt), so the window, the report and the command line show the
same figures the same way.

Every function takes None (an undefined metric) and returns "—".
"""

from __future__ import annotations

import math
from collections.abc import Callable

from tradermanager.domain.metric_registry import MetricSpec, Unit

DASH = "—"


def _undefined(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def pct(value: float | None, *, signed: bool = True, digits: int = 1) -> str:
    """A fraction as a percentage: 17.0 → "+1,700%", -0.12 → "-12.0%". From 100 % up the
    decimals are dropped (they are noise at that size)."""
    if _undefined(value):
        return DASH
    assert value is not None
    number = value * 100
    places = 0 if abs(number) >= 100 else digits
    text = f"{number:,.{places}f}%"
    if text.lstrip("-").strip("0.,%") == "":  # rounds to zero: no sign, no "-0.0%"
        return f"{0:.{places}f}%"
    return f"+{text}" if signed and number > 0 else text


def money(value: float | None, *, signed: bool = False) -> str:
    """USD with cents: 234.5 → "$234.50", -3 → "-$3.00" ("+$…" when ``signed``)."""
    if _undefined(value):
        return DASH
    assert value is not None
    text = f"${abs(value):,.2f}"
    if text == "$0.00":
        return text
    if value < 0:
        return f"-{text}"
    return f"+{text}" if signed else text


def times(value: float | None, *, digits: int = 2) -> str:
    """A multiplier or leverage: 5.2 → "5.2×", 1.0 → "1×" (trailing zeros dropped)."""
    if _undefined(value):
        return DASH
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}×"


def number(value: float | None, digits: int = 2) -> str:
    """A plain figure (Sharpe 1.23, Brier 0.180) with thousands separators."""
    return DASH if _undefined(value) else f"{value:,.{digits}f}"


def price(value: float | None, *, significant: int = 4) -> str:
    """A quoted price, never in e-notation: 97,250.50 / 1.2345 / 0.000006238 (below 1, the
    first ``significant`` significant digits, as many zeros as it takes in front)."""
    if _undefined(value):
        return DASH
    assert value is not None
    size = abs(value)
    if size >= 1000:
        return f"{value:,.2f}"
    if size >= 1:
        return f"{value:,.4f}"
    if size == 0:
        return "0"
    decimals = significant - 1 - math.floor(math.log10(size))
    return f"{value:.{decimals}f}"


def count(value: float | None) -> str:
    """A whole count: 12345 → "12,345"."""
    return DASH if _undefined(value) else f"{value:,.0f}"


def ratio(part: float | None, whole: float | None) -> str:
    """ "won / total" as counts: (2, 6) → "2 / 6"; "—" when either is undefined."""
    if _undefined(part) or _undefined(whole):
        return DASH
    return f"{count(part)} / {count(whole)}"


def small_share(value: float | None) -> str:
    """A probability that may be tiny: 0.00005 → "<0.01%", 0.0032 → "0.32%"."""
    if value is None:
        return DASH
    if 0 < value < 0.0001:
        return "<0.01%"
    return pct(value, signed=False, digits=2 if value < 0.1 else 1)


def seconds(value: float | None) -> str:
    """A delay for people: 12.9 → "13 s", 86 → "1.4 min", 5400 → "1.5 h"."""
    if value is None:
        return DASH
    if value < 60:
        return f"{value:,.0f} s"
    if value < 3600:
        return f"{value / 60:,.1f} min"
    return f"{value / 3600:,.1f} h"


def days(value: float | None, digits: int = 0) -> str:
    if value is None:
        return DASH
    text = f"{value:,.{digits}f}"
    return f"{text} day" + ("" if text == "1" else "s")


def score(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f} / 10"


def by_unit(entry: MetricSpec) -> Callable[[float | None], str]:
    """The text function of a registry entry: the unit decides the shape, ``digits`` the
    decimals."""
    d = entry.digits
    shapes: dict[Unit, Callable[[float | None], str]] = {
        Unit.RETURN: lambda v: pct(v, digits=d),
        Unit.SHARE: lambda v: pct(v, signed=False, digits=d),
        Unit.PROBABILITY: small_share,
        Unit.RATIO: lambda v: number(v, d),
        Unit.MULTIPLE: lambda v: times(v, digits=d),
        Unit.COUNT: count,
        Unit.DAYS: lambda v: days(v, d),
        Unit.SECONDS: seconds,
        Unit.USD: lambda v: money(v, signed=True),
        Unit.SCORE: score,
    }
    return shapes.get(entry.unit, lambda v: DASH if v is None else str(v))
