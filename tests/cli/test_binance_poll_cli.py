"""`tradermanager poll binance` end to end: one poll now, the report as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from binance_site import OTHER_UID, UID, BinanceSite, Reply, serve
from tradermanager.cli import EXIT_NETWORK, run


@pytest.fixture
def site() -> Iterator[BinanceSite]:
    yield from serve()


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_poll_binance_prints_the_report(capsys, site, tmp_path: Path):
    db = str(tmp_path / "cli.sqlite")
    site.serve_recorded("positions_1.json")
    assert cli(capsys, "settings", "set", "--db", db, f"binance_base_url={site.url}")[0] == 0
    code, _, err = cli(
        capsys,
        "traders",
        "add",
        "--db",
        db,
        "--name",
        "Whale",
        "--source",
        "binance",
        "--source-ref",
        UID,
        "--max-leverage",
        "10",
    )
    assert code == 0, err
    code, out, err = cli(capsys, "poll", "binance", "--db", db)
    assert code == 0, err
    assert out.splitlines() == [
        "Binance: 1 traders polled, 5 open positions seen, 0 new signals (0 accepted, "
        "0 rejected), 0 with hidden positions, 0 errors",
        "  Whale: 5 open positions remembered (first look, nothing copied)",
    ]
    site.serve_recorded("positions_2.json")
    code, out, err = cli(capsys, "poll", "binance", "Whale", "--db", db, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["signals_created"] == 5 and report["accepted"] == 1
    assert report["traders"][0]["changes"][-1] == "opened XRPUSDT short 1000 at 0.6 (5x)"
    assert report["polled_at"].endswith("Z")
    code, out, _ = cli(capsys, "signals", "list", "--trader", "Whale", "--db", db, "--json")
    assert len(json.loads(out)) == 5


def test_poll_binance_of_an_unknown_trader_is_not_found(capsys, tmp_path: Path):
    code, _, err = cli(capsys, "poll", "binance", "Nobody", "--db", str(tmp_path / "x.sqlite"))
    assert code == 3 and "Nobody" in err


def _add(capsys, db: str, name: str, uid: str) -> None:
    args = ("traders", "add", "--db", db, "--name", name, "--source", "binance")
    code, _, err = cli(capsys, *args, "--source-ref", uid)
    assert code == 0, err


def test_poll_binance_exits_non_zero_only_when_every_trader_failed(capsys, site, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    assert cli(capsys, "settings", "set", "--db", db, f"binance_base_url={site.url}")[0] == 0
    _add(capsys, db, "Whale", UID)
    _add(capsys, db, "Other", OTHER_UID)
    site.serve_recorded(uid=UID)
    site.answer(
        "getOtherLeaderboardBaseInfo", Reply(b"<html>blocked</html>", status=403), OTHER_UID
    )
    code, out, err = cli(capsys, "poll", "binance", "--db", db)
    assert code == 0, err  # one of two failed: the poll still read something
    assert "1 errors" in out.splitlines()[0]
    site.answer("getOtherLeaderboardBaseInfo", Reply(b"<html>blocked</html>", status=403), UID)
    code, out, err = cli(capsys, "poll", "binance", "--db", db, "--json")
    assert code == EXIT_NETWORK == 5
    assert len(json.loads(out)["errors"]) == 2  # the report is printed all the same
    assert err.startswith("tradermanager: error: every Binance trader's poll failed (2)")
    assert "HTTP 403" in err
