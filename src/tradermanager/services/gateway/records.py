"""The gateway's intended orders as written to SQLite, and who hears of a failed one."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from tradermanager.domain.clock import Clock
from tradermanager.domain.live_orders import IntendedOrder, Leg, client_order_id
from tradermanager.store import intended_orders as repo
from tradermanager.store.connection import Store

log = logging.getLogger(__name__)


class OrderRecords:
    """Reads and writes a copy's intended orders. ``on_failure`` hears of every order the
    exchange refused or rejected and every order whose outcome stayed unknown (once each);
    it must not raise."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        on_failure: Callable[[IntendedOrder], None] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._on_failure = on_failure
        self._reported: set[str] = set()
        with store.write():
            self._namespace = repo.order_namespace()

    def client_id(self, signal_ref: str, leg: str, revision: int = 0) -> str:
        """The client order id of a copy's leg, in this database's namespace."""
        return client_order_id(signal_ref, leg, revision, namespace=self._namespace)

    def now_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One transaction for several records (a whole ladder before its first request)."""
        with self._store.write():
            yield

    def record(self, order: IntendedOrder) -> IntendedOrder:
        with self._store.write():
            return repo.insert(order)

    def save(self, order: IntendedOrder) -> IntendedOrder:
        with self._store.write():
            return repo.save(replace(order, updated_ms=self.now_ms()))

    def failed(self, order: IntendedOrder) -> IntendedOrder:
        """Tell ``on_failure`` of a refused, rejected or still-unknown order (once each)."""
        if self._on_failure is not None and order.client_id not in self._reported:
            self._reported.add(order.client_id)
            try:
                self._on_failure(order)
            except Exception:  # a failing listener must not stop the order flow
                log.exception("reporting the failed order %s failed", order.client_id)
        return order

    def get(self, client_id: str) -> IntendedOrder | None:
        return repo.get(client_id)

    def orders_for(self, signal_ref: str) -> list[IntendedOrder]:
        return repo.for_signal(signal_ref)

    def entry_of(self, signal_ref: str) -> IntendedOrder | None:
        return next((o for o in self.orders_for(signal_ref) if o.leg == Leg.ENTRY.value), None)

    def legs(self, entry: IntendedOrder) -> list[IntendedOrder]:
        """Every order of the copy besides its entry, as recorded."""
        return [o for o in self.orders_for(entry.signal_ref) if o.leg != Leg.ENTRY.value]

    def unsettled(self) -> list[IntendedOrder]:
        return repo.unsettled()

    def all_orders(self) -> list[IntendedOrder]:
        return repo.all_orders()
