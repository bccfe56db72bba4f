"""Binance archive files: headers or none, ms or µs, ZIP or CSV, and every bad row named."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import MINUTE_MS
from tradermanager.sources.binance_archive import (
    ArchiveFileError,
    archive_name,
    read_funding,
    read_klines,
)

FIXTURES = Path(__file__).parent / "fixtures" / "binance_archive"
HEADER = (
    "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,"
    "taker_buy_quote_volume,ignore"
)


def zipped(tmp_path: Path, csv: Path, name: str | None = None) -> Path:
    target = tmp_path / (name or csv.with_suffix(".zip").name)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(csv, csv.name)
    return target


def write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return path


def kline(t: int, o="100", h="110", lo="90", c="105", v="7", step=MINUTE_MS, close=None) -> str:
    close_time = t + step - 1 if close is None else close
    return f"{t},{o},{h},{lo},{c},{v},{close_time},700,12,3,300,0"


T = 1710028800000  # 2024-03-10 00:00 UTC


@pytest.mark.parametrize(
    ("name", "symbol", "kind"),
    [
        ("BTCUSDT-1m-2024-03.zip", "BTCUSDT", "1m"),
        ("BTCUSDT-1m-2024-03-10.zip", "BTCUSDT", "1m"),
        ("1000PEPEUSDT-15m-2024-03.csv", "1000PEPEUSDT", "15m"),
        ("ETHUSDT-12h-2021-05.zip", "ETHUSDT", "12h"),
        ("BTCUSDT-fundingRate-2024-01.zip", "BTCUSDT", "fundingRate"),
        ("BTCUSDT-1mo-2024-01.zip", "BTCUSDT", "1mo"),
    ],
)
def test_archive_names(name, symbol, kind):
    named = archive_name(Path(name))
    assert named is not None and (named.symbol, named.kind) == (symbol, kind)


@pytest.mark.parametrize("name", ["klines.csv", "BTCUSDT-2024-03.zip", "BTCUSDT-1m-24-03.zip"])
def test_other_names_say_nothing(name):
    assert archive_name(Path(name)) is None


def test_a_headered_futures_file_in_a_zip(tmp_path):
    candles = read_klines(zipped(tmp_path, FIXTURES / "BTCUSDT-1m-2024-03-10.csv"))
    assert (candles.symbol, candles.interval, len(candles)) == ("BTCUSDT", "1m", 5)
    assert candles.open_time.tolist() == [T + k * MINUTE_MS for k in range(5)]
    assert candles.open[0] == 68310.10 and candles.high[0] == 68345.00
    assert candles.low[0] == 68302.50 and candles.close[0] == 68333.90
    assert candles.volume.tolist() == [112.431, 87.106, 140.882, 96.554, 0.0]


def test_a_headerless_file_and_the_same_csv_unzipped():
    candles = read_klines(FIXTURES / "ETHUSDT-1h-2021-05.csv")
    assert (candles.symbol, candles.interval, len(candles)) == ("ETHUSDT", "1h", 3)
    assert candles.open_time[0] == 1619827200000 and candles.close[-1] == 2815.00


def test_microsecond_times_become_milliseconds():
    candles = read_klines(FIXTURES / "BTCUSDT-1d-2025-01.csv")
    assert candles.open_time.tolist() == [1735689600000, 1735776000000]
    assert candles.close.tolist() == [94591.79, 96984.79]


def test_symbol_and_interval_given_override_the_name(tmp_path):
    path = write(tmp_path, "prices.csv", kline(T, step=3_600_000))
    with pytest.raises(
        ValidationError, match=r"prices.csv, symbol: got None; allowed: .* or give --symbol"
    ):
        read_klines(path)
    with pytest.raises(ValidationError, match=r"prices.csv, interval: got None"):
        read_klines(path, "BTCUSDT")
    candles = read_klines(path, "ethusdt", "1h")
    assert (candles.symbol, candles.interval) == ("ETHUSDT", "1h")


def test_a_wrong_interval_is_named_with_the_right_one(tmp_path):
    path = FIXTURES / "ETHUSDT-1h-2021-05.csv"
    with pytest.raises(ArchiveFileError, match=r"the rows are 1h candles .* --interval 1h"):
        read_klines(path, interval="1m")
    with pytest.raises(ValidationError, match="interval: got '1w'"):
        read_klines(path, interval="1w")


def test_unsorted_rows_are_sorted(tmp_path):
    path = write(tmp_path, "BTCUSDT-1m-2024-03.csv", kline(T + MINUTE_MS, c="101"), kline(T))
    assert read_klines(path).close.tolist() == [105.0, 101.0]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (kline(T, h="abc"), "line 3, high: got 'abc'; allowed: a number"),
        (kline(T, h=""), "line 3, high: got ''; allowed: a number"),
        (kline(T, h="nan"), "line 3, high: got 'nan'; allowed: a number"),
        (kline(T, h="inf"), "line 3, high: got 'inf'; allowed: a number"),
        (kline(T, h="100"), "line 3, high: got 100.0; allowed: at least the open and the close"),
        (kline(T, lo="106"), "line 3, low: got 106.0; allowed: at most the open and the close"),
        (kline(T, o="-1", lo="-2"), "line 3, open: got -1.0; allowed: a price above 0"),
        (kline(T, v="-5"), "line 3, volume: got -5.0; allowed: a volume of 0 or more"),
        (kline(T, close=T + 5), "line 3, close_time: got 1710028800005"),
        (kline(T + 1), "line 3, open_time: got 1710028800001; allowed: the start of a 1m"),
        (kline(253402214400000), "line 3, open_time: got 253402214400000; allowed: a time from"),
        (kline(T) + ",9", "line 3: 13 fields, expected 12"),
        (",".join(kline(T).split(",")[:6]), "line 3: 6 fields, expected 12"),
        (kline(T, o="1e308", h="1e308"), None),
    ],
)
def test_a_bad_row_names_the_file_line_and_field(tmp_path, line, problem):
    path = write(tmp_path, "BTCUSDT-1m-2024-03.csv", HEADER, kline(T - MINUTE_MS), line)
    if problem is None:  # huge but finite: a price, however implausible, is the file's word
        assert len(read_klines(path)) == 2
        return
    with pytest.raises(ArchiveFileError) as err:
        read_klines(path)
    assert str(err.value).startswith(f"{path}: ")
    assert problem in str(err.value)


def test_every_bad_row_is_listed_up_to_a_limit(tmp_path):
    lines = [kline(T + k * MINUTE_MS, h="1") for k in range(30)]
    path = write(tmp_path, "BTCUSDT-1m-2024-03.csv", *lines)
    with pytest.raises(ArchiveFileError) as err:
        read_klines(path)
    assert len(err.value.problems) == 20 and "and 10 more" in str(err.value)
    assert err.value.problems[0].startswith("line 1, high")


def test_a_candle_twice_is_an_error(tmp_path):
    path = write(tmp_path, "BTCUSDT-1m-2024-03.csv", kline(T), kline(T + MINUTE_MS), kline(T))
    with pytest.raises(ArchiveFileError, match="line 3, open_time: got 1710028800000; allowed: "
                       "each candle once"):  # fmt: skip
        read_klines(path)


def test_mixed_time_units_are_an_error(tmp_path):
    path = write(tmp_path, "BTCUSDT-1m-2024-03.csv", kline(T), kline(T * 1000))
    with pytest.raises(ArchiveFileError, match="line 2, open_time"):
        read_klines(path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "the file is empty"),
        ("date,price\n2024-01-01,5\n", "line 1: the header 'date,price' is not 'open_time,"),
        (HEADER + "\n", "the file has no rows"),
    ],
)
def test_files_that_are_not_kline_files(tmp_path, content, problem):
    path = tmp_path / "BTCUSDT-1m-2024-03.csv"
    path.write_text(content)
    with pytest.raises(ArchiveFileError, match=problem):
        read_klines(path)


def test_broken_zips_and_zips_without_one_csv(tmp_path):
    broken = tmp_path / "BTCUSDT-1m-2024-03.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ArchiveFileError, match=r"BTCUSDT-1m-2024-03\.zip"):
        read_klines(broken)
    empty = tmp_path / "ETHUSDT-1m-2024-03.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ArchiveFileError, match=r"expected one CSV file inside, found readme\.txt"):
        read_klines(empty)
    with pytest.raises(ArchiveFileError, match="cannot be read"):
        read_klines(tmp_path / "BTCUSDT-1m-2024-04.zip")


def test_funding_file(tmp_path):
    funding = read_funding(zipped(tmp_path, FIXTURES / "BTCUSDT-fundingRate-2024-01.csv"))
    assert funding.symbol == "BTCUSDT"
    assert funding.time.tolist() == [1704067200000, 1704096000000, 1704124800000, 1704153600003]
    assert funding.rate.tolist() == [0.00037409, 0.00030103, 0.0001, -0.00002157]
    with pytest.raises(ArchiveFileError, match="this is a kline file"):
        read_funding(FIXTURES / "ETHUSDT-1h-2021-05.csv")
    with pytest.raises(ArchiveFileError, match="this is a funding-rate file"):
        read_klines(FIXTURES / "BTCUSDT-fundingRate-2024-01.csv")


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("1704067200000,8,0.5", "last_funding_rate: got 0.5; allowed: a fraction from -0.1"),
        ("1704067200000,0,0.0001", "funding_interval_hours: got 0.0"),
        ("1704067200000,8,x", "last_funding_rate: got 'x'; allowed: a number"),
        ("yesterday,8,0.0001", "calc_time: got 'yesterday'; allowed: a whole number"),
    ],
)
def test_bad_funding_rows(tmp_path, row, problem):
    path = write(tmp_path, "BTCUSDT-fundingRate-2024-01.csv",
                 "calc_time,funding_interval_hours,last_funding_rate", row)  # fmt: skip
    with pytest.raises(ArchiveFileError, match=f"line 2, {problem}"):
        read_funding(path)


@settings(max_examples=40, deadline=None)
@given(
    closes=st.lists(st.floats(0.0001, 1e6, allow_nan=False), min_size=1, max_size=40),
    header=st.booleans(),
    micro=st.booleans(),
)
def test_any_valid_file_reads_back_exactly(tmp_path_factory, closes, header, micro):
    unit = 1000 if micro else 1
    lines = [HEADER] if header else []
    for k, c in enumerate(closes):
        t = T + k * MINUTE_MS
        o = closes[k - 1] if k else c
        lines.append(
            f"{t * unit},{o!r},{max(o, c) * 1.01!r},{min(o, c) * 0.99!r},{c!r},1.5,"
            f"{(t + MINUTE_MS) * unit - 1},0,0,0,0,0"
        )
    path = write(tmp_path_factory.mktemp("k"), "XUSDT-1m-2024-03.csv", *lines)
    candles = read_klines(path)
    assert candles.close.tolist() == closes
    assert np.array_equal(candles.open_time, T + np.arange(len(closes)) * MINUTE_MS)
