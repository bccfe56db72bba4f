"""/api/traders/{id}/backtest: what copying a trader would have done, with changed settings."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Body, Path
from pydantic import BaseModel, ConfigDict, Field

from tradermanager.api.deps import ServicesDep
from tradermanager.api.routes.traders import get_trader
from tradermanager.api.schemas.common import MAX_ID, WHOLE, Float
from tradermanager.api.schemas.errors import error_responses
from tradermanager.domain.setting_specs import MAX_LEVERAGE, MIN_CONFIDENCE, MULTIPLIER
from tradermanager.services.backtest import BacktestReport

router = APIRouter(prefix="/api/traders", tags=["backtest"])


class BacktestBody(BaseModel):
    """The period (last ``days``, or ``start``–``end``) and settings to try instead of the
    trader's own (left out: the trader's)."""

    model_config = ConfigDict(extra="forbid")

    days: (
        Annotated[int, Field(ge=1, le=3650, description="the last N days (without start)"), WHOLE]
        | None
    ) = 30
    start: datetime | None = None
    end: datetime | None = Field(None, description="default: now")
    initial_capital: Float = Field(10_000.0, ge=1, le=1e12, description="USD")
    multiplier: Float | None = Field(None, ge=MULTIPLIER.low, le=MULTIPLIER.high)
    max_leverage: Annotated[int, Field(ge=MAX_LEVERAGE.low, le=MAX_LEVERAGE.high), WHOLE] | None = (
        None
    )
    min_confidence: Float | None = Field(None, ge=MIN_CONFIDENCE.low, le=MIN_CONFIDENCE.high)
    whitelist: list[str] | None = None
    blacklist: list[str] | None = None


@router.post(
    "/{id}/backtest",
    responses=error_responses(404),
    summary="Backtest copying a trader, beside copying everything at 1×",
)
def backtest(
    svc: ServicesDep,
    id: Annotated[int, Path(ge=1, le=MAX_ID, description="the trader's id", examples=[1])],
    body: Annotated[BacktestBody | None, Body()] = None,
) -> BacktestReport:
    get_trader(svc, id)
    request = body or BacktestBody()
    return svc.backtest.run(id, **request.model_dump())
