"""A long and a short held together: funding arbitrage ("long spot …, short perp …, collecting
0.04% every 8h"), cash-and-carry ("buy … spot at …, sell the quarterly future at …"), a
delta-neutral pair across two exchanges, a hedge explained ("you hold … spot … Short the same
size on perps at …"), an arbitrage closed ("Arb closed ✅ … spread between … converged"). The
two legs cancel each other: a copier that opens one of them takes the direction the post
avoids.

Told by a hedged pair's word (``arbitrage``, ``funding arb``, ``arb trade`` — never ``arb``
alone, which is also the ARB coin —, ``cash-and-carry``, ``delta neutral``, ``hedge``,
``funding difference``, ``spread between``) with both directions written (a buy, a long or a
holding, and a sell or a short), or, on a close, by a spread converged. Checked on a reading
sent to review, or a close, with no stop and no targets, behind :data:`HEDGE_HINT`."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _HEDGED, in any case
HEDGE_HINT = AnyCaseWords(("arb", "carry", "neutral", "hedg", "difference", "spread"))
_S = r"[^\S\n]+"
_HEDGED = re.compile(
    r"(?<![\w#$])(?:arbitrage|(?:funding|basis|spot|cex|dex|exchange)" + _S + r"arb"
    r"|arb" + _S + r"(?:trade|setup|play|position|opportunity)"
    r"|cash(?:[^\S\n]|-)+and(?:[^\S\n]|-)+carry|delta(?:[^\S\n]|-)+neutral"
    r"|hedg(?:e|es|ed|ing)|funding" + _S + r"difference|spread" + _S + r"between)(?![\w])"
)
_UP = re.compile(r"(?<![\w])(?:long|buy|hold|bought)(?![\w])")
_DOWN = re.compile(r"(?<![\w])(?:short|sell|sold)(?![\w])")
# a spread that closed by converging: the close is the pair's, not a trade of the channel's
_DONE = re.compile(r"(?<![\w])converged(?![\w])")


def hedged_pair(low: str, is_close: bool) -> str | None:
    """The reason when the lower-cased ``low`` tells a hedged pair (``is_close``: the reading
    is a close, which only a spread converged turns into talk), else None."""
    m = _HEDGED.search(low)
    if m is None:
        return None
    if is_close:
        if _DONE.search(low) is None:
            return None
    elif _UP.search(low) is None or _DOWN.search(low) is None:
        return None
    return f"A hedged pair, both directions at once (“{m.group()}”): talk, no side to copy."
