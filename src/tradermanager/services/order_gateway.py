"""The one door every live order goes through.

For each intended order: a deterministic client order id (signal + leg) is written to SQLite
*before* the request is sent. A placement is never blindly retried: after a timeout, a lost
connection, a 5xx or a rate limit, the gateway asks the exchange for that client order id and
acts on the answer — found: record it; not found after a few looks spread over a few seconds
(an order can take a moment to become visible): send again *with the same id*, which the
exchange refuses if the first one did arrive after all. Leverage and isolated margin are set
per symbol before its first order; the stop and take-profit ladder go on the exchange as
reduce-only orders right after the entry fills, sized to what actually filled, so a copy stays
protected while the app is closed. :meth:`OrderGateway.resume` finishes what a restart cut
short.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from tradermanager.domain.clock import Clock
from tradermanager.domain.live_orders import (
    IntendedOrder,
    IntendedState,
    Leg,
    client_order_id,
)
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
from tradermanager.exchange.symbol_rules import round_price, size_entry, split_quantity
from tradermanager.store import intended_orders as repo
from tradermanager.store.connection import Store

log = logging.getLogger(__name__)

_FROM_EXCHANGE = {
    OrderStatus.OPEN: IntendedState.OPEN,
    OrderStatus.FILLED: IntendedState.FILLED,
    OrderStatus.CANCELED: IntendedState.CANCELED,
    OrderStatus.REJECTED: IntendedState.REJECTED,
    OrderStatus.EXPIRED: IntendedState.EXPIRED,
    OrderStatus.TRIGGERED: IntendedState.TRIGGERED,
}


@dataclass(frozen=True, slots=True)
class TakeProfit:
    price: Decimal
    share: Decimal  # fraction of the position closed at this price


@dataclass(frozen=True, slots=True)
class LiveCopyPlan:
    """A copy the pipeline decided to open live. ``quantity`` is the sized (unrounded) amount
    in the base asset; ``reference_price`` the expected fill (the mark for a market entry)."""

    signal_ref: str
    trader_id: int | None
    symbol: str
    long: bool
    quantity: Decimal
    reference_price: Decimal
    leverage: int
    stop_price: Decimal
    take_profits: tuple[TakeProfit, ...] = ()
    limit_price: Decimal | None = None


@dataclass(frozen=True, slots=True)
class LiveCopyResult:
    entry: IntendedOrder
    protection: tuple[IntendedOrder, ...]

    @property
    def refused(self) -> bool:
        return self.entry.state is IntendedState.REFUSED

    @property
    def protected(self) -> bool:
        """What filled and no stop or take-profit has closed yet has a working reduce-only
        stop on the exchange for at least that quantity."""
        closed = sum(
            (o.quantity for o in self.protection if o.state is IntendedState.TRIGGERED),
            Decimal(0),
        )
        remaining = self.entry.filled - closed
        if remaining <= 0:
            return True
        return any(
            o.leg.startswith(Leg.STOP.value)
            and o.state is IntendedState.OPEN
            and o.quantity >= remaining
            for o in self.protection
        )


def _revision(leg: str) -> int:
    """0 for a first placement (``stop``), N for its N-th replacement (``stoprN``)."""
    match = re.search(r"r(\d+)$", leg)
    return int(match.group(1)) if match else 0


def _leg_name(short_leg: str, revision: int) -> str:
    name = Leg.STOP.value if short_leg == "sl" else short_leg
    return name if revision == 0 else f"{name}r{revision}"


class OrderGateway:
    """``lookups``: how many times an unknown outcome is looked up, ``lookup_delay`` seconds
    apart, before the order is taken as not placed; ``max_backoff`` caps a rate-limit wait."""

    def __init__(
        self,
        store: Store,
        connector: ExchangeConnector,
        clock: Clock,
        *,
        lookups: int = 4,
        lookup_delay: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._store = store
        self._connector = connector
        self._clock = clock
        self._lookups = lookups
        self._lookup_delay = lookup_delay
        self._max_backoff = max_backoff
        self._sleep = sleep
        self._prepared: dict[str, int] = {}
        self._account_checked = False
        self._lock = threading.RLock()

    # -- records ----------------------------------------------------------------------------------
    def _now_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def _record(self, order: IntendedOrder) -> IntendedOrder:
        with self._store.write():
            return repo.insert(order)

    def _save(self, order: IntendedOrder) -> IntendedOrder:
        with self._store.write():
            return repo.save(replace(order, updated_ms=self._now_ms()))

    def orders_for(self, signal_ref: str) -> list[IntendedOrder]:
        return repo.for_signal(signal_ref)

    # -- opening a copy ---------------------------------------------------------------------------
    def open_copy(self, plan: LiveCopyPlan) -> LiveCopyResult:
        """Record and send the entry, then protect what filled. Idempotent per signal: a plan
        whose entry is already recorded continues from the record instead of sending again."""
        with self._lock:
            existing = self._entry_of(plan.signal_ref)
            if existing is not None:
                return self._continue(existing, plan)
            rules = self._connector.symbol_rules(plan.symbol)
            limit = round_price(rules, plan.limit_price) if plan.limit_price else None
            sized = size_entry(rules, plan.quantity, limit or plan.reference_price)
            problem = self._account_problem()
            if problem:
                sized = replace(sized, quantity=None, reason=problem)
            entry = IntendedOrder(
                client_id=client_order_id(plan.signal_ref, "e"),
                signal_ref=plan.signal_ref,
                leg=Leg.ENTRY.value,
                trader_id=plan.trader_id,
                symbol=plan.symbol,
                side=(OrderSide.BUY if plan.long else OrderSide.SELL).value,
                kind=(OrderKind.LIMIT if limit else OrderKind.MARKET).value,
                quantity=sized.quantity if sized.quantity is not None else plan.quantity,
                price=limit,
                trigger_price=None,
                reduce_only=False,
                leverage=plan.leverage,
                state=IntendedState.INTENDED
                if sized.quantity is not None
                else IntendedState.REFUSED,
                note=sized.reason,
                ladder=json.dumps(
                    {
                        "stop": str(plan.stop_price),
                        "take_profits": [[str(t.price), str(t.share)] for t in plan.take_profits],
                    }
                ),
                created_ms=self._now_ms(),
                updated_ms=self._now_ms(),
            )
            entry = self._record(entry)
            if entry.state is IntendedState.REFUSED:
                return LiveCopyResult(entry, ())
            self._prepare_symbol(plan.symbol, plan.leverage)
            entry = self._send(entry)
            return self._continue(entry, plan)

    def _entry_of(self, signal_ref: str) -> IntendedOrder | None:
        return next((o for o in self.orders_for(signal_ref) if o.leg == Leg.ENTRY.value), None)

    def _continue(self, entry: IntendedOrder, plan: LiveCopyPlan | None) -> LiveCopyResult:
        if entry.state in (IntendedState.INTENDED, IntendedState.SENT, IntendedState.UNKNOWN):
            entry = self._resolve(entry)
        elif entry.state is IntendedState.OPEN:
            entry = self._refresh(entry)
        protection = self._protect(entry, plan) if entry.filled > 0 else ()
        return LiveCopyResult(entry, tuple(protection))

    def _account_problem(self) -> str:
        """Why this account cannot take copies ("" when it can): checked once per gateway."""
        if self._account_checked:
            return ""
        config = self._connector.account_config()
        if config.hedge_mode:
            return (
                "the exchange account is in hedge mode (two positions per symbol); live copies "
                "need one-way mode"
            )
        if config.multi_assets:
            return "multi-assets margin is on; isolated margin per copy needs it off"
        if not config.can_trade:
            return "the API key cannot trade futures"
        self._account_checked = True
        return ""

    def _prepare_symbol(self, symbol: str, leverage: int) -> None:
        """Isolated margin and the copy's leverage, once per symbol and leverage."""
        if self._prepared.get(symbol) == leverage:
            return
        self._connector.set_isolated_margin(symbol)
        self._connector.set_leverage(symbol, leverage)
        self._prepared[symbol] = leverage

    # -- sending without blind retries ------------------------------------------------------------
    def _request(self, order: IntendedOrder) -> OrderRequest:
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

    def _send(self, order: IntendedOrder) -> IntendedOrder:
        order = self._save(replace(order, state=IntendedState.SENT, attempts=order.attempts + 1))
        try:
            state = self._connector.place(self._request(order))
        except DuplicateClientIdError:
            return self._resolve(order)  # an earlier attempt did arrive
        except OrderRejectedError as exc:
            return self._save(replace(order, state=IntendedState.REJECTED, note=str(exc)))
        except RateLimitedError as exc:
            self._sleep(min(exc.retry_after, self._max_backoff))
            return self._resolve(replace(order, note=str(exc)))
        except (OutcomeUnknownError, ExchangeError) as exc:
            order = self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
            return self._resolve(order)
        return self._apply(order, state)

    def _apply(self, order: IntendedOrder, state: OrderState) -> IntendedOrder:
        return self._save(
            replace(
                order,
                state=_FROM_EXCHANGE[state.status],
                exchange_id=state.exchange_id,
                filled=state.filled,
                average_price=state.average_price,
            )
        )

    def _lookup(self, order: IntendedOrder) -> OrderState | None:
        """The exchange's answer for this client id; None when it has no such order after
        ``lookups`` tries. Rate limits and connection trouble wait and look again."""
        conditional = OrderKind(order.kind).conditional
        misses = 0
        while True:
            try:
                return self._connector.order_by_client_id(
                    order.symbol, order.client_id, conditional=conditional
                )
            except OrderNotFoundError:
                misses += 1
                if misses >= self._lookups:
                    return None
                self._sleep(self._lookup_delay)
            except RateLimitedError as exc:
                self._sleep(min(exc.retry_after, self._max_backoff))
            except OutcomeUnknownError:
                misses += 1
                if misses >= self._lookups * 3:
                    raise
                self._sleep(self._lookup_delay)

    def _resolve(self, order: IntendedOrder) -> IntendedOrder:
        """Act on what the exchange knows of ``order``: record it, or (not there) send it
        again under the same client id. Leaves it UNKNOWN when the exchange cannot be asked."""
        for _ in range(3):
            try:
                found = self._lookup(order)
            except ExchangeError as exc:
                return self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
            if found is not None:
                return self._apply(order, found)
            log.info("order %s is not on the exchange; sending it again", order.client_id)
            order = self._save(
                replace(order, state=IntendedState.SENT, attempts=order.attempts + 1)
            )
            try:
                return self._apply(order, self._connector.place(self._request(order)))
            except DuplicateClientIdError:
                continue
            except OrderRejectedError as exc:
                return self._save(replace(order, state=IntendedState.REJECTED, note=str(exc)))
            except ExchangeError as exc:
                order = self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
        return self._save(replace(order, state=IntendedState.UNKNOWN))

    def _refresh(self, order: IntendedOrder) -> IntendedOrder:
        try:
            state = self._connector.order_by_client_id(
                order.symbol, order.client_id, conditional=OrderKind(order.kind).conditional
            )
        except ExchangeError:
            return order
        return self._apply(order, state)

    # -- protection -------------------------------------------------------------------------------
    def _protect(self, entry: IntendedOrder, plan: LiveCopyPlan | None) -> list[IntendedOrder]:
        """A reduce-only stop and take-profit ladder for what the entry filled and no stop or
        take-profit has closed yet.

        Already protected for that quantity: nothing is sent. Protected for less (more of the
        entry filled since): the old legs are cancelled and placed again under a new revision.
        Closed by its stop or take-profits: nothing is left to protect."""
        legs = [o for o in self.orders_for(entry.signal_ref) if o.leg != Leg.ENTRY.value]
        for leg in legs:  # legs never sent (INTENDED) are sent or replaced below
            if leg.state is IntendedState.OPEN:
                self._refresh(leg)
            elif leg.state in (IntendedState.SENT, IntendedState.UNKNOWN):
                self._resolve(leg)
        legs = [o for o in self.orders_for(entry.signal_ref) if o.leg != Leg.ENTRY.value]
        working = [o for o in legs if o.state in (IntendedState.OPEN, IntendedState.INTENDED)]
        stops = [o for o in working if o.leg.startswith(Leg.STOP.value)]
        closed = sum((o.quantity for o in legs if o.state is IntendedState.TRIGGERED), Decimal(0))
        remaining = max(entry.filled - closed, Decimal(0))
        if remaining == 0 or (stops and stops[-1].quantity >= remaining):
            for leg in working:
                if leg.state is IntendedState.INTENDED:
                    self._send(leg)
            return self.orders_for(entry.signal_ref)[1:]
        ladder = self._ladder(entry, legs, plan)
        revision = 1 + max((_revision(o.leg) for o in legs), default=-1)
        rules = self._connector.symbol_rules(entry.symbol)
        close_side = (OrderSide.SELL if entry.side == OrderSide.BUY.value else OrderSide.BUY).value
        stop_price, take_profits = ladder
        planned: list[tuple[str, str, Decimal, Decimal]] = [
            ("sl", OrderKind.STOP_MARKET.value, remaining, round_price(rules, stop_price))
        ]
        tp_sizes = split_quantity(rules, remaining, [tp.share for tp in take_profits])
        for number, (tp, size) in enumerate(zip(take_profits, tp_sizes, strict=False), start=1):
            planned.append(
                (
                    f"tp{number}",
                    OrderKind.TAKE_PROFIT_MARKET.value,
                    size,
                    round_price(rules, tp.price),
                )
            )
        now = self._now_ms()
        records = [
            IntendedOrder(
                client_id=client_order_id(entry.signal_ref, short_leg, revision),
                signal_ref=entry.signal_ref,
                leg=_leg_name(short_leg, revision),
                trader_id=entry.trader_id,
                symbol=entry.symbol,
                side=close_side,
                kind=kind,
                quantity=quantity,
                price=None,
                trigger_price=trigger,
                reduce_only=True,
                leverage=entry.leverage,
                state=IntendedState.INTENDED,
                created_ms=now,
                updated_ms=now,
            )
            for short_leg, kind, quantity, trigger in planned
        ]
        with self._store.write():  # the whole ladder is on disk before its first request
            for record in records:
                repo.insert(record)
        # the new stop goes on before the old legs come off: never a moment without a stop
        self._send(records[0])
        for leg in working:
            self._cancel(leg)
        for record in records[1:]:
            self._send(record)
        return [o for o in self.orders_for(entry.signal_ref) if o.leg != Leg.ENTRY.value]

    def _ladder(
        self, entry: IntendedOrder, legs: list[IntendedOrder], plan: LiveCopyPlan | None
    ) -> tuple[Decimal, tuple[TakeProfit, ...]]:
        """The stop and take-profits to place: from the plan, or (after a restart, when only
        the records remain) from the entry's recorded ladder or the legs placed before."""
        if plan is not None:
            return plan.stop_price, plan.take_profits
        if entry.ladder and not legs:
            recorded = json.loads(entry.ladder)
            return Decimal(recorded["stop"]), tuple(
                TakeProfit(Decimal(price), Decimal(share))
                for price, share in recorded["take_profits"]
            )
        stop = next((o for o in reversed(legs) if o.leg.startswith(Leg.STOP.value)), None)
        if stop is None or stop.trigger_price is None:
            raise ExchangeError(
                f"{entry.symbol}: the copy {entry.signal_ref} filled but no stop price is known"
            )
        tps = [o for o in legs if o.leg.startswith(Leg.TAKE_PROFIT.value)]
        total = sum((o.quantity for o in tps), Decimal(0)) or Decimal(1)
        return stop.trigger_price, tuple(
            TakeProfit(o.trigger_price or Decimal(0), o.quantity / total) for o in tps
        )

    def _cancel(self, order: IntendedOrder) -> None:
        if order.state is IntendedState.INTENDED:
            self._save(replace(order, state=IntendedState.CANCELED, note="replaced"))
            return
        with contextlib.suppress(OrderNotFoundError):  # already gone: read its final state
            self._connector.cancel(
                order.symbol, order.client_id, conditional=OrderKind(order.kind).conditional
            )
        self._apply(
            order,
            self._connector.order_by_client_id(
                order.symbol, order.client_id, conditional=OrderKind(order.kind).conditional
            ),
        )

    # -- after a restart --------------------------------------------------------------------------
    def resume(self) -> list[LiveCopyResult]:
        """Settle every unsettled record against the exchange and protect entries that filled
        while the app was closed or before it could place their stop."""
        with self._lock:
            pending = repo.unsettled()
            signals = list(dict.fromkeys(o.signal_ref for o in pending))
            entries = [
                o
                for o in repo.all_orders()
                if o.leg == Leg.ENTRY.value and o.filled > 0 and o.signal_ref not in signals
            ]
            results = []
            for ref in signals:
                entry = self._entry_of(ref)
                if entry is not None:
                    results.append(self._continue(entry, None))
            for entry in entries:
                results.append(self._continue(entry, None))
            return results
