"""The design's trader endpoints, over HTTP, against what the services hold."""

from __future__ import annotations

from tests.api.conftest import add_trader, signal

from tradermanager.services import Services


def test_add_returns_the_stored_trader_with_its_size(client, services: Services):
    body = add_trader(
        client, "Alice", source="telegram", source_ref="@alice", multiplier=1.5, whitelist=["btc"]
    )
    stored = services.traders.get(body["id"])
    assert body["name"] == stored.name == "Alice"
    assert body["source"] == "telegram" and body["source_ref"] == "@alice"
    assert body["whitelist"] == ["BTC"]
    assert body["size_per_trade"] == services.traders.size_per_trade(stored) == 300.0
    assert body["status"] == "active" and body["mode"] == "paper"


def test_list_filters_by_status_source_and_token(client, services: Services):
    a = add_trader(client, "Alice", source="binance")
    add_trader(client, "Bob", source="telegram", active=False)
    client.post("/api/signals", json=signal("Alice", 1, symbol="ETH"))
    services.imports  # noqa: B018 - the same database the routes use
    names = lambda r: sorted(t["name"] for t in r.json())  # noqa: E731
    assert names(client.get("/api/traders")) == ["Alice", "Bob"]
    assert names(client.get("/api/traders", params={"status": "paused"})) == ["Bob"]
    assert names(client.get("/api/traders", params={"source": "binance"})) == ["Alice"]
    client.delete(f"/api/traders/{a['id']}")
    assert names(client.get("/api/traders", params={"status": "archived"})) == ["Alice"]
    bad = client.get("/api/traders", params={"status": "sleeping"})
    assert bad.status_code == 422
    assert bad.json()["field"] == "status" and bad.json()["value"] == "sleeping"


def test_get_has_settings_and_latest_metrics(client, services: Services):
    trader = add_trader(client)
    first = client.get(f"/api/traders/{trader['id']}").json()
    assert first["latest_metrics"] is None  # nothing computed yet: reads never compute
    services.metrics.refresh([trader["id"]])
    latest = client.get(f"/api/traders/{trader['id']}").json()["latest_metrics"]
    snapshot = services.metrics.trader_metrics(trader["id"], "30d").values
    assert latest["win_rate"] == snapshot["win_rate"]
    assert set(latest) >= {"roi_30d", "win_rate", "max_drawdown"}


def test_update_validates_and_moves_updated_at(client, services: Services):
    trader = add_trader(client)
    response = client.put(
        f"/api/traders/{trader['id']}", json={"max_leverage": 20, "notes": "scalper"}
    )
    assert response.status_code == 200
    assert response.json()["max_leverage"] == 20 and response.json()["high_leverage"] is True
    assert services.traders.get(trader["id"]).settings.notes == "scalper"
    too_high = client.put(f"/api/traders/{trader['id']}", json={"max_leverage": 500})
    assert too_high.status_code == 422
    assert too_high.json()["field"] == "max_leverage" and too_high.json()["value"] == 500
    unknown = client.put(f"/api/traders/{trader['id']}", json={"colour": "red"})
    assert unknown.status_code == 422 and unknown.json()["field"] == "colour"
    assert services.traders.get(trader["id"]).settings.max_leverage == 20


def test_rename_to_a_taken_name_is_a_conflict(client):
    add_trader(client, "Alice")
    bob = add_trader(client, "Bob")
    response = client.put(f"/api/traders/{bob['id']}", json={"name": "alice"})
    assert response.status_code == 409
    assert response.json() | {"message": ""} == {
        "error": "conflict",
        "message": "",
        "field": "name",
        "value": "alice",
        "allowed": "a name no other (non-archived) trader has",
    }


def test_delete_archives_and_purge_deletes(client, services: Services):
    trader = add_trader(client)
    client.post("/api/signals", json=signal("Alice", 1))
    assert client.delete(f"/api/traders/{trader['id']}").status_code == 204
    assert services.traders.get(trader["id"]).archived_at is not None
    assert len(services.pipeline.signals(trader["id"])) == 1  # history kept
    assert client.delete(f"/api/traders/{trader['id']}?purge=true").status_code == 204
    assert client.get(f"/api/traders/{trader['id']}").status_code == 404
    assert services.pipeline.signals() == []


def test_toggle_flips_or_sets(client):
    trader = add_trader(client)
    url = f"/api/traders/{trader['id']}/toggle"
    assert client.post(url).json()["status"] == "paused"
    assert client.post(url).json()["status"] == "active"
    assert client.post(url, json={"active": True}).json()["status"] == "active"
    assert client.post(url, json={"active": False}).json()["active"] is False


def test_metrics_for_each_window(client, services: Services):
    trader = add_trader(client)
    for window in ("7d", "30d", "90d", "all"):
        body = client.get(f"/api/traders/{trader['id']}/metrics", params={"window": window}).json()
        expected = services.metrics.trader_metrics(trader["id"], window)
        assert body["window"] == window
        assert body["values"].keys() == expected.values.keys()
    bad = client.get(f"/api/traders/{trader['id']}/metrics", params={"window": "1y"})
    assert bad.status_code == 422 and bad.json()["field"] == "window"


def test_multiplier_returns_the_new_size(client, services: Services):
    trader = add_trader(client)
    response = client.put(f"/api/traders/{trader['id']}/multiplier", json={"multiplier": 0.5})
    assert response.json() == {
        "trader_id": trader["id"],
        "multiplier": 0.5,
        "size_per_trade": 100.0,
    }
    assert services.traders.get(trader["id"]).settings.multiplier == 0.5
    out_of_range = client.put(f"/api/traders/{trader['id']}/multiplier", json={"multiplier": 3})
    assert out_of_range.status_code == 422
    assert out_of_range.json()["field"] == "multiplier" and out_of_range.json()["value"] == 3


def test_tokens_replace_the_lists(client, services: Services):
    trader = add_trader(client)
    url = f"/api/traders/{trader['id']}/tokens"
    body = client.put(url, json={"whitelist": ["btc", "eth"], "blacklist": ["doge"]}).json()
    assert body["whitelist"] == ["BTC", "ETH"] and body["blacklist"] == ["DOGE"]
    assert client.put(url, json={"whitelist": []}).json()["whitelist"] == []
    assert services.traders.get(trader["id"]).settings.blacklist == {"DOGE"}
    both = client.put(url, json={"whitelist": ["DOGE"]})
    assert both.status_code == 422 and both.json()["field"] == "blacklist"
    bad = client.put(url, json={"whitelist": ["BT€"]})
    assert bad.status_code == 422 and bad.json()["field"] == "whitelist"


def test_unknown_trader_is_404_on_every_trader_route(client):
    for method, path, body in (
        ("GET", "/api/traders/404", None),
        ("PUT", "/api/traders/404", {}),
        ("DELETE", "/api/traders/404", None),
        ("POST", "/api/traders/404/toggle", None),
        ("GET", "/api/traders/404/metrics", None),
        ("PUT", "/api/traders/404/multiplier", {"multiplier": 1}),
        ("PUT", "/api/traders/404/tokens", {}),
        ("POST", "/api/traders/404/backtest", None),
    ):
        response = client.request(method, path, json=body)
        assert response.status_code == 404, (method, path)
        assert response.json()["field"] == "id" and response.json()["value"] == 404


def test_bad_bodies_name_the_field(client):
    not_json = client.post(
        "/api/traders", content=b"{name:", headers={"Content-Type": "application/json"}
    )
    assert not_json.status_code == 400 and not_json.json()["error"] == "bad_request"
    missing = client.post("/api/traders", json={"source": "manual"})
    assert missing.status_code == 422 and missing.json()["field"] == "name"
    wrong_type = client.post("/api/traders", json={"name": "A", "whitelist": "BTC"})
    assert wrong_type.status_code == 422 and wrong_type.json()["field"] == "whitelist"
    blank = client.post("/api/traders", json={"name": "   "})
    assert blank.status_code == 422 and blank.json()["field"] == "name"
    assert client.get("/api/traders/abc").json()["field"] == "id"
    assert "Traceback" not in not_json.text + missing.text + wrong_type.text


def test_a_method_not_served_names_those_that_are(client):
    response = client.patch("/api/traders/1", json={})
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, PUT, DELETE"
    assert response.json()["field"] == "method" and response.json()["value"] == "PATCH"
    assert client.delete("/api/traders").headers["Allow"] == "GET, POST"
