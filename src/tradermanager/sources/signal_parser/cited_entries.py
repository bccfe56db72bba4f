"""An update that cites the call it acts on: "Re our SOL long from 142.5: TP1 hit ✅", "Our #LTC
short at 85.74 got stopped out", "ORDI short entered at 40.01 — TP3 reached", "… (entry 3,120):
SL to entry". The number after the call's side (or after "entered at", "(entry") is the call's
entry, named to say which call: never the price the target or the stop was hit at."""

from __future__ import annotations

import re

_HINTS = ("long", "short", "buy", "sell", "entr")
# (a side "at" a price is the call's only after "our / the / my …": "Partial close: 25% of INJ
# LONG at 25.86" closes at that price)
_CITED = re.compile(
    r"(?<![\w])(?:(?:long|short|buy|sell)[ \t]+from"
    r"|(?:our|the|my|this|that|yesterday'?s)[ \t]+(?:[#$]?[\w/]+[ \t]+)?(?:long|short)"
    r"[ \t]+(?:at|@)"
    r"|entered[ \t]+at|\([ \t]*entry|entry[ \t]+was)[ \t:]*\$?(\d[\d,]*(?:\.\d+)?)(?![\d.])"
)


def cited_entries(lower: str) -> tuple[float, ...]:
    """The call's entries ``lower`` cites beside its update (none for most texts)."""
    if not any(h in lower for h in _HINTS):
        return ()
    out: list[float] = []
    for found in _CITED.finditer(lower):
        try:
            out.append(float(found.group(1).replace(",", "")))
        except ValueError:
            continue
    return tuple(out)
