"""`tradermanager notify …` and alert routing on the command line, against loopback servers."""

from __future__ import annotations

import io
import json

import pytest

from notify_servers import CHAT_ID, CHAT_NOT_FOUND, TOKEN, bot_api_server, smtp_server
from tradermanager.cli import EXIT_INVALID, EXIT_NOT_DELIVERED, run


def cli(capsys, monkeypatch, *args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.sqlite")


def test_set_up_test_and_read_the_outbox(capsys, monkeypatch, db, test_keyring):
    with bot_api_server() as api, smtp_server() as box:
        code, out, err = cli(
            capsys,
            monkeypatch,
            "notify",
            "telegram",
            "--db",
            db,
            "--chat-id",
            CHAT_ID,
            "--token-stdin",
            "--base-url",
            api.url,
            "--quiet-from",
            "22:00",
            "--quiet-to",
            "07:00",
            stdin=TOKEN + "\n",
        )
        assert code == 0, err
        assert "secret is in the OS keyring" in out and TOKEN not in out
        assert test_keyring.get_password("tradermanager-notify", "telegram_bot_token") == TOKEN
        code, out, err = cli(
            capsys,
            monkeypatch,
            "notify",
            "email",
            "--db",
            db,
            "--host",
            "127.0.0.1",
            "--port",
            str(box.port),
            "--security",
            "none",
            "--to",
            "ann@example.com",
        )
        assert code == 0, err
        code, out, err = cli(capsys, monkeypatch, "notify", "test", "telegram", "--db", db)
        assert code == 0 and "Test message sent (chat 123456789)" in out
        assert api.delivered[0].startswith("tradermanager test message")
        assert cli(capsys, monkeypatch, "notify", "test", "email", "--db", db)[0] == 0
        assert box.messages[0]["Subject"] == "tradermanager test message"
        api.script = [CHAT_NOT_FOUND]
        code, out, err = cli(capsys, monkeypatch, "notify", "test", "telegram", "--db", db)
        assert code == EXIT_NOT_DELIVERED and "chat not found" in err
        code, out, err = cli(capsys, monkeypatch, "notify", "status", "--db", db, "--json")
        status = json.loads(out)
        assert [c["channel"] for c in status["channels"]] == ["telegram", "email"]
        assert status["channels"][0]["quiet_hours"] == "22:00–07:00"
        assert status["channels"][0]["secret_saved"] is True and status["outbox"] == {}
        assert TOKEN not in out

        # a rule routed to Telegram fires; deliver sends it; the outbox shows it sent
        assert cli(capsys, monkeypatch, "traders", "add", "--db", db, "--name", "Ann")[0] == 0
        code, out, err = cli(
            capsys,
            monkeypatch,
            "alerts",
            "add",
            "Ann",
            "--db",
            db,
            "--rule",
            "source-silent",
            "--channels",
            "telegram",
            "--severity",
            "urgent",
            "--json",
        )
        rule = json.loads(out)
        assert (
            code == 0 and rule["channels"] == ["tray", "telegram"] and rule["severity"] == "urgent"
        )
        code, out, err = cli(
            capsys,
            monkeypatch,
            "alerts",
            "route",
            str(rule["id"]),
            "--db",
            db,
            "--channels",
            "telegram,email",
            "--json",
        )
        assert json.loads(out)["channels"] == ["tray", "email", "telegram"]
        assert json.loads(out)["severity"] == "urgent"


def test_secrets_are_never_arguments_and_bad_input_is_named(capsys, monkeypatch, db):
    code, _out, err = cli(
        capsys,
        monkeypatch,
        "notify",
        "telegram",
        "--db",
        db,
        "--chat-id",
        "me",
        "--token-stdin",
        stdin=TOKEN,
    )
    assert code == EXIT_INVALID and "chat_id: got 'me'" in err
    code, _out, err = cli(
        capsys,
        monkeypatch,
        "notify",
        "telegram",
        "--db",
        db,
        "--chat-id",
        CHAT_ID,
        "--token-stdin",
        stdin="not-a-token",
    )
    assert code == EXIT_INVALID and "bot_token: got '11 characters'" in err
    assert "not-a-token" not in err
    with pytest.raises(SystemExit):
        run(["notify", "telegram", "--db", db, "--chat-id", CHAT_ID, "--token", TOKEN])
