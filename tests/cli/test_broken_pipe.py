"""A reader that stops early (``tradermanager ... --json | head``) is not an error."""

from __future__ import annotations

import subprocess
import sys


def test_closing_the_pipe_early_gives_no_traceback(tmp_path):
    db = str(tmp_path / "pipe.sqlite")
    cmd = [sys.executable, "-m", "tradermanager"]
    subprocess.run(
        [*cmd, "demo", "--traders", "3", "--days", "90", "--db", db],
        check=True,
        capture_output=True,
        timeout=300,
    )
    proc = subprocess.Popen(
        [*cmd, "signals", "list", "--json", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)  # the rest (far more than a pipe buffer) is left unread
    proc.stdout.close()  # like `head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err
