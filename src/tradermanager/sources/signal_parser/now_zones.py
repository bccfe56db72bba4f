"""A zone after "now" or "here" ("ADA buy now @0.4661-0.4652", "short now 0.51-0.52", "long
here @ 148.2 - 148.6", "Entry now 3410-3425", "buy now around a-b", "sell now @a/b"): the room
tells its members to fill between the two prices, a limit zone stored low to high as every zone
is. One price after "now" ("buy now @ 0.52") stays a market entry, and a zone beside a market
word ("Entry: market (≈ 148.2–148.6)", "buy at CMP 0.51-0.52") stays the area a market order
fills: only "now" and "here" give the zone."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import numbers, sections

# the words between the label and the first price: "now", "here", "now @", "now at", "here @ ",
# "NOW AROUND", "now ~", "now near" (nothing else: "now at market 0.51-0.52" is market)
_BEFORE = re.compile(
    r"[^\S\n]*[:\-–]?[^\S\n]*(?:now|here)[^\S\n]*(?:@|at|around|near|~|≈)?[^\S\n]*\$?",
    re.I,
)
# a weak entry label after "now" ("now @", "now at", "now around") and what may stand after it
_WEAK = frozenset(("@", "at", "around", "near", "~", "≈"))
_NOW_BEFORE = re.compile(r"(?<![^\W_])(?:now|here)[^\S\n]*$", re.I)
_GAP = re.compile(r"[^\S\n]*[:]?[^\S\n]*\$?")
# between the two prices: a dash, an en or em dash, a slash or "to", spaces allowed
_BETWEEN = re.compile(r"[^\S\n]*(?:-|–|—|/|to)[^\S\n]*\$?", re.I)


def now_zone(
    clean: str, section: tuple[sections.Label, list[numbers.Number], str]
) -> tuple[float, float] | None:
    """The zone (low, high) a section's "now" or "here" stands before, else None: the words
    between its label and its first price are only "now" / "here" (and "@", "at", "around"),
    and its first two prices are joined by a dash, a slash or "to" and differ, the second
    ending its line or followed by no digit before the line ends."""
    lab, nums, _ = section
    if len(nums) < 2:
        return None
    first, second = nums[0], nums[1]
    if lab.word in _WEAK:  # "buy now @0.4661-0.4652": "@" the label, "now" before it
        line_start = clean.rfind("\n", 0, lab.start) + 1
        if (
            _NOW_BEFORE.search(clean, line_start, lab.start) is None
            or _GAP.fullmatch(clean, lab.end, first.start) is None
        ):
            return None
    elif _BEFORE.fullmatch(clean, lab.end, first.start) is None:
        return None
    if _BETWEEN.fullmatch(clean, first.end, second.start) is None:
        return None
    if first.value == second.value or first.value <= 0 or second.value <= 0:
        return None
    line_end = clean.find("\n", second.end)
    rest = clean[second.end : len(clean) if line_end < 0 else line_end]
    if rest[:1] in ("%", "x", "X", "k", "K"):
        return None  # "now 10-20x", "now 63-64k": no zone of prices
    low, high = sorted((first.value, second.value))
    if high > low * 1.1:
        return None  # two prices 10 % apart are no zone to fill now
    return low, high
