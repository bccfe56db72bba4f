"""The paper positions table and the orders table, shared by the Portfolio window (every
trader) and the trader's card (one trader, no Trader column): the same cells, the same view.

A position row: entry, size, the stop, the trailing stop where it stands now, and the target
ladder (targets already filled marked ✓, the others with the units each closes), liquidation
price, unrealised P&L at the mark, realised P&L (net of fees and funding) and,
for closed ones, the exit and what closed it. An order row: the stop and targets still resting
for an open position, and every fill with its price, quantity and fee."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtWidgets import QHeaderView

from tradermanager.domain.engine import ClosedCopy, Fill, OpenCopy
from tradermanager.domain.live_orders import IntendedState
from tradermanager.domain.number_text import price
from tradermanager.domain.resting_orders import resting_orders
from tradermanager.services.live_copies import LiveCopyRecord
from tradermanager.ui import formatting as fmt
from tradermanager.ui.exit_words import exit_words
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.live_rows import (
    LIVE,
    NO_LIVE,
    PAPER,
    LiveCopies,
    mode_cell,
    order_row,
    status_words,
    unfilled_row,
    working,
)
from tradermanager.ui.portfolio.tables import Cell, PortfolioTable

Copy = OpenCopy | ClosedCopy

POSITION_HEADERS = (  # what a glance needs first; the rest scrolls sideways
    "Trader",
    "Mode",
    "Token",
    "Side",
    "Entry",
    "Size",
    "Stop",
    "Trailing stop",
    "Targets",
    "Liq. price",
    "Unrealised P&L",
    "Status",
    "Realised P&L",
    "Mark / exit",
    "Leverage",
    "Margin",
    "Fees",
    "Funding",
    "Opened (UTC)",
    "Closed (UTC)",
    "Note",
)
ORDER_HEADERS = (
    "Trader",
    "Mode",
    "Token",
    "Order",
    "Side",
    "Price",
    "Quantity",
    "Fee",
    "Status",
    "Reason",
    "Time (UTC)",
)
ORDER_WORDS = {
    "stop_market": "stop (market)",
    "trailing_stop_market": "trailing stop (market)",
    "take_profit_limit": "take-profit (limit)",
}


def price_cell(value: float | None) -> Cell:
    return Cell(price(value), cells.LOWEST if value is None else value)


def when_cell(ms: int | None) -> Cell:
    if ms is None:
        return Cell(fmt.DASH, "", None, False)
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return Cell(moment.strftime("%Y-%m-%d %H:%M"), moment.isoformat(), None, False)


def targets_text(copy: Copy) -> str:
    """The take-profit ladder, each target already filled marked ✓; on an open paper copy
    each other target with the units it closes (× quantity)."""
    quantities = copy.target_quantities if isinstance(copy, OpenCopy) else ()
    if quantities and len(quantities) == len(copy.take_profits):
        parts = [
            "✓" + price(t) if q <= 0 else f"{price(t)} ×{price(q)}"
            for t, q in zip(copy.take_profits, quantities, strict=True)
        ]
        return " / ".join(parts)
    reached = sum(1 for f in copy.fills if f.reason == "take_profit")
    parts = [("✓" if i < reached else "") + price(t) for i, t in enumerate(copy.take_profits)]
    return " / ".join(parts) or fmt.DASH


ESTIMATED_MARK = "≈"


def liquidation_cell(copy: Copy, estimated: bool) -> Cell:
    """The liquidation price; ``estimated``: it stands on the estimated bracket table (no
    maintenance-margin brackets known for the contract), marked "≈" with a tooltip why."""
    cell = price_cell(copy.liquidation_price)
    if not estimated or copy.liquidation_price is None:
        return cell
    return replace(
        cell,
        text=f"{ESTIMATED_MARK}{cell.text}",
        colour=fmt.WARN,
        tip=(
            f"Estimated: no leverage brackets are known for {copy.symbol}, so this liquidation "
            "price stands on an estimated maintenance-margin table. Import the contract's "
            "brackets (tradermanager prices brackets import FILE) or connect the exchange "
            "for the exact price (docs/execution.md)."
        ),
    )


def position_row(
    copy: Copy, live: LiveCopyRecord | None = None, *, estimated: bool = False
) -> list[Cell]:
    """One row under POSITION_HEADERS; ``live``: the live copy this is (its mode, and its
    status and note as the exchange left them), None for a paper copy; ``estimated``: its
    liquidation price stands on the estimated bracket table."""
    closed = isinstance(copy, ClosedCopy)
    if isinstance(copy, ClosedCopy):
        status = exit_words(copy.exit_reason.value)
        unrealised: float | None = None
        realised = copy.pnl
        mark_or_exit = copy.exit_price
        closed_at: int | None = copy.exit_time
    else:
        status = "open" if live is None else status_words(live)
        unrealised, realised = copy.unrealized_pnl, copy.realized_pnl
        mark_or_exit = copy.mark_price
        closed_at = None
    side_colour = fmt.GAIN if copy.side.value == "long" else fmt.LOSS
    targets = targets_text(copy)
    note = live.note if live is not None and live.note else fmt.DASH
    status_cell = Cell(
        status,
        f"{int(closed)} {status}",
        fmt.LOSS if status == "liquidated" else None,
        False,
        "" if live is None else live.note,
    )
    return [
        replace(Cell.label(copy.trader), ref=live),
        mode_cell(PAPER if live is None else LIVE),
        Cell.label(copy.symbol),
        Cell(copy.side.value, copy.side.value, side_colour, False),
        price_cell(copy.entry_price),
        price_cell(copy.quantity),
        price_cell(copy.stop_loss),
        price_cell(copy.trailing_stop if isinstance(copy, OpenCopy) else None),
        Cell(targets, targets, None, False),
        liquidation_cell(copy, estimated),
        cells.money(unrealised, signed=True, tone=True),
        status_cell,
        cells.money(realised, signed=True, tone=True),
        price_cell(mark_or_exit),
        cells.times(copy.leverage),
        cells.money(copy.margin),
        cells.money(copy.fees),
        cells.money(copy.funding, signed=True),
        when_cell(copy.entry_time),
        when_cell(closed_at),
        Cell(note, note, None, False, note if live is not None else ""),
    ]


def fill_row(copy: Copy, fill: Fill, mode: str = PAPER) -> list[Cell]:
    """A filled order under ORDER_HEADERS: buys open longs and close shorts."""
    buy = (fill.kind.value == "entry") == (copy.side.value == "long")
    kind = "entry" if fill.kind.value == "entry" else "exit"
    return [
        Cell.label(copy.trader),
        mode_cell(mode),
        Cell.label(copy.symbol),
        Cell(kind, kind, None, False),
        Cell("buy" if buy else "sell", None, fmt.GAIN if buy else fmt.LOSS, False),
        price_cell(fill.price),
        price_cell(fill.quantity),
        cells.money(fill.fee),
        Cell("filled", "1 filled", None, False),
        Cell.label(exit_words(fill.reason) + (" (maker)" if fill.maker else "")),
        when_cell(fill.time),
    ]


def order_rows(copies: Sequence[Copy], live: LiveCopies = NO_LIVE) -> list[list[Cell]]:
    """Working orders first (paper: open positions' stops and targets not reached; live:
    every order resting on the exchange or not yet answered), then every fill and every
    finished live order (canceled, rejected, triggered, …), newest first. ``copies`` are
    the paper copies; the live ones and their orders come in ``live``."""
    rows: list[list[Cell]] = []
    for copy in copies:
        if isinstance(copy, OpenCopy):
            for order in resting_orders(copy):
                rows.append(
                    [
                        Cell.label(copy.trader),
                        mode_cell(PAPER),
                        Cell.label(copy.symbol),
                        Cell.label(ORDER_WORDS.get(order.kind, order.kind)),
                        Cell(
                            order.side, None, fmt.GAIN if order.side == "buy" else fmt.LOSS, False
                        ),
                        price_cell(order.price),
                        price_cell(order.quantity),
                        Cell(fmt.DASH, cells.LOWEST),
                        Cell("open", "0 open", fmt.WARN, False),
                        Cell("reduce-only", None, None, False),
                        Cell(fmt.DASH, "", None, False),
                    ]
                )
    name = lambda order: live.names.get(order.trader_id or -1, fmt.DASH)  # noqa: E731
    rows.extend(order_row(o, name(o)) for o in live.orders if working(o))
    live_copies = [r.copy for r in live.records if r.copy is not None]
    dated: list[tuple[int, list[Cell]]] = [
        (fill.time, fill_row(copy, fill, mode))
        for group, mode in ((copies, PAPER), (live_copies, LIVE))
        for copy in group
        for fill in copy.fills
    ]
    dated.extend(
        (o.updated_ms, order_row(o, name(o)))
        for o in live.orders
        if not working(o) and o.state is not IntendedState.FILLED
    )
    dated.sort(key=lambda tr: -tr[0])
    rows.extend(row for _, row in dated)
    return rows


class CopiesTable(PortfolioTable):
    """A positions or orders table; ``with_trader=False`` hides the Trader column (the card
    shows one trader). Columns size to their content and the table scrolls sideways when they
    do not fit, so no figure is cut."""

    def __init__(self, name: str, headers: Sequence[str], csv_name: str, with_trader: bool):
        super().__init__(name, headers, csv_name)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setColumnHidden(0, not with_trader)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)


class PositionsTable(CopiesTable):
    def __init__(self, name: str, csv_name: str, *, with_trader: bool = True) -> None:
        super().__init__(name, POSITION_HEADERS, csv_name, with_trader)

    def show_copies(
        self,
        copies: Sequence[Copy],
        live: LiveCopies = NO_LIVE,
        estimated: Collection[str] = frozenset(),
    ) -> None:
        """Open positions first (live ones, then paper), then closed ones newest first; a
        live copy that never held a position (pending, refused, failed, canceled) sits with
        the open ones while it may still be sent, else among the closed by its time.
        ``estimated``: the tokens whose paper liquidation prices stand on the estimated
        bracket table (marked "≈")."""
        columns = {name: i for i, name in enumerate(POSITION_HEADERS)}
        width = len(POSITION_HEADERS)
        open_rows: list[list[Cell]] = []
        dated: list[tuple[int, list[Cell]]] = []
        for record in live.records:
            copy = record.copy
            if isinstance(copy, OpenCopy):
                open_rows.append(position_row(copy, record))
            elif isinstance(copy, ClosedCopy):
                dated.append((copy.exit_time, position_row(copy, record)))
            elif record.status == "pending":
                open_rows.append(unfilled_row(record, width, columns))
            else:
                dated.append((record.updated_ms, unfilled_row(record, width, columns)))
        open_rows.extend(
            position_row(c, estimated=c.symbol in estimated)
            for c in copies
            if isinstance(c, OpenCopy)
        )
        dated.extend(
            (c.exit_time, position_row(c, estimated=c.symbol in estimated))
            for c in copies
            if isinstance(c, ClosedCopy)
        )
        dated.sort(key=lambda tr: -tr[0])
        self.set_rows([*open_rows, *(row for _, row in dated)])


class OrdersTable(CopiesTable):
    def __init__(self, name: str, csv_name: str, *, with_trader: bool = True) -> None:
        super().__init__(name, ORDER_HEADERS, csv_name, with_trader)

    def show_copies(self, copies: Sequence[Copy], live: LiveCopies = NO_LIVE) -> None:
        self.set_rows(order_rows(copies, live))
