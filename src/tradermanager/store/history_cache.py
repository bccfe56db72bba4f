"""A columnar cache of each trader's history, so metrics load a million rows in a second.

Reading rows through Python's sqlite3 builds one Python object per value: about 4 s for a
million trades. This cache keeps, per trader and kind (trades, signals, copies), the same rows
as one float64 matrix in a BLOB, with text columns stored as codes into a small vocabulary;
loading it is a few ``numpy.frombuffer`` calls per trader. The normalised tables stay the
truth: a trader's cache rows are dropped whenever its trades, signals or copies change
(triggers for updates and deletes, :func:`history_changed` from the bulk inserts), and the next
load rebuilds them from the tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from tradermanager.store.bulk import ids_clause
from tradermanager.store.copies import MY_COPIES_SQL
from tradermanager.store.models import database_proxy

# Column kinds: "num" float, "int" integer id, "time" epoch ms → UTC datetime, "text", "bool".


@dataclass(frozen=True)
class FrameSpec:
    kind: str
    sql: str  # rows of one trader; one "?" parameter for the trader id
    columns: tuple[tuple[str, str], ...]


TRADES = FrameSpec(
    "trades",
    """SELECT symbol, side, leverage, entry_price, exit_price, entry_time, exit_time, notional,
              fees, pnl, status
       FROM "trader_trade" WHERE trader_id = ? ORDER BY entry_time, id""",
    (
        ("symbol", "text"),
        ("side", "text"),
        ("leverage", "num"),
        ("entry_price", "num"),
        ("exit_price", "num"),
        ("entry_time", "time"),
        ("exit_time", "time"),
        ("notional", "num"),
        ("fees", "num"),
        ("pnl", "num"),
        ("status", "text"),
    ),
)

SIGNALS = FrameSpec(
    "signals",
    """SELECT s.symbol, s.side, s.confidence, s.trader_time, s.received_time, t.pnl,
              (d.reason IS NULL OR d.reason != 'confidence_below_min'), d.accepted
       FROM "signal" s
       JOIN "decision" d ON d.signal_id = s.id
       LEFT JOIN "trader_trade" t
            ON t.trader_id = s.trader_id AND t.source_id = s.trade_ref AND s.trade_ref != ''
       WHERE s.trader_id = ? AND s.kind = 'open' ORDER BY s.received_time, s.id""",
    (
        ("symbol", "text"),
        ("side", "text"),
        ("confidence", "num"),
        ("trader_time", "time"),
        ("received_time", "time"),
        ("pnl", "num"),
        ("passed_filter", "bool"),
        ("accepted", "bool"),
    ),
)

COPIES = FrameSpec(
    "copies",  # my copies: recorded by 0.1.0, then the engine's paper positions (copies.py)
    f"""SELECT mode, symbol, side, leverage, margin, signal_price, entry_fill,
              entry_fee + exit_fee, pnl, status, opened_at, closed_at
       FROM ({MY_COPIES_SQL}) ORDER BY opened_at, signal_id""",
    (
        ("mode", "text"),
        ("symbol", "text"),
        ("side", "text"),
        ("leverage", "num"),
        ("margin", "num"),
        ("signal_price", "num"),
        ("fill_price", "num"),
        ("fees", "num"),
        ("pnl", "num"),
        ("status", "text"),
        ("opened_at", "time"),
        ("closed_at", "time"),
    ),
)


def history_changed(trader_ids: Iterable[int]) -> None:
    """The one call that says "these traders' history changed": drops their columnar cache
    and their metric snapshots. The bulk writers call it after inserting; updates and deletes
    of trades, signals and copies do the same through triggers (migrations.CACHE_TRIGGERS)."""
    where, params = ids_clause("trader_id", list(trader_ids))
    connection = database_proxy.connection()
    connection.execute(f"DELETE FROM history_cache WHERE {where}", params)
    connection.execute(f"DELETE FROM metric_snapshot WHERE {where}", params)


def _encode(spec: FrameSpec, rows: list[tuple[object, ...]]) -> tuple[str, bytes, int]:
    """Rows → (vocabulary JSON, float64 matrix bytes, row count)."""
    vocab: dict[str, int] = {}
    matrix = np.empty((len(rows), len(spec.columns)), dtype=np.float64)
    for j, (_, kind) in enumerate(spec.columns):
        values = [row[j] for row in rows]
        if kind == "text":
            matrix[:, j] = [vocab.setdefault(str(v), len(vocab)) for v in values]
        else:
            matrix[:, j] = np.array(values, dtype=np.float64)  # None → NaN
    return json.dumps(list(vocab)), matrix.tobytes(), len(rows)


def _build(spec: FrameSpec, trader_id: int) -> tuple[str, bytes, int]:
    conn = database_proxy.connection()
    vocab, payload, n = _encode(spec, conn.execute(spec.sql, (trader_id,)).fetchall())
    conn.execute(
        "INSERT OR REPLACE INTO history_cache (trader_id, kind, rows, vocab, payload) "
        "VALUES (?, ?, ?, ?, ?)",
        (trader_id, spec.kind, n, vocab, payload),
    )
    return vocab, payload, n


def load(spec: FrameSpec, trader_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """The spec's columns for the given traders (all when None) plus ``trader_id``.

    Traders without a valid cache entry are rebuilt from the tables (and cached)."""
    conn = database_proxy.connection()
    where, params = ids_clause("id", trader_ids)
    sql = "SELECT id FROM trader" + (f" WHERE {where}" if where else "") + " ORDER BY id"
    wanted = [row[0] for row in conn.execute(sql, params)]
    only, only_params = ids_clause("trader_id", trader_ids)
    cached = {
        trader_id: (vocab, payload, n)
        for trader_id, vocab, payload, n in conn.execute(
            "SELECT trader_id, vocab, payload, rows FROM history_cache WHERE kind = ?"
            + (f" AND {only}" if only else ""),
            (spec.kind, *only_params),
        )
    }
    missing = [t for t in wanted if t not in cached]
    if missing:
        with database_proxy.atomic("IMMEDIATE"):
            for trader_id in missing:
                cached[trader_id] = _build(spec, trader_id)
    return _decode(spec, [(t, *cached[t]) for t in wanted])


def _decode(spec: FrameSpec, parts: list[tuple[int, str, bytes, int]]) -> pd.DataFrame:
    width = len(spec.columns)
    vocabulary: dict[str, int] = {}
    matrices, owners = [], []
    text_cols = [j for j, (_, kind) in enumerate(spec.columns) if kind == "text"]
    for trader_id, vocab_json, payload, n in parts:
        matrix = np.frombuffer(payload, dtype=np.float64).reshape(n, width)
        local = json.loads(vocab_json)
        if text_cols and local:
            lut = np.array([vocabulary.setdefault(v, len(vocabulary)) for v in local])
            matrix = matrix.copy()
            for j in text_cols:
                matrix[:, j] = lut[matrix[:, j].astype(np.intp)]
        matrices.append(matrix)
        owners.append(np.full(n, trader_id, dtype=np.int64))
    data = np.concatenate(matrices) if matrices else np.empty((0, width))
    words = list(vocabulary)
    owner_ids = np.concatenate(owners) if owners else np.empty(0, np.int64)
    frame: dict[str, object] = {"trader_id": owner_ids}
    for j, (name, kind) in enumerate(spec.columns):
        col = data[:, j]
        if kind == "text":  # categorical: cheap to build, and compares by integer code
            frame[name] = pd.Categorical.from_codes(
                col.astype(np.int64), categories=pd.Index(words)
            )
        elif kind == "time":
            frame[name] = pd.to_datetime(col, unit="ms", utc=True)
        elif kind == "bool":
            frame[name] = col.astype(bool)
        else:
            frame[name] = col
    return pd.DataFrame(frame)
