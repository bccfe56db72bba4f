"""Paper trading on the execution engine: my paper account, replayed from every stored
signal of the paper traders on the stored candles, exactly as a backtest replays them.

A replay is deterministic, so paper copies and a backtest over the same signals, candles and
settings are the same trades. :meth:`PaperService.refresh` stores the result (positions and
their fills) for the window, the CLI and the API to read without recomputing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from tradermanager.domain.app_settings import AppSettings
from tradermanager.domain.clock import Clock
from tradermanager.domain.copy_rules import account_guards, copy_rules
from tradermanager.domain.engine import (
    ClosedCopy,
    EngineAlert,
    EngineResult,
    OpenCopy,
    TraderFeed,
    run_engine,
)
from tradermanager.domain.enums import SignalKind
from tradermanager.domain.models import Signal, Trader
from tradermanager.domain.trader_periods import Switch, TraderTimeline, switches_of
from tradermanager.services.alerts import EvaluationReport
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.engine_market import market_for
from tradermanager.services.market_data import MarketDataService
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import paper_positions as repo
from tradermanager.store import signals as signal_repo
from tradermanager.store import traders as trader_repo
from tradermanager.store.connection import Store

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DEFAULT_INTERVAL = "1h"


@dataclass(frozen=True, slots=True)
class PaperAccount:
    """The paper account after a replay (USD)."""

    capital: float
    cash: float
    equity: float
    margin_in_use: float
    open_positions: int
    closed_positions: int
    result: EngineResult
    alerts: EvaluationReport | None = None  # the new engine alerts a refresh raised
    changed_traders: tuple[int, ...] = ()  # ids whose copies a refresh changed
    # tokens whose leverage brackets are unknown: liquidation prices on the estimated table
    estimated_brackets: tuple[str, ...] = ()

    @property
    def free_margin(self) -> float:
        return self.cash - self.margin_in_use


class PaperService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        app_settings: AppSettingsService,
        market: MarketDataService,
        on_alerts: Callable[[Sequence[EngineAlert]], EvaluationReport] | None = None,
    ) -> None:
        """``on_alerts`` receives each refresh's engine alerts (the alert service raises the
        new ones and reports what fired)."""
        self._on_alerts = on_alerts
        self._store = store
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings
        self._market = market

    def paper_traders(self) -> list[tuple[Trader, TraderTimeline]]:
        """Traders copied on paper at some time, with their timelines: archived ones and
        ones promoted to live since included (their paper copies still count)."""
        every = self._traders.list() + self._traders.list(status="archived")
        timed = [(t, trader_repo.timeline_of(t)) for t in every]
        return [(t, timeline) for t, timeline in timed if timeline.ever_paper]

    def replay(self, interval: str = DEFAULT_INTERVAL) -> PaperAccount:
        """The paper account now: every paper trader's signals on one account whose starting
        capital is the ``my_capital`` setting, under each trader's execution rules and the
        account guards of the settings."""
        app = self._app_settings.get()
        now = self._clock.now()
        feeds: list[TraderFeed] = []
        signals: list[Signal] = []
        for trader, timeline in self.paper_traders():
            mine = signal_repo.signals_between(trader.id, EPOCH, now)
            signals.extend(mine)
            feeds.append(feed_for(trader, mine, app, timeline))
        start = min((s.received_time for s in signals), default=now)
        market = market_for(self._market, signals, interval, start, now)
        result = run_engine(feeds, market, app.engine_costs, app.my_capital, account_guards(app))
        return PaperAccount(
            capital=app.my_capital,
            cash=result.cash,
            equity=result.equity,
            margin_in_use=result.margin_in_use,
            open_positions=len(result.open),
            closed_positions=len(result.closed),
            result=result,
            estimated_brackets=tuple(
                sorted(t for t, table in market.brackets.items() if table.estimated)
            ),
        )

    def refresh(self, interval: str = DEFAULT_INTERVAL) -> PaperAccount:
        """Replay and store every paper position with its fills, in one transaction."""
        account = self.replay(interval)
        traders = self.paper_traders()
        ids = {t.name: t.id for t, _ in traders}
        with self._store.write():
            changed = repo.replace_positions([*account.result.open, *account.result.closed], ids)
        account = replace(account, changed_traders=tuple(changed))
        if self._on_alerts is not None:
            timelines = {t.name: timeline for t, timeline in traders}
            alerts = [a for a in account.result.alerts if _while_on_paper(a, timelines)]
            account = replace(account, alerts=self._on_alerts(alerts))
        return account

    def positions(
        self, trader: TraderRef | None = None, *, include_closed: bool = False
    ) -> list[OpenCopy | ClosedCopy]:
        """Stored paper positions (as of the last refresh), open ones first."""
        trader_id = self._traders.get(trader).id if trader is not None else None
        return repo.load_positions(trader_id, include_closed=include_closed)


def last_resumed_at(trader: Trader) -> datetime | None:
    """When the user last resumed the trader (None: never): where its copy stop-loss restarts."""
    resumed = [
        at
        for at, kind, detail in trader_repo.events(trader.id)
        if Switch.RESUME in switches_of(kind, detail)
    ]
    return resumed[-1] if resumed else None


def _while_on_paper(alert: EngineAlert, timelines: dict[str, TraderTimeline]) -> bool:
    """An account alert, or one about a trader copied on paper when it fired. The paper
    copies a trader kept after its promotion to live must not pause it (or alert about it):
    its live copies have their own copy stop-loss, on what they lost."""
    timeline = timelines.get(alert.trader) if alert.trader is not None else None
    if timeline is None:
        return True
    return timeline.state_at(EPOCH + timedelta(milliseconds=alert.time)).paper


def feed_for(
    trader: Trader,
    signals: Sequence[Signal],
    app: AppSettings,
    timeline: TraderTimeline | None = None,
) -> TraderFeed:
    """One trader's paper replay under its execution rules.

    The paper account is replayed from the start each time, so every period of the trader's
    history is replayed as it was: its opening signals received while it was paused,
    archived or copied live are left out (closes and updates still act on what my paper copy
    holds), the others are copied. Each time copying on paper starts again after a stop (a
    resume, a restore, a return from live) its copy stop-loss restarts: losses before no
    longer count, and a pause by an earlier copy stop ends there."""
    timeline = timeline if timeline is not None else trader_repo.timeline_of(trader)
    kept = [
        s
        for s in signals
        if s.kind is not SignalKind.OPEN or timeline.copied_on_paper_at(s.received_time)
    ]
    settings = replace(trader.settings, active=True)
    rules = replace(
        copy_rules(trader.settings, app),
        copy_stop_restarts=tuple(_ms(at) for at in timeline.paper_restarts()),
    )
    return TraderFeed(trader.name, settings, kept, rules, require_confidence=app.require_confidence)


def _ms(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(milliseconds=1)
