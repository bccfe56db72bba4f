"""Global settings that apply to every trader, with their bounds."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlsplit

from tradermanager.domain.engine.costs import (
    DEFAULT_LAG_SECONDS,
    DEFAULT_MAKER_FEE,
    EngineCosts,
)
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.paper import (
    DEFAULT_BASE_SIZE,
    DEFAULT_MAINTENANCE_MARGIN,
    DEFAULT_SLIPPAGE,
    DEFAULT_TAKER_FEE,
    ExecutionCosts,
)

DEFAULT_BINANCE_BASE_URL = "https://www.binance.com"
DEFAULT_BINANCE_FUTURES_URL = "https://fapi.binance.com"
# Binance's funding rate when the premium is nil: the 0.01 % interest component per 8 hours.
DEFAULT_FUNDING_RATE = 0.0001


@dataclass(frozen=True, slots=True, kw_only=True)
class AppSettings:
    base_size: float = DEFAULT_BASE_SIZE  # USD margin per trade at 1×
    slippage: float = DEFAULT_SLIPPAGE  # fraction
    taker_fee: float = DEFAULT_TAKER_FEE  # fraction of notional
    maintenance_margin: float = DEFAULT_MAINTENANCE_MARGIN  # fraction of notional
    require_confidence: bool = False  # reject signals that carry no confidence
    my_capital: float = 10_000.0  # USD, the base of "P&L contribution %"
    refresh_minutes: float = 5.0  # background metric refresh and alert evaluation
    binance_poll_minutes: float = 2.0  # how often Binance lead traders' positions are read
    binance_requests_per_second: float = 2.0  # politeness towards the Binance site
    binance_base_url: str = DEFAULT_BINANCE_BASE_URL  # where the leaderboard endpoints live
    # Fraction of notional paid by longs to shorts every 8 h where no history is stored; 0: off.
    funding_rate: float = DEFAULT_FUNDING_RATE
    binance_futures_url: str = DEFAULT_BINANCE_FUTURES_URL  # USDⓈ-M market data (candles)
    price_fetch_minutes: float = 15.0  # how often candles of traded symbols are fetched
    price_backfill_days: float = 30.0  # how far back a symbol's first fetch reaches
    maker_fee: float = DEFAULT_MAKER_FEE  # fraction of notional, resting limit orders
    lag_seconds: float = DEFAULT_LAG_SECONDS  # from receiving a signal to an order at market
    api_enabled: bool = False  # the window also serves the HTTP API (docs/api.md)
    api_port: int = 8765  # on 127.0.0.1
    # Account guards of the execution engine (docs/execution.md); 0 turns one off.
    max_open_positions: int = 0  # copies open or resting, all traders together
    max_token_exposure: float = 0.0  # USD notional per token
    daily_loss_limit: float = 0.0  # fraction of the wallet at the start of the UTC day
    daily_loss_close_all: bool = False  # reaching the daily limit also closes every copy

    @property
    def costs(self) -> ExecutionCosts:
        return ExecutionCosts(self.slippage, self.taker_fee, self.maintenance_margin)

    @property
    def engine_costs(self) -> EngineCosts:
        """What the execution engine charges (docs/execution.md)."""
        return EngineCosts(
            taker_fee=self.taker_fee,
            maker_fee=self.maker_fee,
            slippage=self.slippage,
            lag_seconds=self.lag_seconds,
            funding_rate=self.funding_rate,
        )


_BOUNDS: dict[str, tuple[float, float, str]] = {
    "base_size": (1.0, 1e9, "a USD amount from 1 to 1e9"),
    "slippage": (0.0, 0.05, "a fraction from 0 to 0.05"),
    "taker_fee": (0.0, 0.01, "a fraction from 0 to 0.01"),
    "maker_fee": (-0.001, 0.01, "a fraction from -0.001 (a rebate) to 0.01"),
    "lag_seconds": (0.0, 3600.0, "seconds from 0 to 3600"),
    "maintenance_margin": (0.0, 0.5, "a fraction from 0 to 0.5"),
    "my_capital": (1.0, 1e12, "a USD amount from 1 to 1e12"),
    "refresh_minutes": (0.5, 1440.0, "minutes from 0.5 to 1440"),
    "binance_poll_minutes": (0.5, 1440.0, "minutes from 0.5 to 1440"),
    "binance_requests_per_second": (0.1, 10.0, "requests per second from 0.1 to 10"),
    # Binance caps most contracts' funding at ±0.75 % … ±3 % per period.
    "funding_rate": (-0.03, 0.03, "a fraction per 8 hours from -0.03 to 0.03 (0 turns it off)"),
    "price_fetch_minutes": (1.0, 1440.0, "minutes from 1 to 1440"),
    "price_backfill_days": (1.0, 3650.0, "days from 1 to 3650"),
    "max_open_positions": (0, 10_000, "a whole number from 0 to 10000 (0 = no limit)"),
    "max_token_exposure": (0.0, 1e12, "a USD amount from 0 to 1e12 (0 = no limit)"),
    "daily_loss_limit": (0.0, 1.0, "a fraction of the wallet from 0 to 1 (0 = off)"),
}
WHOLE_SETTINGS = frozenset({"max_open_positions"})
BOOLEAN_SETTINGS = frozenset({"require_confidence", "api_enabled", "daily_loss_close_all"})
APP_SETTING_NAMES = tuple(f.name for f in fields(AppSettings))


def setting_bounds(key: str) -> tuple[float, float, str]:
    """(lowest, highest, the range in words) of a numeric global setting, for forms."""
    return _BOUNDS[key]


def update_app_settings(current: AppSettings, **changes: Any) -> AppSettings:
    """A validated copy of ``current`` with ``changes``; unknown keys raise."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "api_port":
            clean[key] = _port(key, value)
            continue
        if key in BOOLEAN_SETTINGS:
            if not isinstance(value, bool):
                raise ValidationError(key, value, "true or false")
            clean[key] = value
            continue
        if key in ("binance_base_url", "binance_futures_url"):
            clean[key] = _base_url(key, value)
            continue
        if key not in _BOUNDS:
            raise ValidationError(key, value, f"one of {', '.join(APP_SETTING_NAMES)}")
        low, high, allowed = _BOUNDS[key]
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(key, value, allowed) from None
        if isinstance(value, bool) or not low <= number <= high:
            raise ValidationError(key, value, allowed)
        if key in WHOLE_SETTINGS:
            if number != int(number):
                raise ValidationError(key, value, allowed)
            clean[key] = int(number)
            continue
        clean[key] = number
    return replace(current, **clean)


def _port(key: str, value: Any) -> int:
    allowed = "a TCP port from 1024 to 65535"
    try:
        port = int(str(value).strip()) if not isinstance(value, bool | float) else None
    except ValueError:
        port = None
    if port is None or not 1024 <= port <= 65535:
        raise ValidationError(key, value, allowed)
    return port


def _base_url(key: str, value: Any) -> str:
    """An http(s) address with a host and nothing after the path, without a trailing slash."""
    allowed = "an http:// or https:// address such as https://www.binance.com"
    if not isinstance(value, str):
        raise ValidationError(key, value, allowed)
    text = value.strip().rstrip("/")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises for a malformed port
    except ValueError:
        raise ValidationError(key, value, allowed) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ValidationError(key, value, allowed)
    return text
