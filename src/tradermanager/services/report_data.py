"""Everything a trader report shows, read in one go: the trader as stored, its metrics
snapshot for the window, the equity and drawdown series, the drawdown episodes, the daily
returns and the newest decisions. Immutable, so it may be read on a worker thread and
rendered on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from tradermanager import __version__
from tradermanager.domain.clock import Clock
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import StoredSignal, Trader
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.metrics import EquitySeries, MetricsService, MetricsSnapshot
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.traders import TraderRef, TraderService

DECISIONS = 50  # newest decisions in a report
MAX_DECISIONS = 1000


@dataclass(frozen=True, slots=True)
class ReportData:
    trader: Trader
    window: str
    snapshot: MetricsSnapshot
    equity: EquitySeries
    daily_returns: tuple[float, ...]  # fractions, the window's days with a return
    episodes: tuple[Mapping[str, Any], ...]  # as MetricsService.drawdown_episodes
    decisions: tuple[StoredSignal, ...]  # newest first
    size_per_trade: float  # USD margin per copied trade
    base_size: float  # USD
    generated_at: datetime
    version: str

    @property
    def values(self) -> Mapping[str, Any]:
        """The snapshot's values (keys: docs/metrics.md)."""
        return self.snapshot.values


class ReportService:
    def __init__(
        self,
        clock: Clock,
        app_settings: AppSettingsService,
        traders: TraderService,
        metrics: MetricsService,
        pipeline: PipelineService,
    ) -> None:
        self._clock = clock
        self._app_settings = app_settings
        self._traders = traders
        self._metrics = metrics
        self._pipeline = pipeline

    def gather(
        self, ref: TraderRef, window: str = "30d", *, decisions: int = DECISIONS
    ) -> ReportData:
        """The report's data for ``ref`` over ``window`` (7d, 30d, 90d, all)."""
        if isinstance(decisions, bool) or not isinstance(decisions, int):
            raise ValidationError("decisions", decisions, f"a whole number 0–{MAX_DECISIONS}")
        if not 0 <= decisions <= MAX_DECISIONS:
            raise ValidationError("decisions", decisions, f"a whole number 0–{MAX_DECISIONS}")
        trader = self._traders.get(ref)
        snapshot = self._metrics.trader_metrics(trader.id, window)
        returns = self._metrics.daily_returns(trader.id, window)
        episodes = self._metrics.drawdown_episodes(trader.id, window)
        rows = self._pipeline.signals(trader.id, limit=decisions) if decisions else []
        return ReportData(
            trader=trader,
            window=window,
            snapshot=snapshot,
            equity=self._metrics.equity(trader.id, window),
            daily_returns=tuple(float(r) for r in returns.to_numpy()),
            episodes=tuple(MappingProxyType(dict(e)) for e in episodes),
            decisions=tuple(rows),
            size_per_trade=self._traders.size_per_trade(trader),
            base_size=self._app_settings.get().base_size,
            generated_at=self._clock.now(),
            version=__version__,
        )
