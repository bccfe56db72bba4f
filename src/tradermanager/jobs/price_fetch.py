"""The periodic price fetch: 1-minute candles and funding of every contract an active trader
trades or a position is open in, so paper copies and backtests run on current prices."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import Services
from tradermanager.services.market_data import FetchReport

PRICE_FETCH_JOB = "fetch candles and funding from Binance"
FETCH_INTERVAL = "1m"


class PriceFetchFailed(RuntimeError):
    """Some contracts could not be fetched; the others' candles are stored."""


def price_fetch_job(services: Services) -> Callable[[], FetchReport]:
    def run() -> FetchReport:
        report = services.market.fetch(interval=FETCH_INTERVAL)
        if report.errors:
            failed = len(report.errors)
            raise PriceFetchFailed(
                f"{failed} of {len(report.symbols)} contracts not fetched: "
                + "; ".join(report.errors)
            )
        return report

    return run


def register_price_fetch(scheduler: AppScheduler, services: Services) -> None:
    """Fetch every ``price_fetch_minutes`` (the setting when the app starts)."""
    minutes = services.settings.get().price_fetch_minutes
    scheduler.add_job(PRICE_FETCH_JOB, price_fetch_job(services), minutes=minutes)
