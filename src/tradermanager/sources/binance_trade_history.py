"""Binance USDⓈ-M futures "Trade History" exports (CSV or XLSX): fills rebuilt into trades.

Binance (Orders → Trade History → Export) writes one row per fill, newest first, with headers
that vary between versions: ``Date(UTC)`` or ``Time(UTC)``, ``Symbol``, ``Side`` (BUY/SELL),
``Price``, ``Quantity``, ``Amount``, ``Fee``, ``Realized Profit``, and in newer files ``Uid``,
``Order No.``, ``Trade ID``, ``Fee Coin``, ``Quote Asset``, ``Position Side``. Amounts may
carry their asset (``0.0225 USDT``).

A fill is not a trade. Fills are replayed in time order per symbol and position side:

* hedge mode (``Position Side`` LONG/SHORT): BUY opens or adds to a long and SELL reduces it;
  the reverse for a short;
* one-way mode (``BOTH`` or no column): the net position; a fill that goes through zero
  closes the trade and opens the opposite one with the rest (its fee split by quantity, its
  realized profit all on the closing part);
* a trade closes when its size is back to zero (within 10⁻⁹ of what was opened). Entry price
  = quantity-weighted mean of the opening and adding fills, exit price = that of the reducing
  fills, notional = Σ price × quantity opened (USD), fees = Σ fees in USD stablecoins, P&L =
  Σ realized profit − fees. Fees paid in another coin (BNB) are not converted: left out and
  noted. Trades still open at the end stay open (P&L unknown);
* a reducing fill (or one with realized profit) while nothing is open belongs to a position
  opened before the file's first row: skipped with that reason.

The export has no leverage: the caller gives one (default 1×) for every trade and signal.
Every fill is checked before anything is rebuilt: times, prices, quantities, notionals and
USD amounts within ``domain.bounds``; an error names the file, the row and the column and
lists every bad row (up to a limit).

Each trade yields an open signal at its first fill and a close signal at its last, at those
fills' prices. Ids: ``binance:<first fill's Trade ID>``; when the file has no Trade ID, a
hash of the fill's values taken by field (time, symbol, side, price, quantity, fee, realized
profit, position side, order no.), so reordered or added columns change nothing. Importing
the same file again adds nothing, also after release 0.1.0 imported it under ids hashed from
the raw row (``sources/trade_identity.py``).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tradermanager.domain.bounds import (
    PRICE_ALLOWED,
    QUANTITY_ALLOWED,
    check_notional,
    check_price,
    check_quantity,
    check_time,
    check_unix_seconds,
    check_usd_amount,
)
from tradermanager.domain.clock import as_utc
from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.domain.errors import RowErrors, ValidationError
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.domain.signal_input import parse_leverage
from tradermanager.domain.tokens import normalise_token
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

ACCOUNT_REF_PREFIX = "account:"  # source_ref of a trader known from its account's export
USD_ASSETS = frozenset({"USDT", "USDC", "BUSD", "FDUSD", "TUSD", "USD"})
DUST = 1e-9  # relative: a position this small a fraction of what was opened counts as closed

FIELDS = (
    FieldSpec("time", "Time (UTC)", True, ("Date(UTC)", "Time(UTC)", "Date", "Time", "Date time")),
    FieldSpec("symbol", "Symbol", True, ("Contract", "Pair", "Market")),
    FieldSpec("side", "Side (BUY/SELL)", True, ("Direction",)),
    FieldSpec("price", "Price", True, ("Fill Price", "Avg Price")),
    FieldSpec("quantity", "Quantity", True, ("Qty", "Executed", "Filled", "Size")),
    FieldSpec("amount", "Amount (USD)", False, ("Quote Qty", "Turnover", "Total")),
    FieldSpec("fee", "Fee", False, ("Commission", "Trading Fee")),
    FieldSpec("fee_coin", "Fee coin", False, ("Fee Asset", "Commission Asset", "Fee Currency")),
    FieldSpec(
        "realized",
        "Realized profit",
        False,
        ("Realized Profit", "Realized PnL", "Realized Profit (USDT)", "Closed PnL", "Realized"),
    ),
    FieldSpec("quote_asset", "Quote asset", False, ("Quote Asset", "Margin Asset", "Asset")),
    FieldSpec("position_side", "Position side", False, ("Position Side", "PositionSide")),
    FieldSpec("trade_id", "Trade id", False, ("Trade ID", "TradeId", "Transaction ID", "ID")),
    FieldSpec("order_id", "Order no.", False, ("Order No.", "Order ID", "OrderId", "Order No")),
    FieldSpec("uid", "Account uid", False, ("Uid", "User ID", "UserId")),
)
_NUMBER = re.compile(r"^([+-]?(?:\d[\d,]*)?\.?\d+(?:[eE][+-]?\d+)?)\s*([A-Za-z]{0,10})$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Fill:
    row: int
    time: datetime
    symbol: str  # base token, normalised
    side: Side  # BUY = long, SELL = short: the direction of the fill itself
    price: float
    quantity: float
    fee: float  # USD; 0 when paid in another coin
    realized: float | None  # USD; None when the file has no such column
    position_side: str  # LONG, SHORT or BOTH
    fill_id: str
    unpriced_fee_coin: str = ""  # a fee paid in another coin (BNB), left out of ``fee``
    derived_id: bool = False  # the file has no Trade ID: ``fill_id`` is made from the values


@dataclass
class BinanceHistory:
    trades: list[TraderTrade] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    fills: int = 0
    uids: set[str] = field(default_factory=set)
    derived_ids: set[str] = field(default_factory=set)  # trade ids made from fill values
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def preview(path: Path) -> TablePreview:
    """The file's columns matched to the fields of a trade-history export, first rows."""
    return read_preview(path, FIELDS)


def _number(text: str, where: str, allowed: str) -> tuple[float, str]:
    """(value, asset written after it) from ``"-0.0225 USDT"``, ``"1,250.5"`` or ``"3"``."""
    match = _NUMBER.match(text.strip())
    if match is None:
        raise ValidationError(where, text, allowed)
    value = float(match.group(1).replace(",", ""))
    if not math.isfinite(value):
        raise ValidationError(where, text, allowed)
    return value, match.group(2).upper()


def _time(text: str, where: str) -> datetime:
    value = text.strip()
    if value.isdigit() and len(value) in (12, 13):  # Unix milliseconds
        return check_unix_seconds(int(value) / 1000, where, text)
    if re.match(r"^\d{2}-\d{2}-\d{2}[ T]", value):  # 24-03-01 10:00:00
        value = "20" + value
    try:
        parsed = as_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        raise ValidationError(
            where, text, "a time such as 2024-03-01 10:00:00 (UTC, as Binance writes it)"
        ) from None
    return check_time(parsed, where, text)


class _Rows:
    """Cell access by field, with formula refusal and the column's own name in errors."""

    def __init__(self, mapping: ColumnMapping, source: str) -> None:
        self.mapping = mapping
        self.source = source
        self.index = {f: i for i, f in enumerate(mapping.fields) if f is not None}

    def cell(self, row: Sequence[str], number: int, field: str) -> tuple[str, str]:
        """(text, where) for ``field`` of ``row``; where = "file row N, Column"."""
        i = self.index.get(field)
        column = self.mapping.columns[i] if i is not None else field
        where = f"{self.source} row {number}, {column}"
        text = row[i].strip() if i is not None and i < len(row) else ""
        if looks_like_formula(text):
            raise ValidationError(where, text, "a value, not a spreadsheet formula")
        return text, where


def parse_fill(row: Sequence[str], number: int, cells: _Rows, seen: Counter[str]) -> Fill:
    """One row, every cell checked; raises ValidationError naming file, row and column."""

    def text(name: str) -> tuple[str, str]:
        return cells.cell(row, number, name)

    raw_time, where = text("time")
    time = _time(raw_time, where)
    raw_symbol, where = text("symbol")
    symbol = normalise_token(raw_symbol, where)
    quote, where_quote = text("quote_asset")
    upper = raw_symbol.strip().upper()
    if quote and quote.upper() not in USD_ASSETS:
        raise ValidationError(where_quote, quote, "USDⓈ-M futures: USDT, USDC, BUSD or FDUSD")
    if upper.endswith("_PERP") or (upper.endswith("USD") and not quote):
        raise ValidationError(where, raw_symbol, "a USDⓈ-M futures symbol such as BTCUSDT")
    raw_side, where = text("side")
    side = {"BUY": Side.LONG, "SELL": Side.SHORT}.get(raw_side.upper())
    if side is None:
        raise ValidationError(where, raw_side, "BUY or SELL")
    raw_price, where = text("price")
    price = check_price(_number(raw_price, where, PRICE_ALLOWED)[0], where, raw_price)
    raw_qty, where = text("quantity")
    quantity, _ = _number(raw_qty, where, QUANTITY_ALLOWED)
    check_quantity(quantity, where, raw_qty)
    notional = check_notional(price * quantity, f"{where} × Price", raw_qty)
    raw_amount, where = text("amount")
    if raw_amount:
        amount, _ = _number(raw_amount, where, "Price × Quantity in USD")
        if abs(amount - notional) > 0.01 * notional + 0.01:
            raise ValidationError(
                where, raw_amount, f"Price × Quantity = {notional:.8g} (within 1%)"
            )
    raw_fee, where = text("fee")
    fee, fee_asset = _number(raw_fee, where, "a fee amount") if raw_fee else (0.0, "")
    check_usd_amount(fee, where, raw_fee)
    if abs(fee) > notional:
        raise ValidationError(where, raw_fee, f"a fee no larger than the fill ({notional:.8g})")
    coin, _ = text("fee_coin")
    fee_asset = coin.upper() or fee_asset
    raw_realized, where = text("realized")
    realized: float | None = None
    if "realized" in cells.index:
        realized = _number(raw_realized, where, "a USD amount")[0] if raw_realized else 0.0
        check_usd_amount(realized, where, raw_realized)
    raw_pos, where = text("position_side")
    position_side = raw_pos.upper() or "BOTH"
    if position_side not in ("LONG", "SHORT", "BOTH"):
        raise ValidationError(where, raw_pos, "LONG, SHORT or BOTH")
    trade_id, _ = text("trade_id")
    order_id, _ = text("order_id")
    derived = not trade_id
    if derived:
        values = (
            f"{int(time.timestamp() * 1000)}|{symbol}|{side.value}|{price!r}|{quantity!r}|"
            f"{fee!r}|{fee_asset}|{realized!r}|{position_side}|{order_id}"
        )
        digest = "v-" + hashlib.sha1(values.encode()).hexdigest()[:16]
        seen[digest] += 1
        trade_id = f"{digest}-{seen[digest]}" if seen[digest] > 1 else digest
    usd_fee = fee if fee_asset in USD_ASSETS or not fee_asset else 0.0
    return Fill(
        row=number,
        time=time,
        symbol=symbol,
        side=side,
        price=price,
        quantity=quantity,
        fee=usd_fee,
        realized=realized,
        position_side=position_side,
        fill_id=trade_id,
        unpriced_fee_coin=fee_asset if fee and usd_fee == 0.0 else "",
        derived_id=derived,
    )


@dataclass
class _Position:
    side: Side
    first: Fill
    size: float = 0.0
    opened: float = 0.0  # Σ quantity opened or added
    cost: float = 0.0  # Σ price × quantity opened or added, USD
    reduced: float = 0.0
    proceeds: float = 0.0  # Σ price × quantity reduced, USD
    realized: float = 0.0
    fees: float = 0.0
    last: Fill | None = None

    def add(self, fill: Fill, quantity: float, fee: float) -> None:
        self.size += quantity
        self.opened += quantity
        self.cost += fill.price * quantity
        self.fees += fee

    def reduce(self, fill: Fill, quantity: float, fee: float, realized: float) -> None:
        self.size -= quantity
        self.reduced += quantity
        self.proceeds += fill.price * quantity
        self.fees += fee
        self.realized += realized
        self.last = fill

    @property
    def is_flat(self) -> bool:
        return self.size <= self.opened * DUST


class _Rebuild:
    def __init__(self, leverage: float) -> None:
        self.leverage = leverage
        self.out = BinanceHistory()
        self.open: dict[tuple[str, str], _Position] = {}
        self.computed_realized = False

    def fill(self, f: Fill) -> None:
        key = (f.symbol, f.position_side)
        position = self.open.get(key)
        if f.position_side == "BOTH":
            opening = position is None or f.side is position.side
        else:
            held = Side.LONG if f.position_side == "LONG" else Side.SHORT
            opening = f.side is held
        if position is None and (not opening or (f.realized or 0.0) != 0.0):
            self.out.skipped[
                "Fill reduces a position opened before the file's first row: not imported."
            ] += 1
            return
        if opening:
            if position is None:
                position = self.open[key] = _Position(f.side, f)
            position.add(f, f.quantity, f.fee)
            return
        assert position is not None
        take = min(f.quantity, position.size)
        share = take / f.quantity
        realized = f.realized
        if realized is None:
            self.computed_realized = True
            entry = position.cost / position.opened
            realized = position.side.direction * take * (f.price - entry)
        position.reduce(f, take, f.fee * share, realized)
        if position.is_flat:
            del self.open[key]
            self._close(position)
            rest = f.quantity - take
            if rest > f.quantity * DUST:
                if f.position_side == "BOTH":
                    flipped = self.open[key] = _Position(f.side, f)
                    flipped.add(f, rest, f.fee * (1 - share))
                else:
                    self.out.skipped[
                        "Part of a fill larger than the open position: not imported."
                    ] += 1

    def _signal(self, trade_id: str, p: _Position, kind: SignalKind, f: Fill) -> Signal:
        return Signal(
            source_id=f"{trade_id}-{kind.value}",
            symbol=p.first.symbol,
            side=p.side,
            kind=kind,
            price=f.price,
            trader_time=f.time,
            received_time=f.time,
            leverage=self.leverage,
            trade_ref=trade_id,
        )

    def _trade(self, p: _Position) -> TraderTrade:
        trade_id = f"binance:{p.first.fill_id}"
        if p.first.derived_id:
            self.out.derived_ids.add(trade_id)
        self.out.signals.append(self._signal(trade_id, p, SignalKind.OPEN, p.first))
        return TraderTrade(
            source_id=trade_id,
            symbol=p.first.symbol,
            side=p.side,
            leverage=self.leverage,
            entry_price=p.cost / p.opened,
            entry_time=p.first.time,
            notional=p.cost,
            fees=p.fees,
        )

    def _close(self, p: _Position) -> None:
        trade = self._trade(p)
        assert p.last is not None
        self.out.signals.append(self._signal(trade.source_id, p, SignalKind.CLOSE, p.last))
        self.out.trades.append(
            TraderTrade(
                source_id=trade.source_id,
                symbol=trade.symbol,
                side=trade.side,
                leverage=trade.leverage,
                entry_price=trade.entry_price,
                entry_time=trade.entry_time,
                notional=trade.notional,
                status=TradeStatus.CLOSED,
                exit_price=p.proceeds / p.reduced,
                exit_time=p.last.time,
                fees=p.fees,
                pnl=p.realized - p.fees,
            )
        )

    def finish(self) -> BinanceHistory:
        for p in self.open.values():
            self.out.trades.append(self._trade(p))
        return self.out


def rebuild(fills: Iterable[Fill], leverage: float = 1.0) -> BinanceHistory:
    """Trades and their open/close signals from fills (any order; sorted by time here)."""
    run = _Rebuild(parse_leverage(leverage, "leverage"))
    ordered = sorted(fills, key=lambda f: f.time)
    for fill in ordered:
        run.fill(fill)
    out = run.finish()
    out.fills = len(ordered)
    if run.computed_realized:
        out.notes.append(
            "The file has no Realized Profit column: P&L computed from the fill prices."
        )
    return out


def read_trade_history(
    path: Path,
    leverage: float = 1.0,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> BinanceHistory:
    """Check every fill of ``path`` (errors name file, row and column), then rebuild trades."""
    leverage = parse_leverage(leverage, "leverage")
    rows = table_rows(path, Reporter(path.name, progress, cancelled))
    first = next(rows, None)
    if first is None:
        raise ValidationError("file", str(path), "a header row naming the columns")
    mapping = map_columns(first[1], FIELDS)
    require_complete(mapping, path.name)
    cells = _Rows(mapping, path.name)
    seen: Counter[str] = Counter()
    fills: list[Fill] = []
    uids: set[str] = set()
    other_fees: Counter[str] = Counter()
    errors = RowErrors(path.name)
    for number, row in rows:
        try:
            fill = parse_fill(row, number, cells, seen)
            uid, _ = cells.cell(row, number, "uid")
        except ValidationError as exc:
            errors.add(exc)
            continue
        if errors:
            continue  # the file is refused: keep checking, stop collecting
        if uid:
            uids.add(uid)
        if fill.unpriced_fee_coin:
            other_fees[fill.unpriced_fee_coin] += 1
        fills.append(fill)
    errors.raise_if_any()
    if fills and fills[0].time > fills[-1].time:
        fills.reverse()  # newest first, as Binance writes it: same-second fills keep order
    out = rebuild(fills, leverage)
    out.uids = uids
    for coin, n in sorted(other_fees.items()):
        out.notes.append(f"{n} fee(s) paid in {coin} are not in the trades' fees or P&L.")
    out.notes.append(f"The export has no leverage: trades and signals recorded at {leverage:g}x.")
    return out
