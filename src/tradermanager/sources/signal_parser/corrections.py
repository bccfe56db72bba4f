"""Corrections and changes of a signal already posted, read as follow-ups: a corrected stop is
the stop moved to the corrected price; a corrected side, entry or target, or a target changed or
added, is more than a copy already placed can change, and goes to review."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import FollowUpAction
from tradermanager.sources.signal_parser.stop_updates import old_new_stop

# the stop's words as corrections write them (English: the language these notes are written in)
STOP_WORD = r"(?:stop[\s\-]*loss|stoploss|stop|s/l|sl)"

# A correction of a signal already posted: "Correction: SL is 0.51, not 0.53 (typo)", "Fix: stop
# for ARB is 1.042 (was wrongly 1.024)". A corrected stop is the stop moved to the corrected
# price; a corrected side, entry or target, or a target added, is more than the copy can change
# (its entries and targets are placed): review.
CORRECTION_HINTS = (
    *("correct", "typo", "mistake", "fix", "should read", "amend", "wrongly", "instead of"),
    *("added", "adding", "changed", "updated", "extra", "new tp", "new target"),
    # a target or an order's price moved in other words: "TP3 lowered to …", "extend targets",
    # "TP3 edited: …", "remove TP3", "limit moved to …", "entry moved to …"
    *("lowered", "raised", "extend", "edited", "remov", "limit", "entry moved", "target moved"),
)
_CORRECTION = re.compile(
    r"(?<![\w])(?:correct(?:ion|ed)?|typo|mistake|fix(?:ed)?|should\s+read|amend(?:ed|ment)?"
    r"|wrongly|instead\s+of)(?![\w])"
)
_SIDE_CORRECTED = re.compile(
    r"(?<![\w])(long|short)(?![\w])[^\n]{0,12}?(?<![\w])not\s+(?:a\s+)?(long|short)(?![\w])"
)
_CORRECTED_STOP = re.compile(
    r"(?<![\w])"
    + STOP_WORD
    + r"(?![\w])(?:[^\n\d]|[#$]\w+){0,30}?(?<![\w$.,])(?=\$?\d[\d,]*(?:\.\d+)?(?![\w]))"
)
# a target changed or added: "TP3 changed to 16.4", "adding TP4 at 38.1", "extra target added",
# "new TP: 162", "entry updated: 1.098"
_LEVEL_CHANGED = re.compile(
    # ("avg entry moved to 37.77 after the second fill": the average a fill moved)
    r"(?<![\w])(?<!avg )(?<!average )(?:tp|target|entry|entries|limit)[ \t]*\d{0,2}[ \t]+"
    r"(?:is[ \t]+|has[ \t]+been[ \t]+)?"
    r"(?:changed|updated|added|adjusted|moved|lowered|raised|extended|edited)(?![\w])"
    # (a new target's hit is a hit: "TP5 (new target) hit ✅")
    r"|(?<![\w])(?:add(?:ing|ed)?|new|extra)[ \t]+(?:a[ \t]+)?(?:tp|target)s?[ \t]*\d{0,2}(?![\w])"
    r"(?![ \t]*\)?[ \t]*(?:hit|reached|done|✅|✔))"
    # "extend targets: new TP5 …", "remove TP3, we close at TP2", "move your limit to …"
    r"|(?<![\w])(?:extend(?:ing|ed)?[ \t]+(?:the[ \t]+)?(?:[#$]?\w+[ \t]+)?targets"
    r"|remov(?:e|ing|ed)[ \t]+(?:the[ \t]+)?(?:tp|target)[ \t]*\d"
    r"|move[ \t]+(?:your[ \t]+|the[ \t]+)?(?:limit|entry)(?:[ \t]+order)?[ \t]+to)(?![\w])"
)
_ENTRY_OR_TARGET = re.compile(r"(?<![\w])(?:entry|entries|tp\d?|targets?|buy\s+zone)(?![\w])")


def corrected_levels(
    lower: str, stop_named: bool
) -> tuple[FollowUpAction, dict[str, object]] | None:
    """A correction of a posted signal or a change of its levels (:data:`CORRECTION_HINTS`):
    the stop moved to the corrected price, or review for what a copy cannot change (a conflict;
    its action is no hit or cancel, which would read a signal holding it as done); None when
    ``lower`` is neither."""
    if _LEVEL_CHANGED.search(lower):
        return FollowUpAction.STOP_MOVED, {"conflict": "a target or an entry changed or added"}
    if not _CORRECTION.search(lower):
        return None
    if _SIDE_CORRECTED.search(lower):
        return FollowUpAction.STOP_MOVED, {"conflict": "a side corrected"}
    if _ENTRY_OR_TARGET.search(lower):
        return FollowUpAction.STOP_MOVED, {"conflict": "an entry or a target corrected"}
    fixed = _CORRECTED_STOP.search(lower) if stop_named else None
    if fixed is None:
        return None
    # "Stop loss amended · SOLUSDT · old 144.1 · new 146.8": the new level, not the old one
    new_from = old_new_stop(lower)
    return FollowUpAction.STOP_MOVED, {
        "new_stop_from": fixed.end() if new_from is None else new_from,
        "actions": [FollowUpAction.STOP_MOVED],
    }
