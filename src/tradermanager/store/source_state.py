"""A live source's memory per trader (JSON text under a key), kept across restarts."""

from __future__ import annotations

from datetime import datetime

from tradermanager.store.models import SourceStateRow


def read(trader_id: int, key: str) -> str | None:
    """The stored value, or None when the source has remembered nothing for this trader yet."""
    row = (
        SourceStateRow.select(SourceStateRow.value)
        .where((SourceStateRow.trader == trader_id) & (SourceStateRow.key == key))
        .first()
    )
    return None if row is None else str(row.value)


def write(trader_id: int, key: str, value: str, at: datetime) -> None:
    """Replace the value (call inside ``Store.write()``)."""
    SourceStateRow.insert(
        trader=trader_id, key=key, value=value, updated_at=at
    ).on_conflict_replace().execute()
