"""The review queue's repository: messages that need review and have no decision yet,
decisions, and per-channel templates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from tradermanager.domain.enums import SignalKind
from tradermanager.domain.models import Signal
from tradermanager.store import signals as signal_repo
from tradermanager.store.models import SourceMessageRow, TraderRow
from tradermanager.store.review_models import ChannelTemplateRow, ReviewDecisionRow
from tradermanager.store.source_messages import StoredMessage

NEEDS_REVIEW = "needs_review"
ACCEPTED = "accepted"


@dataclass(frozen=True, slots=True)
class PendingMessage:
    trader_id: int
    trader_name: str
    message: StoredMessage


@dataclass(frozen=True, slots=True)
class StoredTemplate:
    id: int
    trader_id: int
    learnt_from: str
    markers: tuple[tuple[str, str], ...]
    created_at: datetime


def pending(trader_id: int | None = None) -> list[PendingMessage]:
    """Messages classified "needs review" with no decision, oldest first."""
    decided = ReviewDecisionRow.select(ReviewDecisionRow.id).where(
        (ReviewDecisionRow.trader == SourceMessageRow.trader)
        & (ReviewDecisionRow.source_id == SourceMessageRow.source_id)
    )
    query = (
        SourceMessageRow.select(SourceMessageRow, TraderRow.id, TraderRow.name)
        .join(TraderRow)
        .where((SourceMessageRow.classification == NEEDS_REVIEW) & ~pw.fn.EXISTS(decided))
        .order_by(SourceMessageRow.received_time, SourceMessageRow.id)
    )
    if trader_id is not None:
        query = query.where(SourceMessageRow.trader == trader_id)
    return [
        PendingMessage(
            r.trader.id,
            r.trader.name,
            StoredMessage(
                r.source_id, r.received_time, r.text, r.classification, r.reason, r.links_to
            ),
        )
        for r in query
    ]


def decide(
    trader_id: int,
    source_id: str,
    status: str,
    at: datetime,
    fields: dict[str, object] | None = None,
    template_id: int | None = None,
) -> None:
    ReviewDecisionRow.insert(
        trader=trader_id,
        source_id=source_id,
        status=status,
        fields=json.dumps(fields or {}, sort_keys=True),
        template_id=template_id,
        decided_at=at,
    ).on_conflict_replace().execute()


def decision(trader_id: int, source_id: str) -> str | None:
    row = ReviewDecisionRow.get_or_none(
        (ReviewDecisionRow.trader == trader_id) & (ReviewDecisionRow.source_id == source_id)
    )
    return row.status if row is not None else None


def accepted_openings(trader_id: int) -> dict[str, Signal]:
    """The signals opened by messages accepted from the review queue, by message source id."""
    rows = (
        ReviewDecisionRow.select(ReviewDecisionRow.source_id)
        .where((ReviewDecisionRow.trader == trader_id) & (ReviewDecisionRow.status == ACCEPTED))
        .tuples()
    )
    out = {}
    for (sid,) in rows:
        found = signal_repo.find_signal_id(trader_id, sid)
        stored = signal_repo.get_stored_signal(found) if found is not None else None
        if stored is not None and stored.signal.kind is SignalKind.OPEN:
            out[sid] = stored.signal
    return out


def pending_source_ids(trader_id: int) -> set[str]:
    """Source ids of the trader's messages waiting for review."""
    return {p.message.source_id for p in pending(trader_id)}


def save_template(
    trader_id: int, learnt_from: str, markers: tuple[tuple[str, str], ...], at: datetime
) -> int:
    row = ChannelTemplateRow.create(
        trader=trader_id,
        learnt_from=learnt_from,
        markers=json.dumps([list(m) for m in markers], ensure_ascii=False),
        created_at=at,
    )
    return int(row.id)


def templates(trader_id: int) -> list[StoredTemplate]:
    """The channel's templates, newest first."""
    rows = (
        ChannelTemplateRow.select()
        .where(ChannelTemplateRow.trader == trader_id)
        .order_by(ChannelTemplateRow.created_at.desc(), ChannelTemplateRow.id.desc())
    )
    return [
        StoredTemplate(
            r.id,
            r.trader_id,
            r.learnt_from,
            tuple((str(m), str(k)) for m, k in json.loads(r.markers)),
            r.created_at,
        )
        for r in rows
    ]


def delete_template(trader_id: int, template_id: int) -> int:
    return (
        ChannelTemplateRow.delete()
        .where((ChannelTemplateRow.trader == trader_id) & (ChannelTemplateRow.id == template_id))
        .execute()
    )
