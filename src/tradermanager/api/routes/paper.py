"""/api/paper: my paper account as the execution engine runs it — positions with their fills,
stops, targets, liquidation price and funding — replayed on the stored candles."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from tradermanager.api.deps import ServicesDep
from tradermanager.api.schemas.errors import error_responses
from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.domain.market import INTERVALS

router = APIRouter(prefix="/api", tags=["portfolio"])

Interval = StrEnum("Interval", {name: name for name in INTERVALS})  # type: ignore[misc]


class PaperAccountOut(BaseModel):
    """USD; times of fills and entries in epoch milliseconds (UTC)."""

    capital: float
    cash: float
    equity: float = Field(description="cash + unrealised P&L of open positions")
    margin_in_use: float
    free_margin: float
    open: list[OpenCopy]
    closed: list[ClosedCopy] = Field(description="only with include_closed=true")


@router.get(
    "/paper",
    responses=error_responses(),
    summary="The paper account on the execution engine: positions with their fills",
)
def paper_account(
    svc: ServicesDep,
    include_closed: Annotated[bool, Query(description="closed positions too")] = False,
    interval: Annotated[Interval, Query(description="candles to fill on")] = "1h",  # type: ignore[assignment]
) -> PaperAccountOut:
    account = svc.paper.refresh(str(interval))
    result = account.result
    return PaperAccountOut(
        capital=account.capital,
        cash=account.cash,
        equity=account.equity,
        margin_in_use=account.margin_in_use,
        free_margin=account.free_margin,
        open=list(result.open),
        closed=list(result.closed) if include_closed else [],
    )
