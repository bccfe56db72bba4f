"""A channel's standing rules, not an update of an open trade: "After TP1 the stop goes to
entry — on every trade, APT included. That's the rule", "On ATOM we use 5x max, on memes 2x".
They name a coin and an update's words (a stop to entry, a leverage) but hold for every trade
to come. Copy settings pinned for members ("Copy settings: leverage 10x · 50 USDT per trade ·
max 5 open trades · TP1 close 25% · move SL to entry after TP1") are such rules too, and so are
pinned trade-management posts ("📌 Profit-taking rules / At TP1 close 30 %, move SL to entry",
"Our TP rules 👇", "How we manage every call", "Reminder for new members: after TP1 we close …"),
and a bot's standing behaviour ("entry orders not filled within 24h are cancelled
automatically", "unfilled limits get cancelled after 24h"); a rule "on all our calls" holds for
every one of them."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = (
    *("every", "rule", "we use", "we trade", "per trade", "open trades", "settings"),
    *("manag", "members", "orders", "all our", "unfilled"),
)
_RULE = re.compile(
    r"(?<![\w])(?:on\s+(?:every|each)\s+(?:single\s+)?trade"
    r"|(?:on|for)\s+all\s+our\s+(?:trades|calls|signals|positions)|that[’']?s\s+(?:the|our)\s+rule"
    r"|the\s+rule\s+is|our\s+rules?|we\s+(?:use|trade\s+with)\s+(?:\d{1,3}\s*x\s+max|max\s+\d{1,3}\s*x)"
    r"|cop(?:y|ying|ier)[\s\-]+settings|\d[\d,.]*\s*(?:usdt|usd|\$|%)\s+per\s+trade"
    r"|max(?:imum)?\s+\d{1,3}\s+open\s+trades"
    r"|(?:profit[\s\-]*taking|tp|take[\s\-]*profit|exit|trade[\s\-]*management)\s+rules"
    r"|rules\s*\(pinned\)|pinned:?\s+trade[\s\-]*management"
    r"|how\s+we\s+manage\s+(?:every|each|all|our)|reminder\s+for\s+new\s+members"
    # orders in the plural, cancelled by a standing rule ("… not filled within 24h are cancelled")
    r"|orders\s+(?:that\s+are\s+)?(?:not\s+filled|unfilled)[^\n.]{0,30}?\s+(?:are|get|will\s+be)\s+"
    r"(?:cancell?ed|closed|removed)"
    # "unfilled limits get cancelled after 24h"
    r"|unfilled\s+(?:limit\s+)?(?:orders|limits|entries)\s+(?:are|get|will\s+be)\s+"
    r"(?:cancell?ed|closed|removed))"
    r"(?![\w])"
)


def house_rule(low: str) -> bool:
    """Whether the lower-cased ``low`` states a rule for every trade."""
    return holds_any(low, _PARTS) and _RULE.search(low) is not None
