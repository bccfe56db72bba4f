"""The one way the window runs slow work off the GUI thread.

:func:`start_task` runs ``work(control)`` on a pool thread. The work reports progress with
``control.progress(value)`` and asks ``control.cancelled()`` between steps; the returned
:class:`Task` emits ``progressed``, ``succeeded`` and ``failed`` (with the exception object
itself) as queued signals, so their slots run on the GUI thread. When the work ends, the
services release the pool thread's database connection; a task whose owner is closed can be
cancelled with :meth:`Task.cancel`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

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
    """One piece of background work; lives on the GUI thread, so its signals are queued."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception raised by the work

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it ends with its own cancel exception."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _ended(self, _result: object) -> None:
        self.running = False
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[TaskControl], Any], services: Services):
        super().__init__()
        self._task = task
        self._work = work
        self._services = services

    def run(self) -> None:
        try:
            try:
                result = self._work(TaskControl(self._task))
            except Exception as exc:  # handed to the window, never lost
                log.info("background task ended with %s", type(exc).__name__, exc_info=True)
                self._task.failed.emit(exc)
            else:
                self._task.succeeded.emit(result)
        except RuntimeError:  # the owner (and the task with it) was closed meanwhile
            log.debug("background task outlived its window", exc_info=True)
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
    """Run ``work`` on a pool thread; the callbacks run on the GUI thread."""
    task = Task(owner)
    task.succeeded.connect(on_done)
    task.failed.connect(on_failed)
    task.succeeded.connect(task._ended)  # after the caller's slots: they see the task whole
    task.failed.connect(task._ended)
    if on_progress is not None:
        task.progressed.connect(on_progress)
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
