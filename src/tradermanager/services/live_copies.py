"""Live copies end to end: what the pipeline decided for live traders goes to the exchange
through the order gateway, and what the exchange booked comes back as positions shaped like
the paper ones.

* :meth:`LiveCopyService.executor` is the pipeline's live seam for one trader (it queues);
* :meth:`LiveCopyService.dispatch` sends what is queued (called once the pipeline's write has
  committed, at start-up, and by anyone who wants pending work sent now);
* :meth:`LiveCopyService.sync_fills` books the exchange's fills and funding into the copies,
  including those that happened while the app was closed;
* :meth:`LiveCopyService.positions` returns the copies as the engine's ``OpenCopy`` /
  ``ClosedCopy``, so performance, the portfolio and promotion read them beside paper ones.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal

from tradermanager.domain.clock import Clock
from tradermanager.domain.copy_rules import copy_rules
from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.domain.engine.sizing import Sized, size_margin
from tradermanager.domain.enums import RejectReason, Side, SignalKind, SizingMode
from tradermanager.domain.live_orders import IntendedOrder, IntendedState
from tradermanager.domain.models import Signal, Trader
from tradermanager.exchange.errors import ExchangeError, ExchangeUnavailableError
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.services.live_executor import MAX_SIGNAL_AGE, QUEUED, LiveTraderExecutor
from tradermanager.services.live_records import book_fills, to_copy
from tradermanager.services.order_gateway import (
    LiveCopyPlan,
    LiveCopyResult,
    OrderGateway,
    TakeProfit,
)
from tradermanager.store import intended_orders as order_repo
from tradermanager.store import live_positions as repo
from tradermanager.store import traders as trader_repo
from tradermanager.store.connection import Store
from tradermanager.store.fields import from_millis, to_millis
from tradermanager.store.live_models import LiveActionRow, LivePositionRow

log = logging.getLogger(__name__)


class PlanRefused(ExchangeError):
    """The app turns a queued copy down before asking the exchange (the price is already past
    its stop, the trader's sizing cannot size it)."""


@dataclass(frozen=True, slots=True)
class LiveCopyRecord:
    """One live copy as the app knows it: ``status`` pending / refused / resting / open /
    closed / canceled / failed, ``note`` what the exchange said, ``copy`` the figures once
    anything filled (None while nothing has), ``updated_ms`` when its record last changed."""

    trader: str
    source_id: str
    symbol: str
    side: Side
    status: str
    note: str
    copy: OpenCopy | ClosedCopy | None
    updated_ms: int = 0
    signal_ref: str = ""  # the copy's key for the gateway and the kill switch


@dataclass(frozen=True, slots=True)
class SyncReport:
    fills: int  # fills booked now
    funding: int  # funding shares booked now
    copies: int  # copies looked at


class LiveCopyService:
    """Live copies through ``exchange``, the process's one connection and order gateway."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        exchange: LiveExchange,
        app_settings: AppSettingsService | None = None,
    ) -> None:
        """``app_settings``: the base size and the rest of the sizing (default: the store's)."""
        self._store = store
        self._clock = clock
        self._exchange = exchange
        self._app_settings = app_settings or AppSettingsService(store)
        self._lock = threading.RLock()

    # -- the connection ---------------------------------------------------------------------------
    def connected(self) -> bool:
        """Whether an exchange is connected (a key is saved; read once, then cached)."""
        try:
            return self._exchange.connected()
        except Exception:  # a broken keyring back-end must not stop the pipeline
            log.exception("the exchange connection could not be read")
            return False

    def connection_target(self) -> str | None:
        """Where live orders go ("live", "demo" or a base URL); None when no exchange is
        connected. Reads the keyring only, no network."""
        from tradermanager.exchange import credentials as vault

        try:
            saved = vault.load_credentials()
        except ExchangeUnavailableError:
            return None
        except Exception:  # a broken keyring back-end: as good as none
            log.exception("the exchange connection could not be read")
            return None
        return None if saved is None else saved.target

    def has_copies(self) -> bool:
        """Whether any live copy was ever decided (reads the database only)."""
        return bool(repo.positions_count())

    def gateway(self) -> OrderGateway:
        return self._exchange.gateway()

    def executor(self, trader: Trader) -> LiveTraderExecutor:
        return LiveTraderExecutor(
            trader,
            self._clock,
            self.connected,
            lambda: self._store.after_commit(self.dispatch),
        )

    def _now_ms(self) -> int:
        return to_millis(self._clock.now())

    # -- sending what the pipeline queued ------------------------------------------------------
    def dispatch(self) -> int:
        """Send every queued open and follow-up; returns how many were handled. A queue entry
        older than MAX_SIGNAL_AGE (the exchange was unreachable, the app was closed) is not
        sent: the decision says so."""
        with self._lock:
            opens = repo.with_status(["pending"])
            actions = repo.pending_actions()
            if not opens and not actions:
                return 0
            try:
                gateway = self.gateway()
            except ExchangeUnavailableError as exc:
                log.warning("live copies not sent: %s", exc)
                return 0
            for row in opens:
                self._send_open(gateway, row)
            for action in actions:
                self._send_action(gateway, action)
            if actions:  # a closed copy stops counting as held at once
                try:
                    book_fills(
                        self._store,
                        gateway,
                        self._now_ms(),
                        {a.position.symbol for a in actions},
                        funding=False,
                    )
                except ExchangeError as exc:
                    log.warning("fills not booked yet: %s", exc)
            return len(opens) + len(actions)

    def _stale(self, requested_ms: int) -> bool:
        return self._now_ms() - requested_ms > MAX_SIGNAL_AGE / timedelta(milliseconds=1)

    def _send_open(self, gateway: OrderGateway, row: LivePositionRow) -> None:
        if self._stale(row.requested_ms):
            self._settle_open(
                row,
                "refused",
                "Not copied live: it could not be sent within "
                f"{MAX_SIGNAL_AGE.total_seconds() / 60:g} minutes of the decision (the exchange "
                "was unreachable or the app was closed): too late to copy, no order was sent.",
                refused=True,
            )
            return
        try:
            result = gateway.open_copy(self._plan(gateway, row))
        except PlanRefused as exc:
            self._settle_open(row, "refused", f"Not copied live: {exc}.", refused=True)
            return
        except ExchangeError as exc:
            self._settle_open(row, "failed", f"Live: the exchange could not be asked: {exc}.")
            return
        self._settle_open(row, *_open_outcome(result))

    def _plan(self, gateway: OrderGateway, row: LivePositionRow) -> LiveCopyPlan:
        """The order to send, sized as paper sizes it: base size × multiplier, or a share of
        equity, or the risk to the stop — equity being the exchange account's — with the
        trader's take-profit split (equal shares by default, the last closing the rest)."""
        connector = gateway.connector
        mark = connector.mark_price(row.symbol)
        limit = Decimal(repr(row.limit_price)) if row.limit_price is not None else None
        price = limit or mark
        long = row.side == Side.LONG.value
        stop = Decimal(repr(row.stop_loss))
        if limit is None and (stop >= mark if long else stop <= mark):
            raise PlanRefused(
                f"the mark price {mark.normalize():f} is already past the stop "
                f"{stop.normalize():f}; no order was sent"
            )
        leverage = int(row.leverage)
        trader = trader_repo.row_to_trader(trader_repo.get_row(row.trader_id))
        rules = copy_rules(trader.settings, self._app_settings.get())
        margin = row.margin
        if rules.sizing is not SizingMode.MULTIPLIER:
            equity = float(connector.balance().equity)
            sized = size_margin(rules, _sizing_signal(row, float(price)), float(price), equity)
            if not isinstance(sized, Sized):
                raise PlanRefused(sized.rstrip("."))
            margin = sized.margin
        quantity = (Decimal(repr(margin)) * leverage / price).quantize(
            Decimal("1e-12"), rounding=ROUND_DOWN
        )
        targets = repo.parse_prices(row.take_profits)
        return LiveCopyPlan(
            signal_ref=row.signal_ref,
            trader_id=row.trader_id,
            symbol=row.symbol,
            long=long,
            quantity=quantity,
            reference_price=mark,
            leverage=leverage,
            stop_price=stop,
            take_profits=tuple(
                TakeProfit(Decimal(repr(t)), w)
                for t, w in zip(targets, _weights(rules.tp_split, len(targets)), strict=True)
            ),
            limit_price=limit,
            break_even_after=rules.break_even_after or None,
            trailing=Decimal(repr(rules.trailing_stop)) if rules.trailing_stop else None,
        )

    def _settle_open(
        self, row: LivePositionRow, status: str, note: str, refused: bool = False
    ) -> None:
        with self._store.write():
            repo.update(row.id, status=status, note=note, updated_ms=self._now_ms())
            message = repo.decision_message(row.trader_id, row.source_id) or ""
            base = "" if refused else message.replace(QUEUED, "").strip()
            repo.set_decision_message(
                row.trader_id,
                row.source_id,
                f"{base} {note}".strip(),
                rejected_reason=RejectReason.LIVE_ORDER_REFUSED.value if refused else None,
            )

    def _send_action(self, gateway: OrderGateway, action: LiveActionRow) -> None:
        position = action.position
        try:
            if position.status not in ("resting", "open"):
                status, note = "refused", f"The live copy is {position.status}: nothing to do."
            elif action.kind == "close":
                fraction = Decimal(repr(action.fraction))
                result = gateway.close_by_signal(position.signal_ref, action.action_ref, fraction)
                status, note = _close_outcome(result, fraction)
            elif action.kind == "cancel":
                result = gateway.cancel_entry(position.signal_ref)
                status, note = "done", "Live: the unfilled entry was withdrawn."
            elif action.kind == "target":
                target = int(action.fraction)
                result = gateway.target_reached(position.signal_ref, action.action_ref, target)
                status = "refused" if result.note else "done"
                note = (
                    f"Live: {result.note}."
                    if result.note
                    else f"Live: take-profit {target} reached at the source; its share was "
                    "closed at market."
                )
            else:
                stop = Decimal(repr(action.stop_loss)) if action.stop_loss is not None else None
                targets = repo.parse_prices(action.take_profits)
                result = gateway.set_protection(
                    position.signal_ref,
                    stop,
                    self._take_profits(position.trader_id, targets) if targets else None,
                )
                status, note = _protect_outcome(result, stop, targets)
                with self._store.write():
                    fields: dict[str, object] = {}
                    if action.stop_loss is not None:
                        fields["stop_loss"] = action.stop_loss
                    if targets:
                        fields["take_profits"] = action.take_profits
                    if fields:
                        repo.update(position.id, **fields)
        except ExchangeError as exc:
            status, note = "failed", f"Live: the exchange could not be asked: {exc}."
        with self._store.write():
            repo.finish_action(action.id, status, note, self._now_ms())
            message = repo.decision_message(position.trader_id, action.source_id) or ""
            repo.set_decision_message(
                position.trader_id,
                action.source_id,
                f"{message.replace(QUEUED, '').strip()} {note}".strip(),
            )

    def _take_profits(self, trader_id: int, targets: tuple[float, ...]) -> tuple[TakeProfit, ...]:
        """New targets split by the trader's take-profit split, as the engine splits them
        (equal shares unless the split has one per target)."""
        trader = trader_repo.row_to_trader(trader_repo.get_row(trader_id))
        rules = copy_rules(trader.settings, self._app_settings.get())
        weights = _weights(rules.tp_split, len(targets))
        return tuple(TakeProfit(Decimal(repr(t)), w) for t, w in zip(targets, weights, strict=True))

    # -- after a restart -----------------------------------------------------------------------
    def catch_up(self) -> SyncReport | None:
        """Send what is queued (or say it is too late) and book the fills and funding since
        the last pass — at start-up, what happened while the app was closed. Each
        reconciliation pass (at start-up, then every minute) calls it after settling the
        orders and stops. None when no exchange is connected."""
        if not self.connected():
            return None
        self.dispatch()
        return self.sync_fills()

    # -- fills and funding ---------------------------------------------------------------------
    def sync_fills(self, symbols: set[str] | None = None) -> SyncReport:
        """Book every fill and funding settlement of the live copies still resting or open
        (of ``symbols``, or all) from the exchange, and their figures: entry, exit, fees,
        funding, P&L, the mark and unrealised P&L. Safe to call any time, from any thread."""
        with self._lock:
            gateway = self.gateway()
            return book_fills(self._store, gateway, self._now_ms(), symbols)

    # -- reading -------------------------------------------------------------------------------
    def records(
        self, trader_id: int | None = None, *, include_closed: bool = True
    ) -> list[LiveCopyRecord]:
        """Every live copy the pipeline decided (pending, refused and failed ones too)."""
        rows = repo.positions(trader_id)
        fills = repo.fills_of([row.id for row, _ in rows])
        out = []
        for row, name in rows:
            if not include_closed and row.status not in repo.ACTIVE:
                continue
            out.append(
                LiveCopyRecord(
                    trader=name,
                    source_id=row.source_id,
                    symbol=row.symbol,
                    side=Side(row.side),
                    status=row.status,
                    note=row.note,
                    copy=to_copy(row, name, fills[row.id]),
                    updated_ms=row.updated_ms,
                    signal_ref=row.signal_ref,
                )
            )
        return out

    def positions(
        self, trader_id: int | None = None, *, include_closed: bool = False
    ) -> list[OpenCopy | ClosedCopy]:
        """Live copies that hold or held a position (or rest as a limit entry), as the
        engine's open and closed copies: entry, exit, exit reason, P&L, fees and funding from
        the exchange's fills. Open ones first."""
        copies = [r.copy for r in self.records(trader_id) if r.copy is not None]
        if not include_closed:
            copies = [c for c in copies if isinstance(c, OpenCopy)]
        copies.sort(key=lambda c: (isinstance(c, ClosedCopy), c.entry_time or 0))
        return copies

    def orders(self, trader_id: int | None = None) -> list[IntendedOrder]:
        """Every order sent (or meant to be sent) for live copies, oldest first."""
        return order_repo.for_trader(trader_id)


def _sizing_signal(row: LivePositionRow, entry: float) -> Signal:
    """The copy as the sizing reads a signal: its stop, and the whole leverage it is sent at."""
    at = from_millis(row.requested_ms)
    return Signal(
        source_id=row.source_id,
        symbol=row.symbol,
        side=Side(row.side),
        kind=SignalKind.OPEN,
        price=entry,
        trader_time=at,
        received_time=at,
        leverage=float(int(row.leverage)),
        stop_loss=row.stop_loss,
    )


def _weights(split: tuple[float, ...], targets: int) -> list[Decimal]:
    """Share weights of the take-profits: the trader's split when it has one per target,
    else equal; scaled so they cover the whole position (the last target closes the rest, as
    in the engine)."""
    if len(split) != targets or not targets or min(split) <= 0:
        return [Decimal(1)] * targets
    low = min(split)
    return [Decimal(repr(share)) / Decimal(repr(low)) for share in split]


def _open_outcome(result: LiveCopyResult) -> tuple[str, str, bool]:
    entry = result.entry
    if entry.state is IntendedState.REFUSED:
        return "refused", f"Not copied live: {entry.note}; no order was sent.", True
    if entry.state is IntendedState.REJECTED:
        return "refused", f"Not copied live: the exchange refused the entry ({entry.note}).", True
    what = f"{'bought' if entry.side == 'buy' else 'sold'} {entry.filled.normalize():f}"
    stops = [o for o in result.protection if o.is_stop and o.state is IntendedState.OPEN]
    tps = [o for o in result.protection if o.protective and not o.is_stop and o.state.working]
    protection = (
        f"; stop {stops[-1].trigger_price} and {len(tps)} take-profit(s) rest on the exchange"
        if stops
        else ""
    )
    if entry.filled > 0:
        price = f" at {entry.average_price.normalize():f}" if entry.average_price else ""
        return "open", f"Live: {what} {entry.symbol}{price}{protection}.", False
    if entry.state is IntendedState.OPEN:
        return "resting", f"Live: limit entry at {entry.price} rests on the exchange.", False
    if entry.state in (IntendedState.CANCELED, IntendedState.EXPIRED):
        return "canceled", f"Live: the entry {entry.state.value} without a fill.", False
    return "open", f"Live: the entry's outcome is not known yet ({entry.note}).", False


def _close_outcome(result: LiveCopyResult, fraction: Decimal) -> tuple[str, str]:
    if result.note:
        return "refused", f"Live: {result.note}."
    closes = [o for o in result.protection if o.leg == "close" and o.filled > 0]
    if not closes:
        return "failed", "Live: the close's outcome is not known yet."
    last = closes[-1]
    price = f" at {last.average_price.normalize():f}" if last.average_price else ""
    left = result.remaining
    rest = f"; {left.normalize():f} still held, protected" if left > 0 else ""
    return "done", f"Live: closed {last.filled.normalize():f}{price}{rest}."


def _protect_outcome(
    result: LiveCopyResult, stop: Decimal | None, targets: tuple[float, ...]
) -> tuple[str, str]:
    if result.entry.filled == 0:
        return "done", "Live: the new levels apply once the entry fills."
    stops = [o for o in result.protection if o.is_stop and o.state is IntendedState.OPEN]
    if not stops:
        return "failed", "Live: no stop rests on the exchange; see the copy's orders."
    moved = f"stop {stops[-1].trigger_price}" if stop is not None else "stop kept"
    return "done", f"Live: {moved}, {len(targets)} take-profit(s) on the exchange."
