"""A holder's talk about coins kept, not a trade: coins moved off an exchange to a wallet ("Took
25% of my SEI stack off the exchange to cold storage. Nothing sold.") or a long-term bag
rebalanced ("Rebalanced the spot bag: trimmed APT from 15% to 11% of the portfolio") or one's own
bag and its average ("Filled my third NEAR bag, average 5.987. Not adding more."). Their share,
close and fill words ("took 25%", "trimmed", "filled … average") read as an update of a copied
position, which they are not."""

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
# the writer's own bag and its average: "my third NEAR bag … average 5.987", "my SOL bags, avg"
_OWN_BAG = re.compile(
    r"(?<![\w])my\s+(?:[\w$#]+\s+){0,2}bags?(?![\w])[^\n]*?(?<![\w])(?:avg|average)"
)


def holdings_talk(low: str) -> str | None:
    """The reason when the lower-cased ``low`` tells coins moved to a wallet or a portfolio
    rebalanced, else None."""
    if "rebalanc" in low and _REBALANCED.search(low):
        return "A portfolio rebalanced (shares of a bag), not a copied trade's close: talk."
    if "bag" in low and "my " in low and _OWN_BAG.search(low):
        return "The writer's own bag and its average, not a copied position's fill: talk."
    if holds_any(low, _PARTS) and _MOVED.search(low):
        return "Coins moved off an exchange or to a wallet, nothing sold: talk."
    return None
