"""How much margin a copy commits, by the trader's sizing mode."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.engine.rules import CopyRules, SizingMode
from tradermanager.domain.models import Signal


@dataclass(frozen=True, slots=True)
class Sized:
    margin: float  # USD


def size_margin(rules: CopyRules, signal: Signal, entry: float, equity: float) -> Sized | str:
    """The margin for ``signal`` entered near ``entry`` (USD), or why it cannot be sized.

    * multiplier: base size × multiplier, rounded to the cent;
    * equity_pct: that fraction of equity;
    * risk_pct: the quantity whose loss from ``entry`` to the stop is that fraction of
      equity, as margin = quantity × entry / leverage; a signal without a stop is refused."""
    if rules.sizing is SizingMode.MULTIPLIER:
        return Sized(round(rules.base_size * rules.multiplier, 2))
    if rules.sizing is SizingMode.EQUITY_PCT:
        return Sized(max(equity, 0.0) * rules.equity_fraction)
    if signal.stop_loss is None:
        return (
            "The trader is sized by risk to the stop, and this signal gives no stop-loss: "
            "it is not copied."
        )
    distance = abs(entry - signal.stop_loss)
    if distance <= 0:
        return "The stop-loss equals the entry price: the risk cannot be sized."
    quantity = max(equity, 0.0) * rules.risk_fraction / distance
    return Sized(quantity * entry / signal.leverage)
