"""Where the Details tabs (``ui/details``, built separately) sit in the window.

The import is guarded so that the window still opens when the details package is missing
from a build: the area then says so instead of the app failing at start-up."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.services import Services

if TYPE_CHECKING:
    from tradermanager.ui.details import DetailsPanel

log = logging.getLogger(__name__)


def _details_panel(services: Services) -> DetailsPanel | None:
    try:
        from tradermanager.ui.details import DetailsPanel
    except ModuleNotFoundError as exc:
        if exc.name is None or not exc.name.startswith("tradermanager.ui.details"):
            raise  # something the details need is missing: a real error
        log.warning("details panel not available: %s", exc)
        return None
    return DetailsPanel(services)


class DetailsArea(QWidget):
    """Holds the details panel under the card and forwards the selection to it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsArea")
        self.panel = _details_panel(services)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.panel is None:
            missing = QLabel("Charts and risk details are not part of this build.")
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(missing)
        else:
            layout.addWidget(self.panel)

    def set_trader(self, trader_id: int | None, window: str) -> None:
        """``window``: 7d, 30d, 90d or all, the same as the card's."""
        if self.panel is not None:
            self.panel.set_trader(trader_id, window)

    def reload_live(self) -> None:
        """A reconciliation booked the exchange's fills: the live copies shown read again."""
        if self.panel is not None:
            self.panel.positions.reload_live()
            self.panel.equity.reload_live()

    def refresh(self) -> None:
        """New data arrived: reload the trader on show."""
        if self.panel is not None:
            self.panel.refresh()
