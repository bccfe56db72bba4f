"""Free-text channel messages → a parsed signal, a follow-up, or a reason why not.

The parser tokenises first (``reader`` normalises the text and is the entry point) and finds
a message's parts (``message_parts``): the market (``symbols``), the leverage, margin mode and
a stated confidence (``leverage``), numbers with their separators (``numbers``) and labelled
sections in any order (``sections``), in the common spellings and languages of signal
channels (``lexicon``). Prices under labels no lexicon knows are placed by the side or by the
geometry of their lines (``placement``); ``judgement`` decides what the message is, reading
follow-ups with ``follow_up_reading`` (the words of each action in ``follow_ups``). Every
field carries a confidence; below :data:`REVIEW_THRESHOLD`, or when a number is implausible
for the side or the symbol's price, the message goes to review with the reason instead of a
guess.
"""

from __future__ import annotations

from tradermanager.sources.signal_parser.edits import edited_fields
from tradermanager.sources.signal_parser.model import (
    REVIEW_THRESHOLD,
    FollowUpAction,
    MessageKind,
    ParsedMessage,
)
from tradermanager.sources.signal_parser.reader import MAX_TEXT, parse
from tradermanager.sources.signal_parser.templates import ChannelTemplate, learn_template


def parse_message(
    text: str, reference_price: float | None = None, template: ChannelTemplate | None = None
) -> ParsedMessage:
    """Classify and parse one message; never raises. ``reference_price`` is the symbol's last
    known price, when stored: numbers far from it are refused. ``template`` is the channel's
    learnt layout (review queue), applied before reading."""
    try:
        text = text if isinstance(text, str) else ""
        return parse(template.apply(text) if template else text, reference_price)
    except (ValueError, IndexError, OverflowError, ZeroDivisionError) as exc:
        return ParsedMessage(MessageKind.NEEDS_REVIEW, reason=f"Could not be read ({exc}).")


__all__ = [
    "MAX_TEXT",
    "REVIEW_THRESHOLD",
    "ChannelTemplate",
    "FollowUpAction",
    "MessageKind",
    "ParsedMessage",
    "edited_fields",
    "learn_template",
    "parse_message",
]
