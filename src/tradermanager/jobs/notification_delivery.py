"""The outbox delivery job: every minute (and right after an alert fires) the messages that
are due go out; what failed reaches the window through the bridge. At start, messages a
stopped run had claimed are put back in line first, so a restart resumes the outbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from tradermanager.jobs.events import Emitter
from tradermanager.jobs.scheduler import DELIVERY_JOB, AppScheduler
from tradermanager.services import Services
from tradermanager.services.notifications import DeliveryReport

DELIVERY_MINUTES = 1.0


class DeliveryListener(Protocol):
    """Where a delivery run is reported: the window's bridge or the server's JobEvents."""

    @property
    def notifications_delivered(self) -> Emitter: ...


def delivery_job(services: Services, bridge: DeliveryListener) -> Callable[[], DeliveryReport]:
    def run() -> DeliveryReport:
        report = services.notifications.deliver_due()
        if report.attempted:
            bridge.notifications_delivered.emit(report)
        return report

    return run


def register_notification_delivery(
    scheduler: AppScheduler, services: Services, bridge: DeliveryListener
) -> int:
    """Resume the outbox and deliver every minute; returns how many interrupted messages
    were put back in line. Call once, before the scheduler starts (one app per database)."""
    resumed = services.notifications.recover()
    scheduler.add_job(
        DELIVERY_JOB, delivery_job(services, bridge), minutes=DELIVERY_MINUTES, start_now=True
    )
    return resumed
