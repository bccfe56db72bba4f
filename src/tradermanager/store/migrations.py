"""Numbered schema steps. A step runs once, in order, inside one transaction with its version row.

Add a step by appending ``(version, function)``; never edit a step that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import peewee as pw

from tradermanager.store.models import (
    CORE_MODELS,
    HistoryCacheRow,
    MetricSnapshotRow,
    SchemaVersion,
    SourceStateRow,
    TraderEventRow,
)


def _v1_core_tables(db: pw.Database) -> None:
    db.create_tables(CORE_MODELS)


# A trader's columnar history cache is dropped whenever its rows change (history_cache.py).
# Inserts come only through the bulk writers, which drop it once per batch instead: a
# per-row trigger would add seconds to a million-row import.
_CACHE_TRIGGERS = [
    (table, event, f"{'OLD' if event == 'DELETE' else 'NEW'}.trader_id")
    for table in ("trader_trade", "signal", "copied_trade")
    for event in ("UPDATE", "DELETE")
]


def _v2_history_snapshots_and_caches(db: pw.Database) -> None:
    db.create_tables([TraderEventRow, MetricSnapshotRow, HistoryCacheRow])
    for table, event, trader in _CACHE_TRIGGERS:
        db.execute_sql(
            f'CREATE TRIGGER "{table}_{event.lower()}_drops_history_cache" AFTER {event} '
            f'ON "{table}" BEGIN DELETE FROM history_cache WHERE trader_id = {trader}; END'
        )


def _v3_source_state(db: pw.Database) -> None:
    db.create_tables([SourceStateRow])


MIGRATIONS: list[tuple[int, Callable[[pw.Database], None]]] = [
    (1, _v1_core_tables),
    (2, _v2_history_snapshots_and_caches),
    (3, _v3_source_state),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(db: pw.Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    value = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(value or 0)


def migrate(db: pw.Database, *, upto: int = LATEST_VERSION) -> list[int]:
    """Apply every step above the file's version (up to ``upto``); returns the versions applied."""
    applied = []
    for version, step in MIGRATIONS:
        if version > upto:
            break
        with db.atomic("IMMEDIATE"):
            if version <= current_version(db):
                continue
            step(db)
            SchemaVersion.create(version=version, applied_at=datetime.now(UTC))
        applied.append(version)
    return applied
