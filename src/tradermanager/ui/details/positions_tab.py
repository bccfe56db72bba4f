"""The trader's paper positions and orders, in the same tables as the Portfolio window's
(``CopiesView``), as the last replay of the paper account stored them, and its live copies
beside them, read on a pool thread; "Replay now" replays the account on a pool thread, then
``replayed`` has the panel reload its tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.services import Services
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details.selection import Selection
from tradermanager.ui.portfolio.live_rows import NO_LIVE, LiveCopies, read_live
from tradermanager.ui.portfolio.positions_tab import CopiesView, lines, live_summary
from tradermanager.ui.worker import error_text, start_task


class TraderPositionsTab(CopiesView):
    replayed = Signal()  # the paper account was replayed: stored positions and fills changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("traderPositions", "trader", with_trader=False, parent=parent)
        self.setObjectName("traderPositionsTab")
        self.replay = QPushButton("Replay now")
        self.replay.setObjectName("replayPaper")
        self.replay.setToolTip(
            "Replay the paper account on the stored candles: every paper trader's signals, "
            "fills, stops, targets, liquidations, fees and funding (docs/execution.md)."
        )
        self.replay.clicked.connect(self._replay)
        self.top.addWidget(self.replay)
        self._selection: Selection | None = None
        self._copies: list[OpenCopy | ClosedCopy] = []
        self.live: LiveCopies = NO_LIVE
        self.live_loading = False
        self.live_actions.acted.connect(lambda _outcome: self.reload_live())
        self.clear()

    def load(self, selection: Selection) -> None:
        """The paper copies now (stored, cached by the selection), the live ones when the
        pool thread has read them."""
        self._selection = selection
        self.services = selection.services
        self.replay.setEnabled(True)
        self._copies = selection.paper_copies()
        self.estimated = selection.estimated_brackets()
        self.live = NO_LIVE
        self.show_copies(self._copies)
        self.message.setText(self._summary(selection, self._copies))
        self._read_live(selection)

    def reload_live(self) -> None:
        """Read the live copies again (after a reconciliation booked the exchange's fills)."""
        if self._selection is not None and not self.live_loading:
            self._read_live(self._selection)

    def _read_live(self, selection: Selection) -> None:
        self.live_loading = True
        trader_id = selection.trader_id
        start_task(
            self,
            selection.services,
            lambda _: read_live(selection.services, trader_id),
            lambda live: self._live_read(selection, live),
            lambda exc: self._live_failed(selection, exc),
        )

    def _live_read(self, selection: Selection, live: LiveCopies) -> None:
        if selection is not self._selection:  # another trader (or a reload) meanwhile
            return
        self.live_loading = False
        had_live = bool(self.live)
        self.live = live
        if live or had_live:
            self.show_copies(self._copies, live)
        self.message.setText(
            lines(live_summary(live), self._summary(selection, self._copies, live))
        )

    def _live_failed(self, selection: Selection, exc: Exception) -> None:
        if selection is not self._selection:
            return
        self.live_loading = False
        self.message.setText(
            lines(
                f"Could not read the live copies: {error_text(exc)}",
                self._summary(selection, self._copies),
            )
        )

    def clear(self) -> None:
        self._selection = None
        self._copies = []
        self.estimated = frozenset()
        self.live = NO_LIVE
        self.live_loading = False
        self.show_copies([])
        self.replay.setEnabled(False)
        self.message.setText(" ")

    @staticmethod
    def _summary(
        selection: Selection, copies: list[OpenCopy | ClosedCopy], live: LiveCopies = NO_LIVE
    ) -> str:
        trader = selection.services.traders.get(selection.trader_id)
        if not copies:
            if live:  # the live line above says it all
                return ""
            if not trader.settings.paper_only:
                return "Copied live: its orders go to the exchange, not to the paper account."
            return "No paper positions yet (as of the last replay of the paper account)."
        opened = [c for c in copies if isinstance(c, OpenCopy)]
        closed = [c for c in copies if isinstance(c, ClosedCopy)]
        unrealised = sum(c.unrealized_pnl for c in opened)
        realised = sum(c.pnl for c in closed) + sum(c.realized_pnl for c in opened)
        margin = sum(c.margin for c in opened)
        liquidated = sum(1 for c in closed if c.exit_reason.value == "liquidation")
        return (
            f"Paper copies of {trader.name}: <b>{len(opened)} open</b> "
            f"(margin {fmt.money(margin)}, unrealised {fmt.money(unrealised, signed=True)}) · "
            f"{len(closed)} closed, {liquidated} liquidated · realised "
            f"{fmt.money(realised, signed=True)} net of fees and funding · as of the last replay"
        )

    def _replay(self) -> None:
        selection = self._selection
        if selection is None:
            return
        services: Services = selection.services
        self.replay.setEnabled(False)
        self.message.setText("Replaying the paper account…")
        start_task(self, services, lambda _: services.paper.refresh(), self._replayed, self._failed)

    def _replayed(self, _account: object) -> None:
        """The panel reloads its tabs from the new stored positions (this one at once)."""
        if self._selection is not None:
            self.replayed.emit()

    def _failed(self, exc: Exception) -> None:
        self.replay.setEnabled(self._selection is not None)
        self.message.setText(f"Could not replay the paper account: {error_text(exc)}")
