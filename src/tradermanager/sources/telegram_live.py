"""Listening to Telegram channels as they post, with Telethon (the optional ``telegram`` extra).

Each Telethon message becomes the :class:`ExportMessage` the export import reads — the raw
text (entities only style it; their text is part of it), a photo's caption, the replied-to
message, the forward origin, edits, service messages — so both go through the same
interpretation. The listener owns a thread with its own asyncio event loop (Telethon's); it
never writes anything itself: every message is handed to ``on_message`` (the service, which
stores it in one transaction) on that thread. Network loss is retried after a pause; a
session that is not signed in stops it with a sentence saying what to do.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from telethon import TelegramClient, errors, events, utils
from telethon.sessions import StringSession
from telethon.tl import types

from tradermanager.domain.bounds import TIME_ALLOWED, time_in_bounds
from tradermanager.sources.telegram_credentials import (
    TelegramCredentials,
    TelegramUnavailableError,
)
from tradermanager.sources.telegram_export import ExportMessage, truncated
from tradermanager.sources.telegram_watch import (
    ListenerStatus,
    LiveMessage,
    WatchedChannel,
)

log = logging.getLogger(__name__)

CATCH_UP_LIMIT = 1000  # messages per channel read back after a restart
RETRY_SECONDS = 30.0


class ListenerClient(Protocol):
    """The part of Telethon's ``TelegramClient`` the listener uses."""

    async def connect(self) -> None: ...
    async def is_user_authorized(self) -> bool: ...
    async def get_entity(self, entity: Any) -> Any: ...
    def iter_dialogs(self) -> AsyncIterator[Any]: ...
    def iter_messages(
        self, entity: Any, *, min_id: int = 0, reverse: bool = False, limit: int | None = None
    ) -> AsyncIterator[Any]: ...
    def add_event_handler(self, callback: Callable[[Any], Any], event: Any) -> None: ...
    def run_until_disconnected(self) -> Any: ...
    def disconnect(self) -> Any: ...


ClientFactory = Callable[[TelegramCredentials], ListenerClient]


def telethon_client(credentials: TelegramCredentials) -> ListenerClient:
    """A real client; built on the listener's thread, inside its running loop."""
    client: Any = TelegramClient(
        StringSession(credentials.session), credentials.api_id, credentials.api_hash
    )
    return client


def _utc(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _forward_origin(header: types.MessageFwdHeader | None) -> str | None:
    if header is None:
        return None
    if header.from_name:
        return str(header.from_name)
    peer = header.from_id
    if isinstance(peer, types.PeerChannel):
        return f"channel {peer.channel_id}"
    if isinstance(peer, types.PeerUser):
        return f"user {peer.user_id}"
    if isinstance(peer, types.PeerChat):
        return f"chat {peer.chat_id}"
    return header.post_author or "unknown"


def to_export_message(message: Any, *, edited: bool = False) -> ExportMessage:
    """A Telethon ``Message``/``MessageService`` as the export import's message. An edit is
    timed at its edit, when it could first be acted on."""
    if isinstance(message, types.MessageService):
        return ExportMessage(id=message.id, time=_utc(message.date), text="", is_service=True)
    reply = message.reply_to
    reply_to = reply.reply_to_msg_id if isinstance(reply, types.MessageReplyHeader) else None
    when = message.edit_date if edited and message.edit_date else message.date
    text, full_length = truncated((message.message or "").strip())
    return ExportMessage(
        id=message.id,
        time=_utc(when),
        text=text,
        truncated_from=full_length,
        edited_time=_utc(message.edit_date) if message.edit_date else None,
        reply_to=reply_to,
        forwarded_from=_forward_origin(message.fwd_from),
        edited=edited or message.edit_date is not None,
        has_media=message.media is not None,
    )


def peer_key(peer: Any) -> int:
    """The marked id (Bot-API style) of a peer, entity or dialog, for routing."""
    return int(utils.get_peer_id(peer))


def _candidates(chat_id: int) -> tuple[int, ...]:
    return (-1_000_000_000_000 - chat_id, -chat_id, chat_id)  # channel, group, user


class TelegramListener:
    """Watches channels for traders; ``on_message`` gets each message on this thread."""

    def __init__(
        self,
        load_credentials: Callable[[], TelegramCredentials | None],
        channels: Sequence[WatchedChannel],
        on_message: Callable[[LiveMessage], object],
        *,
        client_factory: ClientFactory = telethon_client,
        on_status: Callable[[ListenerStatus], None] | None = None,
        on_thread_exit: Callable[[], None] | None = None,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self._load_credentials = load_credentials
        self._channels = tuple(channels)
        self._on_message = on_message
        self._client_factory = client_factory
        self._on_status = on_status
        self._on_thread_exit = on_thread_exit
        self._retry_seconds = retry_seconds
        self._routes: dict[int, tuple[WatchedChannel, ...]] = {}
        self._entities: dict[int, Any] = {}
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: ListenerClient | None = None
        self._status = ListenerStatus("stopped")

    # -- the thread -------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="telegram-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> bool:
        """Disconnect and wait for the thread; True when it ended within ``timeout`` s."""
        self._stopping.set()
        loop, client = self._loop, self._client
        if loop is not None and client is not None and loop.is_running():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                asyncio.run_coroutine_threadsafe(self._disconnect(client), loop)
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def status(self) -> ListenerStatus:
        return self._status

    def watch(self, channels: Sequence[WatchedChannel]) -> None:
        """Change the watched channels (traders added, renamed, archived) while running;
        the same channels again change nothing (no lookups at Telegram)."""
        if _identity(channels) == _identity(self._channels):
            return
        self._channels = tuple(channels)
        loop, client = self._loop, self._client
        if loop is not None and client is not None and loop.is_running():
            asyncio.run_coroutine_threadsafe(self._resolve(client), loop)

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    credentials = self._load_credentials()
                except TelegramUnavailableError as exc:
                    self._report("failed", str(exc))
                    return
                if credentials is None or not credentials.session:
                    self._report(
                        "failed",
                        "No signed-in Telegram session is saved: sign in with "
                        "`tradermanager telegram login` or the Telegram connection dialog.",
                    )
                    return
                loop = asyncio.new_event_loop()
                asyncio.set_event_loop(loop)
                self._loop = loop
                try:
                    if loop.run_until_complete(self._session(credentials)) == "final":
                        return
                except errors.UnauthorizedError as exc:
                    self._report("failed", _signed_out(type(exc).__name__))
                    return
                except Exception as exc:  # network, server: try again after a pause
                    log.warning("telegram listener: %s; retrying", type(exc).__name__)
                    self._report(
                        "waiting",
                        f"Connection lost ({type(exc).__name__}); retrying in "
                        f"{self._retry_seconds:.0f} s.",
                    )
                finally:
                    if self._client is not None:  # an error mid-session: let Telethon tidy up
                        with contextlib.suppress(Exception):
                            loop.run_until_complete(self._disconnect(self._client))
                    self._client = None
                    self._loop = None
                    loop.run_until_complete(loop.shutdown_asyncgens())
                    loop.close()
                    asyncio.set_event_loop(None)
                if self._stopping.wait(self._retry_seconds):
                    return
        finally:
            if self._status.state != "failed":
                self._report("stopped", "Not listening.")
            if self._on_thread_exit is not None:
                self._on_thread_exit()

    async def _session(self, credentials: TelegramCredentials) -> str:
        """One connection: connect, resolve, catch up, listen until disconnected."""
        self._report("connecting", "Connecting to Telegram…")
        client = self._client_factory(credentials)
        self._client = client
        await client.connect()
        if self._stopping.is_set():
            await self._disconnect(client)
            self._client = None
            return "final"
        if not await client.is_user_authorized():
            await self._disconnect(client)
            self._client = None
            self._report("failed", _signed_out("not signed in"))
            return "final"
        client.add_event_handler(self.on_event, events.NewMessage())
        client.add_event_handler(self.on_event, events.MessageEdited())
        client.add_event_handler(self.on_deleted, events.MessageDeleted())
        await self._resolve(client)
        await self._catch_up(client)
        await client.run_until_disconnected()
        self._client = None  # disconnected already
        return "final" if self._stopping.is_set() else "again"

    @staticmethod
    async def _disconnect(client: ListenerClient) -> None:
        result = client.disconnect()
        if asyncio.isfuture(result) or asyncio.iscoroutine(result):
            await result

    # -- channels ---------------------------------------------------------------------
    async def _resolve(self, client: ListenerClient) -> None:
        routes: dict[int, list[WatchedChannel]] = {}
        entities: dict[int, Any] = {}
        unresolved: list[str] = []
        dialogs: dict[int, Any] | None = None
        for watched in self._channels:
            entity = None
            try:
                if watched.channel.username:
                    entity = await client.get_entity(watched.channel.username)
                else:
                    if dialogs is None:
                        dialogs = {
                            peer_key(d.entity): d.entity async for d in client.iter_dialogs()
                        }
                    assert watched.channel.chat_id is not None
                    entity = next(
                        (dialogs[k] for k in _candidates(watched.channel.chat_id) if k in dialogs),
                        None,
                    )
            except (ValueError, TypeError, errors.RPCError) as exc:
                log.info("telegram: %s not found (%s)", watched.channel, type(exc).__name__)
            if entity is None:
                unresolved.append(
                    f"{watched.trader_name}: {watched.channel} not found (not a public "
                    "username, or a chat this account has not joined)."
                )
                continue
            key = peer_key(entity)
            routes.setdefault(key, []).append(watched)
            entities[key] = entity
        self._routes = {k: tuple(v) for k, v in routes.items()}
        self._entities = entities
        names = tuple(f"{w.trader_name} ← {w.channel}" for v in routes.values() for w in v)
        self._report(
            "listening",
            f"Listening to {len(routes)} channel(s) for {len(names)} trader(s).",
            channels=names,
            unresolved=tuple(unresolved),
        )

    async def _catch_up(self, client: ListenerClient) -> None:
        """Messages posted while nothing listened, for traders that have stored some."""
        for key, watchers in self._routes.items():
            last = min(w.last_message_id for w in watchers)
            if last <= 0 or self._stopping.is_set():
                continue
            try:
                async for message in client.iter_messages(
                    self._entities[key], min_id=last, reverse=True, limit=CATCH_UP_LIMIT
                ):
                    self.handle_message(message)
            except errors.RPCError as exc:  # e.g. no longer a member: listen to the others
                log.warning("telegram: catching up %s failed (%s)", key, type(exc).__name__)

    # -- messages ---------------------------------------------------------------------
    async def on_event(self, event: events.NewMessage.Event) -> None:
        """Telethon's callback for a new or edited message."""
        self.handle_message(event.message, edited=isinstance(event, events.MessageEdited.Event))

    def handle_message(self, message: Any, *, edited: bool = False) -> int:
        """Hand ``message`` to ``on_message`` for every trader watching its chat; returns how
        many traders got it. A failure is logged and reported, never raised into Telethon."""
        watchers = self._routes.get(peer_key(message.peer_id), ())
        if not watchers:
            return 0
        converted = to_export_message(message, edited=edited)
        if not time_in_bounds(converted.time):
            detail = f"Message {message.id} refused: its date is not {TIME_ALLOWED}"
            self._report("listening", detail)
            return 0
        handed = 0
        for watched in watchers:
            try:
                self._on_message(LiveMessage(watched.trader_id, converted, edited))
                handed += 1
            except Exception as exc:
                log.exception(
                    "telegram: message %d for trader %d failed", message.id, watched.trader_id
                )
                self._report("listening", f"Message {message.id} could not be stored: {exc}")
        self._status = _counted(self._status, handed, converted.time)
        return handed

    async def on_deleted(self, event: events.MessageDeleted.Event) -> None:
        """Telethon's callback for deleted messages (channels send the chat id with them)."""
        if event.chat_id is not None:
            self.handle_deleted(peer_key(event.chat_id), list(event.deleted_ids or ()))

    def handle_deleted(self, chat_key: int, message_ids: list[int]) -> int:
        """Hand each deleted id to ``on_message`` (as a deletion) for every trader watching
        the chat; returns how many hand-overs were made."""
        watchers = self._routes.get(chat_key, ())
        handed = 0
        now = datetime.now(UTC)
        for message_id in message_ids:
            message = ExportMessage(id=message_id, time=now, text="")
            for watched in watchers:
                try:
                    self._on_message(LiveMessage(watched.trader_id, message, deleted=True))
                    handed += 1
                except Exception as exc:
                    log.exception("telegram: deletion of %d failed", message_id)
                    self._report("listening", f"Deletion of {message_id} not recorded: {exc}")
        return handed

    def routes(self) -> dict[int, tuple[WatchedChannel, ...]]:
        return dict(self._routes)

    def _report(self, state: str, detail: str, **changes: Any) -> None:
        previous = self._status
        self._status = ListenerStatus(
            state,
            detail,
            changes.get("channels", previous.channels),
            changes.get("unresolved", previous.unresolved),
            previous.messages,
            previous.last_message_at,
            datetime.now(UTC),
        )
        if self._on_status is not None:
            self._on_status(self._status)


def _identity(channels: Sequence[WatchedChannel]) -> list[tuple[int, str, str]]:
    return sorted((c.trader_id, c.trader_name, str(c.channel)) for c in channels)


def _counted(status: ListenerStatus, handed: int, at: datetime) -> ListenerStatus:
    return ListenerStatus(
        status.state,
        status.detail,
        status.channels,
        status.unresolved,
        status.messages + (1 if handed else 0),
        at if handed else status.last_message_at,
        status.since,
    )


def _signed_out(why: str) -> str:
    return (
        f"The saved Telegram session is not signed in ({why}): it was revoked or expired. "
        "Sign in again with `tradermanager telegram login`."
    )


async def _login(
    api_id: int,
    api_hash: str,
    phone: Callable[[], str],
    code: Callable[[], str],
    password: Callable[[], str],
) -> str:
    client = TelegramClient(StringSession(), api_id, api_hash)
    try:
        await client.start(phone=phone, code_callback=code, password=password)
        return str(client.session.save())
    finally:
        await TelegramListener._disconnect(client)


def sign_in(
    api_id: int,
    api_hash: str,
    *,
    phone: Callable[[], str],
    code: Callable[[], str],
    password: Callable[[], str],
) -> str:
    """Sign in interactively (Telegram sends a code); returns the new session string."""
    return asyncio.run(_login(api_id, api_hash, phone, code, password))
