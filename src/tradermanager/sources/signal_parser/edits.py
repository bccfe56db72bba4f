"""What an edit of a signal message changed: the fields a copy must follow."""

from __future__ import annotations

from tradermanager.sources.signal_parser.model import ParsedMessage

COPY_FIELDS = ("symbol", "side", "order_type", "entries", "take_profits", "stop_loss", "leverage")


def edited_fields(before: ParsedMessage, after: ParsedMessage) -> tuple[str, ...]:
    """The fields (of :data:`COPY_FIELDS`) whose values differ between two parses."""
    return tuple(f for f in COPY_FIELDS if getattr(before, f) != getattr(after, f))
