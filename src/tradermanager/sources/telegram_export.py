"""Reading the JSON that Telegram Desktop writes with "Export chat history" (machine-readable).

The file holds the chat's ``name``, ``type``, ``id`` and a ``messages`` list. A message's
``text`` is either a string or a list mixing strings and entity objects (``{"type": "bold",
"text": "LONG"}``); photos carry their caption there too. Edited messages are exported in
their final form with an ``edited`` time; ``reply_to_message_id`` links replies; service
messages (``"type": "service"``) are channel events, not posts. A message id is the message's
identity: an export holding one id twice with different content is refused as a whole, naming
the id (which of the two is right cannot be known); the same message twice is read once. A
text longer than :data:`MAX_TEXT` characters is kept truncated, with a note. Times:
``date_unixtime`` (UTC seconds) when present; older exports only have ``date`` in the
exporting computer's local time, which is then taken as UTC and said so in
:attr:`TelegramExport.notes`.

Exports of big channels run to hundreds of megabytes, so the ``messages`` array is read
item by item with an incremental JSON parser (ijson): only the converted messages are
kept, never the file's text or its whole decoded tree.

Every message is checked (an id; a time from 2009 to 2100, see ``domain.bounds``); an
error names the file, the message and the field and lists every bad message (up to a
limit), and nothing of a file with a bad message is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from tradermanager.domain.bounds import check_time, check_unix_seconds
from tradermanager.domain.errors import RowErrors, ValidationError
from tradermanager.sources.import_progress import CancelFn, ProgressFn, Reporter

BOM = b"\xef\xbb\xbf"
MAX_TEXT = 10_000  # characters of a message's text that are kept
READING = "Reading messages"


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportMessage:
    id: int
    time: datetime  # UTC
    text: str
    is_service: bool = False
    reply_to: int | None = None
    forwarded_from: str | None = None
    edited: bool = False
    has_media: bool = False
    edited_time: datetime | None = None  # UTC, when the export or the client gives it
    truncated_from: int = 0  # the text's length before truncation to MAX_TEXT; 0: whole

    @property
    def note(self) -> str:
        """A sentence about how the message was stored, when there is something to say."""
        if self.truncated_from:
            return f"Text of {self.truncated_from:,} characters stored truncated to {MAX_TEXT:,}."
        return ""


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
            seconds = int(unix)
        except (TypeError, ValueError, OverflowError):
            raise ValidationError(
                f"{where}.date_unixtime", unix, "Unix seconds as a string or number"
            ) from None
        return check_unix_seconds(seconds, f"{where}.date_unixtime", unix), False
    date = raw.get("date")
    try:
        local = datetime.fromisoformat(str(date)).replace(tzinfo=UTC)
    except ValueError:
        raise ValidationError(
            f"{where}.date", date, "an ISO time like 2024-01-31T09:30:00"
        ) from None
    return check_time(local, f"{where}.date", date), True


def _message(raw: Any, where: str) -> tuple[ExportMessage, bool]:
    """One decoded message → (message, whether its time came from the local ``date``)."""
    if not isinstance(raw, dict):
        raise ValidationError(where, raw, "a message object")
    msg_id = raw.get("id")
    if isinstance(msg_id, bool) or not isinstance(msg_id, int):
        raise ValidationError(f"{where}.id", msg_id, "an integer message id")
    time, local = _time(raw, where)
    reply = raw.get("reply_to_message_id")
    forwarded = raw.get("forwarded_from")
    text, full_length = truncated(message_text(raw.get("text", "")).strip())
    message = ExportMessage(
        id=msg_id,
        time=time,
        text=text,
        is_service=raw.get("type") == "service",
        reply_to=reply if isinstance(reply, int) and not isinstance(reply, bool) else None,
        forwarded_from=str(forwarded) if forwarded else None,
        edited="edited" in raw or "edited_unixtime" in raw,
        has_media=any(k in raw for k in ("photo", "file", "media_type")),
        edited_time=_edited_time(raw),
        truncated_from=full_length,
    )
    return message, local


def truncated(text: str) -> tuple[str, int]:
    """(text cut to MAX_TEXT characters, its length before — 0 when it was not cut)."""
    if len(text) <= MAX_TEXT:
        return text, 0
    return text[:MAX_TEXT], len(text)


def _edited_time(raw: dict[str, Any]) -> datetime | None:
    unix = raw.get("edited_unixtime")
    if unix is not None:
        try:
            return datetime.fromtimestamp(int(unix), tz=UTC)
        except (TypeError, ValueError, OverflowError):
            return None
    edited = raw.get("edited")
    if isinstance(edited, str):
        try:
            return datetime.fromisoformat(edited).replace(tzinfo=UTC)
        except ValueError:
            return None
    return None


def _identity(message: ExportMessage) -> tuple[object, ...]:
    return (message.time, message.text, message.is_service, message.reply_to, message.edited_time)


def unique_messages(messages: list[ExportMessage], source: str) -> tuple[list[ExportMessage], int]:
    """``messages`` with each id once, and how many exact repeats were dropped. Raises
    ValidationError naming the id when one id holds two different messages."""
    seen: dict[int, ExportMessage] = {}
    out: list[ExportMessage] = []
    for message in messages:
        first = seen.get(message.id)
        if first is None:
            seen[message.id] = message
            out.append(message)
        elif _identity(first) != _identity(message):
            what = "text" if first.text != message.text else "time or reply"
            raise ValidationError(
                f"{source}: message id {message.id}",
                f"two different messages ({what} differs)",
                "each message id once; the export is refused as a whole, because which of the "
                "two is right cannot be known — export the chat again",
            )
    return out, len(messages) - len(out)


def _export(
    header: dict[str, Any], messages: list[ExportMessage], local_times: bool, source: str
) -> TelegramExport:
    messages, repeats = unique_messages(messages, source)
    notes: list[str] = []
    if local_times:
        notes.append("Message times had no time zone (old export format) and were taken as UTC.")
    if repeats:
        notes.append(f"{repeats:,} message(s) appeared twice, identical: each was read once.")
    long_ones = [m.id for m in messages if m.truncated_from]
    if long_ones:
        shown = ", ".join(str(i) for i in long_ones[:5]) + (" …" if len(long_ones) > 5 else "")
        notes.append(
            f"{len(long_ones):,} message(s) longer than {MAX_TEXT:,} characters were stored "
            f"truncated (ids {shown})."
        )
    chat_id = header.get("id")
    messages.sort(key=lambda m: (m.time, m.id))
    return TelegramExport(
        chat_name=str(header.get("name") or "Telegram chat"),
        chat_id=chat_id if isinstance(chat_id, int) and not isinstance(chat_id, bool) else None,
        chat_type=str(header.get("type") or ""),
        messages=tuple(messages),
        notes=tuple(notes),
    )


def parse_export(data: Any, source: str = "export") -> TelegramExport:
    """Validate and convert a decoded export; errors name the file and the message."""
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ValidationError(
            source, type(data).__name__, 'a Telegram chat export: a JSON object with "messages"'
        )
    messages = []
    local_times = False
    errors = RowErrors(source)
    for index, raw in enumerate(data["messages"]):
        try:
            message, local = _message(raw, f"{source}: messages[{index}]")
        except ValidationError as exc:
            errors.add(exc)
            continue
        messages.append(message)
        local_times |= local
    errors.raise_if_any()
    return _export(data, messages, local_times, source)


class _CountingReader:
    """A binary file that counts the bytes handed to the JSON parser (for progress and
    error positions) and drops a UTF-8 byte-order mark."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.count = 0
        if raw.read(3) != BOM:
            raw.seek(0)
        else:
            self.count = 3

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        self.count += len(chunk)
        return chunk


def _json_error(path: Path, exc: Exception, where: str) -> ValidationError:
    text = exc.args[0] if exc.args else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    first = str(text).strip().splitlines()[0] if str(text).strip() else type(exc).__name__
    if "premature EOF" in first:
        allowed = f"complete JSON: the file ends in the middle ({where}); export it again"
    elif "UTF8" in first:
        allowed = f"UTF-8 text, as Telegram Desktop writes it ({where}: {first})"
    else:
        allowed = f"valid JSON ({where}: {first})"
    return ValidationError("file", str(path), allowed)


def _read_header(path: Path) -> dict[str, Any]:
    """The chat's top-level ``name``, ``type`` and ``id``, read up to ``"messages"`` (where
    Telegram Desktop writes them); raises unless the file is an object with a list there."""
    header: dict[str, Any] = {}
    key: str | None = None
    with path.open("rb") as raw:
        reader = _CountingReader(raw)
        try:
            events = ijson.parse(reader)
            first = next(events, None)
            if first is None or first[1] != "start_map":
                raise ValidationError(
                    path.name,
                    first[1] if first else "an empty file",
                    'a Telegram chat export: a JSON object with "messages"',
                )
            for prefix, event, value in events:
                if prefix == "" and event == "map_key":
                    key = value
                elif prefix == "" and event == "end_map":
                    break
                elif key == "messages" and prefix == "messages":
                    if event != "start_array":
                        raise ValidationError(f"{path.name}: messages", event, "a list of messages")
                    return header
                elif key in ("name", "type", "id") and prefix == key:
                    header[key] = value
        except ijson.JSONError as exc:
            raise _json_error(path, exc, f"near byte {reader.count:,}") from None
    raise ValidationError(
        path.name, "no messages", 'a Telegram chat export: a JSON object with "messages"'
    )


def read_export(
    path: Path, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
) -> TelegramExport:
    """Read a ``result.json`` message by message (the file is never held whole in memory);
    a missing, unreadable or malformed file raises ValidationError naming the file and the
    message; ``cancelled()`` answering True raises ImportCancelled."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise ValidationError(
                path.name, "an empty file", 'a Telegram chat export: a JSON object with "messages"'
            )
        header = _read_header(path)
        raw = path.open("rb")
    except OSError as exc:
        raise ValidationError("file", str(path), f"a readable UTF-8 JSON file ({exc})") from None
    reporter = Reporter(path.name, progress, cancelled, every=2_000)
    messages: list[ExportMessage] = []
    local_times = False
    errors = RowErrors(path.name)
    count = 0
    with raw:
        reader = _CountingReader(raw)
        try:
            for index, item in enumerate(ijson.items(reader, "messages.item")):
                count = index + 1
                try:
                    message, local = _message(item, f"{path.name}: messages[{index}]")
                except ValidationError as exc:
                    errors.add(exc)
                    continue
                messages.append(message)
                local_times |= local
                reporter.tick(READING, lambda: reader.count, size)
        except ijson.JSONError as exc:
            where = f"after messages[{count - 1}]" if count else "before any message"
            raise _json_error(path, exc, f"{where}, near byte {reader.count:,}") from None
    errors.raise_if_any()
    reporter.report(READING, size, size)
    return _export(header, messages, local_times, path.name)
