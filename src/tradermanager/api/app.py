"""The FastAPI application: routes, token check, error bodies, OpenAPI at /openapi.json."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from tradermanager import __version__
from tradermanager.api.auth import require_token
from tradermanager.api.errors import install_error_handlers
from tradermanager.api.events import EventHub
from tradermanager.api.routes import (
    alerts,
    backtest,
    events,
    paper,
    ping,
    portfolio,
    review,
    signals,
    traders,
)
from tradermanager.services import Services
from tradermanager.services.changes import ReadCache

DESCRIPTION = """The local API of tradermanager: manage traders, send signals and get their
decisions, read positions, the portfolio and alerts, run backtests, work through the review
queue; `/api/events` streams decisions, fills and alerts over a websocket. Every route except
`GET /api/ping` needs `Authorization: Bearer <token>`, with the token from the file
`tradermanager serve` prints.
Errors are JSON: `error`, `message`, `field`, `value`, `allowed`. See docs/api.md."""


def create_app(services: Services, token: str, hub: EventHub | None = None) -> FastAPI:
    """The API over ``services``; ``hub`` carries the events the websocket pushes."""
    app = FastAPI(
        title="tradermanager",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.services = services
    app.state.token = token
    app.state.hub = hub or EventHub()
    app.state.reads = ReadCache(services.store)
    install_error_handlers(app)
    app.include_router(ping.router)
    guarded = [Depends(require_token)]
    for module in (traders, backtest, signals, review, portfolio, paper, alerts):
        app.include_router(module.router, dependencies=guarded)
    app.include_router(events.router)
    return app
