"""Traders: settings in (bounds from ``domain.settings``), trader records out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from tradermanager.api.schemas.common import WHOLE, Bool, Float
from tradermanager.domain.enums import ExecutionMode, SizingMode, Source, TraderStatus
from tradermanager.domain.models import Trader
from tradermanager.domain.setting_specs import (
    ALLOCATION,
    BREAK_EVEN_AFTER,
    COPY_STOP_LOSS,
    EQUITY_PCT,
    LIMIT_EXPIRY_HOURS,
    MAX_LEVERAGE,
    MAX_OPEN,
    MIN_CONFIDENCE,
    MULTIPLIER,
    PRIORITY,
    REFERENCE_CAPITAL,
    RISK_PCT,
    TP_SPLIT_MAX,
    TRAILING_STOP,
    NumberSetting,
)
from tradermanager.domain.settings import NAME_MAX_LENGTH

Tokens = list[str]
_TOKENS = "token symbols such as BTC or ETHUSDT; normalised to upper case"


def _number(spec: NumberSetting) -> Any:
    return Field(None, ge=spec.low, le=spec.high, description=spec.help)


def _whole(spec: NumberSetting) -> Any:
    return Annotated[int, Field(ge=spec.low, le=spec.high, description=spec.help), WHOLE] | None


class _SettingsFields(BaseModel):
    """Every setting, optional: the base of the add and the update bodies."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, min_length=1, max_length=NAME_MAX_LENGTH)
    source: Source | None = None
    source_ref: str | None = Field(None, max_length=200, description="@channel, lead-trader id")
    multiplier: Float | None = Field(
        None, ge=MULTIPLIER.low, le=MULTIPLIER.high, description=MULTIPLIER.help
    )
    min_confidence: Float | None = Field(
        None, ge=MIN_CONFIDENCE.low, le=MIN_CONFIDENCE.high, description=MIN_CONFIDENCE.help
    )
    whitelist: Tokens | None = Field(None, description=f"only these tokens ({_TOKENS})")
    blacklist: Tokens | None = Field(None, description=f"never these tokens ({_TOKENS})")
    max_leverage: (
        Annotated[
            int,
            Field(ge=MAX_LEVERAGE.low, le=MAX_LEVERAGE.high, description=MAX_LEVERAGE.help),
            WHOLE,
        ]
        | None
    ) = None
    paper_only: Bool | None = None
    active: Bool | None = None
    priority: (
        Annotated[int, Field(ge=PRIORITY.low, le=PRIORITY.high, description=PRIORITY.help), WHOLE]
        | None
    ) = None
    reference_capital: Float | None = Field(
        None,
        ge=REFERENCE_CAPITAL.low,
        le=REFERENCE_CAPITAL.high,
        description=REFERENCE_CAPITAL.help,
    )
    notes: str | None = Field(None, max_length=5000)
    # execution rules (docs/execution.md); 0 turns an optional one off
    sizing: SizingMode | None = Field(
        None, description="multiplier (base size × multiplier), equity_pct or risk_pct"
    )
    equity_pct: Float | None = _number(EQUITY_PCT)
    risk_pct: Float | None = _number(RISK_PCT)
    tp_split: list[Float] | None = Field(
        None,
        max_length=TP_SPLIT_MAX,
        description="shares of the position closed at take-profits 1..n (scaled to add up "
        "to 1; 2 or more); [] = equal shares",
    )
    break_even_after: _whole(BREAK_EVEN_AFTER) = None  # type: ignore[valid-type]
    trailing_stop: Float | None = _number(TRAILING_STOP)
    limit_expiry_hours: Float | None = _number(LIMIT_EXPIRY_HOURS)
    max_open: _whole(MAX_OPEN) = None  # type: ignore[valid-type]
    copy_stop_loss: Float | None = _number(COPY_STOP_LOSS)
    allocation: Float | None = _number(ALLOCATION)

    def changes(self) -> dict[str, Any]:
        """The fields given with a value (null means "leave as it is")."""
        return {k: v for k, v in self.model_dump(exclude_unset=True).items() if v is not None}


class TraderCreate(_SettingsFields):
    name: str = Field(min_length=1, max_length=NAME_MAX_LENGTH)
    source: Source = Source.MANUAL


class TraderUpdate(_SettingsFields):
    """Any settings; fields left out (or null) keep their value."""


class ToggleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    active: Bool | None = Field(None, description="on or off; left out or null flips")


class MultiplierBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    multiplier: Float = Field(ge=MULTIPLIER.low, le=MULTIPLIER.high, description=MULTIPLIER.help)


class MultiplierOut(BaseModel):
    trader_id: int
    multiplier: float
    size_per_trade: float = Field(description="USD margin per copied trade: base size × multiplier")


class TokensBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    whitelist: Tokens | None = Field(None, description="replaces the whitelist; [] = all tokens")
    blacklist: Tokens | None = Field(None, description="replaces the blacklist")


class TraderOut(BaseModel):
    id: int
    name: str
    status: TraderStatus
    mode: ExecutionMode
    source: Source
    source_ref: str
    multiplier: float
    min_confidence: float
    whitelist: Tokens
    blacklist: Tokens
    max_leverage: int
    high_leverage: bool = Field(description="max leverage above 10×: allowed but flagged")
    paper_only: bool
    active: bool
    priority: int
    reference_capital: float
    notes: str
    sizing: SizingMode
    equity_pct: float
    risk_pct: float
    tp_split: list[float]
    break_even_after: int
    trailing_stop: float
    limit_expiry_hours: float
    max_open: int
    copy_stop_loss: float
    allocation: float
    size_per_trade: float = Field(description="USD margin per copied trade")
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None

    @classmethod
    def of(cls, trader: Trader, size_per_trade: float) -> TraderOut:
        s = trader.settings
        return cls(
            id=trader.id,
            name=s.name,
            status=trader.status,
            mode=trader.mode,
            source=s.source,
            source_ref=s.source_ref,
            multiplier=s.multiplier,
            min_confidence=s.min_confidence,
            whitelist=sorted(s.whitelist),
            blacklist=sorted(s.blacklist),
            max_leverage=s.max_leverage,
            high_leverage=s.high_leverage,
            paper_only=s.paper_only,
            active=s.active,
            priority=s.priority,
            reference_capital=s.reference_capital,
            notes=s.notes,
            sizing=s.sizing,
            equity_pct=s.equity_pct,
            risk_pct=s.risk_pct,
            tp_split=list(s.tp_split),
            break_even_after=s.break_even_after,
            trailing_stop=s.trailing_stop,
            limit_expiry_hours=s.limit_expiry_hours,
            max_open=s.max_open,
            copy_stop_loss=s.copy_stop_loss,
            allocation=s.allocation,
            size_per_trade=size_per_trade,
            created_at=trader.created_at,
            updated_at=trader.updated_at,
            archived_at=trader.archived_at,
        )


class TraderDetail(TraderOut):
    latest_metrics: dict[str, Any] | None = Field(
        None,
        description="a few figures of the cached 30-day snapshot (null until the first "
        "refresh); every figure: GET /api/traders/{id}/metrics",
    )


class MetricsOut(BaseModel):
    trader_id: int
    window: str
    computed_at: datetime
    values: dict[str, Any] = Field(description="every metric family; keys in docs/metrics.md")
