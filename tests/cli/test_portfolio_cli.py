"""tradermanager portfolio: text and JSON on a real file, the same figures as the service."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from paper_market import replay_on_flat_prices
from tradermanager.cli import EXIT_STORE, run
from tradermanager.services import open_services


def signal(capsys, db, trader, sid, symbol, side, kind, price, time, leverage=2):
    payload = {
        "trader": trader,
        "id": sid,
        "time": time,
        "symbol": symbol,
        "side": side,
        "kind": kind,
        "price": price,
        "leverage": leverage,
    }
    assert run(["signal", json.dumps(payload), "--db", db]) == 0
    capsys.readouterr()


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    path = str(tmp_path / "cli.sqlite")
    for name in ("Alice", "Bob"):
        assert run(["traders", "add", "--db", path, "--name", name]) == 0
    t = "2026-01-10T09:00:00Z"
    signal(capsys, path, "Alice", "a1", "ETH", "long", "open", 2000, t)
    signal(capsys, path, "Alice", "a2", "ETH", "long", "close", 2100, "2026-01-11T09:00:00Z")
    signal(capsys, path, "Alice", "a3", "BTC", "long", "open", 60000, "2026-01-12T09:00:00Z", 5)
    signal(capsys, path, "Bob", "b1", "BTC", "short", "open", 61000, "2026-01-12T10:00:00Z", 3)
    capsys.readouterr()
    # my copies are the paper replay's, filled at the next hour's open on these prices
    svc = open_services(path, create=False)
    try:
        replay_on_flat_prices(
            svc,
            {"ETH": 2000, "BTC": 60000},
            datetime(2026, 1, 10, 8, tzinfo=UTC),
            datetime(2026, 1, 13, tzinfo=UTC),
        )
    finally:
        svc.close()
    return path


def test_json_has_every_section_and_matches_the_service(db, capsys):
    assert run(["portfolio", "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    svc = open_services(db, create=False)
    try:
        summary = svc.portfolio.summary()
    finally:
        svc.close()
    assert data["total_gross"] == pytest.approx(200 * 5 + 200 * 3) == summary.total_gross
    assert data["combined_leverage"] == pytest.approx(1600 / 10_000)
    assert [e["symbol"] for e in data["exposure"]] == ["BTC"]
    assert data["exposure"][0]["net"] == pytest.approx(1000 - 600)
    assert data["total_pnl"] == pytest.approx(summary.total_pnl)
    assert data["var_95"] == pytest.approx(summary.var_95)
    assert {c["trader"] for c in data["contributions"]} == {"Alice", "Bob"}
    (conflict,) = data["conflicts"]
    assert conflict["symbol"] == "BTC"
    assert [(p["trader"], p["side"]) for p in conflict["positions"]] == [
        ("Alice", "long"),
        ("Bob", "short"),
    ]
    assert conflict["positions"][0]["since"].startswith("2026-01-12T10:00")
    assert len(data["equity"]) == data["days"]


def test_text_lists_exposure_contributions_and_conflicts(db, capsys):
    assert run(["portfolio", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Exposure of open positions" in out and "combined leverage 0.16x" in out
    assert "VaR 95 (one day)" in out and "Contributions per trader" in out
    conflicts = out.split("Conflicts:")[1]
    assert "Alice" in conflicts and "Bob" in conflicts and "short" in conflicts


def test_empty_database_and_missing_file(tmp_path, capsys):
    path = str(tmp_path / "empty.sqlite")
    open_services(path).close()
    assert run(["portfolio", "--db", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exposure"] == [] and data["conflicts"] == [] and data["days"] == 0
    assert data["var_95"] is None and data["max_drawdown"] is None
    assert data["final_equity"] == data["capital"] == 10_000
    assert run(["portfolio", "--db", path]) == 0
    assert "no copies yet" in capsys.readouterr().out
    missing = str(tmp_path / "nothing-here.sqlite")
    assert run(["portfolio", "--db", missing]) == EXIT_STORE
    assert not Path(missing).exists()
