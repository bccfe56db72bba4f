"""Cached metric snapshots, one JSON document per trader and window."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from tradermanager.store.bulk import ids_clause
from tradermanager.store.fields import from_millis
from tradermanager.store.models import database_proxy
from tradermanager.store.traders import db_time

VERSION_KEY = "_version"


def save(
    rows: Iterable[tuple[int, str, Mapping[str, Any]]], computed_at: datetime, version: int
) -> None:
    """Store snapshots tagged with the metrics ``version`` that computed them: after an
    upgrade that adds or changes metrics, older snapshots count as missing."""
    at = db_time(computed_at)
    database_proxy.connection().executemany(
        'INSERT OR REPLACE INTO "metric_snapshot" (trader_id, window, computed_at, payload) '
        "VALUES (?, ?, ?, ?)",
        (
            (trader_id, window, at, json.dumps({**payload, VERSION_KEY: version}))
            for trader_id, window, payload in rows
        ),
    )


_CURRENT = f"window = ? AND json_extract(payload, '$.{VERSION_KEY}') = ?"


def load(
    window: str, version: int, trader_ids: Sequence[int] | None = None
) -> dict[int, tuple[datetime, dict[str, Any]]]:
    """Snapshots of ``window`` computed by metrics ``version``."""
    where, params = ids_clause("trader_id", trader_ids)
    sql = f'SELECT trader_id, computed_at, payload FROM "metric_snapshot" WHERE {_CURRENT}'
    cursor = database_proxy.connection().execute(
        sql + (f" AND {where}" if where else ""), [window, version, *params]
    )
    out: dict[int, tuple[datetime, dict[str, Any]]] = {}
    for trader_id, computed_at, payload in cursor:
        values = json.loads(payload)
        values.pop(VERSION_KEY, None)
        out[int(trader_id)] = (from_millis(computed_at), values)
    return out


def summary(
    window: str, version: int, keys: Sequence[str], trader_ids: Sequence[int] | None = None
) -> dict[int, dict[str, Any]]:
    """A few keys of each cached snapshot, extracted by SQLite: the list view needs three
    numbers per trader, not thousands of whole JSON documents parsed on the GUI thread."""
    columns = ", ".join(f"json_extract(payload, '$.{key}')" for key in keys)
    where, params = ids_clause("trader_id", trader_ids)
    sql = f'SELECT trader_id, {columns} FROM "metric_snapshot" WHERE {_CURRENT}'
    cursor = database_proxy.connection().execute(
        sql + (f" AND {where}" if where else ""), [window, version, *params]
    )
    return {int(row[0]): dict(zip(keys, row[1:], strict=True)) for row in cursor}
