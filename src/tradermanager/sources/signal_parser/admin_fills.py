"""The channel's own entry told filled in an admin's words: "#ATOM limit filled ✅ we're in at
8.154", "We're in on $SEI ✅ 0.4556", "#ARB got filled at 1.0466 📥", "order triggered, we're
live 🟢", "Entry hit ✅ #OP long active", "Filled our offer on #ARB at 1.0466", "In at 2.3977 on
#OP ✅", "Position opened on #NEAR at 6.011", "we got in at 6.396". Such a post names no side or
level label, so the reader takes it for market talk and the copy never learns its order filled.
The entry is filled at the one price written (none when none is). A member's own fill ("I'm in
at", "my order got filled"), a fill asked about, not made yet or only planned, and a sell order's
are not read here."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_S = r"[ \t]"
_FILLED = re.compile(
    # "we're in at 8.154", "We're in on $SEI", "we got in at 6.396"
    rf"(?<![\w])(?:we're|we’re|we{_S}+are|we{_S}+got){_S}+in(?![\w])"
    # "In at 2.3977 on #OP ✅" opening its line
    rf"|^[^\w\n]*in{_S}+at{_S}+\$?\d"
    # "#ARB got filled at …", "limit filled ✅", "order triggered", "entry hit ✅"
    rf"|(?<![\w])(?:got|been){_S}+filled(?![\w])"
    rf"|(?<![\w])(?:limit|order|entry|bid|offer){_S}+(?:got{_S}+|was{_S}+|is{_S}+)?"
    r"(?:filled|triggered|hit|executed)(?![\w])"
    # "Filled our offer on #ARB at …"
    rf"|(?<![\w])filled{_S}+(?:our|the){_S}+(?:bid|offer|limit|order|entry)(?![\w])"
    # "Position opened on #NEAR at …", "we're live 🟢"
    rf"|(?<![\w])position{_S}+opened(?![\w])|(?<![\w])(?:we're|we’re|we{_S}+are){_S}+live(?![\w])"
)
# one's own, asked, not yet, only planned, a sell order's, or beside a target or a stop event
_NOT_OURS = re.compile(
    r"(?<![\w])(?:my|i|i'm|i’m|me|you|your|anyone|member|not|no|yet|never|waiting|still|if"
    r"|when|once|would|could|pending|sell|tp\d?|target|stopped|cancel\w*|closed?)(?![\w])"
)
_NUMBER = re.compile(r"(?<![\w.,#])\$?(\d[\d,]*(?:\.\d+)?)(?![\w%/]|[.,]\d)")
_HINTS = (
    *("re in", "RE IN", "got in", "GOT IN", "illed", "ILLED", "riggered", "RIGGERED"),
    *("ntry hit", "NTRY HIT", "In at", "in at", "IN AT", "pened", "PENED", "re live", "RE LIVE"),
)


def may_tell_admin_fill(text: str) -> bool:
    """The cheap test on the text as written."""
    return holds_any(text, _HINTS)


def admin_fill(low: str) -> tuple[float | None] | None:
    """The fill's price (None when none is written) in a one-element tuple when the
    lower-cased ``low`` tells the channel's entry filled; None when it does not."""
    if "?" in low or _FILLED.search(low) is None or _NOT_OURS.search(low):
        return None
    prices = [float(n.group(1).replace(",", "")) for n in _NUMBER.finditer(low)]
    if len(prices) > 1:
        return None
    return (prices[0] if prices else None,)
