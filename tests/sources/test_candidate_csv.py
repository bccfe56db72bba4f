"""Candidate files: the format of docs/imports.md, and errors that name file, row and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tradermanager.domain.discover import CandidateSource
from tradermanager.domain.errors import BadRowsError, ValidationError
from tradermanager.sources.candidate_csv import read_candidate_file

FIXTURE = Path(__file__).parent / "fixtures" / "discover" / "candidates.csv"
HEADER = "candidate,date,daily_return,avg_leverage,source,source_ref\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "cands.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_the_documented_example_reads_two_candidates():
    eddie, rita = read_candidate_file(FIXTURE)
    assert (eddie.name, eddie.source, eddie.source_ref) == (
        "Steady Eddie",
        CandidateSource.FILE,
        "Steady Eddie",
    )
    assert [d.daily_return for d in eddie.days] == [0.004, -0.002, 0.015]
    assert [d.leverage for d in eddie.days] == [3.0, 3.0, None]
    assert rita.source is CandidateSource.BINANCE_COPY
    assert rita.source_ref == "4458914342020236800"
    assert [d.day for d in rita.days] == [date(2026, 1, 2), date(2026, 1, 3)]


def test_only_the_three_required_columns(tmp_path):
    path = write(
        tmp_path, "A,2026-01-02,0.01\nA,2026-01-01,-0.01\n", "candidate,date,daily_return\n"
    )
    (a,) = read_candidate_file(path)
    assert [d.day.day for d in a.days] == [1, 2]  # sorted by day


@pytest.mark.parametrize(
    ("row", "field", "allowed"),
    [
        ("A,2026-13-01,0.01,,,", "row 2, date", "UTC date"),
        ("A,2026-01-01,abc,,,", "row 2, daily_return", "daily return"),
        ("A,2026-01-01,-1.2,,,", "row 2, daily_return", "from -1"),
        ("A,2026-01-01,0.01,500,,", "row 2, avg_leverage", "1 to 125"),
        ("A,2026-01-01,0.01,,bybit,", "row 2, source", "binance_copy"),
        ("A,2026-01-01,0.01,,binance_copy,abc-def", "row 2, source_ref", "letters and digits"),
        (",2026-01-01,0.01,,,", "row 2, candidate", "1 to 80"),
        ("A,2026-01-01,=1+1,,,", "row 2, daily_return", "formula"),
        ("A,9999-12-31,0.01,,,", "row 2, date", "2009-01-01 to 2100-12-31"),
        ("A,2008-12-31T23:00:00Z,0.01,,,", "row 2, date", "2009-01-01 to 2100-12-31"),
        ("A\u202eB,2026-01-01,0.01,,,", "row 2, candidate", "U+202E"),
    ],
)
def test_a_bad_cell_names_file_row_and_field(tmp_path, row, field, allowed):
    with pytest.raises(ValidationError) as err:
        read_candidate_file(write(tmp_path, row + "\n"))
    assert err.value.field == f"cands.csv {field}"
    assert allowed in err.value.allowed


def test_a_day_twice_names_both_rows(tmp_path):
    with pytest.raises(ValidationError, match="row 2 already"):
        read_candidate_file(write(tmp_path, "A,2026-01-01,0.01,,,\nA,2026-01-01,0.02,,,\n"))


def test_a_missing_column_and_an_empty_file(tmp_path):
    with pytest.raises(ValidationError, match="daily_return"):
        read_candidate_file(write(tmp_path, "A,2026-01-01\n", "candidate,date\n"))
    with pytest.raises(ValidationError, match="at least one candidate"):
        read_candidate_file(write(tmp_path, ""))
    with pytest.raises(ValidationError, match="no such file"):
        read_candidate_file(tmp_path / "missing.csv")


def test_every_bad_row_is_listed(tmp_path):
    body = "A,2026-01-01,0.01,,,\nA,9999-01-01,0.01,,,\nB,2026-01-01,abc,,,\nC,2026-01-01,0.02,,,\n"
    with pytest.raises(BadRowsError) as err:
        read_candidate_file(write(tmp_path, body))
    assert [e.field for e in err.value.errors] == [
        "cands.csv row 3, date",
        "cands.csv row 4, daily_return",
    ]
