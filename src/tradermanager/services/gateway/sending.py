"""Sending an order without blind retries, and reading its state back from the exchange.

A placement whose outcome is unknown (a timeout, a lost connection, a 5xx, a rate limit) is
looked up by its client id; found, it is recorded; not found after a few looks spread over a
few seconds (an order can take a moment to become visible), it is sent again *with the same
id*, which the exchange refuses if the first one did arrive after all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from tradermanager.domain.live_orders import IntendedOrder, IntendedState
from tradermanager.exchange.connector import ExchangeConnector
from tradermanager.exchange.errors import (
    DuplicateClientIdError,
    ExchangeError,
    OrderNotFoundError,
    OrderRejectedError,
    OutcomeUnknownError,
    RateLimitedError,
)
from tradermanager.exchange.models import (
    OrderKind,
    OrderRequest,
    OrderSide,
    OrderState,
    OrderStatus,
)
from tradermanager.services.gateway.records import OrderRecords

log = logging.getLogger(__name__)

CANCELED_BY_HAND = "canceled on the exchange, not by the app"

_FROM_EXCHANGE = {
    OrderStatus.OPEN: IntendedState.OPEN,
    OrderStatus.FILLED: IntendedState.FILLED,
    OrderStatus.CANCELED: IntendedState.CANCELED,
    OrderStatus.REJECTED: IntendedState.REJECTED,
    OrderStatus.EXPIRED: IntendedState.EXPIRED,
    OrderStatus.TRIGGERED: IntendedState.TRIGGERED,
}


class OrderSender:
    """``lookups``: how many times an unknown outcome is looked up, ``lookup_delay`` seconds
    apart, before the order is taken as not placed; ``max_backoff`` caps a rate-limit wait."""

    def __init__(
        self,
        records: OrderRecords,
        connector: ExchangeConnector,
        *,
        lookups: int,
        lookup_delay: float,
        max_backoff: float,
        sleep: Callable[[float], None],
    ) -> None:
        self._records = records
        self.connector = connector
        self._lookups = lookups
        self._lookup_delay = lookup_delay
        self._max_backoff = max_backoff
        self._sleep = sleep

    def back_off(self, exc: RateLimitedError) -> None:
        self._sleep(min(exc.retry_after, self._max_backoff))

    @staticmethod
    def request(order: IntendedOrder) -> OrderRequest:
        return OrderRequest(
            symbol=order.symbol,
            side=OrderSide(order.side),
            kind=OrderKind(order.kind),
            quantity=order.quantity,
            client_id=order.client_id,
            price=order.price,
            trigger_price=order.trigger_price,
            reduce_only=order.reduce_only,
        )

    def send(self, order: IntendedOrder) -> IntendedOrder:
        records = self._records
        order = records.save(replace(order, state=IntendedState.SENT, attempts=order.attempts + 1))
        try:
            state = self.connector.place(self.request(order))
        except DuplicateClientIdError:
            return self.resolve(order)  # an earlier attempt did arrive
        except OrderRejectedError as exc:
            return records.failed(
                records.save(replace(order, state=IntendedState.REJECTED, note=str(exc)))
            )
        except RateLimitedError as exc:
            self.back_off(exc)
            return self.resolve(replace(order, note=str(exc)))
        except (OutcomeUnknownError, ExchangeError) as exc:
            order = records.save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
            return self.resolve(order)
        return self.apply(order, state)

    def apply(self, order: IntendedOrder, state: OrderState) -> IntendedOrder:
        """Record what the exchange says of ``order``."""
        found = _FROM_EXCHANGE[state.status]
        if order.state is IntendedState.CANCELING and found is IntendedState.OPEN:
            found = IntendedState.CANCELING  # still resting: the cancel is still wanted
        return self._records.save(
            replace(
                order,
                state=found,
                exchange_id=state.exchange_id,
                filled=state.filled,
                average_price=state.average_price,
                actual_order_id=state.actual_order_id or order.actual_order_id,
            )
        )

    def lookup(self, order: IntendedOrder) -> OrderState | None:
        """The exchange's answer for this client id; None when it has no such order after
        ``lookups`` tries. Rate limits and connection trouble wait and look again."""
        conditional = OrderKind(order.kind).conditional
        misses = 0
        while True:
            try:
                return self.connector.order_by_client_id(
                    order.symbol, order.client_id, conditional=conditional
                )
            except OrderNotFoundError:
                misses += 1
                if misses >= self._lookups:
                    return None
                self._sleep(self._lookup_delay)
            except RateLimitedError as exc:
                self.back_off(exc)
            except OutcomeUnknownError:
                misses += 1
                if misses >= self._lookups * 3:
                    raise
                self._sleep(self._lookup_delay)

    def resolve(self, order: IntendedOrder) -> IntendedOrder:
        """Act on what the exchange knows of ``order``: record it, or (not there) send it
        again under the same client id. Leaves it UNKNOWN when the exchange cannot be asked."""
        records = self._records
        for _ in range(3):
            try:
                found = self.lookup(order)
            except ExchangeError as exc:
                return records.failed(
                    records.save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
                )
            if found is not None:
                return self.apply(order, found)
            log.info("order %s is not on the exchange; sending it again", order.client_id)
            order = records.save(
                replace(order, state=IntendedState.SENT, attempts=order.attempts + 1)
            )
            try:
                return self.apply(order, self.connector.place(self.request(order)))
            except DuplicateClientIdError:
                continue
            except OrderRejectedError as exc:
                return records.failed(
                    records.save(replace(order, state=IntendedState.REJECTED, note=str(exc)))
                )
            except ExchangeError as exc:
                order = records.save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
        return records.failed(records.save(replace(order, state=IntendedState.UNKNOWN)))

    def refresh(self, order: IntendedOrder) -> IntendedOrder:
        """Read a resting order's state; unchanged when the exchange cannot be asked. A
        resting order found canceled that the app never asked to cancel was canceled by hand
        (the user, in the exchange's app): its note says so."""
        try:
            state = self.connector.order_by_client_id(
                order.symbol, order.client_id, conditional=OrderKind(order.kind).conditional
            )
        except ExchangeError:
            return order
        if order.state is IntendedState.OPEN and state.status is OrderStatus.CANCELED:
            order = replace(order, note=CANCELED_BY_HAND)
        return self.apply(order, state)

    def current(self, order: IntendedOrder) -> IntendedOrder:
        """``order`` as the exchange has it now: an unsettled one resolved, a resting one read."""
        if order.state in (IntendedState.INTENDED, IntendedState.SENT, IntendedState.UNKNOWN):
            return self.resolve(order)
        if order.state in (IntendedState.OPEN, IntendedState.CANCELING):
            return self.refresh(order)
        return order

    def settle_legs(self, entry: IntendedOrder) -> list[IntendedOrder]:
        """Every order of the copy besides its entry, as the exchange has it now."""
        for leg in self._records.legs(entry):
            if leg.state in (IntendedState.OPEN, IntendedState.CANCELING):
                self.refresh(leg)
            elif leg.state in (IntendedState.SENT, IntendedState.UNKNOWN):
                self.resolve(leg)
        return self._records.legs(entry)

    def cancel(self, order: IntendedOrder) -> IntendedOrder:
        """Take ``order`` off the exchange: the cancel is recorded before it is sent, and the
        outcome is read back from the exchange (a cancel whose answer was lost is looked up;
        an order still resting stays marked for cancelling, and the next resume tries again)."""
        records = self._records
        if order.state is IntendedState.INTENDED:  # never sent: nothing to take off
            return records.save(
                replace(order, state=IntendedState.REFUSED, note="withdrawn before it was sent")
            )
        if order.state.final:
            return order
        if order.state is not IntendedState.CANCELING:
            order = records.save(replace(order, state=IntendedState.CANCELING))
        conditional = OrderKind(order.kind).conditional
        try:
            self.connector.cancel(order.symbol, order.client_id, conditional=conditional)
        except OrderNotFoundError:
            pass  # already gone (filled, fired, expired): read its final state
        except RateLimitedError as exc:
            self.back_off(exc)
        except ExchangeError as exc:
            log.info("cancel of %s unconfirmed (%s); looking it up", order.client_id, exc)
        try:
            found = self.lookup(order)
        except ExchangeError as exc:
            return records.save(replace(order, note=f"cancel unconfirmed: {exc}"))
        if found is None:
            return records.save(replace(order, state=IntendedState.CANCELED))
        return self.apply(order, found)
