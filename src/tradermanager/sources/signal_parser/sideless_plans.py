"""Analysis and teaching posts that give levels but never a side.

"SOL is being analyzed here using a risk-defined trading plan. / Entry zone: around 157.26 /
Target: … / Stop: … / Leverage (e.g., x20)", "Trade plan breakdown: … Leverage: for example
50x", "… technical analysis 🧐 … Leverage such as 10x". The levels' order would tell a side, but
the post never states one and its leverage is only an example: an illustration, not a call. The
side is then not taken from the levels, so the message goes to review instead of being copied
as the long or short its levels suggest.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("e.g", "example", "such as", "analy", "trade plan", "trading plan", "is planned")
_HEDGED = re.compile(
    # a leverage given as an example: "Leverage (e.g., x50)", "Lev e.g. 20x", "for example 10x"
    r"(?<![\w])lev(?:erage)?\b[^\n]{0,12}?(?:e\.g\.?|for\s+example|such\s+as|example)"
    # an analysis or a lesson's plan named as such
    r"|(?<![\w])(?:being\s+analy[sz]ed|technical\s+analysis|trad(?:e|ing)\s+plan\s+breakdown"
    r"|risk[\s\-]+defined\s+trad(?:e|ing)\s+plan|setup\s+is\s+planned)(?![\w])"
)


def hedged_plan(low: str) -> bool:
    """Whether the lower-cased ``low`` is an analysis or lesson whose leverage is an example or
    which names itself an analysis or plan (cheap literal test first)."""
    return holds_any(low, _PARTS) and _HEDGED.search(low) is not None
