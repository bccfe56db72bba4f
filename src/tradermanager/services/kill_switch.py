"""The kill switch: cancel every open order the app placed and close every position it opened
— for the whole account, or for one trader's live copies (a trader's copy stop-loss, the
daily loss limit).

Only the app's own copies are touched. Each copy is closed with a reduce-only market order
recorded before it is sent under a deterministic id, so a retry after a timeout looks the
close up instead of sending another, and running the switch twice never closes twice. The
order of work keeps copies guarded: open entries are cancelled first (no new exposure), then
positions are closed, and only a copy that is fully closed loses its stop and take-profits.
Positions and orders the app did not place are left alone and listed. With ``pause`` (the
window and the command line), the live traders in scope are paused first, so no new signal
opens a copy behind the switch; the engine's own limits stop copying their own way. Every use
raises an alert that says what was done and what failed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from tradermanager.domain.alerts import AlertIncident, AlertKind
from tradermanager.domain.engine import ExitReason
from tradermanager.domain.live_orders import IntendedOrder, IntendedState, is_protective
from tradermanager.domain.live_positions import CopyExposure, exposures, net_by_symbol
from tradermanager.exchange.errors import ExchangeError
from tradermanager.exchange.models import ExchangePosition, OrderState
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.services.order_gateway import OrderGateway
from tradermanager.services.traders import TraderService
from tradermanager.store import intended_orders as repo

log = logging.getLogger(__name__)

ZERO = Decimal(0)
WORKING = (IntendedState.OPEN, IntendedState.CANCELING, IntendedState.INTENDED)
UNSETTLED = (IntendedState.SENT, IntendedState.UNKNOWN)


def _qty(value: Decimal) -> str:
    return format(abs(value).normalize(), "f")


@dataclass(frozen=True, slots=True)
class PlannedClose:
    symbol: str
    signal_ref: str
    trader_id: int | None
    long: bool
    quantity: Decimal  # base asset

    def describe(self) -> str:
        side = "long" if self.long else "short"
        return f"close {self.symbol} {side} {_qty(self.quantity)} (copy {self.signal_ref})"


@dataclass(frozen=True, slots=True)
class FlattenPlan:
    """What the kill switch would do now: nothing is sent to build it."""

    trader_id: int | None
    closes: tuple[PlannedClose, ...]
    cancels: tuple[str, ...]  # open orders of the app, one line each
    left_alone: tuple[str, ...]  # positions and orders the app did not place
    to_pause: tuple[str, ...] = ()  # live traders copying now (paused when asked to)

    @property
    def empty(self) -> bool:
        return not self.closes and not self.cancels


@dataclass(frozen=True, slots=True)
class FlattenReport:
    trader_id: int | None
    closed: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    left_alone: tuple[str, ...] = ()
    paused: tuple[str, ...] = ()  # live traders paused so that nothing new opens

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict[str, object]:
        return {
            "trader_id": self.trader_id,
            "ok": self.ok,
            "closed": list(self.closed),
            "cancelled": list(self.cancelled),
            "failed": list(self.failed),
            "left_alone": list(self.left_alone),
            "paused": list(self.paused),
        }


@dataclass(frozen=True, slots=True)
class _Scope:
    """What a run covers: every copy, one trader's, or one copy (``signal_ref``)."""

    trader_id: int | None = None
    signal_ref: str | None = None

    def covers(self, order: IntendedOrder) -> bool:
        return (self.trader_id is None or order.trader_id == self.trader_id) and (
            self.signal_ref is None or order.signal_ref == self.signal_ref
        )

    def covers_copy(self, copy: CopyExposure) -> bool:
        return (self.trader_id is None or copy.trader_id == self.trader_id) and (
            self.signal_ref is None or copy.signal_ref == self.signal_ref
        )


@dataclass
class _Work:
    closed: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def _describe_order(order: IntendedOrder) -> str:
    price = order.trigger_price or order.price
    at = f" at {price.normalize():f}" if price else ""
    return f"{order.symbol} {order.leg} {order.side} {_qty(order.quantity)}{at} ({order.client_id})"


class KillSwitch:
    """``traders`` lets the switch pause live traders (``pause=True``)."""

    def __init__(self, live: LiveExchange, traders: TraderService | None = None) -> None:
        self._live = live
        self._traders = traders

    def live_traders(self, trader_id: int | None = None) -> list[str]:
        """Names of the active live traders in scope (nothing when traders are unknown)."""
        if self._traders is None:
            return []
        return [
            t.name
            for t in self._traders.list(status="active")
            if not t.settings.paper_only and trader_id in (None, t.id)
        ]

    # -- looking --------------------------------------------------------------------------------
    def preview(
        self, trader_id: int | None = None, *, signal_ref: str | None = None
    ) -> FlattenPlan:
        """What :meth:`flatten` would close and cancel, from the records and the exchange's
        positions and open orders (read, nothing sent). ``signal_ref``: one copy only."""
        scope = _Scope(trader_id, signal_ref)
        gateway = self._live.gateway()
        with gateway.exclusive():
            positions = gateway.connector.positions()
            open_orders = gateway.connector.open_orders()
            records = repo.all_orders()
        mine = self._copies(records, scope)
        closes = tuple(
            PlannedClose(c.symbol, c.signal_ref, c.trader_id, c.long, c.remaining) for c in mine
        )
        cancels = tuple(
            _describe_order(o)
            for o in records
            if o.state in (IntendedState.OPEN, IntendedState.CANCELING) and scope.covers(o)
        )
        return FlattenPlan(
            trader_id,
            closes,
            cancels,
            self._left_alone(records, positions, open_orders),
            tuple(self.live_traders(trader_id)) if signal_ref is None else (),
        )

    @staticmethod
    def _copies(records: list[IntendedOrder], scope: _Scope) -> list[CopyExposure]:
        return [c for c in exposures(records) if c.remaining > 0 and scope.covers_copy(c)]

    @staticmethod
    def _left_alone(
        records: list[IntendedOrder],
        positions: list[ExchangePosition],
        open_orders: list[OrderState],
    ) -> tuple[str, ...]:
        expected = net_by_symbol(c for c in exposures(records) if c.remaining > 0)
        known = {o.client_id for o in records}
        lines = []
        for position in positions:
            mine = expected.get(position.symbol, ZERO)
            other = position.quantity - mine
            if other and (mine == 0 or (other > 0) == (position.quantity > 0)):
                side = "long" if other > 0 else "short"
                lines.append(
                    f"{position.symbol} {side} {_qty(other)}: not opened by the app"
                    if not mine
                    else f"{position.symbol} {side} {_qty(other)} beyond the app's copies"
                )
        for order in open_orders:
            if order.client_id not in known:
                lines.append(
                    f"{order.symbol} {order.side.value} {order.kind.value} "
                    f"{_qty(order.quantity)} ({order.client_id}): not placed by the app"
                )
        return tuple(lines)

    # -- acting ---------------------------------------------------------------------------------
    def flatten(
        self,
        trader_id: int | None = None,
        *,
        reason: str = "",
        pause: bool = False,
        signal_ref: str | None = None,
        exit_reason: ExitReason = ExitReason.MANUAL,
    ) -> FlattenReport:
        """Cancel the app's open orders and close the app's positions (all, one trader's, or
        with ``signal_ref`` one copy's: its resting entry, its position, then its stop and
        take-profits).

        ``reason`` says who pulled the switch (the user, a daily loss limit, a copy stop-loss)
        and goes into the alert; ``exit_reason`` is what the closes are booked as (the user's
        by default); ``pause`` pauses the live traders in scope first. Failures
        are collected, never raised, so one bad symbol does not leave the others open; the
        report says what was done and what was not. Closing one copy raises no alert (the
        user asked for it in the window); it pauses nobody."""
        gateway = self._live.gateway()
        scope = _Scope(trader_id, signal_ref)
        paused = self._pause(trader_id) if pause and signal_ref is None else ()
        work = _Work()
        left: tuple[str, ...] = ()
        with gateway.exclusive():
            self._settle(gateway, scope, work)
            self._cancel_entries_and_closes(gateway, scope, work)
            try:
                positions = gateway.connector.positions()
            except ExchangeError as exc:
                work.failed.append(f"positions could not be read, nothing was closed: {exc}")
                positions = None
            if positions is not None:
                self._close(gateway, scope, positions, work, exit_reason)
            self._cancel_protection(gateway, scope, work)
            try:
                left = self._left_alone(
                    repo.all_orders(),
                    gateway.connector.positions(),
                    gateway.connector.open_orders(),
                )
            except ExchangeError as exc:
                work.failed.append(f"the exchange could not be read afterwards: {exc}")
        report = FlattenReport(
            trader_id,
            tuple(work.closed),
            tuple(work.cancelled),
            tuple(work.failed),
            left,
            paused,
        )
        if signal_ref is None:
            self._alert(report, reason)
        return report

    def _pause(self, trader_id: int | None) -> tuple[str, ...]:
        if self._traders is None:
            return ()
        names = self.live_traders(trader_id)
        for name in names:
            self._traders.toggle(name, active=False)
        return tuple(names)

    def _settle(self, gateway: OrderGateway, scope: _Scope, work: _Work) -> None:
        """Learn the outcome of every order in flight (looked up, never sent again) and drop
        orders recorded but never sent."""
        for order in repo.unsettled():
            if not scope.covers(order):
                continue
            try:
                if order.state is IntendedState.INTENDED:
                    gateway.cancel_order(order)
                    continue
                settled = gateway.settle(order)
            except ExchangeError as exc:
                work.failed.append(f"{_describe_order(order)}: could not be looked up ({exc})")
                continue
            if settled.state is IntendedState.UNKNOWN:
                work.failed.append(
                    f"{_describe_order(order)}: the exchange cannot confirm it; check its open "
                    "orders"
                )

    def _cancel_entries_and_closes(self, gateway: OrderGateway, scope: _Scope, work: _Work) -> None:
        """Entries still working (a resting limit) and closes left working: no new exposure,
        and a close's final fill is known before the copy's rest is closed."""
        for order in repo.all_orders():
            if (
                order.state is IntendedState.OPEN
                and not is_protective(order.leg)
                and scope.covers(order)
            ):
                self._cancel(gateway, order, work)

    def _close(
        self,
        gateway: OrderGateway,
        scope: _Scope,
        positions: list[ExchangePosition],
        work: _Work,
        exit_reason: ExitReason,
    ) -> None:
        held = {p.symbol: p.quantity for p in positions}
        for copy in self._copies(repo.all_orders(), scope):
            on_exchange = held.get(copy.symbol, ZERO)
            same_side = on_exchange > 0 if copy.long else on_exchange < 0
            available = abs(on_exchange) if same_side else ZERO
            quantity = min(copy.remaining, available)
            what = f"{copy.symbol} {'long' if copy.long else 'short'} {_qty(copy.remaining)}"
            if quantity <= 0:
                work.failed.append(
                    f"{what} (copy {copy.signal_ref}): the exchange shows no such position; "
                    "nothing was sent"
                )
                continue
            try:
                close = gateway.close_copy(copy.entry, quantity, exit_reason.value)
            except ExchangeError as exc:
                work.failed.append(f"{what} (copy {copy.signal_ref}): not closed ({exc})")
                continue
            held[copy.symbol] = on_exchange - (close.filled if copy.long else -close.filled)
            if close.filled >= copy.remaining:
                work.closed.append(f"{what} at {close.average_price} (copy {copy.signal_ref})")
            elif close.filled > 0:
                work.failed.append(
                    f"{what} (copy {copy.signal_ref}): only {_qty(close.filled)} closed; the "
                    f"rest keeps its stop — use the kill switch again"
                )
            else:
                note = f": {close.note}" if close.note else ""
                work.failed.append(
                    f"{what} (copy {copy.signal_ref}): the close {close.state.value}{note}"
                )

    def _cancel_protection(self, gateway: OrderGateway, scope: _Scope, work: _Work) -> None:
        """Stops and take-profits of copies with nothing left; others keep theirs."""
        records = repo.all_orders()
        holding = {c.signal_ref for c in exposures(records) if c.remaining > 0}
        for order in records:
            if (
                order.state in WORKING
                and is_protective(order.leg)
                and order.signal_ref not in holding
                and scope.covers(order)
            ):
                self._cancel(gateway, order, work)

    @staticmethod
    def _cancel(gateway: OrderGateway, order: IntendedOrder, work: _Work) -> None:
        try:
            after = gateway.cancel_order(order)
        except ExchangeError as exc:
            work.failed.append(f"{_describe_order(order)}: not cancelled ({exc})")
            return
        if after.state is IntendedState.CANCELED:
            work.cancelled.append(_describe_order(order))
        elif after.state is IntendedState.EXPIRED:  # the exchange dropped it with its position
            work.cancelled.append(f"{_describe_order(order)} (expired with its position)")
        elif after.state in (IntendedState.OPEN, IntendedState.CANCELING, *UNSETTLED):
            work.failed.append(f"{_describe_order(order)}: still {after.state.value}")

    # -- telling the user -----------------------------------------------------------------------
    def _alert(self, report: FlattenReport, reason: str) -> None:
        scope = "all live copies" if report.trader_id is None else "this trader's live copies"
        parts = [f"Kill switch used on {scope}" + (f" ({reason})" if reason else "") + "."]
        parts.append(
            f"Closed {len(report.closed)} position(s), cancelled {len(report.cancelled)} order(s)."
        )
        if report.failed:
            parts.append("FAILED: " + "; ".join(report.failed))
        if report.left_alone:
            parts.append("Left alone (not the app's): " + "; ".join(report.left_alone))
        if report.paused:
            parts.append("Paused: " + ", ".join(report.paused) + ".")
        self._live.raise_incident(
            AlertIncident(
                AlertKind.KILL_SWITCH,
                report.trader_id,
                " ".join(parts),
                action="Closed the app's live positions and cancelled its open orders."
                if report.ok
                else "Some positions or orders could not be closed: check the exchange.",
            )
        )
