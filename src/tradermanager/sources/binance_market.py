"""Binance USDⓈ-M futures public market data: klines and funding-rate history.

``GET /fapi/v1/klines?symbol=&interval=&startTime=&endTime=&limit=`` answers a JSON list of
klines, oldest first, each a list of twelve fields: open time (ms), open, high, low, close,
volume (numbers as text), close time (ms), quote volume, number of trades, taker buy base
volume, taker buy quote volume, ignore. At most 1,500 a request; 1,000 cost a request weight
of 5 (more cost 10), so pages of 1,000 are the cheapest per candle. ``GET
/fapi/v1/fundingRate?symbol=&startTime=&endTime=&limit=`` answers up to 1,000 objects
``{"symbol", "fundingRate", "fundingTime", "markPrice"}``, oldest first. Both page forward by
``startTime``. Errors are ``{"code": -1121, "msg": "Invalid symbol."}`` with a 4xx status; 429
(too many requests) and 418 (address banned for ignoring 429s) carry ``Retry-After``.

The client is polite and bounded: a shared rate limit, retries with back-off for network
errors, 5xx and 429 (waiting what ``Retry-After`` asks, up to a limit), an overall deadline per
call that also cuts off a server dripping its answer, and a maximum body size.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import numpy as np

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import INTERVALS, INTERVALS_ALLOWED, Candles
from tradermanager.sources.binance_leaderboard import (
    USER_AGENT,
    BinanceError,
    BinanceUnavailable,
    RateLimiter,
    retry_after_seconds,
)
from tradermanager.sources.bounded_read import (
    BodyTooLarge,
    DeadlineExceeded,
    ReadLimits,
    bounded_request,
)

DEFAULT_FUTURES_URL = "https://fapi.binance.com"
KLINES = "/fapi/v1/klines"
FUNDING = "/fapi/v1/fundingRate"
KLINE_PAGE = 1000
FUNDING_PAGE = 1000


@dataclass(frozen=True, slots=True)
class MarketClientConfig:
    """Times in seconds, sizes in bytes."""

    base_url: str = DEFAULT_FUTURES_URL
    requests_per_second: float = 2.0
    connect_timeout: float = 3.0
    read_timeout: float = 10.0
    retries: int = 3  # attempts after the first
    backoff: float = 0.5  # first wait; doubles each retry
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    deadline: float = 300.0  # one klines()/funding_rates() call, all pages and waits
    max_body: int = 2 * 2**20  # a page of 1,000 klines is about 170 kB


@dataclass(frozen=True, slots=True)
class FundingPage:
    """Funding settlements as fetched: times (ms), rates, mark prices (NaN where absent)."""

    symbol: str
    time: np.ndarray
    rate: np.ndarray
    mark_price: np.ndarray


class BinanceMarketClient:
    """One HTTP connection pool to Binance's futures API; a context manager."""

    def __init__(
        self,
        config: MarketClientConfig | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config or MarketClientConfig()
        self._sleep = sleep
        self._monotonic = monotonic
        self._limiter = RateLimiter(self.config.requests_per_second, sleep=sleep)
        self._http = httpx.Client(
            base_url=self.config.base_url.rstrip("/"),
            timeout=httpx.Timeout(
                self.config.read_timeout, connect=self.config.connect_timeout, pool=None
            ),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            transport=transport,
            follow_redirects=False,
        )

    def __enter__(self) -> BinanceMarketClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- klines ----------------------------------------------------------------------------

    def klines(self, symbol: str, interval: str, start_ms: int, end_ms: int) -> Candles:
        """Every candle of ``symbol`` opening in ``[start_ms, end_ms)``, page by page.

        Pass an ``end_ms`` no later than the open of the candle still forming, so that only
        closed candles are fetched."""
        if interval not in INTERVALS:
            raise ValidationError("interval", interval, INTERVALS_ALLOWED)
        step = INTERVALS[interval]
        deadline = self._monotonic() + self.config.deadline
        rows: list[np.ndarray] = []
        cursor = -(-start_ms // step) * step
        while cursor < end_ms:
            params = {
                "symbol": symbol,
                "interval": interval,
                "startTime": cursor,
                "endTime": end_ms - 1,
                "limit": KLINE_PAGE,
            }
            page = _kline_rows(self._get(KLINES, params, deadline), step, cursor, end_ms)
            if not len(page):
                break
            rows.append(page)
            cursor = int(page[-1, 0]) + step
            if len(page) < KLINE_PAGE:
                break
        if not rows:
            return Candles.empty(symbol, interval)
        table = np.concatenate(rows)
        return Candles(
            symbol,
            interval,
            table[:, 0].astype(np.int64),
            table[:, 1],
            table[:, 2],
            table[:, 3],
            table[:, 4],
            table[:, 5],
        )

    # -- funding ---------------------------------------------------------------------------

    def funding_rates(self, symbol: str, start_ms: int, end_ms: int) -> FundingPage:
        """Every funding settlement of ``symbol`` in ``[start_ms, end_ms)``."""
        deadline = self._monotonic() + self.config.deadline
        found: list[tuple[int, float, float]] = []
        cursor = start_ms
        while cursor < end_ms:
            params = {
                "symbol": symbol,
                "startTime": cursor,
                "endTime": end_ms - 1,
                "limit": FUNDING_PAGE,
            }
            page = _funding_rows(self._get(FUNDING, params, deadline), symbol, cursor, end_ms)
            if not page:
                break
            found.extend(page)
            cursor = page[-1][0] + 1
            if len(page) < FUNDING_PAGE:
                break
        times = np.array([t for t, _, _ in found], dtype=np.int64)
        if len(times) > 1 and not bool(np.all(times[1:] > times[:-1])):
            raise BinanceError(FUNDING, "settlements are not in time order")
        return FundingPage(
            symbol,
            times,
            np.array([r for _, r, _ in found], dtype=np.float64),
            np.array([m for _, _, m in found], dtype=np.float64),
        )

    # -- transport -------------------------------------------------------------------------

    def _get(self, endpoint: str, params: dict[str, Any], deadline: float) -> Any:
        cfg = self.config
        problem = ""
        for attempt in range(cfg.retries + 1):
            wait = min(cfg.max_backoff, cfg.backoff * 2**attempt)
            self._check_deadline(endpoint, deadline)
            self._limiter.wait()
            try:
                status, headers, body = self._fetch(endpoint, params, deadline)
            except httpx.TimeoutException as exc:
                problem = f"timed out ({type(exc).__name__})"
            except httpx.TransportError as exc:
                problem = f"network error: {type(exc).__name__}: {exc}"
            else:
                if status == 200:
                    return _json(endpoint, body, headers)
                message = _error_message(body)
                if status in (429, 418):
                    asked = retry_after_seconds(headers.get("retry-after"))
                    problem = f"rate limited (HTTP {status}){message}"
                    if status == 418 or (asked is not None and asked > cfg.max_retry_after):
                        after = f"; asked to wait {asked:g} s" if asked is not None else ""
                        raise BinanceUnavailable(endpoint, f"{problem}{after}")
                    wait = max(wait, asked or 0.0)
                elif status >= 500:
                    problem = f"server error HTTP {status}{message}"
                elif status in (403, 451):
                    raise BinanceError(
                        endpoint, f"refused with HTTP {status}{message} (the site may block "
                        "this region; set binance_futures_url to a reachable address)"
                    )  # fmt: skip
                else:
                    raise BinanceError(endpoint, f"refused with HTTP {status}{message}")
            if attempt < cfg.retries:
                self._check_deadline(endpoint, deadline, wait)
                self._sleep(wait)
        tries = cfg.retries + 1
        raise BinanceUnavailable(endpoint, f"{problem}, {tries} attempt{'s' * (tries > 1)}")

    def _check_deadline(self, endpoint: str, deadline: float, wait: float = 0.0) -> None:
        if self._monotonic() + wait > deadline:
            raise BinanceUnavailable(
                endpoint, f"gave up: the fetch would take longer than {self.config.deadline:g} s"
            )

    def _fetch(
        self, endpoint: str, params: dict[str, Any], deadline: float
    ) -> tuple[int, httpx.Headers, bytes]:
        """One GET read whole within the call's deadline and ``max_body``
        (sources/bounded_read.py: a slow or endless server cannot hold the call)."""
        cfg = self.config
        ends_at = time.monotonic() + (deadline - self._monotonic())
        limits = ReadLimits(cfg.deadline, cfg.max_body)
        try:
            response = bounded_request(
                self._http, "GET", endpoint, limits, ends_at=ends_at, params=params
            )
        except BodyTooLarge as exc:
            raise BinanceError(endpoint, f"answer too large: {exc.problem}") from None
        except DeadlineExceeded as exc:
            raise BinanceUnavailable(
                endpoint, f"the answer was still arriving (or never came) after "
                f"{cfg.deadline:g} s: {exc.problem}",
            ) from None  # fmt: skip
        return response.status_code, response.headers, response.content


def _json(endpoint: str, body: bytes, headers: httpx.Headers) -> Any:
    try:
        return json.loads(body)
    except ValueError as exc:
        start = " ".join(body[:50].decode("utf-8", "replace").split())
        if "html" in headers.get("content-type", "").lower() or start.lower().startswith("<"):
            problem = f"answered an HTML page instead of JSON (starts with {start!r})"
        else:
            problem = f"answered a body that is not valid JSON ({exc})"
        raise BinanceError(endpoint, problem) from None


def _error_message(body: bytes) -> str:
    """``: <msg> (code <code>)`` from a Binance error body, or nothing."""
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    if isinstance(data, dict) and "msg" in data:
        return f": {str(data['msg'])[:200]} (code {data.get('code')})"
    return ""


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return type(value).__name__


def _kline_rows(data: Any, step: int, start: int, end: int) -> np.ndarray:
    """A page of klines as an (n, 6) float64 table of open time and o/h/l/c/v, checked."""
    if not isinstance(data, list):
        raise BinanceError(KLINES, f"the answer is {_kind(data)}, expected a list of klines")
    table = np.empty((len(data), 6), dtype=np.float64)
    previous = start - 1
    for i, row in enumerate(data):
        where = f"kline {i}"
        if not isinstance(row, list) or len(row) < 7:
            raise BinanceError(KLINES, f"{where} is {_kind(row)}, expected a list of 12 fields")
        opened, closed = row[0], row[6]
        if not isinstance(opened, int) or isinstance(opened, bool) or opened <= previous:
            raise BinanceError(KLINES, f"{where}: open time {opened!r} is not after {previous}")
        if opened % step or not start <= opened < end:
            raise BinanceError(KLINES, f"{where}: open time {opened!r} is not a candle asked for")
        if closed != opened + step - 1:
            raise BinanceError(KLINES, f"{where}: close time {closed!r} does not fit the interval")
        values = []
        for j, name in enumerate(("open", "high", "low", "close", "volume"), start=1):
            value = row[j]
            try:
                number = float(value) if isinstance(value, str | int | float) else math.nan
            except ValueError:
                number = math.nan
            if isinstance(value, bool) or not math.isfinite(number) or number < 0:
                raise BinanceError(KLINES, f"{where}: {name} is {_kind(value)}, expected a number")
            values.append(number)
        o, h, lo, c, v = values
        if lo <= 0 or h < max(o, c) or lo > min(o, c):
            raise BinanceError(KLINES, f"{where}: prices {values[:4]} are not a candle")
        table[i] = (opened, o, h, lo, c, v)
        previous = opened
    return table


def _funding_rows(data: Any, symbol: str, start: int, end: int) -> list[tuple[int, float, float]]:
    if not isinstance(data, list):
        raise BinanceError(FUNDING, f"the answer is {_kind(data)}, expected a list")
    rows = []
    for i, item in enumerate(data):
        where = f"settlement {i}"
        if not isinstance(item, dict):
            raise BinanceError(FUNDING, f"{where} is {_kind(item)}, expected an object")
        when, rate, mark = item.get("fundingTime"), item.get("fundingRate"), item.get("markPrice")
        if item.get("symbol") != symbol:
            raise BinanceError(FUNDING, f"{where} is for {item.get('symbol')!r}, not {symbol}")
        if not isinstance(when, int) or isinstance(when, bool) or not start <= when < end:
            raise BinanceError(FUNDING, f"{where}: fundingTime {when!r} is not a time asked for")
        try:
            value = float(rate)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value) or abs(value) > 0.1:
            raise BinanceError(FUNDING, f"{where}: fundingRate is {_kind(rate)}, expected a rate")
        try:
            price = float(mark) if mark not in (None, "") else math.nan
        except (TypeError, ValueError):
            price = math.nan
        rows.append((when, value, price))
    return rows
