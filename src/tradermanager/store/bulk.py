"""Bulk reads and writes through the raw SQLite cursor.

peewee builds one statement per row batch in Python, which dominates at a million rows;
``executemany`` and ``pandas.read_sql`` on the same connection are an order of magnitude
faster. Callers are inside a ``Store.write()`` transaction for writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

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
    conn = database_proxy.connection()
    before = conn.total_changes
    conn.executemany(sql, rows)
    return int(conn.total_changes - before)


def ids_clause(column: str, ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    """``column IN (...)`` for any number of ids, as one bound JSON parameter."""
    if ids is None:
        return "", []
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps([int(i) for i in ids])]


def select_named(sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    """Rows of a raw SELECT as ``{column name: value}``, so a reader maps by name and a
    reordered or added column cannot shift a value into the wrong field."""
    cursor = database_proxy.connection().execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))
