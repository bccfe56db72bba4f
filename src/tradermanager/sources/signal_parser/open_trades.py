"""Words on a trade still open that act on nothing: "$SEI trade from yesterday still running,
entry 0.5077, holding", "BNB short is still open since Monday (entry 581.5), nothing to do",
"#BTC average entry for the call is 60428.6, we're still in", "Patience on ETH/USDT, the long
from 3693.4 needs time" (the trade named by the price it was opened at).

The entry is the open trade's, told again; with no target, no stop and no word asking to
enter, add or close, the post is talk (the reading it would get — a call with only an entry,
or a card with no side — is no trade to copy). A reply asking to act ("still open, buy more
at …", "still valid for entry") is not read here."""

from __future__ import annotations

import re

# the literal every match of _STILL_OPEN and _STILL_IN holds
OPEN_TRADE_HINT = "still"
_STILL_OPEN = re.compile(
    r"(?<![\w])(?:is[^\S\n]+)?still[^\S\n]+(?:running|open|active|alive|live)(?![\w])"
    r"(?![^\S\n]+(?:for|to)(?![\w]))"
)
# "we're still in", at a clause's end: open and held in one
_STILL_IN = re.compile(
    r"(?<![\w])(?:we'?re|we’re|we[^\S\n]+are|i'?m|i’m)[^\S\n]+still[^\S\n]+in"
    r"[^\S\n]*(?:[,.!;:)]|$)"
)
# the trade named by its opening price ("the long from 3693.4", "our short from 0.512"), held
# only by a word of patience ("from" alone is no holding there)
_OPENED_FROM = re.compile(
    r"(?<![\w])(?:the|our)[^\S\n]+(?:long|short|trade|position)[^\S\n]+from[^\S\n]+\$?\d"
)
_PATIENCE = re.compile(
    r"(?<![\w])(?:patien(?:ce|t)|needs?[^\S\n]+(?:more[^\S\n]+)?time|holding|nothing[^\S\n]+to"
    r"[^\S\n]+do|no[^\S\n]+action)(?![\w])"
)
# a word asking to act on it (enter, add, close, move, take profit) or telling an update beside
# it (a target hit, a stop, a cancel): the reading stands
_ACT = re.compile(
    r"(?<![\w])(?:enter|entering|join|buy|sell|add|adding|close[ds]?|closing|exit|move[ds]?"
    r"|valid|take|secure|book(?:ed)?|cut|reduce|opportunity|chance|late|hit|tp\d*|targets?"
    r"|stop(?:ped)?(?![^\S\n]+(?:is[^\S\n]+)?unchanged)|sl|cancel(?:led|ed)?|profits?)(?![\w])"
)
# a word telling the trade is held: "holding", "patience", "nothing to do", "no action needed"
_HELD = re.compile(
    r"(?<![\w])(?:hold(?:ing)?|patien(?:ce|t)|nothing[^\S\n]+to[^\S\n]+do|no[^\S\n]+action"
    r"|no[^\S\n]+changes?|let(?:ting)?[^\S\n]+it[^\S\n]+run|since|from|do[^\S\n]+not[^\S\n]+close"
    r"|don'?t[^\S\n]+close|unchanged)(?![\w])"
)


def open_trade_talk(low: str) -> str | None:
    """The reason when the lower-cased ``low`` only tells a trade is still open, else None."""
    if OPEN_TRADE_HINT in low and _STILL_IN.search(low) is not None:
        pass  # "we're still in": open and held
    elif OPEN_TRADE_HINT in low and _STILL_OPEN.search(low) is not None:
        if _HELD.search(low) is None:
            return None
    elif "from" not in low or _OPENED_FROM.search(low) is None or not _PATIENCE.search(low):
        return None
    if _ACT.search(_without_negated_close(low)):
        return None
    return "A trade told as still open, with nothing to do: talk."


_NEGATED_CLOSE = re.compile(
    r"(?<![\w])(?:do[^\S\n]+not|don'?t|no[^\S\n]+need[^\S\n]+to)[^\S\n]+close"
)


def _without_negated_close(low: str) -> str:
    """``low`` without "do not close it" (telling to keep the trade, not to close it)."""
    return _NEGATED_CLOSE.sub(" ", low)
