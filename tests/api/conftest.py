"""The API over a fresh database: in-process (TestClient) or on a real uvicorn on loopback."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():  # starlette's note about its httpx-based client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from tradermanager.api.app import create_app
from tradermanager.api.server import ApiServer
from tradermanager.services import Services

TOKEN = "test-token-0123456789abcdefghijklmnop"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(services: Services) -> Iterator[TestClient]:
    with TestClient(create_app(services, TOKEN), headers=AUTH) as test_client:
        yield test_client


@pytest.fixture
def anonymous(services: Services) -> Iterator[TestClient]:
    with TestClient(create_app(services, TOKEN)) as test_client:
        yield test_client


@pytest.fixture
def live_server(services: Services) -> Iterator[ApiServer]:
    """uvicorn on 127.0.0.1 and a free port, on a thread."""
    server = ApiServer(services, TOKEN, port=0)
    server.start()
    yield server
    server.stop()


def add_trader(client: TestClient, name: str = "Alice", **settings: object) -> dict:
    response = client.post("/api/traders", json={"name": name, **settings})
    assert response.status_code == 201, response.text
    return dict(response.json())


def signal(trader: str | int, source_id: str | int, **fields: object) -> dict:
    return {
        "trader": trader,
        "id": source_id,
        "time": "2026-01-15T10:00:00Z",
        "symbol": "BTC",
        "side": "long",
        "price": 40_000,
        "leverage": 3,
        "confidence": 0.9,
        **fields,
    }
