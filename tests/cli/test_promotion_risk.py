"""`traders promotion` weighs the trader's risk from the command line too: its 90-day
metrics are computed when not cached, and a 20× trader is not called ready."""

from __future__ import annotations

import json
from pathlib import Path

from tradermanager.cli import run


def test_a_20x_demo_trader_is_not_ready_and_says_why(capsys, tmp_path: Path):
    db = str(tmp_path / "demo.sqlite")
    assert run(["demo", "--db", db, "--days", "60"]) == 0
    capsys.readouterr()
    assert run(["traders", "promotion", "Meme Degen 20x", "--db", db, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    failing = {c["name"]: c for c in status["checks"] if not c["met"]}
    assert not status["ready"] and "average leverage" in failing
    assert failing["average leverage"]["actual"] != "not known yet"
    assert "not ready for live: " in status["summary"]
    assert (
        run(
            [
                "traders",
                "promotion",
                "Meme Degen 20x",
                "--max-avg-leverage",
                "50",
                "--db",
                db,
                "--json",
            ]
        )
        == 0
    )
    custom = json.loads(capsys.readouterr().out)
    assert custom["criteria"]["max_avg_leverage"] == 50
