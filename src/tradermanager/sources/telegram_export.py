"""Reading the JSON that Telegram Desktop writes with "Export chat history" (machine-readable).

The file holds the chat's ``name``, ``type``, ``id`` and a ``messages`` list. A message's
``text`` is either a string or a list mixing strings and entity objects (``{"type": "bold",
"text": "LONG"}``); photos carry their caption there too. Edited messages are exported in
their final form with an ``edited`` time; ``reply_to_message_id`` links replies; service
messages (``"type": "service"``) are channel events, not posts. Times: ``date_unixtime``
(UTC seconds) when present; older exports only have ``date`` in the exporting computer's
local time, which is then taken as UTC and said so in :attr:`TelegramExport.notes`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tradermanager.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class ExportMessage:
    id: int
    time: datetime  # UTC
    text: str
    is_service: bool = False
    reply_to: int | None = None
    forwarded_from: str | None = None
    edited: bool = False
    has_media: bool = False


@dataclass(frozen=True, slots=True)
class TelegramExport:
    chat_name: str
    chat_id: int | None
    chat_type: str
    messages: tuple[ExportMessage, ...]
    notes: tuple[str, ...] = ()


def message_text(value: Any) -> str:
    """The plain text of a ``text`` field: a string, or strings and entities joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def _time(raw: dict[str, Any], where: str) -> tuple[datetime, bool]:
    """(UTC time, whether it came from the local-time ``date`` field)."""
    unix = raw.get("date_unixtime")
    if unix is not None:
        try:
            return datetime.fromtimestamp(int(unix), tz=UTC), False
        except (TypeError, ValueError, OverflowError):
            raise ValidationError(
                f"{where}.date_unixtime", unix, "Unix seconds as a string or number"
            ) from None
    date = raw.get("date")
    try:
        return datetime.fromisoformat(str(date)).replace(tzinfo=UTC), True
    except ValueError:
        raise ValidationError(
            f"{where}.date", date, "an ISO time like 2024-01-31T09:30:00"
        ) from None


def parse_export(data: Any, source: str = "export") -> TelegramExport:
    """Validate and convert a decoded export; errors name the file and the message."""
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ValidationError(
            source, type(data).__name__, 'a Telegram chat export: a JSON object with "messages"'
        )
    messages = []
    local_times = False
    for index, raw in enumerate(data["messages"]):
        where = f"{source}: messages[{index}]"
        if not isinstance(raw, dict):
            raise ValidationError(where, raw, "a message object")
        msg_id = raw.get("id")
        if isinstance(msg_id, bool) or not isinstance(msg_id, int):
            raise ValidationError(f"{where}.id", msg_id, "an integer message id")
        time, local = _time(raw, where)
        local_times |= local
        reply = raw.get("reply_to_message_id")
        messages.append(
            ExportMessage(
                id=msg_id,
                time=time,
                text=message_text(raw.get("text", "")).strip(),
                is_service=raw.get("type") == "service",
                reply_to=reply if isinstance(reply, int) and not isinstance(reply, bool) else None,
                forwarded_from=raw.get("forwarded_from") or None,
                edited="edited" in raw,
                has_media=any(k in raw for k in ("photo", "file", "media_type")),
            )
        )
    notes = (
        ("Message times had no time zone (old export format) and were taken as UTC.",)
        if local_times
        else ()
    )
    chat_id = data.get("id")
    return TelegramExport(
        chat_name=str(data.get("name") or "Telegram chat"),
        chat_id=chat_id if isinstance(chat_id, int) and not isinstance(chat_id, bool) else None,
        chat_type=str(data.get("type") or ""),
        messages=tuple(sorted(messages, key=lambda m: (m.time, m.id))),
        notes=notes,
    )


def read_export(path: Path) -> TelegramExport:
    """Read a ``result.json``; a missing, unreadable or malformed file raises ValidationError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("file", str(path), f"a readable UTF-8 JSON file ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file",
            str(path),
            f"valid JSON (error at line {exc.lineno}, column {exc.colno}: {exc.msg})",
        ) from None
    return parse_export(data, path.name)
