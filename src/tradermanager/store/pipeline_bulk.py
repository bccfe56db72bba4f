"""Recording a batch of pipeline steps for one trader with executemany.

A position opened and closed inside the batch is inserted once, in its final state; a
position opened earlier (it has an id) is updated. At most one position per (token, side) is
open per trader, which is what pairs a close with its open.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tradermanager.domain.models import CopiedTrade
from tradermanager.domain.pipeline import Step
from tradermanager.store.bulk import insert_rows
from tradermanager.store.models import CopiedTradeRow, DecisionRow, SignalRow, database_proxy
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
    "trader_time",
    "received_time",
)
COPY_COLUMNS = (
    "trader_id",
    "signal_id",
    "mode",
    "symbol",
    "side",
    "leverage",
    "margin",
    "signal_price",
    "entry_fill",
    "entry_fee",
    "opened_at",
    "status",
    "exit_fill",
    "exit_fee",
    "closed_at",
    "pnl",
)


def existing_source_ids(trader_id: int) -> set[str]:
    cursor = database_proxy.connection().execute(
        'SELECT source_id FROM "signal" WHERE trader_id = ?', (trader_id,)
    )
    return {row[0] for row in cursor}


def _copy_values(trader_id: int, signal_id: int, c: CopiedTrade) -> list[object]:
    return [
        trader_id,
        signal_id,
        c.mode.value,
        c.symbol,
        c.side.value,
        c.leverage,
        c.margin,
        c.signal_price,
        c.entry_fill,
        c.entry_fee,
        db_time(c.opened_at),
        c.status.value,
        c.exit_fill,
        c.exit_fee,
        db_time(c.closed_at) if c.closed_at else None,
        c.pnl,
    ]


def record_steps(trader_id: int, steps: Sequence[Step], decided_at: datetime) -> None:
    """Store every step's signal, decision and copied position, in bulk."""
    if not steps:
        return
    insert_rows(
        SignalRow,
        SIGNAL_COLUMNS,
        (
            (
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
                db_time(s.trader_time),
                db_time(s.received_time),
            )
            for s in (step.signal for step in steps)
        ),
    )
    wanted = {step.signal.source_id for step in steps}
    ids = {
        source_id: signal_id
        for signal_id, source_id in database_proxy.connection().execute(
            'SELECT id, source_id FROM "signal" WHERE trader_id = ?', (trader_id,)
        )
        if source_id in wanted
    }
    decided = db_time(decided_at)
    insert_rows(
        DecisionRow,
        ("signal_id", "accepted", "reason", "message", "decided_at"),
        (
            (
                ids[step.signal.source_id],
                step.decision.accepted,
                step.decision.reason.value if step.decision.reason else None,
                step.decision.message,
                decided,
            )
            for step in steps
        ),
    )
    new_rows: list[list[object]] = []
    pending: dict[tuple[str, str], int] = {}
    updates: list[tuple[object, ...]] = []
    for step in steps:
        if step.opened is not None:
            key = (step.opened.symbol, step.opened.side.value)
            pending[key] = len(new_rows)
            new_rows.append(_copy_values(trader_id, ids[step.signal.source_id], step.opened))
        elif step.closed is not None:
            c = step.closed
            key = (c.symbol, c.side.value)
            closing = [
                c.status.value,
                c.exit_fill,
                c.exit_fee,
                db_time(c.closed_at) if c.closed_at else None,
                c.pnl,
            ]
            if c.id is None and key in pending:
                new_rows[pending.pop(key)][11:] = closing
            else:
                updates.append((*closing, c.id))
    insert_rows(CopiedTradeRow, COPY_COLUMNS, new_rows)
    if updates:
        database_proxy.connection().executemany(
            'UPDATE "copied_trade" SET status = ?, exit_fill = ?, exit_fee = ?, closed_at = ?, '
            "pnl = ? WHERE id = ?",
            updates,
        )
