"""Opening the database: checks, backup, pragmas, migrations — all in one place.

One file in the user's data directory (``--db`` overrides), readable only by the user. WAL,
foreign keys and a busy timeout on every connection; peewee keeps one connection per thread.
Before a migration the file is backed up with SQLite's online backup API (a file copy can miss
pages still in the ``-wal`` file). A file whose schema is newer than this code, and a damaged
file (``PRAGMA quick_check`` on open), are refused and left unchanged.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import peewee as pw
import platformdirs

from tradermanager.store.database_errors import BUSY_TIMEOUT_SECONDS, damaged_message, describe
from tradermanager.store.errors import SchemaTooNewError, StoreError
from tradermanager.store.migrations import LATEST_VERSION, migrate
from tradermanager.store.models import ALL_MODELS, database_proxy

log = logging.getLogger(__name__)

APP_NAME = "tradermanager"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
    "synchronous": "normal",
    "cache_size": -64_000,
}
PRIVATE_FILE = 0o600


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "tradermanager.sqlite"


# PRAGMA quick_check reads the whole file: 2.3 s for a 650 MB file (1,000 demo traders ×
# 730 days) on this machine, about 0.35 s per 100 MB (benchmarks/bench_open.py). Every open
# checks files up to this size; larger ones are checked when the window or `serve` starts
# (``check=True``) and before every migration.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _inspect_file(path: Path, *, check: bool) -> int:
    """Schema version of an existing file without changing it; 0 for a blank file. With
    ``check``, a file that fails SQLite's quick check is refused (StoreError naming the last
    backup); an older schema is always checked before it is migrated."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            version = _schema_version(path, conn)
            if check or 0 < version < LATEST_VERSION:
                problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
                if problems != ["ok"]:
                    raise StoreError(damaged_message(path, "; ".join(problems)))
            return version
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise StoreError(damaged_message(path, str(exc))) from exc
        raise StoreError(describe(path, exc)) from exc


def _schema_version(path: Path, conn: sqlite3.Connection) -> int:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if "schema_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreError(
                f"{path} is an SQLite database of another program (no schema_version "
                "table); choose another file with --db"
            )
        return 0
    return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)


def backup_file(path: Path, version: int) -> Path:
    """Copy the live database (WAL included) beside it; returns the backup's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix or '.sqlite'}")
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    make_private(target)
    return target


def _from_the_file(exc: BaseException) -> bool:
    """An error of the file or its surroundings (locked, read-only, full, damaged), not a
    constraint that the code is there to handle."""
    return isinstance(exc, pw.OperationalError) or type(exc) is pw.DatabaseError


def make_private(path: Path) -> None:
    """The database and its WAL files are readable only by the user (mode 0600)."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists():
            os.chmod(file, PRIVATE_FILE)


class Store:
    """An open database file; ``write()`` is the one way to start a write transaction."""

    def __init__(self, path: Path, db: pw.SqliteDatabase, backup: Path | None) -> None:
        self.path = path
        self.db = db
        self.backup_path = backup
        self._local = threading.local()  # per thread: write depth and after-commit work

    def after_commit(self, work: Callable[[], object]) -> None:
        """Run ``work`` once the outermost write of this thread has committed (now, when no
        write is open); dropped if that write rolls back. For work that must only see what is
        on disk, such as sending an order whose record a caller's transaction is writing."""
        if getattr(self._local, "depth", 0) == 0:
            work()
            return
        pending: list[Callable[[], object]] = self._local.__dict__.setdefault("pending", [])
        pending.append(work)

    def _run_after_commit(self) -> None:
        pending = self._local.__dict__.pop("pending", [])
        for work in pending:
            try:
                work()
            except Exception:  # the commit stands; the work reports its own failures
                log.exception("work after a commit failed")

    @contextmanager
    def write(self) -> Iterator[None]:
        """An IMMEDIATE transaction: takes the write lock up front, so concurrent
        read-then-write transactions wait (busy timeout) instead of failing as locked.

        SQLite's errors (read-only file, full disk, lock held past the timeout) leave as one
        StoreError naming the file; everything is rolled back, and a rollback that fails in
        turn (SQLite may have rolled back already) is logged, never raised over the cause."""
        transaction = self.db.atomic("IMMEDIATE")
        try:
            transaction.__enter__()
        except pw.DatabaseError as exc:
            raise StoreError(describe(self.path, exc)) from exc
        depth = getattr(self._local, "depth", 0)
        self._local.depth = depth + 1
        try:
            yield
        except BaseException as exc:
            self._local.depth = depth
            self._end(transaction, exc)
            if depth == 0:
                self._local.__dict__.pop("pending", None)
            if _from_the_file(exc):
                raise StoreError(describe(self.path, exc)) from exc
            raise
        self._local.depth = depth
        try:
            transaction.__exit__(None, None, None)
        except pw.DatabaseError as exc:  # the commit failed; peewee rolled back
            if depth == 0:
                self._local.__dict__.pop("pending", None)
            raise StoreError(describe(self.path, exc)) from exc
        if depth == 0:
            self._run_after_commit()

    @staticmethod
    def _end(transaction: pw._atomic, exc: BaseException) -> None:
        try:
            transaction.__exit__(type(exc), exc, exc.__traceback__)
        except pw.DatabaseError:
            log.warning("rolling back a failed write failed too", exc_info=True)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def open_store(
    path: Path | str | None = None, *, create: bool = True, check: bool | None = None
) -> Store:
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
    if check is None:
        check = exists and target.stat().st_size <= QUICK_CHECK_MAX_BYTES
    version = _inspect_file(target, check=check) if exists else 0
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"{target} has schema version {version}, but this tradermanager knows versions up "
            f"to {LATEST_VERSION}; update tradermanager to open it (the file was not changed)"
        )
    backup = backup_file(target, version) if exists and 0 < version < LATEST_VERSION else None
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not exists:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        db = pw.SqliteDatabase(str(target), pragmas=PRAGMAS)
        database_proxy.initialize(db)
        db.bind(ALL_MODELS)
        db.connect(reuse_if_open=True)
        migrate(db)
        if not exists:
            make_private(target)
    except pw.DatabaseError as exc:
        raise StoreError(f"could not open {target}: {describe(target, exc)}") from exc
    except OSError as exc:
        raise StoreError(f"could not open {target}: {exc}") from exc
    return Store(target, db, backup)
