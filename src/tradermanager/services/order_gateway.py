"""The one door every live order goes through.

For each intended order: a deterministic client order id (signal + leg) is written to SQLite
*before* the request is sent. A placement is never blindly retried: after a timeout, a lost
connection, a 5xx or a rate limit, the gateway asks the exchange for that client order id and
acts on the answer (:mod:`.gateway.sending`). Leverage and isolated margin are set per symbol
before its first order (:mod:`.gateway.account`); the stop and take-profit ladder go on the
exchange as reduce-only orders right after the entry fills, sized to what actually filled, so
a copy stays protected while the app is closed (:mod:`.gateway.ladder`). Closes and cancels are
in :mod:`.gateway.closing`. :meth:`OrderGateway.resume` finishes what a restart cut short.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

from tradermanager.domain.clock import Clock
from tradermanager.domain.live_orders import (
    TARGET_REACHED,
    IntendedOrder,
    IntendedState,
    Leg,
)
from tradermanager.exchange.connector import ExchangeConnector
from tradermanager.exchange.errors import ExchangeError
from tradermanager.exchange.models import OrderKind, OrderSide
from tradermanager.exchange.symbol_rules import round_price, size_entry
from tradermanager.services.gateway.account import AccountSetup
from tradermanager.services.gateway.closing import CopyCloser
from tradermanager.services.gateway.exits import ExitState, follow, has_rules
from tradermanager.services.gateway.ladder import (
    STOP_BY_HAND,
    WOULD_TRIGGER,
    ProtectionLadder,
    target_level,
)
from tradermanager.services.gateway.plans import (
    LiveCopyPlan,
    LiveCopyResult,
    TakeProfit,
    ladder_extras,
    ladder_json,
    parse_ladder,
    plan_extras,
    remaining,
)
from tradermanager.services.gateway.records import OrderRecords
from tradermanager.services.gateway.sending import OrderSender
from tradermanager.store.connection import Store

log = logging.getLogger(__name__)

__all__ = [
    "FAILED_STATES",
    "WOULD_TRIGGER",
    "LiveCopyPlan",
    "LiveCopyResult",
    "OrderGateway",
    "TakeProfit",
]

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
        self._connector = connector
        self._lock = threading.RLock()
        self._records = OrderRecords(store, clock, on_failure)
        self._sender = OrderSender(
            self._records,
            connector,
            lookups=lookups,
            lookup_delay=lookup_delay,
            max_backoff=max_backoff,
            sleep=sleep,
        )
        self._account = AccountSetup(connector)
        self._closer = CopyCloser(self._records, self._sender)
        self._ladder = ProtectionLadder(self._records, self._sender, self._closer)

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
                    self._sender.refresh(order)
            return self.orders_for(signal_ref)

    def client_id(self, signal_ref: str, leg: str, revision: int = 0) -> str:
        """The client order id this database gives a copy's leg."""
        return self._records.client_id(signal_ref, leg, revision)

    def orders_for(self, signal_ref: str) -> list[IntendedOrder]:
        return self._records.orders_for(signal_ref)

    # -- opening a copy ---------------------------------------------------------------------------
    def open_copy(self, plan: LiveCopyPlan) -> LiveCopyResult:
        """Record and send the entry, then protect what filled. Idempotent per signal: a plan
        whose entry is already recorded continues from the record instead of sending again."""
        with self._lock:
            existing = self._records.entry_of(plan.signal_ref)
            if existing is not None:
                return self._continue(existing, plan)
            rules = self._connector.symbol_rules(plan.symbol)
            limit = round_price(rules, plan.limit_price) if plan.limit_price else None
            sized = size_entry(rules, plan.quantity, limit or plan.reference_price)
            problem = self._account.problem()
            if problem:
                sized = replace(sized, quantity=None, reason=problem)
            now = self._records.now_ms()
            entry = self._records.record(
                IntendedOrder(
                    client_id=self._records.client_id(plan.signal_ref, "e"),
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
                    ladder=ladder_json(plan.stop_price, plan.take_profits, plan_extras(plan)),
                    created_ms=now,
                    updated_ms=now,
                )
            )
            if entry.state is IntendedState.REFUSED:
                self._records.failed(entry)
                return LiveCopyResult(entry, ())
            self._account.prepare_symbol(plan.symbol, plan.leverage)
            entry = self._sender.send(entry)
            return self._continue(entry, plan)

    def _continue(self, entry: IntendedOrder, plan: LiveCopyPlan | None) -> LiveCopyResult:
        if entry.state is IntendedState.CANCELING:
            entry = self._sender.cancel(entry)
        entry = self._sender.current(entry)
        protection = (
            self._ladder.protect(entry, plan) if entry.filled > 0 else self._records.legs(entry)
        )
        if entry.state is IntendedState.OPEN and any(
            o.protective and not o.is_stop and o.filled > 0 for o in protection
        ):  # as the engine does: once a take-profit filled, no more of the entry is bought
            self._sender.cancel(entry)
            protection = self._ladder.protect(self._require_entry(entry.signal_ref), None)
        entry = self._records.entry_of(entry.signal_ref) or entry
        note = (
            "the stop was canceled by hand on the exchange: the app leaves it to you"
            if ladder_extras(entry.ladder).get(STOP_BY_HAND)
            else ""
        )
        return LiveCopyResult(entry, tuple(protection), note)

    def _require_entry(self, signal_ref: str) -> IntendedOrder:
        entry = self._records.entry_of(signal_ref)
        if entry is None:
            raise ExchangeError(f"no live copy was sent for {signal_ref}")
        return entry

    # -- follow-ups of an open copy ---------------------------------------------------------------
    def close_by_signal(
        self, signal_ref: str, action_ref: str, fraction: Decimal
    ) -> LiveCopyResult:
        """Close ``fraction`` (0 < f ≤ 1) of what the copy holds with a reduce-only market order
        whose client id comes from the follow-up (``action_ref``), so the same close is never
        sent twice; then the ladder is resized for what is left, or cancelled when nothing is.

        A whole close first cancels an entry still resting."""
        with self._lock:
            entry, note = self._closer.close_share(
                self._require_entry(signal_ref), action_ref, fraction
            )
            return replace(self._continue(entry, None), note=note)

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
            stop, tps = parse_ladder(entry.ladder) if entry.ladder else (None, ())
            extras = ladder_extras(entry.ladder)
            if stop_price is not None and stop_price != stop:
                extras.pop("stop_reason", None)  # the source's stop, no longer break-even
            if take_profits is not None and take_profits != tps:
                extras.pop("targets_done", None)  # new targets: none of them reached yet
            ladder = ladder_json(
                stop_price if stop_price is not None else stop,
                take_profits if take_profits is not None else tps,
                extras,
            )
            if ladder != entry.ladder:
                entry = self._records.save(replace(entry, ladder=ladder))
            return self._continue(entry, None)

    def target_reached(self, signal_ref: str, action_ref: str, target: int) -> LiveCopyResult:
        """The source says take-profit ``target`` (1-based) was reached: as the paper engine
        does, the share of the targets up to it that the copy has not taken yet is closed at
        market (all that is held when it is the last), those targets leave the ladder, and
        the break-even rule applies when its target is among them."""
        with self._lock:
            entry = self._require_entry(signal_ref)
            if not entry.ladder:
                return replace(self._continue(entry, None), note="the copy has no targets")
            _, tps = parse_ladder(entry.ladder)
            extras = ladder_extras(entry.ladder)
            done = self._targets_reached(entry, tps, extras)
            if target <= done or not tps:
                note = f"take-profit {target} was already taken: nothing closed"
                return replace(self._continue(entry, None), note=note)
            target = min(target, len(tps))
            shares = [t.share for t in tps]
            fraction = (
                Decimal(1)
                if target >= len(tps)
                else sum(shares[done:target], Decimal(0)) / sum(shares[done:], Decimal(0))
            )
            extras["targets_done"] = target
            stop, _ = parse_ladder(entry.ladder)
            self._records.save(replace(entry, ladder=ladder_json(stop, tps, extras)))
            self._closer.close_share(
                self._require_entry(signal_ref), action_ref, fraction, TARGET_REACHED
            )
            self._follow(self._require_entry(signal_ref), None)
            return self._continue(self._require_entry(signal_ref), None)

    def follow_exit_rules(self) -> list[LiveCopyResult]:
        """Apply the break-even and trailing-stop rules of every open copy that has them to
        what happened since the last call (take-profits filled, the mark price now), moving
        its stop on the exchange where they say so. Reconciliation calls it every pass; the
        copies it changed are returned."""
        with self._lock:
            changed = []
            marks: dict[str, Decimal] = {}
            for entry in self._records.all_orders():
                if entry.leg != Leg.ENTRY.value or entry.filled <= 0 or not entry.ladder:
                    continue
                if not has_rules(ladder_extras(entry.ladder)):
                    continue
                try:
                    result = self._follow(entry, marks)
                except ExchangeError as exc:  # this copy waits for the next pass
                    log.warning("exit rules of %s not applied now: %s", entry.signal_ref, exc)
                    continue
                if result is not None:
                    changed.append(result)
            return changed

    def _targets_reached(
        self, entry: IntendedOrder, tps: tuple[TakeProfit, ...], extras: dict[str, Any]
    ) -> int:
        """How many of the copy's targets are taken: those its take-profits filled, or the
        source said were reached."""
        rules = self._connector.symbol_rules(entry.symbol)
        filled = {
            target_level(o)
            for o in self._records.legs(entry)
            if o.protective
            and not o.is_stop
            and o.state in (IntendedState.FILLED, IntendedState.TRIGGERED)
        }
        reached = 0
        for number, tp in enumerate(tps, start=1):
            if round_price(rules, tp.price) in filled:
                reached = number
        return max(reached, int(extras.get("targets_done", 0)))

    def _follow(
        self, entry: IntendedOrder, marks: dict[str, Decimal] | None
    ) -> LiveCopyResult | None:
        """One copy's exit rules; ``marks`` caches the mark price per symbol (None: no trailing
        step now). Returns the copy when its ladder changed."""
        legs = self._sender.settle_legs(entry)
        if remaining(entry, legs) <= 0 or entry.average_price is None:
            return None
        stop, tps = parse_ladder(entry.ladder)
        extras = ladder_extras(entry.ladder)
        rules = self._connector.symbol_rules(entry.symbol)
        mark = None
        if marks is not None and extras.get("trailing") is not None:
            if entry.symbol not in marks:
                marks[entry.symbol] = self._connector.mark_price(entry.symbol)
            mark = marks[entry.symbol]
        state = follow(
            ExitState(stop, extras),
            long=entry.side == OrderSide.BUY.value,
            entry_price=entry.average_price,
            targets_reached=self._targets_reached(entry, tps, extras),
            mark=mark,
            tick=rules.tick_size,
            now_ms=self._records.now_ms(),
        )
        ladder = ladder_json(state.stop, tps, state.extras)
        if ladder == entry.ladder:
            return None
        entry = self._records.save(replace(entry, ladder=ladder))
        return self._continue(entry, None)

    def cancel_entry(self, signal_ref: str) -> LiveCopyResult:
        """Withdraw what of the entry has not filled; what filled keeps its protection."""
        with self._lock:
            entry = self._sender.current(self._require_entry(signal_ref))
            if entry.state in (IntendedState.OPEN, IntendedState.CANCELING):
                entry = self._sender.cancel(entry)
            return self._continue(entry, None)

    # -- closing (the kill switch) ----------------------------------------------------------------
    def cancel_order(self, order: IntendedOrder) -> IntendedOrder:
        """Cancel one recorded order and record its final state (an order the exchange never
        had, or that finished meanwhile, is recorded as the exchange reports it)."""
        with self._lock:
            return self._closer.cancel_order(order)

    def settle(self, order: IntendedOrder) -> IntendedOrder:
        """Learn what became of a sent order whose outcome is unknown, without sending it
        again: found, it is recorded; not found after the lookups, it stays UNKNOWN."""
        with self._lock:
            return self._closer.settle(order)

    def close_copy(self, entry: IntendedOrder, quantity: Decimal, why: str = "") -> IntendedOrder:
        """Close ``quantity`` of a copy with a reduce-only market order, recorded before it is
        sent under the copy's next closing id (``-x``, ``-xr1``, …): a retry after a timeout
        looks that id up, so a close is never doubled. Returns the close as recorded; a
        remainder left working after a partial fill is cancelled, so what did not fill is
        known and the copy's stop keeps guarding it. ``why``: the exit reason it is booked
        with (the kill switch's: closed by the user, a daily loss limit, a copy stop-loss)."""
        with self._lock:
            return self._closer.close_copy(entry, quantity, why)

    def protect(self, signal_ref: str) -> LiveCopyResult | None:
        """Settle one copy's orders and give it back its stop when it lacks one."""
        with self._lock:
            entry = self._records.entry_of(signal_ref)
            return None if entry is None else self._continue(entry, None)

    # -- after a restart --------------------------------------------------------------------------
    def resume(self) -> list[LiveCopyResult]:
        """Settle every unsettled record against the exchange and protect entries that filled
        while the app was closed or before it could place their stop."""
        with self._lock:
            pending = self._records.unsettled()
            signals = list(dict.fromkeys(o.signal_ref for o in pending))
            entries = [
                o
                for o in self._records.all_orders()
                if o.leg == Leg.ENTRY.value and o.filled > 0 and o.signal_ref not in signals
            ]
            results = []
            for ref in signals:
                entry = self._records.entry_of(ref)
                if entry is not None:
                    results.append(self._continue(entry, None))
            for entry in entries:
                results.append(self._continue(entry, None))
            return results
