"""The whole-portfolio view: exposure per token across traders, combined equity and risk,
conflicts and a what-if of the multipliers."""

from tradermanager.ui.portfolio.dialog import PortfolioDialog

__all__ = ["PortfolioDialog"]
