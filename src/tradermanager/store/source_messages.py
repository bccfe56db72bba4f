"""Messages read from sources, with their classification and reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from tradermanager.store.bulk import insert_rows
from tradermanager.store.models import SourceMessageRow
from tradermanager.store.traders import db_time


@dataclass(frozen=True, slots=True)
class StoredMessage:
    source_id: str
    received_time: datetime
    text: str
    classification: str
    reason: str
    links_to: str


def insert_messages(
    trader_id: int, rows: Iterable[tuple[str, datetime, str, str, str, str]]
) -> int:
    """Insert messages not stored yet; returns how many were new."""
    return insert_rows(
        SourceMessageRow,
        ("trader_id", "source_id", "received_time", "text", "classification", "reason", "links_to"),
        ((trader_id, sid, db_time(t), text, c, r, link) for sid, t, text, c, r, link in rows),
        ignore=True,
    )


def list_messages(trader_id: int, classification: str | None = None) -> list[StoredMessage]:
    query = (
        SourceMessageRow.select()
        .where(SourceMessageRow.trader == trader_id)
        .order_by(SourceMessageRow.received_time, SourceMessageRow.id)
    )
    if classification is not None:
        query = query.where(SourceMessageRow.classification == classification)
    return [
        StoredMessage(r.source_id, r.received_time, r.text, r.classification, r.reason, r.links_to)
        for r in query
    ]


def last_messages(trader_id: int, classification: str, limit: int) -> list[StoredMessage]:
    """The trader's last ``limit`` messages of one classification, oldest first."""
    query = (
        SourceMessageRow.select()
        .where(
            (SourceMessageRow.trader == trader_id)
            & (SourceMessageRow.classification == classification)
        )
        .order_by(SourceMessageRow.received_time.desc(), SourceMessageRow.id.desc())
        .limit(limit)
    )
    rows = [
        StoredMessage(r.source_id, r.received_time, r.text, r.classification, r.reason, r.links_to)
        for r in query
    ]
    return rows[::-1]
