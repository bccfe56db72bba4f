"""``positions list``, ``orders list`` and the backtest's trades through the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from tradermanager.cli import EXIT_INVALID, run
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles, to_ms
from tradermanager.domain.models import Signal
from tradermanager.services import build_services
from tradermanager.store.connection import open_store

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


def test_positions_list_shows_the_trailing_level_and_each_targets_units(capsys, tmp_path):
    """10 units long at 100 (margin $200 × 5), trailing 5 %, targets 150/160 split 60/40: the
    highs reach 110, so the stop trails at 104.50; the targets close 6 and 4 units."""
    path = str(tmp_path / "levels.sqlite")
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=5)
    services = build_services(open_store(path))
    try:
        services.settings.update(slippage=0, lag_seconds=0, funding_rate=0)
        services.traders.add(name="Trail", trailing_stop=0.05, tp_split="60,40")
        opens = np.array([100.0, 100.0, 108.0, 107.0, 106.0])
        highs = np.array([100.0, 110.0, 108.0, 107.0, 106.0])
        lows = np.array([100.0, 100.0, 106.0, 105.0, 105.0])  # above each candle's trailing level
        closes = np.array([100.0, 108.0, 107.0, 106.0, 106.0])
        times = to_ms(start) + np.arange(5, dtype=np.int64) * 3_600_000
        services.market.save_candles(
            [Candles("BTCUSDT", "1h", times, opens, highs, lows, closes, np.ones(5))]
        )
        services.pipeline.process(
            "Trail",
            Signal(
                source_id="t1",
                symbol="BTC",
                side=Side.LONG,
                kind=SignalKind.OPEN,
                price=100.0,
                trader_time=start,
                received_time=start,
                leverage=5,
                take_profits=(150.0, 160.0),
            ),
        )
    finally:
        services.close()
    (position,) = cli_json(capsys, "positions", "list", "--db", path)["positions"]
    assert position["trailing_stop"] == pytest.approx(104.5)
    assert position["take_profit_quantities"] == pytest.approx([6.0, 4.0])
    orders = cli_json(capsys, "orders", "list", "--db", path)["open"]
    assert [(o["type"], o["quantity"]) for o in orders] == [
        ("trailing_stop_market", pytest.approx(10.0)),
        ("take_profit_limit", pytest.approx(6.0)),
        ("take_profit_limit", pytest.approx(4.0)),
    ]
    assert run(["positions", "list", "--db", path]) == 0
    text = capsys.readouterr().out
    assert "104.5" in text and "150 ×6" in text and "160 ×4" in text
