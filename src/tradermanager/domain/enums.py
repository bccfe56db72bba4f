"""Closed vocabularies shared by every layer; values are what the store and CLI use."""

from __future__ import annotations

from enum import StrEnum


class Source(StrEnum):
    BINANCE = "binance"
    TELEGRAM = "telegram"
    MANUAL = "manual"


class Side(StrEnum):
    LONG = "long"
    SHORT = "short"

    @property
    def direction(self) -> int:
        """+1 for long, −1 for short: the sign of P&L for a rising price."""
        return 1 if self is Side.LONG else -1


class SignalKind(StrEnum):
    OPEN = "open"
    CLOSE = "close"
    UPDATE = "update"
    CANCEL = "cancel"  # withdraw entries not filled yet


class OrderType(StrEnum):
    MARKET = "market"
    LIMIT = "limit"


class SizingMode(StrEnum):
    """How a trader's copies are sized (docs/execution.md, Sizing)."""

    MULTIPLIER = "multiplier"  # margin = base size × the trader's multiplier
    EQUITY_PCT = "equity_pct"  # margin = a fraction of equity
    RISK_PCT = "risk_pct"  # lose a fraction of equity if the stop is hit


class TradeStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    LIQUIDATED = "liquidated"


class ExecutionMode(StrEnum):
    PAPER = "paper"
    LIVE = "live"


class TraderStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ARCHIVED = "archived"


class RejectReason(StrEnum):
    TRADER_PAUSED = "trader_paused"
    TRADER_ARCHIVED = "trader_archived"
    TOKEN_BLACKLISTED = "token_blacklisted"
    TOKEN_NOT_WHITELISTED = "token_not_whitelisted"
    LEVERAGE_ABOVE_MAX = "leverage_above_max"
    CONFIDENCE_BELOW_MIN = "confidence_below_min"
    CONFIDENCE_MISSING = "confidence_missing"
    NO_OPEN_POSITION = "no_open_position"
    ALREADY_IN_POSITION = "already_in_position"
    INSUFFICIENT_MARGIN = "insufficient_margin"
    LEVERAGE_BRACKET = "leverage_bracket"  # notional above what the symbol allows at that leverage
    NO_STOP_LOSS = "no_stop_loss"
    MAX_OPEN_POSITIONS = "max_open_positions"
    MAX_TRADER_POSITIONS = "max_trader_positions"
    MAX_TOKEN_EXPOSURE = "max_token_exposure"
    DAILY_LOSS_LIMIT = "daily_loss_limit"
    COPY_STOP = "copy_stop"
    NO_MARKET_DATA = "no_market_data"
    LIVE_ORDER_REFUSED = "live_order_refused"  # a live copy not sent, or refused by the exchange


# Reasons that come from the account and market rather than the copy rules (domain.engine).
ACCOUNT_REASONS = frozenset(
    {
        RejectReason.INSUFFICIENT_MARGIN,
        RejectReason.LEVERAGE_BRACKET,
        RejectReason.NO_STOP_LOSS,
        RejectReason.MAX_OPEN_POSITIONS,
        RejectReason.MAX_TRADER_POSITIONS,
        RejectReason.MAX_TOKEN_EXPOSURE,
        RejectReason.DAILY_LOSS_LIMIT,
        RejectReason.COPY_STOP,
        RejectReason.NO_MARKET_DATA,
        RejectReason.LIVE_ORDER_REFUSED,
    }
)
