"""A bot's stop update written as two labelled lines, the old level over the new one: "Stop loss
updated / Old: 2.3795 / New: 2.4627", "… / Previous: 5.574 / Current: 5.823" (the stop moved to
the new one; the old one is only where it was), or on one line: "Stop loss amended · SOLUSDT · old
144.1 · new 146.8"."""

from __future__ import annotations

import re

_OLD_NEW = re.compile(
    r"(?:^|\n)[^\S\n]*(?:old|previous|was)[^\S\n]*[:=][^\S\n]*\$?\d[\d.,]*[^\S\n]*\n"
    r"[^\S\n]*(?:new|current|now)[^\S\n]*[:=][^\S\n]*(?=\$?\d)"
    # one line: "old 144.1 · new 146.8", "old: 144.1 | new: 146.8"
    r"|(?<![\w])(?:old|previous)[^\S\n]*:?[^\S\n]*\$?\d[\d.,]*[^\S\n]*[·|,;/][^\S\n]*"
    r"new[^\S\n]*:?[^\S\n]*(?=\$?\d)"
)


def old_new_stop(lower: str) -> int | None:
    """Where the new stop's price starts in the lower-cased ``lower`` when it holds an old
    and a new level on two labelled lines, else None."""
    if "old" not in lower and "previous" not in lower and "was" not in lower:
        return None
    m = _OLD_NEW.search(lower)
    return None if m is None else m.end()
