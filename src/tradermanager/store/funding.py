"""Funding-rate history: one row per symbol and settlement (a year is ~1,100 rows a symbol)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from tradermanager.domain.market import FundingRates
from tradermanager.store.models import database_proxy


@dataclass(frozen=True, slots=True)
class StoredFunding:
    symbol: str
    first: int  # UTC epoch ms
    last: int
    count: int


def write_funding(
    symbol: str, rows: Iterable[tuple[int, float, float | None]], chunk: int = 5000
) -> tuple[int, int]:
    """Merge (funding_time ms, rate, mark price or None) rows; a stored settlement at the same
    time is replaced. Returns (rows given, rows not stored before). Call inside a write
    transaction."""
    conn = database_proxy.connection()
    batch = [(symbol, int(t), float(r), m) for t, r, m in rows]
    (before,) = conn.execute(
        "SELECT COUNT(*) FROM funding_rate WHERE symbol = ?", (symbol,)
    ).fetchone()
    for i in range(0, len(batch), chunk):
        conn.executemany(
            "INSERT OR REPLACE INTO funding_rate (symbol, funding_time, rate, mark_price) "
            "VALUES (?, ?, ?, ?)",
            batch[i : i + chunk],
        )
    (after,) = conn.execute(
        "SELECT COUNT(*) FROM funding_rate WHERE symbol = ?", (symbol,)
    ).fetchone()
    return len(batch), int(after - before)


def load_funding(
    symbol: str, start_ms: int | None = None, end_ms: int | None = None
) -> FundingRates:
    """Stored settlements of ``symbol`` at instants in ``[start_ms, end_ms)``."""
    low = -(2**62) if start_ms is None else int(start_ms)
    high = 2**62 if end_ms is None else int(end_ms)
    rows = (
        database_proxy.connection()
        .execute(
            "SELECT funding_time, rate FROM funding_rate WHERE symbol = ? AND funding_time >= ? "
            "AND funding_time < ? ORDER BY funding_time",
            (symbol, low, high),
        )
        .fetchall()
    )
    data = np.array(rows, dtype=np.float64).reshape(-1, 2)
    return FundingRates(symbol, data[:, 0].astype(np.int64), data[:, 1])


def stored_funding(symbol: str | None = None) -> list[StoredFunding]:
    sql = "SELECT symbol, MIN(funding_time), MAX(funding_time), COUNT(*) FROM funding_rate"
    sql += (" WHERE symbol = ?" if symbol is not None else "") + " GROUP BY symbol ORDER BY symbol"
    params = (symbol,) if symbol is not None else ()
    return [
        StoredFunding(s, int(a), int(b), int(n))
        for s, a, b, n in database_proxy.connection().execute(sql, params)
    ]


def last_funding_time(symbol: str) -> int | None:
    (value,) = (
        database_proxy.connection()
        .execute("SELECT MAX(funding_time) FROM funding_rate WHERE symbol = ?", (symbol,))
        .fetchone()
    )
    return None if value is None else int(value)


def delete_funding(symbol: str) -> int:
    cursor = database_proxy.connection().execute(
        "DELETE FROM funding_rate WHERE symbol = ?", (symbol,)
    )
    return int(cursor.rowcount)
