"""The rest of a position trailed with its stop at a level: "trail the rest with SL at TP2",
"trailing the remainder, SL moved to TP1", "runners: trail with SL at entry", "rest of the
position: SL at TP2", "rest trailing, stop 69,408.3", "trail rest with stop 0.5123", "still
holding the runner, stop at TP3". The stop moves to that target, to the entry or to the price
written after it. "Trail the rest" with no level, or "trail if you want", leaves the level to
the reader: review (a copy has no trailing stop to set)."""

from __future__ import annotations

import re

TRAIL_REST_WORDS = ("trail", "rest of", "runner")

_LEVEL = (
    r"(?:[ \t]*[,:;—–-][ \t]*|[ \t]+)(?:with[ \t]+)?(?:the[ \t]+|your[ \t]+)?"
    r"(?:sl|stop(?:[ \t]*loss)?)(?:[ \t]+now)?(?:[ \t]+moved)?(?:[ \t]+(?:at|to|on|@)|[ \t]*[:→])?"
    r"[ \t]*(?:(?:tp|target[ \t]*)(\d)(?![\d.,])|(entry|be|breakeven|break[ \t-]?even)(?![\w])"
    r"|(?=\d))"
)
_REST_TRAILED = re.compile(
    r"(?<![\w])(?:trail(?:ing)?[ \t]+(?:the[ \t]+)?(?:rest|remaining|remainder)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+position|[#$]?[a-z0-9]{2,15}(?:/usdt)?))?"
    r"|rest[ \t]+of[ \t]+the[ \t]+position[ \t]*:?"
    # "tp2 ✔️ rest trailing, stop 69,408.3": the rest named first
    r"|(?:the[ \t]+)?(?:rest|remainder|runners?)[ \t]+(?:is[ \t]+|are[ \t]+)?trailing"
    r"|runners?[ \t]*:[ \t]*trail(?:[ \t]+it)?"
    # "still holding the runner, stop at TP3": the runner kept with its stop there
    r"|(?:holding|riding|keeping)[ \t]+(?:the[ \t]+|our[ \t]+)?runners?)" + _LEVEL
)
# the rest trailed and no level told: the message ends there (an icon, "now", "here")
_NO_LEVEL = re.compile(
    r"(?<![\w])trail(?:ing)?[ \t]+(?:the[ \t]+)?(?:rest|remaining|remainder)"
    r"(?:[ \t]+(?:now|here))?[^\w\n]*$"
    r"|(?<![\w])trail(?:ing)?(?:[ \t]+(?:it|the[ \t]+rest|your[ \t]+(?:sl|stop)))?[ \t,]+"
    r"(?:if[ \t]+you[ \t]+(?:want|like)|as[ \t]+you[ \t]+(?:like|wish|want)|up[ \t]+to[ \t]+you)"
)


def may_trail_rest(lower: str) -> bool:
    """Cheap test: the rest of a position may be trailed."""
    return any(w in lower for w in TRAIL_REST_WORDS)


def trailed_rest(lower: str) -> tuple[dict[str, object], tuple[int, int]] | None:
    """The stop move ``lower`` tells for the rest of the position (its fields and the span
    holding the level, which is no target hit), a conflict when the level is left to the
    reader, or None."""
    m = _REST_TRAILED.search(lower)
    if m is not None:
        if m.group(1):
            return {"stop_to_target": int(m.group(1))}, m.span()
        if m.group(2):
            return {"stop_to_entry": True}, m.span()
        return {"new_stop_from": m.end()}, m.span()
    if "trail" in lower and _NO_LEVEL.search(lower):
        return {"conflict": "the rest trailed, its level left to the reader"}, (-1, -1)
    return None
