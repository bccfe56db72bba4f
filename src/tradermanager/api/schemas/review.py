"""The review queue: items out (text, parse, reason, suggestions), corrections in."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tradermanager.api.schemas.common import Bool, Float


class ParsedOut(BaseModel):
    kind: str = Field(description="signal, follow_up, not_signal or needs_review")
    symbol: str | None
    token: str | None = Field(description="the coin white/blacklists compare (PEPE of 1000PEPE)")
    contract: str | None
    side: Literal["long", "short"] | None
    order_type: Literal["limit", "market"]
    entries: list[float]
    entry_kind: str = Field(description="single, range, multiple or market ('' when none)")
    take_profits: list[float]
    stop_loss: float | None
    leverage: float | None


class ReviewItemOut(BaseModel):
    """One item waiting for review. ``kind``: correction (correct and accept, or dismiss),
    edit (an edit of a copied signal: apply it to the copy, or dismiss), follow_up (close a
    share of the copy, or dismiss), deletion (close the copy, or keep it)."""

    id: int = Field(description="the queue's id of the item")
    trader: str
    trader_id: int
    source_id: str = Field(description="the channel's message id, e.g. tg:42")
    kind: Literal["correction", "edit", "follow_up", "deletion"]
    posted: str = Field(description="when it was posted (an edit: when it was edited), UTC")
    text: str
    reason: str = Field(description="why it waits for review")
    links_to: str | None = Field(description="an edit or follow-up: the signal it belongs to")
    deleted_at: str | None
    parsed: ParsedOut
    read_as: str = Field(description="what was read, in one line")
    suggestions: list[str] = Field(description="what it still needs and the choices it offers")

    @classmethod
    def of(cls, data: dict[str, Any]) -> ReviewItemOut:
        return cls.model_validate(data)


class ReviewAcceptIn(BaseModel):
    """Corrected fields; a field left out keeps what the parser read (GET the item to see
    it); ``stop_loss`` or ``leverage`` given as null removes the one read."""

    model_config = ConfigDict(extra="forbid")

    symbol: str | None = Field(None, max_length=40, description="e.g. ETH or 1000PEPEUSDT")
    side: Literal["long", "short"] | None = None
    entries: list[Float] | None = Field(None, max_length=20, description="entry prices")
    zone: Bool | None = Field(None, description="the two entries are a range (its middle)")
    take_profits: list[Float] | None = Field(None, max_length=20)
    stop_loss: Float | None = None
    leverage: Float | None = Field(None, description="1 to 200")
    order_type: Literal["limit", "market"] | None = None
    learn: Bool = Field(True, description="learn the channel's layout from the correction")
    apply_template: Bool = Field(
        False, description="also accept the channel's waiting messages the learnt layout reads"
    )


class FollowUpOut(BaseModel):
    source_id: str
    classification: str
    reason: str


class TemplateMessageOut(BaseModel):
    id: int
    source_id: str
    read_as: str | None = None


class TemplateOut(BaseModel):
    id: int
    markers: str = Field(description="the markers learnt, in a sentence")
    now_readable: list[TemplateMessageOut]
    still_unreadable: list[TemplateMessageOut]


class AcceptOut(BaseModel):
    source_id: str
    copied: bool = Field(description="the copy rules accepted the signal (or the edit)")
    note: str | None = Field(description="an edit: what the copy now follows")
    follow_ups: list[FollowUpOut] = Field(description="posted while it waited, applied after")
    template: TemplateOut | None = Field(description="the channel layout learnt, if any")
    applied: list[str] = Field(description="waiting messages accepted with apply_template")


class CloseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    percent: Float = Field(
        100.0, gt=0, le=100, description="a follow-up: the share of the copy to close"
    )


class ChoiceOut(BaseModel):
    id: int
    source_id: str
    done: Literal["dismissed", "closed", "asked_to_close", "kept"]
    message: str
