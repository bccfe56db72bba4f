"""Plausible bounds for what arrives from outside: times, prices, quantities and USD amounts.

Every importer (Telegram export and live, Binance trade history and leaderboard, generic
CSV/XLSX) and the ``signal`` command check their values here, so one file says what a
plausible value is. A value outside these bounds is a typo, a unit mix-up or a hostile
file, never a trade: a row dated 9999-12-31 or priced 1e308 would otherwise be stored and
then break every metric, window and report of its trader.

* times: from 2009-01-01 (the first Bitcoin block) to the end of 2100, UTC;
* prices: above 0, from 1e-12 (the smallest meme-coin quotes are around 1e-9) to 1e9 USD;
* quantities: above 0, at most 1e12 units;
* notionals (price × quantity): above 0, at most 1e10 USD for one trade or fill;
* signed USD amounts (P&L, fees, realized profit): at most 1e10 USD either way.

NaN and infinities are refused everywhere.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from tradermanager.domain.errors import ValidationError

EARLIEST_TIME = datetime(2009, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2100, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
PRICE_MIN, PRICE_MAX = 1e-12, 1e9  # USD per unit
QUANTITY_MAX = 1e12  # units of the token
NOTIONAL_MAX = 1e10  # USD
USD_AMOUNT_MAX = NOTIONAL_MAX  # |P&L|, |fee|, USD

TIME_ALLOWED = "a time from 2009-01-01 to 2100-12-31 (UTC)"
PRICE_ALLOWED = "a price above 0, from 1e-12 to 1e9 USD"
QUANTITY_ALLOWED = "a quantity above 0, at most 1e12"
NOTIONAL_ALLOWED = "a notional (price × quantity) above 0, at most 1e10 USD"
USD_AMOUNT_ALLOWED = "a finite USD amount from -1e10 to 1e10"


def time_in_bounds(value: datetime) -> bool:
    """Whether an aware ``value`` lies from 2009 to the end of 2100 (naive times count as UTC)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return EARLIEST_TIME <= aware <= LATEST_TIME


def check_time(value: datetime, field: str, given: Any = None) -> datetime:
    """``value`` when it is plausible; else ValidationError naming ``field`` and showing
    ``given`` (the text as written) or the time."""
    if not time_in_bounds(value):
        raise ValidationError(field, value.isoformat() if given is None else given, TIME_ALLOWED)
    return value


def check_unix_seconds(seconds: float, field: str, given: Any = None) -> datetime:
    """A Unix time in seconds as an aware UTC datetime, refused outside the bounds (also
    the values ``datetime.fromtimestamp`` cannot represent at all)."""
    shown = seconds if given is None else given
    low, high = EARLIEST_TIME.timestamp(), LATEST_TIME.timestamp()
    if not isinstance(seconds, int | float) or not math.isfinite(seconds):
        raise ValidationError(field, shown, TIME_ALLOWED)
    if not low <= seconds <= high:
        raise ValidationError(field, shown, TIME_ALLOWED)
    return datetime.fromtimestamp(seconds, tz=UTC)


def _finite(value: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def price_in_bounds(value: float) -> bool:
    return _finite(value) and PRICE_MIN <= value <= PRICE_MAX


def check_price(value: float, field: str, given: Any = None) -> float:
    if not price_in_bounds(value):
        raise ValidationError(field, value if given is None else given, PRICE_ALLOWED)
    return float(value)


def check_quantity(value: float, field: str, given: Any = None) -> float:
    if not (_finite(value) and 0 < value <= QUANTITY_MAX):
        raise ValidationError(field, value if given is None else given, QUANTITY_ALLOWED)
    return float(value)


def check_notional(value: float, field: str, given: Any = None) -> float:
    if not (_finite(value) and 0 < value <= NOTIONAL_MAX):
        raise ValidationError(field, value if given is None else given, NOTIONAL_ALLOWED)
    return float(value)


def check_usd_amount(value: float, field: str, given: Any = None) -> float:
    if not (_finite(value) and abs(value) <= USD_AMOUNT_MAX):
        raise ValidationError(field, value if given is None else given, USD_AMOUNT_ALLOWED)
    return float(value)
