"""Which importer a file belongs to, judged from its first bytes and its header row — so a file
given to the wrong importer is refused with a hint naming the right one, not only with
"missing columns" or "invalid JSON".

Recognised: a Telegram Desktop chat export (a JSON object with ``"messages"``), a Binance
USDⓈ-M trade-history export and a generic trade-history file (their header rows, CSV or
XLSX), and a file of Binance's kline/funding data archive (its name, or its header).
"""

from __future__ import annotations

import re
import zipfile
from enum import Enum
from pathlib import Path

from tradermanager.domain.errors import ValidationError
from tradermanager.sources import binance_trade_history, trade_csv
from tradermanager.sources.binance_archive import FUNDING_HEADER, KLINE_HEADER, archive_name
from tradermanager.sources.table_file import EXCEL_SUFFIXES, header_key, map_columns, table_rows

SNIFF_BYTES = 4096


class FileKind(Enum):
    TELEGRAM_EXPORT = "telegram"
    BINANCE_TRADES = "binance"
    GENERIC_TRADES = "csv"
    BINANCE_ARCHIVE = "prices"


HINTS = {
    FileKind.TELEGRAM_EXPORT: (
        "this looks like a Telegram chat export; use `tradermanager import telegram` "
        "(Import → Telegram chat export)"
    ),
    FileKind.BINANCE_TRADES: (
        "this looks like a Binance futures trade history; use `tradermanager import binance` "
        "(Import → Binance futures trade history)"
    ),
    FileKind.GENERIC_TRADES: (
        "this looks like a CSV trade history in the generic format; use "
        "`tradermanager import csv` (Import → Trade history, generic format)"
    ),
    FileKind.BINANCE_ARCHIVE: (
        "this looks like a kline or funding-rate file of Binance's data archive; use "
        "`tradermanager prices import`"
    ),
}

_ARCHIVE_HEADERS = {
    tuple(header_key(c) for c in KLINE_HEADER),
    tuple(header_key(c) for c in FUNDING_HEADER),
}
_NUMBERS_ROW = re.compile(r"^\d{12,16}(,[-+0-9.eE]*){11}$")  # a kline row without header


def _head(path: Path) -> bytes:
    with path.open("rb") as raw:
        return raw.read(SNIFF_BYTES).removeprefix(b"\xef\xbb\xbf").lstrip()


def _table_kind(path: Path) -> FileKind | None:
    rows = table_rows(path)
    try:
        first = next(rows, None)
    finally:
        rows.close()
    if first is None:
        return None
    header = first[1]
    if map_columns(header, trade_csv.FIELDS).complete:
        return FileKind.GENERIC_TRADES
    if map_columns(header, binance_trade_history.FIELDS).complete:
        return FileKind.BINANCE_TRADES
    if tuple(header_key(c) for c in header) in _ARCHIVE_HEADERS:
        return FileKind.BINANCE_ARCHIVE
    if _NUMBERS_ROW.match(",".join(header)):
        return FileKind.BINANCE_ARCHIVE
    return None


def sniff(path: Path) -> FileKind | None:
    """The kind of ``path``, or None when it is none of the known kinds or cannot be read.
    Reads at most the first few kilobytes (the first row of a workbook)."""
    try:
        if not path.is_file():
            return None
        if archive_name(path) is not None:
            return FileKind.BINANCE_ARCHIVE
        head = _head(path)
        if head[:1] in (b"{", b"["):
            return FileKind.TELEGRAM_EXPORT if b'"messages"' in head else None
        if head.startswith(b"PK") and path.suffix.lower() not in EXCEL_SUFFIXES:
            return FileKind.BINANCE_ARCHIVE if zipfile.is_zipfile(path) else None
        return _table_kind(path)
    except (OSError, ValidationError, ValueError, zipfile.BadZipFile):
        return None


def with_hint(error: ValidationError, path: Path, expected: FileKind) -> ValidationError:
    """``error`` with a hint appended when ``path`` looks like another importer's file."""
    kind = sniff(path)
    if kind is None or kind is expected:
        return error
    return ValidationError(error.field, error.value, f"{error.allowed} — {HINTS[kind]}")
