"""Trades told after they ended: a journal ("Trade journal #14 📓 ATOM long, in 8.714, out
8.963, +2.9%. Lesson: …", "Looking back at my DOT short from 6.984: exited at 6.771 …", "My
log for the week: …") and a close reported days late ("Closed my WIF short yesterday at
2.4588 (opened at 2.539)") or by another trader ("@satoshi_jr closed ATOM long 50x, …"). The
general reading finds a call or a close in them; a journal is talk, and a close told after the
fact or of another's trade asks a reader whether the copy is still open."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.worked_examples import word_before_digits

_JOURNAL_PARTS = ("journal", "log", "looking back", "dca")
# the journal's own word, before the message's first digit (a diary of regular buys: "DCA week
# 7: bought 150 USDT of LINK at …, average now …")
_JOURNAL = re.compile(
    r"(?<![\w])(?:journal|my\s+(?:trading\s+)?log|looking\s+back"
    r"|dca\s+(?:week|day|month|diary|log))(?![\w])"
)

# a journal's entry that opens a trade now, a call written in a diary
_OPENS_NOW = re.compile(
    r"(?<![\w])(?:new\s+(?:position|trade|entry)|opening|entering|just\s+(?:opened|entered))(?![\w])"
)

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
    if _OPENS_NOW.search(low):
        return None  # "Trading journal, day 26 📓 new position: SHORT …": a call in a diary
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


# a post headed as a recap ("Recap: last week's DOT long from 6.82 closed at 7.242 ✅ +6.2%"),
# its word first, and the close's result told beside it: a results post of a trade the
# channel closed before, no close to copy now
_RECAP_HEAD = re.compile(r"[^\w\n]*(?:weekly[^\S\n]+|daily[^\S\n]+|monthly[^\S\n]+)?recap(?![\w])")
_RESULT_TOLD = re.compile(r"✅|(?<![\w.])[+\-−]\d+(?:[.,]\d+)?[^\S\n]?%")


def recap_of_close(low: str) -> str | None:
    """The reason when the lower-cased ``low`` opens with a recap word and tells a close's
    result (a check mark, a signed percentage), else None: talk, the close was the channel's
    news when it was made."""
    if not low.lstrip("📊📈📉🗓📆📝 ").startswith(("recap", "weekly", "daily", "monthly")):
        return None
    if _RECAP_HEAD.match(low) is None or _RESULT_TOLD.search(low) is None or " now" in low:
        return None
    return "A recap of a trade closed earlier, with its result: a results post, talk."


# another trader's close, named by handle: "@satoshi_jr closed ATOM long 50x, entry … → exit …"
_OTHER_CLOSED = re.compile(r"@\w+[^\S\n]+(?:closed|exited|took[^\S\n]+profits?[^\S\n]+on)(?![\w])")


def other_trader_close(text: str) -> str | None:
    """The reason when ``text`` tells another trader's close (a handle before "closed"), else
    None: is it the channel's trade? A reader decides."""
    if "@" not in text:
        return None
    m = _OTHER_CLOSED.search(text.lower())
    if m is None:
        return None
    return f"Another trader's close (“{m.group()}”): the channel's own trade? Check it."
