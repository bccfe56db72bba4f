"""What the live loss limits read and remember: the realised P&L of live copies since a
moment (fills net of fees, less funding) and the UTC day the daily loss limit stopped live
copying. Times epoch ms (UTC)."""

from __future__ import annotations

import peewee as pw

from tradermanager.store.live_models import LiveFillRow, LiveFundingRow
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


def blocked_day() -> int | None:
    """The UTC day (days since the epoch) the daily loss limit stopped live copying."""
    row = SettingRow.get_or_none(SettingRow.key == BLOCKED_DAY_KEY)
    return None if row is None else int(row.value)


def set_blocked_day(day: int) -> None:
    SettingRow.insert(key=BLOCKED_DAY_KEY, value=str(int(day))).on_conflict_replace().execute()
