"""Candidate histories from a CSV or XLSX file (docs/imports.md, "Discover candidates").

One row per candidate and UTC day: ``candidate,date,daily_return`` and optionally
``avg_leverage,source,source_ref``. The whole file is checked before anything is stored; every
bad row (up to a limit) is listed in one ValidationError naming the file, the row and the
field. Dates must lie in 2009–2100 (``domain.bounds``); candidate names may not hold control
characters or bidi overrides.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from tradermanager.domain.bounds import check_time
from tradermanager.domain.discover import CandidateDay, CandidateRecord, CandidateSource
from tradermanager.domain.errors import RowErrors, ValidationError
from tradermanager.domain.text_safety import check_name
from tradermanager.sources.table_file import (
    ColumnMapping,
    FieldSpec,
    TablePreview,
    looks_like_formula,
    map_columns,
    read_preview,
    require_complete,
    table_rows,
)

FIELDS = (
    FieldSpec("candidate", "Candidate", True, ("trader", "name", "nickname")),
    FieldSpec("date", "Date (UTC)", True, ("day",)),
    FieldSpec("daily_return", "Daily return", True, ("return", "roi", "daily_roi")),
    FieldSpec("avg_leverage", "Average leverage", False, ("leverage",)),
    FieldSpec("source", "Source", False, ()),
    FieldSpec("source_ref", "Source reference", False, ("ref", "portfolio_id", "encrypted_uid")),
)
IMPORTABLE_SOURCES = (
    CandidateSource.FILE,
    CandidateSource.BINANCE_COPY,
    CandidateSource.BINANCE_LEADERBOARD,
)
MAX_DAILY_RETURN = 10.0  # +1000 % in a day: anything above is a unit mistake
NAME_MAX = 80


@dataclass
class _Building:
    name: str
    source: CandidateSource
    source_ref: str
    days: dict[date, tuple[int, CandidateDay]] = field(default_factory=dict)


def preview(path: Path) -> TablePreview:
    return read_preview(path, FIELDS)


def _text(cells: dict[str, str], name: str, where: str) -> str:
    value = cells.get(name, "").strip()
    if looks_like_formula(value):
        raise ValidationError(f"{where}, {name}", value, "a value, not a spreadsheet formula")
    return value


def _day(text: str, where: str) -> date:
    allowed = "a UTC date such as 2026-01-31 (or an ISO time, whose UTC day is used)"
    if not text:
        raise ValidationError(where, text, allowed)
    try:
        if len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), time(), UTC)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(where, text, allowed) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return check_time(moment, where, text).date()


def _return(text: str, where: str) -> float:
    """A fraction (0.012) or a percentage with its sign (1.2%)."""
    allowed = (
        f"a daily return from -1 to {MAX_DAILY_RETURN:g} as a fraction (0.012) or a "
        f"percentage (1.2%)"
    )
    percent = text.endswith("%")
    try:
        value = float(text.rstrip("%").strip())
    except ValueError:
        raise ValidationError(where, text, allowed) from None
    if percent:
        value /= 100.0
    if not math.isfinite(value) or not -1.0 <= value <= MAX_DAILY_RETURN:
        raise ValidationError(where, text, allowed)
    return value


def _leverage(text: str, where: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.lower().rstrip("x").strip())
    except ValueError:
        raise ValidationError(
            where, text, "an average leverage from 1 to 125 (e.g. 5 or 5x)"
        ) from None
    if not math.isfinite(value) or not 1.0 <= value <= 125.0:
        raise ValidationError(where, text, "an average leverage from 1 to 125 (e.g. 5 or 5x)")
    return value


def _source(text: str, where: str) -> CandidateSource:
    if not text:
        return CandidateSource.FILE
    for source in IMPORTABLE_SOURCES:
        if text.strip().lower() == source.value:
            return source
    raise ValidationError(where, text, ", ".join(s.value for s in IMPORTABLE_SOURCES))


def parse_rows(
    rows: Iterable[tuple[int, Sequence[str]]], mapping: ColumnMapping, file_name: str
) -> list[CandidateRecord]:
    """Check every row; one record per candidate, days in order."""
    require_complete(mapping, file_name)
    columns = [(i, f) for i, f in enumerate(mapping.fields) if f is not None]
    built: dict[tuple[CandidateSource, str], _Building] = {}
    errors = RowErrors(file_name)
    for number, row in rows:
        try:
            at = f"{file_name} row {number}"
            cells = {f: row[i] if i < len(row) else "" for i, f in columns}
            name = check_name(_text(cells, "candidate", at), f"{at}, candidate")
            if not name or len(name) > NAME_MAX:
                raise ValidationError(
                    f"{at}, candidate", name, f"a name of 1 to {NAME_MAX} characters"
                )
            source = _source(_text(cells, "source", at), f"{at}, source")
            ref = _text(cells, "source_ref", at) or name
            if source is not CandidateSource.FILE and not ref.isalnum():
                raise ValidationError(
                    f"{at}, source_ref", ref, f"the {source.value} id (letters and digits)"
                )
            day = _day(_text(cells, "date", at), f"{at}, date")
            record = CandidateDay(
                day=day,
                daily_return=_return(_text(cells, "daily_return", at), f"{at}, daily_return"),
                leverage=_leverage(_text(cells, "avg_leverage", at), f"{at}, avg_leverage"),
            )
            key = (source, ref)
            entry = built.setdefault(key, _Building(name, source, ref))
            if entry.name != name:
                raise ValidationError(
                    f"{at}, candidate",
                    name,
                    f"one name per source_ref ({ref!r} is called {entry.name!r} earlier)",
                )
            if day in entry.days:
                raise ValidationError(
                    f"{at}, date",
                    day.isoformat(),
                    f"one row per candidate and day ({name!r} has {day} at row "
                    f"{entry.days[day][0]} already)",
                )
            entry.days[day] = (number, record)
        except ValidationError as exc:
            errors.add(exc)
    errors.raise_if_any()
    return [
        CandidateRecord(
            source=b.source,
            source_ref=b.source_ref,
            name=b.name,
            days=tuple(b.days[d][1] for d in sorted(b.days)),
        )
        for b in built.values()
    ]


def read_candidate_file(path: Path) -> list[CandidateRecord]:
    """Read and check the whole file; see :func:`parse_rows`."""
    rows = table_rows(path)
    first = next(rows, None)
    if first is None:
        raise ValidationError("file", str(path), "a header row naming the columns")
    records = parse_rows(rows, map_columns(first[1], FIELDS), path.name)
    if not records:
        raise ValidationError("file", str(path), "at least one candidate row after the header")
    return records
