"""A bot's notice that an order failed: "Order failed for SOLUSDT: / Buy: … / Stoploss: … /
Reason: insufficient margin", "❌ Order rejected for …", "Failed to place order on …". The
levels below it are the order that was never placed: nothing opened, nothing to copy. Talk
(never the call its levels would read as)."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

# on the first line: the order's failure, before any level
_FAILED = re.compile(
    r"^[^\w\n]*(?:(?:entry[ \t]+|buy[ \t]+|sell[ \t]+)?order[ \t]+(?:failed|rejected"
    r"|not[ \t]+placed|could[ \t]+not[ \t]+be[ \t]+placed|error)"
    r"|failed[ \t]+to[ \t]+place[ \t]+(?:the[ \t]+)?order)(?![\w])"
)


def may_be_failed_order(low: str) -> bool:
    """Cheap test: ``low`` (lower-cased) may open with an order's failure."""
    return "order" in low and ("fail" in low or "reject" in low or "not" in low or "error" in low)


def failed_order(low: str) -> ParsedMessage | None:
    """Talk when ``low`` opens with a failed order's notice, else None."""
    if _FAILED.search(low) is None:
        return None
    return ParsedMessage(
        MessageKind.NOT_SIGNAL,
        reason="A bot's notice of an order that failed: nothing was opened.",
    )
