"""Lines a narrow screen or a relay broke in two, joined again before anything reads them.

A line broken inside a bracket (``Entry: 1.1212 (price now:`` over ``1.1156)``, ``zone (ideal``
over ``0.4368)``) leaves the note's number alone on a line of its own, where it reads as a level;
a range broken after its dash or its "to" (``0.0000088191 -`` over ``0.000008581``) reads as two
entries in the order written, not as a range. Both are written as one line again:

* a bracket opened and not closed on its line, closed on the very next line (neither line
  opening another bracket): the two lines are one;
* a line ending with a number and a range's dash or "to", the next line starting with a
  number: the two lines are one range.

A bracket left open with nothing closing it on the next line, or a dash over a label
(``Entry: 0.5 -`` over ``TP: 0.6``), is left as written: no wrap, something else (a cut value,
a list) that other checks read.
"""

from __future__ import annotations

import re

# "(price now:\n1.1156)": a bracket's inside broken by one line break
_BROKEN_BRACKET = re.compile(r"(\([^()\n]*)\n[^\S\n]*(?=[^()\n]*\))")
# "0.0000088191 -\n0.000008581", "68,120.6 to\n68,670": a range broken after its dash or "to"
_BROKEN_RANGE = re.compile(r"(\d[^\S\n]*(?:[-–—]|[^\S\n]to))[^\S\n]*\n[^\S\n]*(?=\$?\d)")


def may_be_wrapped(text: str) -> bool:
    """A cheap test: the text has a bracket or a range mark before a line break."""
    return (
        ("(" in text and ")" in text)
        or "-\n" in text
        or "–\n" in text
        or "—\n" in text
        or "to\n" in text
    )


def joined_wraps(text: str) -> str:
    """The text with lines broken inside a bracket or a range joined again (see the module)."""
    if "(" in text:
        text = _BROKEN_BRACKET.sub(r"\1 ", text)
    if "-\n" in text or "–\n" in text or "—\n" in text or "to\n" in text:
        text = _BROKEN_RANGE.sub(r"\1 ", text)
    return text
