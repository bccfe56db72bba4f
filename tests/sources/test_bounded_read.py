"""Network reads end within their deadline and refuse oversized bodies, against a real
loopback HTTP server that streams forever, drips a byte every few seconds, or stalls."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tradermanager.sources.binance_leaderboard import (
    BinanceLeaderboardClient,
    BinanceUnavailable,
    ClientConfig,
)
from tradermanager.sources.bounded_read import (
    BodyTooLarge,
    DeadlineExceeded,
    ReadLimits,
    bounded_request,
)

OK_BODY = b'{"code": "000000", "success": true, "data": {"nickName": "N", "positionShared": true}}'


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        self._answer()

    def _answer(self) -> None:
        path = self.path.split("?")[0]
        try:
            if path.startswith("/endless-slow"):  # ~800 kB/s for ever
                self._headers(None)
                while not self.server.stopping.is_set():  # type: ignore[attr-defined]
                    self.wfile.write(b"x" * 4096)
                    time.sleep(0.005)
            elif path.startswith("/endless"):
                self._headers(None)
                block = b"x" * 65536
                while not self.server.stopping.is_set():  # type: ignore[attr-defined]
                    self.wfile.write(block)
            elif path.startswith("/drip-headers"):
                self._drip_headers()
            elif path.startswith("/drip"):
                self._headers(None)
                while not self.server.stopping.is_set():  # type: ignore[attr-defined]
                    self.wfile.write(b"{")
                    self.wfile.flush()
                    time.sleep(3)
            elif path.startswith("/declared-huge"):
                self._headers(10**12)
                self.wfile.write(b"x" * 1000)
            elif path.startswith("/bomb"):
                body = gzip.compress(b" " * 5_000_000)
                self.send_response(200)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self._headers(len(OK_BODY))
                self.wfile.write(OK_BODY)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _drip_headers(self) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        while not self.server.stopping.is_set():  # type: ignore[attr-defined]
            self.wfile.write(b"X: y\r\n")
            self.wfile.flush()
            time.sleep(3)

    def _headers(self, length: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if length is not None:
            self.send_header("Content-Length", str(length))
        else:
            self.send_header("Connection", "close")
        self.end_headers()


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.stopping = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.stopping.set()  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


def timed(call):
    start = time.monotonic()
    try:
        call()
    except Exception as exc:
        return exc, time.monotonic() - start
    raise AssertionError("no error")


LIMITS = ReadLimits(deadline=2.0, max_body=1_000_000)


def test_an_ordinary_answer_reads_whole(server):
    with httpx.Client(base_url=server) as client:
        response = bounded_request(client, "GET", "/ok", LIMITS)
    assert response.status_code == 200 and response.json()["data"]["nickName"] == "N"


def test_an_endless_body_stops_at_the_size_limit(server):
    with httpx.Client(base_url=server) as client:
        error, took = timed(lambda: bounded_request(client, "GET", "/endless", LIMITS))
    assert isinstance(error, BodyTooLarge) and took < LIMITS.deadline
    assert "larger than the 1,000,000 bytes allowed" in str(error) and "/endless" in str(error)


def test_an_endless_body_within_the_size_limit_stops_at_the_deadline(server):
    limits = ReadLimits(deadline=1.5, max_body=10**12)
    with httpx.Client(base_url=server) as client:
        error, took = timed(lambda: bounded_request(client, "GET", "/endless-slow", limits))
    assert isinstance(error, DeadlineExceeded) and took < limits.deadline + 0.5
    assert "within the 1.5 s deadline" in str(error)


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_server_dripping_a_byte_every_few_seconds_ends_at_the_deadline(server, path):
    # httpx's own read timeout (8 s) never trips: a byte arrives every 3 s
    with httpx.Client(base_url=server, timeout=httpx.Timeout(8.0, connect=3.0)) as client:
        error, took = timed(lambda: bounded_request(client, "GET", path, LIMITS))
    assert isinstance(error, DeadlineExceeded)
    assert LIMITS.deadline - 0.1 < took < LIMITS.deadline + 0.5


def test_a_declared_length_above_the_limit_is_refused_before_reading(server):
    with httpx.Client(base_url=server) as client:
        error, _ = timed(lambda: bounded_request(client, "GET", "/declared-huge", LIMITS))
    assert isinstance(error, BodyTooLarge) and "declares 1,000,000,000,000 bytes" in str(error)


def test_a_compressed_bomb_counts_at_its_real_size(server):
    with httpx.Client(base_url=server) as client:
        error, _ = timed(lambda: bounded_request(client, "GET", "/bomb", LIMITS))
    assert isinstance(error, BodyTooLarge)


@pytest.mark.parametrize("path", ["/endless", "/drip"])
def test_the_binance_poller_reports_a_clear_error_within_its_deadline(server, path):
    config = ClientConfig(base_url=server + path, deadline=2.0, max_body=1_000_000, retries=3)
    with BinanceLeaderboardClient(config) as client:
        error, took = timed(lambda: client.profile("UID"))
    assert isinstance(error, BinanceUnavailable)
    assert took < config.deadline + 0.5
    assert ("deadline" in str(error)) if path == "/drip" else ("1,000,000 bytes" in str(error))
