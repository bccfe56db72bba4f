"""Reversals told in one follow-up: "Reverse signal: close LONG, open SHORT at 6.469", "Flip to
short on $OP", "Stop and reverse LINK — SHORT now at 13.68", "exit SHORT, enter LONG @ 0.687",
"position flipped: LONG ➜ SHORT". A follow-up carries one action on the open position and no
new one: read as a close alone, the position the other way would be dropped. They go to
review."""

from __future__ import annotations

import re

# the reversal's words; or a close and an opening naming the two sides
_WORDS = re.compile(
    r"(?<![\w])(?:revers(?:e|ed|es|ing|al)|flip(?:s|ped|ping)?|stop\s+and\s+reverse|sar)(?![\w])"
)
_SIDES_TURNED = re.compile(
    r"(?<![\w])(?:long|short)s?(?![\w])[^\n]{0,40}?(?<![\w])(?:open(?:s|ed|ing)?|enter(?:s|ed|ing)?"
    r"|now|new)(?![\w])[^\S\n]*(?:a\s+|the\s+|new\s+)?(?:long|short)(?![\w])"
    r"|(?<![\w])(?:long|short)[^\S\n]*(?:➜|→|->|=>|➡️?|to)[^\S\n]*(?:long|short)(?![\w])"
)
_SIDE = re.compile(r"(?<![\w])(?:long|short|buy|sell)(?![\w])")
# a close on a reverse signal that opens nothing ("closed @ … (reverse signal) · staying flat")
_STAYS_OUT = re.compile(
    r"(?<![\w])(?:no\s+new\s+position|stay(?:s|ing)?\s+(?:flat|out)|now\s+flat)(?![\w])"
)


# an indicator's flip given as the reason of an exit, in brackets: "Exit short SUIUSDT @ 0.9771
# (Supertrend flip)" — the indicator turned, the exit closes; nothing opens the other way
_REASON_FLIP = re.compile(r"\((?:[a-z0-9 ]{0,24}[^\S\n])?flip(?:ped)?\)")


def reversal(low: str) -> bool:
    """Whether the lower-cased follow-up ``low`` turns the position to the other side."""
    if "long" not in low and "short" not in low:
        return False
    if "flip)" in low or "flipped)" in low:
        low = _REASON_FLIP.sub(" ", low)
    if ("flat" in low or "no new" in low or " out" in low) and _STAYS_OUT.search(low):
        return False
    if (
        ("rever" in low or "flip" in low or "sar" in low)
        and _WORDS.search(low)
        and _SIDE.search(low)
    ):
        return True
    return "long" in low and "short" in low and _SIDES_TURNED.search(low) is not None


# a side turned to the other in so many words: "Trend change on BTCUSDT: SELL → BUY at 61072.2"
_SIDE_ARROW = re.compile(
    r"(?<![\w])(long|short|buy|sell)[^\S\n]*(?:➜|→|->|=>|➡️?)[^\S\n]*(long|short|buy|sell)(?![\w])"
)
_OPENS_LONG = frozenset(("long", "buy"))


def side_turned(text: str) -> str:
    """What a message read as a call says when it turns a side to the other ("SELL → BUY"):
    a reversal of the open position, not a new call; "" when it says none."""
    if not ("→" in text or "->" in text or "➜" in text or "=>" in text or "➡" in text):
        return ""
    m = _SIDE_ARROW.search(text.lower())
    if m is None or (m.group(1) in _OPENS_LONG) == (m.group(2) in _OPENS_LONG):
        return ""
    return (
        f"A side turned to the other (“{m.group(0)}”): the open position reversed, which a "
        "call cannot carry. Check it."
    )
