"""The card's paper record in a few words: the narrow actions column beside the configuration
holds three short lines, not the whole list of criteria; that is in the tooltip and in the
promotion dialog."""

from __future__ import annotations

from tradermanager.domain.promotion import PromotionStatus
from tradermanager.ui import formatting as fmt


def promotion_line(status: PromotionStatus) -> str:
    """e.g. "Paper record: 65/80 won, 179 days · not ready for live: liquidation risk"; with
    more than one criterion failing, how many (their names are in the tooltip)."""
    r = status.record
    head = f"Paper record: {fmt.ratio(r.winning_trades, r.closed_trades)} won, {int(r.days)} days"
    failing = status.failing
    if not failing:
        return f"{head} · ready for live?"
    if len(failing) == 1:
        return f"{head} · not ready for live: {failing[0].name}"
    return f"{head} · not ready for live: {len(failing)} criteria fail"


def promotion_tip(status: PromotionStatus) -> str:
    """Every criterion with what it needs and what the record has."""
    lines = [
        f"{'✓' if c.met else '✗'} {c.name}: {c.actual} (needs {c.required})" for c in status.checks
    ]
    return "Promotion criteria (docs/promotion.md):\n" + "\n".join(lines)
