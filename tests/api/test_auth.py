"""Every route but ping needs the bearer token; the token file is private to its owner."""

from __future__ import annotations

import os
import stat

import pytest
from tests.api.conftest import TOKEN

from tradermanager.api.auth import TokenFileError, load_or_create_token

ROUTES = [
    ("POST", "/api/traders"),
    ("GET", "/api/traders"),
    ("GET", "/api/traders/1"),
    ("PUT", "/api/traders/1"),
    ("DELETE", "/api/traders/1"),
    ("POST", "/api/traders/1/toggle"),
    ("GET", "/api/traders/1/metrics"),
    ("PUT", "/api/traders/1/multiplier"),
    ("PUT", "/api/traders/1/tokens"),
    ("POST", "/api/traders/1/backtest"),
    ("POST", "/api/signals"),
    ("GET", "/api/signals"),
    ("GET", "/api/positions"),
    ("GET", "/api/portfolio"),
    ("GET", "/api/paper"),
    ("GET", "/api/alerts"),
    ("GET", "/api/review"),
    ("GET", "/api/review/1"),
    ("POST", "/api/review/1/accept"),
    ("POST", "/api/review/1/dismiss"),
    ("POST", "/api/review/1/close"),
    ("POST", "/api/review/1/keep"),
]


def test_the_list_covers_every_route_of_the_openapi_document(anonymous):
    paths = anonymous.get("/openapi.json").json()["paths"]
    documented = {(m.upper(), p) for p, ops in paths.items() for m in ops} - {("GET", "/api/ping")}
    assert documented == {(m, p.replace("/1", "/{id}")) for m, p in ROUTES}


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_no_token_or_a_wrong_one_is_401(anonymous, method, path):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        response = anonymous.request(method, path, headers=headers, json={})
        assert response.status_code == 401, (method, path, headers)
        assert response.json()["error"] == "unauthorized"
        assert response.json()["field"] == "Authorization"
        assert response.headers["WWW-Authenticate"] == "Bearer"


def test_ping_and_the_documents_need_no_token(anonymous):
    assert anonymous.get("/api/ping").json()["ok"] is True
    assert anonymous.get("/openapi.json").json()["info"]["title"] == "tradermanager"
    assert anonymous.get("/docs").status_code == 200


def test_no_cors_headers(anonymous):
    response = anonymous.options(
        "/api/traders",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in {k.lower() for k in response.headers}


def test_token_file_is_made_private_once(tmp_path):
    path = tmp_path / "conf" / "api-token"
    token = load_or_create_token(path)
    assert len(token) >= 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_token(path) == token


def test_a_token_file_others_can_read_is_made_private(tmp_path):
    path = tmp_path / "api-token"
    path.write_text("x" * 40 + "\n")
    os.chmod(path, 0o644)
    assert load_or_create_token(path) == "x" * 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_unusable_token_file_is_refused_with_its_path(tmp_path):
    path = tmp_path / "api-token"
    path.write_text("short")
    with pytest.raises(TokenFileError, match=str(path)):
        load_or_create_token(path)
