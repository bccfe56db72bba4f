"""``tradermanager compare`` end to end on a real SQLite file: JSON equal to the services'
figures, the text table, a cloned trader flagged, exit codes 2 and 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trader_clone import clone_trader
from tradermanager.cli import EXIT_INVALID, EXIT_NOT_FOUND, run
from tradermanager.services import open_services

NAMES = ["BTC Swing Sage", "Majors Momentum", "Signal Sniper VIP"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("compare") / "cli.sqlite")
    assert run(["demo", "--db", path, "--days", "90", "--seed", "5"]) == 0
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_the_services_comparison(capsys, db):
    code, out, err = cli(capsys, "compare", *NAMES, "--db", db, "--window", "90d", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["window"] == "90d"
    assert [t["name"] for t in data["traders"]] == NAMES
    svc = open_services(db, create=False)
    try:
        ids = [svc.traders.get(n).id for n in NAMES]
        snaps = svc.metrics.snapshots("90d", ids)
        equity = [svc.metrics.equity(t, "90d") for t in ids]
    finally:
        svc.close()
    rows = {row["key"]: row for row in data["metrics"]}
    for key in ("roi_90d", "sharpe_ratio", "win_rate", "max_drawdown", "risk_score"):
        expected = {n: snaps[t].values[key] for n, t in zip(NAMES, ids, strict=True)}
        assert rows[key]["values"] == pytest.approx(expected), key
    sharpe = rows["sharpe_ratio"]["values"]
    assert rows["sharpe_ratio"]["best"] == [max(sharpe, key=sharpe.__getitem__)]
    risk = rows["risk_score"]["values"]
    assert rows["risk_score"]["best"] == [min(risk, key=risk.__getitem__)]
    assert len(data["radar"]) == 8
    for axis in data["radar"]:
        assert all(v is None or 0 <= v <= 1 for v in axis["scaled"].values())
    for name, series in zip(NAMES, equity, strict=True):
        assert [p["equity"] for p in data["equity"][name]] == pytest.approx(list(series.equity))
    tokens = data["tokens"]
    assert {t["token"] for t in tokens["shares"]} and len(tokens["pair_overlap"]) == 3
    for entry in tokens["shares"]:
        assert entry["holders"] == sum(1 for v in entry["shares"].values() if v > 0)
    matrix = data["correlation"]["matrix"]
    assert matrix[NAMES[0]][NAMES[1]] == matrix[NAMES[1]][NAMES[0]]
    assert data["correlation"]["redundant"] == []


def test_text_table_marks_the_best(capsys, db):
    code, out, err = cli(capsys, "compare", *NAMES[:2], "--db", db)
    assert code == 0, err
    assert out.startswith("window 30d")
    header = out.splitlines()[1]
    assert NAMES[0] in header and NAMES[1] in header
    assert " *" in out and "Sharpe" in out and "pair overlap" in out


def test_a_cloned_trader_is_reported_redundant(capsys, db, tmp_path: Path):
    svc = open_services(db)
    try:
        clone_trader(svc, "Majors Momentum", "Momentum Twin", tmp_path)
    finally:
        svc.close()
    code, out, err = cli(
        capsys, "compare", "Majors Momentum", "Momentum Twin", "--db", db, "--window", "all"
    )
    assert code == 0, err
    assert "redundant: Majors Momentum and Momentum Twin" in out
    assert "copying both doubles the same bet" in out
    code, out, _ = cli(
        capsys,
        "compare",
        "Majors Momentum",
        "Momentum Twin",
        "--db",
        db,
        "--window",
        "all",
        "--json",
    )
    (pair,) = json.loads(out)["correlation"]["redundant"]
    assert pair["a"] == "Majors Momentum" and pair["correlation"] > 0.99


@pytest.mark.parametrize("count", [1, 7])
def test_fewer_than_two_or_more_than_six_is_invalid(capsys, db, count):
    names = [f"T{i}" for i in range(count)]
    code, out, err = cli(capsys, "compare", *names, "--db", db)
    assert code == EXIT_INVALID and out == ""
    assert f"traders: got {count}; allowed: 2 to 6 traders to compare" in err


def test_the_same_trader_twice_is_invalid(capsys, db):
    code, _, err = cli(capsys, "compare", NAMES[0], NAMES[0].upper(), "--db", db)
    assert code == EXIT_INVALID and "each trader once" in err


def test_unknown_trader_is_not_found(capsys, db):
    code, out, err = cli(capsys, "compare", NAMES[0], "Nobody Here", "--db", db, "--json")
    assert code == EXIT_NOT_FOUND and out == ""
    assert "no trader named 'Nobody Here'" in err


def test_unknown_window_is_refused_by_the_grammar(capsys, db):
    with pytest.raises(SystemExit) as exc:
        run(["compare", *NAMES[:2], "--db", db, "--window", "14d"])
    assert exc.value.code == 2
    assert "invalid choice: '14d'" in capsys.readouterr().err


def test_missing_database_is_not_created(capsys, tmp_path):
    missing = tmp_path / "nope.sqlite"
    code, _, _ = cli(capsys, "compare", *NAMES[:2], "--db", str(missing))
    assert code != 0 and not missing.exists()
