"""Trades told after they ended: a journal ("Trade journal #14 📓 ATOM long, in 8.714, out
8.963, +2.9%. Lesson: …", "Looking back at my DOT short from 6.984: exited at 6.771 …", "My
log for the week: …") and a close reported days late ("Closed my WIF short yesterday at
2.4588 (opened at 2.539)"). The general reading finds a call or a close in them; a journal
is talk, and a close told after the fact asks a reader whether the copy is still open."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.worked_examples import word_before_digits

_JOURNAL_PARTS = ("journal", "log", "looking back")
# the journal's own word, before the message's first digit
_JOURNAL = re.compile(r"(?<![\w])(?:journal|my\s+(?:trading\s+)?log|looking\s+back)(?![\w])")

_PAST_PARTS = ("yesterday", "last ", "day")
_PAST_DAY = re.compile(
    r"(?<![\w])(?:yesterday|last\s+(?:night|week|weekend)"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w])"
)


def journal_entry(low: str) -> str | None:
    """The reason when the lower-cased ``low`` is a journal of trades (its word stands before
    the first digit), else None."""
    if not holds_any(low, _JOURNAL_PARTS):
        return None
    m = word_before_digits(_JOURNAL, low)
    if m is None:
        return None  # (or "… SL 0.93. Looking back, …": the levels come first)
    return f"A trader's journal (“{m.group()}”): trades told after they ended, talk."


def told_late(low: str) -> str | None:
    """The reason when the lower-cased ``low`` dates what it reports to an earlier day
    ("yesterday", "last night", "on Monday"), else None."""
    if not holds_any(low, _PAST_PARTS):
        return None
    m = _PAST_DAY.search(low)
    if m is None:
        return None
    return f"A close told after the fact (“{m.group()}”): is the copy still open? Check it."
