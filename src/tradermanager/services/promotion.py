"""Paper → live: the criteria (global defaults, per-trader overrides), a trader's progress
against them, and promotion that respects them unless the user overrides explicitly."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

import numpy as np

from tradermanager import metrics
from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import ExecutionMode, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Trader
from tradermanager.domain.promotion import (
    RISK_WINDOW,
    PaperRecord,
    PromotionCriteria,
    PromotionStatus,
    check_promotion,
    update_criteria,
)
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.metrics import MetricsService
from tradermanager.services.my_copies import my_copies
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import app_settings as settings_repo
from tradermanager.store.connection import Store

GLOBAL_KEY = "promotion"


def _trader_key(trader_id: int) -> str:
    return f"promotion:{trader_id}"


def _figure(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


class PromotionService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        app_settings: AppSettingsService,
        metrics_service: MetricsService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings
        self._metrics = metrics_service

    def criteria(self, ref: TraderRef | None = None) -> PromotionCriteria:
        """The global criteria, or a trader's (its overrides over the global ones)."""
        stored = settings_repo.read_all()
        criteria = update_criteria(PromotionCriteria(), **stored.get(GLOBAL_KEY, {}))
        if ref is not None:
            trader = self._traders.get(ref)
            criteria = update_criteria(criteria, **stored.get(_trader_key(trader.id), {}))
        return criteria

    def set_criteria(self, ref: TraderRef | None = None, **changes: Any) -> PromotionCriteria:
        """Change the global criteria, or (with ``ref``) override them for one trader."""
        key = GLOBAL_KEY if ref is None else _trader_key(self._traders.get(ref).id)
        stored = settings_repo.read_all().get(key, {})
        update_criteria(PromotionCriteria(), **(stored | changes))  # validate
        with self._store.write():
            settings_repo.write(key, stored | changes)
        return self.criteria(ref)

    def record(self, trader: Trader) -> PaperRecord:
        copies = my_copies(trader.id, ExecutionMode.PAPER)
        closed = sorted(
            (c for c in copies if c.status is not TradeStatus.OPEN),
            key=lambda c: c.closed_at or c.opened_at,
        )
        first = min((c.opened_at for c in copies), default=None)
        days = (self._clock.now() - first).total_seconds() / 86400 if first else 0.0
        pnl = np.array([c.pnl or 0.0 for c in closed])
        capital = self._app_settings.get().my_capital
        max_dd = None
        if len(pnl):
            equity = capital + np.cumsum(pnl)
            returns = equity / np.concatenate([[capital], equity[:-1]]) - 1
            max_dd = metrics.returns_metrics(returns)["max_drawdown"]
        snapshot = self._metrics.cached_metrics(trader.id, RISK_WINDOW)
        risk: Mapping[str, Any] = snapshot.values if snapshot is not None else {}
        return PaperRecord(
            closed_trades=len(closed),
            winning_trades=int((pnl > 0).sum()),
            days=days,
            max_drawdown=max_dd,
            pnl=float(pnl.sum()),
            avg_leverage=_figure(risk.get("avg_leverage")),
            liquidation_risk=_figure(risk.get("liquidation_risk")),
            risk_score=_figure(risk.get("risk_score")),
        )

    def status(self, ref: TraderRef) -> PromotionStatus:
        trader = self._traders.get(ref)
        return check_promotion(self.record(trader), self.criteria(trader.id))

    def promote(self, ref: TraderRef, *, override: bool = False) -> Trader:
        """Paper → live when the criteria are met (or ``override`` says so explicitly)."""
        trader = self._traders.get(ref)
        status = check_promotion(self.record(trader), self.criteria(trader.id))
        if not status.ready and not override:
            unmet = "; ".join(f"{c.name} {c.actual} (needs {c.required})" for c in status.failing)
            raise ValidationError(
                "promotion", trader.name, f"traders whose paper record meets the criteria: {unmet}"
            )
        detail = "criteria met" if status.ready else "criteria overridden by the user"
        return self._traders.promote_to_live(trader.id, detail=f"{detail}; {status.summary}")

    @staticmethod
    def as_dict(status: PromotionStatus) -> dict[str, Any]:
        return {
            "ready": status.ready,
            "summary": status.summary,
            "criteria": asdict(status.criteria),
            "record": asdict(status.record),
            "checks": [asdict(c) for c in status.checks],
        }
