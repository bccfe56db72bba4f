"""Release 0.1.0's daily token prices become 1d candles when its file is upgraded."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from tradermanager.store import candles as candle_repo
from tradermanager.store import prices
from tradermanager.store.connection import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def schema(path: Path, table: str) -> str:
    return rows(path, f"SELECT sql FROM sqlite_master WHERE name = '{table}'")[0][0]


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    return path


def test_every_daily_close_becomes_a_1d_candle_and_the_old_table_goes(old_file):
    before = rows(old_file, "SELECT token, day, close FROM token_price ORDER BY token, day")
    assert len(before) == 600
    expected = pd.DataFrame(before, columns=["token", "day", "close"])
    expected["day"] = pd.to_datetime(expected["day"])
    expected = expected.pivot(index="day", columns="token", values="close").sort_index()

    store = open_store(old_file)
    try:
        frame = prices.price_frame()
        pd.testing.assert_frame_equal(frame, expected, check_names=False, check_freq=False)
        series = {s.symbol: s for s in candle_repo.stored_series()}
        assert sorted(series) == sorted(f"{t}USDT" for t in expected.columns)
        assert {s.interval for s in series.values()} == {"1d"}
        assert sum(s.count for s in series.values()) == 600
        btc = candle_repo.load_candles("BTCUSDT", "1d")
        first = next(c for t, d, c in before if t == "BTC")
        assert (btc.open[0], btc.high[0], btc.low[0], btc.close[0]) == (first,) * 4
        assert btc.volume.tolist() == [0.0] * len(btc)
    finally:
        store.close()
    assert not rows(old_file, "SELECT name FROM sqlite_master WHERE name = 'token_price'")
    assert rows(old_file, "SELECT COUNT(*) FROM trader")[0][0] > 0


def test_the_upgraded_file_has_the_tables_a_new_file_has(old_file, tmp_path):
    open_store(old_file).close()
    new = tmp_path / "new.sqlite"
    open_store(new).close()
    for table in ("candle_chunk", "funding_rate"):
        assert schema(old_file, table).replace("IF NOT EXISTS ", "") == schema(new, table)


def test_metrics_of_the_upgraded_file_still_see_the_prices(old_file):
    from tradermanager.services import build_services

    services = build_services(open_store(old_file))
    try:
        trader = services.traders.list()[0]
        services.metrics.refresh()
        matrix = services.metrics.token_correlation(trader.id, "all")
        assert matrix.matrix is not None and matrix.without_prices == ()
    finally:
        services.close()
