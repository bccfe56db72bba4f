"""The periodic price fetch: 1-minute candles and funding of every contract an active trader
trades or a position is open in, so paper copies and backtests run on current prices; and
their daily candles, which the metrics' daily closes come from."""

from __future__ import annotations

from collections.abc import Callable

from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import Services
from tradermanager.services.market_data import FetchReport

PRICE_FETCH_JOB = "fetch candles and funding from Binance"
FETCH_INTERVAL = "1m"
DAILY_BACKFILL_DAYS = 1000  # one request of 1d candles


class PriceFetchFailed(RuntimeError):
    """Some contracts could not be fetched; the others' candles are stored."""


def price_fetch_job(services: Services) -> Callable[[], FetchReport]:
    def run() -> FetchReport:
        report = services.market.fetch(interval=FETCH_INTERVAL)
        # Daily candles too: the metrics read their daily closes from them, and a year of
        # them is one request a contract.
        daily = services.market.fetch(
            [s.symbol for s in report.symbols if not s.error],
            interval="1d",
            funding=False,
            backfill_days=DAILY_BACKFILL_DAYS,
        )
        if report.errors or daily.errors:
            errors = report.errors + daily.errors
            raise PriceFetchFailed(
                f"{len(report.errors)} of {len(report.symbols)} contracts not fetched: "
                + "; ".join(errors)
            )
        return report

    return run


def register_price_fetch(scheduler: AppScheduler, services: Services) -> None:
    """Fetch every ``price_fetch_minutes`` (the setting when the app starts)."""
    minutes = services.settings.get().price_fetch_minutes
    scheduler.add_job(PRICE_FETCH_JOB, price_fetch_job(services), minutes=minutes)
