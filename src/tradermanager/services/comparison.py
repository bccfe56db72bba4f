"""Comparing 2–6 traders over one window: key metrics side by side with the best marked, the
radar axes scaled 0..1 across them, equity curves, token overlap and the correlation of
their daily returns. One immutable result serves the window and ``tradermanager compare``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from tradermanager.domain.clock import Clock
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.metric_registry import WINDOW_ROI, Unit, spec
from tradermanager.domain.serialize import iso
from tradermanager.domain.windows import Window
from tradermanager.metrics.comparison import (
    TokenOverlapFigures,
    best_indices,
    scale_axis,
    token_overlap,
)
from tradermanager.metrics.correlation import REDUNDANT
from tradermanager.metrics.trade_families import trade_families
from tradermanager.services.metrics import (
    EquitySeries,
    MetricsService,
    TraderCorrelation,
    check_window,
)
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import frames

MIN_TRADERS, MAX_TRADERS = 2, 6

TokenOverlap = TokenOverlapFigures  # tokens × traders shares, shared share, pair overlap


@dataclass(frozen=True, slots=True)
class ComparedMetric:
    """A row of the comparison. ``key`` may hold ``{window}`` (ROI of the window); ``unit``
    tells how to show it: pct (signed fraction), share (unsigned fraction), ratio, times,
    score (0–10), count. ``higher_is_better`` None: informative, no best value."""

    key: str
    label: str
    unit: str
    higher_is_better: bool | None


# how the comparison shows each registry unit
_UNITS = {
    Unit.RETURN: "pct",
    Unit.SHARE: "share",
    Unit.PROBABILITY: "share",
    Unit.RATIO: "ratio",
    Unit.MULTIPLE: "times",
    Unit.SCORE: "score",
    Unit.COUNT: "count",
}
# the rows, in order; labels, units and which way is better come from the registry
COMPARED_KEYS = (
    WINDOW_ROI,
    "sharpe_ratio",
    "sortino_ratio",
    "win_rate",
    "max_drawdown",
    "volatility",
    "avg_leverage",
    "max_leverage",
    "liquidation_risk",
    "risk_score",
    "diversification_score",
    "signal_accuracy",
    "trade_count",
    "trading_days",
)


def _compared(key: str) -> ComparedMetric:
    entry = spec(key, Window.D30)
    return ComparedMetric(
        "roi_{window}" if key == WINDOW_ROI else key,
        "ROI" if key == WINDOW_ROI else entry.label,
        _UNITS[entry.unit],
        entry.higher_is_better,
    )


COMPARED_METRICS: tuple[ComparedMetric, ...] = tuple(_compared(k) for k in COMPARED_KEYS)


@dataclass(frozen=True, slots=True)
class RadarSpec:
    """A radar axis: the snapshot key, and ``inverse`` when lower is better (the lowest gets
    1). ``depth`` takes the magnitude first (max drawdown is ≤ 0; its depth is −value)."""

    key: str
    label: str
    inverse: bool = False
    depth: bool = False


RADAR_AXES: tuple[RadarSpec, ...] = (
    RadarSpec("roi_{window}", "ROI"),
    RadarSpec("sharpe_ratio", "Sharpe"),
    RadarSpec("sortino_ratio", "Sortino"),
    RadarSpec("win_rate", "Win rate"),
    RadarSpec("max_drawdown", "Low drawdown", inverse=True, depth=True),
    RadarSpec("risk_score", "Low risk", inverse=True),
    RadarSpec("diversification_score", "Diversification"),
    RadarSpec("signal_accuracy", "Signal accuracy"),
)


@dataclass(frozen=True, slots=True)
class ComparedTrader:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class MetricRow:
    key: str
    label: str
    unit: str
    higher_is_better: bool | None
    values: tuple[float | None, ...]  # one per compared trader, in order
    best: tuple[int, ...]  # positions of the best value; empty without a winner


@dataclass(frozen=True, slots=True)
class RadarAxis:
    key: str
    label: str
    inverse: bool
    values: tuple[float | None, ...]  # raw (drawdown as a depth ≥ 0)
    scaled: tuple[float | None, ...]  # 0..1 across the compared traders, None undefined


@dataclass(frozen=True, slots=True)
class Comparison:
    window: str
    as_of: datetime
    traders: tuple[ComparedTrader, ...]
    metrics: tuple[MetricRow, ...]
    radar: tuple[RadarAxis, ...]
    equity: tuple[EquitySeries, ...]  # one per trader, in order
    tokens: TokenOverlap
    correlation: TraderCorrelation  # matrix in trader order
    redundant: tuple[tuple[int, int, float], ...]  # (i, j, correlation) above 0.7, i < j

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.traders)

    def row(self, key: str) -> MetricRow:
        for row in self.metrics:
            if row.key == key:
                return row
        raise KeyError(key)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: values keyed by trader name."""
        names = self.names

        def by_name(values: Sequence[Any]) -> dict[str, Any]:
            return dict(zip(names, values, strict=True))

        tokens = self.tokens
        return {
            "window": self.window,
            "as_of": iso(self.as_of),
            "traders": [{"id": t.id, "name": t.name} for t in self.traders],
            "metrics": [
                {
                    "key": r.key,
                    "label": r.label,
                    "higher_is_better": r.higher_is_better,
                    "values": by_name(r.values),
                    "best": [names[i] for i in r.best],
                }
                for r in self.metrics
            ],
            "radar": [
                {
                    "key": a.key,
                    "label": a.label,
                    "inverse": a.inverse,
                    "values": by_name(a.values),
                    "scaled": by_name(a.scaled),
                }
                for a in self.radar
            ],
            "tokens": {
                "shares": [
                    {"token": t, "holders": h, "shares": by_name(s)}
                    for t, h, s in zip(tokens.tokens, tokens.holders, tokens.shares, strict=True)
                ],
                "shared_share": by_name(tokens.shared_share),
                "pair_overlap": [
                    {"a": names[i], "b": names[j], "overlap": tokens.pair_overlap[i][j]}
                    for i in range(len(names))
                    for j in range(i + 1, len(names))
                ],
            },
            "correlation": {
                "matrix": {
                    a: by_name(row) for a, row in zip(names, self.correlation.matrix, strict=True)
                },
                "redundant": [
                    {"a": names[i], "b": names[j], "correlation": v} for i, j, v in self.redundant
                ],
            },
            "equity": {
                t.name: [
                    {"day": d.isoformat(), "equity": v}
                    for d, v in zip(series.days, series.equity, strict=True)
                ]
                for t, series in zip(self.traders, self.equity, strict=True)
            },
        }


def window_start_day(end: pd.Timestamp, window: str) -> pd.Timestamp | None:
    """First UTC day of ``window`` ending on ``end``'s day (None for all), as the snapshots
    count trades opened in a window."""
    length = Window(window).days
    return None if length is None else end.floor("D") - pd.Timedelta(days=length - 1)


class ComparisonService:
    def __init__(self, clock: Clock, traders: TraderService, metrics_service: MetricsService):
        self._clock = clock
        self._traders = traders
        self._metrics = metrics_service

    def compare(self, trader_ids: Sequence[TraderRef], window: str = "30d") -> Comparison:
        """Everything the comparison shows for 2–6 different traders (ids or names) over
        ``window``; ValidationError for another count or an unknown window, NotFoundError
        for an unknown trader."""
        check_window(window)
        refs = list(trader_ids)
        if not MIN_TRADERS <= len(refs) <= MAX_TRADERS:
            raise ValidationError(
                "traders", len(refs), f"{MIN_TRADERS} to {MAX_TRADERS} traders to compare"
            )
        found = [self._traders.get(r) for r in refs]
        ids = [t.id for t in found]
        if len(set(ids)) != len(ids):
            raise ValidationError(
                "traders", [t.name for t in found], "each trader once (2 to 6 different ones)"
            )
        traders = tuple(ComparedTrader(t.id, t.name) for t in found)
        self._metrics.ensure_snapshots(ids)
        snaps = self._metrics.snapshots(window, ids)
        values = [snaps[t].values for t in ids]

        def column(key: str) -> tuple[float | None, ...]:
            resolved = key.format(window=window)
            return tuple(_number(v.get(resolved)) for v in values)

        rows = tuple(
            MetricRow(
                key=m.key.format(window=window),
                label=m.label,
                unit=m.unit,
                higher_is_better=m.higher_is_better,
                values=column(m.key),
                best=()
                if m.higher_is_better is None
                else best_indices(column(m.key), m.higher_is_better),
            )
            for m in COMPARED_METRICS
        )
        radar = tuple(self._radar_axis(spec, column(spec.key), window) for spec in RADAR_AXES)
        correlation = self._metrics.correlation(ids, window)
        redundant = tuple(
            (i, j, v)
            for i, row in enumerate(correlation.matrix)
            for j, v in enumerate(row)
            if j > i and v is not None and v > REDUNDANT
        )
        return Comparison(
            window=window,
            as_of=self._clock.now(),
            traders=traders,
            metrics=rows,
            radar=radar,
            equity=tuple(self._metrics.equity(t, window) for t in ids),
            tokens=token_overlap(self._token_shares(ids, window)),
            correlation=correlation,
            redundant=redundant,
        )

    @staticmethod
    def _radar_axis(spec: RadarSpec, raw: tuple[float | None, ...], window: str) -> RadarAxis:
        values = tuple(None if v is None else abs(v) for v in raw) if spec.depth else raw
        return RadarAxis(
            key=spec.key.format(window=window),
            label=spec.label,
            inverse=spec.inverse,
            values=values,
            scaled=scale_axis(values, inverse=spec.inverse),
        )

    def _token_shares(self, ids: Sequence[int], window: str) -> list[dict[str, float]]:
        """Each trader's share of notional per token, trades opened in the window — the
        weights behind ``token_distribution`` (docs/metrics.md, Tokens)."""
        trades = frames.trades_frame(list(ids))
        end = pd.Timestamp(self._clock.now()).floor("D")
        per_trader = trade_families(
            trades, list(ids), window_start=window_start_day(end, window), end=end
        )
        return [dict(p["token_shares"]) for p in per_trader]


def _number(value: Any) -> float | None:
    """A snapshot value as a float; None for anything undefined (None, NaN, ±inf)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


__all__ = [
    "COMPARED_METRICS",
    "RADAR_AXES",
    "ComparedMetric",
    "ComparedTrader",
    "Comparison",
    "ComparisonService",
    "MetricRow",
    "RadarAxis",
    "TokenOverlap",
]
