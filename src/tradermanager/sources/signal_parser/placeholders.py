"""A template sent with its placeholders unfilled: a TradingView alert or a bot's message whose
"{{close}}", "{{plot_1}}", "{{strategy.order.action}}" were never replaced by values. What was
read around them ("{{close}}" as a close, a price elsewhere as the entry) is no instruction of
the channel's: the message goes to review."""

from __future__ import annotations

import re

# a placeholder in double braces: "{{close}}", "{{ plot_1 }}", "{{plot("TP1")}}", "{{ticker}}"
_PLACEHOLDER = re.compile(r"\{\{[^\S\n]*[A-Za-z_][\w.]*(?:\([^(){}\n]*\))?[^\S\n]*\}\}")


def unfilled(text: str) -> str:
    """The first placeholder left unfilled in ``text``, else ""."""
    if "{{" not in text:
        return ""
    m = _PLACEHOLDER.search(text)
    return m.group(0) if m else ""
