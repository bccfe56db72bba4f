"""Acting on one live copy from the window's positions tables: close it at market, or withdraw
its resting entry. Each is planned first — what exactly will be sent, read from the records
and the exchange, nothing sent — so the window can show it in the confirmation; then it runs
through the kill switch (one copy's scope: its resting entry withdrawn, a reduce-only market
close recorded before it is sent, its stop and take-profits cancelled only once it is fully
closed) or the order gateway's ``cancel_entry``, and the copy's fills are booked at once."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tradermanager.domain.live_orders import IntendedOrder, IntendedState, Leg
from tradermanager.exchange.errors import ExchangeError
from tradermanager.services.kill_switch import KillSwitch
from tradermanager.services.live_copies import LiveCopyService

RESTING = (IntendedState.OPEN, IntendedState.CANCELING)


def _qty(value: Decimal) -> str:
    return format(abs(value).normalize(), "f")


def _order_words(order: IntendedOrder) -> str:
    """``stop sell 0.016 BTCUSDT at 58000 (id tm-…)``."""
    if order.is_stop:
        what = "stop"
    elif order.leg.startswith(Leg.TAKE_PROFIT.value):
        what = "take-profit"
    elif order.leg.startswith(Leg.ENTRY.value):
        what = f"{order.kind.replace('_', ' ')} entry"
    else:
        what = order.leg
    price = order.trigger_price or order.price
    at = f" at {price.normalize():f}" if price else ""
    rest = order.quantity - order.filled
    return f"{what} {order.side} {_qty(rest)} {order.symbol}{at} (id {order.client_id})"


@dataclass(frozen=True, slots=True)
class CopyActionPlan:
    """What an action on one copy would send. ``possible`` False: ``reason`` says why
    nothing would be sent."""

    kind: str  # close / cancel_entry
    signal_ref: str
    target: str  # where the orders go: live / demo / a base URL
    sends: tuple[str, ...] = ()  # each request, in order
    keeps: tuple[str, ...] = ()  # what stays as it is
    possible: bool = True
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CopyActionOutcome:
    ok: bool
    headline: str
    details: tuple[str, ...] = ()


class LiveCopyActions:
    def __init__(self, live_copies: LiveCopyService, kill_switch: KillSwitch) -> None:
        self._copies = live_copies
        self._switch = kill_switch

    def _target(self) -> str:
        """Where the orders go: a base URL, ``demo`` or ``live`` (as reconciliation says it)."""
        connector = self._copies.gateway().connector
        return getattr(connector, "base_url", None) or (
            "demo" if getattr(connector, "demo", False) else "live"
        )

    def _working(self, signal_ref: str) -> list[IntendedOrder]:
        orders = self._copies.gateway().orders_for(signal_ref)
        return [o for o in orders if o.state in RESTING]

    # -- close at market -----------------------------------------------------------------------
    def plan_close(self, signal_ref: str) -> CopyActionPlan:
        """Reads the records and the exchange (positions, open orders); sends nothing."""
        plan = self._switch.preview(signal_ref=signal_ref)
        working = self._working(signal_ref)
        entries = [o for o in working if not o.protective]
        protection = [o for o in working if o.protective]
        sends = [f"cancel the resting {_order_words(o)}" for o in entries]
        for close in plan.closes:
            side = "sell" if close.long else "buy"
            sends.append(
                f"a reduce-only market {side} order for {_qty(close.quantity)} {close.symbol} "
                f"(closes the copy's {'long' if close.long else 'short'}), recorded under its "
                "own client id before it is sent"
            )
        if plan.closes:
            sends += [f"once it is closed, cancel its {_order_words(o)}" for o in protection]
        else:
            sends += [f"cancel its {_order_words(o)}" for o in protection]
        if not sends:
            return CopyActionPlan(
                "close",
                signal_ref,
                self._target(),
                possible=False,
                reason="The app's records show nothing of this copy left to close or cancel "
                "(it may have closed since the last check).",
            )
        symbols = {o.symbol for o in working} | {c.symbol for c in plan.closes}
        keeps = tuple(
            f"left alone (not placed by the app): {line}"
            for line in plan.left_alone
            if line.split(" ", 1)[0] in symbols
        )
        return CopyActionPlan("close", signal_ref, self._target(), tuple(sends), keeps)

    def close(self, signal_ref: str) -> CopyActionOutcome:
        """Close one copy through the kill switch, then book its fills."""
        report = self._switch.flatten(None, signal_ref=signal_ref, reason="closed in the window")
        details = (
            [f"closed: {line}" for line in report.closed]
            + [f"cancelled: {line}" for line in report.cancelled]
            + [f"FAILED: {line}" for line in report.failed]
        )
        self._book(signal_ref, details)
        if report.ok and report.closed:
            headline = "Closed at market: " + report.closed[0]
        elif report.ok:
            headline = "Nothing was held: the copy's open orders were cancelled."
        else:
            headline = "Not everything could be closed: " + report.failed[0]
        return CopyActionOutcome(report.ok, headline, tuple(details))

    # -- withdraw the resting entry ------------------------------------------------------------
    def plan_cancel_entry(self, signal_ref: str) -> CopyActionPlan:
        """From the records only; sends nothing."""
        entries = [o for o in self._working(signal_ref) if o.leg.startswith(Leg.ENTRY.value)]
        if not entries:
            return CopyActionPlan(
                "cancel_entry",
                signal_ref,
                self._target(),
                possible=False,
                reason="The copy's entry is not resting on the exchange any more (it filled or "
                "was withdrawn).",
            )
        entry = entries[-1]
        keeps = (
            (
                f"the {_qty(entry.filled)} {entry.symbol} already filled stays open with its "
                "stop and take-profits",
            )
            if entry.filled > 0
            else ()
        )
        return CopyActionPlan(
            "cancel_entry",
            signal_ref,
            self._target(),
            (f"cancel the resting {_order_words(entry)}",),
            keeps,
        )

    def cancel_entry(self, signal_ref: str) -> CopyActionOutcome:
        """Withdraw the unfilled part of the entry through the gateway, then book fills."""
        result = self._copies.gateway().cancel_entry(signal_ref)
        entry = result.entry
        details: list[str] = []
        self._book(signal_ref, details)
        if entry.state is IntendedState.CANCELED or entry.state is IntendedState.EXPIRED:
            kept = (
                f"; the {_qty(entry.filled)} already filled stays open with its stop"
                if entry.filled > 0
                else ""
            )
            return CopyActionOutcome(True, f"The entry was withdrawn{kept}.", tuple(details))
        if entry.state is IntendedState.FILLED:
            return CopyActionOutcome(
                False,
                "The entry filled before it could be withdrawn: the copy is open with its stop.",
                tuple(details),
            )
        return CopyActionOutcome(
            False,
            f"The exchange still shows the entry as {entry.state.value}"
            + (f" ({entry.note})" if entry.note else "")
            + "; try again, or check the exchange.",
            tuple(details),
        )

    def _book(self, signal_ref: str, details: list[str]) -> None:
        """Book the copy's fills now, so the tables show the result at once."""
        orders = self._copies.gateway().orders_for(signal_ref)
        if not orders:
            return
        try:
            self._copies.sync_fills({orders[0].symbol})
        except ExchangeError as exc:
            details.append(f"the fills will be booked by the next check: {exc}")
