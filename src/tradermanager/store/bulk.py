"""Bulk reads and writes through the raw SQLite cursor.

peewee builds one statement per row batch in Python, which dominates at a million rows;
``executemany`` and ``pandas.read_sql`` on the same connection are an order of magnitude
faster. Callers are inside a ``Store.write()`` transaction for writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import peewee as pw

from tradermanager.store.models import database_proxy


def _table(model: type[pw.Model]) -> str:
    return str(model._meta.table_name)


def insert_rows(
    model: type[pw.Model],
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    ignore: bool = False,
) -> int:
    """executemany INSERT; with ``ignore``, rows that hit a unique key are skipped."""
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    placeholders = ", ".join("?" for _ in columns)
    sql = f'{verb} INTO "{_table(model)}" ({", ".join(columns)}) VALUES ({placeholders})'
    cursor = database_proxy.connection().cursor()
    before = database_proxy.connection().total_changes
    cursor.executemany(sql, rows)
    return int(database_proxy.connection().total_changes - before)


def read_frame(
    model: type[pw.Model],
    columns: str,
    key: str | None = None,
    keys: Sequence[int] | None = None,
) -> pd.DataFrame:
    sql = f'SELECT {columns} FROM "{_table(model)}"'
    params: list[Any] = []
    if key is not None and keys is not None:
        sql += f" WHERE {key} IN (SELECT value FROM json_each(?))"
        params.append(json.dumps([int(k) for k in keys]))
    return pd.read_sql_query(sql, database_proxy.connection(), params=params)
