"""An executed trade's embed writes each field's name on its own line over its value, and
beside the call's prices it lists the order's own figures: "Position Size" / "3,328 contracts",
"Position Value" / "$4,324.69", "Order ID" / "455322342801". None of them is a price: the size
and the value read as targets under the "Take Profit" field above them, and a twelve-digit id
as a number no price can be. Such a field (its name alone on a line, its value alone on the
next, a plain number with a unit or a currency sign, or an id of digits) is blanked, at the
same positions, before the message is read. A value with a "%" (a share to close) is kept."""

from __future__ import annotations

import re

# a size, a value or an id field's name alone on its line, then its value alone on the next
_FIELD = re.compile(
    r"^[ \t]*(?:(?:position|order|trade)[ \t]+(?:size|value|qty|quantity)"
    r"|notional(?:[ \t]+value)?"
    r"|(?:order|trade|position)[ \t]+(?:id|no\.?|number|#))[ \t]*:?[ \t]*\n"
    r"[ \t]*(?:[$#]?[ \t]*\d[\d,]*(?:\.\d+)?"
    r"(?:[ \t]*(?:contracts?|lots?|units?|coins?|usdt|usdc|usd|[A-Z][A-Z0-9]{1,11}))?)[ \t]*$",
    re.I | re.M,
)


def may_hold_order_fields(text: str) -> bool:
    """The cheap test: a "Position …" or "Order …" / "Trade …" field's name opening a line."""
    return "\nPosition " in text or "\nOrder " in text or "\nTrade " in text or "\nNotional" in text


def without_order_fields(text: str) -> str:
    """``text`` with an embed's size, value and id fields blanked (see the module's docstring)."""
    if not may_hold_order_fields(text):
        return text
    return _FIELD.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
