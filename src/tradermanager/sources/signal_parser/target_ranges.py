"""Numbered targets that are each a range: "TP1: 0.3965–0.4019" over "TP2: 0.4074–0.4144".
One target is a range of two prices, so the card names two numbered targets and four
prices: copied as four targets, the shares the channel meant for two would be split over
four exits (or one end of each range dropped). Which price of each range is meant is not
said, so the signal goes to review. A range under one unnumbered label ("TP: 3.40–3.55",
"Target zone: a - b") is the two targets, as any list under one label."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.message_parts import MessageParts, Section

# what stands between the two ends of a range on one line: a dash, a tilde or "to"
_BETWEEN = re.compile(r"[^\S\n]*(?:-|–|—|~|to)[^\S\n]*\$?", re.I)


def ranged_numbered_target(read: MessageParts, secs: list[Section]) -> str:
    """The first numbered target's label ("TP1") whose section is two prices written as a
    range on its line, else "". (The caller passes two target sections or more.)"""
    clean = read.clean
    for lab, nums, _ in secs:
        if (
            len(nums) == 2
            and lab.word[-1:].isdigit()
            and _BETWEEN.fullmatch(clean, nums[0].end, nums[1].start)
        ):
            return lab.word
    return ""
