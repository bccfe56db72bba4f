"""A Telegram export imported again, after the channel was first read (by an earlier export
or live): what changed since.

* A message stored before that comes back **edited** (``edited`` / ``edited_unixtime`` in the
  export) with a different text is applied exactly as the live listener applies an edit
  (``services.channel_messages``), at the edit's time. A message whose text differs without an
  edit mark is left alone: the live listener and an export may render entities slightly
  differently, and only an edit changes a post.
* A message stored before that is **missing** from the newer export is not a cancel and
  changes nothing. An export holds what the user chose to export (Telegram Desktop's export
  dialog takes a date range and message types), a channel deletes old posts as housekeeping,
  and an export cannot say when a message disappeared, so its absence cannot be placed among
  the position's events. The import counts such messages (between the export's first and last
  message ids) and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from tradermanager.services.channel_messages import LiveOutcome
from tradermanager.sources.telegram_channel import source_id
from tradermanager.sources.telegram_export import ExportMessage, TelegramExport
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.store import live_messages as live_repo

SHOWN = 10  # edits named one by one in the report's notes


@dataclass(frozen=True, slots=True)
class Edit:
    """An export message whose stored text it changes."""

    source_id: str
    time: datetime  # when it was edited (UTC); its post time when the export gives none
    message: ExportMessage
    was_signal: bool  # stored as a signal before the edit

    def as_live(self, trader_id: int) -> LiveMessage:
        """The edit as the live listener would have received it (timed at the edit)."""
        return LiveMessage(trader_id, replace(self.message, time=self.time), edited=True)


def edited_since(trader_id: int, export: TelegramExport) -> list[Edit]:
    """Messages of ``export`` stored before with another text that the export marks edited,
    in the order they were edited."""
    edits = []
    for message in export.messages:
        if not message.edited or message.is_service:
            continue
        sid = source_id(message)
        stored = live_repo.find_message(trader_id, sid)
        if stored is None or stored.text == message.text:
            continue
        when = message.edited_time or message.time
        edits.append(Edit(sid, when, message, stored.classification == "signal"))
    return sorted(edits, key=lambda e: (e.time, e.message.id))


def missing_from(trader_id: int, export: TelegramExport) -> int:
    """Messages stored before whose ids lie within the export's id range but that it lacks."""
    ids = {m.id for m in export.messages}
    if not ids:
        return 0
    low, high = min(ids), max(ids)
    return sum(1 for i in live_repo.message_ids(trader_id) if low <= i <= high and i not in ids)


def edit_notes(outcomes: list[LiveOutcome]) -> tuple[str, ...]:
    """A sentence per edit (the first :data:`SHOWN`), saying what it did to the copy."""
    notes = [
        f"Message {o.source_id.removeprefix('tg:')} was edited since it was first read: "
        f"{o.reason or o.classification.replace('_', ' ')}"
        for o in outcomes[:SHOWN]
    ]
    if len(outcomes) > SHOWN:
        notes.append(f"… and {len(outcomes) - SHOWN:,} more edited message(s).")
    return tuple(notes)


def missing_note(count: int) -> tuple[str, ...]:
    if not count:
        return ()
    return (
        f"{count:,} message(s) read before are not in this export (deleted by the channel, or "
        "left out of the export): nothing was changed for them — a missing message is not "
        "taken as a cancel.",
    )
