"""Telegram Desktop chat exports (result.json) written the way Telegram Desktop writes them:
``date`` in the exporting computer's local time with ``date_unixtime`` as a string of UTC
seconds, ``edited`` / ``edited_unixtime`` only on an edited message, ``reply_to_message_id`` on
a reply, ``text`` a plain string or a list mixing strings and entity objects, with
``text_entities`` beside it, and ``from`` / ``from_id`` naming the channel."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

CHAT_ID = 1777000001
CHAT_NAME = "Crypto Sniper VIP"


def _entities(text: str) -> tuple[list[Any], list[dict[str, str]]]:
    """The text as Telegram Desktop splits it: a leading #hashtag or $cashtag and a first-line
    "LONG"/"SHORT" are entities (bold), the rest plain strings."""
    parts: list[Any] = []
    entities: list[dict[str, str]] = []
    first, _, rest = text.partition(" ")
    if first.startswith(("#", "$")) and rest:
        kind = "hashtag" if first.startswith("#") else "cashtag"
        parts.append({"type": kind, "text": first})
        entities.append({"type": kind, "text": first})
        text = " " + rest
    for word in ("LONG", "SHORT"):
        head, found, tail = text.partition(word)
        if found and "\n" not in head:
            parts.extend([head, {"type": "bold", "text": word}, tail])
            entities.extend(
                [
                    {"type": "plain", "text": head},
                    {"type": "bold", "text": word},
                    {"type": "plain", "text": tail},
                ]
            )
            return parts, entities
    parts.append(text)
    entities.append({"type": "plain", "text": text})
    return parts, entities


def channel_message(
    message_id: int,
    when: datetime,
    text: str,
    *,
    edited: datetime | None = None,
    reply_to: int | None = None,
    rich: bool = True,
) -> dict[str, Any]:
    """One channel post as Telegram Desktop exports it (``rich``: text as entities)."""
    message: dict[str, Any] = {
        "id": message_id,
        "type": "message",
        "date": when.replace(tzinfo=None).isoformat(),
        "date_unixtime": str(int(when.timestamp())),
    }
    if edited is not None:
        message["edited"] = edited.replace(tzinfo=None).isoformat()
        message["edited_unixtime"] = str(int(edited.timestamp()))
    message["from"] = CHAT_NAME
    message["from_id"] = f"channel{CHAT_ID}"
    if reply_to is not None:
        message["reply_to_message_id"] = reply_to
    parts, entities = _entities(text)
    message["text"] = parts if rich and len(parts) > 1 else text
    message["text_entities"] = entities
    return message


def write_export(path: Path, messages: list[dict[str, Any]]) -> Path:
    data = {"name": CHAT_NAME, "type": "public_channel", "id": CHAT_ID, "messages": messages}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
