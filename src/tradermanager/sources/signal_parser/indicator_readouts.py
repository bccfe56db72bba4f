"""Indicator values written inside a call's lines, no level of it: an RSI reading after the
entry ("🟢 BUY SOLUSDT @ 151.12 | RSI 21.9 | TP 158.22 | SL 149.09", "· RSI(14)=76.1 ·", "LONG
SOLUSDT 144.92 — RSI 5m 19 / 1h 24 — SL …"; not a label's "RSI(14): 63", read as one) and a
model's factor scores on a line of their own ("Trend ✅ 0.80 | Momentum ✅ 0.61 | Volume ⚠️
0.48", "Factors: RSI 0.69 · EMA 0.71 · OI 0.34"). The general reading takes such a number for a
second entry or an unplaced price (review); their numbers are blanked before the numbers are
read, positions kept."""

from __future__ import annotations

import re

_S = r"[^\S\n]"
# an oscillator's reading: 0 to 100, at most two decimals, no more digits after it
_VALUE = r"(?:100|\d{1,2})(?:\.\d{1,2})?(?![\d%]|[.,]\d)"
# "rsi 21.9", "rsi(14)=76.1", "stoch rsi 88", "rsi 5m 19 / 1h 24" (not "RSI(14): 63": a label
# and its value, read as such)
_RSI = re.compile(
    rf"(?<![\w])(?:stoch{_S}?)?rsi(?:{_S}*\(\d{{1,3}}\))?(?:{_S}+\d{{1,2}}[mhdw])?{_S}*=?{_S}*"
    + _VALUE
    + rf"(?:{_S}*/{_S}*\d{{1,2}}[mhdw]{_S}+{_VALUE})*"
)
# a factor's score in a cell of a line of factors: "trend ✅ 0.80", "oi 0.34" (no colon: a label)
_FACTOR = re.compile(
    r"(?<![\w])(?:trend|momentum|volume|sentiment|volatility|structure|liquidity|news|funding"
    rf"|oi|rsi|ema|sma|macd|adx|orderflow|order{_S}flow)"
    rf"{_S}*(?:[^\w\s:]{{1,3}}{_S}*)?=?{_S}*(?:0?\.\d{{1,3}}|1\.0{{1,3}})(?![\d%]|[.,]\d)"
)
_FACTORS_AT_LEAST = 2


def may_hold_readouts(lower: str) -> bool:
    """The cheap literal test."""
    return "rsi" in lower or "trend" in lower or "factor" in lower or "momentum" in lower


# a number inside a readout (not a timeframe's "5m", "1h"): what is blanked, the names stay
# (an "RSI:" label keeps its line, and a note after it stays under it)
_NUMBER = re.compile(r"\d*\.?\d+(?![\dmhdw])")


def _numbers_in(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _NUMBER.finditer(lower, start, end)]


def readout_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of the numbers of the lower-cased ``lower`` that are an indicator's value
    or a factor's score (on a line of at least two factors' scores), to be blanked."""
    spans = []
    if "rsi" in lower:
        for m in _RSI.finditer(lower):
            spans += _numbers_in(lower, m.start(), m.end())
    start = 0
    for line in lower.split("\n"):
        found = list(_FACTOR.finditer(line))
        if len(found) >= _FACTORS_AT_LEAST:
            for m in found:
                spans += _numbers_in(lower, start + m.start(), start + m.end())
        start += len(line) + 1
    return sorted(set(spans))
