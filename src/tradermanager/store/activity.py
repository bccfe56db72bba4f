"""What happened since a point in the file: decisions, copies opened or closed, alerts fired.

A cursor is the highest signal and alert-event id seen plus the copies known then (by key,
with their status: paper copies are rewritten by each replay, so they have no lasting id),
so any process writing to the same file (the window, the server, a CLI import) is seen.
"""

from __future__ import annotations

from collections.abc import Mapping

from tradermanager.domain.alerts import AlertEvent
from tradermanager.domain.models import CopiedTrade, StoredSignal
from tradermanager.store import alerts as alert_repo
from tradermanager.store import signals as signal_repo
from tradermanager.store.copies import CopyKey, copies_with_keys, copy_states
from tradermanager.store.models import AlertEventRow, SignalRow, database_proxy


def last_ids() -> tuple[int, int]:
    """(highest signal id, alert event id); 0 when there is none."""
    row = (
        database_proxy.connection()
        .execute(
            f'SELECT (SELECT COALESCE(MAX(id), 0) FROM "{SignalRow._meta.table_name}"), '
            f'(SELECT COALESCE(MAX(id), 0) FROM "{AlertEventRow._meta.table_name}")'
        )
        .fetchone()
    )
    return int(row[0]), int(row[1])


def signals_after(signal_id: int, limit: int) -> list[StoredSignal]:
    """Signals with a larger id, oldest first, each with its decision."""
    query = (
        signal_repo._signal_query()
        .where(SignalRow.id > signal_id)
        .order_by(SignalRow.id)
        .limit(limit)
    )
    return [signal_repo._to_stored(row) for row in query]


def copies_changed(
    known: Mapping[CopyKey, str],
) -> tuple[dict[CopyKey, str], list[tuple[CopyKey, CopiedTrade]]]:
    """My copies now by key with their status, and those new or changed since ``known``
    (the statuses seen before), in opening order."""
    now = copy_states()
    changed = [key for key, status in now.items() if known.get(key) != status]
    return now, copies_with_keys(changed)


def alerts_after(event_id: int) -> list[AlertEvent]:
    """Alert events with a larger id, oldest first."""
    return sorted(alert_repo.list_events(after_id=event_id), key=lambda e: e.id)
