"""Reading the kline and funding-rate files of Binance's public data archive.

The archive (data.binance.vision) serves one ZIP per symbol and day or month, each holding
one CSV, named ``BTCUSDT-1m-2024-01.zip`` / ``BTCUSDT-1m-2024-01-15.zip`` for klines and
``BTCUSDT-fundingRate-2024-01.zip`` for funding. Kline rows have Binance's twelve kline
columns — open time, open, high, low, close, volume, close time, quote volume, number of
trades, taker buy base volume, taker buy quote volume, ignore — with a header row
(``open_time,open,high,…``) in USDⓈ-M files since 2022 and none before or in spot files.
Times are epoch milliseconds, except in spot files from 2025 on, which use microseconds.
Funding files have ``calc_time,funding_interval_hours,last_funding_rate``.

Every row is checked; problems are collected (up to :data:`MAX_PROBLEMS`) and raised together
as one :class:`ArchiveFileError` naming the file, the line and the field.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from tradermanager.domain.bounds import EARLIEST_TIME, LATEST_TIME, TIME_ALLOWED
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import INTERVALS, INTERVALS_ALLOWED, Candles
from tradermanager.domain.tokens import normalise_token

MAX_PROBLEMS = 20
MAX_CSV_BYTES = 512 * 2**20  # a month of 1-second klines is ~200 MB; anything larger is not one
# Plausible times, as every importer checks them (domain/bounds.py): 2009 to the end of 2100
EARLIEST_MS = int(EARLIEST_TIME.timestamp() * 1000)
LATEST_MS = int(LATEST_TIME.timestamp() * 1000)
MICROSECONDS_FROM = 10**14  # an epoch-ms value this large would be the year 5138
MAX_FUNDING_RATE = 0.1  # per settlement; Binance caps rates at a few percent

KLINE_HEADER = (
    "open_time",
    "open",
    "high",
    "low",
    "close",
    "volume",
    "close_time",
    "quote_volume",
    "count",
    "taker_buy_volume",
    "taker_buy_quote_volume",
    "ignore",
)
FUNDING_HEADER = ("calc_time", "funding_interval_hours", "last_funding_rate")
_ARCHIVE_INTERVALS = "|".join([*INTERVALS, "3d", "1w", "1mo", "1s"])
_NAME = re.compile(
    rf"^(?P<symbol>[A-Z0-9]+)-(?P<kind>{_ARCHIVE_INTERVALS}|fundingRate)"
    r"-(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\.(?:zip|csv)$",
    re.IGNORECASE,
)


class ArchiveFileError(ValidationError):
    """A file that is not a usable Binance archive file; lists what is wrong where."""

    def __init__(self, file: str, problems: list[str], more: int = 0) -> None:
        self.file = file
        self.problems = problems
        listed = "; ".join(problems)
        if more:
            listed += f"; and {more} more"
        super().__init__(file, listed, "a kline or funding-rate file of Binance's data archive")
        self.args = (f"{file}: {listed}",)

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True, slots=True)
class ArchiveName:
    """What an archive file's name says: symbol, and interval or ``fundingRate``."""

    symbol: str
    kind: str  # an interval such as "1m", or "fundingRate"

    @property
    def is_funding(self) -> bool:
        return self.kind == "fundingRate"


def archive_name(path: Path) -> ArchiveName | None:
    """The symbol and kind in a Binance archive file name; None for another name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    kind = match["kind"]
    kind = "fundingRate" if kind.lower() == "fundingrate" else kind
    return ArchiveName(match["symbol"].upper(), kind)


def _csv_text(path: Path) -> bytes:
    """The CSV inside a ZIP (the archive's ZIPs hold exactly one), or the file itself."""
    name = str(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [i for i in archive.infolist() if i.filename.lower().endswith(".csv")]
                if len(members) != 1:
                    found = ", ".join(i.filename for i in archive.infolist()) or "nothing"
                    raise ArchiveFileError(name, [f"expected one CSV file inside, found {found}"])
                if members[0].file_size > MAX_CSV_BYTES:
                    raise ArchiveFileError(name, [f"{members[0].filename} is too large"])
                return archive.read(members[0])
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ArchiveFileError(name, ["the file is too large for one archive file"])
        return path.read_bytes()
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise ArchiveFileError(name, [f"cannot be read ({exc})"]) from None


def _split_header(data: bytes, expected: tuple[str, ...], name: str) -> tuple[bytes, int]:
    """(data without a header row, number of lines skipped). A first line whose first field
    is not a number must be the expected header."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    end = data.find(b"\n")
    first = (data if end < 0 else data[:end]).decode("utf-8", "replace").strip()
    if not first:
        raise ArchiveFileError(name, ["the file is empty"])
    cells = [c.strip().lower() for c in first.split(",")]
    if cells[0].lstrip("-").isdigit():
        return data, 0
    if tuple(cells[: len(expected)]) != expected:
        shown = first[:80]
        raise ArchiveFileError(
            name, [f"line 1: the header {shown!r} is not {','.join(expected)!r}"]
        )
    return (b"" if end < 0 else data[end + 1 :]), 1


class _Problems:
    """Problems of a file, in line order, up to MAX_PROBLEMS listed."""

    def __init__(self, name: str, skipped: int) -> None:
        self.name = name
        self.skipped = skipped
        self.found: list[tuple[int, str]] = []
        self.total = 0

    def add(self, mask: np.ndarray, field: str, values: np.ndarray, allowed: str) -> None:
        bad = np.flatnonzero(mask)
        self.total += len(bad)
        for i in bad[:MAX_PROBLEMS]:
            line = int(i) + 1 + self.skipped
            value = values[i]
            shown = value.item() if isinstance(value, np.generic) else value
            self.found.append((line, f"line {line}, {field}: got {shown!r}; allowed: {allowed}"))

    def raise_any(self) -> None:
        if self.total:
            self.found.sort()
            listed = [text for _, text in self.found[:MAX_PROBLEMS]]
            raise ArchiveFileError(self.name, listed, self.total - len(listed))


_INT = r"\s*-?\d{1,19}\s*"


def _columns(
    data: bytes, kinds: tuple[str, ...], width: int, problems: _Problems
) -> list[np.ndarray]:
    """The first ``len(kinds)`` columns as arrays ("int" → int64, "num" → float64).

    The fast path lets pandas parse numbers; when a cell is not one, the file is read again
    as text so that each bad cell can be named (its value is then reported)."""
    used = list(range(len(kinds)))
    dtypes = {i: (np.int64 if k == "int" else np.float64) for i, k in enumerate(kinds)}
    try:
        with warnings.catch_warnings():  # a row with extra fields: _check_width names it
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.BytesIO(data), header=None, names=list(range(width)), usecols=used,
                dtype=dtypes, engine="c", skip_blank_lines=True, index_col=False,
            )  # fmt: skip
        arrays = [frame[i].to_numpy() for i in used]
        _check_width(data, len(frame), width, problems)
        if all(np.isfinite(a).all() for a, k in zip(arrays, kinds, strict=True) if k == "num"):
            if not arrays[0].size:
                raise ArchiveFileError(problems.name, ["the file has no rows"])
            return arrays
    except pd.errors.ParserError as exc:
        _check_width(data, None, width, problems)
        _width_error(exc, width, problems)
    except (ValueError, OverflowError):
        pass
    text = _table(data, width, problems)
    _check_width(data, len(text), width, problems)
    arrays = []
    for i, kind in enumerate(kinds):
        cells = text[i].to_numpy(dtype=object)
        if kind == "int":
            ok = text[i].str.fullmatch(_INT).to_numpy(dtype=bool)
            values = np.zeros(len(cells), dtype=np.int64)
            values[ok] = text[i][ok].astype(np.int64).to_numpy()
            problems.add(~ok, FIELDS.get((width, i), str(i)), cells, "a whole number")
        else:
            values = pd.to_numeric(text[i], errors="coerce").to_numpy(dtype=np.float64)
            problems.add(~np.isfinite(values), FIELDS.get((width, i), str(i)), cells, "a number")
        arrays.append(values)
    problems.raise_any()
    return arrays


FIELDS = {(len(KLINE_HEADER), i): n for i, n in enumerate(KLINE_HEADER)} | {
    (len(FUNDING_HEADER), i): n for i, n in enumerate(FUNDING_HEADER)
}


def _check_width(data: bytes, rows: int | None, width: int, problems: _Problems) -> None:
    """Every row has ``width`` fields (pandas would silently drop extra trailing ones);
    ``rows`` is the number of rows parsed, None to scan every line."""
    if rows is not None and data.count(b",") == rows * (width - 1):
        return
    for number, line in enumerate(data.splitlines(), start=1 + problems.skipped):
        fields = line.count(b",") + 1
        if line.strip() and fields != width:
            raise ArchiveFileError(
                problems.name, [f"line {number}: {fields} fields, expected {width}"]
            )


def _width_error(exc: Exception, width: int, problems: _Problems) -> None:
    found = re.search(r"line (\d+), saw (\d+)", str(exc))
    if found:
        line = int(found[1]) + problems.skipped
        raise ArchiveFileError(
            problems.name, [f"line {line}: {found[2]} fields, expected {width}"]
        ) from None
    raise ArchiveFileError(problems.name, [f"not a CSV file ({exc})"]) from None


def _table(data: bytes, width: int, problems: _Problems) -> pd.DataFrame:
    """The rows as text cells (``width`` columns); a row of another width is an error."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.BytesIO(data), header=None, dtype=str, keep_default_na=False,
                skip_blank_lines=True, names=list(range(width)), engine="c", index_col=False,
            )  # fmt: skip
    except pd.errors.ParserError as exc:
        _check_width(data, None, width, problems)
        _width_error(exc, width, problems)
        raise
    except (UnicodeDecodeError, ValueError) as exc:
        _check_width(data, None, width, problems)
        raise ArchiveFileError(problems.name, [f"not a CSV file ({exc})"]) from None
    if frame.empty:
        raise ArchiveFileError(problems.name, ["the file has no rows"])
    return frame.fillna("")  # a short row's missing cells


def _ms(raw: np.ndarray, field: str, problems: _Problems) -> tuple[np.ndarray, bool]:
    """Epoch times as ms, and whether the file gave them in microseconds (all rows alike)."""
    micro = raw >= MICROSECONDS_FROM
    in_micro = bool(micro.all())
    if micro.any() and not in_micro:
        problems.add(micro, field, raw, "the unit (milliseconds) of the file's first rows")
    ms = raw // 1000 if in_micro else raw
    problems.add((ms < EARLIEST_MS) | (ms > LATEST_MS), field, raw, TIME_ALLOWED)
    return ms, in_micro


def _symbol(name: str, given: str | None, from_name: ArchiveName | None) -> str:
    raw = given if given is not None else (from_name.symbol if from_name else None)
    if raw is None:
        raise ValidationError(
            f"{name}, symbol",
            None,
            "a contract such as BTCUSDT: name the file as the archive does "
            "(BTCUSDT-1m-2024-01.zip) or give --symbol",
        )
    symbol = str(raw).strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{2,30}", symbol):
        raise ValidationError("symbol", raw, "a contract symbol such as BTCUSDT")
    normalise_token(symbol, "symbol")
    return symbol


def _once(times: np.ndarray, field: str, problems: _Problems, what: str) -> np.ndarray:
    """The order that sorts ``times``; a time that occurs twice is a problem."""
    order = np.argsort(times, kind="stable")
    ordered = times[order]
    twice = np.zeros(len(order), dtype=bool)
    twice[order[1:]] = ordered[1:] == ordered[:-1]
    problems.add(twice, field, times, what)
    problems.raise_any()
    return order


def read_klines(path: Path, symbol: str | None = None, interval: str | None = None) -> Candles:
    """A kline file (ZIP or CSV) as candles. ``symbol`` and ``interval`` default to what the
    file's archive name says; the rows' close times must agree with the interval."""
    path = Path(path)
    name = str(path)
    named = archive_name(path)
    if named is not None and named.is_funding:
        raise ArchiveFileError(name, ["this is a funding-rate file, not a kline file"])
    symbol = _symbol(name, symbol, named)
    if interval is None:
        if named is None:
            raise ValidationError(
                f"{name}, interval",
                None,
                f"{INTERVALS_ALLOWED}: name the file as the archive does or give --interval",
            )
        interval = named.kind
    if interval not in INTERVALS:
        raise ValidationError("interval", interval, INTERVALS_ALLOWED)
    step = INTERVALS[interval]
    data, skipped = _split_header(_csv_text(path), KLINE_HEADER, name)
    problems = _Problems(name, skipped)
    kinds = ("int", "num", "num", "num", "num", "num", "int")
    raw_open, o, h, lo, c, v, raw_close = _columns(data, kinds, len(KLINE_HEADER), problems)
    open_time, micro = _ms(raw_open, "open_time", problems)
    unit = 1000 if micro else 1
    lengths = np.unique((raw_close + 1) // unit - open_time)
    if problems.total == 0 and len(lengths) == 1 and int(lengths[0]) != step:
        actual = [k for k, ms in INTERVALS.items() if ms == int(lengths[0])]
        if actual:
            raise ArchiveFileError(
                name,
                [
                    f"the rows are {actual[0]} candles (close_time − open_time), not {interval}: "
                    f"import with --interval {actual[0]}"
                ],
            )
    problems.add(
        raw_close != (open_time + step) * unit - 1,
        "close_time",
        raw_close,
        f"open_time + {interval} − 1 {'µs' if micro else 'ms'} (is the interval right?)",
    )
    problems.add(open_time % step != 0, "open_time", raw_open, f"the start of a {interval} candle")
    price = "a price above 0"
    for values, field in ((o, "open"), (lo, "low"), (c, "close")):
        problems.add(values <= 0, field, values, price)
    problems.add(v < 0, "volume", v, "a volume of 0 or more")
    problems.add(h < np.maximum(o, c), "high", h, "at least the open and the close")
    problems.add(lo > np.minimum(o, c), "low", lo, "at most the open and the close")
    problems.raise_any()
    order = _once(open_time, "open_time", problems, "each candle once")
    return Candles(
        symbol, interval, open_time[order], o[order], h[order], lo[order], c[order], v[order]
    )


@dataclass(frozen=True, slots=True)
class FundingFile:
    symbol: str
    time: np.ndarray  # int64 epoch ms, increasing
    rate: np.ndarray  # float64 fraction per settlement


def read_funding(path: Path, symbol: str | None = None) -> FundingFile:
    """A funding-rate file (ZIP or CSV) of the archive as settlements."""
    path = Path(path)
    name = str(path)
    named = archive_name(path)
    if named is not None and not named.is_funding:
        raise ArchiveFileError(name, ["this is a kline file, not a funding-rate file"])
    symbol = _symbol(name, symbol, named)
    data, skipped = _split_header(_csv_text(path), FUNDING_HEADER, name)
    problems = _Problems(name, skipped)
    raw_time, hours, rate = _columns(data, ("int", "num", "num"), len(FUNDING_HEADER), problems)
    times, _ = _ms(raw_time, "calc_time", problems)
    problems.add(
        (hours < 1) | (hours > 24) | (hours != np.round(hours)),
        "funding_interval_hours",
        hours,
        "a whole number of hours from 1 to 24",
    )
    allowed = f"a fraction from -{MAX_FUNDING_RATE:g} to {MAX_FUNDING_RATE:g}"
    problems.add(np.abs(rate) > MAX_FUNDING_RATE, "last_funding_rate", rate, allowed)
    problems.raise_any()
    order = _once(times, "calc_time", problems, "each settlement once")
    return FundingFile(symbol, times[order], rate[order])
