"""HTTP API throughput on a real uvicorn over loopback, with a concurrent client.

    python3 benchmarks/bench_api.py [--seconds 10] [--concurrency 32]

Starts ``tradermanager serve`` (its own process) on a demo database, then drives it from
this process with an asyncio httpx client holding ``--concurrency`` keep-alive connections.
Prints requests per second for ``GET /api/traders`` (target >= 1,000) and
``POST /api/signals`` (every request a new signal, decided, copied and recorded; target
>= 300). Both processes share the machine, as a local bot and the server would.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(db: Path, token_file: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "tradermanager", "serve", "--db", str(db), "--port", str(port)]
        + ["--token-file", str(token_file), "--no-telegram"],
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


async def _drive(
    base: str,
    auth: dict[str, str],
    request: Callable[[httpx.AsyncClient], Any],
    seconds: float,
    concurrency: int,
) -> tuple[int, int, float]:
    """(successful responses, failed ones, elapsed seconds) over ``seconds``."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    ok = failed = 0
    async with httpx.AsyncClient(base_url=base, headers=auth, limits=limits) as client:
        for _ in range(concurrency):  # warm the connections
            await request(client)
        stop_at = time.perf_counter() + seconds
        started = time.perf_counter()

        async def worker() -> None:
            nonlocal ok, failed
            while time.perf_counter() < stop_at:
                response = await request(client)
                if response.status_code < 300:
                    ok += 1
                else:
                    failed += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return ok, failed, time.perf_counter() - started


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
            sides = itertools.cycle(["long", "short"])

            def get_traders(client: httpx.AsyncClient) -> Any:
                return client.get("/api/traders")

            def post_signal(client: httpx.AsyncClient) -> Any:
                n = next(ids)
                return client.post(
                    "/api/signals",
                    json={
                        "trader": name,
                        "id": f"bench-{n}",
                        "time": "2026-12-01T10:00:00Z",
                        "symbol": "BTC",
                        "side": next(sides),
                        "kind": "open" if n % 2 else "close",
                        "price": 60_000 + n % 100,
                        "leverage": 3,
                        "confidence": 0.9,
                    },
                )

            cores = os.cpu_count()
            print(f"{len(traders)} traders; {args.concurrency} connections; {cores} cores")
            for label, request, unit, target in (
                ("GET /api/traders", get_traders, "req/s", 1000),
                ("POST /api/signals", post_signal, "signals/s", 300),
            ):
                ok, failed, elapsed = asyncio.run(
                    _drive(base, auth, request, args.seconds, args.concurrency)
                )
                rate = ok / elapsed
                verdict = "meets" if rate >= target else "below"
                print(
                    f"{label:<20} {rate:8,.0f} {unit} ({ok:,} in {elapsed:.1f} s, "
                    f"{failed} failed; target >= {target:,}: {verdict})"
                )
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)


if __name__ == "__main__":
    main()
