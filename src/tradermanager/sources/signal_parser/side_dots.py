"""A coloured dot that leads a call as its only side mark, against the side its levels tell.

Beside a side word the corpus's dots are marks of the word ("🟢 LONG", "🔴 SHORT"); elsewhere
they mark a risk, a status or a field ("(LOW RISK)🟢" over a short, "SHORT 🟢 deal started",
"🟥 SL:"), so a word always wins over a dot. A call with no side word, though, whose first
glyph is a green or red dot ("🟢 BTC 61000 tp 60000 sl 62000"), gives the dot as its side: when
its levels place the trade the other way the writer's side and the prices disagree, and
copied as the levels read it would open the side the dot did not mean: review.
"""

from __future__ import annotations

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser.model import ParsedMessage

# a message's first glyph: the side the writer's colour gives
LEAD_DOTS = {"🟢": Side.LONG, "🟩": Side.LONG, "🔴": Side.SHORT, "🟥": Side.SHORT}


def dot_against_levels(text: str, read: ParsedMessage) -> str:
    """Why a signal read from ``text`` must not be copied: its leading dot names the side its
    levels contradict, with no side word read; or ""."""
    dot = LEAD_DOTS.get(text[:1])
    if dot is None or read.side is None or read.side is dot:
        return ""
    if dict(read.confidences).get("side", 1.0) >= 1.0:
        return ""  # a side word was read: the dot is a mark of something else
    return (
        f"The message opens with {text[:1]} ({dot.value}) and names no side, but its levels "
        f"place a {read.side.value}: which side is meant? Check it."
    )
