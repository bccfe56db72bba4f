"""Schema v7 on release 0.1.0's file: signals keep every field and read back as market
orders with one entry; the paper position tables are there and empty."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tradermanager.domain.enums import OrderType
from tradermanager.store import signals as signal_repo
from tradermanager.store.connection import open_store
from tradermanager.store.models import PaperPositionRow, SignalRow

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
COLUMNS = "id, trader_id, source_id, symbol, side, kind, price, leverage, stop_loss, take_profits"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    return path


def test_signals_survive_and_read_as_market_orders(old_file: Path) -> None:
    before = rows(old_file, f"SELECT {COLUMNS} FROM signal ORDER BY id")
    assert before
    store = open_store(old_file)
    try:
        assert PaperPositionRow.select().count() == 0
        after = rows(old_file, f"SELECT {COLUMNS} FROM signal ORDER BY id")
        assert after == before
        added = rows(
            old_file,
            "SELECT COUNT(*) FROM signal WHERE order_type IS NULL AND entries IS NULL "
            "AND close_fraction IS NULL AND target_hit IS NULL",
        )
        assert added == [(len(before),)]
        signal = signal_repo.row_to_signal(SignalRow.get_by_id(before[0][0]))
        assert signal.order_type is OrderType.MARKET
        assert (signal.entries, signal.close_fraction, signal.target_hit) == ((), 1.0, None)
        assert signal.source_id == before[0][2] and signal.price == before[0][6]
    finally:
        store.close()
