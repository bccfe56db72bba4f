"""Exchanges' and copy platforms' notices of an exit order filled, as their e-mails and push texts
word them: "Your Stop Loss order for ETHUSDT Perpetual has been triggered at 3,402.5", "Your
Take Profit 2 order for SOLUSDT Perpetual (Short) was filled at 158.4".

The order's name comes first and the verb after the coin, too far apart for the follow-up
patterns: read here whole, the stop hit or the target hit at the price after "at".
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

ORDER_NOTICE = re.compile(
    r"(?<![\w])(?:(?P<stop>(?:trailing[\s\-]*)?stop[\s\-]*loss|(?:trailing[\s\-]*)?stop|sl|tsl)"
    r"|(?:take[\s\-]*profit|tp)[\s\-]*(?P<n>[1-9])?)"
    r"[ \t]+order[ \t]+(?:for|on)[ \t]+[#$]?[\w/.\-]+(?:[ \t]+perpetual)?"
    r"(?:[ \t]*\((?:long|short)\))?[ \t]+(?:has[ \t]+been|was|got|is)[ \t]+"
    r"(?:triggered|filled|executed)[ \t]+at[ \t]+\$?(?=\d)"
)
# the price, the target's number and one result (PnL) at most: more is a message to read whole
_NUMBERS_AT_MOST = 3
# what may follow the price: a full stop, the result ("Realized PnL: -12.4 USDT"), nothing else
# ("… triggered at 3,402.5. Move SL to 3,300" is read whole: a hit and a move)
_TAIL = re.compile(
    r"[\d.,]*[^\w\n]*(?:\n|$)(?:[^\w\n]*(?:realized[ \t]+)?(?:pnl|roe|profit|loss)(?![\w])[^\n]*"
    r"(?:\n|$))*\s*"
)


def order_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the stop hit or a target hit at the notice's price, or None."""
    m = ORDER_NOTICE.search(read.low)
    if m is None or read.symbol is None or len(read.numbers) > _NUMBERS_AT_MOST:
        return None
    price = [n for n in read.numbers if n.start == m.end()]
    if len(price) != 1 or any(n.start < m.start() for n in read.numbers):
        return None
    if _TAIL.fullmatch(read.low, price[0].start) is None:
        return None
    market = read.symbol.market
    if m.group("stop"):
        return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price[0].value)
    index = int(m.group("n")) if m.group("n") else None
    return one_action_follow_up(
        market, FollowUpAction.TARGET_HIT, target_index=index, price=price[0].value
    )
