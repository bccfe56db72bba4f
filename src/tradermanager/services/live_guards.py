"""The engine's two loss limits on live copies, checked after every reconciliation pass (the
pass has just booked the exchange's fills, funding and marks into the live copies).

* A trader's copy stop-loss: when my live copies of an active live trader have lost at least
  ``copy_stop_loss`` × its allocation (the ``my_capital`` setting where it has none) — the
  realised P&L net of fees and funding plus the unrealised P&L at the mark, of the copies
  requested since the trader was last resumed — its live copies are closed with the kill
  switch, the trader is paused first, and the copy stop-loss alert is raised. The paused
  trader is not looked at again until the user resumes it, which restarts the count.
* The daily loss limit: when what live copies lost today (UTC) — realised P&L, fees,
  funding and the change of their unrealised P&L since 00:00 UTC at the exchange's mark
  (:mod:`tradermanager.domain.live_day_result`) — reaches ``daily_loss_limit`` × the wallet
  at the start of the day, no new live copy is sent for the rest of the UTC day (the live
  executor refuses with the ``daily_loss_limit`` reason), with ``daily_loss_close_all``
  every live copy is closed, and the alert is raised — once a day: the day is remembered in
  the database. The wallet at the start of the day is the exchange's wallet balance now
  less what live copies realised today (deposits, withdrawals and trades by hand today
  shift it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from tradermanager.domain.alerts import AlertIncident, AlertKind
from tradermanager.domain.clock import Clock
from tradermanager.domain.engine import ExitReason
from tradermanager.domain.live_day_result import NOTHING, DayResult, copy_day_result, held_at
from tradermanager.domain.models import Trader
from tradermanager.exchange.connector import ExchangeConnector
from tradermanager.exchange.errors import ExchangeError
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.kill_switch import FlattenReport, KillSwitch
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.services.paper import last_resumed_at
from tradermanager.services.traders import TraderService
from tradermanager.store import live_guards as guard_repo
from tradermanager.store import live_positions as repo
from tradermanager.store.connection import Store
from tradermanager.store.fields import to_millis

log = logging.getLogger(__name__)

DAY_MS = 86_400_000
COUNTED = ("open", "closed")  # copies that hold or held a position


@dataclass(frozen=True, slots=True)
class CopyStopCheck:
    trader: str
    lost: float  # USDT, positive for a loss
    limit: float  # USDT
    tripped: bool


@dataclass(frozen=True, slots=True)
class DailyLossCheck:
    day_start_wallet: float
    lost_today: float  # USDT, positive for a loss
    limit: float  # USDT
    tripped: bool
    result: DayResult = NOTHING  # today's result in parts: trading, fees, funding


@dataclass
class GuardReport:
    copy_stops: list[CopyStopCheck] = field(default_factory=list)
    daily: DailyLossCheck | None = None
    flattened: list[FlattenReport] = field(default_factory=list)
    error: str = ""  # the wallet could not be read: the daily limit was not checked


def day_of(moment_ms: int) -> int:
    return moment_ms // DAY_MS


def daily_loss_blocked(now: datetime) -> bool:
    """Whether the daily loss limit stopped live copying for ``now``'s UTC day."""
    return guard_repo.blocked_day() == day_of(to_millis(now))


def copies_result(trader_id: int, since_ms: int | None) -> float:
    """Realised (net of fees and funding) plus unrealised P&L of a trader's live copies
    requested at or after ``since_ms`` (all when None), USDT."""
    total = 0.0
    for row, _ in repo.positions(trader_id, COUNTED):
        if since_ms is not None and row.requested_ms < since_ms:
            continue
        unrealised = (row.unrealized_pnl or 0.0) if row.status == "open" else 0.0
        total += row.pnl + unrealised
    return total


class LiveGuards:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        live: LiveExchange,
        kill_switch: KillSwitch,
        traders: TraderService,
        settings: AppSettingsService,
        book_fills: Callable[[], object] | None = None,
    ) -> None:
        """``book_fills`` books the closes the kill switch made into the live copies at once
        (else the next reconciliation pass books them)."""
        self._store = store
        self._clock = clock
        self._live = live
        self._switch = kill_switch
        self._traders = traders
        self._settings = settings
        self._book_fills = book_fills
        self._day_marks: dict[tuple[str, int], float] = {}  # (symbol, 00:00 UTC ms) → mark

    def run(self) -> GuardReport | None:
        """Check both limits and act; None when no exchange is connected."""
        if not self._live.connected():
            return None
        report = GuardReport()
        for trader in self._traders.list(status="active"):
            if not trader.settings.paper_only and trader.settings.copy_stop_loss > 0:
                self._copy_stop(trader, report)
        self._daily(report)
        if report.flattened and self._book_fills is not None:
            try:
                self._book_fills()
            except ExchangeError as exc:  # booked by the next pass
                log.warning("the closes could not be booked yet: %s", exc)
        return report

    # -- a trader's copy stop-loss ---------------------------------------------------------------
    def _copy_stop(self, trader: Trader, report: GuardReport) -> None:
        app = self._settings.get()
        allocation = trader.settings.allocation or app.my_capital
        limit = trader.settings.copy_stop_loss * allocation
        resumed = last_resumed_at(trader)
        lost = -copies_result(trader.id, None if resumed is None else to_millis(resumed))
        tripped = lost > 0 and lost >= limit
        report.copy_stops.append(CopyStopCheck(trader.name, lost, limit, tripped))
        if not tripped:
            return
        flat = self._switch.flatten(
            trader.id, reason="copy stop-loss", pause=True, exit_reason=ExitReason.COPY_STOP
        )
        report.flattened.append(flat)
        done = (
            "Closed its live copies and paused it."
            if flat.ok
            else "Paused it; some live copies could not be closed: " + "; ".join(flat.failed)
        )
        self._live.raise_incident(
            AlertIncident(
                AlertKind.COPY_STOP_LOSS,
                trader.id,
                f"Live copies of {trader.name} lost ${lost:,.2f}, "
                f"{trader.settings.copy_stop_loss:.2%} of the ${allocation:,.2f} allocated "
                f"(limit ${limit:,.2f}). {done}",
                value=lost,
                limit=limit,
                action=done,
                paused_trader=True,
            )
        )

    # -- the daily loss limit ------------------------------------------------------------------
    def day_result(self, start_ms: int) -> DayResult:
        """Every live copy's result since ``start_ms`` (00:00 UTC; see
        :mod:`tradermanager.domain.live_day_result`): copies held at 00:00 are valued at the
        exchange's mark at 00:00 (read once a day per symbol), open ones at the mark the last
        pass booked (the mark now, where none was booked)."""
        total = NOTHING
        copies = guard_repo.copies_since(start_ms)
        if not copies:
            return total
        gateway = self._live.gateway()
        for copy in copies:
            held_then = held_at(copy.fills, start_ms) > 0
            held_now = held_at(copy.fills, 2**62) > 0
            with gateway.exclusive():
                then = (
                    self._mark_at(gateway.connector, copy.symbol, start_ms) if held_then else None
                )
                now = copy.mark
                if held_now and now is None:
                    now = float(gateway.connector.mark_price(copy.symbol))
            total += copy_day_result(copy.long, copy.fills, copy.funding, start_ms, then, now)
        return total

    def _mark_at(self, connector: ExchangeConnector, symbol: str, start_ms: int) -> float:
        key = (symbol, start_ms)
        if key not in self._day_marks:
            self._day_marks = {k: v for k, v in self._day_marks.items() if k[1] == start_ms}
            self._day_marks[key] = float(connector.mark_price_at(symbol, start_ms))
        return self._day_marks[key]

    def _daily(self, report: GuardReport) -> None:
        app = self._settings.get()
        if app.daily_loss_limit <= 0:
            return
        now_ms = to_millis(self._clock.now())
        today = day_of(now_ms)
        if guard_repo.blocked_day() == today:
            return  # acted on today already
        start_ms = today * DAY_MS
        try:
            result = self.day_result(start_ms)
            if result.total >= 0:
                return  # nothing lost today: the wallet need not be read
            realised = guard_repo.realised_since(start_ms)
            gateway = self._live.gateway()
            with gateway.exclusive():
                wallet = float(gateway.connector.balance().wallet)
        except ExchangeError as exc:
            log.warning("the daily loss limit could not be checked: %s", exc)
            report.error = str(exc)
            return
        start = wallet - realised
        lost = -result.total
        limit = app.daily_loss_limit * start
        tripped = lost > 0 and lost >= limit
        report.daily = DailyLossCheck(start, lost, limit, tripped, result)
        if not tripped:
            return
        with self._store.write():
            guard_repo.set_blocked_day(today)
        closing = app.daily_loss_close_all
        done = "No new live copies until the next UTC day"
        if closing:
            flat = self._switch.flatten(
                None, reason="daily loss limit", exit_reason=ExitReason.DAILY_LOSS_LIMIT
            )
            report.flattened.append(flat)
            done += (
                ", and every live copy was closed."
                if flat.ok
                else "; some live copies could not be closed: " + "; ".join(flat.failed)
            )
        else:
            done += "."
        self._live.raise_incident(
            AlertIncident(
                AlertKind.DAILY_LOSS_LIMIT,
                None,
                f"Live copies lost ${lost:,.2f} today (UTC: {_parts(result)}), "
                f"{app.daily_loss_limit:.2%} of the "
                f"${start:,.2f} wallet at the start of the day is the limit (${limit:,.2f}). "
                f"{done}",
                value=lost,
                limit=limit,
                action=done,
            )
        )


def _parts(result: DayResult) -> str:
    """Today's result in words: price moves (realised and unrealised), fees, funding."""
    funding = (
        f"funding paid ${result.funding:,.2f}"
        if result.funding >= 0
        else f"funding received ${-result.funding:,.2f}"
    )
    return (
        f"price moves {'+' if result.trading >= 0 else '−'}${abs(result.trading):,.2f} "
        f"realised and unrealised, fees ${result.fees:,.2f}, {funding}"
    )
