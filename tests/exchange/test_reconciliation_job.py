"""The reconciliation job: registered to run at start and every minute, silent while no
exchange is connected, and its alerts bring the notification delivery forward."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from binance_usdm_emulator import Position

from tradermanager.jobs.events import JobEvents
from tradermanager.jobs.reconciliation import RECONCILE_JOB, register_reconciliation
from tradermanager.jobs.scheduler import DELIVERY_JOB, AppScheduler


def _scheduler(services):
    scheduler = AppScheduler(services, JobEvents(), refresh_minutes=60)
    soon: list[str] = []
    scheduler.run_job_soon = soon.append  # type: ignore[method-assign]
    reports: list = []
    alerts: list = []
    register_reconciliation(scheduler, services, on_report=reports.append, on_alert=alerts.append)
    return scheduler, soon, reports, alerts


def test_the_job_runs_at_start_and_every_minute(services):
    scheduler, *_ = _scheduler(services)
    scheduler._scheduler.start(paused=True)
    try:
        job = scheduler._scheduler.get_job(RECONCILE_JOB)
        assert job is not None and job.trigger.interval == timedelta(minutes=1)
        assert job.next_run_time is not None  # first run as soon as the scheduler runs
    finally:
        scheduler.shutdown()


def test_a_pass_reports_and_alerts_only_when_connected(services, emulator, connector):
    scheduler, soon, reports, alerts = _scheduler(services)
    services.exchange.reset(connected=False)
    job = scheduler._scheduler.get_job(RECONCILE_JOB)
    job.func()
    assert reports == [] and alerts == []
    services.exchange.use_connector(connector)
    with emulator.lock:
        emulator.state.positions["ETHUSDT"] = Position(Decimal("0.3"), Decimal(3000))
    job.func()
    assert len(reports) == 1 and reports[0].findings[0].kind == "unexplained_position"
    assert len(alerts) == 1 and alerts[0].fired and soon == [DELIVERY_JOB]
    job.func()  # nothing new: no second alert
    assert len(reports) == 2 and len(alerts) == 1
