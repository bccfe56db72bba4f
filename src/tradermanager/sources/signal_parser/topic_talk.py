"""Talk about prices told by its topic: a member's complaint about a fill or a stop and the
admins' answers ("my OP order at 2.1466 never filled 😡", "Admin reply: the TIA entry 9.43 was
touched for a few seconds only", "Can I get a refund? Lost 55% on the LINK short from 15.016"),
OTC desks' and market makers' quotes ("RFQ received: sell 15k AVAX, best bid from the desks
38.57", "MM two-way on LINK: 14.43 / 14.487"), presale and token-sale rounds ("Presale stage 4 /
1 token = 0.0194 USDT / Listing price: 0.0312", "Seed investors got WIF at 0.5913"), a member's
long-term bag with its average cost ("My long-term bag: ATOM avg 8.836", "ATOM 39% (avg
8.011)", "DCA'd into TIA …, my average is now 9.654"), a period's outlook ("🗓 WIF weekly
outlook / Support: … / Resistance: …", "📊 WEEK AHEAD — DOT") and a price move's alert ("📣 TIA
moved 4.7% in 1h: 9.917 → 10.077").

A bag is the writer's own ("my long-term bag", "my average"): a channel's spot zones "for the
long-term bag" are its call. The general reading finds a coin, a side word or a price and sends
them to review. Checked only on a reading already sent to review that holds no stop (and no
targets, or only targets with neither a side nor an entry): such a topic's words then say there
is nothing to copy. A call read whole, or an update, is never turned into talk here."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _TOPIC, in any case
TOPIC_HINT = AnyCaseWords(
    (
        *("fill", "refund", "hunt", "late", "second", "moment", "changed", "patient", "spam"),
        *("complain", "worth", "otc", "rfq", "two", "maker", "bid", "desk", "sale", "seed"),
        *("round", "ico", "ido", "tge", "listing", "launch", "stage", "cliff", "vesting", "bag"),
        *("(avg", "basis", "average", "cost", "dca", "hodl", "holdings", "outlook"),
        *("week", "zones", "moved"),
    )
)
_TOPIC = re.compile(
    r"(?<![\w])(?:"
    # a complaint, or an admin's answer to one
    r"(?P<complaint>never[^\S\n]+(?:got[^\S\n]+)?filled"
    r"|(?:didn['’]?t|did[^\S\n]+not|wasn['’]?t|was[^\S\n]+not)[^\S\n]+(?:get[^\S\n]+)?fill(?:ed)?"
    # (a stop hunted, then the trade taken again, is the admin's: "stop hunted ❌ re-enter at …")
    r"|refund|stop[^\S\n]?hunt\w*(?![^\n]*re-?ent)|late[^\S\n]+signals?"
    r"|(?:touched|hit)[^\S\n]+for[^\S\n]+(?:only[^\S\n]+)?(?:a[^\S\n]+few[^\S\n]+|a[^\S\n]+|one"
    r"[^\S\n]+|two[^\S\n]+)?(?:seconds?|moments?)"
    r"|nothing[^\S\n]+changed|be[^\S\n]+patient|spam(?:ming)?[^\S\n]+the[^\S\n]+chat"
    r"|complain\w*|not[^\S\n]+worth[^\S\n]+it)"
    # an OTC desk's or a market maker's quote
    r"|(?P<desk>otc|rfq|two[^\S\n]?[\-‑]?[^\S\n]?way|market(?:[^\S\n]|-)?makers?|best[^\S\n]+bid"
    r"|desks?)"
    # a token sale's rounds and prices
    r"|(?P<sale>pre[\-]?sale|seed[^\S\n]+(?:round|investors?|price|buyers?)"
    r"|(?:private|public|strategic)[^\S\n]+(?:round|sale)|(?:ico|ido|tge|listing|launch)"
    r"[^\S\n]+price|(?:next|current)[^\S\n]+stage|cliff|vesting)"
    # a member's bag and its average cost
    r"|(?P<bag>my[^\S\n]+(?:long(?:[^\S\n]|-)?term[^\S\n]+)?bags?|bags[^\S\n]+check"
    r"|\d+[^\S\n]?%[^\S\n]+\(avg|cost[^\S\n]+basis|my[^\S\n]+average|average[^\S\n]+cost"
    r"|dca['’]?d|hodl\w*|spot[^\S\n]+holdings)"
    # a period's outlook
    r"|(?P<outlook>(?:weekly|daily|monthly|sunday)[^\S\n]+outlook|outlook[^\S\n]+for[^\S\n]+"
    r"(?:the[^\S\n]+)?week|week[^\S\n]+ahead|key[^\S\n]+zones|weekly[^\S\n]+close)"
    # a price move's alert: "moved 4.7% in 1h"
    r"|(?P<move>moved[^\S\n]+[+\-]?\d+(?:\.\d+)?[^\S\n]?%[^\S\n]+in[^\S\n]+\d+[^\S\n]?"
    r"(?:m|h|d|min|mins|hours?|minutes?)))(?![\w])"
)
_REASONS = {
    "complaint": "A member's complaint about a fill or a stop, or an admin's answer to one",
    "desk": "An OTC desk's or a market maker's quote",
    "sale": "A token sale's rounds and prices",
    "bag": "A member's long-term bag and its average cost",
    "outlook": "A period's outlook with its levels",
    "move": "A price move's alert",
}


def topic_talk(low: str) -> str | None:
    """The reason when the lower-cased ``low`` speaks of one of these topics, else None."""
    m = _TOPIC.search(low)
    if m is None or m.lastgroup is None:
        return None
    return f"{_REASONS[m.lastgroup]} (“{m.group()}”), no order: talk."
