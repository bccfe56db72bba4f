"""The app's background scheduler: periodic metric refresh followed by alert evaluation.

Trigger and executor are given as objects (names are looked up through package metadata,
which frozen builds lack); ``coalesce`` and a generous ``misfire_grace_time`` make a refresh
missed during sleep run once on wake instead of being dropped. A job never touches a widget:
it emits on the bridge (Qt signals in the window, plain callbacks in the headless server).
An exception is logged with the job named, reported once on the bridge, and the scheduler
keeps running. Two workers, so a slow source poll does not hold
back the refresh; each job still runs at most once at a time (``max_instances=1``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from tradermanager.jobs.events import JobReporter
from tradermanager.services import Services

log = logging.getLogger(__name__)

REFRESH_JOB = "refresh-metrics-and-alerts"
DELIVERY_JOB = "deliver notifications"
PAPER_REFRESH_JOB = "replay the paper account"


class AppScheduler:
    def __init__(self, services: Services, bridge: JobReporter, *, refresh_minutes: float) -> None:
        self._services = services
        self._bridge = bridge
        self._failed: set[str] = set()
        self._scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=2)},
            job_defaults={"coalesce": True, "misfire_grace_time": 600, "max_instances": 1},
            timezone=UTC,
        )
        self._scheduler.add_job(
            self._guarded("refresh metrics and evaluate alerts", self.refresh_and_evaluate),
            trigger=IntervalTrigger(minutes=refresh_minutes, timezone=UTC),
            id=REFRESH_JOB,
            next_run_time=datetime.now(UTC),
        )

    def add_job(
        self, name: str, job: Callable[[], Any], *, minutes: float, start_now: bool = False
    ) -> None:
        """Another periodic job (e.g. a source poller), guarded like the refresh;
        ``start_now`` runs it first as soon as the scheduler starts."""
        extra: dict[str, Any] = {"next_run_time": datetime.now(UTC)} if start_now else {}
        self._scheduler.add_job(
            self._guarded(name, job),
            trigger=IntervalTrigger(minutes=minutes, timezone=UTC),
            id=name,
            **extra,
        )

    def run_job_soon(self, name: str) -> None:
        """Run a registered job now instead of at its next interval (no-op when absent)."""
        if self._scheduler.get_job(name) is not None:
            self._scheduler.modify_job(name, next_run_time=datetime.now(UTC))

    def start(self) -> None:
        self._scheduler.start()

    def run_soon(self) -> None:
        """Refresh now (e.g. right after new trades or signals arrived), and replay the paper
        account when that job is registered."""
        self.refresh_metrics_soon()
        self.run_job_soon(PAPER_REFRESH_JOB)

    def refresh_metrics_soon(self) -> None:
        """Refresh the metrics and evaluate alerts now (e.g. after my copies changed)."""
        self._scheduler.modify_job(REFRESH_JOB, next_run_time=datetime.now(UTC))

    def shutdown(self) -> None:
        """Wait for a running job to finish, then stop; safe to call twice."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=True)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def refresh_and_evaluate(self) -> None:
        report = self._services.metrics.refresh()
        self._bridge.metrics_refreshed.emit(report)
        alerts = self._services.alerts.evaluate()
        self._bridge.alerts_evaluated.emit(alerts)
        if alerts.fired:  # their Telegram and e-mail messages are in the outbox now
            self.run_job_soon(DELIVERY_JOB)

    def _guarded(self, name: str, job: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            try:
                job()
                self._failed.discard(name)
            except Exception as exc:  # a job must never take the scheduler down
                log.exception("background job %r failed", name)
                if name not in self._failed:  # shown once until it succeeds again
                    self._failed.add(name)
                    self._bridge.job_failed.emit(name, f"{type(exc).__name__}: {exc}")
            finally:
                self._services.store.close()  # this worker thread's connection

        return run
