"""Background jobs: results reach the GUI thread through the bridge; failures stay contained."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.scheduler import REFRESH_JOB, AppScheduler


def test_failing_job_is_reported_once_and_others_keep_running(qtbot, services, monkeypatch):
    bridge = JobBridge()
    scheduler = AppScheduler(services, bridge, refresh_minutes=60)
    scheduler._scheduler.remove_job(REFRESH_JOB)  # this test is about the guard, not metrics
    failures: list[tuple[str, str, bool]] = []
    bridge.job_failed.connect(
        lambda name, msg: failures.append((name, msg, QThread.currentThread() is bridge.thread()))
    )
    ran = threading.Event()
    calls = {"bad": 0}

    def bad() -> None:
        calls["bad"] += 1
        raise RuntimeError("exchange unreachable")

    scheduler.add_job("poll source", bad, minutes=0.001)
    scheduler.add_job("healthy", ran.set, minutes=0.001)
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: calls["bad"] >= 3 and ran.is_set(), timeout=5000)
        qtbot.waitUntil(lambda: bool(failures), timeout=2000)
    finally:
        scheduler.shutdown()
    assert not scheduler.running
    assert failures == [("poll source", "RuntimeError: exchange unreachable", True)]


def test_shutdown_is_clean_and_idempotent(services):
    scheduler = AppScheduler(services, JobBridge(), refresh_minutes=60)
    scheduler._scheduler.remove_job(REFRESH_JOB)
    scheduler.start()
    scheduler.shutdown()
    scheduler.shutdown()
    assert not scheduler.running
