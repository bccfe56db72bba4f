"""Immutable records that cross layers and threads (never database rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tradermanager.domain.enums import (
    ExecutionMode,
    OrderType,
    RejectReason,
    Side,
    SignalKind,
    TraderStatus,
    TradeStatus,
)
from tradermanager.domain.settings import TraderSettings


@dataclass(frozen=True, slots=True)
class Trader:
    id: int
    settings: TraderSettings
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.settings.name

    @property
    def status(self) -> TraderStatus:
        if self.archived_at is not None:
            return TraderStatus.ARCHIVED
        return TraderStatus.ACTIVE if self.settings.active else TraderStatus.PAUSED

    @property
    def mode(self) -> ExecutionMode:
        return ExecutionMode.PAPER if self.settings.paper_only else ExecutionMode.LIVE


@dataclass(frozen=True, slots=True, kw_only=True)
class Signal:
    """One message from a trader, parsed. ``source_id`` is the source's own id (unique per trader).

    Prices are in the quote currency (USD-like); ``confidence`` is a fraction 0..1 or None when
    the source gives none; ``trader_time`` is when the trader acted, ``received_time`` when it
    reached us.
    """

    source_id: str
    symbol: str
    side: Side
    kind: SignalKind
    price: float
    trader_time: datetime
    received_time: datetime
    leverage: float = 1.0
    confidence: float | None = None
    stop_loss: float | None = None
    take_profits: tuple[float, ...] = ()
    raw_text: str = ""
    trade_ref: str = ""  # the source id of the trader's trade this signal opens or closes
    order_type: OrderType = OrderType.MARKET
    entries: tuple[float, ...] = ()  # limit prices of several entries (a range: its two ends)
    close_fraction: float = 1.0  # a close signal's share of the position, 0 < f ≤ 1
    target_hit: int | None = None  # an update saying take-profit k (1-based) was reached


@dataclass(frozen=True, slots=True)
class Decision:
    accepted: bool
    reason: RejectReason | None
    message: str

    @staticmethod
    def accept(message: str) -> Decision:
        return Decision(True, None, message)

    @staticmethod
    def reject(reason: RejectReason, message: str) -> Decision:
        return Decision(False, reason, message)


@dataclass(frozen=True, slots=True, kw_only=True)
class TraderTrade:
    """A trade the trader made. ``notional`` is USD at entry; ``pnl`` realized USD net of fees."""

    source_id: str
    symbol: str
    side: Side
    leverage: float
    entry_price: float
    entry_time: datetime
    notional: float
    status: TradeStatus = TradeStatus.OPEN
    exit_price: float | None = None
    exit_time: datetime | None = None
    fees: float = 0.0
    pnl: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CopiedTrade:
    """A position I hold because of a signal. ``margin`` is the USD committed (size per trade);
    the position's notional is ``margin × leverage``. Fills include slippage; fees are USD."""

    mode: ExecutionMode
    symbol: str
    side: Side
    leverage: float
    margin: float
    signal_price: float
    entry_fill: float
    opened_at: datetime
    entry_fee: float
    status: TradeStatus = TradeStatus.OPEN
    exit_fill: float | None = None
    closed_at: datetime | None = None
    exit_fee: float = 0.0
    pnl: float | None = None
    id: int | None = None
    signal_id: int | None = None

    @property
    def notional(self) -> float:
        return self.margin * self.leverage

    @property
    def quantity(self) -> float:
        """Units of the token held."""
        return self.notional / self.entry_fill

    @property
    def fees(self) -> float:
        return self.entry_fee + self.exit_fee


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredSignal:
    """A signal as recorded, with the decision it got (None only while being processed)."""

    id: int
    trader_id: int
    trader_name: str
    signal: Signal
    decision: Decision | None
    decided_at: datetime | None


@dataclass(frozen=True, slots=True)
class ProcessResult:
    """What the pipeline did with one signal."""

    signal_id: int
    decision: Decision
    duplicate: bool = False
    copied_trade: CopiedTrade | None = None  # a copy recorded by release 0.1.0 it closed
    paper: bool = False  # it went to my paper account (an opening it copies, a follow-up)
