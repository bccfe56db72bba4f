"""Candidates and their daily records: rows in, domain objects and numpy matrices out.

Writes are meant to run inside ``Store.write()``. Nothing here deletes a candidate: a status
changes (vanished, closed, blown up) and the history stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import peewee as pw

from tradermanager.domain.discover import (
    Candidate,
    CandidateDay,
    CandidateRecord,
    CandidateSource,
    CandidateStatus,
)
from tradermanager.domain.errors import NotFoundError
from tradermanager.store.candidate_models import CandidateDayRow, CandidateRow
from tradermanager.store.fields import to_millis


@dataclass(frozen=True, slots=True)
class HistoryMatrix:
    """Candidates × UTC days; NaN where a candidate has no record that day."""

    ids: tuple[int, ...]
    days: np.ndarray  # datetime64[D], consecutive
    returns: np.ndarray
    leverage: np.ndarray
    hhi: np.ndarray


def _candidate(row: CandidateRow) -> Candidate:
    return Candidate(
        id=row.id,
        source=CandidateSource(row.source),
        source_ref=row.source_ref,
        name=row.name,
        status=CandidateStatus(row.status),
        status_reason=row.status_reason,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        aum=row.aum,
        copiers=row.copiers,
        max_copiers=row.max_copiers,
        positions_shared=row.positions_shared,
        positions_json=row.positions,
        trader_id=row.trader_id,
    )


def all_candidates() -> list[Candidate]:
    return [_candidate(r) for r in CandidateRow.select().order_by(CandidateRow.id)]


def get(candidate_id: int) -> Candidate:
    row = CandidateRow.get_or_none(CandidateRow.id == candidate_id)
    if row is None:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    return _candidate(row)


def by_ref(source: CandidateSource, source_ref: str) -> Candidate | None:
    row = CandidateRow.get_or_none(
        (CandidateRow.source == source.value) & (CandidateRow.source_ref == source_ref)
    )
    return None if row is None else _candidate(row)


def by_trader(trader_id: int) -> list[Candidate]:
    return [_candidate(r) for r in CandidateRow.select().where(CandidateRow.trader == trader_id)]


def upsert(record: CandidateRecord, now: datetime, trader_id: int | None = None) -> int:
    """Insert or refresh a candidate from what its source read now; returns its id. A closed
    portfolio becomes ``closed``; a vanished one seen again is ``active`` again; a blown-up one
    stays blown up."""
    row = CandidateRow.get_or_none(
        (CandidateRow.source == record.source.value)
        & (CandidateRow.source_ref == record.source_ref)
    )
    values: dict[str, object] = {"name": record.name, "last_seen": now}
    for name in ("aum", "copiers", "max_copiers", "positions_shared"):
        value = getattr(record, name)
        if value is not None:
            values[name] = value
    if record.positions_json is not None:
        values["positions"] = record.positions_json
    if trader_id is not None:
        values["trader"] = trader_id
    if row is None:
        status = CandidateStatus.CLOSED if record.closed else CandidateStatus.ACTIVE
        reason = "closed by its owner (as the source reports)" if record.closed else ""
        return int(
            CandidateRow.insert(
                source=record.source.value,
                source_ref=record.source_ref,
                first_seen=now,
                status=status.value,
                status_reason=reason,
                **values,
            ).execute()
        )
    current = CandidateStatus(row.status)
    if record.closed and current is CandidateStatus.ACTIVE:
        values["status"] = CandidateStatus.CLOSED.value
        values["status_reason"] = "closed by its owner (as the source reports)"
    elif not record.closed and current in (CandidateStatus.VANISHED, CandidateStatus.CLOSED):
        values["status"] = CandidateStatus.ACTIVE.value
        values["status_reason"] = ""
    CandidateRow.update(**values).where(CandidateRow.id == row.id).execute()
    return int(row.id)


def write_days(candidate_id: int, days: Iterable[CandidateDay], now: datetime) -> int:
    """Store daily records; a day read again replaces the earlier reading. Returns the count."""
    at = to_millis(now)
    rows = [
        (candidate_id, d.day.isoformat(), d.daily_return, d.leverage, d.pnl, d.aum, d.hhi, at)
        for d in days
    ]
    connection = CandidateDayRow._meta.database.connection()
    connection.executemany(
        "INSERT OR REPLACE INTO candidate_day (candidate_id, day, daily_return, leverage, pnl, "
        "aum, hhi, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def fingerprint() -> tuple[object, ...]:
    """Changes whenever a daily record is added, replaced or its values change: a cheap test
    of whether a cached history matrix is still current."""
    cursor = CandidateDayRow._meta.database.execute_sql(
        "SELECT COUNT(*), MAX(recorded_at), TOTAL(daily_return), TOTAL(leverage), TOTAL(hhi) "
        "FROM candidate_day"
    )
    return tuple(cursor.fetchone())


def set_status(candidate_id: int, status: CandidateStatus, reason: str) -> None:
    CandidateRow.update(status=status.value, status_reason=reason).where(
        CandidateRow.id == candidate_id
    ).execute()


def link_trader(candidate_id: int, trader_id: int) -> None:
    CandidateRow.update(trader=trader_id).where(CandidateRow.id == candidate_id).execute()


def mark_vanished(
    source: CandidateSource, seen: set[str], before: datetime, reason: str
) -> list[int]:
    """Active candidates of ``source`` not among ``seen`` and last seen before ``before``
    become vanished; returns their ids."""
    rows = CandidateRow.select(CandidateRow.id, CandidateRow.source_ref).where(
        (CandidateRow.source == source.value)
        & (CandidateRow.status == CandidateStatus.ACTIVE.value)
        & (CandidateRow.last_seen < to_millis(before))
    )
    gone = [int(r.id) for r in rows if r.source_ref not in seen]
    if gone:
        CandidateRow.update(status=CandidateStatus.VANISHED.value, status_reason=reason).where(
            CandidateRow.id.in_(gone)
        ).execute()
    return gone


def days_of(candidate_id: int) -> list[CandidateDay]:
    rows = (
        CandidateDayRow.select()
        .where(CandidateDayRow.candidate == candidate_id)
        .order_by(CandidateDayRow.day)
    )
    return [
        CandidateDay(
            day=r.day,
            daily_return=r.daily_return,
            leverage=r.leverage,
            pnl=r.pnl,
            aum=r.aum,
            hhi=r.hhi,
        )
        for r in rows
    ]


def history(
    ids: Sequence[int], *, end: date | None = None, start: date | None = None
) -> HistoryMatrix:
    """The daily records of ``ids`` as matrices over consecutive UTC days from the first
    record (or ``start``) to ``end`` (default: the last record)."""
    db = CandidateDayRow._meta.database
    order = {cid: i for i, cid in enumerate(ids)}
    cursor = db.execute_sql(
        "SELECT candidate_id, day, daily_return, leverage, hhi FROM candidate_day"
        + (" WHERE day <= ?" if end is not None else ""),
        (end.isoformat(),) if end is not None else (),
    )
    raw = [r for r in cursor.fetchall() if r[0] in order]
    if not raw:
        axis_end = np.datetime64(end or date.today(), "D")
        axis = np.arange(axis_end, axis_end + 1) if end is not None else np.array([], "M8[D]")
        shape = (len(ids), len(axis))
        nan = np.full(shape, np.nan)
        return HistoryMatrix(tuple(ids), axis, nan, nan.copy(), nan.copy())
    rows = np.array([order[r[0]] for r in raw])
    when = np.array([r[1] for r in raw], dtype="datetime64[D]")
    first = np.datetime64(start, "D") if start is not None else when.min()
    last = np.datetime64(end, "D") if end is not None else when.max()
    axis = np.arange(first, last + 1)
    keep = (when >= first) & (when <= last)
    cols = (when - first).astype(int)

    def matrix(k: int) -> np.ndarray:
        out = np.full((len(ids), len(axis)), np.nan)
        values = np.array([np.nan if r[k] is None else r[k] for r in raw], dtype=float)
        out[rows[keep], cols[keep]] = values[keep]
        return out

    return HistoryMatrix(tuple(ids), axis, matrix(2), matrix(3), matrix(4))


def count() -> int:
    return int(CandidateRow.select(pw.fn.COUNT(CandidateRow.id)).scalar() or 0)
