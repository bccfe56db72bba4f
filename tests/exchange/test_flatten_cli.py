"""`tradermanager exchange flatten | reconcile` against the emulator, with the key in a keyring
of the test's own."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import keyring
import pytest
from binance_usdm_emulator import API_KEY, API_SECRET
from live_fixtures import btc_long

from notify_servers import FileKeyring
from tradermanager.cli import run
from tradermanager.services import open_services
from tradermanager.services.order_gateway import OrderGateway


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TM_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _open_copy(connector, clock, db_path, trader: str | None = None) -> None:
    """A live copy recorded in the file, as the window would have opened it (of a live
    ``trader`` when given)."""
    svc = open_services(str(db_path), clock=clock)
    try:
        trader_id = svc.traders.add(name=trader, paper_only=False).id if trader else None
        OrderGateway(svc.store, connector, clock).open_copy(btc_long(trader_id=trader_id))
    finally:
        svc.close()


def _run(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_flatten_asks_closes_reports_and_is_idempotent(
    emulator, connector, clock, db_path, monkeypatch, capsys
):
    db = ["--db", str(db_path)]
    code, _, err = _run(
        ["exchange", "connect", "--url", emulator.url, *db],
        f"{API_KEY}\n{API_SECRET}\n",
        monkeypatch,
        capsys,
    )
    assert code == 0, err
    _open_copy(connector, clock, db_path, trader="Alice")

    code, _, err = _run(["exchange", "flatten", "--json", *db], "", monkeypatch, capsys)
    assert code == 2 and "--yes" in err  # invalid input, no terminal to ask on: nothing done
    assert emulator.position("BTCUSDT").amount > 0

    code, out, err = _run(["exchange", "flatten", "--yes", "--json", *db], "", monkeypatch, capsys)
    report = json.loads(out)
    assert code == 0, err
    assert report["ok"] and len(report["closed"]) == 1 and report["failed"] == []
    assert report["paused"] == ["Alice"]  # paused first, so nothing new opens
    assert report["closed"][0].startswith("BTCUSDT long 0.01 at 60000")
    assert emulator.position("BTCUSDT").amount == 0 and emulator.open_algos() == []

    code, out, _ = _run(["exchange", "flatten", *db], "", monkeypatch, capsys)
    assert code == 0 and "Nothing to close" in out

    code, out, _ = _run(["exchange", "reconcile", "--json", *db], "", monkeypatch, capsys)
    result = json.loads(out)
    assert code == 0 and result["findings"] == [] and result["open_copies"] == 0


def test_flatten_on_a_terminal_asks_first(emulator, connector, clock, db_path, monkeypatch, capsys):
    db = ["--db", str(db_path)]
    _run(
        ["exchange", "connect", "--url", emulator.url, *db],
        f"{API_KEY}\n{API_SECRET}\n",
        monkeypatch,
        capsys,
    )
    _open_copy(connector, clock, db_path, trader="Bob")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("no\n"))
    assert run(["exchange", "flatten", *db]) == 0
    _, err = capsys.readouterr()
    assert "close BTCUSDT long 0.01 (copy alice:msg1)" in err and "Nothing was done" in err
    assert "pause Bob first, so nothing new opens" in err
    assert emulator.position("BTCUSDT").amount > 0
    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    assert run(["exchange", "flatten", "--keep-copying", *db]) == 0
    out, err = capsys.readouterr()
    assert "closed     BTCUSDT long 0.01" in out
    assert "paused" not in out and "first, so nothing new opens" not in err
    assert emulator.position("BTCUSDT").amount == 0


def test_flatten_that_cannot_close_everything_exits_1(
    emulator, connector, clock, db_path, monkeypatch, capsys
):
    from decimal import Decimal

    from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide

    db = ["--db", str(db_path)]
    _run(
        ["exchange", "connect", "--url", emulator.url, *db],
        f"{API_KEY}\n{API_SECRET}\n",
        monkeypatch,
        capsys,
    )
    _open_copy(connector, clock, db_path)
    connector.place(
        OrderRequest(
            "BTCUSDT", OrderSide.SELL, OrderKind.MARKET, Decimal("0.01"), "byhand", reduce_only=True
        )
    )
    code, out, err = _run(["exchange", "flatten", "--yes", *db], "", monkeypatch, capsys)
    assert code == 1 and "FAILED" in out and "could not be closed" in err
