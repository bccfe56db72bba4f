"""Schema v16 on release 0.1.0's file: paper positions gain the trailing stop's level and the
units per take-profit; a position stored before the step keeps every value (the new ones
empty until the next replay), every row of the release survives, and a replay stores and
reads the new figures back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from tradermanager.domain.engine import OpenCopy
from tradermanager.domain.enums import Side
from tradermanager.store import paper_positions as repo
from tradermanager.store.connection import open_store
from tradermanager.store.migrations import migrate
from tradermanager.store.models import ALL_MODELS, database_proxy

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
KEPT = ("trader", "signal", "trader_trade", "copied_trade", "decision", "alert_rule")
POSITION = (
    "INSERT INTO paper_position (trader_id, source_id, symbol, side, status, leverage, margin, "
    "quantity, remaining, entry_price, entry_time, stop_loss, take_profits, pnl, fees, funding) "
    "VALUES (2, 'm1', 'BTC', 'long', 'open', 5, 200, 0.025, 0.025, 40000, 1700000000000, "
    "38000, '42000.0,44000.0', -0.5, 0.5, 0)"
)


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _counts(path: Path) -> dict[str, int]:
    return {t: _rows(path, f'SELECT COUNT(*) FROM "{t}"')[0][0] for t in KEPT}


def test_release_file_through_the_step_keeps_its_rows_and_paper_positions(tmp_path):
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    before = _counts(path)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    database_proxy.initialize(db)
    db.bind(ALL_MODELS)
    try:
        migrate(db, upto=15)
        db.execute_sql(POSITION)
        stored = _rows(path, "SELECT symbol, stop_loss, take_profits, pnl FROM paper_position")
        assert migrate(db, upto=16) == [16]
    finally:
        db.close()
    assert _counts(path) == before
    assert _rows(path, "SELECT symbol, stop_loss, take_profits, pnl FROM paper_position") == stored
    assert _rows(path, "SELECT trailing_stop, target_quantities FROM paper_position") == [
        (None, "")
    ]


def test_a_replay_stores_the_levels_and_reads_them_back(tmp_path):
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    store = open_store(path)
    try:
        copy = OpenCopy(
            trader="Majors Momentum",
            source_id="m1",
            symbol="BTC",
            side=Side.LONG,
            leverage=5.0,
            margin=200.0,
            quantity=0.025,
            entry_price=40_000.0,
            entry_time=1_700_000_000_000,
            stop_loss=38_000.0,
            take_profits=(42_000.0, 44_000.0),
            liquidation_price=32_200.0,
            fills=(),
            fees=0.5,
            funding=0.0,
            remaining=0.025,
            mark_price=41_000.0,
            unrealized_pnl=25.0,
            realized_pnl=-0.5,
            trailing_stop=39_950.0,
            target_quantities=(0.0125, 0.0125),
        )
        with store.write():
            repo.replace_positions([copy], {"Majors Momentum": 2})
        (loaded,) = repo.load_positions()
    finally:
        store.close()
    assert isinstance(loaded, OpenCopy)
    assert loaded.trailing_stop == 39_950.0
    assert loaded.target_quantities == pytest.approx((0.0125, 0.0125))
    assert loaded == copy
