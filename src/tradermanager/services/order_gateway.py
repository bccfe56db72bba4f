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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from tradermanager.domain.clock import Clock
from tradermanager.domain.live_orders import (
    IntendedOrder,
    IntendedState,
    Leg,
    client_order_id,
    is_close,
)
from tradermanager.domain.live_positions import closed_quantity
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
from tradermanager.exchange.symbol_rules import (
    round_price,
    round_quantity,
    size_entry,
    split_quantity,
)
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
    """The copy's entry and its other orders (stops, take-profits, closes) as recorded;
    ``note`` says why a follow-up sent nothing."""

    entry: IntendedOrder
    protection: tuple[IntendedOrder, ...]
    note: str = ""

    @property
    def refused(self) -> bool:
        return self.entry.state is IntendedState.REFUSED

    @property
    def remaining(self) -> Decimal:
        """What the copy still holds: filled, less what stops, take-profits and closes took."""
        return _remaining(self.entry, list(self.protection))

    @property
    def protected(self) -> bool:
        """What the copy still holds has a working reduce-only stop on the exchange for at
        least that quantity."""
        remaining = self.remaining
        if remaining <= 0:
            return True
        return any(
            o.is_stop and o.state is IntendedState.OPEN and o.quantity >= remaining
            for o in self.protection
        )


def _remaining(entry: IntendedOrder, legs: list[IntendedOrder]) -> Decimal:
    return max(entry.filled - closed_quantity(legs), Decimal(0))


def _ladder_json(stop: Decimal | None, take_profits: tuple[TakeProfit, ...]) -> str:
    return json.dumps(
        {
            "stop": None if stop is None else str(stop),
            "take_profits": [[str(t.price), str(t.share)] for t in take_profits],
        }
    )


def _parse_ladder(text: str) -> tuple[Decimal, tuple[TakeProfit, ...]]:
    recorded = json.loads(text)
    return Decimal(recorded["stop"]), tuple(
        TakeProfit(Decimal(price), Decimal(share)) for price, share in recorded["take_profits"]
    )


def _revision(leg: str) -> int:
    """0 for a first placement (``stop``), N for its N-th replacement (``stoprN``)."""
    match = re.search(r"r(\d+)$", leg)
    return int(match.group(1)) if match else 0


def _revision_of(order: IntendedOrder) -> int:
    return _revision(order.leg)


def _leg_name(short_leg: str, revision: int) -> str:
    name = Leg.STOP.value if short_leg == "sl" else short_leg
    return name if revision == 0 else f"{name}r{revision}"


WOULD_TRIGGER = "-2021"  # Binance: "Order would immediately trigger."
FAILED_STATES = (IntendedState.REJECTED, IntendedState.REFUSED, IntendedState.UNKNOWN)


class OrderGateway:
    """``lookups``: how many times an unknown outcome is looked up, ``lookup_delay`` seconds
    apart, before the order is taken as not placed; ``max_backoff`` caps a rate-limit wait.
    ``on_failure`` hears of every order the exchange refused or rejected and every order whose
    outcome is still unknown after the lookups (once per order and gateway); it must not raise.
    """

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
        on_failure: Callable[[IntendedOrder], None] | None = None,
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
        self._on_failure = on_failure
        self._reported: set[str] = set()

    @property
    def connector(self) -> ExchangeConnector:
        return self._connector

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[OrderGateway]:
        """Hold the gateway for a whole pass (reconciliation, the kill switch), so no copy is
        opened or settled half-way through it."""
        with self._lock:
            yield self

    def refresh(self, signal_ref: str, resting: set[str] | None = None) -> list[IntendedOrder]:
        """The copy's orders as the exchange has them now; reads only, sends nothing.
        ``resting``: client ids the exchange lists as open (from one open-orders read), so
        only orders that have left that list are asked about one by one."""
        with self._lock:
            for order in self.orders_for(signal_ref):
                stale_trigger = (
                    order.state is IntendedState.TRIGGERED and order.actual_order_id is None
                )
                working = order.state in (IntendedState.OPEN, IntendedState.CANCELING)
                if working and resting is not None and order.client_id in resting:
                    continue
                if working or stale_trigger:
                    self._refresh(order)
            return self.orders_for(signal_ref)

    # -- records ----------------------------------------------------------------------------------
    def _now_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def _record(self, order: IntendedOrder) -> IntendedOrder:
        with self._store.write():
            return repo.insert(order)

    def _save(self, order: IntendedOrder) -> IntendedOrder:
        with self._store.write():
            return repo.save(replace(order, updated_ms=self._now_ms()))

    def _failed(self, order: IntendedOrder) -> IntendedOrder:
        """Tell ``on_failure`` of a refused, rejected or still-unknown order (once each)."""
        if self._on_failure is not None and order.client_id not in self._reported:
            self._reported.add(order.client_id)
            try:
                self._on_failure(order)
            except Exception:  # a failing listener must not stop the order flow
                log.exception("reporting the failed order %s failed", order.client_id)
        return order

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
                ladder=_ladder_json(plan.stop_price, plan.take_profits),
                created_ms=self._now_ms(),
                updated_ms=self._now_ms(),
            )
            entry = self._record(entry)
            if entry.state is IntendedState.REFUSED:
                self._failed(entry)
                return LiveCopyResult(entry, ())
            self._prepare_symbol(plan.symbol, plan.leverage)
            entry = self._send(entry)
            return self._continue(entry, plan)

    def _entry_of(self, signal_ref: str) -> IntendedOrder | None:
        return next((o for o in self.orders_for(signal_ref) if o.leg == Leg.ENTRY.value), None)

    def _continue(self, entry: IntendedOrder, plan: LiveCopyPlan | None) -> LiveCopyResult:
        if entry.state is IntendedState.CANCELING:
            entry = self._cancel(entry)
        entry = self._current(entry)
        protection = self._protect(entry, plan) if entry.filled > 0 else self._legs(entry)
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
            return self._failed(
                self._save(replace(order, state=IntendedState.REJECTED, note=str(exc)))
            )
        except RateLimitedError as exc:
            self._sleep(min(exc.retry_after, self._max_backoff))
            return self._resolve(replace(order, note=str(exc)))
        except (OutcomeUnknownError, ExchangeError) as exc:
            order = self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
            return self._resolve(order)
        return self._apply(order, state)

    def _apply(self, order: IntendedOrder, state: OrderState) -> IntendedOrder:
        found = _FROM_EXCHANGE[state.status]
        if order.state is IntendedState.CANCELING and found is IntendedState.OPEN:
            found = IntendedState.CANCELING  # still resting: the cancel is still wanted
        return self._save(
            replace(
                order,
                state=found,
                exchange_id=state.exchange_id,
                filled=state.filled,
                average_price=state.average_price,
                actual_order_id=state.actual_order_id or order.actual_order_id,
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
                return self._failed(
                    self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
                )
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
                return self._failed(
                    self._save(replace(order, state=IntendedState.REJECTED, note=str(exc)))
                )
            except ExchangeError as exc:
                order = self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
        return self._failed(self._save(replace(order, state=IntendedState.UNKNOWN)))

    def _refresh(self, order: IntendedOrder) -> IntendedOrder:
        try:
            state = self._connector.order_by_client_id(
                order.symbol, order.client_id, conditional=OrderKind(order.kind).conditional
            )
        except ExchangeError:
            return order
        return self._apply(order, state)

    # -- protection -------------------------------------------------------------------------------
    def _legs(self, entry: IntendedOrder) -> list[IntendedOrder]:
        return [o for o in self.orders_for(entry.signal_ref) if o.leg != Leg.ENTRY.value]

    def _settle_legs(self, entry: IntendedOrder) -> list[IntendedOrder]:
        """Every order of the copy besides its entry, as the exchange has it now."""
        for leg in self._legs(entry):
            if leg.state in (IntendedState.OPEN, IntendedState.CANCELING):
                self._refresh(leg)
            elif leg.state in (IntendedState.SENT, IntendedState.UNKNOWN):
                self._resolve(leg)
        return self._legs(entry)

    def _protect(self, entry: IntendedOrder, plan: LiveCopyPlan | None) -> list[IntendedOrder]:
        """Keep a reduce-only stop and take-profit ladder on the exchange for what the entry
        filled and no stop, take-profit or close has taken off yet, at the copy's recorded
        ladder (the plan's, or the last one a follow-up set).

        Already so: nothing is sent. Otherwise the legs are placed again under a new revision,
        the new stop before the old legs come off, so there is never a moment without a stop.
        Nothing left to protect: what still rests is cancelled."""
        legs = self._settle_legs(entry)
        remaining = _remaining(entry, legs)
        working = [o for o in legs if o.protective and o.state.working]
        if remaining <= 0:
            for leg in working:
                self._cancel(leg)
            return self._legs(entry)
        if any(o.state is IntendedState.INTENDED for o in working):
            self._finish_replacement(entry)  # a replacement a restart cut short
            return self._legs(entry)
        if self._in_place(entry, legs, working, remaining, plan):
            for leg in working:
                if leg.state is IntendedState.CANCELING:
                    self._cancel(leg)
            return self._legs(entry)
        if plan is None and not self._may_protect_again(entry, legs, remaining):
            return self._legs(entry)
        self._replace_ladder(entry, legs, remaining, plan)
        return self._legs(entry)

    def _in_place(
        self,
        entry: IntendedOrder,
        legs: list[IntendedOrder],
        working: list[IntendedOrder],
        remaining: Decimal,
        plan: LiveCopyPlan | None,
    ) -> bool:
        """The open legs are the copy's ladder: a stop for at least what is held, at its
        price, and the take-profits not reached yet at theirs, for no more than is held."""
        stops = [o for o in working if o.is_stop and o.state is IntendedState.OPEN]
        tps = [o for o in working if not o.is_stop and o.state is IntendedState.OPEN]
        if not stops or stops[-1].quantity < remaining:
            return False
        if sum((o.quantity for o in tps), Decimal(0)) > remaining:
            return False
        rules = self._connector.symbol_rules(entry.symbol)
        stop_price, take_profits, _ = self._ladder(entry, legs, plan)
        wanted = sorted(round_price(rules, t.price) for t in take_profits)
        return stops[-1].trigger_price == round_price(rules, stop_price) and wanted == sorted(
            o.trigger_price or Decimal(0) for o in tps
        )

    def _replace_ladder(
        self,
        entry: IntendedOrder,
        legs: list[IntendedOrder],
        remaining: Decimal,
        plan: LiveCopyPlan | None,
    ) -> None:
        """Record a new ladder for ``remaining`` and mark the old legs for cancelling, in one
        transaction, then place the new stop, cancel the old legs and place the take-profits."""
        stop_price, take_profits, whole = self._ladder(entry, legs, plan)
        revision = 1 + max((_revision(o.leg) for o in legs if o.protective), default=-1)
        rules = self._connector.symbol_rules(entry.symbol)
        close_side = (OrderSide.SELL if entry.side == OrderSide.BUY.value else OrderSide.BUY).value
        planned: list[tuple[str, str, Decimal, Decimal]] = [
            ("sl", OrderKind.STOP_MARKET.value, remaining, round_price(rules, stop_price))
        ]
        tp_sizes = split_quantity(rules, remaining, [tp.share for tp in take_profits], whole=whole)
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
        old = [o for o in legs if o.protective and o.state is IntendedState.OPEN]
        with self._store.write():  # the whole ladder is on disk before its first request
            for record in records:
                repo.insert(record)
            for leg in old:
                repo.save(replace(leg, state=IntendedState.CANCELING, updated_ms=now))
        self._finish_replacement(entry)

    def _finish_replacement(self, entry: IntendedOrder) -> None:
        """Send the new stop; once it rests on the exchange take the old legs off and send
        the new take-profits. A new stop the exchange refused leaves the old ladder working."""
        legs = self._legs(entry)
        for stop in [o for o in legs if o.is_stop and o.state is IntendedState.INTENDED]:
            self._send(stop)
        legs = self._legs(entry)
        newest = max((o for o in legs if o.is_stop), key=_revision_of, default=None)
        old = [o for o in legs if o.protective and o.state is IntendedState.CANCELING]
        fresh = [o for o in legs if o.state is IntendedState.INTENDED]
        if newest is not None and newest.state is IntendedState.OPEN:
            for leg in old:
                self._cancel(leg)
            for leg in fresh:
                self._send(leg)
            return
        if newest is not None and newest.state in (IntendedState.SENT, IntendedState.UNKNOWN):
            return  # not known yet whether it rests: keep everything; resume decides
        reason = newest.note if newest is not None else "no stop was placed"
        for leg in old:  # still on the exchange: they stay the copy's protection
            self._save(replace(leg, state=IntendedState.OPEN))
        for leg in fresh:
            self._save(
                replace(
                    leg,
                    state=IntendedState.REFUSED,
                    note=f"not sent: the new stop was refused ({reason})",
                )
            )
        if not any(o.is_stop for o in old) and reason.startswith(WOULD_TRIGGER):
            self._close_unprotected(entry, newest, reason)

    def _close_unprotected(
        self, entry: IntendedOrder, stop: IntendedOrder | None, reason: str
    ) -> None:
        """The exchange refused the only stop because the price is already past it: the stop
        would have fired, and a copy is never left without one, so what it holds is closed at
        market. (Other refusals are raised as live-order alerts and reported by
        reconciliation.)"""
        remaining = _remaining(entry, self._legs(entry))
        if remaining <= 0:
            return
        revision = _revision_of(stop) if stop is not None else 0
        client_id = client_order_id(entry.signal_ref, "xs", revision)
        existing = repo.get(client_id)
        if existing is not None:
            if not existing.state.final:
                self._resolve(existing)
            return
        log.warning("%s: the stop was refused (%s); closing at market", entry.symbol, reason)
        close_side = OrderSide.SELL if entry.side == OrderSide.BUY.value else OrderSide.BUY
        order = self._record(
            IntendedOrder(
                client_id=client_id,
                signal_ref=entry.signal_ref,
                leg=Leg.CLOSE.value,
                trader_id=entry.trader_id,
                symbol=entry.symbol,
                side=close_side.value,
                kind=OrderKind.MARKET.value,
                quantity=remaining,
                price=None,
                trigger_price=None,
                reduce_only=True,
                leverage=entry.leverage,
                state=IntendedState.INTENDED,
                note=f"closed: the stop was refused ({reason})",
                created_ms=self._now_ms(),
                updated_ms=self._now_ms(),
            )
        )
        self._send(order)

    def _may_protect_again(
        self, entry: IntendedOrder, legs: list[IntendedOrder], remaining: Decimal
    ) -> bool:
        """After a restart, a new ladder goes on only where the exchange still holds a
        position on the copy's side, and not again where the exchange rejected the same stop
        (reconciliation reports both rather than retrying every minute)."""
        stops = [o for o in legs if o.leg.startswith(Leg.STOP.value)]
        rules = self._connector.symbol_rules(entry.symbol)
        wanted = round_price(rules, self._ladder(entry, legs, None)[0]) if entry.ladder else None
        if (
            stops
            and stops[-1].state is IntendedState.REJECTED
            and stops[-1].quantity == remaining
            and stops[-1].trigger_price == wanted
        ):
            return False
        try:
            held = next(
                (p.quantity for p in self._connector.positions() if p.symbol == entry.symbol),
                Decimal(0),
            )
        except ExchangeError as exc:
            log.warning("positions unavailable; %s is protected later: %s", entry.symbol, exc)
            return False
        return held > 0 if entry.side == OrderSide.BUY.value else held < 0

    def _ladder(
        self, entry: IntendedOrder, legs: list[IntendedOrder], plan: LiveCopyPlan | None
    ) -> tuple[Decimal, tuple[TakeProfit, ...], bool]:
        """The stop and the take-profits not reached yet, and whether the ladder closes the
        whole position: from the plan, else from the ladder recorded on the entry (the plan's,
        or the last one a follow-up set)."""
        if plan is not None:
            stop, take_profits = plan.stop_price, plan.take_profits
        elif entry.ladder:
            stop, take_profits = _parse_ladder(entry.ladder)
        else:
            raise ExchangeError(
                f"{entry.symbol}: the copy {entry.signal_ref} filled but no stop price is known"
            )
        whole = sum((t.share for t in take_profits), Decimal(0)) >= 1
        rules = self._connector.symbol_rules(entry.symbol)
        reached = {
            o.trigger_price
            for o in legs
            if o.leg.startswith(Leg.TAKE_PROFIT.value) and o.state is IntendedState.TRIGGERED
        }
        left = tuple(t for t in take_profits if round_price(rules, t.price) not in reached)
        return stop, left, whole

    def _cancel(self, order: IntendedOrder) -> IntendedOrder:
        """Take ``order`` off the exchange: the cancel is recorded before it is sent, and the
        outcome is read back from the exchange (a cancel whose answer was lost is looked up;
        an order still resting stays marked for cancelling, and the next resume tries again)."""
        if order.state is IntendedState.INTENDED:  # never sent: nothing to take off
            return self._save(
                replace(order, state=IntendedState.REFUSED, note="withdrawn before it was sent")
            )
        if order.state.final:
            return order
        if order.state is not IntendedState.CANCELING:
            order = self._save(replace(order, state=IntendedState.CANCELING))
        conditional = OrderKind(order.kind).conditional
        try:
            self._connector.cancel(order.symbol, order.client_id, conditional=conditional)
        except OrderNotFoundError:
            pass  # already gone (filled, fired, expired): read its final state
        except RateLimitedError as exc:
            self._sleep(min(exc.retry_after, self._max_backoff))
        except ExchangeError as exc:
            log.info("cancel of %s unconfirmed (%s); looking it up", order.client_id, exc)
        try:
            found = self._lookup(order)
        except ExchangeError as exc:
            return self._save(replace(order, note=f"cancel unconfirmed: {exc}"))
        if found is None:
            return self._save(replace(order, state=IntendedState.CANCELED))
        return self._apply(order, found)

    # -- follow-ups of an open copy ---------------------------------------------------------------
    def close_by_signal(
        self, signal_ref: str, action_ref: str, fraction: Decimal
    ) -> LiveCopyResult:
        """Close ``fraction`` (0 < f ≤ 1) of what the copy holds with a reduce-only market order
        whose client id comes from the follow-up (``action_ref``), so the same close is never
        sent twice; then the ladder is resized for what is left, or cancelled when nothing is.

        A whole close first cancels an entry still resting."""
        with self._lock:
            entry = self._require_entry(signal_ref)
            client_id = client_order_id(action_ref, "x")
            order = repo.get(client_id)
            note = ""
            if order is None:
                entry = self._current(entry)
                whole = fraction >= 1
                if whole and entry.state in (IntendedState.OPEN, IntendedState.CANCELING):
                    entry = self._cancel(entry)
                remaining = _remaining(entry, self._settle_legs(entry))
                rules = self._connector.symbol_rules(entry.symbol)
                quantity = remaining if whole else round_quantity(rules, remaining * fraction)
                if quantity <= 0 or quantity < rules.min_quantity:
                    note = (
                        "nothing is held to close"
                        if remaining <= 0
                        else f"{fraction:%} of {remaining.normalize():f} is below the "
                        f"minimum quantity {rules.min_quantity.normalize():f}: nothing closed"
                    )
                    return replace(self._continue(entry, None), note=note)
                close_side = OrderSide.SELL if entry.side == OrderSide.BUY.value else OrderSide.BUY
                order = self._record(
                    IntendedOrder(
                        client_id=client_id,
                        signal_ref=signal_ref,
                        leg=Leg.CLOSE.value,
                        trader_id=entry.trader_id,
                        symbol=entry.symbol,
                        side=close_side.value,
                        kind=OrderKind.MARKET.value,
                        quantity=quantity,
                        price=None,
                        trigger_price=None,
                        reduce_only=True,
                        leverage=entry.leverage,
                        state=IntendedState.INTENDED,
                        note=action_ref,
                        created_ms=self._now_ms(),
                        updated_ms=self._now_ms(),
                    )
                )
            if order.state is IntendedState.INTENDED:
                order = self._send(order)
            elif order.state in (IntendedState.SENT, IntendedState.UNKNOWN):
                order = self._resolve(order)
            if order.state is IntendedState.REJECTED:
                note = f"the close was refused: {order.note}"
            return replace(self._continue(self._require_entry(signal_ref), None), note=note)

    def set_protection(
        self,
        signal_ref: str,
        stop_price: Decimal | None,
        take_profits: tuple[TakeProfit, ...] | None,
    ) -> LiveCopyResult:
        """Move the copy's stop and/or replace its take-profits (None keeps them): the new
        ladder is recorded on the entry first, then placed as a new revision (new stop on,
        old legs off). The same change twice sends nothing the second time."""
        with self._lock:
            entry = self._require_entry(signal_ref)
            stop, tps = _parse_ladder(entry.ladder) if entry.ladder else (None, ())
            ladder = _ladder_json(
                stop_price if stop_price is not None else stop,
                take_profits if take_profits is not None else tps,
            )
            if ladder != entry.ladder:
                entry = self._save(replace(entry, ladder=ladder))
            return self._continue(entry, None)

    def cancel_entry(self, signal_ref: str) -> LiveCopyResult:
        """Withdraw what of the entry has not filled; what filled keeps its protection."""
        with self._lock:
            entry = self._current(self._require_entry(signal_ref))
            if entry.state in (IntendedState.OPEN, IntendedState.CANCELING):
                entry = self._cancel(entry)
            return self._continue(entry, None)

    def _require_entry(self, signal_ref: str) -> IntendedOrder:
        entry = self._entry_of(signal_ref)
        if entry is None:
            raise ExchangeError(f"no live copy was sent for {signal_ref}")
        return entry

    def _current(self, entry: IntendedOrder) -> IntendedOrder:
        if entry.state in (IntendedState.INTENDED, IntendedState.SENT, IntendedState.UNKNOWN):
            return self._resolve(entry)
        if entry.state in (IntendedState.OPEN, IntendedState.CANCELING):
            return self._refresh(entry)
        return entry

    # -- closing (the kill switch) ----------------------------------------------------------------
    def cancel_order(self, order: IntendedOrder) -> IntendedOrder:
        """Cancel one recorded order and record its final state (an order the exchange never
        had, or that finished meanwhile, is recorded as the exchange reports it)."""
        with self._lock:
            if order.state is IntendedState.INTENDED:
                return self._save(replace(order, state=IntendedState.CANCELED, note="not sent"))
            conditional = OrderKind(order.kind).conditional
            with contextlib.suppress(OrderNotFoundError):  # already gone: read its final state
                self._connector.cancel(order.symbol, order.client_id, conditional=conditional)
            try:
                state = self._connector.order_by_client_id(
                    order.symbol, order.client_id, conditional=conditional
                )
            except OrderNotFoundError:
                if order.state in (IntendedState.SENT, IntendedState.UNKNOWN):
                    raise  # it may still appear: the caller must not take it as gone
                return self._save(replace(order, state=IntendedState.CANCELED))
            return self._apply(order, state)

    def settle(self, order: IntendedOrder) -> IntendedOrder:
        """Learn what became of a sent order whose outcome is unknown, without sending it
        again: found, it is recorded; not found after the lookups, it stays UNKNOWN."""
        with self._lock:
            if order.state is IntendedState.OPEN:
                return self._refresh(order)
            if order.state not in (IntendedState.SENT, IntendedState.UNKNOWN):
                return order
            try:
                found = self._lookup(order)
            except ExchangeError as exc:
                return self._save(replace(order, state=IntendedState.UNKNOWN, note=str(exc)))
            if found is None:
                return self._save(replace(order, state=IntendedState.UNKNOWN))
            return self._apply(order, found)

    def close_copy(self, entry: IntendedOrder, quantity: Decimal) -> IntendedOrder:
        """Close ``quantity`` of a copy with a reduce-only market order, recorded before it is
        sent under the copy's next closing id (``-x``, ``-xr1``, …): a retry after a timeout
        looks that id up, so a close is never doubled. Returns the close as recorded; a
        remainder left working after a partial fill is cancelled, so what did not fill is
        known and the copy's stop keeps guarding it."""
        with self._lock:
            rules = self._connector.symbol_rules(entry.symbol)
            revision = sum(1 for o in self.orders_for(entry.signal_ref) if is_close(o.leg))
            now = self._now_ms()
            close = self._record(
                IntendedOrder(
                    client_id=client_order_id(entry.signal_ref, "x", revision),
                    signal_ref=entry.signal_ref,
                    leg=Leg.CLOSE.value if revision == 0 else f"{Leg.CLOSE.value}r{revision}",
                    trader_id=entry.trader_id,
                    symbol=entry.symbol,
                    side=(
                        OrderSide.SELL if entry.side == OrderSide.BUY.value else OrderSide.BUY
                    ).value,
                    kind=OrderKind.MARKET.value,
                    quantity=quantity.quantize(rules.step_size),
                    price=None,
                    trigger_price=None,
                    reduce_only=True,
                    leverage=entry.leverage,
                    state=IntendedState.INTENDED,
                    created_ms=now,
                    updated_ms=now,
                )
            )
            close = self._send(close)
            if close.state is IntendedState.OPEN:
                try:
                    close = self.cancel_order(close)
                except ExchangeError as exc:
                    log.warning("the rest of close %s stays working: %s", close.client_id, exc)
            return close

    def protect(self, signal_ref: str) -> LiveCopyResult | None:
        """Settle one copy's orders and give it back its stop when it lacks one."""
        with self._lock:
            entry = self._entry_of(signal_ref)
            return None if entry is None else self._continue(entry, None)

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
