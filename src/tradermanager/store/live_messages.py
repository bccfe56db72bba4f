"""What a live channel needs beyond an import: one stored message, its edit, the messages
of the positions still open (the context a follow-up is linked in), a trade that closes
later, and the newest message id read per trader (to catch up after a restart).

Message source ids are ``tg:<message id>``, as the export import writes them, so an export
and the live listener of the same channel never store a message twice.
"""

from __future__ import annotations

from datetime import datetime

from tradermanager.domain.models import TraderTrade
from tradermanager.store import history_cache
from tradermanager.store.fields import from_millis
from tradermanager.store.models import SourceMessageRow, database_proxy
from tradermanager.store.source_messages import StoredMessage
from tradermanager.store.trades import TRADE_COLUMNS, trade_values


def find_message(trader_id: int, source_id: str) -> StoredMessage | None:
    row = SourceMessageRow.get_or_none(
        (SourceMessageRow.trader == trader_id) & (SourceMessageRow.source_id == source_id)
    )
    if row is None:
        return None
    return StoredMessage(
        row.source_id, row.received_time, row.text, row.classification, row.reason, row.links_to
    )


def update_message(
    trader_id: int,
    source_id: str,
    *,
    time: datetime,
    text: str,
    classification: str,
    reason: str,
    links_to: str,
) -> None:
    """An edited message: its new text and what became of it replace the old ones."""
    SourceMessageRow.update(
        received_time=time,
        text=text,
        classification=classification,
        reason=reason,
        links_to=links_to,
    ).where(
        (SourceMessageRow.trader == trader_id) & (SourceMessageRow.source_id == source_id)
    ).execute()


def open_position_messages(trader_id: int) -> list[StoredMessage]:
    """Signal messages whose position no close signal has ended yet — those the parser read
    and those accepted from the review queue — with their follow-ups, in time order: replaying
    them rebuilds the open positions (stop moves included)."""
    rows = database_proxy.connection().execute(
        """SELECT m.source_id, m.received_time, m.text, m.classification, m.reason, m.links_to
           FROM source_message m
           WHERE m.trader_id = ?1 AND m.source_id LIKE 'tg:%'
             AND ((m.classification = 'signal' AND m.source_id NOT IN (
                     SELECT trade_ref FROM signal WHERE trader_id = ?1 AND kind = 'close'))
               OR (m.classification = 'needs_review' AND m.source_id IN (
                     SELECT source_id FROM review_decision
                     WHERE trader_id = ?1 AND status = 'accepted')
                   AND m.source_id NOT IN (
                     SELECT trade_ref FROM signal WHERE trader_id = ?1 AND kind = 'close'))
               OR (m.classification = 'follow_up' AND m.links_to NOT IN (
                     SELECT trade_ref FROM signal WHERE trader_id = ?1 AND kind = 'close')))
           ORDER BY m.received_time, m.id""",
        (trader_id,),
    )
    return [StoredMessage(r[0], from_millis(r[1]), r[2], r[3], r[4], r[5]) for r in rows]


def last_message_id(trader_id: int) -> int:
    """The highest Telegram message id stored for the trader; 0 when none."""
    row = (
        database_proxy.connection()
        .execute(
            "SELECT MAX(CAST(SUBSTR(source_id, 4) AS INTEGER)) FROM source_message "
            "WHERE trader_id = ? AND source_id LIKE 'tg:%'",
            (trader_id,),
        )
        .fetchone()
    )
    return int(row[0] or 0)


def save_trade(trader_id: int, trade: TraderTrade) -> None:
    """Insert the trade, or replace the stored one of the same source id (it closed)."""
    columns = ", ".join(TRADE_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in TRADE_COLUMNS[2:])
    database_proxy.connection().execute(
        f'INSERT INTO "trader_trade" ({columns}) VALUES ({", ".join("?" for _ in TRADE_COLUMNS)}) '
        f"ON CONFLICT (trader_id, source_id) DO UPDATE SET {updates}",
        trade_values(trader_id, trade),
    )
    history_cache.history_changed([trader_id])


def message_ids(trader_id: int) -> set[int]:
    """The Telegram message ids stored for the trader."""
    rows = database_proxy.connection().execute(
        "SELECT CAST(SUBSTR(source_id, 4) AS INTEGER) FROM source_message "
        "WHERE trader_id = ? AND source_id LIKE 'tg:%'",
        (trader_id,),
    )
    return {int(r[0]) for r in rows}
