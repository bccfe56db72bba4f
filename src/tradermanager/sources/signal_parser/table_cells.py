"""A two-column table pasted one cell a line: each label on a line of its own, its value on
the next, blank lines between ("Vị thế" / "Bán", "Giá vào" / "$0.5671", "Chốt lời 1 (TP 1)" /
"$0.5618"), as Binance Square's translated trade plans reach a channel when their parameter
table is copied.

A label the lexicon knows takes the value below it as its section does, and so does a label
no lexicon holds when nothing before it claims the value. After a side word the lexicon knows
("Vị thế" / "Bán"), the value below an unknown label ("Giá vào") fell into the side word's
section, where a price counts as an entry only right after the word, and the message went to
review. :func:`cells_joined` writes each value cell after its label cell on one line ("Giá vào:
$0.5671"), a line label like any other; the reader asks for it only for a message that went
to review, and keeps the second reading only when it is a signal.
"""

from __future__ import annotations

import re
from itertools import pairwise

# a value cell: a price, a range or a list of prices, a leverage ("$4,450 - $4,550", "5x - 8x")
_VALUE = re.compile(r"[^\S\n]*[$€~≈]?[^\S\n]*\d[\d.,\s$€%xX×\-–/~]*(?:USDT?)?[^\S\n]*")
_DIGIT_END = re.compile(r"[\d.,:]\s*$")
_LEAST_PAIRS = 3


def cells_joined(text: str) -> str:
    """``text`` with every value cell written after the label cell above it ("label: value"),
    when three such pairs at least stand with blank lines between their cells; ``text`` itself
    otherwise."""
    lines = text.split("\n")
    cells = [(k, line) for k, line in enumerate(lines) if line.strip()]
    pairs: list[tuple[int, int]] = []
    for (i, label), (j, value) in pairwise(cells):
        if j - i < 2 or not _VALUE.fullmatch(value) or _VALUE.fullmatch(label):
            continue  # (cells stand apart, a blank line between them)
        if _DIGIT_END.search(label) or not any(c.isalpha() for c in label):
            continue  # a label cell ends on a word or a bracket, and holds letters
        pairs.append((i, j))
    if len(pairs) < _LEAST_PAIRS:
        return text
    joined = set()
    for i, j in pairs:
        lines[i] = f"{lines[i].rstrip()}: {lines[j].strip()}"
        joined.add(j)
    return "\n".join(line for k, line in enumerate(lines) if k not in joined)
