"""Paper trading on the execution engine: my paper account, replayed from every stored
signal of the paper traders on the stored candles, exactly as a backtest replays them.

A replay is deterministic, so paper copies and a backtest over the same signals, candles and
settings are the same trades. :meth:`PaperService.refresh` stores the result (positions and
their fills) for the window, the CLI and the API to read without recomputing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from tradermanager.domain.clock import Clock
from tradermanager.domain.engine import (
    ClosedCopy,
    CopyRules,
    EngineAlert,
    EngineResult,
    OpenCopy,
    TraderFeed,
    run_engine,
)
from tradermanager.domain.models import Signal, Trader
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.engine_market import market_for
from tradermanager.services.market_data import MarketDataService
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import paper_positions as repo
from tradermanager.store import signals as signal_repo
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
        on_alerts: Callable[[Sequence[EngineAlert]], object] | None = None,
    ) -> None:
        """``on_alerts`` receives each refresh's engine alerts (the alert service raises the
        new ones)."""
        self._on_alerts = on_alerts
        self._store = store
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings
        self._market = market

    def paper_traders(self) -> list[Trader]:
        """Traders copied on paper, archived ones included (their copies still count)."""
        live = self._traders.list() + self._traders.list(status="archived")
        return [t for t in live if t.settings.paper_only]

    @staticmethod
    def rules_for(trader: Trader, base_size: float) -> CopyRules:
        return CopyRules(base_size=base_size, multiplier=trader.settings.multiplier)

    def replay(self, interval: str = DEFAULT_INTERVAL) -> PaperAccount:
        """The paper account now: every paper trader's signals on one account whose starting
        capital is the ``my_capital`` setting."""
        app = self._app_settings.get()
        now = self._clock.now()
        feeds: list[TraderFeed] = []
        signals: list[Signal] = []
        for trader in self.paper_traders():
            mine = signal_repo.signals_between(trader.id, EPOCH, now)
            signals.extend(mine)
            feeds.append(
                TraderFeed(
                    trader.name,
                    trader.settings,
                    mine,
                    self.rules_for(trader, app.base_size),
                    archived=trader.archived_at is not None,
                    require_confidence=app.require_confidence,
                )
            )
        start = min((s.received_time for s in signals), default=now)
        market = market_for(self._market, signals, interval, start, now)
        result = run_engine(feeds, market, app.engine_costs, app.my_capital)
        return PaperAccount(
            capital=app.my_capital,
            cash=result.cash,
            equity=result.equity,
            margin_in_use=result.margin_in_use,
            open_positions=len(result.open),
            closed_positions=len(result.closed),
            result=result,
        )

    def refresh(self, interval: str = DEFAULT_INTERVAL) -> PaperAccount:
        """Replay and store every paper position with its fills, in one transaction."""
        account = self.replay(interval)
        ids = {t.name: t.id for t in self.paper_traders()}
        with self._store.write():
            repo.replace_positions([*account.result.open, *account.result.closed], ids)
        if self._on_alerts is not None:
            self._on_alerts(account.result.alerts)
        return account

    def positions(
        self, trader: TraderRef | None = None, *, include_closed: bool = False
    ) -> list[OpenCopy | ClosedCopy]:
        """Stored paper positions (as of the last refresh), open ones first."""
        trader_id = self._traders.get(trader).id if trader is not None else None
        return repo.load_positions(trader_id, include_closed=include_closed)
