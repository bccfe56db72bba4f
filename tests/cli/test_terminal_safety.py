"""Nothing from other people reaches the terminal raw: control characters and bidi overrides
in names and texts are shown as <U+XXXX> in text output and escaped in JSON; names with
them are refused on input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tradermanager.cli import EXIT_INVALID, run

HOSTILE = "Evil\x1b[2J\x1b]0;owned\x07 \u202eTROHS\u202c\r\x9b"
RAW = ("\x1b", "\x07", "\r", "\u202e", "\u202c", "\x9b")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    """A database holding a trader whose name an older release let through unchecked."""
    path = str(tmp_path / "cli.sqlite")
    assert cli(capsys, "traders", "add", "--db", path, "--name", "Alice")[0] == 0
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE trader SET name = ?, notes = ?", (HOSTILE, "line one\nline\x1b two"))
    conn.close()
    return path


def test_text_output_shows_every_unsafe_character(capsys, db):
    for command in (("traders", "list"), ("traders", "show", HOSTILE)):
        code, out, _ = cli(capsys, *command, "--db", db)
        assert code == 0
        assert not any(c in out for c in RAW)
        assert (
            "Evil<U+001B>[2J<U+001B>]0;owned<U+0007> <U+202E>TROHS<U+202C><U+000D><U+009B>" in out
        )


def test_json_output_escapes_them_and_reads_back_the_same(capsys, db):
    code, out, _ = cli(capsys, "traders", "list", "--db", db, "--json")
    assert code == 0 and not any(c in out for c in RAW)
    assert "\\u001b[2J" in out and "\\u202e" in out and "\\u009b" in out
    assert json.loads(out)[0]["name"] == HOSTILE


def test_names_with_them_are_refused_and_the_error_is_safe(capsys, tmp_path):
    db = str(tmp_path / "new.sqlite")
    code, _, err = cli(capsys, "traders", "add", "--db", db, "--name", "Bob\u202eKCAB")
    assert code == EXIT_INVALID
    assert "U+202E" in err and "\u202e" not in err
    payload = {
        "trader": "Bob\x1b[31m",
        "id": "1",
        "time": "2026-01-01T00:00:00Z",
        "symbol": "BTC",
        "side": "long",
        "price": 5,
    }
    code, _, err = cli(capsys, "signal", json.dumps(payload), "--db", db)
    assert code == EXIT_INVALID and err.startswith("tradermanager: error: invalid input: trader:")
    assert "\x1b" not in err and "U+001B" in err
