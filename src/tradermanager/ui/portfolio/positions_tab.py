"""Positions: my paper account as the execution engine runs it — each copy's entry, size,
stop and target ladder, liquidation price and P&L; for closed ones what happened and why —
and the orders behind them; my live copies beside them (Mode "Live"), as the exchange booked
them, with their orders. ``CopiesView`` is the one view of both tables; the Portfolio
window shows every trader's copies in it, the trader's card one trader's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.services import Services
from tradermanager.services.paper import PaperAccount
from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio.live_actions import LiveRowActions
from tradermanager.ui.portfolio.live_rows import NO_LIVE, LiveCopies
from tradermanager.ui.portfolio.positions_table import Copy, OrdersTable, PositionsTable


class CopiesView(QWidget):
    """A message line over the positions table and, below it, the orders table. A selected
    live copy can be closed or its entry withdrawn (``live_actions``) through ``services``
    (set by the owner); ``live_actions.acted`` asks the owner to read the live rows again."""

    def __init__(
        self, prefix: str, csv_name: str, *, with_trader: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.message = QLabel(" ")
        self.message.setObjectName(f"{prefix}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.table = PositionsTable(
            f"{prefix}Table", f"{csv_name}-positions", with_trader=with_trader
        )
        self.orders = OrdersTable(f"{prefix}Orders", f"{csv_name}-orders", with_trader=with_trader)
        orders_box = QWidget()
        orders_layout = QVBoxLayout(orders_box)
        orders_layout.setContentsMargins(0, 0, 0, 0)
        orders_layout.setSpacing(2)
        caption = QLabel(
            "Orders: the stops (a trailing one where it stands) and targets resting for open "
            "positions and the live orders "
            "working on the exchange, then fills and finished live orders"
        )
        caption.setWordWrap(True)
        caption.setObjectName("caption")
        orders_layout.addWidget(caption)
        orders_layout.addWidget(self.orders, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName(f"{prefix}Splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(orders_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.services: Services | None = None
        # tokens of the paper copies whose liquidation prices stand on the estimated brackets
        self.estimated: frozenset[str] = frozenset()
        self.live_actions = LiveRowActions(self.table, lambda: self.services, self)
        self.top = QHBoxLayout()  # the message, and room for a button beside it
        self.top.addWidget(self.message, 1)
        self.top.addWidget(self.live_actions.close_button)
        self.top.addWidget(self.live_actions.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.top)
        layout.addWidget(self.splitter, 1)

    def show_copies(self, copies: Sequence[Copy], live: LiveCopies = NO_LIVE) -> None:
        """``copies``: paper copies; ``live``: the live copies and their orders."""
        self.table.show_copies(copies, live, self.estimated)
        self.orders.show_copies(copies, live)
        self.live_actions.update_state()


class PositionsTab(CopiesView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("positions", "my", with_trader=True, parent=parent)
        self.account: PaperAccount | None = None  # as last replayed
        self.setObjectName("positionsTab")
        self.message.setText("Replaying the paper account…")

    def show_live(self, live: LiveCopies) -> None:
        """The live copies read again; the paper account as last replayed."""
        if self.account is not None:
            self.show_account(self.account, live)

    def show_account(self, account: PaperAccount, live: LiveCopies = NO_LIVE) -> None:
        self.account = account
        self.estimated = frozenset(account.estimated_brackets)
        result = account.result
        self.show_copies([*result.open, *result.closed], live)
        self.message.setText(
            lines(
                live_summary(live),
                f"Paper account: equity <b>{fmt.money(account.equity)}</b> from "
                f"{fmt.money(account.capital)} · cash {fmt.money(account.cash)} · margin in use "
                f"{fmt.money(account.margin_in_use)} · free {fmt.money(account.free_margin)} · "
                f"{account.open_positions} open, {account.closed_positions} closed "
                "(fills on stored candles, fees, funding and liquidation: docs/execution.md)",
            )
        )

    def show_error(self, message: str) -> None:
        self.message.setText(f"Could not replay the paper account: {message}")


def lines(*parts: str) -> str:
    """The message's non-empty lines, one under the other (a blank keeps its height)."""
    return "<br>".join(p for p in parts if p) or " "


def live_summary(live: LiveCopies) -> str:
    """A line on the live copies, when there are any: how many hold a position, their
    margin and unrealised P&L, and how many wait or were refused."""
    if not live.records:
        return ""
    held = [r.copy for r in live.records if isinstance(r.copy, OpenCopy)]
    closed = [r.copy for r in live.records if isinstance(r.copy, ClosedCopy)]
    waiting = sum(1 for r in live.records if r.copy is None and r.status == "pending")
    refused = sum(1 for r in live.records if r.status in ("refused", "failed"))
    margin = sum(c.margin for c in held)
    unrealised = sum(c.unrealized_pnl for c in held)
    realised = sum(c.pnl for c in closed) + sum(c.realized_pnl for c in held)
    return (
        f"<b>Live</b> on the exchange: <b>{len(held)} open</b> (margin {fmt.money(margin)}, "
        f"unrealised {fmt.money(unrealised, signed=True)}) · {len(closed)} closed, realised "
        f"{fmt.money(realised, signed=True)} · {waiting} waiting to be sent · {refused} "
        "refused or failed (as last booked from the exchange)"
    )
