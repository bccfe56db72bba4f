"""Dashes glued to a label or a leverage: separators and joins, no minus signs.

Some channels write every label with ``:-`` (``ENTRY:-0.3875/0.3852``, ``TARGETS:-9.01/8.895``,
``SL:-0.375``, ``Leverage:-10x``): the dash separates label and value like the colon, and a price
is never negative. A result's label (``PnL:-12.4%``, ``Loss:-$56``, ``Change:-3%``) keeps its
sign. ``(50xSHORT)`` glues the leverage to the side word: a space parts them.
"""

from __future__ import annotations

import re

# a label's last letter or digit (or its closing bracket), at most one space, ":-", then a value
_GLUED = re.compile(r"(?<=[^\W_)])([^\S\n]?):-(?=[^\S\n]*[$€£]?\d)")
_RESULT = re.compile(
    r"(?i)(?:(?<!stop)(?<!stop[ _-])loss|(?<!take)(?<!take[ _-])profit|pnl|p&l|p/l|roi|result|"
    r"change|chg|return|gain|funding|delta|drawdown|performance|pct)\)?[^\S\n]?$"
)
_LEVERAGE_SIDE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d)?[xX×])(LONG|SHORT|Long|Short)(?![\w])")


def may_glue_dashes(text: str) -> bool:
    """A cheap gate: the text holds ``:-`` or a leverage glued to a side word."""
    return ":-" in text or "xLONG" in text or "xSHORT" in text or "XLONG" in text


def dashes_unglued(text: str) -> str:
    """``Entry:-a`` read as ``Entry: a`` (a result's label keeps its minus); ``(20xLONG)`` as
    ``(20x LONG)``."""
    if ":-" in text:
        text = _GLUED.sub(_separator, text)
    if "LONG" in text or "SHORT" in text or "Long" in text or "Short" in text:
        text = _LEVERAGE_SIDE.sub(r"\1 \2", text)
    return text


def _separator(m: re.Match[str]) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if _RESULT.search(m.string, max(line_start, m.start() - 16), m.start() + len(m.group(1))):
        return m.group()
    return m.group(1) + ": "
