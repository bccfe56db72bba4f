"""Copier bots' notes that a signal was not copied: "Duplicate alert ignored: SOLUSDT long",
"Order skipped: already in position (BTCUSDT)", "Max open trades reached, ARB short not
opened". They name a pair and a side, yet nothing is to be done: talk, not a signal to review."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("duplicate", "skip", "ignored", "dropped", "already", "not opened", "not copied")
_SKIPPED = re.compile(
    r"(?<![\w])(?:duplicate[ \t]+(?:alert|signal|webhook|order|entry|message)s?"
    r"|(?:alert|signal|webhook|order|entry|trade)[ \t]+(?:was[ \t]+)?(?:ignored|skipped|dropped)"
    r"|skip(?:ped)?(?=[ \t]*[:—\-]?[ \t]*[a-z0-9]{2,15}usdt)"
    r"|already[ \t]+(?:in[ \t]+(?:a[ \t]+|the[ \t]+)?position|(?:has[ \t]+)?an?[ \t]+open[ \t]+"
    r"(?:trade|position)|copied)"
    r"|(?:long|short|buy|sell|trade|order)[ \t]+not[ \t]+(?:opened|copied))(?![\w])"
)


def copier_skip_note(low: str) -> bool:
    """Whether the lower-cased ``low`` is a copier's note that a signal was not copied."""
    return holds_any(low, _PARTS) and _SKIPPED.search(low) is not None
