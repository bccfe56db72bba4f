"""Signals in (the fields of ``domain.signal_input``), decisions and copies out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tradermanager.api.schemas.common import MAX_ID, WHOLE, Float, Int, finite
from tradermanager.domain.enums import (
    ExecutionMode,
    OrderType,
    RejectReason,
    Side,
    SignalKind,
    TradeStatus,
)
from tradermanager.domain.models import CopiedTrade, Decision, ProcessResult, StoredSignal
from tradermanager.domain.settings import LEVERAGE_MAX
from tradermanager.domain.signal_input import SIDE_WORDS

SideWord = Literal[tuple(SIDE_WORDS)]  # type: ignore[valid-type]


class SignalIn(BaseModel):
    """One signal of a trader. ``id`` is the source's own id: sending it again is answered
    with the first decision and copies nothing twice."""

    model_config = ConfigDict(extra="forbid")

    trader: str | Annotated[int, Field(ge=1, le=MAX_ID), WHOLE] = Field(
        description="the trader's name or id"
    )
    id: str | Int = Field(description="the source's id of this signal, unique per trader")
    time: datetime = Field(description="when the trader acted (ISO 8601; UTC if no offset)")
    symbol: str = Field(min_length=1, max_length=40, description="e.g. BTC or BTCUSDT")
    side: SideWord  # type: ignore[valid-type]
    kind: SignalKind = SignalKind.OPEN
    price: Float = Field(gt=0, description="in the quote currency")
    leverage: Float = Field(1.0, ge=1, le=LEVERAGE_MAX)
    confidence: Float | None = Field(None, ge=0.0, le=1.0, description="fraction; null = none")
    received_time: datetime | None = Field(None, description="default: time")
    stop_loss: Float | None = Field(None, gt=0)
    take_profits: list[Float] = Field(default_factory=list, max_length=20)
    text: str = Field("", max_length=20_000, description="the message as the trader wrote it")
    trade_ref: str = Field("", max_length=200, description="the trader's trade it opens/closes")
    order_type: OrderType | None = Field(
        None, description="market, or limit at price/entries (default: limit with entries)"
    )
    entries: list[Float] = Field(
        default_factory=list, max_length=20, description="limit prices of several entries"
    )
    close_fraction: Float = Field(
        1.0, gt=0, le=1, description="a close signal's share of the position"
    )
    target_hit: Annotated[int, Field(ge=1, le=100), WHOLE] | None = Field(
        None, description="an update saying take-profit k (1-based) was reached"
    )

    def payload(self, trader_name: str) -> dict[str, Any]:
        """The mapping ``parse_signal_payload`` reads (it validates every field again)."""
        data = self.model_dump(exclude_none=True)
        data["trader"] = trader_name
        return data


class DecisionOut(BaseModel):
    accepted: bool
    reason: RejectReason | None = Field(description="why it was not copied (null if copied)")
    message: str

    @classmethod
    def of(cls, decision: Decision) -> DecisionOut:
        return cls(accepted=decision.accepted, reason=decision.reason, message=decision.message)


class CopyOut(BaseModel):
    """A position I hold (or held) because of a signal; USD amounts, fills with slippage."""

    id: int | None
    signal_id: int | None
    mode: ExecutionMode
    symbol: str
    side: Side
    leverage: float
    margin: float
    notional: float
    signal_price: float
    entry_fill: float
    exit_fill: float | None
    fees: float
    pnl: float | None
    status: TradeStatus
    opened_at: datetime
    closed_at: datetime | None

    @classmethod
    def of(cls, copy: CopiedTrade) -> CopyOut:
        return cls(
            id=copy.id,
            signal_id=copy.signal_id,
            mode=copy.mode,
            symbol=copy.symbol,
            side=copy.side,
            leverage=copy.leverage,
            margin=copy.margin,
            notional=copy.notional,
            signal_price=copy.signal_price,
            entry_fill=copy.entry_fill,
            exit_fill=copy.exit_fill,
            fees=copy.fees,
            pnl=finite(copy.pnl),
            status=copy.status,
            opened_at=copy.opened_at,
            closed_at=copy.closed_at,
        )


class SignalResult(BaseModel):
    signal_id: int
    trader_id: int
    duplicate: bool = Field(description="this id was seen before: its first decision")
    decision: DecisionOut
    paper: bool = Field(
        False,
        description="it went to my paper account: an opening it copies (sized and filled on "
        "the first candle after it was received; GET /api/paper shows it) or a follow-up",
    )
    copy_: CopyOut | None = Field(
        None,
        alias="copy",
        description="a copy recorded by release 0.1.0 that this signal closed (else null)",
    )

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    @classmethod
    def of(cls, trader_id: int, result: ProcessResult) -> SignalResult:
        copy = result.copied_trade
        return cls(
            signal_id=result.signal_id,
            trader_id=trader_id,
            duplicate=result.duplicate,
            decision=DecisionOut.of(result.decision),
            paper=result.paper,
            copy_=CopyOut.of(copy) if copy is not None else None,
        )


class StoredSignalOut(BaseModel):
    id: int
    trader_id: int
    trader: str
    source_id: str
    symbol: str
    side: Side
    kind: SignalKind
    price: float
    leverage: float
    confidence: float | None
    stop_loss: float | None
    take_profits: list[float]
    trader_time: datetime
    received_time: datetime
    text: str
    trade_ref: str
    order_type: OrderType
    entries: list[float]
    close_fraction: float
    target_hit: int | None
    decision: DecisionOut | None = Field(description="null only while being processed")
    decided_at: datetime | None

    @classmethod
    def of(cls, stored: StoredSignal) -> StoredSignalOut:
        s = stored.signal
        return cls(
            id=stored.id,
            trader_id=stored.trader_id,
            trader=stored.trader_name,
            source_id=s.source_id,
            symbol=s.symbol,
            side=s.side,
            kind=s.kind,
            price=s.price,
            leverage=s.leverage,
            confidence=s.confidence,
            stop_loss=s.stop_loss,
            take_profits=list(s.take_profits),
            trader_time=s.trader_time,
            received_time=s.received_time,
            text=s.raw_text,
            trade_ref=s.trade_ref,
            order_type=s.order_type,
            entries=list(s.entries),
            close_fraction=s.close_fraction,
            target_hit=s.target_hit,
            decision=DecisionOut.of(stored.decision) if stored.decision else None,
            decided_at=stored.decided_at,
        )
