"""import telegram|binance|csv: summaries in text and JSON, trades as an alias of csv,
bad files as exit code 2 with the file named."""

from __future__ import annotations

import json
from pathlib import Path

from tradermanager.cli import run

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_binance_command_text_and_json(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    code, out, _ = cli(
        capsys,
        "import",
        "binance",
        FIXTURES / "binance_trade_history.csv",
        "--db",
        db,
        "--leverage",
        "4",
        "--trader",
        "Whale",
    )
    assert code == 0
    assert "Whale (created): 9 fills read → 3 trades (1 still open)" in out
    assert "5 signals created" in out and "skipped" in out and "recorded at 4x" in out
    code, out, _ = cli(
        capsys,
        "import",
        "binance",
        FIXTURES / "binance_trade_history.csv",
        "--db",
        db,
        "--trader",
        "Whale",
        "--json",
    )
    report = json.loads(out)
    assert report["trades_created"] == 0 and report["already_imported"] == 5


def test_csv_and_its_trades_alias_and_telegram(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    path = tmp_path / "history.csv"
    path.write_text(
        "timestamp,exit_time,trader,symbol,side,leverage,entry,exit,quantity\n"
        "2026-01-02T10:00:00Z,2026-01-02T12:00:00Z,Dana,BTC,long,3,100,104,1\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "import", "csv", path, "--db", db)
    assert code == 0 and "Dana (created): 1 rows read, 1 new trades, 2 signals created" in out
    code, out, _ = cli(capsys, "import", "trades", path, "--db", db, "--json")
    rows = json.loads(out)
    assert rows[0]["new_trades"] == 0 and rows[0]["skipped"] == {"Row imported before.": 1}
    code, out, _ = cli(capsys, "import", "telegram", FIXTURES / "telegram_export.json", "--db", db)
    assert code == 0 and "11 messages read" in out and "skipped" in out


def test_bad_files_exit_2_naming_the_file(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    code, _, err = cli(capsys, "import", "csv", FIXTURES / "binance_trade_history.csv", "--db", db)
    assert code == 2 and "binance_trade_history.csv: columns" in err
    broken = tmp_path / "result.json"
    broken.write_text('{"name": "x", "messages": [{"id": 1,', encoding="utf-8")
    code, _, err = cli(capsys, "import", "telegram", broken, "--db", db)
    assert code == 2 and "result.json" in err and "ends in the middle" in err
    code, _, err = cli(
        capsys,
        "import",
        "binance",
        FIXTURES / "binance_trade_history.csv",
        "--db",
        db,
        "--leverage",
        "0",
    )
    assert code == 2 and "leverage" in err
