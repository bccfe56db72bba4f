"""My copies of a trader, as one set of rows: what "Your performance", the promotion record,
signal quality and the portfolio count.

Three sources, never two for one signal:

* the execution engine's paper positions (``paper_position``, rewritten by each paper
  replay) — every copy of a signal stored after the file was upgraded to the engine;
* the copies release 0.1.0 recorded (``copied_trade`` rows that existed when the file was
  upgraded, schema v12) — the user's past record, kept as it was shown, for the signals stored
  before the upgrade. The upgrade noted the last such row and signal in the ``setting`` table
  (``recorded_copies_upto``, ``recorded_signals_upto``); a file created since has neither;
* live copies (``live_position``) that were entered on the exchange (named by the signal's
  token, like paper copies, not by the contract), with the fees of the
  exchange's own fills (``live_fill``) and the realised P&L booked from them. A live trader's
  signals are not replayed on paper, so a signal has a paper or a live copy, never both.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from tradermanager.domain.enums import ExecutionMode, Side, TradeStatus
from tradermanager.domain.models import CopiedTrade
from tradermanager.store.fields import from_millis
from tradermanager.store.models import database_proxy

RECORDED_COPIES_KEY = "recorded_copies_upto"  # highest copied_trade id written before v12
RECORDED_SIGNALS_KEY = "recorded_signals_upto"  # highest signal id stored before v12

# Columns: mode, symbol, side, leverage, margin, signal_price, entry_fill, entry_fee,
# exit_fill, exit_fee, pnl, status, opened_at, closed_at, signal_id, trader_id; {trader}
# is the condition on each part's trader_id.
_MY_COPIES_TEMPLATE = f"""
WITH bounds AS (SELECT
    COALESCE((SELECT CAST(value AS INTEGER) FROM setting WHERE key = '{RECORDED_COPIES_KEY}'), 0)
        AS copies_upto,
    COALESCE((SELECT CAST(value AS INTEGER) FROM setting WHERE key = '{RECORDED_SIGNALS_KEY}'), 0)
        AS signals_upto)
SELECT c.mode, c.symbol, c.side, c.leverage, c.margin, c.signal_price, c.entry_fill,
       c.entry_fee, c.exit_fill, c.exit_fee, c.pnl, c.status, c.opened_at, c.closed_at,
       c.signal_id, c.trader_id
FROM copied_trade c CROSS JOIN bounds
WHERE c.trader_id {{trader}} AND c.id <= bounds.copies_upto
UNION ALL
SELECT 'paper', p.symbol, p.side, p.leverage, p.margin, COALESCE(s.price, p.entry_price),
       p.entry_price,
       (SELECT COALESCE(SUM(f.fee), 0) FROM paper_fill f
         WHERE f.position_id = p.id AND f.kind = 'entry'),
       p.exit_price,
       (SELECT COALESCE(SUM(f.fee), 0) FROM paper_fill f
         WHERE f.position_id = p.id AND f.kind = 'exit'),
       CASE WHEN p.status = 'closed' THEN p.pnl END,
       CASE WHEN p.status = 'open' THEN 'open'
            WHEN p.exit_reason = 'liquidation' THEN 'liquidated' ELSE 'closed' END,
       p.entry_time, p.exit_time, s.id, p.trader_id
FROM paper_position p CROSS JOIN bounds
LEFT JOIN signal s ON s.trader_id = p.trader_id AND s.source_id = p.source_id
WHERE p.trader_id {{trader}} AND p.entry_time IS NOT NULL
  AND (s.id IS NULL OR s.id > bounds.signals_upto)
UNION ALL
SELECT 'live', COALESCE(s.symbol, l.symbol), l.side, l.leverage, l.margin,
       COALESCE(s.price, l.entry_price), l.entry_price,
       (SELECT COALESCE(SUM(f.fee), 0) FROM live_fill f
         WHERE f.position_id = l.id AND f.kind = 'entry'),
       l.exit_price,
       (SELECT COALESCE(SUM(f.fee), 0) FROM live_fill f
         WHERE f.position_id = l.id AND f.kind = 'exit'),
       CASE WHEN l.status = 'closed' THEN l.pnl END,
       CASE WHEN l.status = 'open' THEN 'open'
            WHEN l.exit_reason = 'liquidation' THEN 'liquidated' ELSE 'closed' END,
       l.entry_time, l.exit_time, s.id, l.trader_id
FROM live_position l
LEFT JOIN signal s ON s.trader_id = l.trader_id AND s.source_id = l.source_id
WHERE l.trader_id {{trader}} AND l.entry_time IS NOT NULL AND l.status IN ('open', 'closed')
"""
MY_COPIES_SQL = _MY_COPIES_TEMPLATE.format(trader="= ?1")  # one trader: the parameter ?1
ALL_MY_COPIES_SQL = _MY_COPIES_TEMPLATE.format(trader="IS NOT NULL")  # every trader's


def _time(ms: int | None) -> datetime | None:
    return None if ms is None else from_millis(int(ms))


def _to_copy(r: tuple[Any, ...]) -> CopiedTrade:
    opened = _time(r[12])
    assert opened is not None  # every part keeps only copies that were entered
    return CopiedTrade(
        mode=ExecutionMode(r[0]),
        symbol=r[1],
        side=Side(r[2]),
        leverage=r[3],
        margin=r[4],
        signal_price=r[5],
        entry_fill=r[6],
        opened_at=opened,
        entry_fee=r[7],
        status=TradeStatus(r[11]),
        exit_fill=r[8],
        closed_at=_time(r[13]),
        exit_fee=r[9],
        pnl=r[10],
        signal_id=r[14],
    )


def copies_of(trader_id: int) -> list[CopiedTrade]:
    """My copies of the trader (recorded by 0.1.0, the engine's paper ones, the live ones), in
    opening order. An engine or live copy's P&L is net of fees and funding; its fees are its
    fills' fees."""
    rows = (
        database_proxy.connection()
        .execute(MY_COPIES_SQL + " ORDER BY 13, 15", (trader_id,))
        .fetchall()
    )
    return [_to_copy(r) for r in rows]


CopyKey = tuple[str, int, str, str, int]  # mode, trader id, symbol, side, opened at (ms)


def copy_states() -> dict[CopyKey, str]:
    """Every copy of mine (all traders) by its key, with its status."""
    rows = database_proxy.connection().execute(
        f"SELECT mode, trader_id, symbol, side, opened_at, status FROM ({ALL_MY_COPIES_SQL})"
    )
    return {(r[0], int(r[1]), r[2], r[3], int(r[4])): r[5] for r in rows}


def copies_with_keys(keys: Collection[CopyKey]) -> list[tuple[CopyKey, CopiedTrade]]:
    """The copies of ``keys`` (all traders), in opening order."""
    wanted = set(keys)
    if not wanted:
        return []
    rows = database_proxy.connection().execute(ALL_MY_COPIES_SQL + " ORDER BY 13, 15").fetchall()
    out = []
    for r in rows:
        key = (r[0], int(r[15]), r[1], r[2], int(r[12]))
        if key in wanted:
            out.append((key, _to_copy(r)))
    return out
