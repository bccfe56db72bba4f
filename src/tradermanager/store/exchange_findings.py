"""Reconciliation's findings in the database: each pass records what it saw (new ones
inserted, known ones touched, the ones no longer seen resolved), the user acknowledges them.
Callers hold the write transaction for the writers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.live_findings import EVENT_KINDS, ExchangeFinding
from tradermanager.store.fields import from_millis
from tradermanager.store.finding_models import ExchangeFindingRow


@dataclass(frozen=True, slots=True)
class Seen:
    """One finding as a pass reports it."""

    kind: str
    symbol: str
    message: str
    key: str


def _finding(row: ExchangeFindingRow) -> ExchangeFinding:
    return ExchangeFinding(
        id=row.id,
        kind=row.kind,
        symbol=row.symbol,
        message=row.message,
        key=row.key,
        target=row.target,
        first_seen=from_millis(row.first_seen_ms),
        last_seen=from_millis(row.last_seen_ms),
        resolved=None if row.resolved_ms is None else from_millis(row.resolved_ms),
        acknowledged=None if row.acknowledged_ms is None else from_millis(row.acknowledged_ms),
    )


def record_pass(seen: Iterable[Seen], target: str, now_ms: int) -> set[str]:
    """Record one complete pass: returns the keys seen for the first time (or again after
    they were resolved). Open findings the pass did not see are resolved now; events (a stop
    placed again) are stored resolved at once."""
    open_rows = {
        row.key: row
        for row in ExchangeFindingRow.select().where(ExchangeFindingRow.resolved_ms.is_null())
    }
    new: set[str] = set()
    still: set[int] = set()
    for item in seen:
        row = open_rows.get(item.key)
        if row is not None:
            still.add(row.id)
            continue
        event = item.kind in EVENT_KINDS
        ExchangeFindingRow.create(
            key=item.key,
            kind=item.kind,
            symbol=item.symbol,
            message=item.message,
            target=target,
            first_seen_ms=now_ms,
            last_seen_ms=now_ms,
            resolved_ms=now_ms if event else None,
        )
        open_rows[item.key] = ExchangeFindingRow(id=-1, key=item.key)  # a duplicate in a pass
        new.add(item.key)
    if still:
        ExchangeFindingRow.update(last_seen_ms=now_ms).where(
            ExchangeFindingRow.id.in_(list(still))
        ).execute()
    gone = [row.id for row in open_rows.values() if row.id > 0 and row.id not in still]
    if gone:
        ExchangeFindingRow.update(resolved_ms=now_ms).where(
            ExchangeFindingRow.id.in_(gone)
        ).execute()
    return new


def listed(*, include_resolved: bool = False, limit: int = 500) -> list[ExchangeFinding]:
    """Open findings first (newest first), then, with ``include_resolved``, resolved ones and
    events, newest first."""
    query = ExchangeFindingRow.select()
    if not include_resolved:
        query = query.where(
            ExchangeFindingRow.resolved_ms.is_null()
            | (
                ExchangeFindingRow.kind.in_(sorted(EVENT_KINDS))
                & ExchangeFindingRow.acknowledged_ms.is_null()
            )
        )
    rows = query.order_by(
        ExchangeFindingRow.resolved_ms.is_null(False),
        ExchangeFindingRow.last_seen_ms.desc(),
        ExchangeFindingRow.id.desc(),
    ).limit(limit)
    return [_finding(row) for row in rows]


def get(finding_id: int) -> ExchangeFinding:
    row = ExchangeFindingRow.get_or_none(ExchangeFindingRow.id == finding_id)
    if row is None:
        raise NotFoundError(f"no exchange finding with id {finding_id}")
    return _finding(row)


def acknowledge(finding_id: int, now_ms: int) -> ExchangeFinding:
    """Mark it seen by the user (kept as it was when already acknowledged)."""
    get(finding_id)
    ExchangeFindingRow.update(acknowledged_ms=now_ms).where(
        (ExchangeFindingRow.id == finding_id) & ExchangeFindingRow.acknowledged_ms.is_null()
    ).execute()
    return get(finding_id)


def acknowledged_open_keys() -> set[str]:
    """Keys of open findings the user acknowledged."""
    return {
        row.key
        for row in ExchangeFindingRow.select(ExchangeFindingRow.key).where(
            ExchangeFindingRow.resolved_ms.is_null()
            & ExchangeFindingRow.acknowledged_ms.is_null(False)
        )
    }
