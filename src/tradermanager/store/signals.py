"""Signals, their decisions and my copied trades: rows ↔ domain objects."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import peewee as pw

from tradermanager.domain.enums import (
    ExecutionMode,
    OrderType,
    RejectReason,
    Side,
    SignalKind,
    TradeStatus,
)
from tradermanager.domain.models import CopiedTrade, Decision, Signal, StoredSignal
from tradermanager.store.bulk import select_named
from tradermanager.store.fields import from_millis, to_millis
from tradermanager.store.models import (
    CopiedTradeRow,
    DecisionRow,
    SignalRow,
    TraderRow,
)


def find_signal_id(trader_id: int, source_id: str) -> int | None:
    """Raw SQL: asked for every incoming signal, and peewee's query building cost ten times
    the lookup itself."""
    sql = 'SELECT id FROM "signal" WHERE trader_id = ? AND source_id = ?'
    row = next(select_named(sql, (trader_id, source_id)), None)
    return int(row["id"]) if row else None


def row_to_signal(row: SignalRow) -> Signal:
    return Signal(
        source_id=row.source_id,
        symbol=row.symbol,
        side=Side(row.side),
        kind=SignalKind(row.kind),
        price=row.price,
        trader_time=row.trader_time,
        received_time=row.received_time,
        leverage=row.leverage,
        confidence=row.confidence,
        stop_loss=row.stop_loss,
        take_profits=tuple(float(tp) for tp in row.take_profits.split(",") if tp),
        raw_text=row.raw_text,
        trade_ref=row.trade_ref,
        **order_fields(row.order_type, row.entries, row.close_fraction, row.target_hit),
    )


def order_fields(
    order_type: str | None, entries: str | None, close_fraction: float | None, target: int | None
) -> dict[str, Any]:
    """The order columns of a signal row as Signal keywords (NULL: the defaults)."""
    out: dict[str, Any] = {}
    if order_type:
        out["order_type"] = OrderType(order_type)
    if entries:
        out["entries"] = tuple(float(p) for p in entries.split(",") if p)
    if close_fraction is not None:
        out["close_fraction"] = close_fraction
    if target is not None:
        out["target_hit"] = target
    return out


def _decision(row: DecisionRow | None) -> Decision | None:
    if row is None or row.id is None:
        return None
    return Decision(row.accepted, RejectReason(row.reason) if row.reason else None, row.message)


def _signal_query() -> pw.ModelSelect[SignalRow]:
    return (
        SignalRow.select(SignalRow, DecisionRow, TraderRow.id, TraderRow.name)
        .join(TraderRow)
        .switch(SignalRow)
        .join(DecisionRow, join_type=pw.JOIN.LEFT_OUTER)
    )


def _to_stored(row: SignalRow) -> StoredSignal:
    decision_row = getattr(row, "decisionrow", None)
    decided_at = None
    if decision_row is not None and decision_row.id is not None:
        decided_at = decision_row.decided_at
    return StoredSignal(
        id=row.id,
        trader_id=row.trader.id,
        trader_name=row.trader.name,
        signal=row_to_signal(row),
        decision=_decision(decision_row),
        decided_at=decided_at,
    )


def list_signals(
    trader_id: int | None = None, *, limit: int | None = None, newest_first: bool = True
) -> list[StoredSignal]:
    query = _signal_query()
    if trader_id is not None:
        query = query.where(SignalRow.trader == trader_id)
    if newest_first:
        query = query.order_by(SignalRow.received_time.desc(), SignalRow.id.desc())
    else:
        query = query.order_by(SignalRow.received_time, SignalRow.id)
    if limit is not None:
        query = query.limit(limit)
    return [_to_stored(row) for row in query]


def get_stored_signal(signal_id: int) -> StoredSignal | None:
    row = _signal_query().where(SignalRow.id == signal_id).first()
    return _to_stored(row) if row else None


def row_to_copy(row: CopiedTradeRow) -> CopiedTrade:
    return CopiedTrade(
        mode=ExecutionMode(row.mode),
        symbol=row.symbol,
        side=Side(row.side),
        leverage=row.leverage,
        margin=row.margin,
        signal_price=row.signal_price,
        entry_fill=row.entry_fill,
        opened_at=row.opened_at,
        entry_fee=row.entry_fee,
        status=TradeStatus(row.status),
        exit_fill=row.exit_fill,
        closed_at=row.closed_at,
        exit_fee=row.exit_fee,
        pnl=row.pnl,
        id=row.id,
        signal_id=row.signal_id,
    )


_SIGNAL_SQL = """SELECT source_id, symbol, side, kind, price, trader_time, received_time,
       leverage, confidence, stop_loss, take_profits, raw_text, trade_ref, order_type, entries,
       close_fraction, target_hit
FROM "signal" WHERE trader_id = ? AND received_time >= ? AND received_time < ?
ORDER BY received_time, id"""


def signals_between(trader_id: int, start: datetime, end: datetime) -> list[Signal]:
    """A trader's signals received in [start, end), oldest first — built straight from rows,
    since backtests replay hundreds of thousands of them."""
    sides = {s.value: s for s in Side}
    kinds = {k.value: k for k in SignalKind}
    rows = select_named(_SIGNAL_SQL, (trader_id, to_millis(start), to_millis(end)))
    return [
        Signal(
            source_id=row["source_id"],
            symbol=row["symbol"],
            side=sides[row["side"]],
            kind=kinds[row["kind"]],
            price=row["price"],
            trader_time=from_millis(row["trader_time"]),
            received_time=from_millis(row["received_time"]),
            leverage=row["leverage"],
            confidence=row["confidence"],
            stop_loss=row["stop_loss"],
            take_profits=tuple(float(tp) for tp in row["take_profits"].split(",") if tp),
            raw_text=row["raw_text"],
            trade_ref=row["trade_ref"],
            **order_fields(
                row["order_type"], row["entries"], row["close_fraction"], row["target_hit"]
            ),
        )
        for row in rows
    ]
