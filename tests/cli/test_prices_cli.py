"""tradermanager prices import / list: text, JSON, and a bad file as exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

from tradermanager.cli import run

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures" / "binance_archive"


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_list(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    code, out, _ = cli(capsys, "prices", "import", FIXTURES / "BTCUSDT-1m-2024-03-10.csv",
                       FIXTURES / "BTCUSDT-fundingRate-2024-01.csv", "--db", db)  # fmt: skip
    assert code == 0
    assert "5 BTCUSDT 1m candles, 2024-03-10T00:00:00Z … 2024-03-10T00:04:00Z" in out
    assert "5 new candles and 4 new funding settlements stored\n" in out
    code, out, _ = cli(capsys, "prices", "import", FIXTURES / "BTCUSDT-1m-2024-03-10.csv",
                       "--db", db)  # fmt: skip
    assert "0 new candles and 0 new funding settlements stored; 5 rows replaced" in out
    code, out, _ = cli(capsys, "prices", "list", "--db", db)
    assert code == 0
    assert "BTCUSDT        1m       2024-03-10T00:00:00Z  2024-03-10T00:04:00Z           5" in out
    code, out, _ = cli(capsys, "prices", "list", "--json", "--db", db)
    data = json.loads(out)
    assert data["candles"] == [
        {
            "symbol": "BTCUSDT",
            "interval": "1m",
            "first": "2024-03-10T00:00:00Z",
            "last": "2024-03-10T00:04:00Z",
            "count": 5,
            "missing": 0,
        }
    ]
    assert data["funding"][0]["count"] == 4


def test_import_json_and_options(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    code, out, _ = cli(capsys, "prices", "import", FIXTURES / "ETHUSDT-1h-2021-05.csv",
                       "--symbol", "ETH", "--interval", "1h", "--json", "--db", db)  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["candles_added"] == 3 and data["files"][0]["symbol"] == "ETHUSDT"


def test_a_bad_file_is_exit_code_2_naming_it(capsys, tmp_path):
    bad = tmp_path / "BTCUSDT-1m-2024-03.csv"
    bad.write_text("1710028800000,1,2,3\n")
    code, out, err = cli(capsys, "prices", "import", bad, "--db", tmp_path / "db.sqlite")
    assert code == 2 and out == ""
    assert f"{bad}: line 1: 4 fields, expected 12" in err


def test_list_on_a_missing_file_is_refused(capsys, tmp_path):
    code, _, err = cli(capsys, "prices", "list", "--db", tmp_path / "none.sqlite")
    assert code == 1 and "no database" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_list_of_an_empty_database(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    cli(capsys, "settings", "set", "funding_rate=0.0002", "--db", db)
    code, out, _ = cli(capsys, "prices", "list", "--db", db)
    assert code == 0 and out == "No candles or funding rates stored.\n"


def test_delete_one_interval_or_everything(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    cli(capsys, "prices", "import", FIXTURES / "BTCUSDT-1m-2024-03-10.csv",
        FIXTURES / "BTCUSDT-fundingRate-2024-01.csv", "--db", db)  # fmt: skip
    code, out, _ = cli(capsys, "prices", "delete", "BTC", "--interval", "1h", "--db", db)
    assert code == 0 and out == "BTC: 0 1h candles removed\n"
    code, out, _ = cli(capsys, "prices", "delete", "BTC", "--db", db)
    assert code == 0 and out == "BTC: 5 candles and funding history removed\n"
    code, out, _ = cli(capsys, "prices", "list", "--db", db)
    assert out == "No candles or funding rates stored.\n"
