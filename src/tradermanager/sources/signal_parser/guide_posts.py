"""A guide for members on how the channel manages its trades ("How we take profits: close 25%
at TP1, move SL to entry…", "📘 Guide for new members: … book 50% at Target 1", "Tip for
beginners: sell 30% at TP1 …"): its update words describe a practice, for no coin and at no
price, so there is nothing to act on: talk, not an update to review."""

from __future__ import annotations

import re

# a part of every head _GUIDE_HEAD reads, looked for in the text's first characters
_PARTS = ("how ", "guide", "tip", "tutorial", "lesson", "rules", "faq")
_GUIDE_HEAD = re.compile(
    r"[^\w\n]*(?:how[ \t]+(?:we|to|i|you)|(?:[\w\-]+[ \t]+){0,2}guide|tips?[ \t]+(?:for|on)"
    r"|(?:[\w\-]+[ \t]+){0,2}tutorial|lesson|faq|(?:our[ \t]+)?(?:trading[ \t]+)?rules?[ \t]+for)"
    r"(?![\w])"
)
# a price: a number with decimals, or of three digits or more ("3x", "25%", "TP1" are none)
_PRICE = re.compile(r"\d[.,]\d|\d{3}")


def guide_post(text: str) -> bool:
    """Whether ``text`` opens on a guide's head ("How we …", "Guide for new members", "Tip for
    beginners", "Tutorial") and names no price."""
    head = text[:48].lower()
    if not any(part in head for part in _PARTS):
        return False
    return _GUIDE_HEAD.match(head) is not None and _PRICE.search(text) is None
