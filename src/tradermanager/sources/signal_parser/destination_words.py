""" "Next stop" in analysis names where the price goes next, not a stop loss: "Daily close above
5.666 = bullish, next stop 5.77", "next stop 70k 🚀". Read as a stop label it turns a chart
caption into a half call; written "next halt" (same length) it is a level like any other."""

from __future__ import annotations

import re

_NEXT_STOP = re.compile(r"(?<![\w])(next[^\S\n]+)(stop)(?=[^\S\n]*[:=\-–→]?[^\S\n]*\$?\d)", re.I)


def without_next_stop(text: str) -> str:
    """``text`` with "next stop <price>" written "next halt <price>"."""
    if "xt stop" not in text and "XT STOP" not in text and "xt Stop" not in text:
        return text
    return _NEXT_STOP.sub(lambda m: m.group(1) + "halt", text)
