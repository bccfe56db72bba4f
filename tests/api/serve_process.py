"""Helpers to run ``tradermanager serve`` as its own process on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]

# Runs the real entry point and, on the way out, says whether Qt was ever imported.
LAUNCH = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('QT-LOADED' if 'PySide6' in sys.modules else 'NO-QT',"
    " flush=True))\n"
    "from tradermanager.__main__ import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_serve(db: Path, token_file: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    """The server process and its base URL, once it answers ping."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    process = subprocess.Popen(
        [
            *(sys.executable, "-c", LAUNCH, "serve", "--db", str(db), "--port", str(port)),
            *("--token-file", str(token_file), "--no-telegram", *extra),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited: {process.communicate()}")
        try:
            if httpx.get(f"{base}/api/ping", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("serve did not answer within 30 s")
