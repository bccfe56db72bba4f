"""A trailing stop's activation that writes the stop it set ("🔧 DOTUSDT trailing stop activated,
new SL 5.817", "Trailing SL armed on BNB — stop now 548.7", "Trailing stop on APT/USDT engaged |
SL: 9.308").

An activation alone ("trailing stop activated at 2.41", "… callback 1%") starts a stop that
follows the price a callback behind it: a copy has no fixed stop to set, and the notice goes to
review. When the notice also writes where the stop now stands, that level is the stop a copy
can hold: the stop moved there. A share after the stop word ("SL 1.5% below the price") is a
callback, no level.
"""

from __future__ import annotations

import re

# the stop's level written after the activation: "new SL 5.817", "stop now 548.7", "SL: 9.308",
# "New stop-loss: 8.454", "SL → 0.4156", "stop loss raised to 1.042"
_STOP_STATED = re.compile(
    r"(?<![\w])(?:new[^\S\n]+)?(?:stop(?:[^\S\n]*-?[^\S\n]*loss)?|sl)(?![\w])[^\S\n]*"
    r"(?:(?:is[^\S\n]+)?now(?:[^\S\n]+at)?|(?:moved|raised|lowered|set|placed)[^\S\n]+(?:to|at)"
    r"|at|@|:|=|→|->|➜|➝|➡\ufe0f?)?[^\S\n]*\$?(?=\d)"
)
# a share or a callback after the number: no level
_SHARE_AFTER = re.compile(r"[\d.,]*[^\S\n]*%")


def stated_stop(lower: str, after: int) -> int | None:
    """Where the stop's level starts in ``lower`` when a trailing stop's activation (ending at
    ``after``) is followed by the stop it set; None when it writes none."""
    told = _STOP_STATED.search(lower, after)
    if told is None or _SHARE_AFTER.match(lower, told.end()):
        return None
    return told.end()


# a trailing take-profit started: "Trailing take profit activated", "trailing TP armed", "Trailing
# take-profit is on for SOLUSDT" (not "trailing TP executed at 152.3": the take-profit filled)
_TRAILING_TP_ACTIVE = re.compile(
    r"trail(?:ing)?[^\S\n]*-?[^\S\n]*(?:take[^\S\n]*-?[^\S\n]*profit|tp)(?![\w])"
    r"[^\n]{0,30}?(?<![\w])(?:activ(?:e|ated|ation)|armed|started|enabled|engaged|is[^\S\n]+on)(?![\w])"
)


def trailing_take_profit(lower: str) -> bool:
    """Whether ``lower`` reports a trailing take-profit activated (nothing closed yet)."""
    return _TRAILING_TP_ACTIVE.search(lower) is not None
