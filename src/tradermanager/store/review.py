"""The review queue's repository: messages that need review and have no decision yet,
decisions, per-channel templates, and signals deleted by their channel while open."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

import peewee as pw

from tradermanager.domain.enums import SignalKind
from tradermanager.domain.models import Signal
from tradermanager.store import signals as signal_repo
from tradermanager.store.bulk import select_named
from tradermanager.store.fields import from_millis
from tradermanager.store.models import SourceMessageRow, TraderRow
from tradermanager.store.review_models import (
    ChannelTemplateRow,
    MessageDeletionRow,
    ReviewDecisionRow,
)
from tradermanager.store.source_messages import StoredMessage

NEEDS_REVIEW = "needs_review"
ACCEPTED = "accepted"
DISMISSED = "dismissed"
DELETION_WAITING = "waiting"  # the copy may hold a position: the user closes or keeps it
DELETION_CANCELLED = "cancelled"  # nothing had filled: the copy's entries were withdrawn
DELETION_CLOSED = "closed"
DELETION_KEPT = "kept"


@dataclass(frozen=True, slots=True)
class PendingMessage:
    trader_id: int
    trader_name: str
    message: StoredMessage
    row_id: int = 0  # the stored message's row: the queue item's id in the CLI and the API


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
            r.id,
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


def decision_fields(trader_id: int, source_id: str) -> dict[str, object]:
    """The fields stored with the message's decision (as accepted); empty when none."""
    row = ReviewDecisionRow.get_or_none(
        (ReviewDecisionRow.trader == trader_id) & (ReviewDecisionRow.source_id == source_id)
    )
    if row is None or not row.fields:
        return {}
    data = json.loads(row.fields)
    return data if isinstance(data, dict) else {}


def undecide(trader_id: int, source_id: str) -> None:
    """The message waits for review again (an edit made a dismissed message readable)."""
    ReviewDecisionRow.delete().where(
        (ReviewDecisionRow.trader == trader_id) & (ReviewDecisionRow.source_id == source_id)
    ).execute()


def edit_updates(trader_id: int, source_id: str, mark: str) -> list[Signal]:
    """The update signals edits of ``source_id`` sent to its copy (source ids
    ``<source_id><mark><unix time>``), oldest first."""
    sql = (
        'SELECT id FROM "signal" WHERE trader_id = ? AND kind = ? AND substr(source_id, 1, ?) = ? '
        "ORDER BY received_time, id"
    )
    prefix = source_id + mark
    params = (trader_id, SignalKind.UPDATE.value, len(prefix), prefix)
    out = []
    for row in select_named(sql, params):
        stored = signal_repo.get_stored_signal(int(row["id"]))
        if stored is not None:
            out.append(stored.signal)
    return out


def accepted_openings(trader_id: int) -> dict[str, Signal]:
    """The signals opened by messages accepted from the review queue, by message source id."""
    rows = (
        ReviewDecisionRow.select(ReviewDecisionRow.source_id)
        .where((ReviewDecisionRow.trader == trader_id) & (ReviewDecisionRow.status == ACCEPTED))
        .tuples()
    )
    out = {}
    for (sid,) in cast("Iterable[tuple[str]]", rows):
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


@dataclass(frozen=True, slots=True)
class WaitingDeletion:
    trader_id: int
    trader_name: str
    message: StoredMessage
    deleted_at: datetime
    row_id: int = 0


def record_deletion(trader_id: int, source_id: str, at: datetime, status: str) -> None:
    MessageDeletionRow.insert(
        trader=trader_id, source_id=source_id, deleted_at=at, status=status
    ).on_conflict_replace().execute()


def deletion_status(trader_id: int, source_id: str) -> str | None:
    row = MessageDeletionRow.get_or_none(
        (MessageDeletionRow.trader == trader_id) & (MessageDeletionRow.source_id == source_id)
    )
    return row.status if row is not None else None


def decide_deletion(trader_id: int, source_id: str, status: str, at: datetime) -> int:
    """Record the user's choice for a waiting deletion; returns 1, or 0 when none waited."""
    return (
        MessageDeletionRow.update(status=status, decided_at=at)
        .where(
            (MessageDeletionRow.trader == trader_id)
            & (MessageDeletionRow.source_id == source_id)
            & (MessageDeletionRow.status == DELETION_WAITING)
        )
        .execute()
    )


def waiting_deletions(trader_id: int | None = None) -> list[WaitingDeletion]:
    """Deleted signals whose copy waits for the user's choice and whose position no close has
    ended since, oldest deletion first."""
    sql = """SELECT d.trader_id, t.name, d.deleted_at, m.source_id, m.received_time, m.text,
                    m.classification, m.reason, m.links_to, m.id
             FROM message_deletion d
             JOIN trader t ON t.id = d.trader_id
             JOIN source_message m ON m.trader_id = d.trader_id AND m.source_id = d.source_id
             WHERE d.status = ? AND (? IS NULL OR d.trader_id = ?)
               AND d.source_id NOT IN (
                   SELECT trade_ref FROM signal WHERE trader_id = d.trader_id AND kind = 'close')
             ORDER BY d.deleted_at, d.id"""
    rows = (
        MessageDeletionRow._meta.database.connection()
        .execute(sql, (DELETION_WAITING, trader_id, trader_id))
        .fetchall()
    )
    return [
        WaitingDeletion(
            r[0],
            r[1],
            StoredMessage(r[3], from_millis(r[4]), r[5], r[6], r[7], r[8]),
            from_millis(r[2]),
            r[9],
        )
        for r in rows
    ]
