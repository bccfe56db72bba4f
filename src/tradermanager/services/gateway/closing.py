"""Closing a copy with reduce-only market orders, and cancelling or settling single orders
(the kill switch, a source's close, a refused stop)."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from decimal import Decimal

from tradermanager.domain.live_orders import (
    IntendedOrder,
    IntendedState,
    Leg,
    is_close,
)
from tradermanager.exchange.errors import ExchangeError, OrderNotFoundError
from tradermanager.exchange.models import OrderKind, OrderSide
from tradermanager.exchange.symbol_rules import round_quantity
from tradermanager.services.gateway.plans import remaining
from tradermanager.services.gateway.records import OrderRecords
from tradermanager.services.gateway.sending import OrderSender

log = logging.getLogger(__name__)


def close_side(entry: IntendedOrder) -> OrderSide:
    return OrderSide.SELL if entry.side == OrderSide.BUY.value else OrderSide.BUY


class CopyCloser:
    def __init__(self, records: OrderRecords, sender: OrderSender) -> None:
        self._records = records
        self._sender = sender

    def record_close(
        self, entry: IntendedOrder, client_id: str, leg: str, quantity: Decimal, note: str = ""
    ) -> IntendedOrder:
        """A reduce-only market order for ``quantity`` of the copy, recorded (not sent)."""
        now = self._records.now_ms()
        return self._records.record(
            IntendedOrder(
                client_id=client_id,
                signal_ref=entry.signal_ref,
                leg=leg,
                trader_id=entry.trader_id,
                symbol=entry.symbol,
                side=close_side(entry).value,
                kind=OrderKind.MARKET.value,
                quantity=quantity,
                price=None,
                trigger_price=None,
                reduce_only=True,
                leverage=entry.leverage,
                state=IntendedState.INTENDED,
                note=note,
                created_ms=now,
                updated_ms=now,
            )
        )

    def close_share(
        self, entry: IntendedOrder, action_ref: str, fraction: Decimal, why: str = ""
    ) -> tuple[IntendedOrder, str]:
        """Close ``fraction`` (0 < f ≤ 1) of what the copy holds under the client id of the
        follow-up ``action_ref``; a whole close first cancels an entry still resting. ``why``
        leads the close's note (a target reached). Returns the entry to continue from and
        why nothing was closed ("" when a close was sent)."""
        sender = self._sender
        client_id = self._records.client_id(action_ref, "x")
        order = self._records.get(client_id)
        note = ""
        if order is None:
            entry = sender.current(entry)
            whole = fraction >= 1
            if whole and entry.state in (IntendedState.OPEN, IntendedState.CANCELING):
                entry = sender.cancel(entry)
            held = remaining(entry, sender.settle_legs(entry))
            rules = sender.connector.symbol_rules(entry.symbol)
            quantity = held if whole else round_quantity(rules, held * fraction)
            if quantity <= 0 or quantity < rules.min_quantity:
                note = (
                    "nothing is held to close"
                    if held <= 0
                    else f"{fraction:%} of {held.normalize():f} is below the "
                    f"minimum quantity {rules.min_quantity.normalize():f}: nothing closed"
                )
                return entry, note
            note = f"{why}: {action_ref}" if why else action_ref
            order = self.record_close(entry, client_id, Leg.CLOSE.value, quantity, note)
        if order.state is IntendedState.INTENDED:
            order = sender.send(order)
        elif order.state in (IntendedState.SENT, IntendedState.UNKNOWN):
            order = sender.resolve(order)
        if order.state is IntendedState.REJECTED:
            note = f"the close was refused: {order.note}"
        return self._records.entry_of(entry.signal_ref) or entry, note

    def close_copy(self, entry: IntendedOrder, quantity: Decimal, why: str = "") -> IntendedOrder:
        """Close ``quantity`` under the copy's next closing id (``-x``, ``-xr1``, …); ``why``
        (an exit reason) is the close's note. A remainder left working after a partial fill
        is cancelled."""
        rules = self._sender.connector.symbol_rules(entry.symbol)
        revision = sum(1 for o in self._records.orders_for(entry.signal_ref) if is_close(o.leg))
        close = self.record_close(
            entry,
            self._records.client_id(entry.signal_ref, "x", revision),
            Leg.CLOSE.value if revision == 0 else f"{Leg.CLOSE.value}r{revision}",
            quantity.quantize(rules.step_size),
            why,
        )
        close = self._sender.send(close)
        if close.state is IntendedState.OPEN:
            try:
                close = self.cancel_order(close)
            except ExchangeError as exc:
                log.warning("the rest of close %s stays working: %s", close.client_id, exc)
        return close

    def cancel_order(self, order: IntendedOrder) -> IntendedOrder:
        """Cancel one recorded order and record its final state (an order the exchange never
        had, or that finished meanwhile, is recorded as the exchange reports it)."""
        records, sender = self._records, self._sender
        if order.state is IntendedState.INTENDED:
            return records.save(replace(order, state=IntendedState.CANCELED, note="not sent"))
        if order.state is IntendedState.OPEN:  # the cancel is on disk before it is sent
            order = records.save(replace(order, state=IntendedState.CANCELING))
        conditional = OrderKind(order.kind).conditional
        with contextlib.suppress(OrderNotFoundError):  # already gone: read its final state
            sender.connector.cancel(order.symbol, order.client_id, conditional=conditional)
        try:
            state = sender.connector.order_by_client_id(
                order.symbol, order.client_id, conditional=conditional
            )
        except OrderNotFoundError:
            if order.state in (IntendedState.SENT, IntendedState.UNKNOWN):
                raise  # it may still appear: the caller must not take it as gone
            return records.save(replace(order, state=IntendedState.CANCELED))
        return sender.apply(order, state)

    def settle(self, order: IntendedOrder) -> IntendedOrder:
        """Learn what became of a sent order whose outcome is unknown, without sending it
        again: found, it is recorded; not found after the lookups, it stays UNKNOWN."""
        records, sender = self._records, self._sender
        if order.state is IntendedState.OPEN:
            return sender.refresh(order)
        if order.state not in (IntendedState.SENT, IntendedState.UNKNOWN):
            return order
        try:
            found = sender.lookup(order)
        except ExchangeError as exc:
            return records.save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
        if found is None:
            return records.save(replace(order, state=IntendedState.UNKNOWN))
        return sender.apply(order, found)
