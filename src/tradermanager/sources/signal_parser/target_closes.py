"""A target hit told together with a close in a bot's or an admin's words, and closes told of
someone else's position.

"TP2 @ 25.31 | closed 30%", "TP2 at 9.303 — position reduced by 50%", "TP1 @ 2.3152 — closed
50%": a target's number written right before the price it was taken at, beside a close told
as done, is that target hit (the close keeps its share) — read as a close alone, a copy would
close its share and never mark the target. "Members who closed SUI early at 1.02", "I closed
my NEAR myself at 5.15": a close of a member's own position, talk.
"""

import re

# a target's number, at most a hit word or a tick, then "@", "at" or "(" before a price
_TARGET_AT_PRICE = re.compile(
    r"(?<![\w])(?:tp|take[ \t\-]*profit|target)[ \t]*([1-9])(?![\w.,])"
    r"(?:[ \t]+(?:hit|reached|filled|triggered|taken|executed|done))?[ \t]*✅?[ \t]*"
    r"(?:@|at(?![\w])|\()[ \t]*\$?\d"
)
# "members who closed", "those that already closed": the close of whoever the text names
_WHO_BEFORE = re.compile(r"(?<![\w])(?:who|that)[ \t]+(?:already[ \t]+|have[ \t]+|had[ \t]+)?$")
_I_BEFORE = re.compile(r"(?<![\w])i[ \t]+(?:already[ \t]+)?$")


def target_at_price(lower: str) -> int | None:
    """The target a lower-cased notice names right before a price ("TP2 @ 25.31": 2)."""
    if "@" not in lower and " at " not in lower and "(" not in lower:
        return None
    if "tp" not in lower and "target" not in lower and "take" not in lower:
        return None
    found = _TARGET_AT_PRICE.search(lower)
    return int(found.group(1)) if found is not None else None


def someone_elses_close(lower: str, start: int) -> bool:
    """Whether the close word at ``start`` closes a member's own position, not the call's:
    "members who closed …", "I closed my NEAR myself …"."""
    before = lower[max(0, start - 20) : start]
    if ("who" in before or "that" in before) and _WHO_BEFORE.search(before):
        return True
    return "myself" in lower and _I_BEFORE.search(before) is not None
