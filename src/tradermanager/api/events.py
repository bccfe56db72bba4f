"""The event stream behind ``/api/events``: decisions, fills and alerts, as the database
records them (whichever process wrote them), fanned out to every connected websocket."""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import TypeAdapter

from tradermanager.api.schemas.signals import CopyOut, StoredSignalOut
from tradermanager.domain.alerts import AlertEvent
from tradermanager.services.activity import Activity, ActivityService

log = logging.getLogger(__name__)

QUEUE_LIMIT = 10_000  # events waiting for one slow client before it is dropped
_ALERT = TypeAdapter(AlertEvent)


@dataclass(eq=False)
class Subscriber:
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[dict[str, Any] | None] = field(
        default_factory=lambda: asyncio.Queue(QUEUE_LIMIT)
    )
    overflowed: bool = False

    def offer(self, event: dict[str, Any] | None) -> None:
        """On the subscriber's loop: queue the event (None ends the stream)."""
        if self.overflowed:
            return
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True
            self.queue.get_nowait()
            self.queue.put_nowait(None)


class EventHub:
    """Publish from any thread; each websocket reads its own queue on its event loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: set[Subscriber] = set()

    def subscribe(self) -> Subscriber:
        subscriber = Subscriber(asyncio.get_running_loop())
        with self._lock:
            self._subscribers.add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.discard(subscriber)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._subscribers)

    def publish(self, event: dict[str, Any]) -> None:
        self._send(event)

    def close(self) -> None:
        """End every stream (server shutdown)."""
        self._send(None)

    def _send(self, event: dict[str, Any] | None) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber.loop.call_soon_threadsafe(subscriber.offer, event)
            except RuntimeError:  # its loop is closed
                self.unsubscribe(subscriber)


def activity_events(activity: Activity) -> list[dict[str, Any]]:
    """The JSON events for one read of the feed: decisions, then fills, then alerts."""
    at = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    events: list[dict[str, Any]] = []
    for stored in activity.decisions:
        data = StoredSignalOut.of(stored).model_dump(mode="json")
        events.append({"type": "decision", "at": at, "trader_id": stored.trader_id, "signal": data})
    for fill in activity.fills:
        events.append(
            {
                "type": "fill",
                "at": at,
                "kind": fill.kind,
                "trader_id": fill.trader_id,
                "copy": CopyOut.of(fill.copy).model_dump(mode="json"),
            }
        )
    for alert in activity.alerts:
        events.append(
            {
                "type": "alert",
                "at": at,
                "trader_id": alert.trader_id,
                "alert": _ALERT.dump_python(alert, mode="json"),
            }
        )
    return events


class ActivityFeed:
    """Reads what is new in the database and publishes it; ``poll`` is called by the change
    watcher after each commit, from its thread."""

    def __init__(self, activity: ActivityService, hub: EventHub) -> None:
        self._activity = activity
        self._hub = hub
        self._lock = threading.Lock()
        self._cursor = activity.cursor()

    def poll(self) -> int:
        """Publish everything new; returns how many events."""
        with self._lock:
            published = 0
            while True:
                activity = self._activity.since(self._cursor)
                self._cursor = activity.cursor
                if not activity:
                    return published
                for event in activity_events(activity):
                    self._hub.publish(event)
                    published += 1
