"""Paper execution: mirror the trader's trade at the signal price, with slippage and fees.

Conventions (documented in docs/metrics.md too):

* size per trade = base size × multiplier, in USD of **margin**; notional = margin × leverage;
* fills: a buy fills at price × (1 + slippage), a sell at price × (1 − slippage);
* fees: taker fee × filled notional, charged on entry and on exit;
* liquidation: when the adverse move from the entry fill reaches 1/leverage − maintenance
  margin, the position is closed at that liquidation price and the whole margin is lost
  (P&L = −margin − entry fee), as on an isolated-margin exchange account.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from tradermanager.domain.engine.costs import DEFAULT_SLIPPAGE, DEFAULT_TAKER_FEE
from tradermanager.domain.enums import ExecutionMode, Side, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import CopiedTrade, Signal

DEFAULT_BASE_SIZE = 200.0
DEFAULT_MAINTENANCE_MARGIN = 0.005


@dataclass(frozen=True, slots=True)
class ExecutionCosts:
    """Fractions: 0.0005 = 0.05 %."""

    slippage: float = DEFAULT_SLIPPAGE
    taker_fee: float = DEFAULT_TAKER_FEE
    maintenance_margin: float = DEFAULT_MAINTENANCE_MARGIN


def position_size(base_size: float, multiplier: float) -> float:
    """USD margin per copied trade."""
    if base_size <= 0:
        raise ValidationError("base_size", base_size, "a USD amount above 0")
    return round(base_size * multiplier, 2)


def fill_price(price: float, buying: bool, slippage: float) -> float:
    """The price I get: slippage always works against me."""
    return price * (1 + slippage) if buying else price * (1 - slippage)


def liquidation_distance(leverage: float, maintenance_margin: float) -> float:
    """Adverse move (fraction of entry) at which the position is liquidated."""
    return max(1.0 / leverage - maintenance_margin, 0.0)


def liquidation_price(trade: CopiedTrade, maintenance_margin: float) -> float:
    distance = liquidation_distance(trade.leverage, maintenance_margin)
    return trade.entry_fill * (1 - trade.side.direction * distance)


def open_paper_trade(
    signal: Signal, margin: float, costs: ExecutionCosts, mode: ExecutionMode
) -> CopiedTrade:
    if signal.price <= 0:
        raise ValidationError("price", signal.price, "a price above 0")
    entry = fill_price(signal.price, buying=signal.side is Side.LONG, slippage=costs.slippage)
    notional = margin * signal.leverage
    return CopiedTrade(
        mode=mode,
        symbol=signal.symbol,
        side=signal.side,
        leverage=signal.leverage,
        margin=margin,
        signal_price=signal.price,
        entry_fill=entry,
        opened_at=signal.received_time,
        entry_fee=notional * costs.taker_fee,
    )


def is_liquidated_at(trade: CopiedTrade, price: float, costs: ExecutionCosts) -> bool:
    """Whether the adverse move to ``price`` reaches the liquidation distance."""
    liq = liquidation_price(trade, costs.maintenance_margin)
    return price <= liq if trade.side is Side.LONG else price >= liq


def liquidate(trade: CopiedTrade, at: datetime, costs: ExecutionCosts) -> CopiedTrade:
    return replace(
        trade,
        status=TradeStatus.LIQUIDATED,
        exit_fill=liquidation_price(trade, costs.maintenance_margin),
        closed_at=at,
        exit_fee=0.0,
        pnl=-trade.margin - trade.entry_fee,
    )


def close_paper_trade(
    trade: CopiedTrade, price: float, at: datetime, costs: ExecutionCosts
) -> CopiedTrade:
    """Close at ``price`` (the trader's exit), or liquidate if that price is past the limit."""
    if price <= 0:
        raise ValidationError("price", price, "a price above 0")
    if is_liquidated_at(trade, price, costs):
        return liquidate(trade, at, costs)
    exit_fill = fill_price(price, buying=trade.side is Side.SHORT, slippage=costs.slippage)
    exit_fee = trade.quantity * exit_fill * costs.taker_fee
    gross = trade.side.direction * trade.quantity * (exit_fill - trade.entry_fill)
    return replace(
        trade,
        status=TradeStatus.CLOSED,
        exit_fill=exit_fill,
        closed_at=at,
        exit_fee=exit_fee,
        pnl=gross - trade.entry_fee - exit_fee,
    )
