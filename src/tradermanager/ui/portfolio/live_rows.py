"""Live copies in the positions and orders tables, beside the paper ones: what the exchange
booked for each copy (as of the last reconciliation, which books fills every minute), the
copies that never held a position (pending, refused, failed, canceled) with the reason, and
every order sent for them with what the exchange last said.

:func:`read_live` reads the database only (no request to the exchange), so the window runs
it on a pool thread beside the paper read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from tradermanager.domain.live_orders import IntendedOrder, IntendedState, Leg
from tradermanager.domain.number_text import price
from tradermanager.domain.tokens import normalise_token
from tradermanager.services import Services
from tradermanager.services.live_copies import LiveCopyRecord
from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.tables import Cell

LIVE = "Live"
PAPER = "Paper"
STATUS_WORDS = {  # a live copy's status as the table says it
    "pending": "pending (not sent yet)",
    "resting": "resting (limit entry)",
    "refused": "refused",
    "failed": "failed",
    "canceled": "entry canceled",
}
ORDER_KINDS = {
    "market": "market",
    "limit": "limit",
    "stop_market": "market",
    "take_profit_market": "market",
}


@dataclass(frozen=True, slots=True)
class LiveCopies:
    """What the tables show of live copies: the copies and the orders sent for them."""

    records: Sequence[LiveCopyRecord] = ()
    orders: Sequence[IntendedOrder] = ()
    names: Mapping[int, str] = field(default_factory=dict)  # trader id → name

    def __bool__(self) -> bool:
        return bool(self.records or self.orders)


NO_LIVE = LiveCopies()


def read_live(services: Services, trader_id: int | None = None) -> LiveCopies:
    """Every live copy (of one trader) and its orders as stored; database reads only."""
    live = services.live_copies
    if not live.has_copies():
        return NO_LIVE
    names = {
        t.id: t.name for t in services.traders.list() + services.traders.list(status="archived")
    }
    return LiveCopies(live.records(trader_id), live.orders(trader_id), names)


def mode_cell(mode: str) -> Cell:
    """ "Live" stands out (real money on the exchange); "Paper" does not."""
    return Cell(mode, mode.lower(), fmt.WARN if mode == LIVE else None, False)


def status_words(record: LiveCopyRecord) -> str:
    return STATUS_WORDS.get(record.status, record.status)


def unfilled_row(record: LiveCopyRecord, width: int, columns: Mapping[str, int]) -> list[Cell]:
    """A live copy that never held a position: its token, side, what became of it and why;
    the figures a fill would give stay blank."""
    row = [Cell(fmt.DASH, cells.LOWEST) for _ in range(width)]
    bad = record.status in ("refused", "failed")
    row[columns["Trader"]] = replace(Cell.label(record.trader), ref=record)
    row[columns["Mode"]] = mode_cell(LIVE)
    row[columns["Token"]] = Cell.label(normalise_token(record.symbol))
    row[columns["Side"]] = Cell(
        record.side.value,
        record.side.value,
        fmt.GAIN if record.side.value == "long" else fmt.LOSS,
        False,
    )
    status = status_words(record)
    colour = fmt.LOSS if bad else fmt.WARN
    row[columns["Status"]] = Cell(status, f"2 {status}", colour, False, record.note)
    row[columns["Note"]] = Cell(record.note or fmt.DASH, record.note, None, False, record.note)
    return row


def _leg_words(order: IntendedOrder) -> str:
    leg = order.leg
    if leg.startswith(Leg.STOP.value):
        what = "stop"
    elif leg.startswith(Leg.TAKE_PROFIT.value):
        what = "take-profit " + "".join(ch for ch in leg[2:].split("r")[0] if ch.isdigit())
    elif leg.startswith(Leg.CLOSE.value):
        what = "close"
    else:
        what = "entry"
    kind = ORDER_KINDS.get(order.kind, order.kind.replace("_", " "))
    return f"{what.strip()} ({kind})"


def _status(order: IntendedOrder) -> str:
    state = order.state.value
    if order.filled > 0 and order.state is not IntendedState.FILLED:
        return f"{state}, {order.filled.normalize():f} filled"
    return state


def _order_price(order: IntendedOrder) -> float | None:
    for value in (order.trigger_price, order.price, order.average_price):
        if value is not None:
            return float(value)
    return None


def order_row(order: IntendedOrder, trader: str) -> list[Cell]:
    """An order sent (or meant to be sent) for a live copy, under ORDER_HEADERS."""
    buy = order.side == "buy"
    active = working(order)
    failed = order.state in (IntendedState.REJECTED, IntendedState.REFUSED)
    colour = fmt.WARN if active else fmt.LOSS if failed else None
    status = _status(order)
    reason = order.note or ("reduce-only" if order.reduce_only else fmt.DASH)
    value = _order_price(order)
    moment = datetime.fromtimestamp(order.updated_ms / 1000, UTC) if order.updated_ms else None
    return [
        Cell.label(trader),
        mode_cell(LIVE),
        Cell.label(normalise_token(order.symbol)),
        Cell.label(_leg_words(order)),
        Cell(order.side, None, fmt.GAIN if buy else fmt.LOSS, False),
        Cell(price(value), cells.LOWEST if value is None else value),
        Cell(price(float(order.quantity)), float(order.quantity)),
        Cell(fmt.DASH, cells.LOWEST),
        Cell(status, f"{0 if active else 2} {status}", colour, False, order.note),
        Cell(reason, reason.lower(), None, False, order.note),
        Cell(
            moment.strftime("%Y-%m-%d %H:%M") if moment else fmt.DASH,
            moment.isoformat() if moment else "",
            None,
            False,
        ),
    ]


def working(order: IntendedOrder) -> bool:
    """Resting on the exchange, on its way, or not yet found after a timeout."""
    return order.state.working or order.state in (IntendedState.SENT, IntendedState.UNKNOWN)
