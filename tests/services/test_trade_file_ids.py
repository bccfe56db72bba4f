"""Trades of files without ids (a generic file without an ``id`` column, a Binance export
without ``Trade ID``) are named by their values, taken by column name: reordering or adding
columns, or a trade closing later, adds nothing on a re-import — also for files that release
0.1.0 imported under its raw-row hash ids (``fixtures/release-0.1.0-imports-without-ids.sqlite``
was written by 0.1.0 importing ``trades_without_ids.csv``, then
``binance_trade_history_without_ids.csv`` as trader "Legacy Binance" at 5x)."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from tradermanager.services import open_services

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"
CSV_FILE = FIXTURES / "trades_without_ids.csv"
BINANCE_FILE = FIXTURES / "binance_trade_history_without_ids.csv"
RELEASE_DB = (
    Path(__file__).parents[1] / "store" / "fixtures" / "release-0.1.0-imports-without-ids.sqlite"
)


def rows(path: Path = CSV_FILE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path: Path, records: list[dict[str, str]], columns: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
    return path


def reordered(tmp_path: Path, source: Path = CSV_FILE, drop: str = "note") -> Path:
    """The same rows, columns reversed, an extra column added, another dropped."""
    records = rows(source)
    columns = [c for c in reversed(list(records[0])) if c != drop] + ["account"]
    for r in records:
        r["account"] = "main"
    return write(tmp_path / f"reordered-{source.name}", records, columns)


def stored(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT t.name, s.source_id FROM trader_trade s JOIN trader t ON t.id = s.trader_id "
            "ORDER BY t.name, s.source_id"
        ).fetchall()
    finally:
        conn.close()


def counts(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            for t in ("trader_trade", "signal", "decision")
        )
    finally:
        conn.close()


@pytest.fixture
def released(tmp_path: Path) -> Path:
    db = tmp_path / "from-0.1.0.sqlite"
    shutil.copy(RELEASE_DB, db)
    return db


def test_a_file_imported_by_0_1_0_imports_again_without_duplicates(released, tmp_path):
    before_ids, before_counts = stored(released), counts(released)
    csv_ids = [i for name, i in before_ids if name.startswith("Legacy L")]
    assert len(csv_ids) == 6 and all(len(i) == 16 for i in csv_ids)  # raw-row hashes
    svc = open_services(str(released))
    try:
        for path in (CSV_FILE, reordered(tmp_path)):
            reports = svc.imports.import_csv(path)
            assert {r.trader for r in reports} == {"Legacy Larry", "Legacy Lucy"}
            assert all(r.new_trades == 0 and r.signals_created == 0 for r in reports)
            assert all(not r.created_trader for r in reports)
    finally:
        svc.close()
    assert stored(released) == before_ids and counts(released) == before_counts


def test_a_trade_0_1_0_stored_open_is_closed_by_a_later_file(released, tmp_path):
    records = rows(CSV_FILE)
    for r in records:
        if r["symbol"] == "SOL":
            r.update(exit="150.3", exit_time="2026-03-10T12:00:00Z")
    later = write(tmp_path / "later.csv", records, list(records[0]))
    svc = open_services(str(released))
    try:
        larry = {r.trader: r for r in svc.imports.import_csv(later)}["Legacy Larry"]
        assert (larry.new_trades, larry.trades_closed, larry.signals_created) == (0, 1, 1)
    finally:
        svc.close()
    conn = sqlite3.connect(released)
    try:
        sol = conn.execute(
            "SELECT source_id, status, exit_price FROM trader_trade WHERE symbol = 'SOL' "
            "AND source_id NOT LIKE 'binance:%'"
        ).fetchall()
    finally:
        conn.close()
    assert sol == [("0253bab42b163b7f", "closed", pytest.approx(150.3))]
    assert counts(released)[0] == 9


def test_new_ids_do_not_depend_on_column_order(services, tmp_path):
    first = {r.trader: r.new_trades for r in services.imports.import_csv(CSV_FILE)}
    assert first == {"Legacy Larry": 4, "Legacy Lucy": 2}
    again = services.imports.import_csv(reordered(tmp_path))
    assert all(r.new_trades == 0 and r.signals_created == 0 for r in again)
    ids = [s.signal.source_id for s in services.pipeline.signals("Legacy Larry")]
    assert len(ids) == 7 and all(i.startswith("csv:") for i in ids)


def test_a_repeated_row_is_one_trade_and_says_so(services, tmp_path):
    records = rows(CSV_FILE)
    path = write(tmp_path / "twice.csv", [*records, records[0]], list(records[0]))
    larry = {r.trader: r for r in services.imports.import_csv(path)}["Legacy Larry"]
    assert larry.rows == 5 and larry.new_trades == 4
    assert larry.skipped is not None and sum(larry.skipped.values()) == 1


def test_a_binance_export_imported_by_0_1_0_imports_again_without_duplicates(released, tmp_path):
    before_ids, before_counts = stored(released), counts(released)
    legacy = [i for name, i in before_ids if name == "Legacy Binance"]
    assert len(legacy) == 3 and all(len(i) == len("binance:") + 16 for i in legacy)
    svc = open_services(str(released))
    try:
        for path in (BINANCE_FILE, reordered(tmp_path, BINANCE_FILE, drop="Amount")):
            report = svc.imports.import_binance(path, "Legacy Binance", leverage=5)
            assert (report.trades_created, report.signals_created) == (0, 0)
            assert report.already_imported == 5 and not report.created_trader
    finally:
        svc.close()
    assert stored(released) == before_ids and counts(released) == before_counts


def test_a_binance_position_0_1_0_stored_open_is_closed_by_a_later_export(released, tmp_path):
    later = tmp_path / "later.csv"
    lines = BINANCE_FILE.read_text().splitlines()
    close = "2026-02-06 10:00:00,SOLUSDT,SELL,190.2,4,760.8,0.30432 USDT,20 USDT,LONG"
    later.write_text("\n".join([lines[0], close, *lines[1:]]) + "\n")
    svc = open_services(str(released))
    try:
        report = svc.imports.import_binance(later, "Legacy Binance", leverage=5)
    finally:
        svc.close()
    assert (report.trades_created, report.trades_closed, report.signals_created) == (0, 1, 1)
    conn = sqlite3.connect(released)
    try:
        sol = conn.execute(
            "SELECT source_id, status FROM trader_trade WHERE symbol = 'SOL' AND source_id "
            "LIKE 'binance:%'"
        ).fetchall()
    finally:
        conn.close()
    assert sol == [("binance:c8aa569cbd9d2c92", "closed")]


def test_new_binance_ids_do_not_depend_on_column_order(services, tmp_path):
    first = services.imports.import_binance(BINANCE_FILE, "Fresh", leverage=5)
    assert first.trades_created == 3
    again = services.imports.import_binance(
        reordered(tmp_path, BINANCE_FILE, drop="Amount"), "Fresh", leverage=5
    )
    assert (again.trades_created, again.signals_created) == (0, 0)
    ids = {s.signal.trade_ref for s in services.pipeline.signals("Fresh")}
    assert len(ids) == 3 and all(i.startswith("binance:v-") for i in ids)
