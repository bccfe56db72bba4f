"""Has anyone else written to the file? SQLite's ``PRAGMA data_version`` changes, on one
connection, whenever another connection (another process, or another thread's connection)
commits; it is cheap enough to ask several times a second."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class DataVersion:
    """A connection of its own that only reads ``data_version``."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA busy_timeout = 10000")
        self._last = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True when some other connection committed since the last call."""
        with self._lock:
            now = self._read()
            changed, self._last = now != self._last, now
            return changed

    def close(self) -> None:
        with self._lock:
            self._conn.close()
