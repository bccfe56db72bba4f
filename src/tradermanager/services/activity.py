"""The feed of what happened: every decision, fill and alert written to the database by any
process (this one, the window, a CLI import), in order, each once. The HTTP API's event
stream reads it; so can anything else that wants to follow along."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from tradermanager.domain.alerts import AlertEvent
from tradermanager.domain.models import CopiedTrade, StoredSignal
from tradermanager.store import activity as repo
from tradermanager.store.connection import Store
from tradermanager.store.copies import CopyKey, copy_states

BATCH = 500  # signals per read: a big import arrives over several reads, in order


@dataclass(frozen=True, slots=True)
class ActivityCursor:
    signal_id: int
    alert_id: int
    copies: Mapping[CopyKey, str]  # every copy of mine known then, with its status

    @property
    def open_copies(self) -> frozenset[CopyKey]:
        return frozenset(k for k, status in self.copies.items() if status == "open")


@dataclass(frozen=True, slots=True)
class Fill:
    """A copy opened (``kind`` "open") or closed, liquidated included (``kind`` "close").
    Paper copies appear once the paper account has filled them on candles."""

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
            signal_id, alert_id = repo.last_ids()
            return ActivityCursor(signal_id, alert_id, MappingProxyType(copy_states()))

    def since(self, cursor: ActivityCursor) -> Activity:
        """Everything after ``cursor`` and the cursor to ask with next time."""
        with self._store.db.atomic():
            decisions = repo.signals_after(cursor.signal_id, BATCH)
            copies, changed = repo.copies_changed(cursor.copies)
            alerts = repo.alerts_after(cursor.alert_id)
        fills: list[Fill] = []
        for key, copy in changed:
            trader_id = key[1]
            if key not in cursor.copies:
                fills.append(Fill("open", trader_id, copy))
            if copy.status.value != "open":
                fills.append(Fill("close", trader_id, copy))
        return Activity(
            decisions=tuple(decisions),
            fills=tuple(fills),
            alerts=tuple(alerts),
            cursor=ActivityCursor(
                signal_id=decisions[-1].id if decisions else cursor.signal_id,
                alert_id=max([cursor.alert_id, *(a.id for a in alerts)]),
                copies=MappingProxyType(copies),
            ),
        )
