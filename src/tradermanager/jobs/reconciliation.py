"""Reconciliation every minute, first at start-up: the exchange matched to the app's records
(see :mod:`tradermanager.services.reconciliation`). A pass does nothing while no exchange is
connected. Alerts it raises (and failed live orders anywhere) go to the reporter — the
window's tray through the bridge, or the server's log — and the outbox is delivered at once.
After each pass the live loss limits are checked (:mod:`tradermanager.services.live_guards`)."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.jobs.scheduler import DELIVERY_JOB, AppScheduler
from tradermanager.services import Services
from tradermanager.services.alerts import EvaluationReport
from tradermanager.services.reconciliation import ReconciliationReport

RECONCILE_JOB = "reconcile live copies with the exchange"
RECONCILE_MINUTES = 1.0


def register_reconciliation(
    scheduler: AppScheduler,
    services: Services,
    *,
    on_report: Callable[[ReconciliationReport], object] | None = None,
    on_alert: Callable[[EvaluationReport], object] | None = None,
) -> None:
    """Call once, before the scheduler starts. ``on_report`` hears of every pass (not while
    disconnected); ``on_alert`` of every alert raised about the live account."""

    def alerted(report: EvaluationReport) -> None:
        if on_alert is not None:
            on_alert(report)
        scheduler.run_job_soon(DELIVERY_JOB)

    services.exchange.add_incident_listener(alerted)

    def run() -> None:
        report = services.reconciliation.run()
        if report is not None and not report.error:
            services.live_guards.run()  # the loss limits, on the figures just booked
        if report is not None and on_report is not None:
            on_report(report)

    scheduler.add_job(RECONCILE_JOB, run, minutes=RECONCILE_MINUTES, start_now=True)
