"""Adverts and contests that quote a call: "Our VIP long on TIA at 9.719 hit 12.007 🎯 free
members missed it — next call in 1 hour, don't miss out!", "VIP LONG FHE entry 0.07921 ✅ now
0.0926. Only 7 seats left 🔥", "Guess where TIA closes on Sunday 🤔 closest answer wins 100
USDT". They name a coin, a side and a price, but sell a subscription or run a contest; a call
posted with a promotion under it ("… Stop: 0.12085 / Join VIP 👉 …") states its targets or its
stop, and keeps its reading."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = (
    *("seat", "join", "upgrade", "miss", "lifetime", "link in", "vip", "subscri"),
    *("giveaway", "contest", "competition", "closest"),
)
_PROMOTION = re.compile(
    r"(?<![\w])(?:seats?\s+left|join\s+(?:now|vip|us|the\s+vip|our\s+vip)|upgrade\s+(?:now|to)"
    # ("free members missed it"; not the admin's "if you missed it, wait for …")
    r"|don[’']?t\s+miss|(?<!you\s)missed\s+it|lifetime\s+access|link\s+in\s+(?:bio|description)"
    r"|(?:for|in|join)\s+(?:the\s+|our\s+)?vip|vip\s+(?:access|members?|only)|subscribe"
    r"|giveaway|contest|competition|closest\s+(?:answer|guess))(?![\w])"
)


def promotion(low: str) -> bool:
    """Whether the lower-cased ``low`` advertises a subscription or runs a contest."""
    return holds_any(low, _PARTS) and _PROMOTION.search(low) is not None
