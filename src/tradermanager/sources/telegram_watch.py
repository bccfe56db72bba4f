"""What the live Telegram listener watches and hands over — plain data, no Telethon.

A telegram trader's ``source_ref`` names its channel: ``@signalsniper_vip``,
``t.me/signalsniper_vip`` or ``https://t.me/signalsniper_vip`` (a public username), or a
numeric chat id as the export import writes it (``telegram:1234567890``; Bot-API style
``-1001234567890`` works too). This module parses those and defines the messages and status
that cross from the listener's thread to the service — immutable, so they may cross threads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from tradermanager.sources.telegram_export import ExportMessage

_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_LINK = re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?:s/)?([^/?#]+)/?(?:[?#].*)?$")
_MARKED_CHANNEL = 1_000_000_000_000  # Bot-API ids of channels are -(10**12 + id)


@dataclass(frozen=True, slots=True)
class ChannelRef:
    """A channel by public username (without ``@``) or by numeric id (bare, as exported)."""

    username: str | None = None
    chat_id: int | None = None

    def __str__(self) -> str:
        return f"@{self.username}" if self.username else f"telegram:{self.chat_id}"


def parse_channel_ref(source_ref: str) -> ChannelRef | None:
    """The channel a trader's ``source_ref`` names; None when it names none."""
    ref = source_ref.strip()
    if ref.lower().startswith("telegram:"):
        ref = ref[len("telegram:") :].strip()
    link = _LINK.match(ref)
    if link:
        ref = link.group(1)
    if re.fullmatch(r"-?\d+", ref):
        number = int(ref)
        if number < -_MARKED_CHANNEL:
            return ChannelRef(chat_id=-number - _MARKED_CHANNEL)
        return ChannelRef(chat_id=abs(number)) if number else None
    name = ref.removeprefix("@")
    return ChannelRef(username=name.lower()) if _USERNAME.match(name) else None


@dataclass(frozen=True, slots=True)
class WatchedChannel:
    """One trader listening to one channel; ``last_message_id`` is the newest message of it
    already stored (0: none), from which the listener catches up after a restart."""

    trader_id: int
    trader_name: str
    channel: ChannelRef
    last_message_id: int = 0


@dataclass(frozen=True, slots=True)
class LiveMessage:
    """A message (or an edit of one, or its deletion) in a watched channel, for one trader.
    A deletion carries only the message id (Telegram sends nothing else)."""

    trader_id: int
    message: ExportMessage
    edited: bool = False
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ListenerStatus:
    """Where the listener is: ``state`` is stopped | connecting | listening | waiting |
    failed; ``detail`` is a sentence for the user (never a credential)."""

    state: str
    detail: str = ""
    channels: tuple[str, ...] = ()  # resolved, as "Trader ← @channel"
    unresolved: tuple[str, ...] = ()  # sentences naming trader and reference
    messages: int = 0
    last_message_at: datetime | None = None
    since: datetime | None = field(default=None, compare=False)
