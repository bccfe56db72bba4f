"""Exchange facts in domain terms, independent of the exchange that reported them.

Quantities are in the base asset (contracts of 1 unit on USDⓈ-M), prices and money in the
quote asset (USDT). Immutable: they cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class OrderSide(StrEnum):
    BUY = "buy"
    SELL = "sell"


class OrderKind(StrEnum):
    MARKET = "market"
    LIMIT = "limit"
    STOP_MARKET = "stop_market"  # reduce-only protective stop
    TAKE_PROFIT_MARKET = "take_profit_market"  # reduce-only take-profit

    @property
    def conditional(self) -> bool:
        return self in (OrderKind.STOP_MARKET, OrderKind.TAKE_PROFIT_MARKET)


class OrderStatus(StrEnum):
    OPEN = "open"  # resting, or partly filled and still working
    FILLED = "filled"
    CANCELED = "canceled"
    REJECTED = "rejected"
    EXPIRED = "expired"
    TRIGGERED = "triggered"  # a conditional order that fired

    @property
    def final(self) -> bool:
        return self is not OrderStatus.OPEN


@dataclass(frozen=True, slots=True)
class OrderRequest:
    """One order as the app intends it. ``price`` for limits, ``trigger_price`` for stops."""

    symbol: str
    side: OrderSide
    kind: OrderKind
    quantity: Decimal
    client_id: str
    price: Decimal | None = None
    trigger_price: Decimal | None = None
    reduce_only: bool = False


@dataclass(frozen=True, slots=True)
class OrderState:
    """An order as the exchange reports it."""

    exchange_id: str
    client_id: str
    symbol: str
    side: OrderSide
    kind: OrderKind
    status: OrderStatus
    quantity: Decimal
    filled: Decimal
    average_price: Decimal | None
    price: Decimal | None
    trigger_price: Decimal | None
    reduce_only: bool
    updated_ms: int | None
    actual_order_id: str | None = None  # a conditional order that fired: the order it placed


@dataclass(frozen=True, slots=True)
class ExchangeFill:
    """One execution of one of my orders, as the exchange booked it. ``fee`` and
    ``realized_pnl`` in the quote asset (USDT); ``time_ms`` epoch ms."""

    trade_id: str
    order_id: str
    symbol: str
    side: OrderSide
    price: Decimal
    quantity: Decimal
    fee: Decimal
    fee_asset: str
    realized_pnl: Decimal
    maker: bool
    time_ms: int


@dataclass(frozen=True, slots=True)
class FundingPayment:
    """One funding settlement on one symbol: ``amount`` USDT received (negative: paid), as
    the exchange reports income."""

    transaction_id: str
    symbol: str
    amount: Decimal
    time_ms: int


@dataclass(frozen=True, slots=True)
class Balance:
    """USDT margin account: ``wallet`` excludes unrealized P&L, ``equity`` includes it."""

    asset: str
    wallet: Decimal
    unrealized_pnl: Decimal
    equity: Decimal
    available: Decimal


@dataclass(frozen=True, slots=True)
class ExchangePosition:
    symbol: str
    quantity: Decimal  # signed: long > 0, short < 0
    entry_price: Decimal
    mark_price: Decimal
    unrealized_pnl: Decimal
    liquidation_price: Decimal | None
    isolated: bool


@dataclass(frozen=True, slots=True)
class SymbolConfig:
    symbol: str
    isolated: bool
    leverage: int


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """``hedge_mode``: two positions per symbol (long and short); the app needs one-way.
    ``multi_assets``: several assets share margin (cross only). ``unknown``: what the server
    could not tell (those fields then hold the permissive default)."""

    hedge_mode: bool
    multi_assets: bool
    can_trade: bool
    can_withdraw: bool
    symbols: tuple[SymbolConfig, ...]
    unknown: tuple[str, ...] = ()

    @property
    def margin_mode(self) -> str:
        modes = {"isolated" if s.isolated else "cross" for s in self.symbols}
        if self.multi_assets:
            return "cross (multi-assets)"
        if not modes:
            return "cross"
        return modes.pop() if len(modes) == 1 else "mixed (isolated on some symbols)"


@dataclass(frozen=True, slots=True)
class SymbolRules:
    """Trading filters of one symbol, read from the exchange (never hard-coded)."""

    symbol: str
    step_size: Decimal
    min_quantity: Decimal
    max_quantity: Decimal | None
    tick_size: Decimal
    min_notional: Decimal
