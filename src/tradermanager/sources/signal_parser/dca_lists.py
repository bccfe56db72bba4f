"""Numbered entry lines under a DCA heading: ``DCA #TIA LONG 📈`` / ``1) 9.107`` / ``2) 8.993``.

Under a heading that names no entry label the lexicon knows, the numbered lines are prices under
no label (the card goes to review). A line naming DCA (``DCA #COIN LONG``, ``COIN SHORT DCA``,
``DCA levels``, ``DCA entries:``) with no price of its own, right above lines numbered 1, 2, 3 in
order, heads the entry list: those lines are written ``Entry 1: a`` … The numbered lines under a
targets heading further down keep their targets' label.
"""

from __future__ import annotations

import re

# a line naming DCA, with no number standing alone on it ("#API3" is a coin, not a price)
_HEADING = re.compile(
    r"^(?:[^\n\d]|(?<=\w)\d)*(?<![^\W\d_])dca(?![^\W\d_])(?:[^\n\d]|(?<=\w)\d)*$", re.M | re.I
)
# "1) a", "2. b", "3- c": a number in order, its mark, a price
_NUMBERED = re.compile(r"[^\S\n]*([1-9])[^\S\n]*[).\-–:][^\S\n]*(?=\$?\d)")


def may_list_dca(text: str) -> bool:
    """A quick test before :func:`dca_lists_as_entries`."""
    return ("DCA" in text or "dca" in text or "Dca" in text) and "1" in text


def dca_lists_as_entries(text: str) -> str:
    """``text`` with the numbered lines right under a DCA heading written as numbered entries."""
    m = _HEADING.search(text)
    if m is None:
        return text
    lines = text[m.end() + 1 :].split("\n") if m.end() < len(text) else []
    out: list[str] = []
    for line in lines:
        n = _NUMBERED.match(line)
        if n is None or int(n.group(1)) != len(out) + 1:
            break
        out.append(f"Entry {n.group(1)}: " + line[n.end() :])
    if len(out) < 2:
        return text
    rest = lines[len(out) :]
    return "\n".join([text[: m.end()], *out, *rest])
