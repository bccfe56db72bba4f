"""What the scheduler reports, without Qt: the headless server listens with plain callbacks,
the window with Qt signals on the bridge. Both offer ``emit`` on the same three channels, so
the scheduler needs neither."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

log = logging.getLogger(__name__)


class Emitter(Protocol):
    def emit(self, *args: Any) -> Any: ...


class JobReporter(Protocol):
    """The scheduler's three reports (a :class:`JobBridge` or :class:`JobEvents`)."""

    @property
    def metrics_refreshed(self) -> Emitter: ...  # services.metrics.RefreshReport

    @property
    def alerts_evaluated(self) -> Emitter: ...  # services.alerts.EvaluationReport

    @property
    def job_failed(self) -> Emitter: ...  # job name, error message


class Channel:
    """Callbacks run on the emitting thread (a scheduler worker): they must be quick and
    thread-safe. A failing callback is logged and does not stop the others."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def emit(self, *args: Any) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(*args)
            except Exception:
                log.exception("a listener of a background job failed")


class JobEvents:
    """The scheduler's reports for a process without Qt (``tradermanager serve``)."""

    def __init__(self) -> None:
        self.metrics_refreshed = Channel()
        self.alerts_evaluated = Channel()
        self.job_failed = Channel()
        self.notifications_delivered = Channel()  # services.notifications.DeliveryReport
