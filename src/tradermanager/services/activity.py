"""The feed of what happened: every decision, fill and alert written to the database by any
process (this one, the window, a CLI import), in order, each once. The HTTP API's event
stream reads it; so can anything else that wants to follow along."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.alerts import AlertEvent
from tradermanager.domain.models import CopiedTrade, StoredSignal
from tradermanager.store import activity as repo
from tradermanager.store.connection import Store

BATCH = 500  # signals per read: a big import arrives over several reads, in order


@dataclass(frozen=True, slots=True)
class ActivityCursor:
    signal_id: int
    copy_id: int
    alert_id: int
    open_copies: frozenset[int]


@dataclass(frozen=True, slots=True)
class Fill:
    """A copy opened (``kind`` "open") or closed, liquidated included (``kind`` "close")."""

    kind: str
    trader_id: int
    copy: CopiedTrade


@dataclass(frozen=True, slots=True)
class Activity:
    decisions: tuple[StoredSignal, ...]
    fills: tuple[Fill, ...]
    alerts: tuple[AlertEvent, ...]
    cursor: ActivityCursor

    def __bool__(self) -> bool:
        return bool(self.decisions or self.fills or self.alerts)


class ActivityService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def cursor(self) -> ActivityCursor:
        """Now: what follows it is news."""
        with self._store.db.atomic():  # one consistent read
            signal_id, copy_id, alert_id = repo.last_ids()
            return ActivityCursor(signal_id, copy_id, alert_id, repo.open_copy_ids())

    def since(self, cursor: ActivityCursor) -> Activity:
        """Everything after ``cursor`` and the cursor to ask with next time."""
        with self._store.db.atomic():
            decisions = repo.signals_after(cursor.signal_id, BATCH)
            changed = repo.copies_changed(cursor.copy_id, sorted(cursor.open_copies))
            alerts = repo.alerts_after(cursor.alert_id)
        open_now = set(cursor.open_copies)
        fills: list[Fill] = []
        copy_id = cursor.copy_id
        for trader_id, copy in changed:
            assert copy.id is not None
            if copy.id > cursor.copy_id:
                copy_id = max(copy_id, copy.id)
                fills.append(Fill("open", trader_id, copy))
                if copy.status.value == "open":
                    open_now.add(copy.id)
                    continue
            fills.append(Fill("close", trader_id, copy))
            open_now.discard(copy.id)
        return Activity(
            decisions=tuple(decisions),
            fills=tuple(fills),
            alerts=tuple(alerts),
            cursor=ActivityCursor(
                signal_id=decisions[-1].id if decisions else cursor.signal_id,
                copy_id=copy_id,
                alert_id=max([cursor.alert_id, *(a.id for a in alerts)]),
                open_copies=frozenset(open_now),
            ),
        )
