"""The trader's own trades: bulk writes and the DataFrames the metrics read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.metric_types import TRADE_FRAME_COLUMNS
from tradermanager.domain.models import TraderTrade
from tradermanager.store import history_cache
from tradermanager.store.bulk import insert_rows, select_named
from tradermanager.store.fields import from_millis, to_millis
from tradermanager.store.models import TraderTradeRow
from tradermanager.store.traders import db_time

# the ``trader_trade`` columns: the metrics' trade frame plus the source's own id
TRADE_COLUMNS = (TRADE_FRAME_COLUMNS[0], "source_id", *TRADE_FRAME_COLUMNS[1:])


def trade_values(trader_id: int, trade: TraderTrade) -> tuple[object, ...]:
    """One ``trader_trade`` row, in :data:`TRADE_COLUMNS` order."""
    values: dict[str, object] = {
        "trader_id": trader_id,
        "source_id": trade.source_id,
        "symbol": trade.symbol,
        "side": trade.side.value,
        "leverage": trade.leverage,
        "entry_price": trade.entry_price,
        "exit_price": trade.exit_price,
        "entry_time": db_time(trade.entry_time),
        "exit_time": db_time(trade.exit_time) if trade.exit_time else None,
        "notional": trade.notional,
        "fees": trade.fees,
        "pnl": trade.pnl,
        "status": trade.status.value,
    }
    return tuple(values[column] for column in TRADE_COLUMNS)


def insert_trades(trader_id: int, trades: Iterable[TraderTrade]) -> int:
    """Insert trades not stored yet (same source id = same trade); returns how many were new."""
    return insert_trade_rows(trader_id, [trade_values(trader_id, t) for t in trades])


def insert_trade_rows(trader_id: int, rows: Iterable[Sequence[object]]) -> int:
    """Rows of one trader made by :func:`trade_values`; known source ids are skipped."""
    history_cache.history_changed([trader_id])
    return insert_rows(TraderTradeRow, TRADE_COLUMNS, rows, ignore=True)


_TRADE_SELECT = (
    "SELECT source_id, symbol, side, leverage, entry_price, entry_time, notional, status, "
    "exit_price, exit_time, fees, pnl FROM trader_trade "
)


def _trades(sql: str, params: Sequence[object]) -> list[TraderTrade]:
    return [
        TraderTrade(
            source_id=r["source_id"],
            symbol=r["symbol"],
            side=Side(r["side"]),
            leverage=r["leverage"],
            entry_price=r["entry_price"],
            entry_time=from_millis(r["entry_time"]),
            notional=r["notional"],
            status=TradeStatus(r["status"]),
            exit_price=r["exit_price"],
            exit_time=from_millis(r["exit_time"]) if r["exit_time"] is not None else None,
            fees=r["fees"],
            pnl=r["pnl"],
        )
        for r in select_named(_TRADE_SELECT + sql, params)
    ]


def trades_between(trader_id: int, start: datetime, end: datetime) -> list[TraderTrade]:
    """A trader's trades opened in [start, end), oldest first."""
    return _trades(
        "WHERE trader_id = ? AND entry_time >= ? AND entry_time < ? ORDER BY entry_time, id",
        (trader_id, to_millis(start), to_millis(end)),
    )


def trades_with_row_hash_ids(trader_id: int, prefix: str = "") -> list[TraderTrade]:
    """A trader's trades whose id is ``prefix`` and 16 hex digits (and maybe ``-N``): how
    release 0.1.0 named a trade of a file without ids (a hash of the raw row; ``binance:``
    for a trade-history export's fills), oldest first."""
    exact = prefix.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]") + "[0-9a-f]" * 16
    return _trades(
        "WHERE trader_id = ? AND (source_id GLOB ? OR source_id GLOB ?) ORDER BY entry_time, id",
        (trader_id, exact, exact + "-[0-9]*"),
    )
