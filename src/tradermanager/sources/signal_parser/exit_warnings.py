"""Strategy bots' exit warnings and armed exits: "⚠️ Exit warning: MACD bearish cross on
SOLUSDT, consider closing" suggests a close and makes none (review: the reader decides);
"⏳ Exit signal armed: SOLUSDT will close if 1h closes below 148.2" tells a close on a
condition the copy cannot check, not met yet (talk). The general reading takes their "exit"
for a close done; an "EXIT SIGNAL · SOLUSDT LONG · price …" fired stays a close."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

_S = r"[^\S\n]"

# "exit warning", "exit alert", "exit risk"
_WARNING = re.compile(rf"(?<![\w])exit{_S}+(?:warning|alert|risk){_S}*(?![\w])")
# "exit signal armed", "exit armed", "… will close if …", "closes if …"
_ARMED = re.compile(
    rf"(?<![\w])exit(?:{_S}+signal)?{_S}+armed(?![\w])"
    rf"|(?<![\w])will{_S}+close{_S}+(?:if|when|once|on)(?![\w])"
)


def exit_warning(low: str) -> ParsedMessage | None:
    """The lower-cased follow-up ``low`` as review (a warning) or talk (an exit armed on a
    condition); None when it is neither. Asked only of a text holding "xit"."""
    if _ARMED.search(low):
        return ParsedMessage(
            MessageKind.NOT_SIGNAL,
            reason="An exit armed on a condition not met yet: nothing is closed. Talk.",
        )
    if _WARNING.search(low):
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="An exit warning suggests closing and closes nothing: check it.",
        )
    return None
