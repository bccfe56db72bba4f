"""Someone else's position told: an on-chain tracker's "🐋 Whale alert: 0x… opened a 25x SHORT on
SOL at … Liq price: …", "Hyperliquid whale update 👀 / SOL long 20x / Entry: … / Liq: …", "Top of
the leaderboard is long AVAX from … with 40x". The side, entry, leverage and even the orders
seen on the explorer are a stranger's, told as news: talk. Told by a word for such a trader
("whale", "leaderboard", "on-chain", "wallet", "tracker") before the first digit, a word of what
they did or of their position's liquidation after it, and no word of the channel's own trade ("we
join", "I'm in"): a card under a "Whale Calls" banner or a whale's news line names none of them."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords
from tradermanager.sources.signal_parser.worked_examples import word_before_digits

# the gate: a part of every match of _WHO, in any case
WHALE_HINT = AnyCaseWords(("whale", "leaderboard", "chain", "wallet", "tracker"))
_WHO = re.compile(r"(?<![\w@])(?:whales?|leaderboard|on-?chain|wallets?|tracker)(?![\w])")
# what the trader did, or their position's liquidation ("Liq: …", "liq price …", "uPnL")
_THEIRS = re.compile(
    r"(?<![\w])(?:opened|closed|added|went|deposited|moved|withdrew|bought|sold"
    r"|reduced|increased|decreased|trimmed"
    r"|(?:is|are)[^\S\n]+(?:long|short)"
    r"|liq(?:s|uidation)?|upnl)(?![\w])"
)
# the channel's own trade: "we join", "I'm in", "our entry"
_MINE = re.compile(r"(?<![\w'’])(?:i|i'm|i’m|im|we|we're|we’re|our|us|me|my|join)(?![\w'’])")


_DIGIT = re.compile(r"\d")


def whale_position(low: str, card: bool) -> str | None:
    """The reason when the lower-cased ``low`` tells another trader's position, else None.
    ``card``: the reading holds a stop and targets — then every number must stand on the
    line of the trader's word ("On-chain: 0x… opened … TP order at … and stop at … visible"):
    a card on lines of its own under a whale's news line is the channel's call."""
    who = word_before_digits(_WHO, low)
    if who is None or not _THEIRS.search(low, who.end()) or _MINE.search(low):
        return None
    if card:
        start = low.rfind("\n", 0, who.start()) + 1
        end = low.find("\n", who.end())
        if _DIGIT.search(low, 0, start) or (end >= 0 and _DIGIT.search(low, end)):
            return None
    return f"Another trader's position told (“{who.group()}”): news, not a call."


# A wallet tracker's change line: "OPENED SOL LONG", "DECREASED 1INCH SHORT", "CLOSED SEI SHORT"
# on a line of its own, the change's dollar size and the wallet's dashboard link around it
_CHANGE_LINE = re.compile(
    r"^\W*(?:opened|closed|increased|decreased|reduced)[^\S\n]+[a-z0-9]{2,12}[^\S\n]+"
    r"(?:long|short)[^\S\n]*$",
    re.M,
)
# a wallet's address, whole or cut short ("0xd9a7...a343", ".../trader/0x5e58…")
_ADDRESS = re.compile(r"(?<![\w])0x[0-9a-f]{4}")


def tracker_change(low: str) -> str | None:
    """The reason when the lower-cased ``low`` is a wallet tracker's change of a wallet's
    position (asked only of a text holding "0x"): another trader's position, talk."""
    if _CHANGE_LINE.search(low) is None or _ADDRESS.search(low) is None:
        return None
    return "A wallet tracker's change of another wallet's position: news, not a call."
