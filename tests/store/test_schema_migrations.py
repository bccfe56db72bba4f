"""Schema versions: an old file is backed up then upgraded; a newer one is refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from tradermanager.store.connection import open_store
from tradermanager.store.errors import SchemaTooNewError, StoreError
from tradermanager.store.migrations import LATEST_VERSION, MIGRATIONS, current_version, migrate
from tradermanager.store.models import ALL_MODELS, database_proxy

TRADER_SQL = (
    "INSERT INTO trader (name, source, source_ref, multiplier, min_confidence, whitelist, "
    "blacklist, max_leverage, paper_only, active, priority, reference_capital, notes, "
    "created_at, updated_at) VALUES (?, 'telegram', '@old', 1.5, 0.6, 'BTC,ETH', 'DOGE', 8, 1, "
    "1, 3, 5000, 'from v1', 1767000000000, 1767000000000)"
)
SIGNAL_SQL = (
    "INSERT INTO signal (trader_id, source_id, symbol, side, kind, price, leverage, confidence, "
    "take_profits, raw_text, trade_ref, trader_time, received_time) "
    "VALUES (1, 'm1', 'BTC', 'long', 'open', 100.0, 5, 0.8, '', 'BTC long', '', "
    "1767000000000, 1767000000000)"
)
DECISION_SQL = (
    "INSERT INTO decision (signal_id, accepted, reason, message, decided_at) "
    "VALUES (1, 1, NULL, 'Copied.', 1767000000000)"
)


def make_v1_file(path: Path) -> None:
    """A file as the first release wrote it: v1 tables, one trader, one decided signal."""
    db = pw.SqliteDatabase(str(path))
    database_proxy.initialize(db)
    db.bind(ALL_MODELS)
    assert migrate(db, upto=1) == [1]
    db.execute_sql(TRADER_SQL, ("Old Timer",))
    db.execute_sql(SIGNAL_SQL)
    db.execute_sql(DECISION_SQL)
    db.close()


def query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def version(path: Path) -> int:
    return query(path, "SELECT MAX(version) FROM schema_version")[0][0]


def tables(path: Path) -> set[str]:
    return {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def triggers(path: Path) -> set[str]:
    return {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}


# -- the migration steps ----------------------------------------------------------------------


def test_steps_are_numbered_from_1_without_gaps():
    assert [v for v, _ in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert LATEST_VERSION >= 2


def test_a_v1_file_has_version_1_and_no_v2_tables(tmp_path):
    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    assert version(path) == 1
    assert "trader" in tables(path) and "trader_event" not in tables(path)
    assert triggers(path) == set()


def test_a_new_file_is_made_from_the_models_in_one_step(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "m.sqlite"))
    database_proxy.initialize(db)
    db.bind(ALL_MODELS)
    assert current_version(db) == 0
    assert migrate(db) == [LATEST_VERSION]
    assert migrate(db) == []
    assert current_version(db) == LATEST_VERSION
    db.close()


# -- upgrading an old file --------------------------------------------------------------------


def test_old_file_is_upgraded_to_the_latest_version(tmp_path):
    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    open_store(path).close()
    assert version(path) == LATEST_VERSION
    assert {"trader_event", "metric_snapshot", "history_cache"} <= tables(path)
    assert "signal_delete_drops_history_cache" in triggers(path)


def test_old_file_keeps_its_data_after_the_upgrade(tmp_path):
    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    open_store(path).close()
    assert query(path, "SELECT name, whitelist, max_leverage FROM trader") == [
        ("Old Timer", "BTC,ETH", 8)
    ]
    assert query(path, "SELECT source_id FROM signal") == [("m1",)]
    assert query(path, "SELECT message FROM decision") == [("Copied.",)]


def test_old_file_is_backed_up_next_to_it_before_the_upgrade(tmp_path):
    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    store = open_store(path)
    store.close()
    backup = store.backup_path
    assert backup is not None and backup.exists()
    assert backup.parent == path.parent and backup != path
    assert ".v1-" in backup.name and backup.name.startswith("v1.")


def test_backup_still_has_version_1_and_the_data(tmp_path):
    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    store = open_store(path)
    store.close()
    assert version(store.backup_path) == 1
    assert "trader_event" not in tables(store.backup_path)
    assert query(store.backup_path, "SELECT name FROM trader") == [("Old Timer",)]
    assert query(store.backup_path, "SELECT source_id FROM signal") == [("m1",)]


def test_upgraded_file_reads_through_the_models(tmp_path):
    from tradermanager.services import build_services

    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    services = build_services(open_store(path))
    try:
        trader = services.traders.get("old timer")
        assert trader.settings.whitelist == {"BTC", "ETH"}
        assert trader.settings.multiplier == 1.5 and trader.settings.max_leverage == 8
        assert services.pipeline.signals("Old Timer")[0].decision.message == "Copied."
    finally:
        services.close()


def test_a_current_file_is_not_backed_up_again(tmp_path):
    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    open_store(path).close()
    again = open_store(path)
    again.close()
    assert again.backup_path is None
    assert len(list(tmp_path.glob("*.backup*"))) == 1


def test_a_new_file_needs_no_backup(db_path):
    store = open_store(db_path)
    store.close()
    assert store.backup_path is None and version(db_path) == LATEST_VERSION
    assert list(db_path.parent.glob("*.backup*")) == []


# -- refusing a newer file --------------------------------------------------------------------


def future_file(path: Path) -> bytes:
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 0)")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def test_newer_schema_is_refused_with_schema_too_new_error(tmp_path):
    path = tmp_path / "future.sqlite"
    future_file(path)
    with pytest.raises(SchemaTooNewError) as err:
        open_store(path)
    message = str(err.value)
    assert str(path) in message and "99" in message and str(LATEST_VERSION) in message
    assert isinstance(err.value, StoreError)


def test_newer_schema_file_is_left_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "future.sqlite"
    before = future_file(path)
    with pytest.raises(SchemaTooNewError):
        open_store(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.backup*")) == []
    assert version(path) == 99


# -- version 3: a live source's memory per trader ----------------------------------------------


def test_a_v2_file_gains_the_source_state_table_and_keeps_its_data(tmp_path):
    path = tmp_path / "v2.sqlite"
    make_v1_file(path)
    db = pw.SqliteDatabase(str(path))
    database_proxy.initialize(db)
    db.bind(ALL_MODELS)
    assert migrate(db, upto=2) == [2]
    db.close()
    assert "source_state" not in tables(path)
    store = open_store(path)
    store.close()
    assert version(path) >= 3 and "source_state" in tables(path)
    assert version(store.backup_path) == 2
    assert query(path, "SELECT name FROM trader") == [("Old Timer",)]
    assert query(path, "SELECT COUNT(*) FROM source_state") == [(0,)]


def test_source_state_goes_with_its_trader(tmp_path):
    from datetime import UTC, datetime

    from tradermanager.store import source_state

    path = tmp_path / "v1.sqlite"
    make_v1_file(path)
    store = open_store(path)
    try:
        at = datetime(2026, 1, 15, tzinfo=UTC)
        with store.write():
            source_state.write(1, "positions", '{"a": 1}', at)
            source_state.write(1, "positions", '{"a": 2}', at)
        assert source_state.read(1, "positions") == '{"a": 2}'
        assert source_state.read(1, "other") is None
        with store.write():
            store.db.execute_sql("DELETE FROM trader WHERE id = 1")
        assert source_state.read(1, "positions") is None
    finally:
        store.close()
