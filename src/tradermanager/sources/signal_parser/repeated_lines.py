"""A line written twice in a row, kept once.

A paste or a forward glitch repeats a line (``$0.5353`` over ``$0.5353`` under "TP 3", a sheet's
row of values under itself): read as written, its levels count twice — a second entry at the
same price, a target more. No channel writes the same priced line twice in a row on purpose
(a bilingual post repeats its levels in another language, on other lines), so the repeat is
left out and the message reads as posted.
"""

from __future__ import annotations

from itertools import pairwise


def without_repeated_lines(text: str) -> str:
    """``text`` with each line holding a digit that repeats the line right above it left
    out."""
    lines = text.split("\n")
    if len(lines) < 2 or not any(map(str.__eq__, lines, lines[1:])):
        return text  # (the common case, one pass in C)
    kept = [lines[0]]
    for above, line in pairwise(lines):
        if line == above and any(ch.isdigit() for ch in line):
            continue
        kept.append(line)
    return "\n".join(kept)
