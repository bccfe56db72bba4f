"""``tradermanager serve``: a real process, no Qt, a private token file, a clean SIGTERM."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys

import httpx
from tests.api.serve_process import ROOT, start_serve


def test_serve_answers_without_qt_and_stops_on_sigterm(tmp_path):
    db, token_file = tmp_path / "tm.sqlite", tmp_path / "secret" / "api-token"
    process, base = start_serve(db, token_file)
    try:
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        token = token_file.read_text().strip()
        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.get(f"{base}/api/traders").status_code == 401
        created = httpx.post(f"{base}/api/traders", json={"name": "Alice"}, headers=auth)
        assert created.status_code == 201
        assert [t["name"] for t in httpx.get(f"{base}/api/traders", headers=auth).json()] == [
            "Alice"
        ]
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out.strip().splitlines()[-1] == "NO-QT"
    assert f"token file: {token_file}" in err
    assert "stopped" in err.splitlines()[-1]


def test_another_address_needs_the_flag(tmp_path):
    result = subprocess.run(
        [
            *(sys.executable, "-m", "tradermanager", "serve", "--db", str(tmp_path / "tm.sqlite")),
            *("--host", "0.0.0.0", "--token-file", str(tmp_path / "t")),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=60,
    )
    assert result.returncode == 2
    assert "host" in result.stderr and "--allow-remote" in result.stderr


def test_allow_remote_warns(tmp_path):
    process, _ = start_serve(
        tmp_path / "tm.sqlite", tmp_path / "t", "--host", "0.0.0.0", "--allow-remote"
    )
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert "warning: the API listens on 0.0.0.0" in err
