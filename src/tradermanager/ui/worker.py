"""The one way the window runs slow work off the GUI thread.

:func:`start_task` runs ``work(control)`` on a pool thread. The work reports progress with
``control.progress(value)`` and asks ``control.cancelled()`` between steps; the returned
:class:`Task` emits ``progressed``, ``succeeded`` and ``failed`` (with the exception object
itself) as queued signals, so their slots run on the GUI thread. When the work ends, the
services release the pool thread's database connection. A task whose owner (a dialog) was
deleted meanwhile drops its result; :meth:`Task.cancel` asks the work to stop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import Shiboken

from tradermanager.services import Services

log = logging.getLogger(__name__)


class TaskControl:
    """What the work sees: progress reports and the cancel request (both thread-safe)."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = task._cancel

    def progress(self, value: object) -> None:
        """Any value the task's ``progressed`` slot understands, e.g. ``(done, total)``."""
        self._task.progressed.emit(value)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """One piece of background work. It has no Qt parent and stays alive (in ``_RUNNING``)
    until its work has ended, so the pool thread never signals a deleted object; when its
    owner has been deleted meanwhile, the callbacks are skipped."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception raised by the work

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._owner: QObject | None = owner
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        self.running = True
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)
        _RUNNING.add(self)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it ends with its own cancel exception."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def _owner_alive(self) -> bool:
        return self._owner is not None and Shiboken.isValid(self._owner)

    def _progressed(self, value: object) -> None:
        if self._owner_alive and self._on_progress is not None:
            self._on_progress(value)

    def _succeeded(self, result: object) -> None:
        try:
            if self._owner_alive:
                self._on_done(result)
        finally:
            self._end()

    def _failed(self, exc: Exception) -> None:
        try:
            if self._owner_alive:
                self._on_failed(exc)
        finally:
            self._end()

    def _end(self) -> None:
        """Let go of the task a turn later: dropping the last reference inside its own slot
        would delete the object while Qt is still delivering to it."""
        self.running = False
        self._owner = None
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))


_RUNNING: set[Task] = set()  # tasks whose work has not ended: kept alive until it has


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[TaskControl], Any], services: Services):
        super().__init__()
        self._task = task
        self._work = work
        self._services = services

    def run(self) -> None:
        try:
            result = self._work(TaskControl(self._task))
        except Exception as exc:  # handed to the window, never lost
            log.info("background task ended with %s", type(exc).__name__, exc_info=True)
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)
        finally:
            self._services.release_thread_connection()


def start_task(
    owner: QObject,
    services: Services,
    work: Callable[[TaskControl], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    on_progress: Callable[[Any], None] | None = None,
) -> Task:
    """Run ``work`` on a pool thread; the callbacks run on the GUI thread while ``owner``
    exists (closing the owner cancels the work and drops its result)."""
    task = Task(owner, on_done, on_failed, on_progress)
    QThreadPool.globalInstance().start(_Runnable(task, work, services))
    return task


def error_text(exc: Exception) -> str:
    """What the window says of a failed task: the app's own errors (invalid input, not found,
    a database problem) already speak to the user; anything else is named by its type."""
    if type(exc).__module__.startswith("tradermanager.") and str(exc):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def one_per_turn(owner: QObject, steps: Sequence[Callable[[], Any]]) -> None:
    """Run ``steps`` in order, one per turn of the event loop, so that no single handler
    holds the GUI thread for all of them; the rest are dropped if ``owner`` is deleted."""
    if not steps:
        return
    first, rest = steps[0], steps[1:]
    first()
    if rest:
        QTimer.singleShot(0, owner, lambda: one_per_turn(owner, rest))
