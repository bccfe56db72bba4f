"""The Discover window: find traders worth copying before they are in the list."""

from tradermanager.ui.discover.window import DiscoverWindow

__all__ = ["DiscoverWindow"]
