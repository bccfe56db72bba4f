"""Real Telethon message objects, a client that delivers them without a network, and an
in-memory keyring backend."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import keyring.backend
import keyring.errors
from telethon import events, utils
from telethon.tl import types

CHANNEL_ID = 1777000001
T_POST = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def channel(channel_id: int = CHANNEL_ID, username: str | None = "signalsniper_vip") -> Any:
    return types.Channel(
        id=channel_id,
        title="Signal Sniper VIP",
        photo=types.ChatPhotoEmpty(),
        date=T_POST - timedelta(days=400),
        broadcast=True,
        access_hash=987654321,
        username=username,
    )


def post(
    msg_id: int,
    text: str,
    *,
    minutes: int = 0,
    channel_id: int = CHANNEL_ID,
    entities: list[Any] | None = None,
    reply_to: int | None = None,
    fwd_from: Any = None,
    media: Any = None,
    edited_minutes: int | None = None,
) -> Any:
    """A channel post as Telegram delivers it (``telethon.tl.types.Message``)."""
    return types.Message(
        id=msg_id,
        peer_id=types.PeerChannel(channel_id),
        date=T_POST + timedelta(minutes=minutes),
        message=text,
        entities=entities,
        reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to) if reply_to else None,
        fwd_from=fwd_from,
        media=media,
        post=True,
        edit_date=(T_POST + timedelta(minutes=edited_minutes))
        if edited_minutes is not None
        else None,
    )


def photo() -> Any:
    return types.MessageMediaPhoto(
        photo=types.Photo(
            id=55,
            access_hash=1,
            file_reference=b"",
            date=T_POST,
            sizes=[types.PhotoSize(type="x", w=800, h=600, size=12345)],
            dc_id=2,
        )
    )


def service(msg_id: int, minutes: int = 0) -> Any:
    return types.MessageService(
        id=msg_id,
        peer_id=types.PeerChannel(CHANNEL_ID),
        date=T_POST + timedelta(minutes=minutes),
        action=types.MessageActionChatEditTitle(title="Signal Sniper VIP 2"),
    )


def new_event(message: Any) -> Any:
    return events.NewMessage.Event(message)


def edit_event(message: Any) -> Any:
    return events.MessageEdited.Event(message)


class FakeTelegramClient:
    """What the listener uses of ``TelegramClient``, with no network: ``deliver`` hands a real
    Telethon message to the registered handlers on the client's own event loop, as Telethon
    does when an update arrives."""

    def __init__(
        self,
        channels: list[Any] | None = None,
        history: list[Any] | None = None,
        *,
        authorized: bool = True,
        fail_connect: BaseException | None = None,
    ) -> None:
        self.channels = channels if channels is not None else [channel()]
        self.history = history or []
        self.authorized = authorized
        self.fail_connect = fail_connect
        self.handlers: list[tuple[Any, Any]] = []
        self.loop: asyncio.AbstractEventLoop | None = None
        self.connected = concurrent.futures.Future[bool]()
        self.listening = concurrent.futures.Future[bool]()
        self.disconnects = 0
        self.catch_up_from: list[int] = []
        self._done: asyncio.Event | None = None

    async def connect(self) -> None:
        if self.fail_connect is not None:
            raise self.fail_connect
        self.loop = asyncio.get_running_loop()
        self._done = asyncio.Event()
        self.connected.set_result(True)

    async def is_user_authorized(self) -> bool:
        return self.authorized

    async def get_entity(self, ref: Any) -> Any:
        for c in self.channels:
            if isinstance(ref, str) and c.username and ref.lstrip("@").lower() == c.username:
                return c
        raise ValueError(f'No user has "{ref}" as username')

    async def iter_dialogs(self) -> AsyncIterator[Any]:
        for c in self.channels:
            yield SimpleNamespace(entity=c, id=utils.get_peer_id(c))

    async def iter_messages(
        self, entity: Any, *, min_id: int = 0, reverse: bool = False, limit: int | None = None
    ) -> AsyncIterator[Any]:
        self.catch_up_from.append(min_id)
        key = utils.get_peer_id(entity)
        found = [m for m in self.history if utils.get_peer_id(m.peer_id) == key and m.id > min_id]
        found.sort(key=lambda m: m.id, reverse=not reverse)
        for m in found[:limit]:
            yield m

    def add_event_handler(self, callback: Any, event: Any) -> None:
        self.handlers.append((callback, event))

    async def run_until_disconnected(self) -> None:
        assert self._done is not None
        self.listening.set_result(True)
        await self._done.wait()

    async def disconnect(self) -> None:
        self.disconnects += 1
        if self._done is not None:
            self._done.set()

    def deliver(self, message: Any, *, edited: bool = False, timeout: float = 10.0) -> None:
        """Dispatch on the client's loop (another thread) and wait until handled."""
        assert self.loop is not None

        async def dispatch() -> None:
            for callback, builder in self.handlers:
                if isinstance(builder, events.MessageDeleted):
                    continue
                if edited == isinstance(builder, events.MessageEdited):
                    kind = events.MessageEdited.Event if edited else events.NewMessage.Event
                    await callback(kind(message))

        asyncio.run_coroutine_threadsafe(dispatch(), self.loop).result(timeout)

    def delete(self, message_ids: list[int], timeout: float = 10.0) -> None:
        """Telegram deleted these channel messages: dispatch as Telethon does."""
        assert self.loop is not None
        peer = types.PeerChannel(CHANNEL_ID)

        async def dispatch() -> None:
            for callback, builder in self.handlers:
                if isinstance(builder, events.MessageDeleted):
                    event = events.MessageDeleted.Event(message_ids, peer)
                    await callback(event)

        asyncio.run_coroutine_threadsafe(dispatch(), self.loop).result(timeout)

    def drop_connection(self) -> None:
        """The network went away: Telethon's run_until_disconnected returns."""
        assert self.loop is not None and self._done is not None
        self.loop.call_soon_threadsafe(self._done.set)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory OS keyring for tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


def signed_in_session() -> str:
    """A StringSession string holding an authorization key (made offline)."""
    from telethon.crypto import AuthKey
    from telethon.sessions import StringSession

    session = StringSession()
    session.set_dc(2, "149.154.167.51", 443)
    session.auth_key = AuthKey(bytes(range(256)))
    return str(session.save())


@contextlib.contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Use an in-memory keyring for the duration; the previous backend comes back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
