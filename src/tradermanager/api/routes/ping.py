"""/api/ping: is the server up? The one route without a token."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from tradermanager import __version__

router = APIRouter(prefix="/api", tags=["ping"])


class Pong(BaseModel):
    ok: bool
    version: str


@router.get("/ping", summary="Liveness; no token needed")
def ping() -> Pong:
    return Pong(ok=True, version=__version__)
