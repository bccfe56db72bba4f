"""Market data: the candles and funding rates paper trading, backtests and the demo run on.

Symbols may be given as contracts (``BTCUSDT``) or as the tokens signals carry (``BTC``,
``btc/usdt``): :func:`contract_symbol` turns either into the USDⓈ-M contract that is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import Candles, FundingRates, interval_ms, to_ms
from tradermanager.domain.tokens import QUOTE_SUFFIXES, normalise_token
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.store import candles as candle_repo
from tradermanager.store import funding as funding_repo
from tradermanager.store.candles import StoredSeries, WriteResult
from tradermanager.store.connection import Store
from tradermanager.store.funding import StoredFunding

# Quotes of Binance's USDⓈ-M contracts; a token without one trades against USDT.
CONTRACT_QUOTES = ("USDT", "USDC")


def contract_symbol(raw: str, field: str = "symbol") -> str:
    """The USDⓈ-M contract of a symbol or token: ``BTC``, ``#btc``, ``BTC/USDT`` and
    ``BTCUSDT`` all give ``BTCUSDT``; ``ETHUSDC`` stays itself."""
    token = normalise_token(raw, field)
    text = "".join(ch for ch in str(raw).upper() if ch.isalnum())
    for quote in CONTRACT_QUOTES:
        if text == f"{token}{quote}":
            return text
    if token in QUOTE_SUFFIXES and text == token:
        raise ValidationError(field, raw, "a token or contract, not a quote currency on its own")
    return f"{token}USDT"


def _range(
    start: datetime | int | None, end: datetime | int | None
) -> tuple[int | None, int | None]:
    def ms(value: datetime | int | None) -> int | None:
        if value is None or isinstance(value, int):
            return value
        return to_ms(value)

    low, high = ms(start), ms(end)
    if low is not None and high is not None and high < low:
        raise ValidationError("end", high, f"an instant at or after the start ({low})")
    return low, high


class MarketDataService:
    def __init__(self, store: Store, settings: AppSettingsService) -> None:
        self._store = store
        self._settings = settings

    def candles(
        self,
        symbols: Iterable[str],
        interval: str,
        start: datetime | int | None = None,
        end: datetime | int | None = None,
    ) -> dict[str, Candles]:
        """Stored candles opening in ``[start, end)`` (datetimes or UTC epoch ms; None is
        unbounded), keyed by the name each symbol was asked by; empty where none are stored."""
        interval_ms(interval)
        low, high = _range(start, end)
        return {
            raw: candle_repo.load_candles(contract_symbol(raw), interval, low, high)
            for raw in dict.fromkeys(symbols)
        }

    def funding(
        self,
        symbols: Iterable[str],
        start: datetime | int,
        end: datetime | int,
    ) -> dict[str, FundingRates]:
        """Funding settlements in ``[start, end)`` per symbol: the stored history where there
        is any for the symbol, else the flat ``funding_rate`` setting every 8 hours (none at
        all when that setting is 0)."""
        low, high = _range(start, end)
        if low is None or high is None:
            raise ValidationError("start/end", (start, end), "both instants of the period")
        flat = self._settings.get().funding_rate
        result: dict[str, FundingRates] = {}
        for raw in dict.fromkeys(symbols):
            symbol = contract_symbol(raw)
            if funding_repo.last_funding_time(symbol) is not None:
                result[raw] = funding_repo.load_funding(symbol, low, high)
            else:
                result[raw] = FundingRates.flat(symbol, flat, low, high)
        return result

    def save_candles(self, series: Iterable[Candles]) -> WriteResult:
        """Merge candles into the store in one transaction (a stored candle with the same
        open time is replaced)."""
        written = added = 0
        with self._store.write():
            for candles in series:
                result = candle_repo.write_candles(candles)
                written += result.written
                added += result.added
        return WriteResult(written, added)

    def stored(self, symbol: str | None = None) -> list[StoredSeries]:
        """What candles are stored: per symbol and interval, first and last open, count."""
        return candle_repo.stored_series(None if symbol is None else contract_symbol(symbol))

    def stored_funding(self, symbol: str | None = None) -> list[StoredFunding]:
        return funding_repo.stored_funding(None if symbol is None else contract_symbol(symbol))
