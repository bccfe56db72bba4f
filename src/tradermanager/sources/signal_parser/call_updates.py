"""A callout bot's update that repeats the call above one event line: "📈 Alert update — LONG
NEAR @ 5.816 / TP1 5.91 reached ✅", "Trade update: LONG #ADA @ 0.4587 / SL 0.4496 triggered".
The header names a side, a coin and an entry, so the text reads as a call; the event line says
it is an update of that call, not a new one."""

from __future__ import annotations

import re

_UPDATE_HEAD = re.compile(r"\A[^\n]{0,24}?(?<![\w])(?:update|updated)(?![\w])[^\n]*\n")
_EVENT = re.compile(
    r"(?<![\w])(?:hit|reached|done|triggered|filled|executed|achieved|stopped)(?![\w])"
)


def update_of_call(low: str) -> bool:
    """Whether the lower-cased ``low`` opens on an update's header and states an event."""
    m = _UPDATE_HEAD.search(low)
    return m is not None and _EVENT.search(low, m.end()) is not None
