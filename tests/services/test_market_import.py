"""Importing archive files: one transaction, idempotent, overlapping files merge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tradermanager.domain.market import MINUTE_MS
from tradermanager.sources.binance_archive import ArchiveFileError

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures" / "binance_archive"
T = 1710028800000


def test_files_of_several_kinds_in_one_import(services):
    report = services.market.import_files(
        [
            FIXTURES / "BTCUSDT-1m-2024-03-10.csv",
            FIXTURES / "ETHUSDT-1h-2021-05.csv",
            FIXTURES / "BTCUSDT-fundingRate-2024-01.csv",
        ]
    )
    assert [(f.kind, f.symbol, f.interval, f.rows) for f in report.files] == [
        ("candles", "BTCUSDT", "1m", 5),
        ("candles", "ETHUSDT", "1h", 3),
        ("funding", "BTCUSDT", None, 4),
    ]
    assert (report.candles_added, report.funding_added) == (8, 4)
    listed = [(s.symbol, s.interval, s.count) for s in services.market.stored()]
    assert listed == [("BTCUSDT", "1m", 5), ("ETHUSDT", "1h", 3)]
    [funding] = services.market.stored_funding()
    assert (funding.symbol, funding.count) == ("BTCUSDT", 4)


def test_importing_again_adds_nothing_and_changes_nothing(services, dump_db):
    files = [FIXTURES / "BTCUSDT-1m-2024-03-10.csv", FIXTURES / "BTCUSDT-fundingRate-2024-01.csv"]
    services.market.import_files(files)
    before = dump_db()
    again = services.market.import_files(files)
    assert (again.candles_added, again.funding_added) == (0, 0)
    assert dump_db() == before


def test_one_bad_file_imports_nothing_and_is_named(services, dump_db, tmp_path):
    bad = tmp_path / "ETHUSDT-1m-2024-03.csv"
    bad.write_text(f"{T},1,2,0.5,1.5,9,{T + MINUTE_MS - 1},0,0,0,0,0\n{T + MINUTE_MS},1,x,1,1\n")
    before = dump_db()
    with pytest.raises(ArchiveFileError) as err:
        services.market.import_files([FIXTURES / "BTCUSDT-1m-2024-03-10.csv", bad])
    assert str(bad) in str(err.value) and "line 2: 5 fields, expected 12" in str(err.value)
    assert dump_db() == before


def test_overlapping_files_merge_and_the_later_one_wins(services, tmp_path):
    first = tmp_path / "a" / "BTCUSDT-1m-2024-03-10.csv"
    first.parent.mkdir()
    shutil.copy(FIXTURES / "BTCUSDT-1m-2024-03-10.csv", first)
    second = tmp_path / "BTCUSDT-1m-2024-03.csv"
    rows = [f"{T + k * MINUTE_MS},1,3,1,2,5,{T + (k + 1) * MINUTE_MS - 1},0,0,0,0,0"
            for k in range(3, 8)]  # fmt: skip
    second.write_text("\n".join(rows) + "\n")
    report = services.market.import_files([first, second])
    assert report.candles_added == 8
    candles = services.market.candles(["BTCUSDT"], "1m")["BTCUSDT"]
    assert len(candles) == 8
    assert candles.close.tolist()[:3] == [68333.90, 68322.40, 68290.00]
    assert candles.close.tolist()[3:] == [2.0] * 5
    # and the same later, in two imports
    services.market.import_files([first])
    assert services.market.candles(["BTC"], "1m")["BTC"].close.tolist()[3:5] == [68299.90] * 2


def test_the_symbol_given_may_be_a_token(services):
    report = services.market.import_files([FIXTURES / "ETHUSDT-1h-2021-05.csv"], symbol="eth")
    assert report.files[0].symbol == "ETHUSDT"
    services.market.import_files([FIXTURES / "ETHUSDT-1h-2021-05.csv"], symbol="ETH/USDC")
    assert [s.symbol for s in services.market.stored()] == ["ETHUSDC", "ETHUSDT"]


def test_cancel_between_files_imports_nothing(services, dump_db):
    from tradermanager.sources.import_progress import ImportCancelled

    seen = []
    before = dump_db()
    with pytest.raises(ImportCancelled):
        services.market.import_files(
            [FIXTURES / "BTCUSDT-1m-2024-03-10.csv", FIXTURES / "ETHUSDT-1h-2021-05.csv"],
            progress=seen.append,
            cancelled=lambda: True,
        )
    assert dump_db() == before and seen == []
    services.market.import_files([FIXTURES / "ETHUSDT-1h-2021-05.csv"], progress=seen.append)
    assert [(p.stage, p.done, p.total) for p in seen] == [
        ("Read ETHUSDT-1h-2021-05.csv", 1, 2),
        ("Writing candles", 1, 2),
    ]
