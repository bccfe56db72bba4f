"""Discord webhook embeds copied as text: a title, then each field's name on its own line over
its value ("Take Profit 2 Hit 🎯" / "Symbol" / "SOLUSDT" / "Price" / "152.3" / a footer). Read
as lines, the title's label has no value and the fields' names stand apart from their prices;
joined as "Title · Symbol: SOLUSDT · Price: 152.3" the general reading reads the event. Only a
message held for review is read again this way, and only a follow-up read from it is kept."""

from __future__ import annotations

import re

# a field's name alone on its line
_NAME = re.compile(
    r"(?i:symbol|pair|coin|side|direction|price|entry|exit|old|new|reason|pnl|profit|roi"
    r"|leverage|qty|quantity|size|take[ ]profit(?:[ ]\d)?|stop[ ]loss|status)"
)


def may_be_embed(text: str) -> bool:
    """The cheap test: a "Symbol" or "Pair" field's name alone on a line."""
    return "\nSymbol\n" in text or "\nPair\n" in text


def embed_joined(text: str) -> str:
    """The embed's title and fields on one line ("Title · Name: value · …"); any line that is
    no field (a footer) after it. ``text`` itself when it holds fewer than two fields."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    fields: list[str] = []
    rest: list[str] = []
    k = 1
    while k < len(lines):
        if _NAME.fullmatch(lines[k]) and k + 1 < len(lines) and not _NAME.fullmatch(lines[k + 1]):
            fields.append(f"{lines[k]}: {lines[k + 1]}")
            k += 2
        else:
            rest.append(lines[k])
            k += 1
    if len(fields) < 2 or not lines:
        return text
    return "\n".join([" · ".join([lines[0], *fields]), *rest])
