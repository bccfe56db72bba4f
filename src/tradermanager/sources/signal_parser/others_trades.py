"""A trade that is not the channel's: another channel's or group's call and its result, a
competitor's stop, a member's screenshot or own fill ("Screenshot from a member: closed APT at
… for +51% 🎉", "Our competitors' ORDI long got stopped at … lol", "My TRX order got filled at
… 🙌 thanks", "@bob: filled on #SOL at …, stop …, fingers crossed"). The prices are that trade's;
a copier that reads them as the channel's close, stop hit, fill or call acts on a trade it never
took. Such a text is talk."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("ompetitor", "ther ", "member", "friends", "my ", "i got", "@")
# the same, any case, for the text as written (the gate before lower-casing)
_HINTS = (
    *("ompetitor", "OMPETITOR", "ther channel", "ther group", "ther room", "ther server"),
    *("ther team", "THER CHANNEL", "THER GROUP", "ember", "EMBER", "riends", "RIENDS"),
)
_HINTS_MORE = ("My ", "my ", "MY ", "I got", "i got")
_OTHERS = re.compile(
    r"(?<![\w])(?:competitors?(?:'s?|’s?)?"
    r"|(?:other|another)[ \t]+(?:channel|group|room|server|team)s?(?:'s?|’s?)?"
    r"|friends(?:'|’)?[ \t]+(?:channel|group)"
    r"|(?:from|by)[ \t]+(?:a|one[ \t]+of[ \t]+our|our)[ \t]+members?"
    r"|a[ \t]+member(?:'s|’s)"
    r"|members?(?:'s?|’s?)?[ \t]+(?:results?|screenshots?|fills?|trades?|positions?))(?![\w])"
)
# one's own order filled ("My TRX order got filled at …", "I got filled on SOL at …"), or a
# member answered by name ("@bob: filled on #SOL at …")
_OWN_FILL = re.compile(
    r"(?<![\w])(?:my[ \t]+(?:[#$]?[\w/.]+[ \t]+){0,2}(?:order|entry|limit|bid)[ \t]+"
    r"(?:got[ \t]+|was[ \t]+|is[ \t]+)?filled|i[ \t]+got[ \t]+filled"
    # "Got my TIA filled at … from your signal", "my SOL limit got filled"
    r"|got[ \t]+my[ \t]+(?:[#$]?[\w/.]+[ \t]+){0,2}filled"
    r"|my[ \t]+[#$]?[\w/.]+[ \t]+(?:(?:order|entry|limit|bid)[ \t]+)?(?:got|was)[ \t]+filled"
    r")(?![\w])"
    r"|^@[\w.]+[ \t]*:?[ \t]*(?:got[ \t]+)?filled[ \t]+on(?![\w])"
)

# one's own stop or order set by hand ("I put my own trailing stop on OP at 1.5%", "moved my own
# SL on AVAX to 37.64, not a signal"): the member's, not the channel's
_OWN_STOP = re.compile(
    r"(?<![\w])my[ \t]+own[ \t]+(?:trailing[ \t]+)?"
    r"(?:stop(?:[ \t\-]*loss)?|sl|tsl|order|entry)s?(?![\w])"
)


def may_tell_others_trade(text: str) -> bool:
    """The cheap test on the text as written."""
    # ("@" only where the text opens on a name: a price after "@" is common in calls)
    return text[:1] == "@" or holds_any(text, _HINTS) or holds_any(text, _HINTS_MORE)


# a call of the channel's own taken back ("the setup was meant for another group — don't take
# it"): a cancel, not another's trade
_WITHDRAWN = re.compile(
    r"(?<![\w])(?:meant[ \t]+for|by[ \t]+mistake|wrong[ \t]+(?:group|channel|chat)"
    r"|don'?t[ \t]+take|do[ \t]+not[ \t]+take|ignore)(?![\w])"
)


def others_trade(low: str) -> str | None:
    """The reason when the lower-cased ``low`` tells a trade that is not the channel's."""
    if not holds_any(low, _PARTS) or _WITHDRAWN.search(low):
        return None
    if _OTHERS.search(low):
        return "Another channel's, a competitor's or a member's trade, not this channel's: talk."
    if _OWN_FILL.search(low):
        return "A member's own order filled, not the channel's update: talk."
    if "own" in low and _OWN_STOP.search(low):
        return "A member's own stop or order, not the channel's update: talk."
    return None
