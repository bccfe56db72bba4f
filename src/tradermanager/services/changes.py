"""Keeping several processes on one database consistent: the window and ``tradermanager
serve`` both write the file (SQLite serialises the writes), and each must notice the other's.

Caches kept in the file (metric snapshots, the history cache) are dropped by the writer in
its own transaction, so every process sees them go. What lives in a process — the window's
list, the event stream's position, a cached price correlation — is refreshed by the
listeners of a :class:`ChangeWatcher`, which polls SQLite's data version on a thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from tradermanager.store.connection import Store
from tradermanager.store.data_version import DataVersion

log = logging.getLogger(__name__)
T = TypeVar("T")


class ChangeWatcher:
    """Calls its listeners (on its own thread) after another connection committed."""

    def __init__(self, store: Store, *, interval: float = 0.25) -> None:
        self._store = store
        self._interval = interval
        self._listeners: list[Callable[[], object]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def connect(self, listener: Callable[[], object]) -> None:
        """``listener`` runs on the watcher's thread: quick, thread-safe, no widgets."""
        self._listeners.append(listener)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="change watcher", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop and wait for the thread; safe to call twice."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        version = DataVersion(self._store.path)
        try:
            while not self._stop.wait(self._interval):
                if version.changed():
                    self.notify()
        finally:
            version.close()
            self._store.close()  # this thread's connection, if a listener opened one

    def notify(self) -> None:
        """Run every listener now (a failing one is logged; the others still run)."""
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("a listener of database changes failed")


class ReadCache:
    """Answers computed from the database, kept until any connection commits. SQLite's data
    version (on a connection of its own, which never writes) is checked on every read, so a
    cached answer is never older than the file — whichever process wrote last."""

    MAX_ENTRIES = 256

    def __init__(self, store: Store) -> None:
        self._version = DataVersion(store.path)
        self._lock = threading.Lock()
        self._values: dict[Hashable, object] = {}
        self._generation = 0  # bumped by every clear

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer for ``key``, or ``compute()`` (run outside the lock)."""
        with self._lock:
            if self._version.changed() or len(self._values) > self.MAX_ENTRIES:
                self._values.clear()
                self._generation += 1
            if key in self._values:
                return cast(T, self._values[key])
            generation = self._generation
        value = compute()  # reads after the version check: never older than it
        with self._lock:
            if generation == self._generation:  # no commit seen meanwhile
                self._values[key] = value
        return value

    def close(self) -> None:
        self._version.close()
