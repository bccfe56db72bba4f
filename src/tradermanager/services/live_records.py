"""Booking the exchange's fills and funding into live copies, and reading a copy back as the
engine's open or closed copy. The formulas are in :mod:`tradermanager.domain.live_booking`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tradermanager.domain.engine import ClosedCopy, ExitReason, Fill, OpenCopy
from tradermanager.domain.engine.results import FillKind
from tradermanager.domain.enums import Side
from tradermanager.domain.live_booking import BookedFill, book, funding_shares, held_at
from tradermanager.domain.live_orders import TARGET_REACHED, IntendedOrder, Leg
from tradermanager.domain.tokens import normalise_token
from tradermanager.exchange.models import OrderKind
from tradermanager.services.live_external import book_external
from tradermanager.store import live_positions as repo
from tradermanager.store.connection import Store
from tradermanager.store.live_models import LiveFillRow, LivePositionRow

if TYPE_CHECKING:
    from tradermanager.services.live_copies import SyncReport
    from tradermanager.services.order_gateway import OrderGateway

LOOK_BACK_MS = 60_000  # fills are asked for from a minute before the copy was requested


_STOP_REASONS = (ExitReason.TRAILING_STOP.value, ExitReason.BREAK_EVEN.value)
# What the kill switch writes as a close's note: who closed the copy.
_SWITCH_REASONS = (
    ExitReason.MANUAL.value,
    ExitReason.DAILY_LOSS_LIMIT.value,
    ExitReason.COPY_STOP.value,
)


def exit_reason(order: IntendedOrder) -> str:
    """Why a fill of ``order`` closed: a stop (moved to break-even, or trailing, as its note
    says), a take-profit, a target the source said was reached, the kill switch (the user, a
    daily loss limit or a copy stop-loss, as its note says), or a close by the source."""
    if order.leg.startswith(Leg.STOP.value):
        return order.note if order.note in _STOP_REASONS else ExitReason.STOP_LOSS.value
    if order.leg.startswith(Leg.TAKE_PROFIT.value) or order.note.startswith(TARGET_REACHED):
        return ExitReason.TAKE_PROFIT.value
    if "stop was refused" in order.note:
        named = next((r for r in _STOP_REASONS if order.note.endswith(f"[{r}]")), None)
        return named or ExitReason.STOP_LOSS.value
    if order.note in _SWITCH_REASONS:
        return order.note
    return ExitReason.CLOSE_SIGNAL.value


def _order_ids(orders: Sequence[IntendedOrder]) -> dict[str, IntendedOrder]:
    """Exchange order id → the intended order whose fills carry it (a stop or take-profit
    that fired: the market order it placed)."""
    out = {}
    for order in orders:
        key = order.actual_order_id if OrderKind(order.kind).conditional else order.exchange_id
        if key:
            out[key] = order
    return out


def _booked(rows: Sequence[LiveFillRow]) -> list[BookedFill]:
    return [
        BookedFill(r.time, r.kind == FillKind.ENTRY.value, r.price, r.quantity, r.fee, r.reason)
        for r in rows
    ]


def book_fills(
    store: Store,
    gateway: OrderGateway,
    now_ms: int,
    symbols: set[str] | None,
    *,
    funding: bool = True,
) -> SyncReport:
    """Book new fills (and, with ``funding``, funding) of the copies resting or open in
    ``symbols`` (None: all). Requests per symbol, not per copy: its open orders, its fills;
    then the positions once (and the funding income once)."""
    from tradermanager.services.live_copies import SyncReport

    rows = [
        r for r in repo.with_status(["resting", "open"]) if symbols is None or r.symbol in symbols
    ]
    if not rows:
        return SyncReport(0, 0, 0)
    connector = gateway.connector
    by_symbol: dict[str, list[LivePositionRow]] = defaultdict(list)
    for row in rows:
        by_symbol[row.symbol].append(row)
    orders: dict[int, list[IntendedOrder]] = {}
    for symbol, copies in by_symbol.items():
        resting = {o.client_id for o in connector.open_orders(symbol)}
        for row in copies:
            orders[row.id] = gateway.refresh(row.signal_ref, resting)
    booked = 0
    exchange_positions = connector.positions()
    held = {p.symbol: p.quantity for p in exchange_positions}
    for symbol, copies in by_symbol.items():
        owner = {}
        for row in copies:
            for order_id, order in _order_ids(orders[row.id]).items():
                owner[order_id] = (row, order)
        known = repo.booked_trade_ids(symbol)
        since = min(r.requested_ms for r in copies) - LOOK_BACK_MS
        every = [f for f in connector.my_fills(symbol, since) if f.trade_id not in known]
        fresh = [f for f in every if f.order_id in owner]
        foreign = [f for f in every if f.order_id not in owner]
        with store.write():
            for fill in fresh:
                row, order = owner[fill.order_id]
                entry = order.leg == Leg.ENTRY.value
                repo.insert_fill(
                    row.id,
                    symbol=symbol,
                    trade_id=fill.trade_id,
                    order_id=fill.order_id,
                    client_id=order.client_id,
                    time=fill.time_ms,
                    kind=(FillKind.ENTRY if entry else FillKind.EXIT).value,
                    reason=order.kind if entry else exit_reason(order),
                    price=float(fill.price),
                    quantity=float(fill.quantity),
                    fee=float(fill.fee),
                    realized_pnl=float(fill.realized_pnl),
                    maker=fill.maker,
                )
            booked += book_external(
                connector, symbol, copies, foreign, held.get(symbol, Decimal(0)), since
            )
        booked += len(fresh)
    fills = repo.fills_of([r.id for r in rows])
    shared = _book_funding(store, gateway, rows, fills) if funding else 0
    marks = {p.symbol: p.mark_price for p in exchange_positions}
    with store.write():
        for row in rows:
            _update_figures(row, fills[row.id], orders[row.id], marks, now_ms)
    return SyncReport(booked, shared, len(rows))


def _book_funding(
    store: Store,
    gateway: OrderGateway,
    rows: Sequence[LivePositionRow],
    fills: dict[int, list[LiveFillRow]],
) -> int:
    """Each funding settlement on a symbol is shared by the copies holding it then, by the
    quantity each held (copies are the app's part of one exchange position)."""
    since = min(r.requested_ms for r in rows) - LOOK_BACK_MS
    payments = gateway.connector.funding_payments(since)
    count = 0
    with store.write():
        for payment in payments:
            copies = [r for r in rows if r.symbol == payment.symbol]
            holdings = [held_at(_booked(fills[r.id]), payment.time_ms) for r in copies]
            for row, paid in zip(
                copies, funding_shares(float(payment.amount), holdings), strict=True
            ):
                if paid:
                    repo.insert_funding(row.id, payment.transaction_id, payment.time_ms, paid)
                    count += 1
    return count


def _update_figures(
    row: LivePositionRow,
    fills: Sequence[LiveFillRow],
    orders: Sequence[IntendedOrder],
    marks: Mapping[str, Decimal],
    now_ms: int,
) -> None:
    direction = Side(row.side).direction
    figures = book(direction, _booked(fills), repo.funding_of(row.id))
    entry = next((o for o in orders if o.leg == Leg.ENTRY.value), None)
    entry_working = entry is not None and entry.state.working
    status = row.status
    if figures.quantity == 0:
        if entry is not None and not entry_working and entry.filled == 0:
            status = "canceled"
    elif figures.closed and not entry_working:
        status = "closed"
    else:
        status = "open"
    mark = marks.get(row.symbol)
    mark_price = float(mark) if mark is not None else row.mark_price
    unrealized = (
        direction * figures.remaining * (mark_price - figures.entry_price)
        if mark_price is not None and figures.entry_price is not None and figures.remaining
        else 0.0
    )
    repo.update(
        row.id,
        status=status,
        quantity=figures.quantity,
        remaining=figures.remaining,
        entry_price=figures.entry_price,
        entry_time=figures.entry_time,
        exit_price=figures.exit_price,
        exit_time=figures.exit_time if status == "closed" else None,
        exit_reason=figures.exit_reason if status == "closed" else None,
        pnl=figures.pnl,
        fees=figures.fees,
        funding=figures.funding,
        mark_price=mark_price,
        unrealized_pnl=unrealized,
        updated_ms=now_ms,
    )


def to_copy(
    row: LivePositionRow, trader: str, fills: Sequence[LiveFillRow]
) -> OpenCopy | ClosedCopy | None:
    """The copy as the engine's open or closed copy; None when it never reached the exchange
    (pending, refused, failed) or its entry went without a fill."""
    if row.status not in ("resting", "open", "closed"):
        return None
    side = Side(row.side)
    entry_price = row.entry_price
    margin = (
        row.quantity * entry_price / row.leverage
        if entry_price is not None and row.quantity
        else row.margin
    )
    common: dict[str, Any] = {
        "trader": trader,
        "source_id": row.source_id,
        "symbol": normalise_token(row.symbol),  # the token, as paper copies name it
        "side": side,
        "leverage": row.leverage,
        "margin": margin,
        "quantity": row.quantity,
        "entry_price": entry_price,
        "entry_time": row.entry_time,
        "stop_loss": row.stop_loss,
        "take_profits": repo.parse_prices(row.take_profits),
        "liquidation_price": None,
        "fills": tuple(
            Fill(
                time=f.time,
                kind=FillKind(f.kind),
                price=f.price,
                quantity=f.quantity,
                fee=f.fee,
                maker=bool(f.maker),
                reason=f.reason,
            )
            for f in fills
        ),
        "fees": row.fees,
        "funding": row.funding,
    }
    if row.status == "closed":
        return ClosedCopy(
            **common,
            exit_price=row.exit_price,
            exit_time=row.exit_time or row.updated_ms,
            exit_reason=ExitReason(row.exit_reason or ExitReason.CLOSE_SIGNAL.value),
            pnl=row.pnl,
        )
    return OpenCopy(
        **common,
        remaining=row.remaining,
        mark_price=row.mark_price if row.mark_price is not None else (entry_price or 0.0),
        unrealized_pnl=row.unrealized_pnl or 0.0,
        realized_pnl=row.pnl,
    )


__all__ = ["book_fills", "to_copy"]
