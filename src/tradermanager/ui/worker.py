"""Run slow service calls off the GUI thread; the result comes back as a queued Qt signal."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals, close: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._close = close

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the user, never lost
            log.exception("background task failed")
            self._signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self._signals.done.emit(result)
        finally:
            self._close()  # the worker thread's database connection


def run_in_background(
    owner: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    close: Callable[[], None],
) -> None:
    """Call ``fn`` on a pool thread; ``on_done``/``on_failed`` run on the GUI thread."""
    signals = _Signals(owner)  # lives on the GUI thread: emits are queued to it
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Task(fn, signals, close))


class ProgressRelay(QObject):
    """Hands progress from a pool thread to the GUI thread: ``step.emit`` may be called from
    any thread; slots connected to ``step`` run on the thread that owns the relay."""

    step = Signal(int, int)  # done, total


def one_per_turn(owner: QObject, steps: Sequence[Callable[[], Any]]) -> None:
    """Run ``steps`` in order, one per turn of the event loop, so that no single handler
    holds the GUI thread for all of them; the rest are dropped if ``owner`` is deleted."""
    if not steps:
        return
    first, rest = steps[0], steps[1:]
    first()
    if rest:
        QTimer.singleShot(0, owner, lambda: one_per_turn(owner, rest))
