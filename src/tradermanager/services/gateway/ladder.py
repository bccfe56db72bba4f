"""The copy's reduce-only stop and take-profit ladder on the exchange: placed once the entry
fills, sized to what is held, replaced under a new revision when what is held or the levels
change — the new stop on before the old legs come off, so a copy is never without a stop."""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal

from tradermanager.domain.live_orders import (
    IntendedOrder,
    IntendedState,
    Leg,
    client_order_id,
)
from tradermanager.exchange.errors import ExchangeError
from tradermanager.exchange.models import OrderKind, OrderSide
from tradermanager.exchange.symbol_rules import round_price, split_quantity
from tradermanager.services.gateway.closing import CopyCloser, close_side
from tradermanager.services.gateway.plans import (
    LiveCopyPlan,
    TakeProfit,
    leg_name,
    parse_ladder,
    remaining,
    revision,
    revision_of,
)
from tradermanager.services.gateway.records import OrderRecords
from tradermanager.services.gateway.sending import OrderSender

log = logging.getLogger(__name__)

WOULD_TRIGGER = "-2021"  # Binance: "Order would immediately trigger."


class ProtectionLadder:
    def __init__(self, records: OrderRecords, sender: OrderSender, closer: CopyCloser) -> None:
        self._records = records
        self._sender = sender
        self._closer = closer

    def protect(self, entry: IntendedOrder, plan: LiveCopyPlan | None) -> list[IntendedOrder]:
        """Keep a reduce-only stop and take-profit ladder on the exchange for what the entry
        filled and no stop, take-profit or close has taken off yet, at the copy's recorded
        ladder (the plan's, or the last one a follow-up set).

        Already so: nothing is sent. Otherwise the legs are placed again under a new revision,
        the new stop before the old legs come off, so there is never a moment without a stop.
        Nothing left to protect: what still rests is cancelled."""
        legs = self._sender.settle_legs(entry)
        held = remaining(entry, legs)
        working = [o for o in legs if o.protective and o.state.working]
        if held <= 0:
            for leg in working:
                self._sender.cancel(leg)
            return self._records.legs(entry)
        if any(o.state is IntendedState.INTENDED for o in working):
            self._finish_replacement(entry)  # a replacement a restart cut short
            return self._records.legs(entry)
        if self._in_place(entry, legs, working, held, plan):
            for leg in working:
                if leg.state is IntendedState.CANCELING:
                    self._sender.cancel(leg)
            return self._records.legs(entry)
        if plan is None and not self._may_protect_again(entry, legs, held):
            return self._records.legs(entry)
        self._replace_ladder(entry, legs, held, plan)
        return self._records.legs(entry)

    def _in_place(
        self,
        entry: IntendedOrder,
        legs: list[IntendedOrder],
        working: list[IntendedOrder],
        held: Decimal,
        plan: LiveCopyPlan | None,
    ) -> bool:
        """The open legs are the copy's ladder: a stop for at least what is held, at its
        price, and the take-profits not reached yet at theirs, for no more than is held."""
        stops = [o for o in working if o.is_stop and o.state is IntendedState.OPEN]
        tps = [o for o in working if not o.is_stop and o.state is IntendedState.OPEN]
        if not stops or stops[-1].quantity < held:
            return False
        if sum((o.quantity for o in tps), Decimal(0)) > held:
            return False
        rules = self._sender.connector.symbol_rules(entry.symbol)
        stop_price, take_profits, _ = self._ladder(entry, legs, plan)
        wanted = sorted(round_price(rules, t.price) for t in take_profits)
        return stops[-1].trigger_price == round_price(rules, stop_price) and wanted == sorted(
            o.trigger_price or Decimal(0) for o in tps
        )

    def _replace_ladder(
        self,
        entry: IntendedOrder,
        legs: list[IntendedOrder],
        held: Decimal,
        plan: LiveCopyPlan | None,
    ) -> None:
        """Record a new ladder for ``held`` and mark the old legs for cancelling, in one
        transaction, then place the new stop, cancel the old legs and place the take-profits."""
        stop_price, take_profits, whole = self._ladder(entry, legs, plan)
        number = 1 + max((revision(o.leg) for o in legs if o.protective), default=-1)
        rules = self._sender.connector.symbol_rules(entry.symbol)
        side = close_side(entry).value
        planned: list[tuple[str, str, Decimal, Decimal]] = [
            ("sl", OrderKind.STOP_MARKET.value, held, round_price(rules, stop_price))
        ]
        tp_sizes = split_quantity(rules, held, [tp.share for tp in take_profits], whole=whole)
        for index, (tp, size) in enumerate(zip(take_profits, tp_sizes, strict=False), start=1):
            planned.append(
                (
                    f"tp{index}",
                    OrderKind.TAKE_PROFIT_MARKET.value,
                    size,
                    round_price(rules, tp.price),
                )
            )
        now = self._records.now_ms()
        new = [
            IntendedOrder(
                client_id=client_order_id(entry.signal_ref, short_leg, number),
                signal_ref=entry.signal_ref,
                leg=leg_name(short_leg, number),
                trader_id=entry.trader_id,
                symbol=entry.symbol,
                side=side,
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
        with self._records.write():  # the whole ladder is on disk before its first request
            for record in new:
                self._records.record(record)
            for leg in old:
                self._records.save(replace(leg, state=IntendedState.CANCELING, updated_ms=now))
        self._finish_replacement(entry)

    def _finish_replacement(self, entry: IntendedOrder) -> None:
        """Send the new stop; once it rests on the exchange take the old legs off and send
        the new take-profits. A new stop the exchange refused leaves the old ladder working."""
        records, sender = self._records, self._sender
        legs = records.legs(entry)
        for stop in [o for o in legs if o.is_stop and o.state is IntendedState.INTENDED]:
            sender.send(stop)
        legs = records.legs(entry)
        newest = max((o for o in legs if o.is_stop), key=revision_of, default=None)
        old = [o for o in legs if o.protective and o.state is IntendedState.CANCELING]
        fresh = [o for o in legs if o.state is IntendedState.INTENDED]
        if newest is not None and newest.state is IntendedState.OPEN:
            for leg in old:
                sender.cancel(leg)
            for leg in fresh:
                sender.send(leg)
            return
        if newest is not None and newest.state in (IntendedState.SENT, IntendedState.UNKNOWN):
            return  # not known yet whether it rests: keep everything; resume decides
        reason = newest.note if newest is not None else "no stop was placed"
        for leg in old:  # still on the exchange: they stay the copy's protection
            records.save(replace(leg, state=IntendedState.OPEN))
        for leg in fresh:
            records.save(
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
        held = remaining(entry, self._records.legs(entry))
        if held <= 0:
            return
        number = revision_of(stop) if stop is not None else 0
        client_id = client_order_id(entry.signal_ref, "xs", number)
        existing = self._records.get(client_id)
        if existing is not None:
            if not existing.state.final:
                self._sender.resolve(existing)
            return
        log.warning("%s: the stop was refused (%s); closing at market", entry.symbol, reason)
        order = self._closer.record_close(
            entry, client_id, Leg.CLOSE.value, held, f"closed: the stop was refused ({reason})"
        )
        self._sender.send(order)

    def _may_protect_again(
        self, entry: IntendedOrder, legs: list[IntendedOrder], held: Decimal
    ) -> bool:
        """After a restart, a new ladder goes on only where the exchange still holds a
        position on the copy's side, and not again where the exchange rejected the same stop
        (reconciliation reports both rather than retrying every minute)."""
        stops = [o for o in legs if o.leg.startswith(Leg.STOP.value)]
        connector = self._sender.connector
        rules = connector.symbol_rules(entry.symbol)
        wanted = round_price(rules, self._ladder(entry, legs, None)[0]) if entry.ladder else None
        if (
            stops
            and stops[-1].state is IntendedState.REJECTED
            and stops[-1].quantity == held
            and stops[-1].trigger_price == wanted
        ):
            return False
        try:
            position = next(
                (p.quantity for p in connector.positions() if p.symbol == entry.symbol),
                Decimal(0),
            )
        except ExchangeError as exc:
            log.warning("positions unavailable; %s is protected later: %s", entry.symbol, exc)
            return False
        return position > 0 if entry.side == OrderSide.BUY.value else position < 0

    def _ladder(
        self, entry: IntendedOrder, legs: list[IntendedOrder], plan: LiveCopyPlan | None
    ) -> tuple[Decimal, tuple[TakeProfit, ...], bool]:
        """The stop and the take-profits not reached yet, and whether the ladder closes the
        whole position: from the plan, else from the ladder recorded on the entry (the plan's,
        or the last one a follow-up set)."""
        if plan is not None:
            stop, take_profits = plan.stop_price, plan.take_profits
        elif entry.ladder:
            stop, take_profits = parse_ladder(entry.ladder)
        else:
            raise ExchangeError(
                f"{entry.symbol}: the copy {entry.signal_ref} filled but no stop price is known"
            )
        whole = sum((t.share for t in take_profits), Decimal(0)) >= 1
        rules = self._sender.connector.symbol_rules(entry.symbol)
        reached = {
            o.trigger_price
            for o in legs
            if o.leg.startswith(Leg.TAKE_PROFIT.value) and o.state is IntendedState.TRIGGERED
        }
        left = tuple(t for t in take_profits if round_price(rules, t.price) not in reached)
        return stop, left, whole
