"""A setup announced before its levels: "⏳ ETH setup loading… watching … for a long, entry and
SL in the next post", "No entry yet on SOL. I'll drop the levels once it closes above …",
"Signal for LINK coming after the 4H close", "full levels for VIP in 15 min", "Don't jump in
yet, wait for the entry post", "Levels will be posted here". The post names a coin, a side and
a price being watched; the call itself is still to come, and a copier that opens the watched
price takes a trade the channel has not given.

Told by a promise of the call or its levels (``in the next post``, ``I'll drop / post / share
the levels / an entry``, ``levels will be posted``, ``signal … coming``, ``setup loading /
forming``, ``wait for the entry post``, ``no entry yet``, ``don't jump in yet``). Checked only
on a reading sent to review with no stop and no targets, behind :data:`PROMISE_HINT`."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _PROMISE, in any case
PROMISE_HINT = AnyCaseWords(
    (
        *("post", "drop", "share", "send", "sent", "give", "coming", "comes", "loading"),
        *("forming", "yet", "full", "wait"),
    )
)
_S = r"[^\S\n]+"
_PROMISE = re.compile(
    r"(?<![\w])(?:(?:entry|entries|levels|signal|call|details)(?:"
    + _S
    + r"and"
    + _S
    + r"\w+)?"
    + _S
    + r"in"
    + _S
    + r"the"
    + _S
    + r"next"
    + _S
    + r"post"
    r"|(?:i['’]ll|we['’]ll|i"
    + _S
    + r"will|we"
    + _S
    + r"will)"
    + _S
    + r"(?:drop|post|share|send|give)"
    + _S
    + r"(?:the"
    + _S
    + r"|an"
    + _S
    + r"|full"
    + _S
    + r")?(?:levels|entry|entries|signal|call|details)"
    r"|(?:levels|entry|signal|call)" + _S + r"will" + _S + r"be" + _S + r"(?:posted|shared|sent)"
    r"|(?:signal|call|levels)(?:"
    + _S
    + r"for"
    + _S
    + r"\S+)?"
    + _S
    + r"(?:is"
    + _S
    + r")?coming|setup"
    + _S
    + r"(?:is"
    + _S
    + r")?(?:loading|forming)"
    r"|wait" + _S + r"for" + _S + r"the" + _S + r"(?:entry|signal)(?:" + _S + r"post)?"
    r"|no" + _S + r"entry" + _S + r"yet|don['’]?t" + _S + r"jump" + _S + r"in" + _S + r"yet"
    r"|full" + _S + r"levels" + _S + r"(?:for" + _S + r"\w+" + _S + r")?in" + _S + r"\d+"
    r"|(?:signal|call)"
    + _S
    + r"with"
    + _S
    + r"(?:the"
    + _S
    + r")?stop"
    + _S
    + r"and"
    + _S
    + r"targets"
    + _S
    + r"comes)(?![\w])"
)


def promised_setup(low: str) -> str | None:
    """The reason when the lower-cased ``low`` announces a call still to come, else None."""
    m = _PROMISE.search(low)
    if m is None:
        return None
    return f"A setup announced, its call still to come (“{m.group()}”): talk, nothing to copy."
