"""A coin watched while the words say no trade is open yet: "Watching $OP around 2.4014 for a
possible long, no entry yet", "Eyeing ARB near 1.12 for a short, not in yet", "… nothing placed
yet".

The general reading takes the coin, the side and the one price for a call (or a card missing
its levels); the words "no entry yet", "not in yet", "no position for now", "haven't entered"
say there is nothing to copy. Without levels of a trade (a stop, a target, an entry label, a
trigger price) such a post is talk; with them it is a conditional plan ("no entry yet: if it
reclaims 2.45 I'll long, SL 2.31"), which is never copied as a call and goes to review. A call
read whole, with its stop and its targets, stands: the words may speak of another timeframe.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

_NOT_YET = re.compile(
    r"(?<![\w'])(?:"
    r"no\s+(?:entry|trade|position|signal)(?:\s+(?:on|in|for)\s+[#$]?[\w/.\-]+)?\s+"
    r"(?:yet|for\s+now)"
    r"|not\s+(?:in|entered)(?:\s+[#$]?[\w/.\-]+)?\s+yet"
    # "nothing placed yet", "no orders placed yet"
    r"|(?:nothing|no\s+orders?)\s+(?:placed|opened|entered|in)\s+yet"
    r"|not\s+entered|haven'?t\s+entered|(?:have|has)\s+not\s+entered"
    r")(?![\w])"
)
# the same in Korean, Japanese and Chinese, a word joined to its neighbours: "롱 고려중"
# (considering a long), "관망" / "様子見" / "观望" (waiting to see), "지켜보는 중", "見守り中",
# "監視中" (watching), "ショート検討", "考え中" (thinking it over), "再考虑做空" (then consider
# a short), "暂不进场" (not entering for now)
_WATCHING_CJK = re.compile(
    r"고려|관망|지켜보|검토|様子見|検討|考え中|見守|監視中|观望|考虑|考慮|暂不|暫不|观察中|觀察中"
)
# the levels of a trade: a stop, a target, an entry's label with its price, a trigger price
_LEVELS = re.compile(
    r"(?<![\w])(?:s/?l|stop(?:[\s\-]?loss)?|tps?\d?|targets?|invalidation|invalid|"
    r"entry[ \t]*[:=@]?[ \t]*\$?\d|(?:above|below|reclaims?|breaks?|over|under)[ \t]+\$?\d)"
    r"(?![a-z])"
)
TALK = "A coin watched with no trade open yet: talk, nothing to copy."
PLAN = "The post says no trade is open yet: a plan with its levels, not a call to copy. Check it."


def may_say_not_yet(text: str) -> bool:
    """The cheap literal test: a "yet", "for now" or "entered" in ``text``, or a text beyond
    ASCII holding the first character of a watching word of Korean, Japanese or Chinese."""
    return (
        "yet" in text
        or "YET" in text
        or "ntered" in text
        or "for now" in text
        or (not text.isascii() and _CJK_FIRST.search(text) is not None)
    )


# the first characters of the words of :data:`_WATCHING_CJK`
_CJK_FIRST = re.compile(r"[고관지검様検考見監观暂暫觀]")


def not_entered_yet(text: str, read: ParsedMessage) -> ParsedMessage | None:
    """Talk, or review, for a call or a card ``read`` whose words say no trade is open yet;
    None when the reading stands."""
    if read.kind is not MessageKind.SIGNAL and read.kind is not MessageKind.NEEDS_REVIEW:
        return None
    low = lower_case(text)
    if _NOT_YET.search(low) is None and (text.isascii() or _WATCHING_CJK.search(text) is None):
        return None
    if read.stop_loss is not None and read.take_profits:
        return None  # a whole call beside it ("1H setup active: …; daily: no position yet")
    if read.stop_loss is not None or read.take_profits or _LEVELS.search(low):
        if read.kind is MessageKind.SIGNAL:
            return ParsedMessage(MessageKind.NEEDS_REVIEW, reason=PLAN, symbol=read.symbol)
        return None  # (already to review)
    return ParsedMessage(MessageKind.NOT_SIGNAL, reason=TALK)
