"""The command line end to end, through ``cli.run`` on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tradermanager import __version__
from tradermanager.cli import EXIT_INVALID, EXIT_NOT_FOUND, EXIT_STORE, run


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli_json(capsys, *args: str):
    code, out, err = cli(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite")


def add_alice(capsys, db: str) -> dict:
    return cli_json(
        capsys,
        "traders",
        "add",
        "--db",
        db,
        "--name",
        "Alice",
        "--source",
        "telegram",
        "--source-ref",
        "@alice",
        "--multiplier",
        "1.5",
        "--max-leverage",
        "10",
        "--whitelist",
        "btcusdt,$ETH",
        "--min-confidence",
        "0.75",
    )


def signal(db: str, capsys, **fields) -> tuple[int, str, str]:
    payload = {
        "trader": "Alice",
        "id": "m-1",
        "time": "2026-11-24T09:30:00Z",
        "symbol": "BTC/USDT",
        "side": "buy",
        "kind": "open",
        "price": 65000,
        "leverage": 5,
        "confidence": 0.8,
    } | fields
    return cli(capsys, "signal", json.dumps(payload), "--db", db, "--json")


def test_add_then_show_and_list(capsys, db):
    added = add_alice(capsys, db)
    assert added["whitelist"] == ["BTC", "ETH"]
    assert added["size_per_trade"] == 300.0
    assert added["mode"] == "paper" and added["status"] == "active"
    shown = cli_json(capsys, "traders", "show", "alice", "--db", db)
    assert shown["source_ref"] == "@alice"
    assert [e["kind"] for e in shown["history"]] == ["created"]
    listed = cli_json(capsys, "--db", db, "traders", "list", "--source", "telegram")
    assert [t["name"] for t in listed] == ["Alice"]


def test_text_output_is_a_table(capsys, db):
    add_alice(capsys, db)
    code, out, _ = cli(capsys, "traders", "list", "--db", db)
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["id", "name", "status"]
    assert "Alice" in out and "$300.00" in out


def test_invalid_setting_names_field_value_and_range_and_writes_nothing(capsys, db):
    code, out, err = cli(capsys, "traders", "add", "--db", db, "--name", "Bob", "--multiplier", "3")
    assert code == EXIT_INVALID
    assert out == ""
    assert "multiplier" in err and "3.0" in err and "0.5 to 2.0" in err
    assert cli_json(capsys, "traders", "list", "--db", db) == []


def test_signal_is_decided_recorded_and_not_copied_twice(capsys, db):
    add_alice(capsys, db)
    code, out, _ = signal(db, capsys)
    first = json.loads(out)
    assert code == 0 and first["decision"]["accepted"] is True
    assert first["paper"] is True and first["copied_trade"] is None  # the paper account fills it
    code, out, _ = signal(db, capsys)
    again = json.loads(out)
    assert again["duplicate"] is True and again["copied_trade"] is None
    stored = cli_json(capsys, "signals", "list", "--trader", "Alice", "--db", db)
    assert len(stored) == 1 and stored[0]["decision"]["accepted"] is True


def test_rejected_signal_says_why(capsys, db):
    add_alice(capsys, db)
    code, out, _ = signal(db, capsys, id="m-2", leverage=12)
    decision = json.loads(out)["decision"]
    assert code == 0
    assert decision == {
        "accepted": False,
        "reason": "leverage_above_max",
        "message": "Leverage 12x is above this trader's limit of 10x.",
    }
    code, out, _ = cli(capsys, "signals", "list", "--db", db)
    assert "Leverage 12x is above" in out and "rejected" in out


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ("{not json", "payload"),
        ('["a list"]', "signal"),
        (
            '{"trader": "Alice", "id": "x", "time": "yesterday", "symbol": "BTC", "side": "long",'
            ' "price": 1}',
            "time",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "up", "price": 1}',
            "side",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": -5}',
            "price",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 5, "confidence": 80}',
            "confidence",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 5, "colour": "red"}',
            "colour",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "9999-12-31T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 5}',
            "time",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 5, "received_time": "2008-01-01T00:00:00Z"}',
            "received_time",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 1e308}',
            "price",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 5, "stop_loss": 1e12}',
            "stop_loss",
        ),
        (
            '{"trader": "Alice", "id": "x", "time": "2026-01-01T00:00:00Z", "symbol": "BTC",'
            ' "side": "long", "price": 5, "take_profits": [6, 1e300]}',
            "take_profits",
        ),
    ],
)
def test_malformed_signal_is_refused_with_the_field_named(capsys, db, payload, field):
    add_alice(capsys, db)
    code, _out, err = cli(capsys, "signal", payload, "--db", db)
    assert code == EXIT_INVALID
    assert err.startswith(f"tradermanager: error: invalid input: {field}:")
    assert cli_json(capsys, "signals", "list", "--db", db) == []


def test_signal_from_file_and_unknown_trader(capsys, db, tmp_path):
    add_alice(capsys, db)
    path = tmp_path / "sig.json"
    path.write_text(
        json.dumps(
            {
                "trader": "Nobody",
                "id": 1,
                "time": "2026-01-01T00:00:00Z",
                "symbol": "ETH",
                "side": "short",
                "price": 3000,
            }
        )
    )
    code, _, err = cli(capsys, "signal", f"@{path}", "--db", db)
    assert code == EXIT_NOT_FOUND and "Nobody" in err


def test_toggle_delete_restore_purge(capsys, db):
    add_alice(capsys, db)
    assert cli_json(capsys, "traders", "toggle", "Alice", "--off", "--db", db)["active"] is False
    assert cli_json(capsys, "traders", "toggle", "Alice", "--db", db)["active"] is True
    cli_json(capsys, "traders", "delete", "Alice", "--db", db)
    assert cli_json(capsys, "traders", "list", "--db", db) == []
    archived = cli_json(capsys, "traders", "list", "--status", "archived", "--db", db)
    assert [t["name"] for t in archived] == ["Alice"]
    cli_json(capsys, "traders", "restore", "Alice", "--db", db)
    cli_json(capsys, "traders", "delete", "Alice", "--purge", "--db", db)
    code, _, _err = cli(capsys, "traders", "show", "Alice", "--db", db)
    assert code == EXIT_NOT_FOUND


def test_duplicate_and_promote(capsys, db):
    add_alice(capsys, db)
    copy = cli_json(capsys, "traders", "duplicate", "Alice", "--name", "Alice 2", "--db", db)
    assert copy["active"] is False and copy["whitelist"] == ["BTC", "ETH"]
    code, _, err = cli(capsys, "traders", "promote", "Alice", "--db", db)
    assert code == EXIT_INVALID and "paper trades 0 (needs ≥ 5)" in err
    status = cli_json(capsys, "traders", "promotion", "Alice", "--db", db)
    assert status["ready"] is False and status["summary"].startswith("0/0 trades profitable")
    custom = cli_json(capsys, "traders", "promotion", "Alice", "--min-trades", "1", "--db", db)
    assert custom["criteria"]["min_trades"] == 1 and custom["ready"] is False
    code, _, err = cli(capsys, "traders", "promotion", "Alice", "--min-win-rate", "2", "--db", db)
    assert code == EXIT_INVALID and "min_win_rate" in err
    live = cli_json(capsys, "traders", "promote", "Alice", "--override", "--db", db)
    assert live["mode"] == "live"
    history = cli_json(capsys, "traders", "show", "Alice", "--db", db)["history"]
    assert history[-1]["kind"] == "promoted to live"
    assert "overridden" in history[-1]["detail"]


def test_settings_set_and_show(capsys, db):
    values = cli_json(
        capsys, "settings", "set", "base_size=250", "require_confidence=true", "--db", db
    )
    assert values["base_size"] == 250.0 and values["require_confidence"] is True
    code, _, err = cli(capsys, "settings", "set", "slippage=0.9", "--db", db)
    assert code == EXIT_INVALID and "slippage" in err


def test_read_commands_refuse_a_missing_database(capsys, tmp_path):
    missing = tmp_path / "nope.sqlite"
    code, _, err = cli(capsys, "traders", "list", "--db", str(missing))
    assert code == EXIT_STORE and str(missing) in err
    assert not missing.exists()


def test_corrupt_database_gives_a_clear_error(capsys, tmp_path):
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not a database" * 100)
    before = corrupt.read_bytes()
    code, _, err = cli(capsys, "traders", "list", "--db", str(corrupt))
    assert code == EXIT_STORE and "is damaged" in err
    assert corrupt.read_bytes() == before


def test_demo_loads_a_small_portfolio(capsys, db):
    report = cli_json(capsys, "demo", "--traders", "6", "--days", "30", "--db", db)
    assert report["traders"] == 6 and report["trades"] > 0
    assert report["signals"] > report["trades"]
    traders = cli_json(capsys, "traders", "list", "--db", db)
    statuses = {t["name"]: (t["status"], t["mode"]) for t in traders}
    assert statuses["Paused Pete"][0] == "paused"
    assert statuses["Paper Newcomer"][1] == "paper"
    code, _, err = cli(capsys, "demo", "--db", db)
    assert code == EXIT_INVALID and "already" in err


def test_version_and_help_from_the_installed_entry_point():
    out = subprocess.run(
        [sys.executable, "-m", "tradermanager", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == f"tradermanager {__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "tradermanager", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for command in ("demo", "traders", "signal", "signals"):
        assert command in help_text


def test_metrics_and_backtest_commands(capsys, db):
    cli_json(capsys, "demo", "--traders", "3", "--days", "40", "--db", db)
    metrics = cli_json(capsys, "metrics", "Majors Momentum", "--window", "30d", "--db", db)
    assert metrics["window"] == "30d" and "sharpe_ratio" in metrics and "per_token" in metrics
    code, out, _ = cli(capsys, "metrics", "Majors Momentum", "--db", db)
    lines = {
        line.strip().rsplit("  ", 1)[0].strip(): line.rsplit("  ", 1)[-1]
        for line in out.splitlines()
        if "  " in line.strip()
    }
    assert code == 0
    assert lines["Max drawdown"] == f"{metrics['max_drawdown'] * 100:.1f}%".replace("-0.0%", "0.0%")
    assert lines["Avg leverage"] == f"{metrics['avg_leverage']:.1f}×".replace(".0×", "×")
    assert lines["Sharpe"] == f"{metrics['sharpe_ratio']:,.2f}"
    assert "Drawdown" in out.splitlines() and "Tail" in out.splitlines()
    report = cli_json(
        capsys, "backtest", "Meme Degen 20x", "--days", "30", "--max-leverage", "10", "--db", db
    )
    assert report["with_settings"]["rejected_by_reason"]["leverage_above_max"] > 0
    assert report["copy_everything_1x"]["rejected_by_reason"].get("leverage_above_max", 0) == 0
    ranged = cli_json(
        capsys,
        "backtest",
        "Meme Degen 20x",
        "--start",
        "2026-01-01T00:00:00Z",
        "--end",
        "2026-01-10T00:00:00Z",
        "--db",
        db,
    )
    assert ranged["start"].startswith("2026-01-01")
    code, _, err = cli(capsys, "backtest", "Meme Degen 20x", "--multiplier", "9", "--db", db)
    assert code == EXIT_INVALID and "multiplier" in err


def test_alerts_and_import_commands(capsys, db, tmp_path):
    fixture = Path(__file__).parents[1] / "sources" / "fixtures" / "telegram_export.json"
    report = cli_json(capsys, "import", "telegram", str(fixture), "--db", db)
    assert report["signals_found"] == 3 and report["created_trader"] is True
    rule = cli_json(
        capsys, "alerts", "add", "all", "--rule", "silence", "--threshold", "1", "--db", db
    )
    assert rule["rule"] == "silence" and rule["trader"] is None
    evaluated = cli_json(capsys, "alerts", "evaluate", "--db", db)
    assert evaluated["rules"] == 1 and len(evaluated["fired"]) == 1
    listed = cli_json(capsys, "alerts", "list", "--db", db)
    assert len(listed["events"]) == 1
    assert cli_json(capsys, "alerts", "ack", "--db", db)["acknowledged"] == 1
    code, _, err = cli(
        capsys, "alerts", "add", "all", "--rule", "drawdown", "--threshold", "0.5", "--db", db
    )
    assert code == EXIT_INVALID and "threshold" in err


def test_import_trades_command(capsys, db, tmp_path):
    path = tmp_path / "history.csv"
    path.write_text(
        "timestamp,exit_time,trader,symbol,side,leverage,entry,exit,quantity\n"
        "2026-01-02T10:00:00Z,2026-01-02T12:00:00Z,Dana,BTC,long,3,100,104,1\n",
        encoding="utf-8",
    )
    reports = cli_json(capsys, "import", "trades", str(path), "--db", db)
    assert reports[0]["trader"] == "Dana" and reports[0]["new_trades"] == 1
    path.write_text("timestamp,trader\n2026-01-02T10:00:00Z,Dana\n", encoding="utf-8")
    code, _, err = cli(capsys, "import", "trades", str(path), "--db", db)
    assert code == EXIT_INVALID and "history.csv" in err and "columns" in err


def test_the_read_only_commands_are_those_declared_so_and_refuse_a_missing_file(capsys, tmp_path):
    from tradermanager.cli.parser import build_parser, read_only_commands

    found = read_only_commands(build_parser())
    assert {"traders list", "metrics", "backtest", "portfolio", "settings show"} <= found
    assert not {"traders add", "signal", "demo", "import telegram", "settings set"} & found
    missing = tmp_path / "absent.sqlite"
    needs = {"compare": ["A", "B"], "metrics": ["A"], "backtest": ["A"]}
    needs["report"] = ["A", "--out", str(tmp_path / "r.html")]
    needs |= {"traders show": ["A"], "traders promotion": ["A"], "signals review show": ["1"]}
    needs["prices brackets show"] = ["BTC"]
    for command in sorted(found):
        code, _, err = cli(capsys, *command.split(), *needs.get(command, []), "--db", str(missing))
        assert code == 1 and "no database" in err and not missing.exists(), command
