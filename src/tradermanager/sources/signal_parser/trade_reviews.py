"""A closed trade reviewed: a post-mortem card ("📝 Trade review #41 / Pair: SOL / Side: Long /
Entry: … / Exit: … / Result: +2.1R / Lesson: …"), "What went wrong on the ETH short: entered at
…, stop at … was too tight", "Post-mortem LTC / Plan: short …, SL …, TP … / Reality: closed at
…", "Why I took the ORDI short at … (now closed)", a week's closed trades reviewed one a line.
The general reading takes the plan's levels for a call, the exit for a target, "stop at …" for a
stop moved: a copier would open or move a trade that ended before the post.

Told by a review's title (``trade review``, ``trade recap``, ``post-mortem``, ``what went
wrong``, ``(now closed)``, ``closed trades``) with the trade's end or its lesson (``exit``,
``out``, ``closed``, ``entered``, ``reality``, ``result``, ``lesson``, ``mistake``, a result
in R), and no word turning to a new trade (``next trade``, ``new trade``, ``today's``,
``here's``): "Trade review done ✅ next trade: / ETH LONG / Entry: …" is still read. Checked on
any reading, behind :data:`REVIEW_HINT`."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _TITLE, in any case
REVIEW_HINT = AnyCaseWords(("review", "recap", "mortem", "wrong", "(now", "trades"))
_S = r"[^\S\n]+"
_TITLE = re.compile(
    r"(?<![\w])(?:trades?"
    + _S
    + r"(?:review|recap)|post(?:[^\S\n]|-)?mortem|what"
    + _S
    + r"went"
    + _S
    + r"wrong|\(now"
    + _S
    + r"closed\)|closed"
    + _S
    + r"trades)(?![\w])"
)
_ENDED = re.compile(
    r"(?<![\w])(?:exit|out|closed|entered|reality|results?|lesson|mistakes?|stopped|wicked|paid"
    r"|[+\-−]?\d+(?:\.\d+)?[^\S\n]?r)(?![\w])"
)
_NEW_TRADE = re.compile(
    r"(?<![\w])(?:(?:next|new|today['’]s)" + _S + r"(?:trade|signal|call|setup)|here['’]s"
    r"|here" + _S + r"is|we" + _S + r"go)(?![\w])"
)


def reviewed_trade(low: str) -> str | None:
    """The reason when the lower-cased ``low`` reviews a trade that has ended, else None."""
    m = _TITLE.search(low)
    if m is None or _ENDED.search(low) is None or _NEW_TRADE.search(low):
        return None
    return f"A closed trade reviewed (“{m.group()}”), nothing to open or move: talk."
