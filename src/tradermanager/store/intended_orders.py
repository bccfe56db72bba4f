"""Intended live orders: written before sending, updated from what the exchange reports."""

from __future__ import annotations

import json
import secrets
from decimal import Decimal

from tradermanager.domain.live_orders import IntendedOrder, IntendedState
from tradermanager.store.models import IntendedOrderRow, SettingRow

NAMESPACE_KEY = "order_id_namespace"


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _to_domain(row: IntendedOrderRow) -> IntendedOrder:
    return IntendedOrder(
        client_id=row.client_id,
        signal_ref=row.signal_ref,
        leg=row.leg,
        trader_id=row.trader_id,
        symbol=row.symbol,
        side=row.side,
        kind=row.kind,
        quantity=Decimal(row.quantity),
        price=_dec(row.price),
        trigger_price=_dec(row.trigger_price),
        reduce_only=bool(row.reduce_only),
        leverage=row.leverage,
        state=IntendedState(row.state),
        exchange_id=row.exchange_id,
        filled=Decimal(row.filled),
        average_price=_dec(row.average_price),
        attempts=row.attempts,
        note=row.note,
        ladder=row.ladder,
        created_ms=row.created_ms,
        updated_ms=row.updated_ms,
        actual_order_id=row.actual_order_id,
    )


def order_namespace() -> str:
    """This database's client-order-id namespace, drawn on first use (call inside a write).
    A database that recorded orders before namespaces existed keeps the empty one, so the
    ids of its orders on the exchange stay the ones it derives."""
    row = SettingRow.get_or_none(SettingRow.key == NAMESPACE_KEY)
    if row is None:
        namespace = "" if IntendedOrderRow.select().exists() else secrets.token_hex(4)
        SettingRow.insert(key=NAMESPACE_KEY, value=json.dumps(namespace)).execute()
        return namespace
    return str(json.loads(row.value))


def insert(order: IntendedOrder) -> IntendedOrder:
    """Record a new intended order (call inside a write); the client id must be new."""
    IntendedOrderRow.create(
        client_id=order.client_id,
        signal_ref=order.signal_ref,
        leg=order.leg,
        trader_id=order.trader_id,
        symbol=order.symbol,
        side=order.side,
        kind=order.kind,
        quantity=_text(order.quantity),
        price=_text(order.price),
        trigger_price=_text(order.trigger_price),
        reduce_only=order.reduce_only,
        leverage=order.leverage,
        state=order.state.value,
        exchange_id=order.exchange_id,
        filled=_text(order.filled),
        average_price=_text(order.average_price),
        attempts=order.attempts,
        note=order.note,
        ladder=order.ladder,
        created_ms=order.created_ms,
        updated_ms=order.updated_ms,
        actual_order_id=order.actual_order_id,
    )
    return order


def save(order: IntendedOrder) -> IntendedOrder:
    """Write the changing fields of an existing record (call inside a write)."""
    IntendedOrderRow.update(
        state=order.state.value,
        exchange_id=order.exchange_id,
        filled=_text(order.filled),
        average_price=_text(order.average_price),
        attempts=order.attempts,
        note=order.note,
        ladder=order.ladder,
        updated_ms=order.updated_ms,
        actual_order_id=order.actual_order_id,
    ).where(IntendedOrderRow.client_id == order.client_id).execute()
    return order


def get(client_id: str) -> IntendedOrder | None:
    row = IntendedOrderRow.get_or_none(IntendedOrderRow.client_id == client_id)
    return None if row is None else _to_domain(row)


def for_signal(signal_ref: str) -> list[IntendedOrder]:
    rows = IntendedOrderRow.select().where(IntendedOrderRow.signal_ref == signal_ref)
    return [_to_domain(r) for r in rows.order_by(IntendedOrderRow.id)]


def unsettled() -> list[IntendedOrder]:
    """Orders whose last known state is not final (sent, unknown, open, not yet sent)."""
    states = [s.value for s in IntendedState if not s.final]
    rows = IntendedOrderRow.select().where(IntendedOrderRow.state.in_(states))
    return [_to_domain(r) for r in rows.order_by(IntendedOrderRow.id)]


def for_trader(trader_id: int | None = None) -> list[IntendedOrder]:
    """Every recorded order (of one trader), oldest first."""
    query = IntendedOrderRow.select()
    if trader_id is not None:
        query = query.where(IntendedOrderRow.trader_id == trader_id)
    return [_to_domain(r) for r in query.order_by(IntendedOrderRow.id)]


def all_orders() -> list[IntendedOrder]:
    return [_to_domain(r) for r in IntendedOrderRow.select().order_by(IntendedOrderRow.id)]
