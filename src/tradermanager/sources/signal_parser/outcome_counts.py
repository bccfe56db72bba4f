"""Counted outcomes: a recap of several trades told as counts ("38 signals, 30 in profit, 5 stopped
out", "12 targets hit, 3 stop losses", "TP hit 21 / SL hit 4 / running 3", "Our last 10 trades:
4 TP, 2 SL, 4 BE").

A count names how many trades ended a way, never one trade's update: such a post is talk even
though it says "stopped out" or "targets hit".
"""

from __future__ import annotations

import re

# a count before the outcome it counts ("5 stopped out", "48 TP hit", "26 wins", "3 cancelled");
# not a target's or an entry's own number ("TP 2 hit", "Entry 1 filled")
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,/#])(?<!tp )(?<!target )(?<!entry )(?<!sl )\d{1,4}[ \t]+"
    r"(?:of[ \t]+\d{1,4}[ \t]+)?"
    r"(?:signals?|calls?|trades?|targets?(?:[ \t]+hit)?|tps?[ \t]+hit|sl[ \t]+hit"
    r"|hit[ \t]+(?:tp\d?|sl)|stopped(?:[ \t]+out)?|stop[ \t\-]*loss(?:es)?|stops"
    r"|wins?|winners|loss(?:es)?|losers|in[ \t]+profit|closed[ \t]+in[ \t]+(?:profit|loss)"
    r"|breakeven|break[ \t]?even|be|cancelled|canceled|expired|running|sls?|tps?|liquidations?"
    # "4 trades closed at entry"
    r"|(?:trades?|calls?|signals?)[ \t]+closed[ \t]+at[ \t]+(?:entry|breakeven|be|cost))(?![\w])"
    # a share of the trades: "92% of signals"
    r"|(?<![\w.,])\d{1,3}(?:\.\d+)?[ \t]?%[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+)?"
    r"(?:signals|calls|trades)"
)
# the outcome before its count ("TP hit 21", "SL hit 4")
_COUNT_AFTER = re.compile(
    r"(?<![\w])(?:tp|sl|targets?|stops?)[ \t]+hit[ \t]*:?[ \t]*\d{1,4}(?![\w.,])"
)
# a share of the trades counted ("11 of 19 signals", "17 out of 20 calls"): never one trade
_SHARE_OF_TRADES = re.compile(
    r"(?<![\w.,/#])\d{1,4}[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|our[ \t]+)?\d{1,4}[ \t]+"
    r"(?:signals|calls|trades|setups)(?![\w])"
)
# the outcomes a trade can end with: one of them must be counted, beside another count
_OUTCOME = re.compile(r"stop|sl|loss|tp|target|win|profit|break|cancel|expired|liquidation|closed")
_GATE = ("stop", "sl", "tp", "target", "win", "loss", "profit")


def counts_outcomes(low: str) -> bool:
    """Whether ``low`` (lower-cased) counts trades by how they ended, twice or more."""
    if " of " in low and _SHARE_OF_TRADES.search(low):
        return True  # "11 of 19 signals this month hit at least TP1": a share of the trades
    if not any(word in low for word in _GATE):
        return False
    counts = [m.group(0) for m in _COUNT_BEFORE.finditer(low)]
    counts += [m.group(0) for m in _COUNT_AFTER.finditer(low)]
    return len(counts) >= 2 and any(_OUTCOME.search(c) for c in counts)
