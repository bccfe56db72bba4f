"""One channel message arriving after the channel was first read — new, edited or deleted —
applied to the store and the copy. The live listener and an export imported again both call
:meth:`ChannelMessages.apply`, so an edit means the same wherever it was seen.

A message is interpreted after the messages of the trader's positions that are still open
(``sources.telegram_channel``), so a follow-up links to its signal by reply or to the latest
open signal of its symbol, exactly as in an import. The same message id never makes a second
signal (source ids are per trader).

Edits: a message stored as "not a signal", "needs review" (no decision yet) or "skipped" is
interpreted again (a price added later makes it a signal, timed at the edit). An edit of a
signal whose position is open — read by the parser or accepted from the review queue — is
applied by ``services.message_edits``: stop, targets and leverage follow it; a changed symbol,
side or entries, or a text that no longer reads, waits in the review queue. A dismissed message
comes back to the queue when an edit makes it read as a signal. An edit of a follow-up, or of a
signal whose position has closed, changes nothing, and the outcome says so.

Deletions: recorded on the stored message. A deleted signal whose position is open is
withdrawn from the copy as far as that is safe: a cancel signal withdraws the copy's entries not
filled yet (a pending limit entry ends there). Whether the copy also holds a filled position is
asked of ``holds_position`` (the paper account's replay): if it does — or that is not known, as
for a live copy — the deletion waits in the review queue, where the user closes the copy or keeps
it. A deletion never closes a held position by itself: channels also delete posts to tidy up,
and a close the user did not ask for is a trade they did not want. A deleted follow-up or
chatter changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from tradermanager.domain.enums import SignalKind, TradeStatus
from tradermanager.domain.models import Signal, Trader
from tradermanager.services.channel_outcome import LiveOutcome, outcome
from tradermanager.services.message_edits import MessageEdits
from tradermanager.services.pipeline import BatchReport, PipelineService
from tradermanager.services.reference_prices import ReferencePrices
from tradermanager.sources.channel_habit import WINDOW as HABIT_WINDOW
from tradermanager.sources.channel_habit import ChannelHabit
from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.telegram_channel import interpret, source_id
from tradermanager.sources.telegram_export import ExportMessage, TelegramExport
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.store import live_messages as live_repo
from tradermanager.store import review as review_repo
from tradermanager.store import source_messages
from tradermanager.store.source_messages import StoredMessage

ACTED_ON = ("signal", "follow_up")
DELETED = "Deleted by the channel"  # every deletion's note on the stored message starts so
ACCEPTED = review_repo.ACCEPTED


HoldsPosition = Callable[[Trader, str, datetime], "bool | None"]


class ChannelMessages:
    """Applies one message to one trader inside the caller's write transaction.
    ``holds_position(trader, source_id, at)`` tells whether the copy of a signal holds a filled
    position (None: not known); without it a deleted open signal always waits for review."""

    def __init__(
        self, pipeline: PipelineService, holds_position: HoldsPosition | None = None
    ) -> None:
        self._pipeline = pipeline
        self._holds_position = holds_position
        self._edits = MessageEdits(pipeline, self.open_signal)

    def apply(self, trader: Trader, live: LiveMessage) -> LiveOutcome:
        """Interpret, record and copy one message (new, edited or deleted)."""
        message, sid = live.message, source_id(live.message)
        stored = live_repo.find_message(trader.id, sid)
        decided = review_repo.decision(trader.id, sid) if stored is not None else None
        accepted = decided == ACCEPTED
        if live.deleted:
            return self._deleted(trader, stored, sid, accepted, message.time)
        if stored is not None and live.edited and stored.text != message.text:
            if stored.classification == "signal" or accepted:
                edit = self._edits.of_signal(trader, stored, live, accepted)
                if edit is not None:
                    return edit
            elif decided == review_repo.DISMISSED:
                return self._edits.of_dismissed(trader, stored, live)
        skip = _why_not_again(stored, live, decided)
        if skip is not None:
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification=skip[0],
                reason=skip[1],
                edited=live.edited,
            )
        context, openings = _open_context(trader.id, exclude=sid)
        history = interpret(
            TelegramExport(trader.name, None, "channel", (*context, message)),
            trader.settings.reference_capital,
            ReferencePrices(),
            accepted=openings,
            held=_held(trader.id, message),
            habit=_habit(trader.id, sid, {source_id(m) for m in context}),
        )
        record = next(r for r in reversed(history.records) if r.source_id == sid)
        fields = (record.text, record.classification, record.reason, record.links_to)
        if stored is None:
            source_messages.insert_messages(trader.id, [(sid, record.time, *fields)])
        else:
            live_repo.update_message(
                trader.id,
                sid,
                time=record.time,
                text=record.text,
                classification=record.classification,
                reason=record.reason,
                links_to=record.links_to,
            )
        for trade in history.trades:
            closed = trade.source_id == record.links_to and trade.status is TradeStatus.CLOSED
            if trade.source_id == sid or closed:
                live_repo.save_trade(trader.id, trade)
        signals = [s for s in history.signals if s.source_id == sid]
        batch = self._pipeline.process_many(trader.id, signals) if signals else None
        return outcome(
            trader, record.classification, record.reason, record.links_to, sid, batch, live.edited
        )

    # -- edits --------------------------------------------------------------------------
    def open_signal(self, trader: Trader, sid: str) -> Signal | None:
        """The opening signal of ``sid``'s position when it is still open (replayed from the
        stored messages, as a follow-up would be linked)."""
        context, openings = _open_context(trader.id)
        if not any(source_id(m) == sid for m in context):
            return None
        if sid in openings:
            return openings[sid]
        history = interpret(
            TelegramExport(trader.name, None, "channel", context),
            trader.settings.reference_capital,
            accepted=openings,
        )
        return next((s for s in history.signals if s.source_id == sid), None)

    # -- deletions ----------------------------------------------------------------------
    def _deleted(
        self,
        trader: Trader,
        stored: StoredMessage | None,
        sid: str,
        accepted: bool,
        live_time: datetime,
    ) -> LiveOutcome:
        if stored is None:
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification="skipped",
                reason="Deleted before it was read.",
            )
        if DELETED in stored.reason:  # the same deletion again (a catch-up, a second client)
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification="duplicate",
                reason="Deletion seen before; nothing changed.",
            )
        opens = stored.classification == "signal" or accepted
        opening = self.open_signal(trader, sid) if opens else None
        batch = None
        if opening is None:
            reason = f"{DELETED}."
            kind = stored.classification
        else:
            reason, waits, batch = self._withdraw(trader, opening, live_time)
            kind = "needs_review" if waits else stored.classification
        live_repo.update_message(
            trader.id,
            sid,
            time=stored.received_time,
            text=stored.text,
            classification=stored.classification,
            reason=f"{stored.reason} {reason}".strip() if stored.reason else reason,
            links_to=stored.links_to,
        )
        return outcome(trader, kind, reason, stored.links_to, sid, batch, False)

    def _withdraw(
        self, trader: Trader, opening: Signal, at: datetime
    ) -> tuple[str, bool, BatchReport]:
        """Cancel the copy's entries not filled yet; (reason, whether it waits for review,
        the cancel's batch)."""
        sid = opening.source_id
        holds = self._holds_position(trader, sid, at) if self._holds_position else None
        cancel = replace(
            opening,
            source_id=f"{sid}:deleted",
            kind=SignalKind.CANCEL,
            trader_time=at,
            received_time=at,
            raw_text="",
            confidence=None,
            target_hit=None,
            close_fraction=1.0,
        )
        batch = self._pipeline.process_many(trader.id, [cancel])
        if holds is False:
            review_repo.record_deletion(trader.id, sid, at, review_repo.DELETION_CANCELLED)
            return (
                "Deleted by the channel before the copy's entry filled: its entries are cancelled.",
                False,
                batch,
            )
        review_repo.record_deletion(trader.id, sid, at, review_repo.DELETION_WAITING)
        held = "holds a position" if holds else "may hold a position"
        return (
            f"Deleted by the channel while its position is open; the copy {held}: entries not "
            "filled are cancelled — close the copy or keep it in the review queue.",
            True,
            batch,
        )


def _why_not_again(
    stored: StoredMessage | None, live: LiveMessage, decided: str | None
) -> tuple[str, str] | None:
    """(classification, reason) when the message must not be interpreted again."""
    if stored is not None and not live.edited:
        return "duplicate", "Read before; nothing new stored."
    if stored is None and live.edited:
        return (
            "edit_ignored",
            "Edit of a message that was not read when it was posted: not copied.",
        )
    if decided == ACCEPTED:
        return (
            "edit_ignored",
            "Edited after it was accepted from the review queue and its position had closed: "
            "nothing to change.",
        )
    if decided is not None:
        return (
            "edit_ignored",
            f"Edited after the review queue's decision ({decided}): nothing changes.",
        )
    if stored is not None and stored.classification in ACTED_ON:
        return (
            "edit_ignored",
            f"Edited after it was read as a {stored.classification.replace('_', '-')}: the "
            "copy follows the message as first posted.",
        )
    if stored is not None and stored.text == live.message.text:
        return "duplicate", "Edited without a change to its text."
    return None


def _open_context(
    trader_id: int, exclude: str = ""
) -> tuple[tuple[ExportMessage, ...], dict[str, Signal]]:
    """The messages of the trader's open positions (without ``exclude``) and the signals that
    messages accepted from the review queue opened."""
    stored = [m for m in live_repo.open_position_messages(trader_id) if m.source_id != exclude]
    reviewed = [m.source_id for m in stored if m.classification == review_repo.NEEDS_REVIEW]
    openings = review_repo.accepted_openings(trader_id) if reviewed else {}
    return tuple(as_export(m) for m in stored), openings


def _habit(trader_id: int, sid: str, read_again: set[str]) -> ChannelHabit:
    """What the trader's last stored signals gave, held to the new message ``sid`` alone (the
    open positions' signals read again with it were decided when they came, and are counted
    by the interpretation itself)."""
    stored = source_messages.last_messages(trader_id, "signal", HABIT_WINDOW)
    earlier = (m for m in stored if m.source_id != sid and m.source_id not in read_again)
    return ChannelHabit((parse_message(m.text) for m in earlier), only={sid})


def _held(trader_id: int, message: ExportMessage) -> tuple[str, ...]:
    """The message ``message`` replies to, when that one waits for review."""
    if message.reply_to is None:
        return ()
    replied = f"tg:{message.reply_to}"
    stored = live_repo.find_message(trader_id, replied)
    waiting = (
        stored is not None
        and stored.classification == review_repo.NEEDS_REVIEW
        and review_repo.decision(trader_id, replied) is None
    )
    return (replied,) if waiting else ()


def as_export(stored: StoredMessage) -> ExportMessage:
    links = stored.links_to
    return ExportMessage(
        id=int(stored.source_id.removeprefix("tg:")),
        time=stored.received_time,
        text=stored.text,
        reply_to=int(links.removeprefix("tg:")) if links.startswith("tg:") else None,
    )
