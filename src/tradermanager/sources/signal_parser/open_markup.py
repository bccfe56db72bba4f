"""Markup opened and never closed: a message cut before its end.

A card in a code block, a forum list or a table that a cut leaves open reads as a whole card
(cut right after its stop, its leverage and margin lines lost). The markup tells the cut:

* a code fence (`````) opened and not closed;
* a forum list or table (``[list]``, ``[table]``) opened and not closed;
* a table's last row with fewer cell bars than the row above it (``│ SL │ 6.7`` under
  ``│ T3 │ 7.191 │ +4.55% │``; ``| Stop Loss | 0.022842`` under ``| TP2 | 0.021444 | -3.0% |``).
"""

from __future__ import annotations

_BARS = ("│", "║", "┃", "|")
_FORUM_BLOCKS = ("list", "table")


def left_open(text: str) -> str:
    """Why a signal read from ``text`` may be cut: the markup left open at its end; or ""."""
    what = open_markup(text)
    if what is None:
        return ""
    return (
        f"The message ends inside {what} that is never closed: the card looks cut, and what "
        "followed (a level, the leverage) may be missing. Check it."
    )


def open_markup(text: str) -> str | None:
    """What was left open at the text's end, or None."""
    if "```" in text and text.count("```") % 2:
        return "a code block"
    if "[" in text:
        lower = text.lower()
        for block in _FORUM_BLOCKS:
            if f"[{block}" in lower and f"[/{block}]" not in lower:
                return f"a [{block}]"
    if "│" in text or "|" in text or "║" in text or "┃" in text:
        lines = text.rstrip().split("\n")
        if len(lines) >= 2 and _bars(lines[-1]) and _bars(lines[-1]) < _bars(lines[-2]):
            last = lines[-1].lstrip()
            if last[:1] in _BARS and lines[-2].lstrip()[:1] in _BARS:
                return "a table row"
    return None


def _bars(line: str) -> int:
    return line.count("│") + line.count("║") + line.count("┃") + line.count("|")
