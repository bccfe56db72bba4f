"""Positions: my paper account as the execution engine runs it — each copy's entry, size,
stop and target ladder, liquidation price and P&L; for closed ones what happened and why."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.services.paper import PaperAccount
from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.tables import Cell, PortfolioTable

HEADERS = (
    "Trader",
    "Token",
    "Side",
    "Leverage",
    "Entry",
    "Size",
    "Margin",
    "Stop",
    "Targets",
    "Liq. price",
    "P&L",
    "Fees",
    "Funding",
    "Status",
    "Since (UTC)",
)
EXIT_WORDS = {
    "take_profit": "take-profit",
    "stop_loss": "stop-loss",
    "liquidation": "liquidated",
    "close_signal": "closed by the trader",
    "break_even": "stop at break-even",
    "trailing_stop": "trailing stop",
    "expired": "entry expired",
    "copy_stop": "copy stop-loss",
    "daily_loss_limit": "daily loss limit",
    "manual": "closed by me",
}


def _price(value: float | None, digits: int = 6) -> Cell:
    text = "—" if value is None else f"{value:.{digits}g}"
    return Cell(text, cells.LOWEST if value is None else value)


def _when(ms: int | None) -> Cell:
    if ms is None:
        return Cell("—", "", None, False)
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return Cell(moment.strftime("%Y-%m-%d %H:%M"), moment.isoformat(), None, False)


def position_row(copy: OpenCopy | ClosedCopy) -> list[Cell]:
    closed = isinstance(copy, ClosedCopy)
    if isinstance(copy, ClosedCopy):
        pnl = copy.pnl
        status = EXIT_WORDS.get(copy.exit_reason.value, copy.exit_reason.value)
    else:
        pnl = copy.unrealized_pnl + copy.realized_pnl
        status = "open"
    side_colour = fmt.GAIN if copy.side.value == "long" else fmt.LOSS
    targets = " / ".join(f"{t:.6g}" for t in copy.take_profits) or "—"
    return [
        Cell.label(copy.trader),
        Cell.label(copy.symbol),
        Cell(copy.side.value, copy.side.value, side_colour, False),
        cells.times(copy.leverage),
        _price(copy.entry_price),
        _price(copy.quantity, 4),
        cells.money(copy.margin),
        _price(copy.stop_loss),
        Cell(targets, targets, None, False),
        _price(copy.liquidation_price),
        cells.money(pnl, signed=True, tone=True),
        cells.money(copy.fees),
        cells.money(copy.funding, signed=True),
        Cell(
            status, f"{int(closed)} {status}", fmt.LOSS if status == "liquidated" else None, False
        ),
        _when(copy.entry_time),
    ]


class PositionsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionsTab")
        self.message = QLabel("Replaying the paper account…")
        self.message.setObjectName("positionsMessage")
        self.message.setWordWrap(True)
        self.table = PortfolioTable("positionsTable", HEADERS, "paper-positions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def show_account(self, account: PaperAccount) -> None:
        result = account.result
        copies: list[OpenCopy | ClosedCopy] = [*result.open, *reversed(result.closed)]
        self.table.set_rows([position_row(c) for c in copies])
        self.message.setText(
            f"Paper account: equity <b>{fmt.money(account.equity)}</b> from "
            f"{fmt.money(account.capital)} · cash {fmt.money(account.cash)} · margin in use "
            f"{fmt.money(account.margin_in_use)} · free {fmt.money(account.free_margin)} · "
            f"{account.open_positions} open, {account.closed_positions} closed "
            "(fills on stored candles, fees, funding and liquidation: docs/execution.md)"
        )

    def show_error(self, message: str) -> None:
        self.message.setText(f"Could not replay the paper account: {message}")
