"""HTTP API throughput on a real uvicorn over loopback, with a concurrent client.

    python3 benchmarks/bench_api.py [--seconds 10] [--concurrency 32]

Starts ``tradermanager serve`` (its own process) on a demo database, then drives it from
this process with ``--concurrency`` keep-alive HTTP/1.1 connections (a lean asyncio client,
like a load generator).
Prints requests per second for ``GET /api/traders`` (target >= 1,000) and
``POST /api/signals`` (every request a new signal, decided, copied and recorded; target
>= 300), and the server's CPU time per request (the figure that does not depend on what
else the machine is doing). Both processes share the machine, as a local bot and the server
would.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(db: Path, token_file: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "tradermanager", "serve", "--db", str(db)),
            *("--port", str(port), "--token-file", str(token_file), "--no-telegram"),
        ],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/ping", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


class _Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a load generator (wrk, hey) so that the
    client's own CPU does not hide the server's speed."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def request(self, raw: bytes) -> int:
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        await self.reader.readexactly(length)
        return status


def _raw_request(method: str, path: str, auth: str, body: bytes = b"") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {auth}\r\n"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


async def _drive(
    port: int, make_request: Callable[[], bytes], seconds: float, concurrency: int
) -> tuple[int, int, float]:
    """(successful responses, failed ones, elapsed seconds) over ``seconds``."""
    connections = [
        _Connection(*await asyncio.open_connection("127.0.0.1", port)) for _ in range(concurrency)
    ]
    for connection in connections:  # warm up
        await connection.request(make_request())
    ok = failed = 0
    stop_at = time.perf_counter() + seconds
    started = time.perf_counter()

    async def worker(connection: _Connection) -> None:
        nonlocal ok, failed
        while time.perf_counter() < stop_at:
            if await connection.request(make_request()) < 300:
                ok += 1
            else:
                failed += 1

    await asyncio.gather(*(worker(c) for c in connections))
    elapsed = time.perf_counter() - started
    for connection in connections:
        connection.writer.close()
    return ok, failed, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--traders", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from tradermanager.services import open_services

    with tempfile.TemporaryDirectory() as folder:
        db, token_file = Path(folder) / "bench.sqlite", Path(folder) / "api-token"
        services = open_services(str(db))
        services.demo.load(traders=args.traders, days=90)
        services.close()
        process, base = _start_server(db, token_file)
        port = int(base.rsplit(":", 1)[1])
        auth = {"Authorization": f"Bearer {token_file.read_text().strip()}"}
        try:
            traders = httpx.get(f"{base}/api/traders", headers=auth).json()
            name = traders[0]["name"]
            httpx.put(
                f"{base}/api/traders/{traders[0]['id']}",
                json={"max_leverage": 125, "min_confidence": 0.0, "active": True},
                headers=auth,
            )
            ids = itertools.count(1)
            bearer = auth["Authorization"]
            list_request = _raw_request("GET", "/api/traders", bearer)

            def get_traders() -> bytes:
                return list_request

            def post_signal() -> bytes:
                n = next(ids)
                body = {
                    "trader": name,
                    "id": f"bench-{n}",
                    "time": "2026-12-01T10:00:00Z",
                    "symbol": "BTC",
                    "side": "long",
                    "kind": "open" if n % 2 else "close",
                    "price": 60_000 + n % 100,
                    "leverage": 3,
                    "confidence": 0.9,
                }
                return _raw_request("POST", "/api/signals", bearer, json.dumps(body).encode())

            cores, load = os.cpu_count(), os.getloadavg()[0]
            print(
                f"{len(traders)} traders; {args.concurrency} connections; {cores} cores; "
                f"load average {load:.1f} (other work on the machine lowers the figures)"
            )
            for label, request, unit, target in (
                ("GET /api/traders", get_traders, "req/s", 1000),
                ("POST /api/signals", post_signal, "signals/s", 300),
            ):
                server_cpu = _cpu_seconds(process.pid)
                ok, failed, elapsed = asyncio.run(
                    _drive(port, request, args.seconds, args.concurrency)
                )
                server_ms = (_cpu_seconds(process.pid) - server_cpu) / max(ok, 1) * 1e3
                rate = ok / elapsed
                verdict = "meets" if rate >= target else "below"
                print(
                    f"{label:<20} {rate:8,.0f} {unit} ({ok:,} in {elapsed:.1f} s, "
                    f"{failed} failed; target >= {target:,}: {verdict}); "
                    f"server CPU {server_ms:.2f} ms per request"
                )
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)


if __name__ == "__main__":
    main()
