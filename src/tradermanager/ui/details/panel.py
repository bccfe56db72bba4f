"""The details of the selected trader as tabs: equity and drawdown (with my paper fills
marked), my paper positions and orders, leverage, drawdown episodes, tail risk, signal
quality, tokens, recent signals.

``set_trader`` is called on every selection change, so it stays cheap: it loads only the tab
on screen (one or two service calls on cached data) and marks the others stale; a stale tab
loads when it is shown. Tabs sharing the metrics snapshot read it once per selection."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from tradermanager.domain.errors import NotFoundError
from tradermanager.services import Services
from tradermanager.ui.details.drawdowns_tab import DrawdownsTab
from tradermanager.ui.details.equity_tab import EquityTab
from tradermanager.ui.details.leverage_tab import LeverageTab
from tradermanager.ui.details.positions_tab import TraderPositionsTab
from tradermanager.ui.details.recent_signals_tab import RecentSignalsTab
from tradermanager.ui.details.selection import DetailsTab, Selection
from tradermanager.ui.details.signal_quality_tab import SignalQualityTab
from tradermanager.ui.details.tail_risk_tab import TailRiskTab
from tradermanager.ui.details.tokens_tab import TokensTab


class DetailsPanel(QTabWidget):
    trader_changed = Signal(int)
    """A trader's settings changed from a tab (a token blacklisted): its card should reload."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self._services = services
        self.equity = EquityTab()
        self.positions = TraderPositionsTab()
        self.positions.replayed.connect(self.refresh)  # new fills for the equity plot
        self.leverage = LeverageTab()
        self.drawdowns = DrawdownsTab()
        self.tail_risk = TailRiskTab()
        self.signal_quality = SignalQualityTab()
        self.tokens = TokensTab()
        self.tokens.trader_changed.connect(self.trader_changed)
        self.recent_signals = RecentSignalsTab()
        self.addTab(self.equity, "Equity")
        self.addTab(self.positions, "Positions")
        self.addTab(self.leverage, "Leverage")
        self.addTab(self.drawdowns, "Drawdowns")
        self.addTab(self.tail_risk, "Tail risk")
        self.addTab(self.signal_quality, "Signal quality")
        self.addTab(self.tokens, "Tokens")
        self.addTab(self.recent_signals, "Recent signals")
        self._tabs: list[DetailsTab] = [
            self.equity,
            self.positions,
            self.leverage,
            self.drawdowns,
            self.tail_risk,
            self.signal_quality,
            self.tokens,
            self.recent_signals,
        ]
        self._selection: Selection | None = None
        self._stale: set[int] = set()
        self.currentChanged.connect(self._load_if_stale)

    @property
    def trader_id(self) -> int | None:
        return None if self._selection is None else self._selection.trader_id

    @property
    def metrics_window(self) -> str | None:
        return None if self._selection is None else self._selection.window

    def set_trader(self, trader_id: int | None, window: str = "all") -> None:
        """Show ``trader_id`` over ``window`` (7d, 30d, 90d, all); None clears every tab."""
        if trader_id is None:
            self._selection = None
            self._stale.clear()
            for tab in self._tabs:
                tab.clear()
            return
        self._selection = Selection(self._services, trader_id, window)
        self.refresh()

    def refresh(self) -> None:
        """Reload the current selection (after new data): the visible tab now, others when
        shown. Hidden tabs are cleared so none ever shows another trader's numbers."""
        if self._selection is None:
            return
        old = self._selection  # read the new data, not the previous reads' cache
        self._selection = Selection(self._services, old.trader_id, old.window)
        self._stale = set(range(len(self._tabs)))
        for i, tab in enumerate(self._tabs):
            if i != self.currentIndex():
                tab.clear()
        self._load_if_stale(self.currentIndex())

    def load_all(self) -> None:
        """Load every tab now (for screenshots and callers that need all of them at once)."""
        for i in range(len(self._tabs)):
            self._load_if_stale(i)

    def _load_if_stale(self, index: int) -> None:
        if index not in self._stale or self._selection is None:
            return
        self._stale.discard(index)
        tab = self._tabs[index]
        try:
            tab.load(self._selection)
        except NotFoundError:  # deleted meanwhile: nothing to show
            tab.clear()
