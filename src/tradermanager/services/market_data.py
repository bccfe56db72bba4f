"""Market data: the candles and funding rates paper trading, backtests and the demo run on.

Symbols may be given as contracts (``BTCUSDT``) or as the tokens signals carry (``BTC``,
``btc/usdt``): :func:`contract_symbol` turns either into the USDⓈ-M contract that is stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

from tradermanager.domain.clock import Clock, SystemClock
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import (
    DAY_MS,
    INTERVALS,
    MINUTE_MS,
    Candles,
    FundingRates,
    interval_ms,
    to_ms,
)
from tradermanager.domain.tokens import QUOTE_SUFFIXES, normalise_token
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.brackets import BracketService
from tradermanager.sources.binance_archive import (
    FundingFile,
    archive_name,
    read_funding,
    read_klines,
)
from tradermanager.sources.binance_leaderboard import BinanceError
from tradermanager.sources.binance_market import BinanceMarketClient, MarketClientConfig
from tradermanager.sources.import_progress import (
    CancelFn,
    ImportCancelled,
    ImportProgress,
    ProgressFn,
    no_progress,
)
from tradermanager.store import candles as candle_repo
from tradermanager.store import funding as funding_repo
from tradermanager.store import market_symbols as symbol_repo
from tradermanager.store.candles import VALUE_COLUMNS, StoredSeries, WriteResult
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


def _with_flat_outside(
    stored: FundingRates, span: list[StoredFunding], flat: float, low: int, high: int
) -> FundingRates:
    """The stored settlements, and the flat rate before the first and after the last one
    (so a history that covers part of the period does not make the rest free of funding)."""
    if not span:
        return FundingRates.flat(stored.symbol, flat, low, high)
    # A stored settlement may be stamped a few ms after its slot (calc_time 16:00:00.003):
    # a minute's margin keeps the flat rate from settling that slot a second time.
    first, last = span[0].first, span[0].last
    before = FundingRates.flat(stored.symbol, flat, low, min(high, first - MINUTE_MS))
    after = FundingRates.flat(stored.symbol, flat, max(low, last + MINUTE_MS), high)
    if not len(before) and not len(after):
        return stored
    return FundingRates(
        stored.symbol,
        np.concatenate([before.time, stored.time, after.time]),
        np.concatenate([before.rate, stored.rate, after.rate]),
    )


@dataclass(frozen=True, slots=True)
class FileImport:
    """One imported file: what it held (times in UTC epoch ms)."""

    file: str
    kind: str  # "candles" or "funding"
    symbol: str
    interval: str | None  # None for funding
    rows: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class MarketImport:
    files: tuple[FileImport, ...]
    candles_added: int  # candles whose open time was not stored before
    funding_added: int


def _union(parts: list[Candles]) -> Candles:
    """One series from several files' candles; where files overlap, the later file wins."""
    if len(parts) == 1:
        return parts[0]
    times = np.concatenate([p.open_time for p in parts])
    columns = [np.concatenate([getattr(p, n) for p in parts]) for n in VALUE_COLUMNS]
    order = np.argsort(times, kind="stable")
    times = times[order]
    keep = np.ones(len(times), dtype=bool)
    keep[:-1] = times[1:] != times[:-1]
    first = parts[0]
    return Candles(first.symbol, first.interval, times[keep], *(c[order][keep] for c in columns))


@dataclass(frozen=True, slots=True)
class SymbolFetch:
    """What one symbol's fetch brought (times in UTC epoch ms; ``error`` when it failed)."""

    symbol: str
    interval: str
    start: int
    end: int
    candles: int  # fetched
    candles_added: int  # of those, not stored before
    funding: int
    funding_added: int
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FetchReport:
    fetched_at: datetime
    symbols: tuple[SymbolFetch, ...]

    @property
    def errors(self) -> list[str]:
        return [f"{s.symbol}: {s.error}" for s in self.symbols if s.error]


class MarketDataService:
    def __init__(
        self,
        store: Store,
        settings: AppSettingsService,
        clock: Clock | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._store = store
        self._settings = settings
        self._clock = clock or SystemClock()
        self._sleep = sleep
        # each contract's maintenance-margin brackets (stored, shipped, or estimated)
        self.brackets = BracketService(store, self._clock, contract_symbol)

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
        """Funding settlements in ``[start, end)`` per symbol: the stored history where it
        reaches, and outside it (or with none stored) the flat ``funding_rate`` setting at
        every 8-hour settlement (none at all when that setting is 0)."""
        low, high = _range(start, end)
        if low is None or high is None:
            raise ValidationError("start/end", (start, end), "both instants of the period")
        flat = self._settings.get().funding_rate
        result: dict[str, FundingRates] = {}
        for raw in dict.fromkeys(symbols):
            symbol = contract_symbol(raw)
            result[raw] = _with_flat_outside(
                funding_repo.load_funding(symbol, low, high),
                funding_repo.stored_funding(symbol),
                flat,
                low,
                high,
            )
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

    def import_files(
        self,
        paths: Iterable[Path | str],
        symbol: str | None = None,
        interval: str | None = None,
        *,
        progress: ProgressFn = no_progress,
        cancelled: CancelFn | None = None,
    ) -> MarketImport:
        """Import Binance archive files (kline or funding-rate ZIP/CSV) in one transaction.

        ``symbol`` (a contract or token) and ``interval`` override what the file names say.
        Every file is read and checked before anything is written; a bad file raises
        ArchiveFileError naming it, its line and field, and nothing is imported. Candles
        already stored merge (a re-imported candle replaces the stored one)."""
        given = None if symbol is None else contract_symbol(symbol)
        if interval is not None:
            interval_ms(interval)
        candles: dict[tuple[str, str], list[Candles]] = {}
        funding: dict[str, list[FundingFile]] = {}
        files: list[FileImport] = []
        wanted = [Path(raw) for raw in paths]

        def read(path: Path) -> Candles | FundingFile:
            if cancelled is not None and cancelled():
                raise ImportCancelled(path.name)
            named = archive_name(path)
            if named is not None and named.is_funding:
                return read_funding(path, given)
            return read_klines(path, given, interval)

        # Unzipping and parsing release the GIL: two files at a time use both cores.
        with ThreadPoolExecutor(max_workers=2) as pool:
            for done, (path, result) in enumerate(zip(wanted, pool.map(read, wanted), strict=True)):
                progress(ImportProgress(f"Read {path.name}", done + 1, len(wanted) + 1))
                if isinstance(result, FundingFile):
                    funding.setdefault(result.symbol, []).append(result)
                    times, kind, step = result.time, "funding", None
                else:
                    candles.setdefault((result.symbol, result.interval), []).append(result)
                    times, kind, step = result.open_time, "candles", result.interval
                files.append(FileImport(str(path), kind, result.symbol, step, len(times),
                                        int(times[0]), int(times[-1])))  # fmt: skip
        if not files:
            raise ValidationError("files", [], "at least one file")
        merged = [_union(parts) for parts in candles.values()]
        if cancelled is not None and cancelled():
            raise ImportCancelled("prices")
        progress(ImportProgress("Writing candles", len(wanted), len(wanted) + 1))
        added = funding_added = 0
        with self._store.write():
            for series in merged:
                added += candle_repo.write_candles(series).added
            for name, parts in funding.items():
                rows = [
                    (int(t), float(r), None)
                    for part in parts
                    for t, r in zip(part.time, part.rate, strict=True)
                ]
                funding_added += funding_repo.write_funding(name, rows)[1]
        return MarketImport(tuple(files), added, funding_added)

    def tracked_symbols(self) -> list[str]:
        """Contracts whose prices are kept fresh: those of open copies, of active traders'
        open trades, trades and signals of the last ``price_backfill_days``, and of their
        whitelists."""
        days = self._settings.get().price_backfill_days
        since = to_ms(self._clock.now()) - int(days * DAY_MS)
        contracts = set()
        for token in symbol_repo.tracked_tokens(since):
            try:
                contracts.add(contract_symbol(token))
            except ValidationError:
                continue  # a stored token no contract is named after
        return sorted(contracts)

    def fetch(
        self,
        symbols: Iterable[str] | None = None,
        interval: str = "1m",
        start: datetime | int | None = None,
        end: datetime | int | None = None,
        *,
        funding: bool = True,
        backfill_days: float | None = None,
    ) -> FetchReport:
        """Fetch closed candles (and funding settlements) from Binance's USDⓈ-M API.

        ``symbols`` defaults to :meth:`tracked_symbols`. Without ``start`` each symbol
        continues after its last stored candle, or starts ``backfill_days`` (default: the
        ``price_backfill_days`` setting) ago. Each
        symbol is written in its own transaction; one that fails (unknown symbol, network)
        is reported with its error and the others are kept."""
        step = interval_ms(interval)
        low, high = _range(start, end)
        settings = self._settings.get()
        now = self._clock.now()
        now_ms = to_ms(now)
        last_closed = now_ms // step * step  # the candle still forming opens here
        stop = last_closed if high is None else min(high, last_closed)
        days = settings.price_backfill_days if backfill_days is None else backfill_days
        backfill = now_ms - int(days * DAY_MS)
        wanted = self.tracked_symbols() if symbols is None else list(symbols)
        config = MarketClientConfig(
            base_url=settings.binance_futures_url,
            requests_per_second=settings.binance_requests_per_second,
        )
        results = []
        with BinanceMarketClient(config, sleep=self._sleep) as client:
            for raw in dict.fromkeys(wanted):
                symbol = contract_symbol(raw)
                results.append(
                    self._fetch_one(client, symbol, interval, low, stop, backfill, funding)
                )
        return FetchReport(now, tuple(results))

    def _fetch_one(
        self,
        client: BinanceMarketClient,
        symbol: str,
        interval: str,
        low: int | None,
        stop: int,
        backfill: int,
        funding: bool,
    ) -> SymbolFetch:
        step = INTERVALS[interval]
        if low is None:
            stored = candle_repo.stored_series(symbol)
            last = next((s.last_open for s in stored if s.interval == interval), None)
            begin = backfill if last is None else last + step
        else:
            begin = low
        fetched = added = settled = settled_added = 0
        try:
            if begin < stop:
                candles = client.klines(symbol, interval, begin, stop)
                fetched = len(candles)
                with self._store.write():
                    added = candle_repo.write_candles(candles).added
            if funding:
                since = funding_repo.last_funding_time(symbol) if low is None else None
                first = begin if since is None else since + 1
                page = client.funding_rates(symbol, first, stop)
                settled = len(page.time)
                rows = [
                    (int(t), float(r), None if np.isnan(m) else float(m))
                    for t, r, m in zip(page.time, page.rate, page.mark_price, strict=True)
                ]
                with self._store.write():
                    settled_added = funding_repo.write_funding(symbol, rows)[1]
        except BinanceError as exc:
            return SymbolFetch(symbol, interval, begin, stop, fetched, added, settled,
                               settled_added, str(exc))  # fmt: skip
        return SymbolFetch(symbol, interval, begin, stop, fetched, added, settled, settled_added)

    def stored(self, symbol: str | None = None) -> list[StoredSeries]:
        """What candles are stored: per symbol and interval, first and last open, count."""
        return candle_repo.stored_series(None if symbol is None else contract_symbol(symbol))

    def delete(self, symbol: str, interval: str | None = None) -> int:
        """Remove a contract's stored candles (of one interval, or all) and, without an
        interval, its funding history; returns the number of candles removed."""
        contract = contract_symbol(symbol)
        intervals = [s.interval for s in candle_repo.stored_series(contract)]
        if interval is not None:
            interval_ms(interval)
            intervals = [i for i in intervals if i == interval]
        removed = 0
        with self._store.write():
            for name in intervals:
                removed += candle_repo.delete_series(contract, name)
            if interval is None:
                funding_repo.delete_funding(contract)
        return removed

    def stored_funding(self, symbol: str | None = None) -> list[StoredFunding]:
        return funding_repo.stored_funding(None if symbol is None else contract_symbol(symbol))
