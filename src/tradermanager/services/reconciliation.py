"""Reconciliation: the exchange account matched to the app's records, at start-up and every
minute while an exchange is connected.

Each pass finishes what the gateway left unsettled (``resume``: orders whose outcome it did
not see, copies that filled without their stop), books fills that happened meanwhile (when a
fill booker is attached), then compares the exchange's positions and open orders with the
copies the records explain. What the app placed and lost its stop gets it back through the
gateway. What it cannot explain — a position or an order it did not place, a position whose
size differs from its copies', a copy left without a working stop — is reported to the user
as an alert, once until it changes; it is never closed or cancelled without asking.

Findings are stored (first seen, last seen, resolved, acknowledged): a restart neither
alerts again about what was already reported nor forgets it, and a finding the pass no
longer sees is marked resolved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from tradermanager.domain.alerts import AlertIncident, AlertKind
from tradermanager.domain.clock import Clock
from tradermanager.domain.live_orders import IntendedOrder, IntendedState, Leg
from tradermanager.domain.live_positions import CopyExposure, exposures, net_by_symbol
from tradermanager.exchange.errors import ExchangeError
from tradermanager.exchange.models import ExchangePosition, OrderKind, OrderState
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.store import exchange_findings as finding_repo
from tradermanager.store import intended_orders as repo
from tradermanager.store.fields import to_millis

log = logging.getLogger(__name__)

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something on the exchange the records do not explain. ``kind``: ``unexplained_position``,
    ``size_differs``, ``unexplained_order``, ``unprotected`` or ``unconfirmed`` (an order of
    the app the exchange has not confirmed: already alerted by the gateway, so listed only);
    ``key`` names it with its figures, so a change is news again; ``stop_restored``: a stop
    the pass placed again (kept for the user to see, never an alert)."""

    kind: str
    symbol: str
    message: str
    key: str


@dataclass(frozen=True, slots=True)
class ReconciliationReport:
    checked_at: datetime
    target: str  # live / demo / a base URL
    open_copies: int  # live copies still holding a position
    positions: int  # positions on the exchange
    restored: tuple[str, ...]  # stops put back (one sentence each)
    findings: tuple[Finding, ...]
    new_findings: tuple[Finding, ...]  # the ones alerted this time
    fills_booked: object = None  # what the fill booker returned, when one is attached
    error: str = ""  # the exchange could not be read: nothing was compared
    acknowledged: frozenset[str] = frozenset()  # keys of findings the user acknowledged

    @property
    def unacknowledged(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.key not in self.acknowledged)

    @property
    def clean(self) -> bool:
        return not self.findings and not self.error


def _qty(value: Decimal) -> str:
    return format(abs(value).normalize(), "f")


def _side(value: Decimal) -> str:
    return "long" if value > 0 else "short"


def _held(value: Decimal) -> str:
    return f"{_side(value)} {_qty(value)}" if value else "nothing"


class ReconciliationService:
    """``book_fills``: the hook where fills of live copies are booked into their records
    (called inside each pass, after ``resume``, with the gateway held); None books nothing."""

    def __init__(
        self,
        clock: Clock,
        live: LiveExchange,
        book_fills: Callable[[], object] | None = None,
    ) -> None:
        self._clock = clock
        self._live = live
        self.book_fills = book_fills
        self.last: ReconciliationReport | None = None

    def run(self) -> ReconciliationReport | None:
        """One pass; None when no exchange is connected."""
        if not self._live.connected():
            return None
        now = self._clock.now()
        try:
            gateway = self._live.gateway()
        except ExchangeError as exc:  # the live extra is missing, the keyring is locked, …
            log.warning("reconciliation has no exchange to read: %s", exc)
            self.last = ReconciliationReport(now, "live", 0, 0, (), (), (), None, str(exc))
            return self.last
        target = getattr(gateway.connector, "base_url", None) or (
            "demo" if getattr(gateway.connector, "demo", False) else "live"
        )
        with gateway.exclusive():
            before = {o.client_id for o in repo.all_orders()}
            try:
                gateway.resume()
                gateway.follow_exit_rules()  # break-even and trailing stops
                booked = self.book_fills() if self.book_fills is not None else None
                positions = gateway.connector.positions()
                open_orders = gateway.connector.open_orders()
            except ExchangeError as exc:
                log.warning("reconciliation could not read the exchange: %s", exc)
                report = ReconciliationReport(now, target, 0, 0, (), (), (), None, str(exc))
                self.last = report
                return report
            records = repo.all_orders()
        copies = [c for c in exposures(records) if c.remaining > 0]
        put_back = [
            o
            for o in records
            if o.client_id not in before
            and o.leg.startswith(Leg.STOP.value)
            and o.state is IntendedState.OPEN
        ]
        restored = tuple(
            f"{o.symbol}: stop for {_qty(o.quantity)} placed at {_qty(o.trigger_price or ZERO)}"
            for o in put_back
        )
        findings = (
            self._positions(copies, positions)
            + self._orders(records, open_orders)
            + self._unprotected(copies, positions, open_orders)
            + self._unconfirmed(records)
        )
        events = [
            Finding("stop_restored", o.symbol, line, f"stop_restored:{o.client_id}")
            for o, line in zip(put_back, restored, strict=True)
        ]
        with self._live.store.write():
            first_seen = finding_repo.record_pass(
                [finding_repo.Seen(f.kind, f.symbol, f.message, f.key) for f in findings + events],
                target,
                to_millis(now),
            )
            acknowledged = frozenset(finding_repo.acknowledged_open_keys())
        new = tuple(f for f in findings if f.key in first_seen and f.kind != "unconfirmed")
        if new:
            self._alert(new)
        report = ReconciliationReport(
            now,
            target,
            len(copies),
            len(positions),
            restored,
            tuple(findings),
            new,
            booked,
            acknowledged=acknowledged,
        )
        self.last = report
        return report

    # -- comparisons ----------------------------------------------------------------------------
    @staticmethod
    def _positions(copies: list[CopyExposure], positions: list[ExchangePosition]) -> list[Finding]:
        expected = net_by_symbol(copies)
        actual = {p.symbol: p.quantity for p in positions}
        found = []
        for symbol in sorted(set(expected) | set(actual)):
            mine, theirs = expected.get(symbol, ZERO), actual.get(symbol, ZERO)
            if mine == theirs:
                continue
            if not mine:
                message = (
                    f"{symbol}: a {_held(theirs)} position that the app did not open; it is "
                    "left alone"
                )
                kind = "unexplained_position"
            else:
                message = (
                    f"{symbol}: the app's live copies hold {_held(mine)}, the exchange shows "
                    f"{_held(theirs)}; nothing was changed — check the position on the exchange"
                )
                kind = "size_differs"
            found.append(Finding(kind, symbol, message, f"{kind}:{symbol}:{mine}:{theirs}"))
        return found

    @staticmethod
    def _orders(records: list[IntendedOrder], open_orders: list[OrderState]) -> list[Finding]:
        known = {o.client_id for o in records}
        found = []
        for order in open_orders:
            if order.client_id in known:
                continue
            price = order.trigger_price or order.price
            at = f" at {price.normalize():f}" if price else ""
            kind_text = order.kind.value.replace("_", "-")
            found.append(
                Finding(
                    "unexplained_order",
                    order.symbol,
                    f"{order.symbol}: an open {order.side.value} {kind_text} order for "
                    f"{_qty(order.quantity)}{at} (id {order.client_id}) that the app did not "
                    "place; it is left alone",
                    f"unexplained_order:{order.symbol}:{order.client_id}:{order.quantity}",
                )
            )
        return found

    @staticmethod
    def _unprotected(
        copies: list[CopyExposure],
        positions: list[ExchangePosition],
        open_orders: list[OrderState],
    ) -> list[Finding]:
        """Copies whose position is on the exchange without a working reduce-only stop of
        theirs for what they hold."""
        stops = {
            o.client_id: o.quantity
            for o in open_orders
            if o.kind is OrderKind.STOP_MARKET and o.reduce_only
        }
        held = {p.symbol: p.quantity for p in positions}
        found = []
        for copy in copies:
            on_exchange = held.get(copy.symbol, ZERO)
            if not on_exchange or (on_exchange > 0) != copy.long:
                continue  # reported as a size difference
            covered = sum((stops.get(leg.client_id, ZERO) for leg in copy.legs), ZERO)
            if covered >= min(copy.remaining, abs(on_exchange)):
                continue
            last_stop = next(
                (o for o in reversed(copy.legs) if o.leg.startswith(Leg.STOP.value)), None
            )
            why = f" ({last_stop.note})" if last_stop is not None and last_stop.note else ""
            found.append(
                Finding(
                    "unprotected",
                    copy.symbol,
                    f"{copy.symbol}: the live copy {copy.signal_ref} holds "
                    f"{_held(copy.signed)} without a working stop on the exchange{why}",
                    f"unprotected:{copy.signal_ref}:{copy.remaining}",
                )
            )
        return found

    @staticmethod
    def _unconfirmed(records: list[IntendedOrder]) -> list[Finding]:
        return [
            Finding(
                "unconfirmed",
                o.symbol,
                f"{o.symbol}: the app's {o.leg} order ({o.side} {_qty(o.quantity)}, "
                f"{o.client_id}) is not confirmed by the exchange; it is looked up every "
                "minute and never sent blindly",
                f"unconfirmed:{o.client_id}",
            )
            for o in records
            if o.state is IntendedState.UNKNOWN
        ]

    # -- telling the user -----------------------------------------------------------------------
    def _alert(self, findings: tuple[Finding, ...]) -> None:
        lines = "; ".join(f.message for f in findings)
        count = len(findings)
        self._live.raise_incident(
            AlertIncident(
                AlertKind.LIVE_ACCOUNT,
                None,
                f"Reconciliation found {count} thing(s) on the exchange the app cannot "
                f"explain: {lines}",
                action="Nothing was closed or cancelled; decide on the exchange or with the "
                "kill switch (it closes only what the app opened).",
            )
        )
