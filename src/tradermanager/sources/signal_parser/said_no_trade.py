"""A post that says it is no trade to copy: a call promised for later ("Bias on LTC is long
while above 79.93. I'll post an entry if it retests 81.78") or a lesson's own word ("If ADA
loses 0.4169 I expect 0.4044; above 0.435 the idea is void. Education only, no trade").

The general reading takes the coin, the side and a price for a call, or an "idea is void" for
a planned cancel; the words say the call is yet to come or will not come. Without a stop or a
target such a post is talk; with one it is a plan written out, never copied as a call: review.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

# "I'll post an entry", "will share the call", "we'll send the signal": the call comes later
_LATER_CALL = re.compile(
    r"(?<![\w'’])(?:i['’]?ll|i\s+will|we['’]?ll|we\s+will|will)\s+(?:post|share|send|drop)\s+"
    r"(?:an?\s+|the\s+|my\s+|our\s+)?(?:entry|entries|call|signal|setup|trade)(?![\w])"
)
# "Education only, no trade", "educational purposes only — not a trade", "No trade, for
# learning only"
_LESSON_NO_TRADE = re.compile(
    r"(?<![\w])(?:(?:educat\w*|learning|study)(?:\s+purposes?)?\s+only[\s,.;:!\-–—]+"
    r"(?:no|not\s+a)\s+(?:trade|call|signal|position)"
    r"|no\s+trade[\s,.;:!\-–—]+(?:for\s+|just\s+)?(?:educat\w*|learning|study)"
    r"(?:\s+purposes?)?\s+only)(?![\w])"
)
TALK = "The post says the call is not this one (promised later, or a lesson's): talk."
PLAN = "The post says the call is not this one, yet gives a trade's levels: check it."


def may_say_no_trade(text: str) -> bool:
    """The cheap literal test: a "post", "share", "send", "drop" or "ducat" in ``text``."""
    return (
        "post" in text
        or "share" in text
        or "send" in text
        or "drop" in text
        or "ducat" in text
        or "DUCAT" in text
        or "POST" in text
    )


def said_no_trade(text: str, read: ParsedMessage) -> ParsedMessage | None:
    """Talk, or review, for a call or a review ``read`` whose words say it is no trade to copy;
    None when the reading stands."""
    if read.kind is not MessageKind.SIGNAL and read.kind is not MessageKind.NEEDS_REVIEW:
        return None
    low = lower_case(text)
    if _LATER_CALL.search(low) is None and _LESSON_NO_TRADE.search(low) is None:
        return None
    if read.stop_loss is not None or read.take_profits:
        if read.kind is MessageKind.SIGNAL:
            return ParsedMessage(MessageKind.NEEDS_REVIEW, reason=PLAN, symbol=read.symbol)
        return None  # (already to review)
    return ParsedMessage(MessageKind.NOT_SIGNAL, reason=TALK)
