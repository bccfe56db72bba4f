"""Recording pipeline steps in bulk: rows are built by a pure function, inserted with
executemany.

Rows refer to signals by their position in the batch; the insert turns positions into ids
(``position + next free id``) inside SQL, so building rows can happen anywhere (even in
another process) and inserting costs no Python work per row. Copies are the paper account's
(replayed by the engine, ``store/paper_positions.py``) or the exchange's; the only copy rows
written here are the closes of copies release 0.1.0 recorded (``copied_trade``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tradermanager.domain.models import CopiedTrade
from tradermanager.domain.pipeline import Step
from tradermanager.store import history_cache
from tradermanager.store.models import database_proxy
from tradermanager.store.traders import db_time

SIGNAL_COLUMNS = (
    "trader_id",
    "source_id",
    "symbol",
    "side",
    "kind",
    "price",
    "leverage",
    "confidence",
    "stop_loss",
    "take_profits",
    "raw_text",
    "trade_ref",
    "trader_time",
    "received_time",
    "order_type",
    "entries",
    "close_fraction",
    "target_hit",
)
DECISION_COLUMNS = ("accepted", "reason", "message", "decided_at")


@dataclass
class StepRows:
    """Plain tuples, ready for executemany; the first value of each is a batch position."""

    trader_id: int
    signals: list[tuple[object, ...]] = field(default_factory=list)
    decisions: list[tuple[object, ...]] = field(default_factory=list)
    # closes of copies release 0.1.0 recorded: (status, exit fill, exit fee, closed at, pnl, id)
    closes: list[tuple[object, ...]] = field(default_factory=list)


def _closing(c: CopiedTrade) -> tuple[object, ...]:
    closed = db_time(c.closed_at) if c.closed_at else None
    return (c.status.value, c.exit_fill, c.exit_fee, closed, c.pnl, c.id)


def step_rows(trader_id: int, steps: Sequence[Step], decided_at: datetime) -> StepRows:
    """The rows for ``steps`` (pure: no database access)."""
    rows = StepRows(trader_id)
    decided = db_time(decided_at)
    for pos, step in enumerate(steps):
        s, d = step.signal, step.decision
        rows.signals.append(
            (
                pos,
                trader_id,
                s.source_id,
                s.symbol,
                s.side.value,
                s.kind.value,
                s.price,
                s.leverage,
                s.confidence,
                s.stop_loss,
                ",".join(repr(tp) for tp in s.take_profits),
                s.raw_text,
                s.trade_ref,
                db_time(s.trader_time),
                db_time(s.received_time),
                s.order_type.value,
                ",".join(repr(p) for p in s.entries) or None,
                s.close_fraction,
                s.target_hit,
            )
        )
        rows.decisions.append(
            (pos, d.accepted, d.reason.value if d.reason else None, d.message, decided)
        )
        if step.closed is not None and step.closed.id is not None:
            rows.closes.append(_closing(step.closed))
    return rows


def _insert(
    table: str, columns: Sequence[str], base: int, rows: Sequence[Sequence[object]]
) -> None:
    first, *rest = columns
    values = ", ".join(["? + " + str(base)] + ["?"] * len(rest))
    sql = f'INSERT INTO "{table}" ({first}, {", ".join(rest)}) VALUES ({values})'
    database_proxy.connection().executemany(sql, rows)


def insert_step_rows(rows: StepRows) -> int:
    """Insert a batch (inside a write transaction: the next free id must not move).

    Returns the id of the batch's first signal; the others follow in order."""
    conn = database_proxy.connection()
    base = int(conn.execute('SELECT COALESCE(MAX(id), 0) + 1 FROM "signal"').fetchone()[0])
    if not rows.signals:
        return base
    history_cache.history_changed([rows.trader_id])
    _insert("signal", ("id", *SIGNAL_COLUMNS), base, rows.signals)
    _insert("decision", ("signal_id", *DECISION_COLUMNS), base, rows.decisions)
    if rows.closes:
        conn.executemany(
            'UPDATE "copied_trade" SET status = ?, exit_fill = ?, exit_fee = ?, closed_at = ?, '
            "pnl = ? WHERE id = ?",
            rows.closes,
        )
    return base


def existing_source_ids(trader_id: int) -> set[str]:
    cursor = database_proxy.connection().execute(
        'SELECT source_id FROM "signal" WHERE trader_id = ?', (trader_id,)
    )
    return {row[0] for row in cursor}
