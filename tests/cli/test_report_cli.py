"""`tradermanager report`: a readable HTML file from the command line, clear errors."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tradermanager.cli import EXIT_INVALID, EXIT_NOT_FOUND, EXIT_STORE, run
from tradermanager.services import open_services
from tradermanager.ui import formatting as fmt

NAME = "Majors Momentum"


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert run(["demo", "--db", path, "--traders", "4", "--days", "60"]) == 0
    capsys.readouterr()
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


def test_report_writes_a_readable_file(capsys, db, tmp_path):
    out = tmp_path / "majors.html"
    code, stdout, err = cli(
        capsys, "report", NAME, "--window", "90d", "--out", str(out), "--db", db
    )
    assert code == 0, err
    assert str(out) in stdout and err == ""
    html = out.read_text(encoding="utf-8")
    parser = Text()
    parser.feed(html)
    text = " ".join(parser.parts)
    assert NAME in text and "window 90d" in text.lower()
    svc = open_services(db, create=False)
    try:
        values = svc.metrics.trader_metrics(NAME, "90d").values
    finally:
        svc.close()
    assert fmt.pct(values["roi_90d"]) in text
    assert fmt.number(values["sharpe_ratio"]) in text
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 5
    assert all(base64.b64decode(i).startswith(b"\x89PNG") for i in images)
    assert not list(tmp_path.glob(".*.tmp"))


def test_json_output_names_the_file(capsys, db, tmp_path):
    out = tmp_path / "r.html"
    code, stdout, err = cli(capsys, "report", NAME, "--out", str(out), "--db", db, "--json")
    assert code == 0, err
    data = json.loads(stdout)
    assert data["trader"] == NAME and data["window"] == "30d"
    assert Path(data["file"]) == out.resolve() and data["bytes"] == out.stat().st_size


def test_an_unwritable_file_is_invalid_input_and_nothing_is_written(capsys, db, tmp_path):
    out = tmp_path / "missing" / "r.html"
    code, stdout, err = cli(capsys, "report", NAME, "--out", str(out), "--db", db)
    assert code == EXIT_INVALID and stdout == ""
    assert "report file" in err and str(out) in err and "No such file or directory" in err
    assert not (tmp_path / "missing").exists()


def test_unknown_trader_and_missing_database(capsys, db, tmp_path):
    code, _, err = cli(capsys, "report", "Nobody", "--out", str(tmp_path / "x.html"), "--db", db)
    assert code == EXIT_NOT_FOUND and "Nobody" in err
    missing = tmp_path / "none.sqlite"
    code, _, err = cli(
        capsys, "report", NAME, "--out", str(tmp_path / "x.html"), "--db", str(missing)
    )
    assert code == EXIT_STORE and not missing.exists()
    assert not (tmp_path / "x.html").exists()


def test_out_is_required(capsys, db):
    with pytest.raises(SystemExit) as caught:
        run(["report", NAME, "--db", db])
    assert caught.value.code == 2
    assert "--out" in capsys.readouterr().err
