"""Loading the demo portfolio: traders, their trades, daily prices, and every signal run
through the real copy pipeline (so the decisions and my copied trades are genuine)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tradermanager.domain.clock import Clock
from tradermanager.domain.errors import ValidationError
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.traders import TraderService
from tradermanager.sources.demo_portfolio import build_demo
from tradermanager.store import prices as price_repo
from tradermanager.store import trades as trade_repo
from tradermanager.store.connection import Store

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoReport:
    traders: int
    trades: int
    signals: int
    accepted: int
    copied: int
    prices: int


class DemoService:
    def __init__(
        self, store: Store, clock: Clock, traders: TraderService, pipeline: PipelineService
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._pipeline = pipeline

    def load(
        self,
        traders: int = 6,
        days: int = 180,
        seed: int = 7,
        *,
        progress: Progress | None = None,
    ) -> DemoReport:
        """Add ``traders`` demo traders with ``days`` days of history ending today."""
        if not 1 <= traders <= 10_000:
            raise ValidationError("traders", traders, "a whole number from 1 to 10000")
        if not 2 <= days <= 3650:
            raise ValidationError("days", days, "a whole number from 2 to 3650")
        portfolio = build_demo(traders, days, seed, self._clock.now())
        taken = {t.name.lower() for t in self._traders.list()}
        clash = [d.settings.name for d in portfolio.traders if d.settings.name.lower() in taken]
        if clash:
            raise ValidationError(
                "name", clash[0], "names not in use yet: the demo was loaded into this file already"
            )
        with self._store.write():
            n_prices = price_repo.upsert_prices(portfolio.daily_prices())
        n_trades = n_signals = accepted = copied = 0
        for i, demo in enumerate(portfolio.traders):
            with self._store.write():
                trader = self._traders.add(demo.settings)
                n_trades += trade_repo.insert_trades(trader.id, demo.trades)
                report = self._pipeline.process_many(trader.id, demo.signals)
            n_signals += report.received
            accepted += report.accepted
            copied += report.opened
            if progress is not None:
                progress(i + 1, len(portfolio.traders))
        return DemoReport(len(portfolio.traders), n_trades, n_signals, accepted, copied, n_prices)
