"""Reading spreadsheet-like files (CSV, XLSX) row by row, and matching their columns to the
fields an importer needs.

CSV is decoded as UTF-8 (a byte-order mark is allowed, as Excel writes it) and read a row at
a time, so a file of any size costs only the rows kept; the delimiter is a comma, or a
semicolon or tab when the header uses one. XLSX is read with openpyxl in read-only mode, the
first sheet. Every cell arrives as text; formulas stay formulas (``=SUM(…)``) so that they can
be refused rather than trusted.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tradermanager.domain.errors import ValidationError
from tradermanager.sources.import_progress import Reporter

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
READING = "Reading rows"
PREVIEW_ROWS = 10


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field an importer reads; ``aliases`` are the header spellings that mean it."""

    name: str
    label: str
    required: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which field each of the file's columns feeds (None: ignored)."""

    columns: tuple[str, ...]
    fields: tuple[str | None, ...]
    missing: tuple[str, ...]  # required fields no column feeds

    @property
    def complete(self) -> bool:
        return not self.missing

    def index(self, field: str) -> int | None:
        try:
            return self.fields.index(field)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class TablePreview:
    """The start of a file: its mapping and first rows, for a look before importing."""

    path: str
    mapping: ColumnMapping
    rows: tuple[tuple[str, ...], ...]


def header_key(text: str) -> str:
    """``"Realized Profit"``, ``"realized_profit"`` and ``"Realized profit "`` alike."""
    return re.sub(r"[^0-9a-z]", "", text.replace("\ufeff", "").lower())


def map_columns(columns: Sequence[str], specs: Sequence[FieldSpec]) -> ColumnMapping:
    """Match headers to fields by name or alias; a field's first matching column wins."""
    by_key: dict[str, str] = {}
    for spec in specs:
        for alias in (spec.name, *spec.aliases):
            by_key.setdefault(header_key(alias), spec.name)
    fields: list[str | None] = []
    taken: set[str] = set()
    for column in columns:
        field = by_key.get(header_key(column))
        if field in taken:
            field = None
        if field is not None:
            taken.add(field)
        fields.append(field)
    missing = tuple(s.name for s in specs if s.required and s.name not in taken)
    return ColumnMapping(tuple(columns), tuple(fields), missing)


def require_complete(mapping: ColumnMapping, source: str) -> None:
    if mapping.missing:
        raise ValidationError(
            f"{source}: columns",
            list(mapping.columns),
            f"columns for these fields too: {list(mapping.missing)}",
        )


def looks_like_formula(text: str) -> bool:
    """A cell a spreadsheet would evaluate: ``=…``, ``@…``, or ``+``/``-`` not followed by a
    plain number (``-12.5`` and ``-0.25 USDT`` — an amount with its asset, as Binance writes
    it — are values; ``-1+1`` and ``+A1`` are formulas)."""
    if text[:1] in ("=", "@"):
        return True
    if text[:1] in ("+", "-"):
        number = r"[+-]\d[\d,]*(\.\d*)?([eE][+-]?\d+)?"
        return re.fullmatch(number + r"(\s*[A-Za-z]{2,10})?", text) is None
    return False


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, reporter: Reporter | None) -> Iterator[tuple[int, list[str]]]:
    """Lines are decoded one at a time, so a wrong encoding is reported at its line."""
    size = path.stat().st_size
    line = 0
    with path.open("rb") as raw:

        def lines() -> Iterator[str]:
            nonlocal line
            for data in raw:
                line += 1
                yield data.decode("utf-8-sig" if line == 1 else "utf-8")

        number = 0
        try:
            decoded = lines()
            first = next(decoded, "")
            delimiter = _delimiter(first)

            def records() -> Iterator[str]:
                yield first
                yield from decoded

            for row in csv.reader(records(), delimiter=delimiter, skipinitialspace=True):
                number += 1
                if reporter is not None and number > 1:
                    reporter.tick(READING, raw.tell, size)
                yield number, row
        except UnicodeDecodeError as exc:
            raise ValidationError(
                "file",
                str(path),
                f"UTF-8 text (line {line}, row {number + 1}, has bytes that are not: "
                f"{exc.reason}; save the file as CSV UTF-8)",
            ) from None
        except csv.Error as exc:
            raise ValidationError(
                f"{path.name} row {number + 1}", str(exc), "a well-formed CSV row"
            ) from None


def _excel_rows(path: Path, reporter: Reporter | None) -> Iterator[tuple[int, list[str]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(
            "file", str(path), f"a readable XLSX workbook ({type(exc).__name__}: {exc})"
        ) from None
    try:
        sheet = book.worksheets[0]
        total = sheet.max_row or 0
        done = [0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            done[0] = number
            if reporter is not None:
                reporter.tick(READING, lambda: done[0], total)
            yield number, [_cell_text(v) for v in values]
    finally:
        book.close()


def table_rows(path: Path, reporter: Reporter | None = None) -> Generator[tuple[int, list[str]]]:
    """(row number as a spreadsheet shows it, text cells): the header first, then every
    non-blank row. A missing file, a wrong encoding or an unreadable workbook raises
    ValidationError naming the file (and the row)."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ValidationError("file", str(path), "CSV or XLSX (save the .xls file as .xlsx)")
    if not path.is_file():
        raise ValidationError("file", str(path), "a readable CSV or XLSX file (no such file)")
    rows = _excel_rows(path, reporter) if suffix in EXCEL_SUFFIXES else _csv_rows(path, reporter)
    try:
        for number, row in rows:
            cells = [c.strip() for c in row]
            if any(cells):
                yield number, cells
    except OSError as exc:
        raise ValidationError("file", str(path), f"a readable CSV or XLSX file ({exc})") from None


def read_preview(path: Path, specs: Sequence[FieldSpec], rows: int = PREVIEW_ROWS) -> TablePreview:
    """The header's mapping and the first ``rows`` rows, reading no further."""
    found: list[tuple[str, ...]] = []
    stream = table_rows(path)
    first = next(stream, None)
    if first is None:
        raise ValidationError("file", str(path), "a header row naming the columns")
    for _, row in stream:
        found.append(tuple(row))
        if len(found) >= rows:
            break
    stream.close()
    return TablePreview(str(path), map_columns(first[1], specs), tuple(found))
