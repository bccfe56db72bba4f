"""A spot bot's DCA buy read as a new call: "🛒 LINK/USDT DCA buy #4 / Filled at: 16.071 / New
average price: 16.157", "Bought more $BNB (DCA 5) at 564.4, avg now 569". A safety order filled
on a position already open, with its new average: the entry filled at the buy's price, as the
DCA bots' "Safety order 2 filled at …" are read; never a new signal. Without the average, the
order told done ("Safety order 2/5 filled for APT-USDT @ 8.479", "🟢 Bought 31 AVAX at 32.06
(DCA #4)", "DCA level 4 hit on #AVAX — filled 33.77") is the same fill; told by a member, asked,
planned or not done yet, it is not."""

from __future__ import annotations

import re

# ("DCA'd into ETH all year, my average is …": a holder's own story, not a bot's buy)
# ("SO #3 ✅ SOLUSDT @ 0.441 | avg 0.4471": a safety order by its short name and number)
_DCA = re.compile(r"(?<![\w])(?:dca|safety\s+order|so[ \t]*#[1-9])(?![\w'’])")
_AVERAGE = re.compile(r"(?<![\w])(?:avg\.?|average)(?![\w])")


# the buy's price: after "filled at", "price", "at" or "@", not the average's ("avg entry",
# "New average price:")
_BUY_PRICE = re.compile(
    r"(?<![\w])(avg\.?\s+|average\s+)?(?:filled\s+at|filled|buy\s+price|price|at|@)(?![\w])[\s:]*\$?"
    r"(\d[\d,]*(?:\.\d+)?)(?![\w%/])"
)


def buy_price(low: str) -> float | None:
    """The DCA buy's price in the lower-cased ``low``: the first price after a price word that
    is not the average's; None when there is none or it carries a comma (a thousands
    separator or a decimal one)."""
    for m in _BUY_PRICE.finditer(low):
        if m.group(1):
            continue
        return None if "," in m.group(2) else float(m.group(2))
    return None


# a target or a stop named: a DCA call's card, not a buy's report
_LEVELS = re.compile(r"(?<![\w])(?:tp\d*|targets?|sl|stop(?:[\s\-]*loss)?)(?![\w])")


def dca_fill(low: str) -> bool:
    """Whether the lower-cased ``low`` reports a DCA buy with its new average price, and
    names no target nor stop."""
    return (
        _DCA.search(low) is not None
        and _AVERAGE.search(low) is not None
        and _LEVELS.search(low) is None
    )


# the order told done: "filled", "bought", "executed", "hit", "triggered"
_DONE = re.compile(r"(?<![\w])(?:filled|bought|executed|hit|triggered)(?![\w])")
# a member's own, a plan, a question's or a fill not made yet
_NOT_DONE = re.compile(
    r"(?<![\w])(?:i|i'?ve|i’ve|my|you|your|if|when|once|will|next|not|no|yet|waiting|pending"
    r"|should|would|could)(?![\w])"
)


def dca_done(low: str) -> bool:
    """Whether the lower-cased ``low`` tells a DCA or safety order done, without its average:
    a fill's word, no target nor stop, nothing that makes it a member's, a plan or a question."""
    return (
        _DCA.search(low) is not None
        and _DONE.search(low) is not None
        and "?" not in low
        and _LEVELS.search(low) is None
        and _NOT_DONE.search(low) is None
    )
