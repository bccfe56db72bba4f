"""Trades that risk no money: a paper trade or a demo account's card ("Paper trade #7 (demo
account) / SHORT LINK / Entry: … / SL: … / TP: … / practice only"), a testnet or simulated trade
used to test a bot's fills, a demo challenge for new members ("open a short on … at … on your
testnet account, stop …"), and trading competitions and leagues with their leaders' trades
("@x leads with +340% (last trade: LONG PEPE from …)"). Their levels are real prices but nobody
asks the readers to take them: a copier that opens them trades with real money what the post
itself calls practice.

Checked on any reading (a paper card has every field of a call), behind :data:`PRACTICE_HINT`;
a text turning to the channel's own trade ("back to real trading", "live trade", "today's
trade", "here's the real one") keeps its reading."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _PRACTICE, in any case
PRACTICE_HINT = AnyCaseWords(
    (
        *("paper", "demo", "testnet", "simulat", "competition", "contest", "league"),
        *("practice", "money"),
    )
)
_S = r"[^\S\n]+"
_PRACTICE = re.compile(
    r"(?<![\w])(?:paper(?:[^\S\n]|-)*trad(?:e|es|ing)|demo" + _S + r"(?:account|challenge|trades?)"
    r"|testnet|simulated" + _S + r"trades?|(?:trading" + _S + r")?(?:competition|contest)"
    r"|league|practice" + _S + r"only|no" + _S + r"real" + _S + r"money)(?![\w])"
)
# the channel's own trade after the practice talk
_OWN_TRADE = re.compile(
    r"(?<![\w])(?:live" + _S + r"(?:trade|signal|call)|real" + _S + r"(?:trade|signal|call|one)"
    r"|today['’]s" + _S + r"(?:trade|signal|call)|new" + _S + r"(?:trade|signal|call)"
    r"|back" + _S + r"to" + _S + r"(?:real" + _S + r")?trading|for" + _S + r"real)(?![\w])"
)


def practice_trade(low: str) -> str | None:
    """The reason when the lower-cased ``low`` tells a paper, demo or competition trade and
    turns to no trade of the channel's own, else None."""
    m = _PRACTICE.search(low)
    if m is None or _OWN_TRADE.search(low):
        return None
    return f"A practice or competition trade (“{m.group()}”), no real order asked: talk."
