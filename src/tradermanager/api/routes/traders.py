"""/api/traders: the design's operations on traders."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Query, Request, Response
from pydantic import TypeAdapter

from tradermanager.api.deps import ServicesDep
from tradermanager.api.errors import ApiError
from tradermanager.api.schemas.common import MAX_ID, json_safe
from tradermanager.api.schemas.errors import error_responses
from tradermanager.api.schemas.traders import (
    MetricsOut,
    MultiplierBody,
    MultiplierOut,
    ToggleBody,
    TokensBody,
    TraderCreate,
    TraderDetail,
    TraderOut,
    TraderUpdate,
)
from tradermanager.domain.enums import Source, TraderStatus
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.models import Trader
from tradermanager.domain.paper import position_size
from tradermanager.services import Services
from tradermanager.services.changes import ReadCache

router = APIRouter(prefix="/api/traders", tags=["traders"])

Window = Literal["7d", "30d", "90d", "all"]
TraderId = Annotated[int, Path(ge=1, le=MAX_ID, description="the trader's id", examples=[1])]
DETAIL_KEYS = ("roi_30d", "win_rate", "max_drawdown", "sharpe_ratio", "risk_score")


def trader_out(svc: Services, trader: Trader) -> TraderOut:
    return TraderOut.of(trader, svc.traders.size_per_trade(trader))


def get_trader(svc: Services, trader_id: int) -> Trader:
    """The trader, or a 404 naming the id."""
    try:
        return svc.traders.get(trader_id)
    except NotFoundError:
        raise ApiError(
            404,
            "not_found",
            f"no trader with id {trader_id}",
            field="id",
            value=trader_id,
            allowed="the id of a trader (GET /api/traders lists them)",
        ) from None


@router.post("", status_code=201, responses=error_responses(409), summary="Add a trader")
def add_trader(svc: ServicesDep, body: TraderCreate) -> TraderOut:
    return trader_out(svc, svc.traders.add(**body.changes()))


_TRADER_LIST = TypeAdapter(list[TraderOut])


@router.get(
    "",
    response_model=list[TraderOut],
    responses=error_responses(),
    summary="List traders",
)
async def list_traders(
    request: Request,
    svc: ServicesDep,
    status: Annotated[TraderStatus | None, Query(description="archived: only those")] = None,
    source: Source | None = None,
    token: Annotated[str | None, Query(max_length=40, description="who trade this token")] = None,
) -> Response:
    """The busiest read of a bot: answered from memory until the database changes."""

    def read() -> bytes:
        traders = svc.traders.list(status=status, source=source, token=token or None)
        base = svc.settings.get().base_size
        out = [TraderOut.of(t, position_size(base, t.settings.multiplier)) for t in traders]
        return _TRADER_LIST.dump_json(out)

    reads: ReadCache = request.app.state.reads
    body = reads.get(("traders", status, source, token), read)
    return Response(body, media_type="application/json")


@router.get("/{id}", responses=error_responses(404), summary="A trader with its latest metrics")
def trader_detail(svc: ServicesDep, id: TraderId) -> TraderDetail:
    trader = get_trader(svc, id)
    cached = svc.metrics.summaries(DETAIL_KEYS, "30d", [trader.id])
    latest = cached.get(trader.id)
    return TraderDetail(
        **trader_out(svc, trader).model_dump(),
        latest_metrics=json_safe(latest) if latest is not None else None,
    )


@router.put("/{id}", responses=error_responses(404, 409), summary="Change settings")
def update_trader(svc: ServicesDep, id: TraderId, body: TraderUpdate) -> TraderOut:
    get_trader(svc, id)
    return trader_out(svc, svc.traders.update(id, **body.changes()))


@router.delete(
    "/{id}",
    status_code=204,
    response_class=Response,
    responses=error_responses(404),
    summary="Archive a trader (recoverable), or delete it with its history",
)
def delete_trader(
    svc: ServicesDep,
    id: TraderId,
    purge: Annotated[
        bool, Query(description="delete for good, with every signal and copy")
    ] = False,
) -> Response:
    get_trader(svc, id)
    svc.traders.delete(id, purge=purge)
    return Response(status_code=204)


@router.post("/{id}/toggle", responses=error_responses(404, 409), summary="Copying on/off")
def toggle_trader(
    svc: ServicesDep, id: TraderId, body: Annotated[ToggleBody | None, Body()] = None
) -> TraderOut:
    get_trader(svc, id)
    return trader_out(svc, svc.traders.toggle(id, body.active if body else None))


@router.get("/{id}/metrics", responses=error_responses(404), summary="Every metric family")
def trader_metrics(svc: ServicesDep, id: TraderId, window: Window = "30d") -> MetricsOut:
    get_trader(svc, id)
    snapshot = svc.metrics.trader_metrics(id, window)
    return MetricsOut(
        trader_id=snapshot.trader_id,
        window=snapshot.window,
        computed_at=snapshot.computed_at,
        values=json_safe(dict(snapshot.values)),
    )


@router.put(
    "/{id}/multiplier", responses=error_responses(404, 409), summary="Position-size multiplier"
)
def set_multiplier(svc: ServicesDep, id: TraderId, body: MultiplierBody) -> MultiplierOut:
    get_trader(svc, id)
    size = svc.traders.set_multiplier(id, body.multiplier)
    return MultiplierOut(
        trader_id=id, multiplier=svc.traders.get(id).settings.multiplier, size_per_trade=size
    )


@router.put("/{id}/tokens", responses=error_responses(404, 409), summary="White- and blacklist")
def set_tokens(svc: ServicesDep, id: TraderId, body: TokensBody) -> TraderOut:
    get_trader(svc, id)
    trader = svc.traders.set_tokens(id, whitelist=body.whitelist, blacklist=body.blacklist)
    return trader_out(svc, trader)
