"""/api/events on a real uvicorn: decisions, fills and alerts pushed as they are recorded,
whichever connection wrote them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from httpx_ws import WebSocketUpgradeError, connect_ws
from tests.api.conftest import AUTH, signal

from paper_market import flat_hours
from tradermanager.api.events import ActivityFeed
from tradermanager.services import Services
from tradermanager.services.changes import ChangeWatcher


@pytest.fixture
def watched(services: Services, live_server):
    watcher = ChangeWatcher(services.store, interval=0.05)
    watcher.connect(ActivityFeed(services.activity, live_server.hub).poll)
    watcher.start()
    yield live_server
    watcher.stop()


NOON = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _next(ws, kind: str) -> dict:
    while True:
        event = ws.receive_json(timeout=10)
        if event["type"] == kind:
            return dict(event)


def test_decisions_fills_and_alerts_are_pushed(services: Services, watched):
    base = f"http://127.0.0.1:{watched.port}"
    with (
        httpx.Client(base_url=base, headers=AUTH) as client,
        connect_ws(f"{base}/api/events", client) as ws,
    ):
        assert ws.receive_json(timeout=5)["type"] == "hello"
        trader = client.post("/api/traders", json={"name": "Alice"}).json()
        client.post("/api/signals", json=signal("Alice", 1, time="2026-01-01T10:00:00Z"))
        decision = _next(ws, "decision")
        assert decision["trader_id"] == trader["id"]
        assert decision["signal"]["decision"]["accepted"] is True
        # the paper account fills the copy on candles: 40,000 until 12:00, then 41,000
        flat_hours(services, {"BTC": 40_000}, datetime(2026, 1, 1, 9, tzinfo=UTC), NOON)
        flat_hours(services, {"BTC": 41_000}, NOON, NOON + timedelta(hours=3))
        client.get("/api/paper")  # replays and stores the account
        opened = _next(ws, "fill")
        assert opened["kind"] == "open" and opened["copy"]["symbol"] == "BTC"
        assert opened["copy"]["entry_fill"] == pytest.approx(40_000 * 1.0005)  # slippage
        client.post(
            "/api/signals",
            json=signal("Alice", 2, kind="close", price=41_000, time="2026-01-01T12:00Z"),
        )
        assert _next(ws, "decision")["signal"]["kind"] == "close"
        client.get("/api/paper")
        closed = _next(ws, "fill")
        assert (
            closed["kind"] == "close" and closed["copy"]["opened_at"] == opened["copy"]["opened_at"]
        )
        assert closed["copy"]["pnl"] > 0
        # an alert written by another connection (the scheduler's, the window's)
        services.alerts.add_rule(trader["id"], "silence", 7)
        fired = services.alerts.evaluate().fired
        alert = _next(ws, "alert")
        assert alert["alert"]["id"] == fired[0].id and alert["alert"]["kind"] == "silence"


def test_a_rejected_signal_is_pushed_with_its_reason(services: Services, watched):
    base = f"http://127.0.0.1:{watched.port}"
    with httpx.Client(base_url=base, headers=AUTH) as client:
        client.post("/api/traders", json={"name": "Alice", "blacklist": ["BTC"]})
        with connect_ws(f"{base}/api/events", client) as ws:
            ws.receive_json(timeout=5)
            client.post("/api/signals", json=signal("Alice", 1))
            event = _next(ws, "decision")
            assert event["signal"]["decision"]["reason"] == "token_blacklisted"


def test_the_websocket_needs_the_token(watched):
    base = f"http://127.0.0.1:{watched.port}"
    for headers in ({}, {"Authorization": "Bearer nope"}):
        with (
            httpx.Client(base_url=base, headers=headers) as client,
            pytest.raises(WebSocketUpgradeError) as refused,
            connect_ws(f"{base}/api/events", client),
        ):
            pass
        assert refused.value.response.status_code == 403
