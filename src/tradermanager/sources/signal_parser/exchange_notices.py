"""Exchanges' notices relayed in a channel, not an update of its trades: a perpetual delisted
and its positions settled ("Binance Futures will close all positions and settle the SUIUSDT
perpetual on … 09:00 UTC, then delist it"), spot pairs leaving with deposits stopped, margin
tiers changed. They hold a coin, "stop" and dates read as prices, but tell what the exchange
does to every holder. One that asks the readers to close their positions ("close your SUI
positions before that") stays for review: a close of the copy, or advice to anyone holding?"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("delist", "settle", "deposit", "withdraw", "margin tier")
_NOTICE = re.compile(
    r"(?<![\w])(?:delist(?:s|ed|ing)?"
    r"|(?:automatic(?:ally)?\s+)?settle(?:s|d|ment)?\s+(?:the|all|on|at|price)"
    r"|(?:deposits?|withdrawals?)\s+(?:will\s+)?(?:stop|close|suspend|halt|open|resume|stay)\w*"
    r"|margin\s+tiers?)(?![\w])"
)

_CLOSE_ASKED = re.compile(r"(?<![\w])close\s+(?:your|any|all|the)\s+(?:\S+\s+)?positions?(?![\w])")


def exchange_notice(low: str) -> bool:
    """Whether the lower-cased ``low`` tells an exchange's delisting, settlement, deposit or
    margin-tier notice, and asks no one to close a position."""
    return (
        holds_any(low, _PARTS)
        and _NOTICE.search(low) is not None
        and ("close" not in low or _CLOSE_ASKED.search(low) is None)
    )
