"""What the exchange did to the app's copies without the app: a liquidation, an
auto-deleveraging (ADL), or a close the user made by hand in the exchange's own app.

Fills of orders the app did not send are the account's, not necessarily a copy's: the user
may trade the same symbol by hand beside the copies (one-way mode nets both). Only what the
exchange position now lacks of what the copies hold per their records is taken as closed
from the copies — by the oldest such fills first, from the oldest copy first — and booked
with its price, fee and realised P&L and the reason: ``liquidation``, ``adl`` (both listed by
the exchange as its forced orders) or ``manual``. Each such close is also recorded among the
copy's orders (state filled, never sent), so the gateway counts it: a copy closed this way
is never protected or re-opened again; one partly closed keeps a stop for what is left.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tradermanager.domain.engine import ExitReason
from tradermanager.domain.engine.results import FillKind
from tradermanager.domain.enums import Side
from tradermanager.domain.live_booking import BookedFill, book
from tradermanager.domain.live_orders import IntendedOrder, IntendedState, Leg
from tradermanager.exchange.connector import ExchangeConnector
from tradermanager.exchange.models import ExchangeFill, OrderKind, OrderSide
from tradermanager.store import intended_orders as order_repo
from tradermanager.store import live_positions as repo
from tradermanager.store.live_models import LiveFillRow, LivePositionRow

log = logging.getLogger(__name__)

EXTERNAL_LEG = f"{Leg.CLOSE.value}ext"  # a close the app did not send


@dataclass(frozen=True, slots=True)
class ExternalClose:
    row: LivePositionRow
    fill: ExchangeFill
    quantity: Decimal
    reason: str


def held(fills: Sequence[LiveFillRow], side: str) -> float:
    booked = [
        BookedFill(r.time, r.kind == FillKind.ENTRY.value, r.price, r.quantity, r.fee, r.reason)
        for r in fills
    ]
    return book(Side(side).direction, booked, 0.0).remaining


def attribute(
    copies: Sequence[LivePositionRow],
    holdings: dict[int, Decimal],
    exchange_quantity: Decimal,
    foreign: Sequence[ExchangeFill],
    forced: dict[str, str],
) -> list[ExternalClose]:
    """Which of the ``foreign`` fills (orders the app did not send) closed how much of which
    copy: only what the exchange position (signed ``exchange_quantity``) lacks of what the
    copies hold (``holdings``, by copy id), oldest fills and oldest copies first."""
    if not copies:
        return []
    long = copies[0].side == Side.LONG.value
    on_exchange = max(exchange_quantity if long else -exchange_quantity, Decimal(0))
    missing = sum(holdings.values(), Decimal(0)) - on_exchange
    closing = OrderSide.SELL if long else OrderSide.BUY
    left = dict(holdings)
    out: list[ExternalClose] = []
    for fill in sorted(foreign, key=lambda f: (f.time_ms, f.trade_id)):
        if missing <= 0:
            break
        if fill.side is not closing:
            continue
        take = min(fill.quantity, missing)
        reason = forced.get(fill.order_id, ExitReason.MANUAL.value)
        for row in sorted(copies, key=lambda r: r.requested_ms):
            part = min(take, left.get(row.id, Decimal(0)))
            if part <= 0:
                continue
            out.append(ExternalClose(row, fill, part, reason))
            left[row.id] -= part
            take -= part
            missing -= part
            if take <= 0:
                break
    return out


def book_external(
    connector: ExchangeConnector,
    symbol: str,
    copies: Sequence[LivePositionRow],
    foreign: Sequence[ExchangeFill],
    exchange_quantity: Decimal,
    since_ms: int,
) -> int:
    """Book the closes the exchange or the user made of ``copies`` (all on ``symbol``) from
    the ``foreign`` fills; call inside a write transaction. Returns the fills booked."""
    if not foreign or not copies:
        return 0
    fills = repo.fills_of([r.id for r in copies])
    holdings = {r.id: Decimal(repr(held(fills[r.id], r.side))) for r in copies}
    if sum(holdings.values(), Decimal(0)) <= 0:
        return 0
    forced = connector.forced_orders(symbol, since_ms)
    closes = attribute(copies, holdings, exchange_quantity, foreign, forced)
    parts: dict[str, int] = {}
    for close in closes:
        fill, row = close.fill, close.row
        share = close.quantity / fill.quantity
        number = parts.get(fill.trade_id, 0)
        parts[fill.trade_id] = number + 1
        trade_id = fill.trade_id if number == 0 else f"{fill.trade_id}/{number}"
        client_id = f"ext-{row.id}-{trade_id}"
        repo.insert_fill(
            row.id,
            symbol=symbol,
            trade_id=trade_id,
            order_id=fill.order_id,
            client_id=client_id,
            time=fill.time_ms,
            kind=FillKind.EXIT.value,
            reason=close.reason,
            price=float(fill.price),
            quantity=float(close.quantity),
            fee=float(fill.fee * share),
            realized_pnl=float(fill.realized_pnl * share),
            maker=fill.maker,
        )
        order_repo.insert(
            IntendedOrder(
                client_id=client_id,
                signal_ref=row.signal_ref,
                leg=EXTERNAL_LEG,
                trader_id=row.trader_id,
                symbol=symbol,
                side=fill.side.value,
                kind=OrderKind.MARKET.value,
                quantity=close.quantity,
                price=None,
                trigger_price=None,
                reduce_only=True,
                leverage=int(row.leverage),
                state=IntendedState.FILLED,
                filled=close.quantity,
                average_price=fill.price,
                note=f"{close.reason}: order {fill.order_id} on the exchange, not sent by the app",
                created_ms=fill.time_ms,
                updated_ms=fill.time_ms,
            )
        )
        log.warning(
            "%s: %s of a live copy (%s) closed on the exchange without the app: %s",
            symbol,
            close.quantity,
            row.signal_ref,
            close.reason,
        )
    return len(closes)
