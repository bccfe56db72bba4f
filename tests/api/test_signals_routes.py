"""Signals in, decisions and copies out; positions, portfolio, backtest and alerts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tests.api.conftest import add_trader, signal

from paper_market import replay_on_flat_prices
from tradermanager.services import Services


def test_an_accepted_signal_goes_to_the_paper_account(client, services: Services):
    trader = add_trader(client, "Alice", max_leverage=10)
    response = client.post("/api/signals", json=signal("Alice", "m-1"))
    assert response.status_code == 201
    body = response.json()
    assert body["trader_id"] == trader["id"] and body["duplicate"] is False
    assert body["decision"]["accepted"] is True and body["decision"]["reason"] is None
    assert body["paper"] is True and body["copy"] is None  # filled by the paper account
    replay_on_flat_prices(
        services,
        {"BTC": 40_000},
        datetime(2026, 1, 15, 9, tzinfo=UTC),
        datetime(2026, 1, 15, 12, tzinfo=UTC),
    )
    (position,) = client.get("/api/paper").json()["open"]
    assert position["symbol"] == "BTC"
    assert position["entry_price"] == pytest.approx(40_000 * 1.0005)  # the default slippage


def test_a_rejected_signal_says_why_and_copies_nothing(client, services: Services):
    add_trader(client, "Alice", max_leverage=5)
    body = client.post("/api/signals", json=signal("Alice", 1, leverage=20)).json()
    assert body["decision"]["accepted"] is False
    assert body["decision"]["reason"] == "leverage_above_max"
    assert body["copy"] is None and body["paper"] is False
    stored = services.pipeline.signals()[0]
    assert stored.decision is not None and stored.decision.message == body["decision"]["message"]


def test_the_same_signal_twice_is_answered_once(client, services: Services):
    trader = add_trader(client)
    first = client.post("/api/signals", json=signal(trader["id"], 7))
    again = client.post("/api/signals", json=signal("alice", 7))
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["duplicate"] is True
    assert again.json()["signal_id"] == first.json()["signal_id"]
    assert len(services.pipeline.signals()) == 1


def test_a_close_signal_is_accepted_for_the_copy_held(client, services: Services):
    add_trader(client)
    client.post("/api/signals", json=signal("Alice", 1))
    body = client.post(
        "/api/signals",
        json=signal("Alice", 2, kind="close", price=44_000, time="2026-01-15T11:00:00Z"),
    ).json()
    assert body["decision"]["accepted"] is True and body["paper"] is True
    assert body["copy"] is None  # no copy recorded by release 0.1.0 to complete


def test_bad_signals_name_the_field(client):
    add_trader(client)
    cases = {
        "price": signal("Alice", 1, price=-5),
        "side": signal("Alice", 1, side="up"),
        "time": signal("Alice", 1, time="yesterday"),
        "symbol": signal("Alice", 1, symbol="€€"),
        "leverage": signal("Alice", 1, leverage=500),
        "confidence": signal("Alice", 1, confidence=1.5),
    }
    for field, payload in cases.items():
        response = client.post("/api/signals", json=payload)
        assert response.status_code == 422, field
        assert response.json()["field"] == field, response.json()
    unknown = client.post("/api/signals", json=signal("Nobody", 1))
    assert unknown.status_code == 404 and unknown.json()["field"] == "trader"


def test_list_signals_newest_first_with_decisions(client, services: Services):
    trader = add_trader(client)
    add_trader(client, "Bob")
    client.post("/api/signals", json=signal("Alice", 1))
    client.post("/api/signals", json=signal("Bob", 1, time="2026-01-15T10:30:00Z"))
    client.post("/api/signals", json=signal("Alice", 2, kind="close", time="2026-01-15T11:00Z"))
    everything = client.get("/api/signals").json()
    assert [s["source_id"] for s in everything] == ["2", "1", "1"]
    assert [s["trader"] for s in everything] == ["Alice", "Bob", "Alice"]
    mine = client.get("/api/signals", params={"trader_id": trader["id"], "limit": 1}).json()
    assert len(mine) == 1 and mine[0]["kind"] == "close"
    assert mine[0]["decision"]["accepted"] is True


def test_positions_and_portfolio_match_the_services(client, services: Services):
    add_trader(client, "Alice")
    add_trader(client, "Bob")
    client.post("/api/signals", json=signal("Alice", 1))
    client.post("/api/signals", json=signal("Bob", 1, side="short", symbol="ETH", price=2_000))
    # my copies are the paper replay's: it fills them at the next hour's open (11:00)
    replay_on_flat_prices(
        services,
        {"BTC": 40_000, "ETH": 2_000},
        datetime(2026, 1, 15, 9, tzinfo=UTC),
        datetime(2026, 1, 15, 12, tzinfo=UTC),
    )
    positions = client.get("/api/positions").json()
    assert sorted((p["trader_name"], p["symbol"], p["side"]) for p in positions) == [
        ("Alice", "BTC", "long"),
        ("Bob", "ETH", "short"),
    ]
    portfolio = client.get("/api/portfolio").json()
    expected = services.portfolio.summary()
    assert portfolio["open_positions"] == expected.open_positions == 2
    assert portfolio["total_gross"] == expected.total_gross == 1200.0
    assert {e["symbol"] for e in portfolio["exposure"]} == {"BTC", "ETH"}


def test_paper_account_is_the_engines(client, services: Services):
    add_trader(client)
    client.post("/api/signals", json=signal("Alice", 1))
    body = client.get("/api/paper", params={"include_closed": True}).json()
    expected = services.paper.replay()
    assert body["cash"] == expected.cash and body["equity"] == expected.equity
    assert len(body["open"]) == expected.open_positions
    assert len(body["closed"]) == expected.closed_positions
    assert body["free_margin"] == expected.free_margin
    bad = client.get("/api/paper", params={"interval": "2d"})
    assert bad.status_code == 422 and bad.json()["field"] == "interval"


def test_backtest_with_changed_settings(client, services: Services):
    trader = add_trader(client, max_leverage=10)
    client.post("/api/signals", json=signal("Alice", 1, time="2026-01-10T10:00:00Z"))
    client.post(
        "/api/signals",
        json=signal("Alice", 2, kind="close", price=42_000, time="2026-01-11T10:00:00Z"),
    )
    url = f"/api/traders/{trader['id']}/backtest"
    body = client.post(url, json={"days": 30, "multiplier": 2.0}).json()
    expected = services.backtest.run(trader["id"], days=30, multiplier=2.0)
    assert body["with_settings"]["settings"]["multiplier"] == 2.0
    assert body["with_settings"]["roi"] == expected.with_settings.roi
    assert body["with_settings"]["run"] == _json(expected.with_settings.run)
    assert body["missing_prices"] == list(expected.missing_prices)  # none stored here
    assert body["copy_everything"]["run"]["signals"] == 2
    assert client.post(url).status_code == 200  # no body: the last 30 days, own settings
    bad = client.post(url, json={"start": "2026-01-12T00:00:00Z", "end": "2026-01-11T00:00:00Z"})
    assert bad.status_code == 422 and bad.json()["field"] == "start"


def _json(value: object) -> object:
    from pydantic import TypeAdapter

    return TypeAdapter(type(value)).dump_python(value, mode="json")


def test_alerts_newest_first(client, services: Services):
    trader = add_trader(client)
    add_trader(client, "Bob")
    services.alerts.add_rule(trader["id"], "silence", 7, auto_pause=True)
    client.post("/api/signals", json=signal("Alice", 1, time="2026-01-01T10:00:00Z"))
    assert client.get("/api/alerts").json() == []
    report = services.alerts.evaluate()
    alerts = client.get("/api/alerts").json()
    assert [a["id"] for a in alerts] == [e.id for e in report.fired]
    assert alerts[0]["trader_name"] == "Alice" and alerts[0]["kind"] == "silence"
    assert alerts[0]["paused_trader"] is True and alerts[0]["value"] > 14
    assert client.get(f"/api/traders/{trader['id']}").json()["status"] == "paused"
    assert client.get("/api/alerts", params={"unacknowledged": True}).json() == alerts
    services.alerts.acknowledge()
    assert client.get("/api/alerts", params={"unacknowledged": True}).json() == []
