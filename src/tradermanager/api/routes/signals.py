"""/api/signals: a signal in, its decision and copy out; the stored signals."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from tradermanager.api.deps import ServicesDep
from tradermanager.api.errors import ApiError
from tradermanager.api.routes.traders import get_trader
from tradermanager.api.schemas.common import MAX_ID
from tradermanager.api.schemas.errors import error_responses
from tradermanager.api.schemas.signals import SignalIn, SignalResult, StoredSignalOut
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.models import Trader
from tradermanager.domain.signal_input import parse_signal_payload
from tradermanager.services import Services

router = APIRouter(prefix="/api/signals", tags=["signals"])


def _trader(svc: Services, ref: str | int) -> Trader:
    if isinstance(ref, int):
        return get_trader(svc, ref)
    try:
        return svc.traders.get(ref.strip())
    except NotFoundError:
        raise ApiError(
            404,
            "not_found",
            f"no trader named {ref!r}",
            field="trader",
            value=ref,
            allowed="the name or id of a trader (GET /api/traders lists them)",
        ) from None


@router.post(
    "",
    status_code=201,
    responses={
        **error_responses(404),
        200: {"model": SignalResult, "description": "Seen before: its first decision"},
    },
    summary="Process one signal: decide, copy, record",
)
def post_signal(svc: ServicesDep, body: SignalIn, response: Response) -> SignalResult:
    trader = _trader(svc, body.trader)
    _, signal = parse_signal_payload(body.payload(trader.name))
    result = svc.pipeline.process(trader.id, signal)
    if result.duplicate:
        response.status_code = 200
    return SignalResult.of(trader.id, result)


@router.get("", responses=error_responses(404), summary="Stored signals with their decisions")
def list_signals(
    svc: ServicesDep,
    trader_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="only this trader's")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=10_000, description="newest first")] = 100,
) -> list[StoredSignalOut]:
    if trader_id is not None:
        get_trader(svc, trader_id)
    return [StoredSignalOut.of(s) for s in svc.pipeline.signals(trader_id, limit=limit)]
