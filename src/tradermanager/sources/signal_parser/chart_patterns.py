"""Chart-pattern captions: a pattern's name and its measured target — "ETH 4H 📐 ascending
triangle — support 3,340, resistance 3,480, pattern target 3,620", "LQTY falling wedge: upper
line around 0.2666, target of the pattern near 0.2689. Invalid under 0.2584". The target is
where the pattern projects the price, not an order's; with no side word and no entry, stop or
target label the post is talk."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PATTERN_PARTS = ("triangle", "wedge", "shoulders", "flag", "pennant", "double ", "handle")
_PATTERN = re.compile(
    r"(?<![\w])(?:(?:ascending|descending|symmetrical)[^\S\n]+triangle|triangle|(?:falling"
    r"|rising)[^\S\n]+wedge|wedge|head[^\S\n]*(?:&|and)[^\S\n]*shoulders|(?:bull|bear)[^\S\n]+"
    r"(?:flag|pennant)|double[^\S\n]+(?:top|bottom)|cup[^\S\n]*(?:&|and)[^\S\n]*handle)(?![\w])"
)
# the target a pattern projects: "pattern target", "measured target/move", "target of the
# pattern", "textbook target", "projects to"
_MEASURED = re.compile(
    r"(?<![\w])(?:pattern(?:[’']s)?[^\S\n]+target|measured[^\S\n]+(?:target|move)"
    r"|target[^\S\n]+of[^\S\n]+the[^\S\n]+pattern|textbook[^\S\n]+target|projects?[^\S\n]+to)"
    r"(?![\w])"
)
# a call's words: a side, an entry, a stop or a target's label ("… entry 148, pattern target
# 156, SL 144" is a call drawn on a pattern)
_CALL_WORD = re.compile(
    r"(?<![\w])(?:long|short|buy|sell|longing|shorting|entry|enter|stop|sl|tp\d?)(?![\w])"
)


def pattern_caption(low: str) -> str | None:
    """The reason when the lower-cased ``low`` is a chart pattern's caption — a pattern's name,
    its measured target, and no side, entry, stop or target label — else None."""
    if not holds_any(low, _PATTERN_PARTS):
        return None
    name = _PATTERN.search(low)
    if name is None or _MEASURED.search(low) is None or _CALL_WORD.search(low):
        return None
    return f"A chart pattern's caption (“{name.group()}” and its measured target): talk."
