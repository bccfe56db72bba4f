"""The trader's own trades: bulk writes and the DataFrames the metrics read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tradermanager.domain.models import TraderTrade
from tradermanager.store import history_cache
from tradermanager.store.bulk import insert_rows
from tradermanager.store.models import TraderTradeRow
from tradermanager.store.traders import db_time

TRADE_COLUMNS = (
    "trader_id",
    "source_id",
    "symbol",
    "side",
    "leverage",
    "entry_price",
    "exit_price",
    "entry_time",
    "exit_time",
    "notional",
    "fees",
    "pnl",
    "status",
)


def trade_values(trader_id: int, trade: TraderTrade) -> tuple[object, ...]:
    return (
        trader_id,
        trade.source_id,
        trade.symbol,
        trade.side.value,
        trade.leverage,
        trade.entry_price,
        trade.exit_price,
        db_time(trade.entry_time),
        db_time(trade.exit_time) if trade.exit_time else None,
        trade.notional,
        trade.fees,
        trade.pnl,
        trade.status.value,
    )


def insert_trades(trader_id: int, trades: Iterable[TraderTrade]) -> int:
    """Insert trades not stored yet (same source id = same trade); returns how many were new."""
    return insert_trade_rows(trader_id, [trade_values(trader_id, t) for t in trades])


def insert_trade_rows(trader_id: int, rows: Iterable[Sequence[object]]) -> int:
    """Rows of one trader made by :func:`trade_values`; known source ids are skipped."""
    history_cache.invalidate([trader_id])
    return insert_rows(TraderTradeRow, TRADE_COLUMNS, rows, ignore=True)
