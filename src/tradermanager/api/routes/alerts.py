"""/api/alerts: alert events, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tradermanager.api.deps import ServicesDep
from tradermanager.api.routes.traders import get_trader
from tradermanager.api.schemas.common import MAX_ID
from tradermanager.api.schemas.errors import error_responses
from tradermanager.domain.alerts import AlertEvent

router = APIRouter(prefix="/api/alerts", tags=["alerts"])


@router.get("", responses=error_responses(404), summary="Alert events, newest first")
def alerts(
    svc: ServicesDep,
    trader_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="only this trader's")
    ] = None,
    unacknowledged: bool = False,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
) -> list[AlertEvent]:
    if trader_id is not None:
        get_trader(svc, trader_id)
    return svc.alerts.events(trader_id, unacknowledged=unacknowledged, limit=limit)
