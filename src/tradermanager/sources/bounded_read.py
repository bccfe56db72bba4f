"""HTTP reads with an overall deadline and a maximum body size, for every poller.

httpx's timeouts bound each network operation, not the request: a server that sends one
byte every few seconds never trips a read timeout and holds a poll forever, and a server
that streams an endless body fills memory. :func:`bounded_request` closes both holes:

* the whole request — connecting, sending, waiting for the headers, reading the body — must
  end within ``ReadLimits.deadline`` seconds (or by an absolute ``ends_at`` shared by several
  attempts), else :class:`DeadlineExceeded`. The request runs on the calling thread (so
  it leaves when the caller asks, which rate limits rely on); one watchdog thread shuts
  the connection's socket down at the deadline, which wakes a blocked read at once. The
  socket is known from httpcore's ``trace`` extension for a new connection and from the
  response for the body. httpx's own timeouts are capped just past the deadline, so a
  connection reused from the pool that goes silent before its headers ends then too (one
  that drips header bytes on a reused connection is bounded only by h11's header-size
  limit);
* the body (after decompression, so a compressed bomb counts at its real size) may hold at
  most ``ReadLimits.max_body`` bytes, else :class:`BodyTooLarge` — refused from the
  ``Content-Length`` header before reading when it says so, otherwise as soon as the
  count passes the limit.

It returns an ordinary, fully read :class:`httpx.Response` (``.json()``, ``.text``,
``.headers`` work as usual). Use it from any poller::

    limits = ReadLimits(deadline=20.0, max_body=2_000_000)
    response = bounded_request(client, "GET", "/api/v3/klines", limits, params=...)

Both errors derive from :class:`ReadLimitExceeded`, whose message says what was exceeded,
by how much was read, and from where.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

_DROPPED_HEADERS = ("content-encoding", "content-length", "transfer-encoding")
_GRACE = 1.0  # seconds httpx's per-operation timeouts may run past the deadline


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """``deadline`` in seconds for a whole request; ``max_body`` in bytes (decoded)."""

    deadline: float = 20.0
    max_body: int = 2_000_000


class ReadLimitExceeded(Exception):
    """A read went past its deadline or its body limit; the message says which."""

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"{url}: {problem}")


class DeadlineExceeded(ReadLimitExceeded):
    """No complete answer within the deadline."""


class BodyTooLarge(ReadLimitExceeded):
    """The answer's body is larger than allowed."""


def _size(count: int) -> str:
    return f"{count:,} bytes"


class _Attempt:
    """One request's state, shared by the calling thread and the watchdog."""

    def __init__(self) -> None:
        self.expired = False
        self.done = False
        self.received = 0
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's ``trace`` extension: keep the socket of a new connection."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.remember(info.get("return_value"))

    def remember(self, stream: Any) -> None:
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sock = sock
                if self.expired:
                    self._shutdown()

    def expire(self) -> None:
        """The deadline passed: a blocked read is woken by shutting the socket down."""
        with self._lock:
            if self.done:
                return
            self.expired = True
            self._shutdown()

    def _shutdown(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread for all reads: at each read's deadline it expires the read.
    Registering costs a heap push, not a thread start, so requests leave on time."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Attempt]] = []
        self._count = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, at: float, attempt: _Attempt) -> None:
        with self._cond:
            entry = (at, next(self._count), attempt)
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="read-deadlines", daemon=True
                )
                self._thread.start()
            if self._heap[0] is entry:  # else the watchdog already wakes up sooner
                self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                due: list[_Attempt] = []
                while not due:
                    now = time.monotonic()
                    while self._heap and (self._heap[0][2].done or self._heap[0][0] <= now):
                        _, _, attempt = heapq.heappop(self._heap)
                        if not attempt.done:
                            due.append(attempt)
                    if not due:
                        self._cond.wait(self._heap[0][0] - now if self._heap else None)
            for attempt in due:
                attempt.expire()


_WATCHDOG = _Watchdog()


def _read_body(
    response: httpx.Response, url: str, limits: ReadLimits, attempt: _Attempt
) -> httpx.Response:
    limit = limits.max_body
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(
            url, f"the answer declares {_size(int(declared))}; at most {_size(limit)} allowed"
        )
    chunks: list[bytes] = []
    for chunk in response.iter_bytes():
        if attempt.expired:
            break  # the caller raises DeadlineExceeded
        attempt.received += len(chunk)
        if attempt.received > limit:
            raise BodyTooLarge(
                url,
                f"the answer is larger than the {_size(limit)} allowed (read so far: "
                f"{_size(attempt.received)})",
            )
        chunks.append(chunk)
    headers = [
        (k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED_HEADERS
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=response.request,
        extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1")},
    )


def _capped(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """Each of httpx's per-operation timeouts, at most ``seconds``."""

    def cap(value: float | None) -> float:
        return seconds if value is None else min(value, seconds)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )


def bounded_request(
    client: httpx.Client,
    method: str,
    url: str,
    limits: ReadLimits,
    *,
    ends_at: float | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """``client.request(method, url, **kwargs)`` read whole within ``limits``; ``ends_at``
    (a ``time.monotonic()`` instant) replaces the deadline when given, so that retries can
    share one. Raises :class:`DeadlineExceeded` or :class:`BodyTooLarge`, or whatever httpx
    raised (timeouts, network errors)."""
    deadline_at = ends_at if ends_at is not None else time.monotonic() + limits.deadline
    remaining = deadline_at - time.monotonic()
    where = str(client.base_url.join(url)) if client.base_url else url
    if remaining <= 0:
        raise DeadlineExceeded(where, f"no time left of the {limits.deadline:g} s deadline")
    # httpx's own timeouts end just after the deadline, so that the deadline is what trips
    timeout = httpx.Timeout(kwargs.get("timeout", client.timeout))
    kwargs["timeout"] = _capped(timeout, remaining + _GRACE)
    attempt = _Attempt()
    _WATCHDOG.watch(deadline_at, attempt)

    def late() -> DeadlineExceeded:
        return DeadlineExceeded(
            where,
            f"no complete answer within the {limits.deadline:g} s deadline "
            f"({_size(attempt.received)} of the body received)",
        )

    try:
        extensions = {**kwargs.pop("extensions", {}), "trace": attempt.trace}
        with client.stream(method, url, extensions=extensions, **kwargs) as response:
            attempt.remember(response.extensions.get("network_stream"))
            answer = _read_body(response, where, limits, attempt)
    except (httpx.HTTPError, OSError) as exc:
        if attempt.expired or time.monotonic() >= deadline_at:
            raise late() from exc
        raise
    finally:
        attempt.done = True
    if attempt.expired:  # a body that ends at the connection's close looks complete
        raise late()
    return answer
