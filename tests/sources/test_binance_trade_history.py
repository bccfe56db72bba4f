"""Binance USDⓈ-M futures trade-history exports: fills rebuilt into trades (hand-computed),
header variants, XLSX, and every kind of bad cell named by file, row and column."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.domain.errors import BadRowsError, ValidationError
from tradermanager.sources.binance_trade_history import preview, read_trade_history

FIXTURES = Path(__file__).parent / "fixtures"
HEDGE = FIXTURES / "binance_trade_history.csv"
ONE_WAY = FIXTURES / "binance_trade_history_oneway.csv"


def by_id(history):
    return {t.source_id: t for t in history.trades}


def test_hedge_mode_fills_become_trades_with_summed_fees_and_pnl():
    history = read_trade_history(HEDGE, leverage=5)
    assert history.fills == 9 and history.uids == {"38291045"}
    trades = by_id(history)
    btc = trades["binance:5501201"]  # buy 0.01 @ 94,000 + 0.01 @ 93,000; sell @ 95,000, 96,000
    assert btc.symbol == "BTC" and btc.side is Side.LONG and btc.leverage == 5
    assert btc.entry_price == pytest.approx(93_500)
    assert btc.notional == pytest.approx(1_870)
    assert btc.exit_price == pytest.approx(95_500)
    assert btc.fees == pytest.approx(0.376 + 0.372 + 0.38 + 0.384)
    assert btc.pnl == pytest.approx(15 + 25 - 1.512)
    assert btc.status is TradeStatus.CLOSED
    assert btc.exit_time == datetime(2026, 1, 5, 18, tzinfo=UTC)
    eth = trades["binance:5501205"]  # short 0.5 @ 3,400, bought back @ 3,450
    assert eth.side is Side.SHORT and eth.pnl == pytest.approx(-25 - 0.68 - 0.69)
    sol = trades["binance:5501207"]  # two buys in the same second, still open, fees in BNB
    assert sol.status is TradeStatus.OPEN and sol.pnl is None and sol.fees == 0
    assert sol.entry_price == pytest.approx((1_900 + 951) / 15)
    assert len(history.trades) == 3
    assert sum(history.skipped.values()) == 1  # the ETH sell of a long opened before the file
    assert any("BNB" in n for n in history.notes) and any("5x" in n for n in history.notes)
    kinds = [(s.source_id, s.kind, s.price) for s in history.signals]
    assert ("binance:5501201-open", SignalKind.OPEN, 94_000) in kinds
    assert ("binance:5501201-close", SignalKind.CLOSE, 96_000) in kinds
    assert ("binance:5501207-open", SignalKind.OPEN, 190) in kinds
    assert all(s.leverage == 5 for s in history.signals)


def test_one_way_mode_flip_closes_the_long_and_opens_a_short():
    history = read_trade_history(ONE_WAY)
    long, short = sorted(history.trades, key=lambda t: t.entry_time)
    # sell 1,500 @ 0.32 against a long of 1,000: 1,000 close it, 500 open a short
    assert long.side is Side.LONG and long.exit_price == pytest.approx(0.32)
    assert long.fees == pytest.approx(0.12 + 0.192 * 1000 / 1500)
    assert long.pnl == pytest.approx(20 - long.fees)
    assert short.side is Side.SHORT and short.entry_price == pytest.approx(0.32)
    assert short.notional == pytest.approx(160)
    assert short.fees == pytest.approx(0.192 * 500 / 1500 + 0.062)
    assert short.pnl == pytest.approx(5 - short.fees)
    assert long.leverage == 1 and short.status is TradeStatus.CLOSED


def test_without_realized_profit_the_pnl_comes_from_the_prices(tmp_path):
    path = tmp_path / "fills.csv"
    path.write_text(
        "Date(UTC),Symbol,Side,Price,Quantity\n"
        "2026-01-02 11:00:00,ETHUSDT,SELL,3300,2\n"
        "2026-01-02 10:00:00,ETHUSDT,BUY,3000,2\n",
        encoding="utf-8",
    )
    history = read_trade_history(path)
    assert history.trades[0].pnl == pytest.approx(600)
    assert any("no Realized Profit" in n for n in history.notes)


def test_xlsx_with_datetime_cells_reads_like_the_csv(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    lines = HEDGE.read_text(encoding="utf-8").splitlines()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(lines[0].split(","))
    for line in lines[1:]:
        cells: list[object] = line.split(",")
        cells[1] = datetime.fromisoformat(str(cells[1]))
        cells[4], cells[5] = float(str(cells[4])), float(str(cells[5]))
        sheet.append(cells)
    path = tmp_path / "Export Trade History.xlsx"
    book.save(path)
    assert by_id(read_trade_history(path, 5)) == by_id(read_trade_history(HEDGE, 5))


def test_preview_maps_header_variants():
    mapping = preview(HEDGE).mapping
    assert mapping.complete
    assert dict(zip(mapping.columns, mapping.fields, strict=True))["Time(UTC)"] == "time"
    assert mapping.fields[mapping.columns.index("Order No.")] == "order_id"
    old = preview(ONE_WAY)
    assert old.mapping.index("time") == 0 and len(old.rows) == 3


GOOD_HEADER = "Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit\n"
GOOD_ROW = "2026-01-02 10:00:00,BTCUSDT,BUY,100,1,100,0.04,0\n"


@pytest.mark.parametrize(
    ("row", "column", "allowed"),
    [
        ("2026-01-02 11:00:00,BTCUSDT,BUY,nan,1,,0,0", "Price", "above 0"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,-5,1,,0,0", "Price", "above 0"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,100,1e15,,0,0", "Quantity", "at most"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,100,0,,0,0", "Quantity", "above 0"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,=1+1,1,,0,0", "Price", "formula"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,100,1,,@SUM(A1),0", "Fee", "formula"),
        ("2026-01-02 11:00:00,BTCUSDT,HOLD,100,1,,0,0", "Side", "BUY or SELL"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,100,1,150,0,0", "Amount", "Price × Quantity"),
        ("2026-01-02 11:00:00,BTCUSD_PERP,BUY,100,1,,0,0", "Symbol", "USDⓈ-M"),
        ("yesterday,BTCUSDT,BUY,100,1,,0,0", "Date(UTC)", "a time"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,100,1,,0,lots", "Realized Profit", "USD"),
    ],
)
def test_a_bad_cell_names_file_row_and_column(tmp_path, row, column, allowed):
    path = tmp_path / "history.csv"
    path.write_text(GOOD_HEADER + GOOD_ROW + row + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_trade_history(path)
    assert err.value.field == f"history.csv row 3, {column}"
    assert allowed in err.value.allowed


def test_missing_columns_encoding_truncation_and_leverage(tmp_path):
    path = tmp_path / "history.csv"
    path.write_text("Date(UTC),Symbol,Side,Amount\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"price.*quantity"):
        read_trade_history(path)
    path.write_bytes(GOOD_HEADER.encode() + b"2026-01-02 10:00:00,BTC\xe9USDT,BUY,1,1,1,0,0\n")
    with pytest.raises(ValidationError, match=r"UTF-8.*row 2"):
        read_trade_history(path)
    path.write_text(GOOD_HEADER + GOOD_ROW + "2026-01-02 11:00:00,BTCUSDT,SE", encoding="utf-8")
    with pytest.raises(ValidationError, match="row 3"):  # a row cut short
        read_trade_history(path)
    path.write_text(GOOD_HEADER + GOOD_ROW, encoding="utf-8")
    with pytest.raises(ValidationError, match="leverage"):
        read_trade_history(path, leverage=500)
    with pytest.raises(ValidationError, match="no such file"):
        read_trade_history(tmp_path / "missing.csv")
    with pytest.raises(ValidationError, match="xlsx"):
        read_trade_history(tmp_path / "old.xls")


@pytest.mark.parametrize(
    ("row", "column", "allowed"),
    [
        ("9999-12-31 00:00:00,BTCUSDT,BUY,100,1,,0,0", "Date(UTC)", "2009-01-01"),
        ("2008-06-01 00:00:00,BTCUSDT,BUY,100,1,,0,0", "Date(UTC)", "2100-12-31"),
        ("100000000000,BTCUSDT,BUY,100,1,,0,0", "Date(UTC)", "2009-01-01"),  # ms: 1973
        ("4200000000000,BTCUSDT,BUY,100,1,,0,0", "Date(UTC)", "2009-01-01"),  # ms: 2103
        ("2026-01-02 11:00:00,BTCUSDT,BUY,1e308,1,,0,0", "Price", "1e9"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,inf,1,,0,0", "Price", "above 0"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,1e8,1e5,,0,0", "Quantity × Price", "1e10"),
        ("2026-01-02 11:00:00,BTCUSDT,BUY,100,1,,0,1e308", "Realized Profit", "1e10"),
    ],
)
def test_implausible_times_and_amounts_are_refused(tmp_path, row, column, allowed):
    path = tmp_path / "history.csv"
    path.write_text(GOOD_HEADER + GOOD_ROW + row + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_trade_history(path)
    assert err.value.field == f"history.csv row 3, {column}"
    assert allowed in err.value.allowed


def test_every_bad_fill_is_listed(tmp_path):
    bad = [
        "9999-12-31 00:00:00,BTCUSDT,BUY,100,1,,0,0",
        GOOD_ROW.strip(),
        "2026-01-02 11:00:00,BTCUSDT,BUY,1e308,1,,0,0",
        "2026-01-02 11:00:00,BTCUSDT,HOLD,100,1,,0,0",
    ]
    path = tmp_path / "history.csv"
    path.write_text(GOOD_HEADER + "\n".join(bad) + "\n", encoding="utf-8")
    with pytest.raises(BadRowsError) as err:
        read_trade_history(path)
    assert err.value.total == 3
    assert [e.field for e in err.value.errors] == [
        "history.csv row 2, Date(UTC)",
        "history.csv row 4, Price",
        "history.csv row 5, Side",
    ]


def test_negative_amounts_with_their_asset_are_values_not_formulas(tmp_path):
    path = tmp_path / "history.csv"
    path.write_text(
        GOOD_HEADER
        + "2026-01-02 10:00:00,BTCUSDT,BUY,100,1,100,0.04 USDT,0 USDT\n"
        + "2026-01-02 11:00:00,BTCUSDT,SELL,90,1,90,0.036 USDT,-10.00000000 USDT\n",
        encoding="utf-8",
    )
    (trade,) = read_trade_history(path).trades
    assert trade.pnl == pytest.approx(-10 - 0.076)
    path.write_text(GOOD_HEADER + GOOD_ROW + "2026-01-02 11:00:00,BTCUSDT,SELL,90,1,90,0,-1+1\n")
    with pytest.raises(ValidationError, match="formula"):
        read_trade_history(path)
