"""/api/events: a websocket that pushes decisions, fills and alerts as JSON messages."""

from __future__ import annotations

import asyncio
import secrets

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from tradermanager import __version__
from tradermanager.api.events import EventHub, Subscriber

router = APIRouter(tags=["events"])

POLICY_VIOLATION = 1008
GOING_AWAY = 1001
TRY_AGAIN_LATER = 1013  # the client fell too far behind


def _authorised(websocket: WebSocket) -> bool:
    header = websocket.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    expected: str = websocket.app.state.token
    return scheme.lower() == "bearer" and secrets.compare_digest(
        token.strip().encode(), expected.encode()
    )


@router.websocket("/api/events")
async def events(websocket: WebSocket) -> None:
    """Needs ``Authorization: Bearer <token>`` on the handshake (refused with 403 without)."""
    if not _authorised(websocket):
        await websocket.close(code=POLICY_VIOLATION, reason="Authorization: Bearer <token>")
        return
    hub: EventHub = websocket.app.state.hub
    await websocket.accept()
    subscriber = hub.subscribe()
    listener = asyncio.create_task(_until_closed(websocket, subscriber))
    try:
        await websocket.send_json({"type": "hello", "version": __version__})
        while True:
            event = await subscriber.queue.get()
            if event is None:
                if not listener.done():
                    code = TRY_AGAIN_LATER if subscriber.overflowed else GOING_AWAY
                    await websocket.close(code=code)
                return
            await websocket.send_json(event)
    except (WebSocketDisconnect, RuntimeError):  # the client went away mid-send
        pass
    finally:
        hub.unsubscribe(subscriber)
        listener.cancel()


async def _until_closed(websocket: WebSocket, subscriber: Subscriber) -> None:
    """Messages from the client are ignored; its close (or the server's) ends the stream."""
    try:
        while (await websocket.receive())["type"] != "websocket.disconnect":
            pass
    except (WebSocketDisconnect, RuntimeError):
        pass
    subscriber.offer(None)
