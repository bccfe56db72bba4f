"""Trades that a later import shows closed: the stored open row takes the closing values.

Imports insert trades by their source id and skip ids stored before, so without this a trade
imported while still open would stay open after a newer file with its close is imported.
"""

from __future__ import annotations

from collections.abc import Iterable

from tradermanager.domain.enums import TradeStatus
from tradermanager.domain.models import TraderTrade
from tradermanager.store import history_cache
from tradermanager.store.models import database_proxy
from tradermanager.store.traders import db_time


def close_stored_open_trades(trader_id: int, trades: Iterable[TraderTrade]) -> int:
    """For every closed trade in ``trades`` that is stored as open, store its exit, fees and
    P&L; returns how many stored trades changed. Call inside a write transaction."""
    rows = [
        (
            t.status.value,
            t.exit_price,
            db_time(t.exit_time),
            t.fees,
            t.pnl,
            t.entry_price,
            t.notional,
            trader_id,
            t.source_id,
        )
        for t in trades
        if t.status is not TradeStatus.OPEN and t.exit_time is not None
    ]
    if not rows:
        return 0
    conn = database_proxy.connection()
    before = conn.total_changes
    conn.executemany(
        "UPDATE trader_trade SET status = ?, exit_price = ?, exit_time = ?, fees = ?, pnl = ?, "
        "entry_price = ?, notional = ? WHERE trader_id = ? AND source_id = ? AND status = 'open'",
        rows,
    )
    changed = int(conn.total_changes - before)
    if changed:
        history_cache.history_changed([trader_id])
    return changed
