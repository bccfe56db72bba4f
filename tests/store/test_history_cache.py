"""The columnar history cache returns exactly what the tables hold, and never stale data."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import numpy as np
import pandas as pd
import pytest

from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.store import frames, trades


@pytest.fixture
def demo(services):
    services.demo.load(3, 40, seed=3)
    return services


def direct(db_path, sql: str) -> pd.DataFrame:
    with sqlite3.connect(db_path) as conn:
        return pd.read_sql_query(sql, conn)


def test_trades_frame_matches_the_table(demo, db_path):
    frame = frames.trades_frame().sort_values(["trader_id", "entry_time", "pnl"])
    table = direct(db_path, "SELECT * FROM trader_trade").sort_values(
        ["trader_id", "entry_time", "pnl"]
    )
    assert len(frame) == len(table) > 100
    assert frame["symbol"].tolist() == table["symbol"].tolist()
    assert frame["status"].tolist() == table["status"].tolist()
    np.testing.assert_array_equal(frame["pnl"].to_numpy(), table["pnl"].to_numpy(float))
    np.testing.assert_array_equal(frame["leverage"].to_numpy(), table["leverage"].to_numpy())
    entry_ms = (frame["entry_time"] - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(milliseconds=1)
    assert entry_ms.tolist() == table["entry_time"].tolist()
    assert frame["exit_time"].isna().sum() == table["exit_time"].isna().sum()


def test_signals_frame_has_outcomes_and_filter_flags(demo, db_path):
    frame = frames.signals_frame()
    opens = direct(db_path, "SELECT COUNT(*) n FROM signal WHERE kind = 'open'")["n"][0]
    assert len(frame) == opens
    rejected_conf = direct(
        db_path, "SELECT COUNT(*) n FROM decision WHERE reason = 'confidence_below_min'"
    )["n"][0]
    assert (~frame["passed_filter"]).sum() == rejected_conf
    closed = direct(db_path, "SELECT COUNT(*) n FROM trader_trade WHERE status != 'open'")
    assert frame["pnl"].notna().sum() == closed["n"][0]


def test_subset_and_empty_trader(services):
    alice = services.traders.add(name="Alice")
    assert frames.trades_frame([alice.id]).empty
    assert list(frames.copies_frame([alice.id]).columns)[:3] == ["trader_id", "mode", "symbol"]


def test_cache_is_rebuilt_after_inserts_updates_and_deletes(services, clock):
    alice = services.traders.add(name="Alice", max_leverage=10)
    t0 = clock.now()
    first = TraderTrade(
        source_id="t1",
        symbol="BTC",
        side=Side.LONG,
        leverage=5,
        entry_price=100.0,
        entry_time=t0,
        notional=1000.0,
    )
    with services.store.write():
        trades.insert_trades(alice.id, [first])
    assert frames.trades_frame([alice.id])["status"].tolist() == ["open"]
    closed = TraderTrade(
        source_id="t2",
        symbol="ETH",
        side=Side.SHORT,
        leverage=3,
        entry_price=50.0,
        entry_time=t0,
        notional=300.0,
        status=TradeStatus.CLOSED,
        exit_price=45.0,
        exit_time=t0 + timedelta(hours=2),
        fees=0.2,
        pnl=29.8,
    )
    with services.store.write():
        trades.insert_trades(alice.id, [closed])
    assert frames.trades_frame([alice.id])["pnl"].fillna(0).tolist() == [0.0, 29.8]
    # an update through SQL (as a future importer might) drops the cache through a trigger
    services.store.db.execute_sql("UPDATE trader_trade SET pnl = 1.5 WHERE source_id = 't2'")
    assert frames.trades_frame([alice.id])["pnl"].fillna(0).tolist() == [0.0, 1.5]
    # a signal, and my copy of it once the paper replay has filled it
    at = t0 - timedelta(hours=3)
    signal = Signal(
        source_id="s1",
        symbol="BTC",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=100.0,
        trader_time=at,
        received_time=at,
        leverage=5.0,
        confidence=0.9,
    )
    services.pipeline.process(alice.id, signal)
    assert frames.copies_frame([alice.id]).empty
    hours = (
        np.arange(4, dtype=np.int64) * 3_600_000
        + int(at.timestamp() * 1000) // 3_600_000 * 3_600_000
    )
    flat = np.full(4, 100.0)
    services.market.save_candles([Candles("BTCUSDT", "1h", hours, flat, flat, flat, flat, flat)])
    services.paper.refresh()  # stores the position and drops the cached copies
    assert frames.copies_frame([alice.id])["fill_price"].tolist() == [pytest.approx(100.05)]
    assert frames.signals_frame([alice.id])["confidence"].tolist() == [0.9]
    services.traders.delete(alice.id, purge=True)
    assert frames.trades_frame().empty
