"""Entries offered as a choice, not as a ladder: "Aggressive Entry → 0.1806 (current price)"
over "Conservative Entry → 0.1846 – 0.1857 retest", "Entry (aggressive): 9.762" over
"Entry (safe): 9.489 – 9.547", "Primary Entry … / Safe Entry …". Each names where a different
reader would buy; copied together they fill a ladder the channel never meant (a reader picks
one), so the signal goes to review. One qualified entry alone ("Entry (aggressive): 148.2") is
just the entry."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

# cheap literal tests one of which every qualifier below holds (lower-cased text)
_HINTS = ("aggressive", "conservative", "safe", "primary", "risky", "secondary")
_QUALIFIER = r"(aggressive|conservative|safer?|primary|risky|secondary)"
# a qualifier before "entry" on a line's label ("Aggressive Short Entry →", "Conservative
# entry:", "Safe buy entry -"), or in brackets after it ("Entry (aggressive):")
_CHOICE = re.compile(
    r"^[^\w\n]*(?:\d[.)][^\S\n]*)?" + _QUALIFIER + r"[^\S\n]+(?:(?:long|short|buy|sell)[^\S\n]+)?"
    r"entry(?![\w])"
    r"|^[^\w\n]*entry[^\S\n]*[(\[][^\S\n]*" + _QUALIFIER + r"[^\S\n]*[)\]]",
    re.I | re.M,
)


def entry_choices(text: str) -> str:
    """The qualifiers of two or more entries offered as a choice ("aggressive / conservative"),
    joined, else ""."""
    low = text.lower()
    if not holds_any(low, _HINTS) or "entry" not in low:
        return ""
    seen: list[str] = []
    for m in _CHOICE.finditer(low):
        word = m.group(1) or m.group(2)
        if word.rstrip("r") not in seen:
            seen.append(word.rstrip("r"))
    return " / ".join(seen) if len(seen) > 1 else ""
