"""What happened since a point in the file: decisions, copies opened or closed, alerts fired.

A cursor is the highest signal, copy and alert-event id seen plus the copies that were open
then, so any process writing to the same file (the window, the server, a CLI import) is seen.
"""

from __future__ import annotations

from collections.abc import Sequence

from tradermanager.domain.alerts import AlertEvent
from tradermanager.domain.enums import TradeStatus
from tradermanager.domain.models import CopiedTrade, StoredSignal
from tradermanager.store import alerts as alert_repo
from tradermanager.store import signals as signal_repo
from tradermanager.store.models import AlertEventRow, CopiedTradeRow, SignalRow, database_proxy


def last_ids() -> tuple[int, int, int]:
    """(highest signal id, copy id, alert event id); 0 when there is none."""
    row = (
        database_proxy.connection()
        .execute(
            f'SELECT (SELECT COALESCE(MAX(id), 0) FROM "{SignalRow._meta.table_name}"), '
            f'(SELECT COALESCE(MAX(id), 0) FROM "{CopiedTradeRow._meta.table_name}"), '
            f'(SELECT COALESCE(MAX(id), 0) FROM "{AlertEventRow._meta.table_name}")'
        )
        .fetchone()
    )
    return int(row[0]), int(row[1]), int(row[2])


def open_copy_ids() -> frozenset[int]:
    query = CopiedTradeRow.select(CopiedTradeRow.id).where(
        CopiedTradeRow.status == TradeStatus.OPEN.value
    )
    return frozenset(int(row.id) for row in query)


def signals_after(signal_id: int, limit: int) -> list[StoredSignal]:
    """Signals with a larger id, oldest first, each with its decision."""
    query = (
        signal_repo._signal_query()
        .where(SignalRow.id > signal_id)
        .order_by(SignalRow.id)
        .limit(limit)
    )
    return [signal_repo._to_stored(row) for row in query]


def copies_changed(copy_id: int, were_open: Sequence[int]) -> list[tuple[int, CopiedTrade]]:
    """(trader id, copy) for copies with a larger id, and for those in ``were_open`` that are
    no longer open; by id."""
    query = CopiedTradeRow.select().where(
        (CopiedTradeRow.id > copy_id)
        | (
            CopiedTradeRow.id.in_(list(were_open))
            & (CopiedTradeRow.status != TradeStatus.OPEN.value)
        )
    )
    return [
        (int(row.trader_id), signal_repo.row_to_copy(row))
        for row in query.order_by(CopiedTradeRow.id)
    ]


def alerts_after(event_id: int) -> list[AlertEvent]:
    """Alert events with a larger id, oldest first."""
    return sorted(alert_repo.list_events(after_id=event_id), key=lambda e: e.id)
