"""From the command line, against the emulator: connect, make a trader live (asked to
confirm), feed a signal, and read the live copy beside the paper ones."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from binance_usdm_emulator import API_KEY, API_SECRET
from keyring.backends.fail import Keyring

from notify_servers import FileKeyring
from tradermanager.cli import run


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TM_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    # a file keyring chosen as the default would keep this test's key for later tests
    keyring.set_keyring(previous if not isinstance(previous, FileKeyring) else Keyring())


def _run(argv: list[str], monkeypatch, capsys, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _signal(trader: str, source_id: str, **fields) -> str:
    payload = {
        "trader": trader,
        "id": source_id,
        "time": datetime.now(UTC).isoformat(),
        "symbol": "ETHUSDT",
        "side": "short",
        "kind": "open",
        "price": 3000,
        "leverage": 3,
        "stop_loss": 3150,
        "take_profits": [2850],
    }
    payload.update(fields)
    return json.dumps(payload)


def test_a_trader_made_live_from_the_command_line_copies_on_the_exchange(
    emulator, db_path, monkeypatch, capsys
):
    db = ["--db", str(db_path)]
    code, _, err = _run(
        ["exchange", "connect", "--url", emulator.url, *db],
        monkeypatch,
        capsys,
        f"{API_KEY}\n{API_SECRET}\n",
    )
    assert code == 0, err
    code, _, err = _run(["traders", "add", "--name", "Shorty", "--live", *db], monkeypatch, capsys)
    assert code == 2 and "confirm with --yes" in err  # no terminal, no --yes: nothing changes
    code, out, _ = _run(["traders", "list", "--json", *db], monkeypatch, capsys)
    assert json.loads(out) == []
    code, _, err = _run(
        ["traders", "add", "--name", "Shorty", "--live", "--yes", *db], monkeypatch, capsys
    )
    assert code == 0 and f"real orders on {emulator.url}" in err
    code, out, err = _run(["signal", _signal("Shorty", "e1"), "--json", *db], monkeypatch, capsys)
    assert code == 0, err
    decision = json.loads(out)["decision"]
    assert decision["accepted"] and "Live: sold 0.2 ETHUSDT at 3000" in decision["message"]
    assert emulator.position("ETHUSDT").amount == Decimal("-0.2")  # 200 USD × 3 / 3000
    code, out, _ = _run(["positions", "list", "--json", *db], monkeypatch, capsys)
    [live] = [p for p in json.loads(out)["positions"] if p["mode"] == "live"]
    assert live["status"] == "open" and live["entry_price"] == 3000 and live["remaining"] == 0.2
    assert live["stop_loss"] == 3150 and live["take_profits"] == [2850]
    code, out, _ = _run(["orders", "list", "--json", *db], monkeypatch, capsys)
    legs = {o["leg"]: o for o in json.loads(out)["live"]}
    assert set(legs) == {"entry", "stop", "tp1"}
    assert legs["stop"]["state"] == "open" and legs["stop"]["reduce_only"]
    code, out, _ = _run(["positions", "list", *db], monkeypatch, capsys)
    assert "live  Shorty  ETH     short  3x   3000" in out


def test_making_a_paper_trader_live_without_an_exchange_warns_and_is_allowed(
    db_path, monkeypatch, capsys
):
    db = ["--db", str(db_path)]
    assert _run(["traders", "add", "--name", "Paper", *db], monkeypatch, capsys)[0] == 0
    code, out, err = _run(
        ["traders", "update", "Paper", "--live", "--yes", "--json", *db], monkeypatch, capsys
    )
    assert code == 0 and "No exchange is connected" in err
    assert json.loads(out)["paper_only"] is False
    code, out, _ = _run(["signal", _signal("Paper", "p1"), "--json", *db], monkeypatch, capsys)
    assert (
        "not connected to an exchange: no order was sent" in json.loads(out)["decision"]["message"]
    )
