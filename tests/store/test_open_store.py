"""Opening files: missing, corrupt, foreign or a folder give StoreError naming the file;
pragmas are set on every connection; concurrent IMMEDIATE writers never see "locked"."""

from __future__ import annotations

import random
import sqlite3
import threading

import peewee as pw
import pytest

from tradermanager.store.connection import PRAGMAS, open_store
from tradermanager.store.errors import StoreError
from tradermanager.store.migrations import LATEST_VERSION
from tradermanager.store.models import SettingRow, TraderRow


def test_missing_file_with_create_false_is_an_error_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError) as err:
        open_store(path, create=False)
    assert str(path) in str(err.value) and "no database" in str(err.value)
    assert not path.exists()


def test_missing_file_is_created_with_its_folders(tmp_path):
    path = tmp_path / "a" / "b" / "new.sqlite"
    open_store(path).close()
    assert path.exists()


def test_existing_file_opens_with_create_false(db_path):
    open_store(db_path).close()
    open_store(db_path, create=False).close()


def test_corrupt_file_is_a_store_error_naming_the_file(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(random.Random(7).randbytes(8192))
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert str(path) in str(err.value) and "is damaged" in str(err.value)
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_a_store_error_naming_the_file(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert str(path) in str(err.value) and "another program" in str(err.value)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path)
    assert str(tmp_path) in str(err.value)


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    store = open_store(path)
    store.close()
    assert store.backup_path is None
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == LATEST_VERSION
    conn.close()


# -- pragmas ----------------------------------------------------------------------------------


def pragma(store, name: str):
    return store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_wal_mode_is_on(store):
    assert pragma(store, "journal_mode") == "wal"


def test_foreign_keys_are_on(store):
    assert pragma(store, "foreign_keys") == 1


def test_busy_timeout_is_set(store):
    assert pragma(store, "busy_timeout") == PRAGMAS["busy_timeout"] > 0


def test_pragmas_hold_on_another_threads_connection(store):
    seen = {}

    def read() -> None:
        seen["journal_mode"] = pragma(store, "journal_mode")
        seen["foreign_keys"] = pragma(store, "foreign_keys")
        store.db.close()

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert seen == {"journal_mode": "wal", "foreign_keys": 1}


def test_foreign_keys_are_enforced(store):
    with pytest.raises(pw.IntegrityError, match="FOREIGN KEY"), store.write():
        store.db.execute_sql(
            "INSERT INTO trader_event (trader_id, at, kind, detail) VALUES (999, 0, 'x', '')"
        )


# -- concurrent writers -----------------------------------------------------------------------


def test_eight_threads_read_then_write_without_database_locked(store):
    """Each transaction reads the counter and writes it + 1: with IMMEDIATE transactions none
    fails and no increment is lost."""
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(k: int) -> None:
        try:
            start.wait()
            for i in range(15):
                with store.write():
                    row = SettingRow.get_or_none(SettingRow.key == "counter")
                    value = int(row.value) if row else 0
                    SettingRow.replace(key="counter", value=str(value + 1)).execute()
                    TraderRow.create(name=f"T{k}-{i}", source="manual", created_at=0, updated_at=0)
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.db.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert SettingRow.get(SettingRow.key == "counter").value == "120"
    assert TraderRow.select().count() == 120


def test_a_failed_write_transaction_rolls_back(store):
    with pytest.raises(RuntimeError), store.write():
        TraderRow.create(name="Ghost", source="manual", created_at=0, updated_at=0)
        raise RuntimeError("boom")
    assert TraderRow.select().count() == 0
