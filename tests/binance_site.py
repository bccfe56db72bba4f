"""A stand-in for the Binance leaderboard endpoints on loopback, serving recorded answers.

Each endpoint answers from a queue of replies (used once each, in order) and then from a
standing reply; every request is logged with its arrival time and JSON body, so tests can
check retries, the rate limit and what was asked.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

FIXTURES = Path(__file__).parent / "sources" / "fixtures" / "binance"
UID = "3AFFCB67ED4F1D1D8437BA17F4E8E5ED"
OTHER_UID = "B4F2A1C09D8E7F6A5B4C3D2E1F0A9B8C"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass(frozen=True)
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    delay: float = 0.0  # seconds to sleep before answering

    @staticmethod
    def file(name: str, **kw: Any) -> Reply:
        kind = "text/html; charset=utf-8" if name.endswith(".html") else "application/json"
        return Reply(fixture(name), content_type=kind, **kw)

    @staticmethod
    def json(data: Any, **kw: Any) -> Reply:
        return Reply(json.dumps(data).encode(), **kw)


@dataclass(frozen=True)
class Request:
    at: float  # time.monotonic() on arrival
    endpoint: str  # the last part of the path, e.g. getOtherPosition
    body: dict[str, Any]  # the JSON body, or a GET's query parameters


class BinanceSite:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self._queued: dict[tuple[str, str | None], deque[Reply]] = defaultdict(deque)
        self._standing: dict[tuple[str, str | None], Reply] = {}
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def answer(self, endpoint: str, reply: Reply, uid: str | None = None) -> None:
        """Answer ``endpoint`` (for ``uid``, or anyone) with ``reply`` from now on."""
        with self._lock:
            self._standing[(endpoint, uid)] = reply

    def queue(self, endpoint: str, *replies: Reply, uid: str | None = None) -> None:
        """Answer the next requests with ``replies``, once each, before the standing reply."""
        with self._lock:
            self._queued[(endpoint, uid)].extend(replies)

    def calls(self, endpoint: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if endpoint is None or r.endpoint == endpoint]

    def _reply_for(self, endpoint: str, uid: str | None) -> Reply:
        with self._lock:
            for key in ((endpoint, uid), (endpoint, None)):
                if self._queued[key]:
                    return self._queued[key].popleft()
            for key in ((endpoint, uid), (endpoint, None)):
                if key in self._standing:
                    return self._standing[key]
        return Reply.json({"code": "404", "message": "no such route"}, status=404)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                arrived = time.monotonic()
                path, _, query = self.path.partition("?")
                body = {k: v[-1] for k, v in parse_qs(query).items()}
                if "dataType" in body:  # one chart endpoint, several series: chart-data:ROI
                    path = f"{path}:{body['dataType']}"
                self._answer(arrived, path, body)

            def do_POST(self) -> None:
                arrived = time.monotonic()
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw) if raw else {}
                self._answer(arrived, self.path.partition("?")[0], body)

            def _answer(self, arrived: float, path: str, body: dict[str, Any]) -> None:
                endpoint = path.rsplit("/", 1)[-1]
                with site._lock:
                    site.requests.append(Request(arrived, endpoint, body))
                uid = body.get("encryptedUid") or body.get("portfolioId")
                reply = site._reply_for(endpoint, uid)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def serve_recorded(self, positions: str = "positions_1.json", uid: str | None = None) -> None:
        """The recorded profile, performance and ``positions`` answers."""
        self.answer("getOtherLeaderboardBaseInfo", Reply.file("profile.json"), uid)
        self.answer("getOtherPerformance", Reply.file("performance.json"), uid)
        self.answer("getOtherPosition", Reply.file(positions), uid)


def serve() -> Iterator[BinanceSite]:
    """Run a site in a thread for the length of a fixture: ``yield from serve()``."""
    site = BinanceSite()
    thread = threading.Thread(target=site.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.server.shutdown()
        site.server.server_close()
        thread.join(timeout=5)
