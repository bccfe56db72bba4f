"""Discover's vocabulary: candidates (traders not yet copied, or already followed) and their
daily records. Plain, immutable values; the score lives in ``metrics.discover_score``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class CandidateSource(StrEnum):
    BINANCE_COPY = "binance_copy"  # a copy-trading lead portfolio (portfolioId)
    BINANCE_LEADERBOARD = "binance_leaderboard"  # a futures leaderboard trader (encryptedUid)
    FILE = "file"  # imported from a CSV file
    FOLLOWED = "followed"  # a trader the user already follows


class CandidateStatus(StrEnum):
    ACTIVE = "active"
    VANISHED = "vanished"  # no longer listed by its source
    CLOSED = "closed"  # its source says the portfolio was closed
    BLOWN_UP = "blown_up"  # lost most of its equity; kept, ranked last


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    id: int
    source: CandidateSource
    source_ref: str
    name: str
    status: CandidateStatus
    status_reason: str
    first_seen: datetime
    last_seen: datetime
    aum: float | None = None  # USD
    copiers: int | None = None
    max_copiers: int | None = None
    positions_shared: bool | None = None
    positions_json: str = ""  # the last open positions seen, as JSON
    trader_id: int | None = None  # the followed trader it is, or was added as


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateDay:
    """One UTC day of a candidate's record: its simple return (fraction) and, when known,
    the average leverage, P&L (USD), assets under management (USD) and the concentration
    (HHI, 0..1) of its open positions."""

    day: date
    daily_return: float
    leverage: float | None = None
    pnl: float | None = None
    aum: float | None = None
    hhi: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateRecord:
    """What a source read about one candidate: its identity, figures and daily record."""

    source: CandidateSource
    source_ref: str
    name: str
    days: tuple[CandidateDay, ...] = ()
    aum: float | None = None
    copiers: int | None = None
    max_copiers: int | None = None
    positions_shared: bool | None = None
    positions_json: str | None = None  # None: not read this time
    closed: bool = False  # the source reports the portfolio closed
