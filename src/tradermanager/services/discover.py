"""Discover: find traders worth copying before they are in the list (docs/discover.md).

Sources → candidate tables (kept for ever) → one batched score → a ranking whose parts are
shown, a walk-forward check of whether it predicts, and one-click ways to try a candidate:
a backtest with the user's settings and adding it as a paper trader with cautious settings.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from tradermanager import metrics
from tradermanager.domain.clock import Clock
from tradermanager.domain.discover import Candidate, CandidateDay, CandidateSource, CandidateStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Trader
from tradermanager.domain.settings import NAME_MAX_LENGTH, make_settings
from tradermanager.metrics.discover_evaluation import EvaluationParams, walk_forward
from tradermanager.metrics.discover_score import CandidateScores, ScoreParams, score_candidates
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.backtest import BacktestService
from tradermanager.services.binance_poller import default_client
from tradermanager.services.discover_results import (
    CandidateDetail,
    CopyBacktest,
    EvaluationReport,
    FileImportReport,
    RankedCandidate,
    Ranking,
    Redundancy,
    card_figures,
    score_parts,
)
from tradermanager.services.discover_scan import (
    VANISH_AFTER,
    CandidateWriter,
    ClientFactory,
    ListRead,
    ScanOptions,
    ScanReport,
    read_copy_leads,
    read_leaderboard,
    trader_source_of,
)
from tradermanager.services.metrics import MetricsService
from tradermanager.services.traders import TraderService
from tradermanager.sources.candidate_csv import read_candidate_file
from tradermanager.store import candidates as repo
from tradermanager.store.connection import Store

MIN_OVERLAP = 30  # days two records must share for a correlation
COPY_SHARE = 0.10  # share of my capital a return-based backtest allocates
CAUTIOUS_MULTIPLIER = 0.5
CAUTIOUS_MAX_LEVERAGE = 5


class DiscoverService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        metrics_service: MetricsService,
        backtest: BacktestService,
        settings: AppSettingsService,
        *,
        client_factory: ClientFactory = default_client,
        score_params: ScoreParams | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._backtest = backtest
        self._settings = settings
        self._client_factory = client_factory
        self.score_params = score_params or ScoreParams()
        self._writer = CandidateWriter(store, clock, traders, metrics_service, settings)
        self._cache_lock = threading.Lock()
        self._cached: tuple[tuple[object, ...], repo.HistoryMatrix] | None = None

    def _history(self, ids: list[int], end: date) -> repo.HistoryMatrix:
        """The candidates' daily records up to ``end``, read once while nothing changes (the
        window ranks, evaluates and shows details from the same records)."""
        key = (tuple(ids), end, repo.fingerprint())
        with self._cache_lock:
            if self._cached is not None and self._cached[0] == key:
                return self._cached[1]
        matrix = repo.history(ids, end=end)
        with self._cache_lock:
            self._cached = (key, matrix)
        return matrix

    # -- filling the tables -----------------------------------------------------------------
    def scan(
        self,
        options: ScanOptions | None = None,
        *,
        binance: bool = True,
        followed: bool = True,
    ) -> ScanReport:
        """Read Binance's lists and the followed traders, then store everything at once."""
        options = options or ScanOptions()
        now = self._clock.now()
        lists: dict[CandidateSource, ListRead] = {}
        if binance:
            with self._client_factory(self._settings.get()) as client:
                lists[CandidateSource.BINANCE_COPY] = read_copy_leads(client, options)
                lists[CandidateSource.BINANCE_LEADERBOARD] = read_leaderboard(
                    client, options, now.date()
                )
        records = [r for read in lists.values() for r in read.records]
        errors = [e for read in lists.values() for e in read.errors]
        hidden = sum(read.hidden for read in lists.values())
        mine, links = self._writer.followed_records() if followed else ([], {})
        vanished: list[int] = []
        with self._store.write():
            new, days = self._writer.store_records(records)
            self._writer.store_records(mine, links)
            for source, read in lists.items():
                if read.complete and read.listed:  # a list that failed vanishes no one
                    vanished += repo.mark_vanished(
                        source,
                        read.listed,
                        now - VANISH_AFTER,
                        f"not in Binance's list (as scanned) since {(now - VANISH_AFTER).date()}",
                    )
            blown = self._writer.mark_blown_up()
        return ScanReport(
            scanned_at=now,
            candidates=len(records),
            new=new,
            days_stored=days,
            hidden_positions=hidden,
            vanished=len(vanished),
            blown_up=blown,
            followed=len(mine),
            errors=tuple(errors),
        )

    def import_file(self, path: Path | str) -> FileImportReport:
        """Candidates from a CSV/XLSX file, all or nothing (docs/imports.md)."""
        target = Path(path)
        records = read_candidate_file(target)
        with self._store.write():
            new, days = self._writer.store_records(records)
            self._writer.mark_blown_up()
        return FileImportReport(target.name, len(records), new, days)

    # -- ranking ------------------------------------------------------------------------------
    def _scores(
        self, found: list[Candidate], end: date | None = None
    ) -> tuple[repo.HistoryMatrix, CandidateScores]:
        matrix = self._history([c.id for c in found], end or self._clock.now().date())
        flagged = np.array([c.status is CandidateStatus.BLOWN_UP for c in found], dtype=bool)
        scores = score_candidates(
            matrix.returns,
            matrix.leverage,
            matrix.hhi,
            flagged_blown_up=flagged,
            params=self.score_params,
        )
        return matrix, scores

    def rank(self, top: int | None = None, *, as_of: date | None = None) -> Ranking:
        """Every candidate ranked (blown-up ones last); ``top`` keeps the first N."""
        if top is not None and top < 1:
            raise ValidationError("top", top, "a whole number of at least 1")
        found = repo.all_candidates()
        if not found:
            return Ranking(None, 0.0, 0.0, ())
        end = as_of or self._clock.now().date()
        matrix, scores = self._scores(found, end)
        ranked = []
        for position, i in enumerate(scores.order(), start=1):
            status = found[i].status
            if scores.blown_up[i]:
                status = CandidateStatus.BLOWN_UP
            ranked.append(RankedCandidate(position, found[i], status, score_parts(scores, int(i))))
            if top is not None and position >= top:
                break
        as_of_day = matrix.days[-1].astype(date) if len(matrix.days) else None
        return Ranking(as_of_day, scores.prior_mean, scores.prior_spread, tuple(ranked))

    def evaluate(self, params: EvaluationParams | None = None) -> EvaluationReport:
        """The walk-forward evaluation of the score over everything stored."""
        found = repo.all_candidates()
        matrix = self._history([c.id for c in found], self._clock.now().date())
        evaluation = walk_forward(
            matrix.returns,
            matrix.leverage,
            matrix.hhi,
            params=params,
            score_params=self.score_params,
        )
        dates = tuple(matrix.days[d.index].astype(date) for d in evaluation.dates)
        later = 0
        if dates:
            later = sum(1 for c in found if c.first_seen.date() > dates[0])
        return EvaluationReport(evaluation, dates, len(found), later)

    # -- one candidate ------------------------------------------------------------------------
    def get(self, candidate_id: int) -> Candidate:
        return repo.get(candidate_id)

    def detail(self, candidate_id: int, ranked: RankedCandidate | None = None) -> CandidateDetail:
        """The candidate's record, its parts, the card's figures and its redundancy.
        ``ranked`` is its row of a ranking the caller already has (else all are ranked)."""
        if ranked is None or ranked.candidate.id != candidate_id:
            ranking = self.rank()
            ranked = next((r for r in ranking.candidates if r.candidate.id == candidate_id), None)
        if ranked is None:
            repo.get(candidate_id)  # raises NotFoundError for an unknown id
            raise ValidationError("candidate", candidate_id, "a candidate with a record")
        days = repo.days_of(candidate_id)
        returns = np.array([d.daily_return for d in days], dtype=float)
        values = returns[None, :]
        figures = card_figures(days, ranked.parts, self._clock.now().date())
        return CandidateDetail(
            ranked=ranked,
            days=tuple(d.day for d in days),
            returns=tuple(returns.tolist()),
            equity=tuple(metrics.equity_curve(values)[0].tolist()) if len(returns) else (),
            drawdown=tuple(metrics.drawdown_series(values)[0].tolist()) if len(returns) else (),
            figures=figures,
            redundancy=self.redundancy(candidate_id, days),
        )

    def redundancy(
        self, candidate_id: int, days: list[CandidateDay] | None = None
    ) -> tuple[Redundancy, ...]:
        """Daily-return correlation with each followed trader (≥ 30 shared days)."""
        own = {d.day: d.daily_return for d in (days or repo.days_of(candidate_id))}
        candidate = repo.get(candidate_id)
        out = []
        for trader in self._traders.list():
            if trader.id == candidate.trader_id:
                continue
            mine = repo.by_ref(CandidateSource.FOLLOWED, str(trader.id))
            if mine is None:
                continue
            theirs = {d.day: d.daily_return for d in repo.days_of(mine.id)}
            shared = sorted(set(own) & set(theirs))
            if len(shared) < MIN_OVERLAP:
                continue
            a = np.array([own[d] for d in shared])
            b = np.array([theirs[d] for d in shared])
            if a.std() == 0 or b.std() == 0:
                continue
            out.append(Redundancy(trader.name, float(np.corrcoef(a, b)[0, 1]), len(shared)))
        return tuple(sorted(out, key=lambda r: -r.correlation))

    def add_paper_trader(self, candidate_id: int) -> Trader:
        """The candidate as a paper trader with cautious settings (half size, at most 5×
        leverage, paper only); linked to the candidate."""
        candidate = repo.get(candidate_id)
        if candidate.trader_id is not None:
            raise ValidationError(
                "candidate", candidate.name, "a candidate not yet followed (it already is)"
            )
        if candidate.source is CandidateSource.FOLLOWED:
            raise ValidationError("candidate", candidate.name, "a candidate not yet followed")
        ref = {
            CandidateSource.BINANCE_LEADERBOARD: candidate.source_ref,
            CandidateSource.BINANCE_COPY: f"binance-copy:{candidate.source_ref}",
        }.get(candidate.source, f"{candidate.source.value}:{candidate.source_ref}")
        parts = next(
            (r.parts for r in self.rank().candidates if r.candidate.id == candidate_id), None
        )
        leverage = CAUTIOUS_MAX_LEVERAGE
        if parts is not None and not parts.leverage_assumed:
            leverage = max(1, min(CAUTIOUS_MAX_LEVERAGE, math.ceil(parts.leverage)))
        score = "" if parts is None or parts.score is None else f", score {parts.score:.2f}"
        settings = make_settings(
            name=self._free_name(candidate.name),
            source=trader_source_of(candidate.source),
            source_ref=ref,
            multiplier=CAUTIOUS_MULTIPLIER,
            max_leverage=leverage,
            paper_only=True,
            notes=f"Added from Discover on {self._clock.now().date()}{score}.",
        )
        trader = self._traders.add(settings)
        with self._store.write():
            repo.link_trader(candidate_id, trader.id)
        return trader

    def _free_name(self, name: str) -> str:
        everyone = self._traders.list() + self._traders.list(status="archived")
        taken = {t.name.lower() for t in everyone}
        base = name[: NAME_MAX_LENGTH - 12]
        if base.lower() not in taken:
            return base
        for k in range(2, 1000):
            option = f"{base} ({k})"
            if option.lower() not in taken:
                return option
        raise ValidationError("name", name, "a name not yet taken")

    def backtest(
        self,
        candidate_id: int,
        days: int = 90,
        *,
        progress: Callable[[int, int], bool] | None = None,
    ) -> CopyBacktest:
        """Copying the candidate over the last ``days`` with my settings."""
        if not 7 <= days <= 3650:
            raise ValidationError("days", days, "a whole number of days from 7 to 3650")
        candidate = repo.get(candidate_id)
        if candidate.trader_id is not None:
            report = self._backtest.run(candidate.trader_id, days=days, progress=progress)
            side = report.with_settings
            if side.run.trades:
                return CopyBacktest(
                    candidate=candidate.name,
                    method="signals",
                    note="its signals through the copy rules with its trader settings",
                    capital=side.run.initial_capital,
                    days=side.days,
                    equity=side.equity,
                    drawdown=side.drawdown,
                    roi=side.roi,
                    max_drawdown=side.max_drawdown,
                    sharpe_ratio=side.sharpe_ratio,
                )
        return self._replay(candidate, days)

    def _replay(self, candidate: Candidate, days: int) -> CopyBacktest:
        """Fixed-ratio copying of the daily returns: on a day their leverage exceeds the
        cautious maximum the exposure is scaled down to it; no day, no change."""
        app = self._settings.get()
        start = self._clock.now().date() - timedelta(days=days)
        record = [d for d in repo.days_of(candidate.id) if d.day > start]
        if not record:
            raise ValidationError(
                "candidate", candidate.name, f"a record within the last {days} days"
            )
        scale = np.array(
            [
                1.0 if d.leverage is None else min(1.0, CAUTIOUS_MAX_LEVERAGE / d.leverage)
                for d in record
            ]
        )
        returns = np.array([d.daily_return for d in record]) * scale
        allocation = app.my_capital * COPY_SHARE
        values = returns[None, :]
        equity = allocation * metrics.equity_curve(values)[0]
        figures = metrics.returns_metrics(returns)
        return CopyBacktest(
            candidate=candidate.name,
            method="returns",
            capital=allocation,
            note=(
                f"its daily returns on {COPY_SHARE:.0%} of your capital (${allocation:,.0f}), "
                f"exposure cut to {CAUTIOUS_MAX_LEVERAGE}× on days its leverage was higher"
            ),
            days=tuple(d.day for d in record),
            equity=tuple(equity.tolist()),
            drawdown=tuple(metrics.drawdown_series(values)[0].tolist()),
            roi=float(equity[-1] / allocation - 1.0),
            max_drawdown=figures.get("max_drawdown"),
            sharpe_ratio=figures.get("sharpe_ratio"),
        )
