"""The periodic paper replay: the paper account follows new signals and candles without the
user asking. It runs at start, every ``refresh_minutes`` and, sooner, when new signals arrive
(``AppScheduler.run_soon``) and after a price fetch that brought new candles. When my copies
of a trader changed, its metrics ("Your performance", signal quality) are computed again at
once. Engine alerts it
raises (a copy stop-loss, the daily loss limit) reach the tray like any fired alert."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.jobs.events import JobReporter
from tradermanager.jobs.scheduler import DELIVERY_JOB, PAPER_REFRESH_JOB, AppScheduler
from tradermanager.services import Services
from tradermanager.services.paper import PaperAccount

__all__ = ["PAPER_REFRESH_JOB", "paper_refresh_job", "register_paper_refresh"]


def paper_refresh_job(
    services: Services, scheduler: AppScheduler, bridge: JobReporter
) -> Callable[[], PaperAccount]:
    def run() -> PaperAccount:
        account = services.paper.refresh()
        if account.changed_traders:  # their metrics were dropped: compute them again now
            scheduler.refresh_metrics_soon()
        report = account.alerts
        if report is not None and report.fired:
            bridge.alerts_evaluated.emit(report)
            scheduler.run_job_soon(DELIVERY_JOB)  # their Telegram and e-mail messages
        return account

    return run


def register_paper_refresh(
    scheduler: AppScheduler, services: Services, bridge: JobReporter
) -> None:
    """Replay now and every ``refresh_minutes`` (the setting when the app starts)."""
    minutes = services.settings.get().refresh_minutes
    scheduler.add_job(
        PAPER_REFRESH_JOB,
        paper_refresh_job(services, scheduler, bridge),
        minutes=minutes,
        start_now=True,
    )
