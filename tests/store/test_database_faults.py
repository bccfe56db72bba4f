"""A damaged file is refused before anything is written, naming the last backup; files are
private to the user; a read-only file, a full disk and a lock held past the timeout are one
clear StoreError each, and the rollback after a failed write never raises a second error."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from tradermanager.cli import EXIT_STORE, run
from tradermanager.logs import setup_logging, write_crash_report
from tradermanager.store import connection
from tradermanager.store.connection import open_store
from tradermanager.store.errors import StoreError
from tradermanager.store.models import SettingRow

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def damage(path: Path) -> None:
    """Overwrite a few pages in the middle of the file (the header stays valid)."""
    size = path.stat().st_size
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:
        for k in range(3):
            f.seek((size // page // 2 + k) * page)
            f.write(b"\xde\xad\xbe\xef" * (page // 4))


def current_file(tmp_path: Path) -> Path:
    path = tmp_path / "data.sqlite"
    shutil.copy(FIXTURE, path)
    open_store(path).close()  # upgraded, with a backup of the 0.1.0 file next to it
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


# -- damaged files ----------------------------------------------------------------------------


def test_a_damaged_file_is_refused_naming_the_last_backup_and_left_unchanged(tmp_path):
    path = current_file(tmp_path)
    backup = next(tmp_path.glob("*.backup*"))
    damage(path)
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(path)
    message = str(err.value)
    assert str(path) in message and "damaged" in message and str(backup) in message
    assert path.read_bytes() == before


def test_a_large_file_is_checked_when_the_window_asks(tmp_path, monkeypatch):
    path = current_file(tmp_path)
    damage(path)
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 1024)
    with pytest.raises(StoreError, match="damaged"):
        open_store(path, check=True)


def test_a_large_file_is_not_read_whole_on_every_command(tmp_path, monkeypatch):
    path = current_file(tmp_path)
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 1024)
    checks = []
    real = connection._inspect_file
    monkeypatch.setattr(
        connection,
        "_inspect_file",
        lambda p, *, check: checks.append(check) or real(p, check=check),
    )
    open_store(path).close()
    open_store(path, check=True).close()
    assert checks == [False, True]


def test_serve_checks_a_large_file_before_it_starts(tmp_path, monkeypatch):
    import tradermanager.cli as cli

    path = current_file(tmp_path)
    damage(path)
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 1024)
    served = []
    monkeypatch.setitem(cli.COMMANDS, "serve", lambda svc, args: served.append(svc))
    assert run(["serve", "--db", str(path)]) == EXIT_STORE
    assert served == []


def test_the_cli_says_damaged_in_one_line(tmp_path, capsys):
    path = current_file(tmp_path)
    damage(path)
    assert run(["traders", "list", "--db", str(path)]) == EXIT_STORE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err


# -- files private to the user ----------------------------------------------------------------


def test_a_new_database_and_its_wal_files_are_readable_only_by_the_user(tmp_path):
    path = tmp_path / "folder" / "new.sqlite"
    store = open_store(path)
    with store.write():
        SettingRow.create(key="k", value="v")
    assert mode(path) == 0o600
    for suffix in ("-wal", "-shm"):
        wal = path.with_name(path.name + suffix)
        assert not wal.exists() or mode(wal) == 0o600
    assert mode(path.parent) == 0o700
    store.close()


def test_a_backup_is_readable_only_by_the_user(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    store = open_store(path)
    store.close()
    assert store.backup_path is not None and mode(store.backup_path) == 0o600


def test_logs_and_crash_reports_are_readable_only_by_the_user(tmp_path):
    folder = tmp_path / "logs"
    log = setup_logging("INFO", folder)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = write_crash_report(type(exc), exc, exc.__traceback__, folder)
    assert mode(log) == 0o600 and mode(report) == 0o600 and mode(folder) == 0o700
    setup_logging("WARNING", tmp_path / "other")  # release the test folder's file


# -- errors while writing ---------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_file_is_one_clear_error(tmp_path):
    path = current_file(tmp_path)
    os.chmod(path, 0o400)
    store = open_store(path)
    try:
        with pytest.raises(StoreError, match="read-only"), store.write():
            SettingRow.create(key="k", value="v")
    finally:
        store.close()


def test_a_read_only_connection_is_one_clear_error(tmp_path):
    """What a read-only file gives (root ignores file modes, so SQLite's own read-only
    switch stands in for it here)."""
    path = current_file(tmp_path)
    store = open_store(path)
    store.db.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(StoreError) as err, store.write():
            SettingRow.create(key="k", value="v")
        assert str(path) in str(err.value) and "nothing was written" in str(err.value)
    finally:
        store.close()


def test_a_full_disk_is_one_clear_error_and_nothing_is_written(tmp_path):
    path = current_file(tmp_path)
    store = open_store(path)
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(StoreError, match="full") as err, store.write():
            for k in range(20_000):
                SettingRow.create(key=f"k{k}", value="x" * 200)
        assert "Traceback" not in str(err.value)
        assert SettingRow.select().where(SettingRow.key.startswith("k")).count() == 0
    finally:
        store.close()


def test_a_lock_held_past_the_timeout_is_one_clear_error(tmp_path):
    path = current_file(tmp_path)
    store = open_store(path)
    store.db.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked") as err, store.write():
            SettingRow.create(key="k", value="v")
        assert str(path) in str(err.value)
    finally:
        other.rollback()
        other.close()
        store.close()


def test_a_constraint_violation_is_not_mistaken_for_a_file_problem(tmp_path):
    import peewee as pw

    store = open_store(tmp_path / "c.sqlite")
    try:
        with store.write():
            SettingRow.create(key="k", value="v")
        with pytest.raises(pw.IntegrityError), store.write():
            SettingRow.create(key="k", value="again")
    finally:
        store.close()
