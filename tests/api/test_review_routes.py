"""/api/review: the review queue for a server without the window — the same items, validation
and outcomes as the command line and the window."""

from __future__ import annotations

import json

import pytest

from tradermanager.services import Services

ARROWS = [
    "🔼 ETH 3400 ➡️ 3500 3600 ⛓ 3300",
    "🔽 SOL 150 ➡️ 145 140 ⛓ 156",
    "#BTC long or short depending on the breakout of 65000",
]


@pytest.fixture
def queued(services: Services, tmp_path) -> dict[str, int]:
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1_767_261_600 + 60 * i), "text": t}
        for i, t in enumerate(ARROWS, 1)
    ]
    export = tmp_path / "result.json"
    data = {"name": "Arrows", "type": "public_channel", "id": 42, "messages": messages}
    export.write_text(json.dumps(data), encoding="utf-8")
    services.imports.import_telegram(export)
    return {i.source_id: i.id for i in services.review.items()}


def test_the_queue_lists_items_with_parse_reason_and_suggestions(client, queued):
    response = client.get("/api/review")
    assert response.status_code == 200
    items = response.json()
    assert [i["source_id"] for i in items] == ["tg:1", "tg:2", "tg:3"]
    first = items[0]
    assert first["id"] == queued["tg:1"] and first["kind"] == "correction"
    assert first["text"] == ARROWS[0] and first["parsed"]["symbol"] == "ETH"
    assert "Give the side, entries: not read from the text." in first["suggestions"]
    one = client.get(f"/api/review/{queued['tg:1']}").json()
    assert one == first
    assert client.get("/api/review", params={"trader_id": first["trader_id"]}).json() == items
    assert client.get("/api/review/999").status_code == 404
    assert client.get("/api/review", params={"trader_id": 99}).status_code == 404


def test_accepting_copies_with_the_corrected_fields_and_learns(client, services, queued):
    body = {
        "side": "long",
        "entries": [3400],
        "take_profits": [3500, 3600],
        "stop_loss": 3300,
        "leverage": 5,
        "apply_template": True,
    }
    response = client.post(f"/api/review/{queued['tg:1']}/accept", json=body)
    assert response.status_code == 200, response.text
    outcome = response.json()
    assert outcome["copied"] is True and outcome["applied"] == ["tg:2"]
    assert "“⛓” = stop" in outcome["template"]["markers"]
    signals = {s.signal.symbol: s.signal for s in services.pipeline.signals()}
    assert set(signals) == {"ETH", "SOL"}
    assert (signals["ETH"].stop_loss, signals["ETH"].leverage) == (3300, 5)
    assert [i["source_id"] for i in client.get("/api/review").json()] == ["tg:3"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"entries": [3400]}, "side"),
        ({"side": "long", "entries": [1e308]}, "entries"),
        ({"side": "long", "entries": [3400], "leverage": -3}, "leverage"),
        ({"side": "long", "entries": [3400], "take_profits": [3300]}, "levels"),
        ({"side": "long", "entries": [3400], "zone": True}, "entries"),
        ({"side": "up"}, "side"),
        ({"side": "long", "entries": [3400], "colour": "red"}, "colour"),
    ],
)
def test_a_bad_correction_is_refused_naming_the_field(client, services, queued, body, field):
    response = client.post(f"/api/review/{queued['tg:1']}/accept", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field
    assert services.pipeline.signals() == [] and len(client.get("/api/review").json()) == 3


def test_null_removes_the_stop_the_parser_read(client, services, queued):
    eth = {"side": "long", "entries": [3400], "take_profits": [3500], "stop_loss": 3300}
    client.post(f"/api/review/{queued['tg:1']}/accept", json=eth)  # learns "⛓" = stop
    assert client.get(f"/api/review/{queued['tg:2']}").json()["parsed"]["stop_loss"] == 156
    response = client.post(f"/api/review/{queued['tg:2']}/accept", json={"stop_loss": None})
    assert response.status_code == 200, response.text
    sol = next(s.signal for s in services.pipeline.signals() if s.signal.symbol == "SOL")
    assert (sol.side.value, sol.price, sol.stop_loss) == ("short", 150, None)


def test_dismiss_keep_and_close(client, services, queued):
    item = queued["tg:3"]
    refused = client.post(f"/api/review/{item}/keep")
    assert refused.status_code == 422 and refused.json()["field"] == "message"
    done = client.post(f"/api/review/{item}/dismiss")
    assert done.status_code == 200 and done.json()["done"] == "dismissed"
    assert client.post(f"/api/review/{item}/dismiss").status_code == 404
    assert services.pipeline.signals() == []
