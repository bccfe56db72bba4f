"""A ladder's later buy named by its order ("2nd buy: 0.51", "Second entry 0.49 (limit)",
"Next buy at 0.48", "add more at 0.49"): it says a first buy stands before it, written as the
price after a market word ("BUY NOW @ 0.52", "Buy now 0.52, …") or a weak one ("@ 0.52",
"around 0.52"). That first price is the ladder's first entry, not a market order's price nor a
stray number."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lexicon import AVERAGING_CJK, AVERAGING_LABELS
from tradermanager.sources.signal_parser.sections import Label

# (the label itself starts at "second" or, after "2nd " / "3rd ", at "buy"; a short's "second
# sell" is its later order as a long's "second buy" is); an averaging
# order's own word ("Добор", "Recompra", "Nachkauf", "补仓") is a later buy too
_LATER_BUY = re.compile(
    r"(?:second|third|next|2nd|3rd)[^\S\n]*(?:buy|sell|entry|bag)|add(?:ing)?[^\S\n]*more|"
    + "|".join(AVERAGING_LABELS)
    + "|"
    + AVERAGING_CJK,
    re.I,
)


def later_buy(text: str, label: Label) -> bool:
    """Whether ``label`` names a later buy of a ladder."""
    if label.kind != "entry":
        return False
    m = _LATER_BUY.search(text, max(0, label.start - 4), label.end)
    return m is not None and m.start() <= label.start


def later_buys_only(text: str, labels: list[Label]) -> bool:
    """Whether every one of ``labels`` names a later buy (and there is one)."""
    return bool(labels) and all(later_buy(text, label) for label in labels)
