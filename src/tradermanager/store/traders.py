"""Trader rows ↔ Trader domain objects."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import peewee as pw

from tradermanager.domain.enums import SizingMode, Source, TraderStatus
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.models import Trader
from tradermanager.domain.settings import TraderSettings
from tradermanager.domain.trader_periods import TraderState, TraderTimeline, trader_timeline
from tradermanager.store.copies import MY_COPIES_SQL
from tradermanager.store.fields import to_millis
from tradermanager.store.models import (
    SignalRow,
    TraderEventRow,
    TraderRow,
    TraderTradeRow,
    database_proxy,
)


def _tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in text.split(",") if t)


def _join(tokens: Iterable[str]) -> str:
    return ",".join(sorted(tokens))


def db_time(value: datetime) -> int:
    """A time as stored (epoch milliseconds), for raw bulk SQL."""
    return to_millis(value)


def row_to_trader(row: TraderRow) -> Trader:
    settings = TraderSettings(
        name=row.name,
        source=Source(row.source),
        source_ref=row.source_ref,
        multiplier=row.multiplier,
        min_confidence=row.min_confidence,
        whitelist=_tokens(row.whitelist),
        blacklist=_tokens(row.blacklist),
        max_leverage=row.max_leverage,
        paper_only=row.paper_only,
        active=row.active,
        priority=row.priority,
        reference_capital=row.reference_capital,
        notes=row.notes,
        sizing=SizingMode(row.sizing),
        equity_pct=row.equity_pct,
        risk_pct=row.risk_pct,
        tp_split=tuple(float(x) for x in row.tp_split.split(",") if x),
        break_even_after=row.break_even_after,
        trailing_stop=row.trailing_stop,
        limit_expiry_hours=row.limit_expiry_hours,
        max_open=row.max_open,
        copy_stop_loss=row.copy_stop_loss,
        allocation=row.allocation,
    )
    return Trader(row.id, settings, row.created_at, row.updated_at, row.archived_at)


def settings_columns(settings: TraderSettings) -> dict[str, object]:
    return {
        "name": settings.name,
        "source": settings.source.value,
        "source_ref": settings.source_ref,
        "multiplier": settings.multiplier,
        "min_confidence": settings.min_confidence,
        "whitelist": _join(settings.whitelist),
        "blacklist": _join(settings.blacklist),
        "max_leverage": settings.max_leverage,
        "paper_only": settings.paper_only,
        "active": settings.active,
        "priority": settings.priority,
        "reference_capital": settings.reference_capital,
        "notes": settings.notes,
        "sizing": settings.sizing.value,
        "equity_pct": settings.equity_pct,
        "risk_pct": settings.risk_pct,
        "tp_split": ",".join(repr(x) for x in settings.tp_split),
        "break_even_after": settings.break_even_after,
        "trailing_stop": settings.trailing_stop,
        "limit_expiry_hours": settings.limit_expiry_hours,
        "max_open": settings.max_open,
        "copy_stop_loss": settings.copy_stop_loss,
        "allocation": settings.allocation,
    }


def get_row(trader_id: int) -> TraderRow:
    row = TraderRow.get_or_none(TraderRow.id == trader_id)
    if row is None:
        raise NotFoundError(f"no trader with id {trader_id}")
    return row


def find_by_name(name: str, *, include_archived: bool = False) -> Trader | None:
    query = TraderRow.select().where(pw.fn.LOWER(TraderRow.name) == name.strip().lower())
    if not include_archived:
        query = query.where(TraderRow.archived_at.is_null())
    row = query.order_by(TraderRow.archived_at.is_null(False), TraderRow.id.desc()).first()
    return row_to_trader(row) if row else None


def name_taken(name: str, *, except_id: int | None = None) -> bool:
    query = TraderRow.select().where(
        (pw.fn.LOWER(TraderRow.name) == name.strip().lower()) & TraderRow.archived_at.is_null()
    )
    if except_id is not None:
        query = query.where(TraderRow.id != except_id)
    return query.exists()


def insert(settings: TraderSettings, at: datetime) -> int:
    row = TraderRow.create(**settings_columns(settings), created_at=at, updated_at=at)
    return int(row.id)


def save_settings(trader_id: int, settings: TraderSettings, at: datetime) -> None:
    TraderRow.update(**settings_columns(settings), updated_at=at).where(
        TraderRow.id == trader_id
    ).execute()


def set_archived(trader_id: int, archived_at: datetime | None, at: datetime) -> None:
    """Archive (``archived_at`` set) or restore (None) a trader; ``at`` is the change time."""
    TraderRow.update(archived_at=archived_at, updated_at=at).where(
        TraderRow.id == trader_id
    ).execute()


def delete(trader_id: int) -> None:
    TraderRow.delete().where(TraderRow.id == trader_id).execute()


def list_traders(
    *,
    status: TraderStatus | None = None,
    source: Source | None = None,
    token: str | None = None,
    include_archived: bool = False,
) -> list[Trader]:
    query = TraderRow.select()
    if status is TraderStatus.ARCHIVED:
        query = query.where(TraderRow.archived_at.is_null(False))
    else:
        if not include_archived:
            query = query.where(TraderRow.archived_at.is_null())
        if status is TraderStatus.ACTIVE:
            query = query.where(TraderRow.active == True)  # noqa: E712
        elif status is TraderStatus.PAUSED:
            query = query.where(TraderRow.active == False)  # noqa: E712
    if source is not None:
        query = query.where(TraderRow.source == source.value)
    if token is not None:
        traded = TraderTradeRow.select(TraderTradeRow.trader).where(TraderTradeRow.symbol == token)
        query = query.where(TraderRow.id.in_(traded))
    return [row_to_trader(r) for r in query.order_by(TraderRow.priority.desc(), TraderRow.name)]


def record_event(trader_id: int, at: datetime, kind: str, detail: str = "") -> None:
    TraderEventRow.create(trader=trader_id, at=at, kind=kind, detail=detail)


def events(trader_id: int) -> list[tuple[datetime, str, str]]:
    rows = (
        TraderEventRow.select()
        .where(TraderEventRow.trader == trader_id)
        .order_by(TraderEventRow.at, TraderEventRow.id)
    )
    return [(r.at, r.kind, r.detail) for r in rows]


def timeline_of(trader: Trader) -> TraderTimeline:
    """When the trader was copied, paused, archived, on paper or live (its history)."""
    current = TraderState(
        active=trader.settings.active,
        archived=trader.archived_at is not None,
        paper=trader.settings.paper_only,
    )
    return trader_timeline(events(trader.id), current, trader.updated_at)


def traded_tokens() -> list[str]:
    rows = TraderTradeRow.select(TraderTradeRow.symbol).distinct().order_by(TraderTradeRow.symbol)
    return [r.symbol for r in rows]


def history_counts(trader_id: int) -> tuple[int, int, int]:
    """(trades, signals, my copies) stored for the trader."""
    (copies,) = (
        database_proxy.connection()
        .execute(f"SELECT COUNT(*) FROM ({MY_COPIES_SQL})", (trader_id,))
        .fetchone()
    )
    return (
        TraderTradeRow.select().where(TraderTradeRow.trader == trader_id).count(),
        SignalRow.select().where(SignalRow.trader == trader_id).count(),
        int(copies),
    )
