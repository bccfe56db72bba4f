"""Trade-history files: good rows import once; any bad row names file, row and column and
nothing is written."""

from __future__ import annotations

import pytest

from tradermanager.domain.errors import BadRowsError, ValidationError

HEADER = "id,timestamp,exit_time,trader,symbol,side,leverage,entry,exit,quantity,pnl,confidence\n"
GOOD = HEADER + (
    "t1,2026-01-02T10:00:00Z,2026-01-02T18:00:00Z,Alice,BTCUSDT,long,5,100,110,2,,80%\n"
    "t2,2026-01-03T10:00:00Z,2026-01-04T10:00:00Z,Alice,#eth,sell,3,50,55,10,-49.5,0.6\n"
    "t3,2026-01-05T10:00:00Z,,Bob,SOL,buy,2,20,,5,,\n"
)


def write(tmp_path, text, name="trades.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_imports_trades_and_signals_once(services, tmp_path):
    path = write(tmp_path, GOOD)
    reports = {r.trader: r for r in services.imports.import_trades(path)}
    assert reports["Alice"].rows == 2 and reports["Alice"].new_trades == 2
    assert reports["Bob"].created_trader and reports["Bob"].new_trades == 1
    values = services.metrics.trader_metrics("Alice", "all").values
    assert values["closed_trades"] == 2 and values["win_rate"] == 0.5
    btc = values["per_token"]["BTC"]
    assert btc["pnl"] == pytest.approx(20.0)  # computed: 2 x (110 - 100)
    assert values["per_token"]["ETH"]["pnl"] == pytest.approx(-49.5)  # as given
    signals = services.pipeline.signals("Alice")
    assert len(signals) == 4 and {s.signal.confidence for s in signals} >= {0.8, 0.6}
    again = {r.trader: r for r in services.imports.import_trades(path)}
    assert again["Alice"].new_trades == 0 and len(services.pipeline.signals("Alice")) == 4


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("t9,yesterday,,Ann,BTC,long,5,100,,1,,", "timestamp"),
        ("t9,2026-01-02T10:00:00Z,,Ann,B@D,long,5,100,,1,,", "symbol"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,up,5,100,,1,,", "side"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,500,100,,1,,", "leverage"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,-3,,1,,", "entry"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,nan,,1,,", "entry"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,100,,1e15,,", "quantity"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,=1+1,,1,,", "entry"),
        ("t9,2026-01-02T10:00:00Z,2026-01-01T10:00:00Z,Ann,BTC,long,5,100,90,1,,", "exit_time"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,100,90,1,,", "exit"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,100,,1,,150", "confidence"),
    ],
)
def test_a_bad_row_names_row_and_column_and_writes_nothing(services, tmp_path, row, column):
    path = write(tmp_path, GOOD + row + "\n")
    with pytest.raises(ValidationError) as err:
        services.imports.import_trades(path)
    assert err.value.field == f"trades.csv row 5, {column}"
    assert services.traders.list() == []  # the good rows before it were not written either


def test_missing_columns_wrong_encoding_and_missing_file(services, tmp_path):
    with pytest.raises(ValidationError, match="quantity"):
        services.imports.import_trades(write(tmp_path, "timestamp,trader,symbol,side\n"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        HEADER.encode() + "t1,2026-01-02T10:00:00Z,,Zoë,BTC,long,5,1,,1,,\n".encode("latin-1")
    )
    with pytest.raises(ValidationError, match="UTF-8"):
        services.imports.import_trades(latin)
    with pytest.raises(ValidationError, match="readable"):
        services.imports.import_trades(tmp_path / "missing.csv")


def test_xlsx_semicolons_and_byte_order_mark_read_alike(services, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for line in GOOD.splitlines():
        book.active.append(line.split(","))
    book.save(tmp_path / "trades.xlsx")
    from_xlsx = {
        r.trader: r.new_trades for r in services.imports.import_csv(tmp_path / "trades.xlsx")
    }
    assert from_xlsx == {"Alice": 2, "Bob": 1}
    semicolons = write(tmp_path, "\ufeff" + GOOD.replace(",", ";"), "excel.csv")
    again = {r.trader: r.new_trades for r in services.imports.import_csv(semicolons)}
    assert again == {"Alice": 0, "Bob": 0}  # the same trades (same ids): nothing new


def test_formula_cells_in_a_workbook_are_refused(services, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(HEADER.strip().split(","))
    book.active.append([*GOOD.splitlines()[1].split(",")[:7], "=B2*2", "110", "2", "", ""])
    book.save(tmp_path / "trades.xlsx")
    with pytest.raises(ValidationError) as err:
        services.imports.import_csv(tmp_path / "trades.xlsx")
    assert err.value.field == "trades.xlsx row 2, entry"
    assert services.traders.list() == []


def test_the_preview_lists_columns_fields_and_missing():
    from tradermanager.sources.table_file import map_columns
    from tradermanager.sources.trade_csv import FIELDS

    mapping = map_columns(["Timestamp", "Trader ", "symbol", "Side", "notes"], FIELDS)
    assert mapping.fields == ("timestamp", "trader", "symbol", "side", None)
    assert mapping.missing == ("leverage", "entry", "quantity") and not mapping.complete


@pytest.mark.parametrize(
    ("row", "column", "allowed"),
    [
        ("t9,9999-12-31T00:00:00Z,,Ann,BTC,long,5,100,,1,,", "timestamp", "2009-01-01"),
        ("t9,2008-12-31T23:59:59Z,,Ann,BTC,long,5,100,,1,,", "timestamp", "2100-12-31"),
        (
            "t9,2026-01-02T10:00:00Z,2101-01-01T00:00:00Z,Ann,BTC,long,5,100,90,1,,",
            "exit_time",
            "2009",
        ),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,1e308,,1,,", "entry", "1e9"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,inf,,1,,", "entry", "1e9"),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,0,,1,,", "entry", "above 0"),
        (
            "t9,2026-01-02T10:00:00Z,2026-01-03T10:00:00Z,Ann,BTC,long,5,100,1e308,1,,",
            "exit",
            "1e9",
        ),
        ("t9,2026-01-02T10:00:00Z,,Ann,BTC,long,5,1e8,,1e6,,", "entry × quantity", "1e10"),
        (
            "t9,2026-01-02T10:00:00Z,2026-01-03T10:00:00Z,Ann,BTC,long,5,100,90,1,1e308,",
            "pnl",
            "1e10",
        ),
        (
            "t9,2026-01-02T10:00:00Z,2026-01-03T10:00:00Z,Ann,BTC,long,5,100,90,1,nan,",
            "pnl",
            "finite",
        ),
        ("t9,2026-01-02T10:00:00Z,,Ann\u202eGNOL,BTC,long,5,100,,1,,", "trader", "U+202E"),
    ],
)
def test_implausible_values_are_refused_with_row_and_field(
    services, tmp_path, row, column, allowed
):
    path = write(tmp_path, GOOD + row + "\n")
    with pytest.raises(ValidationError) as err:
        services.imports.import_csv(path)
    assert err.value.field == f"trades.csv row 5, {column}"
    assert allowed in err.value.allowed
    assert services.traders.list() == []


def test_every_bad_row_is_listed_up_to_fifty_and_nothing_is_written(services, tmp_path):
    bad = [f"b{n},9999-12-31T00:00:00Z,,Ann,BTC,long,5,100,,1,," for n in range(55)]
    bad.insert(20, "b-x,2026-01-02T10:00:00Z,,Ann,BTC,long,5,1e308,,1,,")
    path = write(tmp_path, GOOD + "\n".join(bad) + "\n")
    with pytest.raises(BadRowsError) as err:
        services.imports.import_csv(path)
    message = str(err.value)
    assert err.value.total == 56 and len(err.value.errors) == 50
    assert message.startswith("trades.csv: 56 rows are bad; nothing was imported:")
    assert "trades.csv row 5, timestamp: got '9999-12-31T00:00:00Z'" in message
    assert "trades.csv row 25, entry: got '1e308'" in message
    assert message.rstrip().endswith("and 6 more")
    assert services.traders.list() == []
