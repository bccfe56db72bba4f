"""The notification outbox and the channels' settings (never their secrets).

Rows are claimed before sending (status ``sending`` with the claim time), so two delivery
runs never send the same row, and a claim left by a run that stopped midway is taken over
once it is older than ``STALE_CLAIM``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from peewee import JOIN, fn

from tradermanager.domain.alert_routing import (
    Channel,
    Notification,
    OutboxStatus,
    Severity,
    make_quiet_hours,
)
from tradermanager.domain.alerts import ACCOUNT
from tradermanager.domain.notification_settings import (
    EmailChannel,
    NotificationSettings,
    TelegramChannel,
)
from tradermanager.store.models import AlertEventRow, NotificationRow, SettingRow, TraderRow

SETTINGS_KEY = "notify.channels"


def _notification(row: NotificationRow, trader_name: str = "") -> Notification:
    return Notification(
        id=row.id,
        event_id=row.event_id,
        channel=Channel(row.channel),
        severity=Severity(row.severity),
        title=row.title,
        text=row.text,
        html=row.html,
        status=OutboxStatus(row.status),
        attempts=row.attempts,
        not_before=row.not_before,
        created_at=row.created_at,
        sent_at=row.sent_at,
        last_error=row.last_error,
        trader_name=trader_name,
    )


def enqueue(
    event_id: int,
    channel: Channel,
    severity: Severity,
    title: str,
    text: str,
    html: str,
    not_before: datetime,
    at: datetime,
) -> None:
    """Add the message for (event, channel) unless it is already there."""
    NotificationRow.insert(
        event=event_id,
        channel=channel.value,
        severity=severity.value,
        title=title,
        text=text,
        html=html,
        status=OutboxStatus.PENDING.value,
        attempts=0,
        not_before=not_before,
        created_at=at,
        last_error="",
    ).on_conflict_ignore().execute()


def claim_due(now: datetime, stale_before: datetime, limit: int) -> list[Notification]:
    """Rows due now (and rows whose claim went stale), marked ``sending``; run inside a write
    transaction."""
    pending = (NotificationRow.status == OutboxStatus.PENDING.value) & (
        NotificationRow.not_before <= now
    )
    stale = (NotificationRow.status == OutboxStatus.SENDING.value) & (
        NotificationRow.claimed_at < stale_before
    )
    rows = list(
        NotificationRow.select()
        .where(pending | stale)
        .order_by(NotificationRow.not_before, NotificationRow.id)
        .limit(limit)
    )
    if rows:
        NotificationRow.update(status=OutboxStatus.SENDING.value, claimed_at=now).where(
            NotificationRow.id.in_([r.id for r in rows])
        ).execute()
    return [_notification(r) for r in rows]


def mark_sent(notification_id: int, at: datetime, attempts: int) -> None:
    NotificationRow.update(
        status=OutboxStatus.SENT.value, sent_at=at, attempts=attempts, last_error=""
    ).where(NotificationRow.id == notification_id).execute()


def mark_retry(notification_id: int, attempts: int, not_before: datetime, error: str) -> None:
    NotificationRow.update(
        status=OutboxStatus.PENDING.value,
        attempts=attempts,
        not_before=not_before,
        last_error=error,
        claimed_at=None,
    ).where(NotificationRow.id == notification_id).execute()


def mark_failed(notification_id: int, attempts: int, error: str) -> None:
    NotificationRow.update(
        status=OutboxStatus.FAILED.value, attempts=attempts, last_error=error, claimed_at=None
    ).where(NotificationRow.id == notification_id).execute()


def retry_failed(ids: list[int] | None, at: datetime) -> int:
    """Put failed messages back in line (all of them when ``ids`` is None)."""
    query = NotificationRow.update(
        status=OutboxStatus.PENDING.value, attempts=0, not_before=at, claimed_at=None
    ).where(NotificationRow.status == OutboxStatus.FAILED.value)
    if ids is not None:
        query = query.where(NotificationRow.id.in_(ids))
    return int(query.execute())


def list_outbox(status: OutboxStatus | None = None, limit: int | None = None) -> list[Notification]:
    query = (
        NotificationRow.select(NotificationRow, AlertEventRow.id, TraderRow.id, TraderRow.name)
        .join(AlertEventRow)
        .join(TraderRow, JOIN.LEFT_OUTER)
        .order_by(NotificationRow.created_at.desc(), NotificationRow.id.desc())
    )
    if status is not None:
        query = query.where(NotificationRow.status == status.value)
    if limit is not None:
        query = query.limit(limit)
    return [
        _notification(row, trader.name if (trader := row.event.trader) is not None else ACCOUNT)
        for row in query
    ]


def status_counts() -> dict[str, int]:
    query = NotificationRow.select(NotificationRow.status, fn.COUNT(NotificationRow.id)).group_by(
        NotificationRow.status
    )
    counts = cast("Iterable[tuple[str, int]]", query.tuples())
    return {status: int(count) for status, count in counts}


def next_due() -> datetime | None:
    row = (
        NotificationRow.select(NotificationRow.not_before)
        .where(NotificationRow.status == OutboxStatus.PENDING.value)
        .order_by(NotificationRow.not_before)
        .first()
    )
    return row.not_before if row else None


# -- channel settings ------------------------------------------------------------------------


def _quiet_dict(quiet: Any) -> dict[str, str] | None:
    return None if quiet is None else {"from": f"{quiet.start:%H:%M}", "to": f"{quiet.end:%H:%M}"}


def _quiet(data: Any) -> Any:
    return make_quiet_hours(data["from"], data["to"]) if data else None


def read_settings() -> NotificationSettings:
    row = SettingRow.get_or_none(SettingRow.key == SETTINGS_KEY)
    if row is None:
        return NotificationSettings()
    data = json.loads(row.value)
    telegram = email = None
    if data.get("telegram"):
        t = data["telegram"]
        telegram = TelegramChannel(t["chat_id"], t["base_url"], _quiet(t.get("quiet")))
    if data.get("email"):
        e = data["email"]
        email = EmailChannel(
            e["host"],
            int(e["port"]),
            e["security"],
            e["user"],
            e["sender"],
            tuple(e["recipients"]),
            _quiet(e.get("quiet")),
        )
    return NotificationSettings(telegram, email, data.get("timezone", ""))


def write_settings(settings: NotificationSettings) -> None:
    t, e = settings.telegram, settings.email
    data = {
        "telegram": None
        if t is None
        else {"chat_id": t.chat_id, "base_url": t.base_url, "quiet": _quiet_dict(t.quiet)},
        "email": None
        if e is None
        else {
            "host": e.host,
            "port": e.port,
            "security": e.security,
            "user": e.user,
            "sender": e.sender,
            "recipients": list(e.recipients),
            "quiet": _quiet_dict(e.quiet),
        },
        "timezone": settings.timezone,
    }
    SettingRow.insert(key=SETTINGS_KEY, value=json.dumps(data)).on_conflict_replace().execute()


def release_claims() -> int:
    """Every ``sending`` message back to ``pending`` (its run is known to have stopped)."""
    return int(
        NotificationRow.update(status=OutboxStatus.PENDING.value, claimed_at=None)
        .where(NotificationRow.status == OutboxStatus.SENDING.value)
        .execute()
    )
