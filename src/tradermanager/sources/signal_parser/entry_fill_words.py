"""An entry after the first told filled in an admin's words: "3rd limit triggered 📥 1.0253",
"Both entries on #DOT are in ✅", "DCA 2 in ✅ (0.4649)", "filled the second order ✅ 1.0376",
"all 3 entries executed ✅", "second entry at 22.363 got hit". The entry is filled, at the
price written, never at the order's number. A fill not made yet ("2nd entry not filled yet"),
asked about, or a member's own is not read here; a sell order's ("Our second sell order on APT
got executed": a long's exit as often as a short's entry) goes to review
(:func:`sell_order_filled`)."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_S = r"[ \t]"
_ORDINAL = r"(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth|last|both|all(?:[ \t]+\d)?)"
_ORDER = r"(?:entry|entries|orders?|limits?|limit[ \t]+orders?|buy[ \t]+orders?|dca)"
_VERB = r"(?:filled|executed|triggered|hit|in)"
_FILL = re.compile(
    # "3rd limit triggered", "both entries on #DOT are in", "second entry at 22.363 got hit"
    rf"(?<![\w]){_ORDINAL}{_S}+{_ORDER}(?![\w])(?:[^\n.?!]|\.(?=\d)){{0,30}}?"
    rf"{_S}(?:(?:got|are|is|was|were|now|all){_S}+)?{_VERB}(?![\w])"
    # "DCA 2 in ✅", "entry #3 executed", "order 2 filled"
    rf"|(?<![\w])(?:dca|entry|order|limit){_S}*#?\d{{1,2}}{_S}+(?:(?:got|is|was){_S}+)?{_VERB}"
    r"(?![\w])"
    # "filled the second order"
    rf"|(?<![\w])(?:filled|executed|triggered){_S}+(?:the{_S}+|our{_S}+)?{_ORDINAL}{_S}+{_ORDER}"
    r"(?![\w])"
)
# a fill not made yet, asked about or one's own; a sell order's (left to review); an order
# cancelled beside it ("2nd entry cancelled, first one filled": which one filled is left open)
_NOT_YET = re.compile(
    r"(?<![\w])(?:not|no|yet|never|waiting|still|if|when|once|my|i|you|your|pending|sell"
    r"|cancell?ed|cancel)(?![\w])"
)
_NUMBER = re.compile(r"(?<![\w.,#])\$?(\d[\d,]*(?:\.\d+)?)(?![\w%/]|[.,]\d)")
_NUMBERED = re.compile(r"(?<![\w])(?:dca|entry|order|limit|all)[ \t]*#?[ \t]*$")
_VERB_HINTS = ("fill", "FILL", "xecut", "XECUT", "rigger", "RIGGER", "hit", "HIT", " in", " IN")
_ORDER_HINTS = ("ntr", "NTR", "rder", "RDER", "imit", "IMIT", "DCA", "dca")


def may_tell_entry_fill(text: str) -> bool:
    """The cheap test: an entry's or an order's word and a fill verb in the text as written."""
    return holds_any(text, _ORDER_HINTS) and holds_any(text, _VERB_HINTS)


def entry_fill(low: str) -> tuple[float | None] | None:
    """The fill's price (None when none is written) in a one-element tuple when the
    lower-cased ``low`` tells a further entry filled; None when it does not."""
    m = _FILL.search(low)
    if m is None or "?" in low or _NOT_YET.search(low):
        return None
    prices = []
    for n in _NUMBER.finditer(low):
        if m.start() <= n.start() < m.end() and not re.search(r"at[ \t]*$", low[: n.start()]):
            continue  # the order's own number ("DCA 2 in", "all 3 entries")
        if _NUMBERED.search(low[max(0, n.start() - 12) : n.start()]):
            continue
        prices.append(float(n.group(1).replace(",", "")))
    if len(prices) > 1:
        return None
    return (prices[0] if prices else None,)


# "second sell order … got executed", "sell order 3 filled"
_SELL_FILL = re.compile(
    rf"(?<![\w]){_ORDINAL}{_S}+sell{_S}+orders?(?![\w])[^\n.?!]{{0,30}}?"
    rf"{_S}(?:(?:got|is|was|were|now){_S}+)?(?:filled|executed|triggered)(?![\w])"
    rf"|(?<![\w])sell{_S}+order{_S}*#?\d{{1,2}}{_S}+(?:(?:got|is|was){_S}+)?"
    r"(?:filled|executed|triggered)(?![\w])"
)
_NOT_OURS = re.compile(
    r"(?<![\w])(?:not|no|yet|never|waiting|still|if|when|once|my|i|you|your|pending)(?![\w])"
)


def sell_order_filled(low: str) -> bool:
    """Whether the lower-cased ``low`` tells a channel's numbered sell order filled: which side
    it opens or closes the words do not say (review, never a guess)."""
    return "?" not in low and _SELL_FILL.search(low) is not None and not _NOT_OURS.search(low)
