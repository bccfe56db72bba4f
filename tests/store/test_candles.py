"""Candle chunks: what goes in comes out, merges, ranges across months, daily closes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradermanager.domain.market import DAY_MS, HOUR_MS, MINUTE_MS, Candles, to_ms
from tradermanager.store import candles as repo
from tradermanager.store import prices
from tradermanager.store.connection import open_store


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    yield s
    s.close()


def make(times, symbol="BTCUSDT", interval="1m", base=100.0) -> Candles:
    t = np.asarray(times, dtype=np.int64)
    c = base + t / 1e6
    return Candles(symbol, interval, t, c, c + 2, c - 2, c + 1, np.full(len(t), 3.0))


JAN_31 = to_ms(datetime(2026, 1, 31, 23, 58, tzinfo=UTC))


def test_candles_come_back_as_written_across_a_month_boundary(store):
    times = JAN_31 + np.arange(5) * MINUTE_MS  # 23:58, 23:59 in January; three in February
    with store.write():
        result = repo.write_candles(make(times))
    assert (result.written, result.added) == (5, 5)
    chunks = store.db.execute_sql("SELECT month, rows FROM candle_chunk ORDER BY month")
    assert [r[1] for r in chunks.fetchall()] == [2, 3]
    back = repo.load_candles("BTCUSDT", "1m")
    assert back.open_time.tolist() == times.tolist()
    original = make(times)
    for name in ("open", "high", "low", "close", "volume"):
        assert getattr(back, name).tolist() == getattr(original, name).tolist()


def test_a_range_is_half_open_and_other_series_stay_apart(store):
    times = JAN_31 + np.arange(5) * MINUTE_MS
    with store.write():
        repo.write_candles(make(times))
        repo.write_candles(make(times, symbol="ETHUSDT", base=5.0))
        repo.write_candles(make([0, HOUR_MS], interval="1h"))
    got = repo.load_candles("BTCUSDT", "1m", int(times[1]), int(times[4]))
    assert got.open_time.tolist() == times[1:4].tolist()
    assert got.symbol == "BTCUSDT" and got.interval == "1m"
    assert repo.load_candles("ETHUSDT", "1m").close[0] == make(times, base=5.0).close[0]
    assert len(repo.load_candles("BTCUSDT", "5m")) == 0
    assert len(repo.load_candles("BTCUSDT", "1m", 0, int(times[0]))) == 0


def test_overlapping_writes_merge_and_the_newer_candle_wins(store):
    with store.write():
        repo.write_candles(make(JAN_31 + np.arange(0, 4) * MINUTE_MS))
    newer = make(JAN_31 + np.arange(2, 6) * MINUTE_MS, base=500.0)
    with store.write():
        result = repo.write_candles(newer)
    assert (result.written, result.added) == (4, 2)
    back = repo.load_candles("BTCUSDT", "1m")
    assert back.open_time.tolist() == (JAN_31 + np.arange(6) * MINUTE_MS).tolist()
    assert back.close[:2].tolist() == make(JAN_31 + np.arange(2) * MINUTE_MS).close.tolist()
    assert back.close[2:].tolist() == newer.close.tolist()


def test_writing_the_same_candles_twice_changes_nothing(store):
    candles = make(JAN_31 + np.arange(100) * MINUTE_MS)
    with store.write():
        repo.write_candles(candles)
    before = store.db.execute_sql("SELECT * FROM candle_chunk ORDER BY month").fetchall()
    with store.write():
        assert repo.write_candles(candles).added == 0
    assert store.db.execute_sql("SELECT * FROM candle_chunk ORDER BY month").fetchall() == before


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batches=st.lists(
        st.lists(st.integers(0, 90 * 24 * 4), min_size=1, max_size=60, unique=True),
        min_size=1,
        max_size=4,
    )
)
def test_any_sequence_of_writes_equals_one_union_last_write_wins(store, batches):
    with store.write():
        store.db.execute_sql("DELETE FROM candle_chunk")
        expected: dict[int, float] = {}
        for k, batch in enumerate(batches):
            times = np.sort(np.array(batch, dtype=np.int64)) * 15 * MINUTE_MS
            candles = make(times, interval="15m", base=1000.0 * k)
            repo.write_candles(candles)
            expected.update(zip(times.tolist(), candles.close.tolist(), strict=True))
    back = repo.load_candles("BTCUSDT", "15m")
    assert back.open_time.tolist() == sorted(expected)
    assert back.close.tolist() == [expected[t] for t in sorted(expected)]
    [series] = repo.stored_series()
    assert (series.first_open, series.last_open, series.count) == (
        min(expected),
        max(expected),
        len(expected),
    )


def test_stored_series_lists_each_symbol_and_interval(store):
    with store.write():
        repo.write_candles(make(JAN_31 + np.arange(5) * MINUTE_MS))
        repo.write_candles(make([0, HOUR_MS, 2 * HOUR_MS], interval="1h"))
        repo.write_candles(make([0], symbol="ETHUSDT", interval="1d"))
    listed = [(s.symbol, s.interval, s.count) for s in repo.stored_series()]
    assert listed == [("BTCUSDT", "1m", 5), ("BTCUSDT", "1h", 3), ("ETHUSDT", "1d", 1)]
    assert [s.missing for s in repo.stored_series()] == [0, 0, 0]
    with store.write():
        repo.write_candles(make([10 * HOUR_MS], interval="1h"))
    assert repo.stored_series("BTCUSDT")[1].missing == 7  # hours 3 to 9
    assert repo.stored_series("ETHUSDT")[0].last_open == 0
    with store.write():
        assert repo.delete_series("BTCUSDT", "1m") == 5
    assert len(repo.stored_series()) == 2


def test_a_truncated_chunk_is_an_error_not_garbage(store):
    with store.write():
        repo.write_candles(make(JAN_31 + np.arange(3) * MINUTE_MS))
        store.db.execute_sql("UPDATE candle_chunk SET rows = rows + 1")
    with pytest.raises(ValueError, match="bytes"):
        repo.load_candles("BTCUSDT", "1m")


# -- daily closes ---------------------------------------------------------------------------


def test_daily_closes_are_1d_candles_of_the_usdt_contract(store):
    with store.write():
        prices.upsert_prices(
            [
                ("BTC", date(2026, 1, 2), 101.0),
                ("BTC", date(2026, 1, 1), 100.0),
                ("ETH", date(2026, 1, 2), 11.0),
            ]
        )
    candles = repo.load_candles("BTCUSDT", "1d")
    assert candles.open_time.tolist() == [to_ms(datetime(2026, 1, d, tzinfo=UTC)) for d in (1, 2)]
    assert candles.open.tolist() == candles.high.tolist() == candles.close.tolist() == [100, 101]
    assert candles.volume.tolist() == [0, 0]
    frame = prices.price_frame()
    assert list(frame.columns) == ["BTC", "ETH"]
    assert frame.loc["2026-01-01", "BTC"] == 100.0 and np.isnan(frame.loc["2026-01-01", "ETH"])
    assert list(prices.price_frame(["ETH"]).columns) == ["ETH"]


def test_without_1d_candles_a_day_closes_with_its_last_candle_of_the_coarsest_interval(store):
    day = to_ms(datetime(2026, 3, 1, tzinfo=UTC))
    hours = day + np.arange(48) * HOUR_MS
    with store.write():
        repo.write_candles(make(hours, symbol="SOLUSDT", interval="1h"))
        repo.write_candles(make(day + np.arange(3) * MINUTE_MS, symbol="SOLUSDT"))
    closes = prices.daily_closes("SOLUSDT")
    expected = make(hours, interval="1h").close
    assert closes.tolist() == [expected[23], expected[47]]
    assert [str(d.date()) for d in closes.index] == ["2026-03-01", "2026-03-02"]


def test_the_usdt_contract_is_preferred_when_tokens_share_a_base(store):
    with store.write():
        repo.write_candles(make([0], symbol="BTCUSDC", interval="1d", base=1.0))
        repo.write_candles(make([0], symbol="BTCUSDT", interval="1d", base=2.0))
        repo.write_candles(make([DAY_MS], symbol="ETHUSDC", interval="1d", base=3.0))
    frame = prices.price_frame()
    assert frame["BTC"].tolist()[0] == make([0], base=2.0).close[0]
    assert frame["ETH"].dropna().tolist() == make([DAY_MS], base=3.0).close.tolist()
    assert prices.price_frame(["DOGE"]).empty
