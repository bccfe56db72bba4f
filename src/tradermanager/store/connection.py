"""Opening the database: checks, backup, pragmas, migrations — all in one place.

One file in the user's data directory (``--db`` overrides). WAL, foreign keys and a busy
timeout on every connection; peewee keeps one connection per thread. Before a migration the
file is backed up with SQLite's online backup API (a file copy can miss pages still in the
``-wal`` file). A file whose schema is newer than this code is refused and left unchanged.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import peewee as pw
import platformdirs

from tradermanager.store.errors import SchemaTooNewError, StoreError
from tradermanager.store.migrations import LATEST_VERSION, migrate
from tradermanager.store.models import ALL_MODELS, database_proxy

APP_NAME = "tradermanager"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "normal",
    "cache_size": -64_000,
}


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "tradermanager.sqlite"


def _inspect_file(path: Path) -> int:
    """Schema version of an existing file without changing it; 0 for a blank file."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute("PRAGMA busy_timeout = 10000")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "schema_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise StoreError(
                        f"{path} is an SQLite database of another program (no schema_version "
                        "table); choose another file with --db"
                    )
                return 0
            return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a readable tradermanager database ({exc})") from exc


def backup_file(path: Path, version: int) -> Path:
    """Copy the live database (WAL included) beside it; returns the backup's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix or '.sqlite'}")
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    return target


class Store:
    """An open database file; ``write()`` is the one way to start a write transaction."""

    def __init__(self, path: Path, db: pw.SqliteDatabase, backup: Path | None) -> None:
        self.path = path
        self.db = db
        self.backup_path = backup

    def write(self) -> pw._atomic:
        """An IMMEDIATE transaction: takes the write lock up front, so concurrent
        read-then-write transactions wait (busy timeout) instead of failing as locked."""
        return self.db.atomic("IMMEDIATE")

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def open_store(path: Path | str | None = None, *, create: bool = True) -> Store:
    """Open (and if needed create and migrate) the database at ``path``.

    Raises StoreError for a missing file when ``create`` is false, a corrupt or foreign file,
    and SchemaTooNewError for a file from a newer version; the file is not modified then.
    """
    target = Path(path) if path is not None else default_database_path()
    exists = target.exists()
    if not exists and not create:
        raise StoreError(
            f"no database at {target}; create one with `tradermanager demo --db {target}` "
            "or `tradermanager traders add --db ...`"
        )
    if exists and target.is_dir():
        raise StoreError(f"{target} is a folder, not a database file")
    version = _inspect_file(target) if exists else 0
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"{target} has schema version {version}, but this tradermanager knows versions up "
            f"to {LATEST_VERSION}; update tradermanager to open it (the file was not changed)"
        )
    backup = backup_file(target, version) if exists and 0 < version < LATEST_VERSION else None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        db = pw.SqliteDatabase(str(target), pragmas=PRAGMAS)
        database_proxy.initialize(db)
        db.bind(ALL_MODELS)
        db.connect(reuse_if_open=True)
        migrate(db)
    except (pw.DatabaseError, OSError) as exc:
        raise StoreError(f"could not open {target}: {exc}") from exc
    return Store(target, db, backup)
