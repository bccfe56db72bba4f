"""``positions list``, ``orders list`` and the backtest's trades through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradermanager.cli import EXIT_INVALID, run

TRADE_KEYS = {
    "symbol",
    "side",
    "entry_price",
    "exit_price",
    "exit_reason",
    "pnl",
    "fees",
    "funding",
}


def cli_json(capsys, *args: str):
    code = run([*args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert run(["demo", "--db", path, "--traders", "6", "--days", "90"]) == 0
    capsys.readouterr()
    return path


def test_positions_and_orders_of_the_paper_account(capsys, db):
    open_only = cli_json(capsys, "positions", "list", "--db", db)
    everything = cli_json(capsys, "positions", "list", "--all", "--db", db)
    assert open_only["positions"] and all(p["status"] == "open" for p in open_only["positions"])
    closed = [p for p in everything["positions"] if p["status"] == "closed"]
    assert closed and all(p["exit_reason"] for p in closed)
    account = everything["account"]
    assert account["equity"] >= 0 and account["free_margin"] == pytest.approx(
        account["cash"] - account["margin_in_use"]
    )
    total = sum(p["pnl"] for p in closed) + sum(
        p["realized_pnl"] for p in everything["positions"] if p["status"] == "open"
    )
    assert account["cash"] == pytest.approx(account["capital"] + total)
    one = open_only["positions"][0]
    mine = cli_json(capsys, "positions", "list", "--trader", one["trader"], "--db", db)
    assert {p["trader"] for p in mine["positions"]} == {one["trader"]}
    orders = cli_json(capsys, "orders", "list", "--db", db)
    fills = sum(len(p["fills"]) for p in everything["positions"])
    assert len(orders["filled"]) == fills
    assert all(o["reduce_only"] for o in orders["open"])


def test_backtest_json_lists_every_closed_copy(capsys, db):
    data = cli_json(
        capsys,
        "backtest",
        "Meme Degen 20x",
        "--start",
        "2026-01-01T00:00:00Z",
        "--end",
        "2027-01-01T00:00:00Z",
        "--interval",
        "1d",
        "--capital",
        "1",
        "--db",
        db,
    )
    assert data["interval"] == "1d"
    side = data["copy_everything_1x"]
    assert side["final_value"] >= 0
    rich = cli_json(capsys, "backtest", "Meme Degen 20x", "--days", "90", "--db", db)
    trades = rich["copy_everything_1x"]["trades"]
    assert trades and all(set(t) >= TRADE_KEYS for t in trades)
    assert sum(t["pnl"] for t in trades) == pytest.approx(sum(t["pnl"] for t in trades))


def test_a_bad_interval_is_refused(capsys, db):
    code = run(["backtest", "Meme Degen 20x", "--interval", "2w", "--db", db])
    _, err = capsys.readouterr()
    assert code == EXIT_INVALID and "interval" in err


def test_each_paper_copy_says_whose_brackets_its_liquidation_price_stands_on(capsys, db):
    everything = cli_json(capsys, "positions", "list", "--all", "--db", db)
    paper = [p for p in everything["positions"] if p["mode"] == "paper"]
    # the demo's tokens all have Binance's shipped tables (PEPE and SHIB: the 1000× contracts)
    assert paper and {p["brackets"] for p in paper} == {"bundled"}
    assert run(["positions", "list", "--db", db]) == 0
    assert "ESTIMATED" not in capsys.readouterr().out
