"""Trade-history files in the documented generic format (CSV or XLSX, read a row at a time).

One row per trade. Columns (header names, any order, case-insensitive):

    id           optional; the trade's own id — makes imports idempotent. Without it a
                 trade is named by its opening (token, side, entry time, entry price,
                 notional; see ``sources/trade_identity.py``), so reordering or adding columns, or a
                 trade closing later, keeps its id
    timestamp    entry time, ISO 8601 (UTC unless it says otherwise)
    exit_time    optional; when the trade closed (empty while open)
    trader       the trader's name (created when missing)
    symbol       any spelling: BTC, BTCUSDT, BTC/USDT…
    side         long/short or buy/sell
    leverage     1–125
    entry        entry price, > 0
    exit         exit price, > 0 (empty while open)
    quantity     units of the token, > 0
    pnl          realized P&L in USD (empty while open; computed from the prices when empty
                 and the trade is closed)
    confidence   optional; 0–1 or a percentage

Every row is checked before anything is written; an error names the file, the row (as a
spreadsheet shows it, header = row 1) and the column, and lists every bad row (up to a
limit). Times, prices, quantities and amounts must lie within ``domain.bounds``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tradermanager.domain.bounds import (
    check_notional,
    check_price,
    check_quantity,
    check_time,
    check_usd_amount,
)
from tradermanager.domain.clock import as_utc
from tradermanager.domain.enums import SignalKind, TradeStatus
from tradermanager.domain.errors import RowErrors, ValidationError
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.domain.signal_input import parse_leverage, parse_side
from tradermanager.domain.text_safety import check_name
from tradermanager.domain.tokens import normalise_token
from tradermanager.sources import trade_identity
from tradermanager.sources.import_progress import CancelFn, ProgressFn, Reporter
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

REQUIRED = ("timestamp", "trader", "symbol", "side", "leverage", "entry", "quantity")
OPTIONAL = ("id", "exit_time", "exit", "pnl", "confidence")
DERIVED_PREFIX = "csv:"  # a trade id made from the row's values (the file has no id)
SAME_TRADE = "Row without id repeating an earlier row's trade (token, side, time, price, size)."
LABELS = {
    "timestamp": "Entry time",
    "trader": "Trader",
    "symbol": "Symbol",
    "side": "Side",
    "leverage": "Leverage",
    "entry": "Entry price",
    "quantity": "Quantity",
    "id": "Trade id",
    "exit_time": "Exit time",
    "exit": "Exit price",
    "pnl": "Realized P&L (USD)",
    "confidence": "Confidence",
}
FIELDS = tuple(FieldSpec(name, LABELS[name], name in REQUIRED) for name in (*REQUIRED, *OPTIONAL))


@dataclass
class TraderHistory:
    trades: list[TraderTrade] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    derived_ids: set[str] = field(default_factory=set)  # ids made by trade_identity
    skipped: Counter[str] = field(default_factory=Counter)  # reason → rows


def preview(path: Path) -> TablePreview:
    """The file's columns matched to the generic format's fields, and its first rows."""
    return read_preview(path, FIELDS)


def _cell(cells: Mapping[str, str], column: str, where: str) -> str:
    value = cells.get(column, "").strip()
    if looks_like_formula(value):
        raise ValidationError(f"{where}, {column}", value, "a value, not a spreadsheet formula")
    return value


def _time(text: str, where: str) -> datetime:
    try:
        value = as_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        raise ValidationError(
            where, text, "an ISO 8601 time such as 2026-01-31T09:30:00Z"
        ) from None
    return check_time(value, where, text)


def _positive(text: str, where: str, check: Callable[[float, str, str], float]) -> float:
    """A number written as ``text``, within the bounds ``check`` applies."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    return check(value, where, text)


def _amount(text: str, where: str) -> float:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise ValidationError(where, text, "a USD amount such as -12.50") from None
    return check_usd_amount(value, where, text)


def _confidence(text: str, where: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise ValidationError(where, text, "a fraction 0–1 or a percentage") from None
    if text.endswith("%") or value > 1:
        value /= 100
    if not 0 <= value <= 1 or math.isnan(value):
        raise ValidationError(where, text, "a fraction 0–1 or a percentage")
    return value


def _row(cells: dict[str, str], at: str) -> tuple[str, TraderTrade, list[Signal], bool]:
    """One checked row → (trader, trade, its signals, whether the id was derived)."""
    trader = cells["trader"]
    if not trader:
        raise ValidationError(f"{at}, trader", trader, "a trader name")
    trader = check_name(trader, f"{at}, trader")
    symbol = normalise_token(cells["symbol"], f"{at}, symbol")
    side = parse_side(cells["side"], f"{at}, side")
    leverage = parse_leverage(cells["leverage"], f"{at}, leverage")
    entry = _positive(cells["entry"], f"{at}, entry", check_price)
    quantity = _positive(cells["quantity"], f"{at}, quantity", check_quantity)
    notional = check_notional(quantity * entry, f"{at}, entry × quantity")
    opened = _time(cells["timestamp"], f"{at}, timestamp")
    closed = _time(cells["exit_time"], f"{at}, exit_time") if cells["exit_time"] else None
    exit_price = _positive(cells["exit"], f"{at}, exit", check_price) if cells["exit"] else None
    if (closed is None) != (exit_price is None):
        raise ValidationError(f"{at}, exit", cells["exit"], "exit and exit_time together")
    if closed is not None and closed < opened:
        raise ValidationError(f"{at}, exit_time", cells["exit_time"], "a time after timestamp")
    pnl: float | None = None
    if exit_price is not None:
        pnl = (
            _amount(cells["pnl"], f"{at}, pnl")
            if cells["pnl"]
            else check_usd_amount(side.direction * quantity * (exit_price - entry), f"{at}, pnl")
        )
    confidence = _confidence(cells["confidence"], f"{at}, confidence")
    derived = not cells["id"]
    key = trade_identity.trade_key(symbol, side, opened, entry, notional)
    trade_id = cells["id"] or DERIVED_PREFIX + key
    trade = TraderTrade(
        source_id=trade_id,
        symbol=symbol,
        side=side,
        leverage=leverage,
        entry_price=entry,
        entry_time=opened,
        notional=notional,
        status=TradeStatus.CLOSED if closed else TradeStatus.OPEN,
        exit_price=exit_price,
        exit_time=closed,
        fees=0.0,
        pnl=pnl,
    )
    signals = [
        Signal(
            source_id=f"{trade_id}-open",
            symbol=symbol,
            side=side,
            kind=SignalKind.OPEN,
            price=entry,
            trader_time=opened,
            received_time=opened,
            leverage=leverage,
            confidence=confidence,
            trade_ref=trade_id,
        )
    ]
    if closed is not None and exit_price is not None:
        signals.append(
            Signal(
                source_id=f"{trade_id}-close",
                symbol=symbol,
                side=side,
                kind=SignalKind.CLOSE,
                price=exit_price,
                trader_time=closed,
                received_time=closed,
                leverage=leverage,
                trade_ref=trade_id,
            )
        )
    return trader, trade, signals, derived


def parse_rows(
    rows: Iterable[tuple[int, Sequence[str]]], mapping: ColumnMapping, source: str
) -> dict[str, TraderHistory]:
    """Validate every row; trades and their opening/closing signals per trader name. Every
    bad row is listed (up to a limit) in one error; a file with any bad row yields nothing."""
    require_complete(mapping, source)
    columns = [(i, f) for i, f in enumerate(mapping.fields) if f is not None]
    out: dict[str, TraderHistory] = {}
    errors = RowErrors(source)
    for number, row in rows:
        at = f"{source} row {number}"
        named = {f: row[i] if i < len(row) else "" for i, f in columns}
        try:
            cells = {c: _cell(named, c, at) for c in (*REQUIRED, *OPTIONAL)}
            trader, trade, signals, derived = _row(cells, at)
        except ValidationError as exc:
            errors.add(exc)
            continue
        if errors:
            continue  # the file is refused: keep checking, stop collecting
        history = out.setdefault(trader, TraderHistory())
        if derived and trade.source_id in history.derived_ids:
            history.skipped[SAME_TRADE] += 1
            continue
        history.trades.append(trade)
        history.signals.extend(signals)
        if derived:
            history.derived_ids.add(trade.source_id)
    errors.raise_if_any()
    return out


def adopt_stored_ids(history: TraderHistory, stored: Iterable[TraderTrade]) -> TraderHistory:
    """``history`` with derived ids replaced by those of the same trades stored by an earlier
    import (also release 0.1.0's raw-row hashes), so importing a file again adds nothing."""
    trades, signals, renamed = trade_identity.adopt_stored_ids(
        history.trades, history.signals, history.derived_ids, stored
    )
    return TraderHistory(
        trades=trades,
        signals=signals,
        derived_ids={renamed.get(i, i) for i in history.derived_ids},
        skipped=history.skipped,
    )


def read_trade_file(
    path: Path, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
) -> dict[str, TraderHistory]:
    """Read and check the whole file, a row at a time; see :func:`parse_rows`."""
    rows = table_rows(path, Reporter(path.name, progress, cancelled))
    first = next(rows, None)
    if first is None:
        raise ValidationError("file", str(path), "a header row naming the columns")
    return parse_rows(rows, map_columns(first[1], FIELDS), path.name)
