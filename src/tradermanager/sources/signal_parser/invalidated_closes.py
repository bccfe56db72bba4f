"""A close of a position the admin names, with "invalidated" or "invalid" as its reason:
"Close #ARB short now, setup invalidated ⚠️", "Invalidated ❌ close your XRP short at market",
"Closing BTC — the setup is invalid, we're out". The close names what it closes (the long, the
short, the position) or says the channel is out: a position held, not an order waiting, so the
invalidation is the reason of a whole close, not a cancel. Without that ("exit now, trade
invalid", "invalidated — if you're in, close; if not, cancel") the text may mean either and goes
to review as before."""

from __future__ import annotations

import re

_S = r"[ \t]"
# the close naming the position: "close the short", "close your #XRP long", "closing the
# position", "we're out"
_POSITION_CLOSED = re.compile(
    rf"(?<![\w])(?:close|closing|closed|exit|exiting)(?:{_S}+(?:the|your|our|this|my))?"
    rf"(?:{_S}+[#$]?[a-z0-9]{{2,15}}(?:/usdt|usdt)?)?{_S}+(?:long|short|position|trade)(?![\w])"
    r"|(?<![\w])(?:we're|we’re|we[ \t]+are)[ \t]+out(?![\w])"
)
# the invalidation, blanked before the close is read
_INVALID = re.compile(
    rf"(?<![\w])(?:(?:the{_S}+)?(?:setup|trade|idea|thesis|call){_S}+(?:is{_S}+)?(?:now{_S}+)?"
    rf"invalid(?:ated)?|invalidated|invalid)(?![\w])"
)
# an order or a condition beside it: either reading stays possible
_EITHER = re.compile(r"(?<![\w])(?:cancel\w*|orders?|limits?|if|unless|when|once|filled)(?![\w])")


def without_invalidation(lower: str) -> str | None:
    """``lower`` with its invalidation blanked when it closes a position it names; None when
    it does not."""
    if _EITHER.search(lower) or _POSITION_CLOSED.search(lower) is None:
        return None
    blanked = _INVALID.sub(lambda m: " " * len(m.group()), lower)
    return blanked if blanked != lower else None
