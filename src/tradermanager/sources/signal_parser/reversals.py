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


def reversal(low: str) -> bool:
    """Whether the lower-cased follow-up ``low`` turns the position to the other side."""
    if "long" not in low and "short" not in low:
        return False
    if ("flat" in low or "no new" in low or " out" in low) and _STAYS_OUT.search(low):
        return False
    if (
        ("rever" in low or "flip" in low or "sar" in low)
        and _WORDS.search(low)
        and _SIDE.search(low)
    ):
        return True
    return "long" in low and "short" in low and _SIDES_TURNED.search(low) is not None
