"""Telegram edits (``edit_date``) of messages the copy already acted on or the user already
decided: a signal the parser read, one accepted from the review queue (as corrected, or as the
channel's template read it), and one the user dismissed.

An edit of a signal whose copy is open is read again — with the channel's template when one was
learnt (first for a message accepted from review, which the template may be what read; after
the plain reading otherwise). Fields the edited text does not give keep the copy's values (a
leverage the user added when accepting stays). An edit that moves the stop, the targets or the
leverage becomes an update signal ``<id>:edit:<unix time>`` through the copy pipeline, and the
message records it. An edit that changes the symbol, side, order type or entries, or that no
longer reads as a signal, waits in the review queue as its own row (``source_message``
``<id>:edit:<unix time>``, linked to the message; a newer edit of the same message replaces a
waiting one): the user corrects its fields and applies them to the copy, or dismisses it, and
the copy is left as it was until then.

A dismissed message comes back to the queue when an edit makes it read as a signal; otherwise
it stays dismissed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal, Trader
from tradermanager.services.channel_outcome import LiveOutcome, outcome
from tradermanager.services.pipeline import BatchReport, PipelineService
from tradermanager.sources.signal_parser import (
    ChannelTemplate,
    MessageKind,
    ParsedMessage,
    edited_fields,
    parse_message,
)
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.store import live_messages as live_repo
from tradermanager.store import review as review_repo
from tradermanager.store import source_messages
from tradermanager.store.source_messages import StoredMessage

EDIT_MARK = ":edit:"
MOVES_THE_TRADE = ("symbol", "side", "order_type", "entries")  # never changed on an open copy

OpenSignal = Callable[[Trader, str], "Signal | None"]


def edit_id(source_id: str, when: datetime) -> str:
    """The source id of an edit of ``source_id`` made at ``when`` (its update signal's too)."""
    return f"{source_id}{EDIT_MARK}{int(when.timestamp())}"


def edited_message(source_id: str) -> str | None:
    """The message an edit's source id belongs to; None when ``source_id`` is no edit."""
    head, mark, _ = source_id.partition(EDIT_MARK)
    return head if mark else None


def channel_template(trader_id: int) -> ChannelTemplate | None:
    stored = review_repo.templates(trader_id)
    return ChannelTemplate(stored[0].markers) if stored else None


def read_text(text: str, template: ChannelTemplate | None, template_first: bool) -> ParsedMessage:
    """``text`` read as a signal: plainly and with the channel's template, in the order asked;
    the first reading that is a signal wins, else the first reading."""
    plain = parse_message(text)
    if template is None:
        return plain
    templated = parse_message(text, template=template)
    first, second = (templated, plain) if template_first else (plain, templated)
    if first.kind is MessageKind.SIGNAL or second.kind is not MessageKind.SIGNAL:
        return first
    return second


def fields_from_json(data: dict[str, object]) -> ParsedMessage:
    """Fields stored with an accepted decision, as the parser's result type."""

    def prices(key: str) -> tuple[float, ...]:
        value = data.get(key) or []
        return tuple(float(v) for v in value) if isinstance(value, list) else ()

    def number(key: str) -> float | None:
        value = data.get(key)
        return float(value) if isinstance(value, int | float) else None

    side = data.get("side")
    symbol = data.get("symbol")
    entries = prices("entries")
    return ParsedMessage(
        MessageKind.SIGNAL,
        symbol=str(symbol).upper() if symbol else None,
        side=Side(side) if side in ("long", "short") else None,
        order_type=str(data.get("order_type") or "limit"),
        entries=entries,
        entry_kind=str(data.get("entry_kind") or ("single" if len(entries) == 1 else "")),
        take_profits=prices("take_profits"),
        stop_loss=number("stop_loss"),
        leverage=number("leverage"),
    )


def follows(changed: tuple[str, ...] | list[str]) -> str:
    """What an open copy does with an edit that changed ``changed``, in a sentence."""
    levels = [f for f in changed if f in ("stop_loss", "take_profits")]
    if "leverage" not in changed:
        return "the copy follows the edit."
    if not levels:
        return "an open copy keeps the leverage it opened with."
    return "the copy follows its stop and targets and keeps the leverage it opened with."


def current_fields(
    trader_id: int, stored: StoredMessage, template: ChannelTemplate | None
) -> ParsedMessage:
    """What the copy of a signal message follows now: the fields as accepted from review (or
    as the parser reads the stored text), with the stop, targets and leverage the edits applied
    since have sent."""
    sid = stored.source_id
    if review_repo.decision(trader_id, sid) == review_repo.ACCEPTED:
        base = fields_from_json(review_repo.decision_fields(trader_id, sid))
    else:
        base = read_text(stored.text, template, template_first=False)
        base = base._replace(symbol=(base.symbol or "").upper() or None)
    for update in review_repo.edit_updates(trader_id, sid, EDIT_MARK):  # each sends what changed
        base = base._replace(
            stop_loss=update.stop_loss if update.stop_loss is not None else base.stop_loss,
            take_profits=update.take_profits or base.take_profits,
            leverage=update.leverage or base.leverage,
        )
    return base


def filled(after: ParsedMessage, before: ParsedMessage) -> ParsedMessage:
    """``after`` with the fields its text does not give taken from ``before``."""
    return after._replace(
        symbol=(after.symbol or before.symbol or "").upper() or None,
        side=after.side or before.side,
        entries=after.entries or before.entries,
        entry_kind=after.entry_kind if after.entries else before.entry_kind,
        take_profits=after.take_profits or before.take_profits,
        stop_loss=after.stop_loss if after.stop_loss is not None else before.stop_loss,
        leverage=after.leverage or before.leverage,
    )


class MessageEdits:
    """Applies one edit inside the caller's write transaction."""

    def __init__(self, pipeline: PipelineService, open_signal: OpenSignal) -> None:
        self._pipeline = pipeline
        self._open_signal = open_signal

    # -- an edit of a signal ------------------------------------------------------------
    def of_signal(
        self, trader: Trader, stored: StoredMessage, live: LiveMessage, accepted: bool
    ) -> LiveOutcome | None:
        """An edit of a signal (read by the parser, or ``accepted`` from review); None when its
        position has closed (the caller says that nothing changes)."""
        sid = stored.source_id
        when = live.message.edited_time or live.message.time
        eid = edit_id(sid, when)
        if live_repo.find_message(trader.id, eid) is not None:
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification="duplicate",
                reason="This edit was read before; nothing new stored.",
                edited=True,
            )
        opening = self._open_signal(trader, sid)
        if opening is None:
            return None
        template = channel_template(trader.id)
        before = current_fields(trader.id, stored, template)
        after = read_text(live.message.text, template, template_first=accepted)
        if after.kind is not MessageKind.SIGNAL:
            why = f"The edit no longer reads as a signal ({after.reason.rstrip('.')})"
            return self._to_review(trader, stored, live, eid, when, why)
        after = filled(after, before)
        changed = edited_fields(before, after)
        if not changed:
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification="duplicate",
                reason="Edited without a change to its levels.",
                edited=True,
            )
        moved = [f for f in changed if f in MOVES_THE_TRADE]
        if moved:
            why = f"The edit changes the {', '.join(moved)} of a copied signal"
            return self._to_review(trader, stored, live, eid, when, why)
        note = f"Edited: {', '.join(changed)} changed; {follows(changed)}"
        batch = self.apply_fields(trader, opening, eid, after, before, when, live.message.text)
        live_repo.update_message(
            trader.id,
            sid,
            time=stored.received_time,
            text=live.message.text,
            classification=stored.classification,
            reason=note,
            links_to=stored.links_to,
        )
        self._supersede(trader, sid, eid, when)
        return outcome(trader, "follow_up", note, sid, sid, batch, True)

    def apply_fields(
        self,
        trader: Trader,
        opening: Signal,
        eid: str,
        fields: ParsedMessage,
        before: ParsedMessage,
        when: datetime,
        text: str,
    ) -> BatchReport:
        """The copy of ``opening`` follows the edited stop and targets: an update signal
        ``eid`` made at ``when`` that carries only what changed from ``before`` (the engine
        moves an open copy's stop, and sets its targets anew — counting the targets hit from
        zero — only when targets are sent). It records the edited leverage, which an open copy
        does not take. It is received no earlier than just after the opening: an edit made
        before the user accepted the message from review acts once the copy exists."""
        received = max(when, opening.received_time + timedelta(milliseconds=1))
        moved = fields.stop_loss is not None and fields.stop_loss != before.stop_loss
        retargeted = bool(fields.take_profits) and fields.take_profits != before.take_profits
        update = replace(
            opening,
            source_id=eid,
            kind=SignalKind.UPDATE,
            stop_loss=fields.stop_loss if moved else None,
            take_profits=fields.take_profits if retargeted else (),
            leverage=fields.leverage or opening.leverage,
            trader_time=when,
            received_time=received,
            raw_text=text,
            confidence=None,
            target_hit=None,
            close_fraction=1.0,
        )
        return self._pipeline.process_many(trader.id, [update])

    def _to_review(
        self,
        trader: Trader,
        stored: StoredMessage,
        live: LiveMessage,
        eid: str,
        when: datetime,
        why: str,
    ) -> LiveOutcome:
        """The edit waits in the review queue as its own row; the copy stays as it is."""
        sid = stored.source_id
        reason = (
            f"{why}: the copy is left as it was; apply the edit to the copy or dismiss it in "
            "the review queue."
        )
        if live.message.note:  # a text over MAX_TEXT characters, stored truncated
            reason = f"{reason} {live.message.note}"
        self._supersede(trader, sid, eid, when)
        source_messages.insert_messages(
            trader.id, [(eid, when, live.message.text, review_repo.NEEDS_REVIEW, reason, sid)]
        )
        live_repo.update_message(
            trader.id,
            sid,
            time=stored.received_time,
            text=stored.text,
            classification=stored.classification,
            reason=reason,
            links_to=stored.links_to,
        )
        return LiveOutcome(
            trader=trader.name,
            source_id=sid,
            classification="needs_review",
            reason=reason,
            links_to=eid,
            edited=True,
        )

    @staticmethod
    def _supersede(trader: Trader, sid: str, newer: str, at: datetime) -> None:
        """Earlier edits of ``sid`` still waiting for review are replaced by ``newer``."""
        for waiting in review_repo.pending(trader.id):
            message = waiting.message
            if message.links_to == sid and edited_message(message.source_id) == sid:
                review_repo.decide(
                    trader.id,
                    message.source_id,
                    review_repo.DISMISSED,
                    at,
                    {"superseded_by": newer},
                )

    # -- an edit of a dismissed message -------------------------------------------------
    def of_dismissed(self, trader: Trader, stored: StoredMessage, live: LiveMessage) -> LiveOutcome:
        """A dismissed message comes back to the queue only when the edit reads as a signal."""
        sid = stored.source_id
        when = live.message.edited_time or live.message.time
        parsed = read_text(live.message.text, channel_template(trader.id), template_first=True)
        if parsed.kind is MessageKind.SIGNAL:
            reason = (
                f"Edited at {when:%Y-%m-%d %H:%M} UTC after it was dismissed; it now reads as a "
                "signal: review it again."
            )
            review_repo.undecide(trader.id, sid)
            classification, time = review_repo.NEEDS_REVIEW, when
        else:
            reason = (
                f"Edited at {when:%Y-%m-%d %H:%M} UTC after it was dismissed; it still does not "
                "read as a signal, so it stays dismissed."
            )
            classification, time = stored.classification, stored.received_time
        live_repo.update_message(
            trader.id,
            sid,
            time=time,
            text=live.message.text,
            classification=classification,
            reason=reason,
            links_to=stored.links_to,
        )
        kind = "needs_review" if parsed.kind is MessageKind.SIGNAL else "edit_ignored"
        return LiveOutcome(
            trader=trader.name, source_id=sid, classification=kind, reason=reason, edited=True
        )
