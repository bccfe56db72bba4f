"""A member's own update under a call, told back to the admin: "Closed half of my ATOM too,
thanks admin 🙏", "TP1 hit for me, thanks sir", "Moved my SL to entry on SUI too 👍". The
member reports what they did with their own position: nothing for a copy to act on, talk.
An admin's update never thanks "admin" or "sir", and tells the trade's action, not "for me"
or "… too" after the writer's own position.

The same for a member's echo and complaints: "same here, TP2 hit on BNB 🙏", "same, stopped out
on SEI 😭", "closed mine at 1.16, too early", "booked 30% of WLD as you said", "SL hit on the
other exchange, not on Binance", "Got stopped on PENDLE on OKX, the wick was only there": the
writer's own account or exchange, never the call's.

And another channel's result told beside this one's: "Other channel's TON call hit TP1, ours is
still waiting", "Our partners at another group closed DIA +114%", "A friend's channel got stopped
out on WLD": the call is not this channel's ("meant for another group", a call withdrawn, is read
before this)."""

from __future__ import annotations

import re

_HINTS = ("thank", "thx", " ty", " too", "for me")
# thanks to the one who posted the call: "thanks admin", "thank you sir!", "ty boss"
_THANKS = re.compile(
    r"(?<![\w])(?:thanks?|thank[ \t]+you|thx|ty|tysm)(?:[ \t]+(?:so[ \t]+much|a[ \t]+lot"
    r"|anyway|again))?[ \t,!]+(?:admin|sir|boss|bro|mate|bhai|captain|mentor)(?![\w])"
)
# the writer's own position: "… for me", "… too" after a first-person word (a clause's last
# word: not "moved my stop too soon")
_OWN = re.compile(
    r"(?<![\w])(?:for[ \t]+me(?:[ \t]+on[ \t]+[#$]?[\w/]+)?"
    r"|(?:my|mine|i|i've|i[ \t]+also|me)(?![\w])[^\n]*?(?<![\w])too)"
    r"(?![\w])(?![ \t]*[a-z])"
)


_ECHO_HINTS = ("same", "mine", "as you", "exchange", " on ")
# an echo of the admin's update opening the reply ("same here, …", "me too", "same, …"), a
# position the writer calls "mine", the admin's advice followed ("as you said")
_ECHO = re.compile(
    r"^[^\w\n]*(?:same(?:[ \t]+(?:here|for[ \t]+me|with[ \t]+me))?|me[ \t]+too)(?![\w])"
    r"(?![ \t]+(?:sl|stop|tp|target|entry|setup|trade|levels?|plan)(?![\w]))"
    r"|(?<![\w])(?:closed|sold|booked|cut|exited|took)[ \t]+(?:out[ \t]+)?mine(?![\w])"
    r"|(?<![\w])as[ \t]+you[ \t]+(?:said|told|advised|suggested|recommended)(?![\w])"
)
_EXCHANGES = r"(?:binance|bybit|okx|kucoin|bitget|mexc|bingx|gate(?:\.io)?|htx|bitmex|kraken)"
# another exchange than the chart's: "SL hit on the other exchange", "… not on Binance", "got
# stopped on PENDLE on OKX" (the coin, then the writer's exchange)
_OTHER_VENUE = re.compile(
    r"(?<![\w])(?:on|at)[ \t]+(?:the[ \t]+other|another|a[ \t]+different)[ \t]+exchanges?(?![\w])"
    r"|(?<![\w])not[ \t]+on[ \t]+" + _EXCHANGES + r"(?![\w])"
    r"|(?<![\w])(?:stopped|liquidated|hit|filled)[ \t]+(?:me[ \t]+)?on[ \t]+[#$]?[\w/]+"
    r"[ \t]+on[ \t]+" + _EXCHANGES + r"(?![\w])"
)


_CHANNEL_HINTS = ("channel", "group", "partner")
# another channel's call or result: "other channel's", "another group", "a friend's channel",
# "our partners at …" (not "meant for / posted in another group": a call withdrawn)
_OTHER_CHANNEL = re.compile(
    r"(?<![\w])(?<!for[ \t])(?<!in[ \t])(?:(?:the[ \t]+)?other|another|(?:a[ \t]+)?friend['’]?s"
    r"|partner['’]?s?)[ \t]+(?:channel|group|server)s?(?:['’]s)?(?![\w])"
    r"|(?<![\w])partners[ \t]+(?:at|from|in)(?![\w])"
)


def member_reply(lower: str) -> bool:
    """Whether ``lower`` (a message read as an update) is a member's reply about their own
    position."""
    if any(h in lower for h in _HINTS) and (
        _THANKS.search(lower) is not None or _OWN.search(lower) is not None
    ):
        return True
    if any(h in lower for h in _CHANNEL_HINTS) and _OTHER_CHANNEL.search(lower) is not None:
        return True
    if not any(h in lower for h in _ECHO_HINTS):
        return False
    return _ECHO.search(lower) is not None or _OTHER_VENUE.search(lower) is not None
