"""What the live loss limits read and remember: the realised P&L of live copies since a
moment (fills net of fees, less funding), the copies that traded or were held since a moment
with their fills, and the UTC day the daily loss limit stopped live copying. Times epoch ms
(UTC)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import peewee as pw

from tradermanager.domain.live_day_result import DayFill
from tradermanager.store.live_models import LiveFillRow, LiveFundingRow, LivePositionRow
from tradermanager.store.models import SettingRow

BLOCKED_DAY_KEY = "live.daily_loss_blocked_day"  # days since the epoch (UTC)


def realised_since(since_ms: int) -> float:
    """Σ (realised P&L − fee) of live fills at or after ``since_ms``, less the funding paid
    (received funding adds) in that time, USDT."""
    fills = (
        LiveFillRow.select(
            pw.fn.COALESCE(pw.fn.SUM(LiveFillRow.realized_pnl - LiveFillRow.fee), 0.0)
        )
        .where(LiveFillRow.time >= since_ms)
        .scalar()
    )
    funding = (
        LiveFundingRow.select(pw.fn.COALESCE(pw.fn.SUM(LiveFundingRow.amount), 0.0))
        .where(LiveFundingRow.time >= since_ms)
        .scalar()
    )
    return float(fills or 0.0) - float(funding or 0.0)


@dataclass(frozen=True, slots=True)
class CopyToday:
    """A live copy that held something at ``since`` or traded after it: its fills (all of
    them), the funding it booked since, and the mark the last reconciliation pass booked."""

    position_id: int
    symbol: str
    long: bool
    fills: tuple[DayFill, ...]
    funding: float  # USDT paid since (negative: received)
    mark: float | None


def copies_since(since_ms: int) -> list[CopyToday]:
    """Live copies still open, or whose last fill is at or after ``since_ms``."""
    rows = list(
        LivePositionRow.select().where(
            (LivePositionRow.status == "open")
            | (LivePositionRow.exit_time >= since_ms)
            | (LivePositionRow.entry_time >= since_ms)
        )
    )
    if not rows:
        return []
    ids = [row.id for row in rows]
    fills: dict[int, list[DayFill]] = {i: [] for i in ids}
    for fill in LiveFillRow.select().where(LiveFillRow.position.in_(ids)):
        fills[fill.position_id].append(
            DayFill(fill.time, fill.kind == "entry", fill.price, fill.quantity, fill.fee)
        )
    funding_sums = (
        LiveFundingRow.select(LiveFundingRow.position, pw.fn.SUM(LiveFundingRow.amount))
        .where(LiveFundingRow.position.in_(ids) & (LiveFundingRow.time >= since_ms))
        .group_by(LiveFundingRow.position)
        .tuples()
    )
    funding = dict(cast("Iterable[tuple[int, float]]", funding_sums))
    return [
        CopyToday(
            row.id,
            row.symbol,
            row.side == "long",
            tuple(sorted(fills[row.id], key=lambda f: f.time_ms)),
            float(funding.get(row.id) or 0.0),
            row.mark_price,
        )
        for row in rows
        if fills[row.id]
    ]


def blocked_day() -> int | None:
    """The UTC day (days since the epoch) the daily loss limit stopped live copying."""
    row = SettingRow.get_or_none(SettingRow.key == BLOCKED_DAY_KEY)
    return None if row is None else int(row.value)


def set_blocked_day(day: int) -> None:
    SettingRow.insert(key=BLOCKED_DAY_KEY, value=str(int(day))).on_conflict_replace().execute()
