"""A bot's stop update written as two labelled lines, the old level over the new one: "Stop loss
updated / Old: 2.3795 / New: 2.4627", "… / Previous: 5.574 / Current: 5.823" (the stop moved to
the new one; the old one is only where it was), or on one line: "Stop loss amended · SOLUSDT · old
144.1 · new 146.8". The old level in brackets after the new one, "(was 9.549)" or "(from
78.34)", is where it was: "from" there starts no entry's range."""

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


# a stop's new level, then the old one in brackets after "from": "trailing stop now 75.03 (from
# 78.34)", "SL → 2.47 (up from 2.41)"
_FROM_OLD = re.compile(
    r"((?<![\w])(?:stop|sl)(?![\w])[^\n\d()]{0,30}?\$?\d[\d.,]*[^\S\n]*)"
    r"\((?:up[^\S\n]+|down[^\S\n]+|moved[^\S\n]+)?from(?=[^\S\n]*\$?\d[\d.,]*[^\S\n]*\))",
    re.I,
)


def may_note_old_stop(text: str) -> bool:
    """The cheap test before :func:`old_stop_as_was`."""
    return "from" in text or "FROM" in text


def old_stop_as_was(text: str) -> str:
    """``text`` with a stop's old level noted "(from …)" after the new one written "(was …)"."""
    return _FROM_OLD.sub(lambda m: m.group(1) + "(was", text)
