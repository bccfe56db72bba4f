"""A file given to the wrong importer is refused with a hint naming the right one, and
nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradermanager.domain.errors import ValidationError
from tradermanager.sources.file_kind import FileKind, sniff

SOURCES = Path(__file__).parents[1] / "sources" / "fixtures"
TELEGRAM = SOURCES / "telegram_export.json"
BINANCE = SOURCES / "binance_trade_history.csv"
GENERIC = SOURCES / "trades_without_ids.csv"
KLINES = (
    "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,"
    "taker_buy_quote_volume,ignore\n"
    "1709251200000,61000.1,61050,60990,61020.5,12.5,1709251259999,762000,150,6.1,372000,0\n"
)


def test_known_files_are_recognised(tmp_path):
    assert sniff(TELEGRAM) is FileKind.TELEGRAM_EXPORT
    assert sniff(BINANCE) is FileKind.BINANCE_TRADES
    assert sniff(GENERIC) is FileKind.GENERIC_TRADES
    klines = tmp_path / "klines.csv"
    klines.write_text(KLINES)
    assert sniff(klines) is FileKind.BINANCE_ARCHIVE
    headerless = tmp_path / "old.csv"
    headerless.write_text(KLINES.splitlines()[1] + "\n")
    assert sniff(headerless) is FileKind.BINANCE_ARCHIVE
    assert sniff(tmp_path / "BTCUSDT-1m-2024-03.zip") is None  # no such file
    other = tmp_path / "notes.csv"
    other.write_text("a,b,c\n1,2,3\n")
    assert sniff(other) is None


def _import(services, kind: str, path: Path):
    if kind == "telegram":
        return services.imports.import_telegram(path)
    if kind == "binance":
        return services.imports.import_binance(path)
    return services.imports.import_csv(path)


@pytest.mark.parametrize(
    ("importer", "path", "hint"),
    [
        (
            "telegram",
            GENERIC,
            "this looks like a CSV trade history in the generic format; use "
            "`tradermanager import csv`",
        ),
        (
            "telegram",
            BINANCE,
            "this looks like a Binance futures trade history; use `tradermanager import binance`",
        ),
        (
            "csv",
            TELEGRAM,
            "this looks like a Telegram chat export; use `tradermanager import telegram`",
        ),
        ("csv", BINANCE, "use `tradermanager import binance`"),
        ("binance", GENERIC, "use `tradermanager import csv`"),
        ("binance", TELEGRAM, "use `tradermanager import telegram`"),
    ],
)
def test_the_wrong_importer_names_the_right_one(services, importer, path, hint):
    with pytest.raises(ValidationError) as err:
        _import(services, importer, path)
    assert hint in str(err.value)
    assert services.traders.list() == []


def test_an_xlsx_trade_history_given_to_the_telegram_importer(services, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for line in GENERIC.read_text().splitlines():
        book.active.append(line.split(","))
    path = tmp_path / "trades.xlsx"
    book.save(path)
    with pytest.raises(ValidationError, match="use `tradermanager import csv`"):
        services.imports.import_telegram(path)


def test_kline_files_point_to_prices_import(services, tmp_path):
    path = tmp_path / "BTCUSDT-1m-2024-03.csv"
    path.write_text(KLINES)
    with pytest.raises(ValidationError, match="use `tradermanager prices import`"):
        services.imports.import_csv(path)


def test_a_bad_file_of_the_right_kind_gets_no_hint(services, tmp_path):
    path = tmp_path / "trades.csv"
    text = GENERIC.read_text().replace("61250.5", "1e308")
    path.write_text(text)
    with pytest.raises(ValidationError) as err:
        services.imports.import_csv(path)
    assert "looks like" not in str(err.value) and "entry" in err.value.field
