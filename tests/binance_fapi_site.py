"""A stand-in for Binance's USDⓈ-M public market data on loopback.

``GET /fapi/v1/klines`` and ``GET /fapi/v1/fundingRate`` answer like the real endpoints
(documented shapes: a kline is a list of twelve fields with prices as text; settlements are
objects with ``fundingRate`` as text and ``fundingTime`` in ms; errors are
``{"code": -1121, "msg": "Invalid symbol."}`` with HTTP 400). The candles are a deterministic
price path per symbol; pages honour ``startTime``, ``endTime`` and ``limit`` (default 500,
at most 1,500 for klines, 100 and 1,000 for funding). Replies can be queued per endpoint to
serve errors, rate limiting, malformed bodies, a huge or a dripping body.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

MINUTE = 60_000
INTERVALS = {"1m": MINUTE, "5m": 5 * MINUTE, "1h": 60 * MINUTE, "1d": 1440 * MINUTE}
EIGHT_HOURS = 480 * MINUTE


def price_path(symbol: str, t: int, step: int) -> tuple[float, float, float, float, float]:
    """The site's o/h/l/c/volume of ``symbol``'s candle opening at ``t``: deterministic."""
    base = 100.0 + 10 * (sum(map(ord, symbol)) % 7)
    k = t // MINUTE
    o = round(base + (k % 97) * 0.25, 2)
    c = round(base + ((k + step // MINUTE) % 97) * 0.25, 2)
    return o, round(max(o, c) + 0.5, 2), round(min(o, c) - 0.5, 2), c, float(k % 13)


@dataclass(frozen=True)
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    drip: float = 0.0  # seconds between bytes of the body (a server that dribbles)

    @staticmethod
    def json(data: Any, **kw: Any) -> Reply:
        return Reply(json.dumps(data).encode(), **kw)

    @staticmethod
    def error(status: int, code: int, msg: str, **kw: Any) -> Reply:
        return Reply.json({"code": code, "msg": msg}, status=status, **kw)


@dataclass(frozen=True)
class Request:
    at: float
    path: str
    params: dict[str, str]


class FapiSite:
    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms
        self.listed: dict[str, int] = {}  # symbol → first candle's open time
        self.funding: dict[str, list[tuple[int, str, str]]] = {}
        self.requests: list[Request] = []
        self._queued: dict[str, deque[Reply]] = defaultdict(deque)
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def list_symbol(self, symbol: str, since_ms: int, funding_rate: str = "0.00010000") -> None:
        self.listed[symbol] = since_ms
        first = -(-since_ms // EIGHT_HOURS) * EIGHT_HOURS
        self.funding[symbol] = [
            (t, funding_rate, f"{price_path(symbol, t, MINUTE)[0]:.8f}")
            for t in range(first, self.now_ms + 1, EIGHT_HOURS)
        ]

    def queue(self, path: str, *replies: Reply) -> None:
        with self._lock:
            self._queued[path].extend(replies)

    def calls(self, path: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if path is None or r.path == path]

    # -- the endpoints -------------------------------------------------------------------

    def _klines(self, q: dict[str, str]) -> Reply:
        symbol, interval = q.get("symbol", ""), q.get("interval", "")
        if symbol not in self.listed:
            return Reply.error(400, -1121, "Invalid symbol.")
        if interval not in INTERVALS:
            return Reply.error(400, -1120, "Invalid interval.")
        limit = int(q.get("limit", 500))
        if not 1 <= limit <= 1500:
            return Reply.error(400, -1130, "Data sent for parameter 'limit' is not valid.")
        step = INTERVALS[interval]
        start = max(int(q.get("startTime", self.listed[symbol])), self.listed[symbol])
        end = min(int(q.get("endTime", self.now_ms)), self.now_ms)
        t = -(-start // step) * step
        rows = []
        while t <= end and len(rows) < limit:
            o, h, lo, c, v = price_path(symbol, t, step)
            rows.append(
                [
                    t,
                    f"{o:.2f}",
                    f"{h:.2f}",
                    f"{lo:.2f}",
                    f"{c:.2f}",
                    f"{v:.3f}",
                    t + step - 1,
                    f"{v * c:.5f}",
                    int(v) * 3,
                    f"{v / 2:.3f}",
                    f"{v * c / 2:.5f}",
                    "0",
                ]
            )
            t += step
        return Reply.json(rows)

    def _funding(self, q: dict[str, str]) -> Reply:
        symbol = q.get("symbol", "")
        if symbol not in self.funding:
            return Reply.error(400, -1121, "Invalid symbol.")
        limit = int(q.get("limit", 100))
        if not 1 <= limit <= 1000:
            return Reply.error(400, -1130, "Data sent for parameter 'limit' is not valid.")
        start, end = int(q.get("startTime", 0)), int(q.get("endTime", self.now_ms))
        rows = [
            {"symbol": symbol, "fundingTime": t, "fundingRate": rate, "markPrice": mark}
            for t, rate, mark in self.funding[symbol]
            if start <= t <= end
        ][:limit]
        return Reply.json(rows)

    def _reply(self, path: str, q: dict[str, str]) -> Reply:
        with self._lock:
            if self._queued[path]:
                return self._queued[path].popleft()
        if path == "/fapi/v1/klines":
            return self._klines(q)
        if path == "/fapi/v1/fundingRate":
            return self._funding(q)
        return Reply(b"<html>Not Found</html>", status=404, content_type="text/html")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                q = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                with site._lock:
                    site.requests.append(Request(time.monotonic(), parts.path, q))
                reply = site._reply(parts.path, q)
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                try:
                    if reply.drip:
                        for i in range(len(reply.body)):
                            self.wfile.write(reply.body[i : i + 1])
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def serve(now_ms: int) -> Iterator[FapiSite]:
    site = FapiSite(now_ms)
    thread = threading.Thread(target=site.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.server.shutdown()
        site.server.server_close()
