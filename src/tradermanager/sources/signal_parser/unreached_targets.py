"""A target named as the one the trade did not reach, beside an update: "closed in profit before
TP3 at 0.512", "exited at 2.15 ahead of TP2", "closed early, TP3 skipped", "Closed manually
(0.0431) — TP3 not reached", and the near misses "almost hit TP2 before reversing", "TP3 was
close — we stay in". Read as a hit, that target would close the copy's share there; the update
is read without it (a near miss alone is talk). "Before TP2" counts only beside a close told as
done: "close 50% before TP2" is an instruction whose moment the text does not fix."""

from __future__ import annotations

import re

# Substrings one of which every match below holds: tested first, they keep the patterns off
# every other update.
HINTS = ("before", "ahead", "short of", "skipp", "missed", "not reach", "never reach")
HINTS_MORE = ("not hit", "never hit", "almost", "nearly", "was close", "is close", "so close")

_TARGET = r"(?:the[ \t]+)?(?:tp|target|take[\s\-]*profit)[ \t]*#?\d{1,2}(?![\d]|[.,]\d)"
# "before TP3", "ahead of target 2", "short of TP4", "before hitting TP2"
_BEFORE = re.compile(
    r"(?<![\w])(?:before|ahead[ \t]+of|short[ \t]+of)[ \t]+"
    r"(?:hitting[ \t]+|reaching[ \t]+|touching[ \t]+)?" + _TARGET
)
# "TP3 not reached", "TP2 skipped", "target 3 never hit", "TP3 was close", "almost hit TP2",
# "nearly tagged target 3", "just missed TP2"
_UNREACHED = re.compile(
    _TARGET + r"[ \t]+(?:was[ \t]+|got[ \t]+|is[ \t]+)?(?:not[ \t]+(?:reached|hit)|never[ \t]+"
    r"(?:reached|hit)|skipped|missed|(?:so[ \t]+|very[ \t]+)?close)(?![\w])"
    r"|(?<![\w])(?:almost|nearly|just[ \t]+missed|barely[ \t]+missed)[ \t]+"
    r"(?:(?:hit|reached|touched|tagged|tapped)[ \t]+)?" + _TARGET
)
# a close told as done, beside which "before TP3" names the target not reached
_CLOSED = re.compile(
    r"(?<![\w])(?:closed|exited|took|taken|booked|secured|sold|covered|banked|out)(?![\w])"
    r"|manual"
)


def without_unreached(lower: str) -> str | None:
    """``lower`` with every target named as not reached blanked out, or None when it names
    none (``lower`` holds one of :data:`HINTS` or :data:`HINTS_MORE`: the caller's test)."""
    spans = [m.span() for m in _UNREACHED.finditer(lower)]
    if _CLOSED.search(lower) is not None:
        spans += [m.span() for m in _BEFORE.finditer(lower)]
    if not spans:
        return None
    out = lower
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out
