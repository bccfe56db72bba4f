"""Opening database files: migrations after a backup, refusing newer or foreign files,
WAL and foreign keys, concurrent writers, and failed operations that change nothing."""

from __future__ import annotations

import sqlite3
import threading

import peewee as pw
import pytest

from tradermanager.domain.errors import ValidationError
from tradermanager.store.connection import open_store
from tradermanager.store.errors import SchemaTooNewError, StoreError
from tradermanager.store.migrations import LATEST_VERSION, migrate
from tradermanager.store.models import ALL_MODELS, TraderRow, database_proxy


def make_v1_file(path) -> None:
    db = pw.SqliteDatabase(str(path))
    database_proxy.initialize(db)
    db.bind(ALL_MODELS)
    migrate(db, upto=1)
    db.execute_sql(
        "INSERT INTO trader (name, source, source_ref, multiplier, min_confidence, whitelist, "
        "blacklist, max_leverage, paper_only, active, priority, reference_capital, notes, "
        "created_at, updated_at) VALUES ('Old', 'manual', '', 1, 0.7, '', '', 5, 1, 1, 0, "
        "10000, '', 0, 0)"
    )
    db.close()


def version_of(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]


def test_old_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    make_v1_file(path)
    store = open_store(path)
    try:
        assert version_of(path) == LATEST_VERSION
        assert store.backup_path is not None and store.backup_path.exists()
        assert version_of(store.backup_path) == 1
        with sqlite3.connect(store.backup_path) as conn:
            assert conn.execute("SELECT name FROM trader").fetchall() == [("Old",)]
        assert TraderRow.get().name == "Old"
    finally:
        store.close()


def test_current_file_is_not_backed_up_again(tmp_path):
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    store = open_store(path)
    assert store.backup_path is None
    store.close()


def test_newer_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 0)")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="schema version 99"):
        open_store(path)
    assert path.read_bytes() == before


def test_corrupt_foreign_and_missing_files(tmp_path):
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"\x00garbage" * 500)
    with pytest.raises(StoreError, match=str(corrupt)):
        open_store(corrupt)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(StoreError, match="another program"):
        open_store(foreign)
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "missing.sqlite", create=False)


def test_wal_foreign_keys_and_eight_concurrent_writers(services):
    db = services.store.db
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            for i in range(5):
                services.traders.add(name=f"T{k}-{i}")
        except BaseException as exc:
            errors.append(exc)
        finally:
            services.store.close()

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(services.traders.list()) == 40


def dump(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in sorted(tables)]


def test_failed_operations_change_nothing(services, db_path):
    services.traders.add(name="Alice", whitelist="BTC")
    before = dump(db_path)
    with pytest.raises(ValidationError):
        services.traders.update("Alice", multiplier=1.2, blacklist="BTC")
    with pytest.raises(ValidationError):
        services.traders.add(name="alice")
    with pytest.raises(ValidationError):
        services.traders.duplicate("Alice", "")
    assert dump(db_path) == before
