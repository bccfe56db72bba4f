"""Update words written as a hashtag ("#SL_hit", "#SLtoBE", "#TP2_done", "#tradeclosed",
"#cancelled"): spelled out as the words they glue together, so that the follow-up is read as
if written plainly and the tag is not taken for a coin ("#TRADECLOSED")."""

from __future__ import annotations

import re

# the words such tags are made of, the longer of two that open alike first
_WORD = (
    r"(?:tp\d|target\d|takeprofit\d|stoploss|stopped|stop|sl|hit|done|reached|to|breakeven|be"
    r"|entry|moved|move|riskfree|closed|close|trade|exit|cancelled|canceled|cancel|void)"
)
_TAG = re.compile(r"#(" + _WORD + r"(?:_?" + _WORD + r")*)(?![\w])", re.I)
_PART = re.compile(_WORD, re.I)
# a tag of one word is spelled out only when that word is an update by itself ("#stopped",
# "#TP2", "#closed"; not "#SL", "#trade", "#entry", which label a card's line or a topic)
_ALONE = re.compile(
    r"tp\d|target\d|takeprofit\d|stoploss|stopped|closed|exit|cancell?ed|cancel|void|riskfree",
    re.I,
)
# a word that says more when spelled out: a trade risk-free is one whose stop is at its entry
_SPELLED = {"riskfree": "is risk-free", "takeprofit": "take profit "}


def may_spell_out(text: str) -> bool:
    """Whether ``text`` holds an update tag: :func:`spelled_out` changes no other text."""
    return "#" in text and _TAG.search(text) is not None


def spelled_out(text: str) -> str:
    """``text`` with every update tag written as its words (the rest as it was)."""
    if not may_spell_out(text):
        return text
    return _TAG.sub(lambda m: _words(text, m), text)


def _words(text: str, tag: re.Match[str]) -> str:
    if tag.start() > 0 and (text[tag.start() - 1].isalnum() or text[tag.start() - 1] == "#"):
        return tag.group()
    body = tag.group(1)
    parts = [p.group() for p in _PART.finditer(body.replace("_", " "))]
    if len(parts) == 1 and not _ALONE.fullmatch(parts[0]):
        return tag.group()
    return " ".join(_spelled(p) for p in parts)


def _spelled(part: str) -> str:
    low = part.lower()
    for word, spelled in _SPELLED.items():
        if low.startswith(word):
            return spelled + part[len(word) :]
    return part
