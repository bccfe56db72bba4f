"""A trade's level told as not reached yet: "#INJ is 4.1% away from TP3 (27.919)", "ARB TP1 at
1.1359 not reached yet, patience", "$ORDI almost at TP2 40.37 👀", "$LTC TP level 2 is 4.3% away
(85.99)", "TP3 order for $SOL placed at 148.36, waiting", "#ADA 2nd entry not filled yet, order
stays at 0.4857".

The price is the level's, told again; nothing happened and nothing is asked, so the post is
talk. The general reading takes such a line for a card with no side (a target or an entry and
no stop) and sends it to review. Read only where the reading found no side and no stop, and
where no other word acts on the trade (a close, a stop moved, a hit, a cancel): "TP2 hit ✅, TP3
2% away" is an update."""

from __future__ import annotations

import re

# every match below holds one of these, in the case the text writes it or in capitals
HINTS = (
    *("away", "AWAY", "lmost", "LMOST", "early", "EARLY", " yet", " YET", "placed", "PLACED"),
    *("lose to", "LOSE TO", "pproach", "PPROACH"),
)

_S = r"[ \t]"
_LEVEL = (
    rf"(?:(?:tp|target|take{_S}*-?{_S}*profit){_S}*(?:level{_S}*|no\.?{_S}*)?#?\d{{1,2}}"
    rf"|(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|last){_S}+"
    rf"(?:entry|order|limit|buy|target|tp|take{_S}*-?{_S}*profit))(?![\w.,])"
)
_NOT_REACHED = re.compile(
    # "TP3 is 4.3% away", "TP2 (2.5%) away", "4.1% away from TP3"
    rf"{_LEVEL}[^\n]{{0,30}}?\d+(?:\.\d+)?{_S}*%{_S}*\)?{_S}*away(?![\w])"
    rf"|\d+(?:\.\d+)?{_S}*%{_S}+away{_S}+from{_S}+(?:the{_S}+)?{_LEVEL}"
    # "almost at TP2", "nearly at target 3", "close to TP1"
    rf"|(?<![\w])(?:almost|nearly|close{_S}+to|approaching){_S}+(?:at{_S}+|to{_S}+)?"
    rf"(?:the{_S}+)?{_LEVEL}"
    # "TP1 at 1.1359 not reached yet", "2nd entry not filled yet"
    rf"|{_LEVEL}(?:[^\n.!?]|\.(?=\d)){{0,30}}?(?<![\w])(?:is{_S}+|was{_S}+)?not{_S}+"
    rf"(?:reached|hit|filled|triggered|touched){_S}+yet(?![\w])"
    # "TP3 order for $SOL placed at 148.36, waiting"
    rf"|{_LEVEL}{_S}+order[^\n]{{0,30}}?placed[^\n]{{0,30}}?(?:waiting|pending|resting)(?![\w])",
    re.I,
)
# a word acting on the trade or telling an update beside the remark: the reading stands
_ACT = re.compile(
    r"(?<![\w])(?:clos(?:e[ds]?|ing)|exit(?:ed)?|move[ds]?|moving|cancel(?:led|ed)?|hit|reached"
    r"|filled|book(?:ed)?|secure[ds]?|take|taking|took|cut|sl|stop(?:ped)?|enter|buy|sell|add"
    r"|long|short|new)(?![\w])|✅|❌|⛔|🛑",
    re.I,
)
TALK = "A level told as not reached yet: nothing happened and nothing is asked, talk."


def level_not_reached(text: str) -> bool:
    """Whether ``text`` only tells a target or an entry not reached yet (``text`` holds one of
    :data:`HINTS`: the caller's test)."""
    spans = [m.span() for m in _NOT_REACHED.finditer(text)]
    if not spans:
        return False
    rest = text
    for a, b in spans:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return _ACT.search(rest) is None
