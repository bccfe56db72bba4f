"""Binance USDⓈ-M leverage brackets from JSON: a saved ``GET /fapi/v1/leverageBracket``
response, ccxt's ``fetch_leverage_tiers()`` result, or the table shipped with the application.

Shapes read (numbers may be JSON numbers or strings, as Binance and ccxt give them):

* Binance: ``[{"symbol": "BTCUSDT", "brackets": [{"bracket": 1, "initialLeverage": 125,
  "notionalCap": 50000, "notionalFloor": 0, "maintMarginRatio": 0.004, "cum": 0.0}, …]}, …]``,
  one such object on its own (the response when a symbol is asked), or either under
  ``"brackets"`` in an object that also says ``"source"`` and ``"as_of"`` (the shipped file).
* ccxt: ``{"BTC/USDT:USDT": [{"tier": 1, "minNotional": 0, "maxNotional": 50000,
  "maintenanceMarginRate": 0.004, "maxLeverage": 125, "info": {…Binance's bracket…}}, …]}``.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tradermanager.domain.engine.brackets import BracketOrigin, BracketTable, checked_brackets
from tradermanager.domain.errors import RowErrors, ValidationError

BUNDLED_FILE = "market/binance_usdm_brackets.json"
MAX_FILE_BYTES = 50_000_000
_SYMBOL = re.compile(r"^[A-Z0-9]{2,40}(_[0-9]{6})?$")  # BTCUSDT, BTCUSDT_241227
_BINANCE_KEYS = {
    "floor": "notionalFloor",
    "cap": "notionalCap",
    "rate": "maintMarginRatio",
    "max_leverage": "initialLeverage",
    "cum": "cum",
}
_CCXT_KEYS = {
    "floor": "minNotional",
    "cap": "maxNotional",
    "rate": "maintenanceMarginRate",
    "max_leverage": "maxLeverage",
}


@dataclass(frozen=True, slots=True)
class BracketFile:
    """The tables of one file, with what it says about its origin (the shipped file does)."""

    tables: tuple[BracketTable, ...]
    source: str | None = None
    as_of_ms: int | None = None


def read_bracket_file(path: Path | str, origin: BracketOrigin = BracketOrigin.FILE) -> BracketFile:
    """Every symbol's table in the file, all checked: a bad bracket raises ValidationError
    naming the file, the symbol, the bracket and the field (every bad symbol is listed)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError("file", str(path), f"a readable file ({exc.strerror})") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(path.name, f"{size:,} bytes", f"at most {MAX_FILE_BYTES:,} bytes")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValidationError(path.name, "not UTF-8 text", "a JSON file") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(
            path.name, f"invalid JSON at line {exc.lineno}, column {exc.colno}", "a JSON file"
        ) from exc
    return parse_brackets(data, path.name, origin)


def parse_brackets(data: Any, source: str, origin: BracketOrigin) -> BracketFile:
    """Tables from parsed JSON in any of the shapes above; ``source`` names it in errors."""
    as_of_ms: int | None = None
    note: str | None = None
    if isinstance(data, dict) and "brackets" in data and "symbol" not in data:
        note = data.get("source") if isinstance(data.get("source"), str) else None
        as_of_ms = _as_of(data.get("as_of"), source)
        data = data["brackets"]
    if isinstance(data, dict) and "symbol" in data:
        data = [data]
    errors = RowErrors(source)
    tables: list[BracketTable] = []
    if isinstance(data, list):
        entries = [_binance_entry(item, source, n) for n, item in enumerate(data, start=1)]
        key_map = _BINANCE_KEYS
    elif isinstance(data, Mapping) and all(isinstance(v, list) for v in data.values()):
        entries = [(_ccxt_symbol(name, source), tiers) for name, tiers in data.items()]
        key_map = _CCXT_KEYS
    else:
        raise ValidationError(
            source,
            type(data).__name__,
            "a /fapi/v1/leverageBracket response (a list of {symbol, brackets}) or "
            "ccxt's fetch_leverage_tiers result ({symbol: [tiers]})",
        )
    if not entries:
        raise ValidationError(source, "no symbols", "at least one symbol's brackets")
    seen: set[str] = set()
    for symbol, rows in entries:
        try:
            if symbol in seen:
                raise ValidationError(f"{source}: {symbol}", "listed twice", "each symbol once")
            seen.add(symbol)
            numbers = [
                _bracket_numbers(row, key_map, source, symbol, n)
                for n, row in enumerate(rows, start=1)
            ]
            brackets = checked_brackets(symbol, numbers)
        except ValidationError as exc:
            if not exc.field.startswith(f"{source}:"):
                exc = ValidationError(f"{source}: {exc.field}", exc.value, exc.allowed)
            errors.add(exc)
            continue
        tables.append(BracketTable(symbol, brackets, origin, as_of_ms))
    errors.raise_if_any()
    return BracketFile(tuple(tables), note, as_of_ms)


def _binance_entry(item: Any, source: str, n: int) -> tuple[str, list[Any]]:
    if not isinstance(item, dict):
        raise ValidationError(f"{source}: entry {n}", item, "an object with symbol and brackets")
    symbol = item.get("symbol")
    if not isinstance(symbol, str) or not _SYMBOL.match(symbol.upper()):
        raise ValidationError(f"{source}: entry {n} symbol", symbol, "a contract like BTCUSDT")
    brackets = item.get("brackets")
    if not isinstance(brackets, list):
        raise ValidationError(f"{source}: {symbol} brackets", brackets, "a list of brackets")
    return symbol.upper(), brackets


def _ccxt_symbol(name: str, source: str) -> str:
    """``BTC/USDT:USDT`` → ``BTCUSDT``, ``BTC/USDT:USDT-241227`` → ``BTCUSDT_241227`` (a
    Binance id such as ``BTCUSDT`` stays itself)."""
    base, _, rest = str(name).partition("/")
    quote, _, settle = rest.partition(":")
    expiry = settle.partition("-")[2]
    symbol = (base + quote + (f"_{expiry}" if expiry else "")).upper()
    if not _SYMBOL.match(symbol):
        raise ValidationError(f"{source}: symbol", name, "a ccxt symbol like BTC/USDT:USDT")
    return symbol


def _bracket_numbers(
    row: Any, keys: Mapping[str, str], source: str, symbol: str, n: int
) -> dict[str, float]:
    if not isinstance(row, dict):
        raise ValidationError(f"{source}: {symbol} bracket {n}", row, "an object")
    if "qtyCap" in row or "qtyFloor" in row or "qtylFloor" in row:
        raise ValidationError(
            f"{source}: {symbol} bracket {n}",
            "a COIN-M bracket (qtyFloor/qtyCap, in contracts)",
            "USDⓈ-M brackets with notionalFloor/notionalCap in USD (GET /fapi/v1/leverageBracket)",
        )
    out: dict[str, float] = {}
    for ours, theirs in keys.items():
        value = row.get(theirs)
        if value is None and ours == "cum":
            continue
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = float(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(f"{source}: {symbol} bracket {n} {theirs}", value, "a number")
        out[ours] = float(value)
    if "cum" not in out and isinstance(row.get("info"), dict):  # ccxt keeps Binance's cum
        info_cum = row["info"].get("cum")
        with contextlib.suppress(TypeError, ValueError):
            out["cum"] = float(info_cum)
    return out


def _as_of(value: Any, source: str) -> int | None:
    if value is None:
        return None
    try:
        day = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(f"{source}: as_of", value, "an ISO date such as 2024-10-24") from exc
    if day.tzinfo is None:
        day = day.replace(tzinfo=UTC)
    return int(day.timestamp() * 1000)


@lru_cache(maxsize=1)
def bundled_brackets() -> BracketFile:
    """The tables shipped with the application (resources/market/), read once."""
    text = resources.files("tradermanager.resources").joinpath(BUNDLED_FILE).read_text("utf-8")
    return parse_brackets(json.loads(text), BUNDLED_FILE, BracketOrigin.BUNDLED)


def bundled_table(symbol: str) -> BracketTable | None:
    """The shipped table of a contract, or of its 1000×/1,000,000× contract when Binance lists
    the token only that way (``PEPEUSDT`` → ``1000PEPEUSDT``): notionals are in USD, so the
    contract's size does not change its brackets."""
    tables = _bundled_by_symbol()
    for name in candidate_symbols(symbol):
        if name in tables:
            return tables[name]
    return None


def candidate_symbols(symbol: str) -> tuple[str, ...]:
    """``symbol`` and the names Binance gives the same token's multiplied contracts."""
    return (symbol, f"1000{symbol}", f"1000000{symbol}", f"1M{symbol}")


@lru_cache(maxsize=1)
def _bundled_by_symbol() -> dict[str, BracketTable]:
    return {table.symbol: table for table in bundled_brackets().tables}
