"""Candles stored as columnar chunks: one row per symbol, interval and UTC month.

A row per candle cannot feed a backtest: Python's sqlite3 builds an object per value, so
10 million 1-minute candles would take minutes to read. Each ``candle_chunk`` row holds one
month of one series as a BLOB of columns — ``rows`` int64 open times (UTC epoch ms) followed
by ``rows`` float64 values each of open, high, low, close and volume — plus the first and
last open time, the index a range query filters on. Loading is a ``numpy.frombuffer`` per
chunk and one copy into the result.

Writes merge: a month that already has candles is read, united with the new ones (a new
candle replaces a stored one with the same open time) and written back, so overlapping or
repeated imports and fetches converge on one series.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from tradermanager.domain.market import INTERVALS, Candles
from tradermanager.store.models import database_proxy

VALUE_COLUMNS = ("open", "high", "low", "close", "volume")
_WIDTH = len(VALUE_COLUMNS)
# SQLite reads BLOBs through memory mapping about twice as fast as through read() calls.
_MMAP_BYTES = 2**31


@dataclass(frozen=True, slots=True)
class StoredSeries:
    """What is stored for one symbol and interval (times in UTC epoch ms)."""

    symbol: str
    interval: str
    first_open: int
    last_open: int
    count: int

    @property
    def missing(self) -> int:
        """Candles absent between the first and the last (gaps in trading or in what was
        stored)."""
        step = INTERVALS.get(self.interval)
        if step is None:
            return 0
        return (self.last_open - self.first_open) // step + 1 - self.count


@dataclass(frozen=True, slots=True)
class WriteResult:
    written: int  # candles given
    added: int  # of those, open times not stored before


def month_starts(open_time: np.ndarray) -> np.ndarray:
    """The UTC month (as epoch ms of its first instant) each open time falls in."""
    months = open_time.astype("datetime64[ms]").astype("datetime64[M]")
    return months.astype("datetime64[ms]").astype(np.int64)


def encode(times: np.ndarray, values: np.ndarray) -> bytes:
    """``times`` (n,) int64 and ``values`` (5, n) float64 as one chunk payload."""
    return (
        np.ascontiguousarray(times, np.int64).tobytes()
        + np.ascontiguousarray(values, np.float64).tobytes()
    )


def decode(payload: bytes, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """A payload as (times (n,), values (5, n)) read-only views of the bytes."""
    expected = rows * 8 * (1 + _WIDTH)
    if len(payload) != expected:
        raise ValueError(f"candle chunk of {rows} rows has {len(payload)} bytes, not {expected}")
    times = np.frombuffer(payload, np.int64, rows)
    values = np.frombuffer(payload, np.float64, rows * _WIDTH, rows * 8).reshape(_WIDTH, rows)
    return times, values


def _values(candles: Candles) -> np.ndarray:
    return np.vstack([getattr(candles, name) for name in VALUE_COLUMNS])


def write_candles(candles: Candles) -> WriteResult:
    """Merge ``candles`` into the stored series (call inside a write transaction)."""
    n = len(candles)
    if n == 0:
        return WriteResult(0, 0)
    conn = database_proxy.connection()
    months = month_starts(candles.open_time)
    cuts = np.flatnonzero(months[1:] != months[:-1]) + 1
    bounds = [0, *cuts.tolist(), n]
    new_values = _values(candles)
    added = 0
    for a, b in itertools.pairwise(bounds):
        month = int(months[a])
        times, values = candles.open_time[a:b], new_values[:, a:b]
        row = conn.execute(
            "SELECT rows, payload FROM candle_chunk WHERE symbol = ? AND interval = ? "
            "AND month = ?",
            (candles.symbol, candles.interval, month),
        ).fetchone()
        old_rows = 0
        if row is not None:
            old_rows = row[0]
            old_times, old_values = decode(row[1], old_rows)
            times, values = _merge(old_times, old_values, times, values)
        added += len(times) - old_rows
        conn.execute(
            "INSERT OR REPLACE INTO candle_chunk (symbol, interval, month, first_open, "
            "last_open, rows, payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                candles.symbol,
                candles.interval,
                month,
                int(times[0]),
                int(times[-1]),
                len(times),
                encode(times, values),
            ),
        )
    return WriteResult(n, added)


def _merge(
    old_times: np.ndarray, old_values: np.ndarray, new_times: np.ndarray, new_values: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Union by open time, sorted; the new candle wins where both have one."""
    times = np.concatenate([old_times, new_times])
    values = np.concatenate([old_values, new_values], axis=1)
    order = np.argsort(times, kind="stable")  # stable: an old candle sorts before its new twin
    times, values = times[order], values[:, order]
    keep = np.ones(len(times), dtype=bool)
    keep[:-1] = times[1:] != times[:-1]
    return times[keep], values[:, keep]


def load_candles(
    symbol: str, interval: str, start_ms: int | None = None, end_ms: int | None = None
) -> Candles:
    """Stored candles of ``symbol`` and ``interval`` opening in ``[start_ms, end_ms)``
    (unbounded where None); empty when none are stored."""
    low = -(2**62) if start_ms is None else int(start_ms)
    high = 2**62 if end_ms is None else int(end_ms)
    conn = database_proxy.connection()
    conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    chunks = conn.execute(
        "SELECT rows, payload FROM candle_chunk WHERE symbol = ? AND interval = ? "
        "AND last_open >= ? AND first_open < ? ORDER BY month",
        (symbol, interval, low, high),
    ).fetchall()
    parts = []
    total = 0
    for rows, payload in chunks:
        times, values = decode(payload, rows)
        i, j = np.searchsorted(times, [low, high], side="left")
        if j > i:
            parts.append((times[i:j], values[:, i:j]))
            total += int(j - i)
    open_time = np.empty(total, np.int64)
    columns = np.empty((_WIDTH, total), np.float64)
    at = 0
    for times, values in parts:
        open_time[at : at + len(times)] = times
        columns[:, at : at + len(times)] = values
        at += len(times)
    if len(columns) != _WIDTH or columns.dtype != np.float64:
        raise ValueError("candle columns of the wrong shape")
    return Candles.unchecked(symbol, interval, open_time, columns)


def load_closes(symbol: str, interval: str) -> tuple[np.ndarray, np.ndarray]:
    """Open times and closes only, of every stored candle of the series: a third of what
    :func:`load_candles` copies, for daily closes drawn from finer candles."""
    rows = database_proxy.connection().execute(
        "SELECT rows, payload FROM candle_chunk WHERE symbol = ? AND interval = ? ORDER BY month",
        (symbol, interval),
    )
    times, closes = [], []
    for n, payload in rows:
        chunk_times, values = decode(payload, n)
        times.append(chunk_times)  # views of the payloads: one copy, by concatenate
        closes.append(values[VALUE_COLUMNS.index("close")])
    if not times:
        return np.empty(0, np.int64), np.empty(0, np.float64)
    return np.concatenate(times), np.concatenate(closes)


def stored_series(symbol: str | None = None) -> list[StoredSeries]:
    """Every stored series (or one symbol's), by symbol then interval length."""
    sql = (
        "SELECT symbol, interval, MIN(first_open), MAX(last_open), SUM(rows) FROM candle_chunk"
        + (" WHERE symbol = ?" if symbol is not None else "")
        + " GROUP BY symbol, interval"
    )
    params = (symbol,) if symbol is not None else ()
    found = [
        StoredSeries(s, i, int(a), int(b), int(n))
        for s, i, a, b, n in database_proxy.connection().execute(sql, params)
    ]
    return sorted(found, key=lambda s: (s.symbol, INTERVALS.get(s.interval, 2**62)))


def delete_series(symbol: str, interval: str) -> int:
    """Remove a stored series; returns the number of candles removed."""
    conn = database_proxy.connection()
    (count,) = conn.execute(
        "SELECT COALESCE(SUM(rows), 0) FROM candle_chunk WHERE symbol = ? AND interval = ?",
        (symbol, interval),
    ).fetchone()
    conn.execute("DELETE FROM candle_chunk WHERE symbol = ? AND interval = ?", (symbol, interval))
    return int(count)
