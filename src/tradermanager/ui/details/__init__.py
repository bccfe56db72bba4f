"""The Details panel of the trader card: one module per tab, item models beside them."""

from tradermanager.ui.details.panel import DetailsPanel

__all__ = ["DetailsPanel"]
