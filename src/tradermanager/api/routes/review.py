"""/api/review: the review queue for a server without the window — list, show, accept with
corrections (validated as the window's form), dismiss; close or keep a copy."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path, Query

from tradermanager.api.deps import ServicesDep
from tradermanager.api.routes.traders import get_trader
from tradermanager.api.schemas.common import MAX_ID
from tradermanager.api.schemas.errors import error_responses
from tradermanager.api.schemas.review import (
    AcceptOut,
    ChoiceOut,
    CloseIn,
    ReviewAcceptIn,
    ReviewItemOut,
)
from tradermanager.services.review import FOLLOW_UP
from tradermanager.services.review_form import form_fields
from tradermanager.services.review_hints import item_to_dict, outcome_to_dict

router = APIRouter(prefix="/api/review", tags=["review"])
ItemId = Annotated[
    int, Path(ge=1, le=MAX_ID, description="the item's id (GET /api/review)", examples=[1])
]


@router.get("", responses=error_responses(404), summary="Everything waiting for review")
def list_items(
    svc: ServicesDep,
    trader_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="only this trader's")
    ] = None,
) -> list[ReviewItemOut]:
    if trader_id is not None:
        get_trader(svc, trader_id)
    return [ReviewItemOut.of(item_to_dict(i)) for i in svc.review.items(trader_id)]


@router.get(
    "/{id}",
    responses=error_responses(404),
    summary="One item: text, parse, reason, suggestions",
)
def show_item(svc: ServicesDep, id: ItemId) -> ReviewItemOut:
    return ReviewItemOut.of(item_to_dict(svc.review.item(id)))


@router.post(
    "/{id}/accept",
    responses=error_responses(404),
    summary="Copy the message with corrected fields (an edit: apply it to the copy)",
)
def accept_item(svc: ServicesDep, id: ItemId, body: ReviewAcceptIn) -> AcceptOut:
    item = svc.review.item(id)
    given = body.model_fields_set
    fields = form_fields(
        item.parsed,
        symbol=body.symbol,
        side=body.side,
        entries=body.entries,
        zone=body.zone,
        take_profits=body.take_profits,
        stop_loss="" if "stop_loss" in given and body.stop_loss is None else body.stop_loss,
        leverage="" if "leverage" in given and body.leverage is None else body.leverage,
        order_type=body.order_type,
    )
    outcome = svc.review.accept_item(
        id, fields, learn=body.learn, apply_template=body.apply_template
    )
    return AcceptOut.model_validate(outcome_to_dict(outcome))


@router.post("/{id}/dismiss", responses=error_responses(404), summary="Leave it uncopied")
def dismiss_item(svc: ServicesDep, id: ItemId) -> ChoiceOut:
    item = svc.review.item(id)
    svc.review.dismiss(item.trader_id, item.source_id)
    return ChoiceOut(
        id=item.id,
        source_id=item.source_id,
        done="dismissed",
        message=f"Dismissed {item.source_id}: nothing copied.",
    )


@router.post(
    "/{id}/close",
    responses=error_responses(404),
    summary="A deleted signal or a follow-up: close (a share of) my copy",
)
def close_item(
    svc: ServicesDep, id: ItemId, body: Annotated[CloseIn | None, Body()] = None
) -> ChoiceOut:
    item = svc.review.item(id)
    if item.kind == FOLLOW_UP:
        percent = (body or CloseIn()).percent
        choice = svc.review.close_share(item.trader_id, item.source_id, percent)
    else:
        choice = svc.review.close_deleted(item.trader_id, item.source_id)
    done = "closed" if choice.closed else "asked_to_close"
    return ChoiceOut(id=item.id, source_id=item.source_id, done=done, message=choice.message)


@router.post("/{id}/keep", responses=error_responses(404), summary="A deleted signal: keep my copy")
def keep_item(svc: ServicesDep, id: ItemId) -> ChoiceOut:
    item = svc.review.item(id)
    choice = svc.review.keep_deleted(item.trader_id, item.source_id)
    return ChoiceOut(id=item.id, source_id=item.source_id, done="kept", message=choice.message)
