"""A past call recalled: "Yesterday's call: LONG SOL … → TP3 hit ✅", "Last week's ETH short from
… closed at … (TP2) 🎯", "Remember the SOL long at …? All targets done", "ETH SHORT recap 🔁 entry
… / SL … / TP … ✅", "Throwback 📸 …". The levels are an ended trade's; a copier that reads the
hit as an update, or the card as a call, acts on a trade long gone. Told by a word of the past
before the first digit, and no order word. Run only on readings that are not signals: a recap
above a new call ("Yesterday: ETH TP1 ✅ … Today's setup ⬇️ / #TRX Long / …") keeps its call."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords
from tradermanager.sources.signal_parser.worked_examples import word_before_digits

# the gate: a part of every match of _PAST, in any case
PAST_HINT = AnyCaseWords(("yesterday", "last", "remember", "throwback", "recap", "one line"))
# "Yesterday at 5:51 PM" is a chat export's timestamp (when the call was posted), not a trade's past
_PAST = re.compile(
    r"(?<![\w])(?:yesterday(?![^\S\n]+at[^\S\n]+\d)|last[^\S\n]+(?:week|month|night)|remember[^\S\n]+(?:the|our|when)"
    r"|throwback|recap|month[^\S\n]+in[^\S\n]+one[^\S\n]+line)(?![\w])"
)
# an order to the readers: the recap is then an update after all
_ORDER = re.compile(
    r"(?<![\w])(?:move|set|cancel|close|book|secure|take|add|enter|re-?enter|buy|sell|hold"
    r"|new|next|today'?s)(?![\w])"
)


# a sentence's end inside the line, and a side named after it: "Last week's SOL long closed at
# TP2. Today: ETH short …" recalls one trade and calls another
_SENTENCE_END = re.compile(r"[.!?]+[^\S\n]")
_SIDE = re.compile(r"(?<![\w])(?:long|short|buy|sell)(?![\w])")
# a position of one's own closed or stopped: "Closed my WIF short yesterday at …", "#SEI update —
# we got stopped out on the wick last night" may end a copy still open, so it is told late rather
# than recalled (a follow-up or review, not talk)
_OWN_CLOSE = re.compile(
    r"(?<![\w])(?:(?:closed|exited|sold|covered)[^\S\n]+my|(?:i|we)[^\S\n]+(?:closed|exited)"
    r"|stopped[^\S\n]+out|update)(?![\w])"
)
_DIGIT = re.compile(r"\d")
# a trade told ended a week or a month ago, wherever it stands: "Results of our WIF long: TP1 ✅
# TP2 ✅ TP3 ✅ closed last week 🏆" (the past after the hits it recalls)
_ENDED_LONG_AGO = re.compile(
    r"(?<![\w])(?:closed|ended|finished|done|hit|completed)[^\S\n]+last[^\S\n]+(?:week|month)(?![\w])"
)


def past_call(low: str) -> str | None:
    """The reason when the lower-cased ``low`` recalls a past call on one line (every number
    on the line of the past's word, no side named in a later sentence of it), else None."""
    m = word_before_digits(_PAST, low) or _ENDED_LONG_AGO.search(low)
    if m is None or _ORDER.search(low) or _OWN_CLOSE.search(low):
        return None
    start = low.rfind("\n", 0, m.start()) + 1
    end = low.find("\n", m.end())
    end = len(low) if end < 0 else end
    if _DIGIT.search(low, 0, start) or _DIGIT.search(low, end):
        return None  # (a card on lines of its own beside the recap)
    stop = _SENTENCE_END.search(low, m.end(), end)
    if stop is not None and _SIDE.search(low, stop.end(), end):
        return None
    return f"A past call recalled (“{m.group()}”): a result told, talk."
