"""tradermanager prices brackets import / show / list / forget: text, JSON, bad file → 2."""

from __future__ import annotations

import json
from pathlib import Path

from tradermanager.cli import run

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures" / "leverage_brackets"


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_show_import_show_forget(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    code, out, _ = cli(capsys, "prices", "brackets", "import",
                       FIXTURES / "binance_leverage_bracket.json", "--db", db)  # fmt: skip
    assert code == 0 and "brackets of 2 contracts stored (SUSHIUSDT, WIFUSDT)" in out
    code, out, _ = cli(capsys, "prices", "brackets", "show", "WIF", "--db", db)
    assert code == 0
    assert out.startswith("WIFUSDT: imported from a file, as of ")
    assert " 1                     0 – 5,000    1.50%           0.00      50x" in out
    assert " 2                5,000 – 50,000    2.00%          25.00      25x" in out
    code, out, _ = cli(capsys, "prices", "brackets", "list", "--json", "--db", db)
    data = json.loads(out)
    assert [t["symbol"] for t in data["stored"]] == ["SUSHIUSDT", "WIFUSDT"]
    assert data["bundled"]["as_of"] == "2024-10-24T00:00:00Z"
    code, out, _ = cli(capsys, "prices", "brackets", "forget", "WIF", "--db", db)
    assert "WIFUSDT" not in out and "8 stored brackets removed" in out
    code, out, _ = cli(capsys, "prices", "brackets", "show", "WIF", "--json", "--db", db)
    data = json.loads(out)
    assert data["origin"] == "bundled" and data["brackets"][0]["notional_cap"] == 20_000


def test_an_unknown_contract_says_estimated(capsys, tmp_path):
    db = tmp_path / "db.sqlite"
    cli(capsys, "prices", "brackets", "import", FIXTURES / "ccxt_leverage_tiers.json", "--db", db)
    code, out, _ = cli(capsys, "prices", "brackets", "show", "NOSUCH", "--db", db)
    assert code == 0 and out.startswith("NOSUCHUSDT: ESTIMATED")
    code, out, _ = cli(capsys, "prices", "brackets", "show", "NOSUCH", "--json", "--db", db)
    data = json.loads(out)
    assert data["estimated"] is True and data["brackets"][0]["maint_margin_ratio"] == 0.015


def test_a_bad_file_is_exit_code_2_naming_the_symbol(capsys, tmp_path):
    bad = tmp_path / "tiers.json"
    bracket = '{"bracket": 1, "initialLeverage": 50, "notionalCap": 5000, "notionalFloor": 100, '
    bracket += '"maintMarginRatio": 0.01}'
    bad.write_text(f'[{{"symbol": "WIFUSDT", "brackets": [{bracket}]}}]')
    code, out, err = cli(capsys, "prices", "brackets", "import", bad, "--db", tmp_path / "d.sqlite")
    assert code == 2 and out == ""
    assert "tiers.json: WIFUSDT bracket 1 notional floor" in err
