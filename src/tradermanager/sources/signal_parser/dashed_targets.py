"""A target label over a dashed list of prices: "TP 12 - 13 - 14" lists three targets,
while "TP 2 - 0.5512" is target 2 at its price.

The label's number pattern takes a number of one or two digits before a dash as the
target's number. When two or more prices follow it, each after the same dash, and the
number with them makes one run of levels (all rising or all falling, the number within a
factor of two of the next), the number is the list's first price. Anything else keeps the
number as the label's (a missing target 1 then sends the message to review).
"""

from __future__ import annotations

import re
from itertools import pairwise

# the dash after the number and the prices after it, to the line's end
_DASHED_REST = re.compile(
    r"[^\S\n]*([-–])[^\S\n]*(\d+(?:\.\d+)?(?:[^\S\n]*\1[^\S\n]*\d+(?:\.\d+)?)+)[^\S\n]*$", re.M
)
_DASH = re.compile(r"[^\S\n]*[-–][^\S\n]*")


def number_opens_price_list(text: str, number_end: int, number: int) -> bool:
    """Whether the label's ``number`` (ending at ``number_end``) is the first price of a
    dashed list of targets rather than the target's number."""
    m = _DASHED_REST.match(text, number_end)
    if m is None:
        return False
    prices = [float(p) for p in _DASH.split(m.group(2))]
    run = [float(number), *prices]
    steps = [b - a for a, b in pairwise(run)]
    if not (all(s > 0 for s in steps) or all(s < 0 for s in steps)):
        return False
    return 0.5 <= number / prices[0] <= 2
