"""tradermanager discover: import, rank (text and JSON), evaluate, add, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tradermanager.cli import EXIT_INVALID, EXIT_NOT_FOUND, run


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite")


@pytest.fixture
def candidates(tmp_path: Path) -> Path:
    rng = np.random.default_rng(2)
    lines = ["candidate,date,daily_return,avg_leverage"]
    for i in range(12):
        for k, r in enumerate(rng.normal(0.001 * i, 0.01, 120)):
            day = np.datetime64("2025-06-01") + k
            lines.append(f"Cand {i},{day},{r:.6f},{2 + i}")
    blown = ["Blown,2025-06-01,0.01,10", "Blown,2025-06-02,-0.95,10", "Blown,2025-06-03,0.02,10"]
    path = tmp_path / "cands.csv"
    path.write_text("\n".join(lines + blown) + "\n")
    return path


def test_import_then_rank_as_text_and_json(capsys, db, candidates):
    code, out, err = cli(capsys, "discover", "import", str(candidates), "--db", db)
    assert code == 0, err
    assert "13 candidates (13 new), 1443 daily records" in out
    code, out, _ = cli(capsys, "discover", "rank", "--top", "3", "--db", db)
    assert code == 0 and "score" in out and "shrunk" in out
    assert len([line for line in out.splitlines() if line[:1].isdigit()]) == 3
    code, out, _ = cli(capsys, "discover", "rank", "--json", "--db", db)
    rows = json.loads(out)
    assert [r["rank"] for r in rows] == list(range(1, 14))
    assert rows[-1]["name"] == "Blown" and rows[-1]["status"] == "blown_up"
    assert rows[-1]["parts"]["score"] is None
    first = rows[0]["parts"]
    assert set(first) >= {
        "shrunk_sharpe",
        "leverage_penalty",
        "liquidation_penalty",
        "drawdown_penalty",
        "duration_penalty",
        "concentration_penalty",
        "risk_shift_penalty",
    }


def test_evaluate_and_add(capsys, db, candidates):
    cli(capsys, "discover", "import", str(candidates), "--db", db)
    code, out, _ = cli(capsys, "discover", "evaluate", "--db", db)
    assert code == 0 and ("no verdict" in out or "rank correlation" in out)
    code, out, _ = cli(capsys, "discover", "evaluate", "--json", "--db", db)
    data = json.loads(out)
    assert data["candidates"] == 13 and "mean_spearman" in data
    top = json.loads(cli(capsys, "discover", "rank", "--json", "--db", db)[1])[0]
    code, out, _ = cli(capsys, "discover", "add", str(top["id"]), "--json", "--db", db)
    added = json.loads(out)
    assert code == 0 and added["paper_only"] and added["multiplier"] == 0.5
    code, _, err = cli(capsys, "discover", "add", str(top["id"]), "--db", db)
    assert code == EXIT_INVALID and "already" in err


def test_errors_have_exit_codes(capsys, db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("candidate,date,daily_return\nA,2025-01-01,lots\n")
    code, _, err = cli(capsys, "discover", "import", str(bad), "--db", db)
    assert code == EXIT_INVALID and "bad.csv row 2, daily_return" in err
    code, _, err = cli(capsys, "discover", "add", "42", "--db", db)
    assert code == EXIT_NOT_FOUND and "42" in err
    code, out, _ = cli(capsys, "discover", "rank", "--db", db)
    assert code == 0 and "no candidates yet" in out


def test_scan_reads_a_loopback_binance_and_reports(capsys, db):
    from binance_site import Reply, serve

    for site in serve():
        site.answer("query-list", Reply.file("discover/copy_list.json"))
        site.answer("detail", Reply.file("discover/detail_eddie.json"))
        site.answer("chart-data:ROI", Reply.file("discover/chart_eddie.json"))
        site.answer("chart-data:PNL", Reply.file("discover/chart_eddie_pnl.json"))
        site.answer("positions", Reply.file("discover/positions_hidden.json"))
        site.answer("getLeaderboardRank", Reply(b"", status=429, headers={"Retry-After": "99"}))
        assert run(["settings", "set", f"binance_base_url={site.url}", "--db", db]) == 0
        capsys.readouterr()
        code, out, err = cli(capsys, "discover", "scan", "--pages", "1", "--json", "--db", db)
        assert code == 0, err
        report = json.loads(out)
        assert report["candidates"] == 3 and report["hidden_positions"] == 3
        assert len(report["errors"]) == 1 and "429" in report["errors"][0]
        code, out, _ = cli(capsys, "discover", "scan", "--pages", "1", "--db", db)
        assert "3 candidates read (0 new)" in out and "error: leaderboard" in out
