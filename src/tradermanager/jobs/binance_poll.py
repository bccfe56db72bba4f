"""The periodic Binance lead-trader poll: new signals bring the metric refresh forward, and a
poll with errors is reported (once, until a poll succeeds) through the scheduler's guard."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import Services
from tradermanager.services.binance_poller import BinancePollReport

BINANCE_POLL_JOB = "poll Binance lead traders"


class BinancePollFailed(RuntimeError):
    """Some traders could not be read; the others' results are recorded."""


def binance_poll_job(
    services: Services, scheduler: AppScheduler
) -> Callable[[], BinancePollReport]:
    def run() -> BinancePollReport:
        report = services.binance.poll()
        if report.signals_created:
            scheduler.run_soon()
        if report.errors:
            failed = len(report.errors)
            raise BinancePollFailed(
                f"{failed} of {report.traders_polled} traders not read: " + "; ".join(report.errors)
            )
        return report

    return run


def register_binance_poll(scheduler: AppScheduler, services: Services) -> None:
    """Poll every ``binance_poll_minutes`` (the setting when the app starts)."""
    minutes = services.settings.get().binance_poll_minutes
    scheduler.add_job(BINANCE_POLL_JOB, binance_poll_job(services, scheduler), minutes=minutes)
