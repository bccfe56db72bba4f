"""A holder's talk about coins kept, not a trade: coins moved off an exchange to a wallet ("Took
25% of my SEI stack off the exchange to cold storage. Nothing sold.") or a long-term bag
rebalanced ("Rebalanced the spot bag: trimmed APT from 15% to 11% of the portfolio"). Their share
and close words ("took 25%", "trimmed") read as a close of a copied position, which they are
not."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("exchange", "storage", "wallet", "ledger", "trezor", "custody", "withdr", "nothing sold")
_MOVED = re.compile(
    r"(?<![\w])(?:off\s+(?:the\s+|an\s+)?exchanges?|(?:to|into)\s+(?:my\s+|a\s+|the\s+)?"
    r"(?:cold\s+(?:storage|wallet)|hardware\s+wallet|ledger|trezor|self[\s\-]custody)"
    r"|withdr(?:ew|awn)|nothing\s+(?:was\s+)?sold)(?![\w])"
)
_REBALANCED = re.compile(r"(?<![\w])rebalanc(?:e|ed|ing)(?![\w])")


def holdings_talk(low: str) -> str | None:
    """The reason when the lower-cased ``low`` tells coins moved to a wallet or a portfolio
    rebalanced, else None."""
    if "rebalanc" in low and _REBALANCED.search(low):
        return "A portfolio rebalanced (shares of a bag), not a copied trade's close: talk."
    if holds_any(low, _PARTS) and _MOVED.search(low):
        return "Coins moved off an exchange or to a wallet, nothing sold: talk."
    return None
