"""Filling the candidate tables: Binance's lead lists, the traders the user follows, files.

The network is read first, outside any transaction; then one write transaction records the
whole scan. One candidate's failure is reported and leaves the others in place. Candidates a
list no longer shows are kept and marked vanished after ``VANISH_AFTER``; a record that has
lost ``BLOWN_UP_DRAWDOWN`` of its peak is marked blown up. Nothing is ever deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from tradermanager.domain.app_settings import AppSettings
from tradermanager.domain.clock import Clock
from tradermanager.domain.discover import (
    CandidateDay,
    CandidateRecord,
    CandidateSource,
    CandidateStatus,
)
from tradermanager.domain.enums import Source
from tradermanager.domain.errors import NotFoundError
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.metrics import MetricsService
from tradermanager.services.traders import TraderService
from tradermanager.sources import binance_discover as bd
from tradermanager.sources.binance_leaderboard import BinanceError, BinanceLeaderboardClient
from tradermanager.store import candidates as repo
from tradermanager.store import trades as trade_repo
from tradermanager.store.connection import Store

ClientFactory = Callable[[AppSettings], BinanceLeaderboardClient]
VANISH_AFTER = timedelta(days=3)
BLOWN_UP_DRAWDOWN = 0.90


@dataclass(frozen=True, slots=True)
class ScanOptions:
    copy_pages: int = 2  # pages of the copy-trading list (up to 30 leads each)
    page_size: int = 18
    time_range: str = "90D"
    leaderboard_periods: tuple[str, ...] = ("MONTHLY",)
    leaderboard_limit: int = 30


@dataclass(frozen=True, slots=True)
class ScanReport:
    scanned_at: datetime
    candidates: int  # read this time
    new: int
    days_stored: int
    hidden_positions: int
    vanished: int
    blown_up: int
    followed: int  # followed traders brought in
    errors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ListRead:
    """What one of Binance's lists gave: the candidates read in full, the ids the list showed
    (read in full or not), whether the whole list was read, failures and hidden books."""

    records: list[CandidateRecord]
    listed: set[str]
    complete: bool
    errors: list[str]
    hidden: int


def _position_day(
    days: list[CandidateDay], book: bd.BookPositions, aum: float | None
) -> list[CandidateDay]:
    """Today's leverage, concentration and assets under management belong to the last day
    read."""
    if not days:
        return days
    last = replace(days[-1], leverage=book.average_leverage(), hhi=book.hhi(), aum=aum)
    return [*days[:-1], last]


def read_copy_leads(client: BinanceLeaderboardClient, options: ScanOptions) -> ListRead:
    """Every lead of the first pages with its ROI history, positions and figures."""
    records: list[CandidateRecord] = []
    errors: list[str] = []
    hidden = 0
    seen: set[str] = set()
    complete = True
    for page in range(1, options.copy_pages + 1):
        try:
            leads, total = bd.copy_leads(
                client, time_range=options.time_range, page=page, page_size=options.page_size
            )
        except BinanceError as exc:
            errors.append(f"copy-trading list page {page}: {exc}")
            complete = False
            break
        for lead in leads:
            if lead.portfolio_id in seen:
                continue
            seen.add(lead.portfolio_id)
            try:
                detail = bd.copy_detail(client, lead.portfolio_id)
                days = bd.copy_roi_days(client, lead.portfolio_id, time_range=options.time_range)
                pnl = bd.copy_daily_pnl(client, lead.portfolio_id, time_range=options.time_range)
                book = (
                    bd.BookPositions(hidden=True)
                    if detail.positions_shared is False
                    else bd.copy_positions(client, lead.portfolio_id)
                )
            except BinanceError as exc:
                errors.append(f"{lead.nickname} ({lead.portfolio_id}): {exc}")
                continue
            hidden += book.hidden
            aum = detail.aum if detail.aum is not None else lead.aum
            days = [replace(d, pnl=pnl.get(d.day)) for d in days]
            records.append(
                CandidateRecord(
                    source=CandidateSource.BINANCE_COPY,
                    source_ref=lead.portfolio_id,
                    name=detail.nickname or lead.nickname,
                    days=tuple(_position_day(days, book, aum)),
                    aum=aum,
                    copiers=detail.copiers if detail.copiers is not None else lead.copiers,
                    max_copiers=detail.max_copiers or lead.max_copiers,
                    positions_shared=not book.hidden,
                    positions_json=book.to_json(),
                    closed=detail.closed,
                )
            )
        if page * options.page_size >= total:
            break
    return ListRead(records, seen, complete, errors, hidden)


def read_leaderboard(
    client: BinanceLeaderboardClient, options: ScanOptions, today: date
) -> ListRead:
    """Leaderboard traders: today's ROI (their DAILY figure) and open positions."""
    records: list[CandidateRecord] = []
    errors: list[str] = []
    hidden = 0
    entries: dict[str, bd.LeaderboardEntry] = {}
    complete = True
    for period in options.leaderboard_periods:
        try:
            for entry in bd.leaderboard(client, period=period)[: options.leaderboard_limit]:
                entries.setdefault(entry.encrypted_uid, entry)
        except BinanceError as exc:
            errors.append(f"leaderboard {period}: {exc}")
            complete = False
    for uid, entry in entries.items():
        try:
            figures = client.performance(uid)
            book = (
                bd.lead_book(client.positions(uid))
                if entry.positions_shared is not False
                else bd.BookPositions(hidden=True)
            )
        except BinanceError as exc:
            errors.append(f"{entry.nickname} ({uid}): {exc}")
            continue
        hidden += book.hidden
        daily = [
            f.value for f in figures if f.period.upper() == "DAILY" and f.statistic.upper() == "ROI"
        ]
        days = []
        if daily and daily[0] >= -1.0:
            days = [
                CandidateDay(
                    day=today,
                    daily_return=daily[0],
                    leverage=book.average_leverage(),
                    hhi=book.hhi(),
                )
            ]
        records.append(
            CandidateRecord(
                source=CandidateSource.BINANCE_LEADERBOARD,
                source_ref=uid,
                name=entry.nickname,
                days=tuple(days),
                copiers=entry.followers,
                positions_shared=not book.hidden,
                positions_json=book.to_json(),
            )
        )
    return ListRead(records, set(entries), complete, errors, hidden)


class CandidateWriter:
    """Stores what the sources read, in one transaction, and keeps statuses up to date."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        metrics: MetricsService,
        settings: AppSettingsService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._metrics = metrics
        self._settings = settings

    def store_records(
        self, records: list[CandidateRecord], trader_ids: dict[str, int] | None = None
    ) -> tuple[int, int]:
        """(new candidates, days stored); call inside ``Store.write()``."""
        now = self._clock.now()
        new = days = 0
        for record in records:
            new += repo.by_ref(record.source, record.source_ref) is None
            link = (trader_ids or {}).get(record.source_ref)
            cid = repo.upsert(record, now, trader_id=link)
            days += repo.write_days(cid, record.days, now)
        return new, days

    def mark_blown_up(self) -> int:
        """Candidates whose stored record fell BLOWN_UP_DRAWDOWN below a peak; call inside
        ``Store.write()``."""
        found = [c for c in repo.all_candidates() if c.status is not CandidateStatus.BLOWN_UP]
        if not found:
            return 0
        matrix = repo.history([c.id for c in found])
        wealth = np.cumprod(1.0 + np.nan_to_num(matrix.returns, nan=0.0), axis=1)
        peak = np.maximum(np.maximum.accumulate(wealth, axis=1), 1.0)
        depth = (wealth / peak - 1.0).min(axis=1, initial=0.0)
        marked = 0
        for candidate, worst in zip(found, depth, strict=True):
            if worst <= -BLOWN_UP_DRAWDOWN:
                repo.set_status(
                    candidate.id,
                    CandidateStatus.BLOWN_UP,
                    f"lost {-worst:.0%} from a peak",
                )
                marked += 1
        return marked

    def followed_records(self) -> tuple[list[CandidateRecord], dict[str, int]]:
        """Every trader the user follows (not archived) as a candidate: its daily returns,
        the mean leverage of the trades it opened each day, and its recent concentration."""
        records: list[CandidateRecord] = []
        links: dict[str, int] = {}
        now = self._clock.now()
        for trader in self._traders.list():
            try:
                returns = self._metrics.daily_returns(trader.id, "all")
            except NotFoundError:
                continue
            if returns.empty:
                continue
            trades = trade_repo.trades_between(
                trader.id, datetime.min.replace(tzinfo=now.tzinfo), now
            )
            leverage: dict[date, list[float]] = {}
            recent: dict[str, float] = {}
            for t in trades:
                leverage.setdefault(t.entry_time.date(), []).append(t.leverage)
                if t.entry_time >= now - timedelta(days=30):
                    recent[t.symbol] = recent.get(t.symbol, 0.0) + abs(t.notional)
            total = sum(recent.values())
            hhi = sum((v / total) ** 2 for v in recent.values()) if total > 0 else None
            days = []
            for stamp, value in zip(returns.index, returns.to_numpy(), strict=True):
                day = pd.Timestamp(stamp).date()
                opened = leverage.get(day)
                days.append(
                    CandidateDay(
                        day=day,
                        daily_return=float(value),
                        leverage=float(np.mean(opened)) if opened else None,
                    )
                )
            if days:
                days[-1] = replace(days[-1], hhi=hhi)
            ref = str(trader.id)
            links[ref] = trader.id
            records.append(
                CandidateRecord(
                    source=CandidateSource.FOLLOWED,
                    source_ref=ref,
                    name=trader.name,
                    days=tuple(days),
                    positions_shared=None,
                )
            )
        return records, links


def trader_source_of(source: CandidateSource) -> Source:
    """The trader source a candidate becomes when added (only leaderboard traders are polled)."""
    return Source.BINANCE if source is CandidateSource.BINANCE_LEADERBOARD else Source.MANUAL
