"""`tradermanager exchange connect | status | forget` against the emulator, with a keyring of
the test's own; the key and the secret end up in the keyring and nowhere else."""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import keyring
import pytest
from binance_usdm_emulator import API_KEY, API_SECRET

from notify_servers import FileKeyring
from tradermanager.cli import run
from tradermanager.exchange.credentials import SERVICE
from tradermanager.logs import write_crash_report


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TM_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _run(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_connect_status_forget(emulator, db_path, monkeypatch, capsys, test_keyring):
    code, out, err = _run(
        ["exchange", "connect", "--url", emulator.url, "--db", str(db_path)],
        f"{API_KEY}\n{API_SECRET}\n",
        monkeypatch,
        capsys,
    )
    assert code == 0, err
    assert "Connected" in out and "10,000.00 USDT wallet" in out
    assert "Position mode:   one-way" in out and "Can trade:       yes" in out
    assert "WARNING" not in out
    assert test_keyring.get_password(SERVICE, "api_key") == API_KEY
    emulator.state.can_withdraw = True
    code, out, _ = _run(
        ["exchange", "status", "--json", "--db", str(db_path)], "", monkeypatch, capsys
    )
    status = json.loads(out)
    assert code == 0 and status["can_withdraw"] is True and status["margin_mode"] == "cross"
    assert status["balance"]["wallet"] == 10000 and status["target"] == emulator.url
    assert any("WITHDRAW" in w for w in status["warnings"])
    emulator.missing.add(("GET", "/fapi/v1/accountConfig"))  # a server with older reads only
    code, out, _ = _run(
        ["exchange", "status", "--json", "--db", str(db_path)], "", monkeypatch, capsys
    )
    status = json.loads(out)
    assert code == 0 and status["position_mode"] == "one-way"
    assert any("does not report the account's key permissions" in w for w in status["warnings"])
    code, out, _ = _run(["exchange", "forget", "--db", str(db_path)], "", monkeypatch, capsys)
    assert code == 0 and "deleted" in out
    assert test_keyring.get_password(SERVICE, "api_key") is None
    code, _, err = _run(["exchange", "status", "--db", str(db_path)], "", monkeypatch, capsys)
    assert code == 4 and "exchange connect" in err


def test_a_refused_key_is_not_saved(emulator, db_path, monkeypatch, capsys, test_keyring):
    code, _, err = _run(
        ["exchange", "connect", "--url", emulator.url, "--db", str(db_path)],
        f"{API_KEY}\nWrongSecret0123456789\n",
        monkeypatch,
        capsys,
    )
    assert code != 0 and "refused the API key" in err
    assert test_keyring.get_password(SERVICE, "api_key") is None


def test_missing_second_line_and_arguments_for_the_key_are_refused(db_path, monkeypatch, capsys):
    code, _, err = _run(
        ["exchange", "connect", "--db", str(db_path)], f"{API_KEY}\n", monkeypatch, capsys
    )
    assert code == 4 and "two lines" in err
    with pytest.raises(SystemExit):  # there is no way to put the key on a command line
        run(["exchange", "connect", "--api-key", API_KEY, "--db", str(db_path)])
    with pytest.raises(SystemExit):
        run(["exchange", "connect", "--demo", "--url", "http://x", "--db", str(db_path)])


def test_the_key_never_reaches_database_logs_crash_reports_or_output(
    emulator, db_path, tmp_path, monkeypatch, capsys
):
    logs = tmp_path / "logs"
    logs.mkdir()
    handler = logging.FileHandler(logs / "tradermanager.log")
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        _, out1, err1 = _run(
            ["exchange", "connect", "--url", emulator.url, "--db", str(db_path)],
            f"{API_KEY}\n{API_SECRET}\n",
            monkeypatch,
            capsys,
        )
        _, out2, err2 = _run(["exchange", "status", "--db", str(db_path)], "", monkeypatch, capsys)
        logging.getLogger("ccxt").debug("request headers %s", {"X-MBX-APIKEY": API_KEY})
        try:
            raise RuntimeError("a crash while connected")
        except RuntimeError as exc:
            write_crash_report(type(exc), exc, exc.__traceback__, logs)
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
    files = [db_path, *db_path.parent.glob(db_path.name + "*"), *logs.iterdir()]
    assert len(list(logs.iterdir())) == 2
    for path in files:
        data = path.read_bytes()
        assert API_KEY.encode() not in data and API_SECRET.encode() not in data, path
    for text in (out1, err1, out2, err2, " ".join(sys.argv)):
        assert API_KEY not in text and API_SECRET not in text
    assert "«hidden»" in (logs / "tradermanager.log").read_text()
