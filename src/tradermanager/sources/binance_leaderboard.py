"""Reading a Binance Futures lead trader's public profile, performance and open positions.

These are the web endpoints the leaderboard pages of binance.com call (``POST`` with
``{"encryptedUid": ..., "tradeType": "PERPETUAL"}``, answers ``{"code": "000000", "data": ...,
"success": true}``). They are not a documented API, so every answer is checked strictly: a
non-JSON page, an error code or a missing or mistyped field raises :class:`BinanceError`
naming the endpoint and what was wrong.

The client is polite and patient within bounds: at most ``requests_per_second`` requests
(shared by every thread using the client), short connect/read timeouts, and retries with
exponential back-off on network errors and 5xx answers; a 429 waits what ``Retry-After``
asks, unless that is longer than ``max_retry_after`` — a background poll must not hang.
Each read, retries included, ends within ``deadline`` seconds and refuses a body above
``max_body`` bytes (:mod:`tradermanager.sources.bounded_read`): a server that drips bytes
or streams without end gets a clear error, not a poll that never returns. Positions with a
price outside ``domain.bounds`` are refused like any other malformed answer.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from tradermanager.domain.bounds import PRICE_ALLOWED, price_in_bounds
from tradermanager.domain.enums import Side
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import normalise_token
from tradermanager.sources.bounded_read import ReadLimitExceeded, ReadLimits, bounded_request
from tradermanager.sources.position_diff import LeadPosition, by_key

DEFAULT_BASE_URL = "https://www.binance.com"
_LEADERBOARD = "/bapi/futures/v1/public/future/leaderboard"
PROFILE = f"{_LEADERBOARD}/getOtherLeaderboardBaseInfo"
PERFORMANCE = f"{_LEADERBOARD}/getOtherPerformance"
POSITIONS = f"{_LEADERBOARD}/getOtherPosition"
OK_CODE = "000000"
USER_AGENT = "tradermanager (copy-trading risk manager; polite poller)"


class BinanceError(Exception):
    """A Binance answer we could not use; the message names the endpoint and the problem."""

    def __init__(self, endpoint: str, problem: str) -> None:
        self.endpoint = endpoint
        self.problem = problem
        super().__init__(f"Binance {endpoint.rsplit('/', 1)[-1]}: {problem}")


class BinanceUnavailable(BinanceError):
    """Network trouble, 5xx or rate limiting that outlasted the retries."""


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Timeouts and waits in seconds."""

    base_url: str = DEFAULT_BASE_URL
    requests_per_second: float = 2.0
    connect_timeout: float = 3.0
    read_timeout: float = 8.0
    retries: int = 3  # attempts after the first
    backoff: float = 0.5  # first wait; doubles each retry
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    deadline: float = 20.0  # one read, retries and waits included
    max_body: int = 2_000_000  # bytes; the real answers are a few kB


@dataclass(frozen=True, slots=True)
class LeadProfile:
    encrypted_uid: str
    nickname: str
    positions_shared: bool
    followers: int | None = None


@dataclass(frozen=True, slots=True)
class PerformanceFigure:
    """One leaderboard figure: ``period`` DAILY/WEEKLY/MONTHLY/ALL…, ``statistic`` ROI (a
    fraction) or PNL (USD), as Binance reports it."""

    period: str
    statistic: str
    value: float


@dataclass(frozen=True, slots=True)
class LeadPositions:
    """Open positions, or ``hidden`` when the trader does not share them (``positions`` is
    then empty and means nothing)."""

    hidden: bool
    positions: tuple[LeadPosition, ...] = ()


class RateLimiter:
    """At most ``per_second`` starts per second: each caller waits for its slot (thread-safe)."""

    def __init__(
        self,
        per_second: float,
        *,
        now: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not per_second > 0:
            raise ValidationError("requests_per_second", per_second, "a number above 0")
        self._interval = 1.0 / per_second
        self._now = now
        self._sleep = sleep
        self._next = -math.inf
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            start = max(self._now(), self._next)
            self._next = start + self._interval
        delay = start - self._now()
        if delay > 0:
            self._sleep(delay)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds (a number or an HTTP date); None when absent or unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BinanceLeaderboardClient:
    """One HTTP connection pool to Binance; use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config or ClientConfig()
        self._sleep = sleep
        self._limiter = RateLimiter(self.config.requests_per_second, sleep=sleep)
        timeout = httpx.Timeout(
            self.config.read_timeout, connect=self.config.connect_timeout, pool=None
        )
        self._http = httpx.Client(
            base_url=self.config.base_url.rstrip("/"),
            timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            transport=transport,
            follow_redirects=False,
        )

    def __enter__(self) -> BinanceLeaderboardClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- the three reads ---------------------------------------------------------------------

    def profile(self, encrypted_uid: str) -> LeadProfile:
        data = self._post(PROFILE, encrypted_uid)
        if data is None:
            raise BinanceError(PROFILE, f"no lead trader with encryptedUid {encrypted_uid!r}")
        obj = _object(data, PROFILE, "data")
        followers = obj.get("followerCount")
        return LeadProfile(
            encrypted_uid=encrypted_uid,
            nickname=_text(obj, "nickName", PROFILE, "data"),
            positions_shared=_flag(obj, "positionShared", PROFILE, "data"),
            followers=None
            if followers is None
            else int(_number(followers, PROFILE, "data.followerCount")),
        )

    def performance(self, encrypted_uid: str) -> tuple[PerformanceFigure, ...]:
        data = self._post(PERFORMANCE, encrypted_uid)
        obj = _object(data, PERFORMANCE, "data")
        rows = obj.get("performanceRetList", _MISSING)
        if rows is _MISSING:
            raise BinanceError(PERFORMANCE, "field 'performanceRetList' is missing in data")
        if rows is None:
            return ()
        figures = []
        for i, row in enumerate(_array(rows, PERFORMANCE, "data.performanceRetList")):
            where = f"performanceRetList[{i}]"
            item = _object(row, PERFORMANCE, where)
            figures.append(
                PerformanceFigure(
                    period=_text(item, "periodType", PERFORMANCE, where),
                    statistic=_text(item, "statisticsType", PERFORMANCE, where),
                    value=_number(
                        _get(item, "value", PERFORMANCE, where), PERFORMANCE, f"{where}.value"
                    ),
                )
            )
        return tuple(figures)

    def positions(self, encrypted_uid: str) -> LeadPositions:
        try:
            data = self._post(POSITIONS, encrypted_uid)
        except BinanceError as exc:
            answer = exc.problem.lower()
            if answer.startswith("error code") and "share" in answer:  # "… not shared"
                return LeadPositions(hidden=True)
            raise
        if data is None:
            return LeadPositions(hidden=True)
        obj = _object(data, POSITIONS, "data")
        rows = obj.get("otherPositionRetList", _MISSING)
        if rows is _MISSING:
            raise BinanceError(POSITIONS, "field 'otherPositionRetList' is missing in data")
        if rows is None:
            return LeadPositions(hidden=True)
        positions = [
            p
            for i, row in enumerate(_array(rows, POSITIONS, "data.otherPositionRetList"))
            if (p := _position(row, i)) is not None
        ]
        try:
            by_key(positions)
        except ValidationError as exc:
            raise BinanceError(POSITIONS, f"the same position is listed twice ({exc})") from None
        return LeadPositions(hidden=False, positions=tuple(positions))

    # -- transport ---------------------------------------------------------------------------

    def _post(self, endpoint: str, encrypted_uid: str) -> Any:
        """POST the trader's id; the answer's ``data`` once the envelope checks out."""
        return self.call(endpoint, {"encryptedUid": encrypted_uid, "tradeType": "PERPETUAL"})

    def call(
        self,
        endpoint: str,
        payload: dict[str, Any] | None = None,
        *,
        params: dict[str, str] | None = None,
    ) -> Any:
        """Another endpoint of the same site, with the same politeness and checks: POST
        ``payload`` as JSON (or GET with query ``params`` when there is no payload); the
        answer's ``data`` once the envelope checks out."""
        response = self._send(endpoint, payload, params)
        try:
            body = response.json()
        except ValueError as exc:
            start = " ".join(response.text[:50].split())
            kind = response.headers.get("content-type", "").lower()
            if "html" in kind or start.lower().startswith(("<!doctype", "<html")):
                problem = f"answered an HTML page instead of JSON (starts with {start!r})"
            else:
                problem = f"answered a body that is not valid JSON ({exc})"
            raise BinanceError(endpoint, problem) from None
        envelope = _object(body, endpoint, "the answer")
        code = envelope.get("code", _MISSING)
        if code is _MISSING:
            raise BinanceError(endpoint, "the answer has no 'code' field")
        if str(code) != OK_CODE or envelope.get("success") is not True:
            message = envelope.get("message") or envelope.get("messageDetail") or "no message"
            raise BinanceError(endpoint, f"error code {code!r}: {message}")
        if "data" not in envelope:
            raise BinanceError(endpoint, "the answer has no 'data' field")
        return envelope["data"]

    def _send(
        self,
        endpoint: str,
        payload: dict[str, Any] | None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        cfg = self.config
        limits = ReadLimits(cfg.deadline, cfg.max_body)
        ends_at = time.monotonic() + cfg.deadline
        problem = ""
        for attempt in range(cfg.retries + 1):
            wait = min(cfg.max_backoff, cfg.backoff * 2**attempt)
            self._limiter.wait()
            try:
                if payload is None:
                    response = bounded_request(
                        self._http, "GET", endpoint, limits, ends_at=ends_at, params=params
                    )
                else:
                    response = bounded_request(
                        self._http,
                        "POST",
                        endpoint,
                        limits,
                        ends_at=ends_at,
                        json=payload,
                        params=params,
                    )
            except ReadLimitExceeded as exc:
                raise BinanceUnavailable(endpoint, exc.problem) from None
            except httpx.TimeoutException as exc:
                problem = f"timed out ({type(exc).__name__})"
            except httpx.TransportError as exc:
                problem = f"network error: {type(exc).__name__}: {exc}"
            else:
                status = response.status_code
                if status == 429:
                    asked = retry_after_seconds(response.headers.get("retry-after"))
                    problem = "rate limited (HTTP 429)"
                    if asked is not None:
                        if asked > cfg.max_retry_after:
                            raise BinanceUnavailable(
                                endpoint,
                                f"rate limited (HTTP 429); asked to wait {asked:g} s, longer "
                                f"than the {cfg.max_retry_after:g} s allowed",
                            )
                        wait = max(wait, asked)
                elif status >= 500:
                    problem = f"server error HTTP {status}"
                elif status >= 400:
                    hint = " (the site may block this region)" if status in (403, 451) else ""
                    raise BinanceError(endpoint, f"refused with HTTP {status}{hint}")
                elif status >= 300:
                    raise BinanceError(endpoint, f"redirected with HTTP {status}")
                else:
                    return response
            if attempt < cfg.retries:
                if time.monotonic() + wait >= ends_at:
                    raise BinanceUnavailable(
                        endpoint,
                        f"{problem}; no time for another attempt within the {cfg.deadline:g} s "
                        "deadline",
                    )
                self._sleep(wait)
        tries = cfg.retries + 1
        raise BinanceUnavailable(endpoint, f"{problem}, {tries} attempt{'s' * (tries > 1)}")


# -- strict JSON reading -------------------------------------------------------------------------

_MISSING: Any = object()


def _object(value: Any, endpoint: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BinanceError(endpoint, f"{where} is {_kind(value)}, expected an object")
    return value


def _array(value: Any, endpoint: str, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise BinanceError(endpoint, f"{where} is {_kind(value)}, expected a list")
    return value


def _get(obj: dict[str, Any], name: str, endpoint: str, where: str) -> Any:
    if name not in obj:
        raise BinanceError(endpoint, f"field {name!r} is missing in {where}")
    return obj[name]


def _text(obj: dict[str, Any], name: str, endpoint: str, where: str) -> str:
    value = _get(obj, name, endpoint, where)
    if not isinstance(value, str):
        raise BinanceError(endpoint, f"{where}.{name} is {_kind(value)}, expected text")
    return value


def _flag(obj: dict[str, Any], name: str, endpoint: str, where: str) -> bool:
    value = _get(obj, name, endpoint, where)
    if not isinstance(value, bool):
        raise BinanceError(endpoint, f"{where}.{name} is {_kind(value)}, expected true/false")
    return value


def _number(value: Any, endpoint: str, where: str) -> float:
    """A finite number; numeric text ("0.5") is accepted, as some Binance answers use it."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BinanceError(endpoint, f"{where} is {_kind(value)}, expected a number")
    try:
        number = float(value)
    except ValueError:
        raise BinanceError(endpoint, f"{where} is {value!r}, expected a number") from None
    if not math.isfinite(number):
        raise BinanceError(endpoint, f"{where} is {value!r}, expected a finite number")
    return number


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    return "a list" if isinstance(value, list) else "an object"


def _position(row: Any, index: int) -> LeadPosition | None:
    """One entry of ``otherPositionRetList``; None for an entry with amount 0 (nothing held)."""
    where = f"otherPositionRetList[{index}]"
    item = _object(row, POSITIONS, where)
    symbol = _text(item, "symbol", POSITIONS, where)
    where = f"{where} ({symbol})"

    def number(name: str) -> float:
        return _number(_get(item, name, POSITIONS, where), POSITIONS, f"{where}.{name}")

    amount, entry, mark = number("amount"), number("entryPrice"), number("markPrice")
    leverage, updated = number("leverage"), number("updateTimeStamp")
    pnl, roe = number("pnl"), number("roe")
    if amount == 0:
        return None
    try:
        normalise_token(symbol, "symbol")
    except ValidationError:
        raise BinanceError(POSITIONS, f"{where}: {symbol!r} is not a contract symbol") from None
    for name, value in (("entryPrice", entry), ("markPrice", mark)):
        if not price_in_bounds(value):
            raise BinanceError(POSITIONS, f"{where}.{name} is {value!r}, expected {PRICE_ALLOWED}")
    if not 1 <= leverage <= 125:
        raise BinanceError(POSITIONS, f"{where}.leverage is {leverage!r}, expected 1 to 125")
    if updated <= 0 or updated != int(updated):
        raise BinanceError(
            POSITIONS, f"{where}.updateTimeStamp is {updated!r}, expected epoch milliseconds"
        )
    return LeadPosition(
        symbol=symbol.upper(),
        side=Side.LONG if amount > 0 else Side.SHORT,
        quantity=abs(amount),
        entry_price=entry,
        mark_price=mark,
        leverage=leverage,
        updated_ms=int(updated),
        pnl=pnl,
        roe=roe,
    )
