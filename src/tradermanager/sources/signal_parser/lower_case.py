"""A message's text in lower case, made once for the quick tests that each ask for it.

Several literal tests of one reading (a ladder's words, the update words of other languages,
a chart pattern's name, the chatter's words) lower-case the very same text object, and
lowering is a pass over the whole text (several times dearer beyond ASCII). The last text
asked about is kept beside its lower case, as one tuple read and replaced whole: the same
object has the same lower case, and the kept text keeps its id from being reused."""

from __future__ import annotations

_LAST: list[tuple[str, str]] = [("", "")]


def lower_case(text: str) -> str:
    """``text.lower()``, made once for the same text object asked about again."""
    last = _LAST[0]
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST[0] = (text, low)
    return low
