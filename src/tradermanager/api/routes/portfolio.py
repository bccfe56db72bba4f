"""/api/positions and /api/portfolio: my copies, together."""

from __future__ import annotations

from fastapi import APIRouter

from tradermanager.api.deps import ServicesDep
from tradermanager.api.schemas.errors import error_responses
from tradermanager.services.portfolio import OpenPosition, PortfolioSummary

router = APIRouter(prefix="/api", tags=["portfolio"])


@router.get("/positions", responses=error_responses(), summary="Open copied positions")
def positions(svc: ServicesDep) -> list[OpenPosition]:
    return list(svc.portfolio.load().positions)


@router.get(
    "/portfolio",
    responses=error_responses(),
    summary="Exposure, equity, drawdown, tail risk and each trader's share",
)
def portfolio(svc: ServicesDep) -> PortfolioSummary:
    return svc.portfolio.summary()
