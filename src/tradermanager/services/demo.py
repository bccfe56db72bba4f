"""Loading the demo portfolio: traders, their trades, daily prices, and every signal run
through the real copy pipeline (so the decisions and my copied trades are genuine); then the
paper account is replayed on the demo's candles, so open paper positions are there to see.

Building a trader's history and running its signals through the rules is pure work, so for
large portfolios it runs in worker processes (one per core) while this process writes the
rows; the whole load is one transaction, so a failure leaves the file as it was.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from tradermanager.domain.app_settings import AppSettings
from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import SignalKind, TraderStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import resample
from tradermanager.domain.pipeline import PipelineContext, run_signals
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.metrics import MetricsService
from tradermanager.services.paper import PaperService
from tradermanager.services.traders import TraderService
from tradermanager.sources.demo_portfolio import (
    build_trader,
    demo_candles,
    demo_settings,
)
from tradermanager.store import candles as candle_repo
from tradermanager.store import pipeline_bulk
from tradermanager.store import traders as trader_repo
from tradermanager.store import trades as trade_repo
from tradermanager.store.connection import Store

Progress = Callable[[int, int], None]
PARALLEL_FROM = 60  # traders; below this, starting worker processes costs more than it saves


@dataclass(frozen=True, slots=True)
class DemoReport:
    traders: int
    trades: int
    signals: int
    accepted: int
    copied: int
    prices: int
    open_positions: int  # paper positions open after the replay
    showcase: int | None  # the trader worth opening on (see DemoService.showcase)


@dataclass(frozen=True, slots=True)
class _Job:
    index: int
    trader_id: int
    days: int
    seed: int
    end: datetime
    decided_at: datetime
    app: AppSettings


@dataclass(frozen=True, slots=True)
class _Prepared:
    trades: list[tuple[object, ...]]
    steps: pipeline_bulk.StepRows
    signals: int
    accepted: int
    copied: int  # openings my paper account copies


def _prepare(job: _Job) -> _Prepared:
    """Build one demo trader and run its signals through the copy rules (pure; picklable)."""
    demo = build_trader(job.index, job.days, job.seed, job.end)
    context = PipelineContext(
        settings=demo.settings,
        base_size=job.app.base_size,
        costs=job.app.costs,
        require_confidence=job.app.require_confidence,
    )
    ordered = sorted(demo.signals, key=lambda s: (s.received_time, s.source_id))
    steps = list(run_signals(ordered, context))
    return _Prepared(
        trades=[trade_repo.trade_values(job.trader_id, t) for t in demo.trades],
        steps=pipeline_bulk.step_rows(job.trader_id, steps, job.decided_at),
        signals=len(steps),
        accepted=sum(1 for s in steps if s.decision.accepted),
        copied=sum(
            1 for s in steps if s.paper and s.decision.accepted and s.signal.kind is SignalKind.OPEN
        ),
    )


def _prepared(jobs: list[_Job]) -> Iterator[_Prepared]:
    if len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from map(_prepare, jobs)
        return
    # spawn: never fork a process that may be running Qt and scheduler threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=context) as pool:
        yield from pool.map(_prepare, jobs, chunksize=4)


class DemoService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        app_settings: AppSettingsService,
        paper: PaperService,
        metrics: MetricsService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings
        self._paper = paper
        self._metrics = metrics

    def load(
        self,
        traders: int = 6,
        days: int = 180,
        seed: int = 7,
        *,
        progress: Progress | None = None,
        replay_paper: bool = True,
    ) -> DemoReport:
        """Add ``traders`` demo traders with ``days`` days of history ending now, then replay
        the paper account on the demo's candles so its positions are stored. The replay grows
        with every paper trader's signals (seconds for the default six traders, minutes for
        a thousand): ``replay_paper=False`` leaves it to the first positions view."""
        if not 1 <= traders <= 10_000:
            raise ValidationError("traders", traders, "a whole number from 1 to 10000")
        if not 2 <= days <= 3650:
            raise ValidationError("days", days, "a whole number from 2 to 3650")
        now = self._clock.now()
        settings = [demo_settings(k) for k in range(traders)]
        taken = {t.name.lower() for t in self._traders.list()}
        clash = [s.name for s in settings if s.name.lower() in taken]
        if clash:
            raise ValidationError(
                "name", clash[0], "names not in use yet: the demo was loaded into this file already"
            )
        app = self._app_settings.get()
        with self._store.write():
            n_prices = 0
            for candles in demo_candles(days, seed, now):
                candle_repo.write_candles(candles)
                # the days of the same path (their closes are the market's daily closes)
                n_prices += candle_repo.write_candles(resample(candles, "1d")).written
            jobs = []
            for k, s in enumerate(settings):
                trader_id = trader_repo.insert(s, now)
                trader_repo.record_event(trader_id, now, "created", "demo portfolio")
                jobs.append(_Job(k, trader_id, days, seed, now, now, app))
            totals = self._write(_prepared(jobs), len(jobs), progress)
        open_positions = self._paper.refresh().open_positions if replay_paper else 0
        return DemoReport(
            traders,
            *totals,
            n_prices,
            open_positions=open_positions,
            showcase=self.showcase(compute_missing=True),
        )

    def showcase(self, *, compute_missing: bool = False) -> int | None:
        """The trader worth opening on, chosen by its data: among traders with open paper
        positions (all traders when none has one), the one with the deepest maximum
        drawdown over all its history; an active trader before a paused one (what is being
        copied now comes first), and more open positions break a tie. The drawdown comes
        from the cached snapshot; ``compute_missing`` computes it where none is cached (off
        the GUI thread only). None when there are no traders."""
        traders = self._traders.list()
        if not traders:
            return None
        ids = {t.name: t.id for t in traders}
        open_counts: dict[int, int] = {}
        for copy in self._paper.positions():
            if copy.trader in ids:
                open_counts[ids[copy.trader]] = open_counts.get(ids[copy.trader], 0) + 1
        candidates = [t.id for t in traders if t.id in open_counts] or [t.id for t in traders]
        cached = self._metrics.summaries(("max_drawdown",), "all", candidates)
        depth: dict[int, float] = {}
        for trader_id in candidates:
            value = cached.get(trader_id, {}).get("max_drawdown")
            if value is None and compute_missing:
                drawdown = self._metrics.equity(trader_id, "all").drawdown
                value = min(drawdown, default=0.0)
            depth[trader_id] = float(value) if value is not None else 0.0
        active = {t.id for t in traders if t.status is TraderStatus.ACTIVE}
        return min(candidates, key=lambda t: (t not in active, depth[t], -open_counts.get(t, 0), t))

    @staticmethod
    def _write(
        prepared: Iterable[_Prepared], total: int, progress: Progress | None
    ) -> tuple[int, int, int, int]:
        n_trades = n_signals = accepted = copied = 0
        for done, item in enumerate(prepared, start=1):
            trade_repo.insert_trade_rows(item.steps.trader_id, item.trades)
            pipeline_bulk.insert_step_rows(item.steps)
            n_trades += len(item.trades)
            n_signals += item.signals
            accepted += item.accepted
            copied += item.copied
            if progress is not None:
                progress(done, total)
        return n_trades, n_signals, accepted, copied
