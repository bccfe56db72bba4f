"""The periodic Discover scan: Binance's lead lists and the followed traders are read every
few hours, so candidates build a history of their own; a scan with errors is reported (once,
until a scan succeeds) through the scheduler's guard, and the window's Discover view hears of
every finished scan on the bridge."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import Services
from tradermanager.services.discover_scan import ScanReport

DISCOVER_SCAN_JOB = "scan Discover candidates"
SCAN_EVERY_MINUTES = 6 * 60


class DiscoverScanFailed(RuntimeError):
    """Some candidates or lists could not be read; what was read is stored."""


def discover_scan_job(services: Services, bridge: JobBridge) -> Callable[[], ScanReport]:
    def run() -> ScanReport:
        report = services.discover.scan()
        bridge.discover_scanned.emit(report)
        if report.errors:
            raise DiscoverScanFailed(
                f"{len(report.errors)} read(s) failed, {report.candidates} candidates stored: "
                + "; ".join(report.errors[:3])
            )
        return report

    return run


def register_discover_scan(scheduler: AppScheduler, services: Services, bridge: JobBridge) -> None:
    scheduler.add_job(
        DISCOVER_SCAN_JOB, discover_scan_job(services, bridge), minutes=SCAN_EVERY_MINUTES
    )
