"""The periodic price fetch: 1-minute candles and funding of every contract an active trader
trades or a position is open in, so paper copies and backtests run on current prices; and
their daily candles, which the metrics' daily closes come from. While an exchange account is
connected, its contracts' leverage brackets too (once a day)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from tradermanager.jobs.scheduler import PAPER_REFRESH_JOB, AppScheduler
from tradermanager.services import Services
from tradermanager.services.market_data import FetchReport

log = logging.getLogger(__name__)

PRICE_FETCH_JOB = "fetch candles and funding from Binance"
FETCH_INTERVAL = "1m"
DAILY_BACKFILL_DAYS = 1000  # one request of 1d candles


class PriceFetchFailed(RuntimeError):
    """Some contracts could not be fetched; the others' candles are stored."""


def price_fetch_job(
    services: Services, on_new_candles: Callable[[], object] | None = None
) -> Callable[[], FetchReport]:
    """``on_new_candles`` is called when the fetch stored candles it did not have."""

    def run() -> FetchReport:
        report = services.market.fetch(interval=FETCH_INTERVAL)
        _refresh_brackets(services)
        if on_new_candles is not None and any(s.candles_added for s in report.symbols):
            on_new_candles()
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


def _refresh_brackets(services: Services) -> None:
    """The connected account's brackets; a failure leaves the stored ones and is logged (the
    candles matter more, and the next run tries again)."""
    error = services.market.brackets.refresh_from_account(services.exchange)
    if error is not None:
        log.warning("leverage brackets not read from the exchange: %s", error)


def register_price_fetch(scheduler: AppScheduler, services: Services) -> None:
    """Fetch every ``price_fetch_minutes`` (the setting when the app starts); new candles
    have the paper account replayed soon."""
    minutes = services.settings.get().price_fetch_minutes
    job = price_fetch_job(services, lambda: scheduler.run_job_soon(PAPER_REFRESH_JOB))
    scheduler.add_job(PRICE_FETCH_JOB, job, minutes=minutes)
