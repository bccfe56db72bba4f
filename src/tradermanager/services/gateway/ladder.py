"""The copy's reduce-only stop and take-profit ladder on the exchange: placed once the entry
fills, sized to what is held, replaced under a new revision when what is held or the levels
change — the new stop on before the old legs come off, so a copy is never without a stop.

The stop is a STOP_MARKET conditional order (Binance's algo-order service) triggered by the
mark price. Each take-profit is a reduce-only GTC LIMIT order resting at its target, as the
paper engine fills it: at the target price, with the maker fee, no slippage. GTC rather than
post-only (GTX): a target the market is already past when it is placed then fills at once at
the better price instead of being expired by the exchange. Binance expires resting
reduce-only orders once the position is closed, so a stop that fires leaves none behind."""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal
from typing import Any

from tradermanager.domain.live_orders import (
    CLIENT_ID_PREFIX,
    IntendedOrder,
    IntendedState,
    Leg,
)
from tradermanager.exchange.errors import ExchangeError
from tradermanager.exchange.models import OrderKind, OrderSide
from tradermanager.exchange.symbol_rules import round_price, split_quantity
from tradermanager.services.gateway.closing import CopyCloser, close_side
from tradermanager.services.gateway.exits import ExitState, follow, working_stop
from tradermanager.services.gateway.plans import (
    LiveCopyPlan,
    TakeProfit,
    ladder_extras,
    ladder_json,
    leg_name,
    parse_ladder,
    plan_extras,
    remaining,
    revision,
    revision_of,
)
from tradermanager.services.gateway.records import OrderRecords
from tradermanager.services.gateway.sending import CANCELED_BY_HAND, OrderSender

log = logging.getLogger(__name__)

WOULD_TRIGGER = "-2021"  # Binance: "Order would immediately trigger."
STOP_BY_HAND = "stop_by_hand"  # ladder record: the user took the stop over on the exchange


def target_level(order: IntendedOrder) -> Decimal:
    """A take-profit's price: the limit price of a resting reduce-only limit, the trigger of
    a take-profit-market order (placed so before take-profits became limits)."""
    level = order.price if OrderKind(order.kind) is OrderKind.LIMIT else order.trigger_price
    return level if level is not None else Decimal(0)


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
        if self._stop_taken_by_hand(entry, legs):
            return self._records.legs(entry)
        stop_ok, targets_ok = self._in_place(entry, legs, working, held, plan)
        if stop_ok and targets_ok:
            for leg in working:
                if leg.state is IntendedState.CANCELING:
                    self._sender.cancel(leg)
            return self._records.legs(entry)
        if plan is None and not self._may_protect_again(entry, legs, held):
            return self._records.legs(entry)
        self._replace_ladder(entry, legs, held, plan, stop_only=targets_ok)
        return self._records.legs(entry)

    def _stop_taken_by_hand(self, entry: IntendedOrder, legs: list[IntendedOrder]) -> bool:
        """The user moved the copy's stop by hand on the exchange — canceled the app's and
        placed a reduce-only stop of their own: the app leaves the copy's stop to the user from
        then on instead of fighting over it, and says so (recorded on the entry, so a restart
        keeps to it). A stop only canceled, with none of the user's in its place, is put back."""
        extras = ladder_extras(entry.ladder)
        if extras.get(STOP_BY_HAND):
            return True
        stops = [o for o in legs if o.is_stop]
        newest = max(stops, key=revision_of, default=None)
        if newest is None or newest.note != CANCELED_BY_HAND:
            return False
        if any(o.state.working for o in stops):
            return False
        side = close_side(entry)
        try:
            theirs = [
                o
                for o in self._sender.connector.open_orders(entry.symbol)
                if o.kind is OrderKind.STOP_MARKET
                and o.side is side
                and o.reduce_only
                and not o.client_id.startswith(f"{CLIENT_ID_PREFIX}-")
            ]
        except ExchangeError as exc:
            log.warning("%s: open orders unavailable: %s", entry.symbol, exc)
            return True  # not known yet whether the user placed one: place nothing now
        if not theirs:
            return False
        stop, tps = parse_ladder(entry.ladder)
        extras[STOP_BY_HAND] = True
        self._records.save(replace(entry, ladder=ladder_json(stop, tps, extras)))
        log.warning(
            "%s: the stop of live copy %s was canceled by hand on the exchange; the app "
            "leaves its stop to the user",
            entry.symbol,
            entry.signal_ref,
        )
        return True

    def _in_place(
        self,
        entry: IntendedOrder,
        legs: list[IntendedOrder],
        working: list[IntendedOrder],
        held: Decimal,
        plan: LiveCopyPlan | None,
    ) -> tuple[bool, bool]:
        """Whether the open legs are the copy's ladder: (a stop for what is held at its price,
        the take-profits not reached yet at theirs for no more than is held). A stop larger
        than what is held (a take-profit filled) is resized: reduce-only caps it at the whole
        exchange position, which other copies of the symbol share."""
        stops = [o for o in working if o.is_stop and o.state is IntendedState.OPEN]
        tps = [o for o in working if not o.is_stop and o.state is IntendedState.OPEN]
        rules = self._sender.connector.symbol_rules(entry.symbol)
        stop_price, take_profits, _, _ = self._ladder(entry, legs, plan)
        stop_ok = (
            bool(stops)
            and stops[-1].quantity == held
            and stops[-1].trigger_price == round_price(rules, stop_price)
        )
        wanted = sorted(round_price(rules, t.price) for t in take_profits)
        targets_ok = sum((o.quantity - o.filled for o in tps), Decimal(0)) <= held and (
            wanted == sorted(target_level(o) for o in tps)
        )
        return stop_ok, targets_ok

    def _replace_ladder(
        self,
        entry: IntendedOrder,
        legs: list[IntendedOrder],
        held: Decimal,
        plan: LiveCopyPlan | None,
        *,
        stop_only: bool = False,
    ) -> None:
        """Record a new ladder for ``held`` and mark the old legs for cancelling, in one
        transaction, then place the new stop, cancel the old legs and place the take-profits.
        ``stop_only``: the take-profits are in place; only the stop is replaced (a stop moved
        by a follow-up, break-even or the trailing stop), the take-profits keep resting."""
        stop_price, take_profits, whole, reason = self._ladder(entry, legs, plan)
        number = 1 + max((revision(o.leg) for o in legs if o.protective), default=-1)
        rules = self._sender.connector.symbol_rules(entry.symbol)
        side = close_side(entry).value
        planned: list[tuple[str, str, Decimal, Decimal]] = [
            ("sl", OrderKind.STOP_MARKET.value, held, round_price(rules, stop_price))
        ]
        tp_sizes = split_quantity(rules, held, [tp.share for tp in take_profits], whole=whole)
        for index, (tp, size) in enumerate(zip(take_profits, tp_sizes, strict=False), start=1):
            if not stop_only:
                level = round_price(rules, tp.price)
                planned.append((f"tp{index}", OrderKind.LIMIT.value, size, level))
        now = self._records.now_ms()
        new = [
            IntendedOrder(
                client_id=self._records.client_id(entry.signal_ref, short_leg, number),
                signal_ref=entry.signal_ref,
                leg=leg_name(short_leg, number),
                trader_id=entry.trader_id,
                symbol=entry.symbol,
                side=side,
                kind=kind,
                quantity=quantity,
                price=None if kind == OrderKind.STOP_MARKET.value else level,
                trigger_price=level if kind == OrderKind.STOP_MARKET.value else None,
                reduce_only=True,
                leverage=entry.leverage,
                state=IntendedState.INTENDED,
                note=reason if kind == OrderKind.STOP_MARKET.value else "",
                created_ms=now,
                updated_ms=now,
            )
            for short_leg, kind, quantity, level in planned
        ]
        old = [
            o
            for o in legs
            if o.protective and o.state is IntendedState.OPEN and (o.is_stop or not stop_only)
        ]
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
        if reason.startswith(WOULD_TRIGGER):
            # the price is already past the new stop: it would have fired, as the paper
            # engine's stop does in the next candle; the old stop stays until the close fills
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
        client_id = self._records.client_id(entry.signal_ref, "xs", number)
        existing = self._records.get(client_id)
        if existing is not None:
            if not existing.state.final:
                self._sender.resolve(existing)
            return
        log.warning("%s: the stop was refused (%s); closing at market", entry.symbol, reason)
        why = self._ladder(entry, self._records.legs(entry), None)[3] if entry.ladder else ""
        note = f"closed: the stop was refused ({reason})"
        order = self._closer.record_close(
            entry, client_id, Leg.CLOSE.value, held, f"{note} [{why}]" if why else note
        )
        self._sender.send(order)
        legs = self._sender.settle_legs(entry)
        if remaining(entry, legs) <= 0:  # closed: what still rests of its ladder comes off
            for leg in legs:
                if leg.protective and leg.state.working:
                    self._sender.cancel(leg)

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
    ) -> tuple[Decimal, tuple[TakeProfit, ...], bool, str]:
        """The stop to keep working, the take-profits not reached yet, whether the ladder
        closes the whole position, and the exit reason the stop books: from the plan, else
        from the ladder recorded on the entry (the plan's, or the last one a follow-up, the
        break-even or the trailing stop set)."""
        extras: dict[str, Any] = {}
        if plan is not None:
            stop, take_profits = plan.stop_price, plan.take_profits
            extras = plan_extras(plan)
        elif entry.ladder:
            stop, take_profits = parse_ladder(entry.ladder)
            extras = ladder_extras(entry.ladder)
        else:
            raise ExchangeError(
                f"{entry.symbol}: the copy {entry.signal_ref} filled but no stop price is known"
            )
        whole = sum((t.share for t in take_profits), Decimal(0)) >= 1
        take_profits = take_profits[int(extras.get("targets_done", 0)) :]
        long = entry.side == OrderSide.BUY.value
        rules = self._sender.connector.symbol_rules(entry.symbol)
        if "trail" not in extras and extras.get("trailing") and entry.average_price:
            # the first stop of a trailing copy: from the entry price, as the engine starts
            extras = follow(
                ExitState(stop, extras),
                long=long,
                entry_price=entry.average_price,
                targets_reached=0,
                mark=None,
                tick=rules.tick_size,
                now_ms=0,
            ).extras
        stop, reason = working_stop(stop, extras, long=long)
        reached = {
            target_level(o)
            for o in legs
            if o.leg.startswith(Leg.TAKE_PROFIT.value)
            and (
                o.state in (IntendedState.TRIGGERED, IntendedState.FILLED)
                or o.note == CANCELED_BY_HAND  # the user took it off: not placed again
                # the exchange refused it (alerted once): not sent again every pass, which
                # would also replace the stop each time
                or o.state is IntendedState.REJECTED
            )
        }
        left = tuple(t for t in take_profits if round_price(rules, t.price) not in reached)
        return stop, left, whole, reason
