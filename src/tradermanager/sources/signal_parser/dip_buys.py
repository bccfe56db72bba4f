"""A ladder's first buy and its later buy told in prose: "Grabbing some $LINK spot here 15.117,
second bag at 14.241", "Spot entry on $ARB: 1.0125 now, then 0.9648 if it dips".

"then" before a price is a target's word elsewhere ("short at 3,412 aiming for 3,350 then
3,300"); a price after it with "if it dips" (drops, pulls back) is a buy further down, written
here as the ladder's own label ("add more at"). "here" right before a price names the first
buy only beside such a later buy; alone ("price here 15.1") it is left as written.
"""

from __future__ import annotations

import re

_PRICE = r"\$?\d[\d.,]*\d|\$?\d"
# "then 0.9648 if it dips", "then $14.2 on a dip", "then 2.31 if price pulls back"
_THEN_ON_DIP = re.compile(
    r"(?<![\w])then[^\S\n]+(?=(?:" + _PRICE + r")[^\S\n]+(?:if|on|when)[^\S\n]+"
    r"(?:(?:it|price|we|a|the)[^\S\n]+)?(?:dips?|drops?|dumps?|pulls?[^\S\n]+back|retraces?)"
    r"(?![\w]))",
    re.I,
)
# a later buy named beside the first: "second bag at", "add more at", "adding more around"
_LATER = re.compile(
    r"(?<![\w])(?:(?:second|2nd|next)[^\S\n]+(?:bag|buy|entry)|add(?:ing)?[^\S\n]+more)(?![\w])",
    re.I,
)
_SHORT = re.compile(r"short|sell", re.I)
# "spot here 15.117": the first buy's price right after "here"
_HERE = re.compile(r"(?<![\w])here[^\S\n]+(?=\$?\d)", re.I)


def may_tell_dip_buys(text: str) -> bool:
    """A quick test before :func:`dip_buys_as_labels`."""
    return ("then" in text or "here" in text) and ("dip" in text or "more" in text or "bag" in text)


def dip_buys_as_labels(text: str) -> str:
    """``text`` with a later buy told in prose written as "add more at", and the first buy's
    "here" before it as "@"."""
    if "then" in text and not _SHORT.search(text):  # a short's dip is its target
        text = _THEN_ON_DIP.sub("add more at ", text)
    if "here" in text and _LATER.search(text):
        first = _HERE.search(text)
        later = _LATER.search(text)
        if first is not None and later is not None and first.end() < later.start():
            text = text[: first.start()] + "@ " + text[first.end() :]
    return text
