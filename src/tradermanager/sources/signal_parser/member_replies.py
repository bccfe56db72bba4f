"""A member's own update under a call, told back to the admin: "Closed half of my ATOM too,
thanks admin 🙏", "TP1 hit for me, thanks sir", "Moved my SL to entry on SUI too 👍". The
member reports what they did with their own position: nothing for a copy to act on, talk.
An admin's update never thanks "admin" or "sir", and tells the trade's action, not "for me"
or "… too" after the writer's own position."""

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
    r"(?<![\w])(?:for[ \t]+me|(?:my|mine|i|i've|i[ \t]+also|me)(?![\w])[^\n]*?(?<![\w])too)"
    r"(?![\w])(?![ \t]*[a-z])"
)


def member_reply(lower: str) -> bool:
    """Whether ``lower`` (a message read as an update) is a member's reply about their own
    position."""
    if not any(h in lower for h in _HINTS):
        return False
    return _THANKS.search(lower) is not None or _OWN.search(lower) is not None
