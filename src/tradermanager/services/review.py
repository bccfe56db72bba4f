"""The review queue: every message that needs review, with its text, what the parser read and
why it was not copied; the user corrects the fields and accepts, or dismisses.

An accepted correction can teach the channel's layout (a per-channel template, see
``sources.signal_parser.templates``): the channel's other messages in the queue are then re-read
with it and shown — :meth:`ReviewService.preview` — before :meth:`ReviewService.apply`
accepts the ones the user picks. Nothing is applied unseen.

An accepted message becomes an opening signal through the copy pipeline (with its decision,
like any other); the message keeps its "needs review" record and a decision row closes it. From
then on it is a signal of the channel like those the parser read: later follow-ups link to it
(by reply, or by its symbol), and the follow-ups the channel posted while it waited — replies
to it, and those naming its symbol that matched nothing — are applied right after the copy
opens, in the order posted (``services.accepted_follow_ups``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import OrderType, Side, SignalKind
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Signal, Trader
from tradermanager.domain.tokens import normalise_token
from tradermanager.services.accepted_follow_ups import after_accept
from tradermanager.services.channel_messages import ChannelMessages, LiveOutcome
from tradermanager.services.market_data import contract_symbol
from tradermanager.services.message_edits import (
    MessageEdits,
    channel_template,
    current_fields,
    edited_message,
    filled,
    read_text,
)
from tradermanager.services.pipeline import BatchReport, PipelineService
from tradermanager.services.reference_prices import ReferencePrices
from tradermanager.services.review_choices import ChoiceOutcome, CopyChoices
from tradermanager.services.review_form import as_json, signal_fields
from tradermanager.services.traders import TraderService
from tradermanager.sources.signal_parser import (
    ChannelTemplate,
    MessageKind,
    ParsedMessage,
    learn_template,
    parse_message,
)
from tradermanager.store import live_messages as live_repo
from tradermanager.store import review as review_repo
from tradermanager.store.connection import Store
from tradermanager.store.source_messages import StoredMessage

ACCEPTED = "accepted"
DISMISSED = "dismissed"


CORRECTION = "correction"  # a message to correct and accept, or dismiss
DELETION = "deletion"  # a signal deleted while its copy may hold a position: close or keep
FOLLOW_UP = "follow_up"  # a follow-up of an open signal that could not be applied as written
EDIT = "edit"  # an edit of a copied signal that could not be applied as written
APPLIED = "applied"  # an edit applied to the copy from the review queue


@dataclass(frozen=True, slots=True)
class ReviewItem:
    trader: str
    trader_id: int
    source_id: str
    time: datetime
    text: str
    reason: str
    parsed: ParsedMessage  # what the parser read (with the channel's template, if any)
    kind: str = CORRECTION
    deleted_at: datetime | None = None  # a deletion: when the channel deleted the message
    links_to: str = ""  # a follow-up or an edit: the signal it belongs to
    id: int = 0  # the queue's own id of the item (the stored message's row)


@dataclass(frozen=True, slots=True)
class TemplatePreview:
    """The channel's other queued messages as its newest template reads them."""

    template_id: int
    description: str
    readable: tuple[tuple[ReviewItem, ParsedMessage], ...]  # now read as signals
    unreadable: tuple[ReviewItem, ...]  # still not


@dataclass(frozen=True, slots=True)
class AcceptOutcome:
    source_id: str
    copied: bool  # the copy rules accepted the signal (else rejected, with the decision stored)
    preview: TemplatePreview | None  # when a template was learnt from the correction
    follow_ups: tuple[LiveOutcome, ...] = ()  # posted while it waited, applied after it
    note: str = ""  # an edit: what the copy now follows
    applied: tuple[str, ...] = ()  # messages the learnt template read, applied on request


class ReviewService:
    def __init__(
        self, store: Store, clock: Clock, traders: TraderService, pipeline: PipelineService
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._pipeline = pipeline
        self._messages = ChannelMessages(pipeline)
        self._edits = MessageEdits(pipeline, self._messages.open_signal)
        self._choices = CopyChoices(store, clock, pipeline, self._messages)

    # -- reading -------------------------------------------------------------------------
    def _template(self, trader_id: int) -> tuple[int, ChannelTemplate] | None:
        stored = review_repo.templates(trader_id)
        if not stored:
            return None
        return stored[0].id, ChannelTemplate(stored[0].markers)

    def items(self, trader: int | str | None = None) -> list[ReviewItem]:
        """Every message waiting for review (one trader's, or all) — corrections and deleted
        signals whose copy waits for a choice — oldest first."""
        trader_id = None if trader is None else self._traders.get(trader).id
        templates: dict[int, ChannelTemplate | None] = {}

        def template(owner: int) -> ChannelTemplate | None:
            if owner not in templates:
                found = self._template(owner)
                templates[owner] = found[1] if found else None
            return templates[owner]

        def parsed(owner: int, text: str) -> ParsedMessage:
            return parse_message(text, template=template(owner))

        def kind(message: StoredMessage) -> str:
            if edited_message(message.source_id) is not None:
                return EDIT
            return FOLLOW_UP if message.links_to else CORRECTION

        out = [
            ReviewItem(
                p.trader_name,
                p.trader_id,
                p.message.source_id,
                p.message.received_time,
                p.message.text,
                p.message.reason,
                _edit_fields(p.trader_id, p.message, template(p.trader_id))
                if kind(p.message) == EDIT
                else parsed(p.trader_id, p.message.text),
                kind(p.message),
                links_to=p.message.links_to,
                id=p.row_id,
            )
            for p in review_repo.pending(trader_id)
        ]
        out += [
            ReviewItem(
                d.trader_name,
                d.trader_id,
                d.message.source_id,
                d.message.received_time,
                d.message.text,
                f"Deleted by the channel at {d.deleted_at:%Y-%m-%d %H:%M} UTC while its "
                "position was open: close the copy or keep it.",
                parsed(d.trader_id, d.message.text),
                DELETION,
                d.deleted_at,
                id=d.row_id,
            )
            for d in review_repo.waiting_deletions(trader_id)
        ]
        return sorted(out, key=lambda i: (i.time, i.source_id))

    def item(self, item_id: int) -> ReviewItem:
        """One item of the queue by its id; NotFoundError when nothing with that id waits."""
        found = next((i for i in self.items() if i.id == item_id), None)
        if found is None:
            raise NotFoundError(
                f"nothing waits for review with id {item_id} (`signals review list` lists them)"
            )
        return found

    def count(self) -> int:
        return len(review_repo.pending()) + len(review_repo.waiting_deletions())

    # -- choices about copies ----------------------------------------------------------
    def close_deleted(self, trader: int | str, source_id: str) -> ChoiceOutcome:
        """Close my copy of a signal its channel deleted (the user's choice)."""
        owner = self._traders.get(trader)
        self._pending(owner, source_id, DELETION)
        return self._choices.close_deleted(owner, source_id)

    def keep_deleted(self, trader: int | str, source_id: str) -> ChoiceOutcome:
        """Keep my copy of a signal its channel deleted (the user's choice); nothing is sent."""
        owner = self._traders.get(trader)
        self._pending(owner, source_id, DELETION)
        return self._choices.keep_deleted(owner, source_id)

    def close_share(self, trader: int | str, source_id: str, percent: float) -> ChoiceOutcome:
        """Apply a follow-up that waits for review as a close of ``percent`` % of my copy of
        the signal it belongs to (100: all of it)."""
        owner = self._traders.get(trader)
        item = self._pending(owner, source_id, FOLLOW_UP)
        others = [a.words for a in item.parsed.besides_close]
        if others:  # closing a share alone would apply half of what the message says
            raise ValidationError(
                "message",
                source_id,
                f"a follow-up that only closes a share (this one also states: {', '.join(others)};"
                " act on the copy yourself, or dismiss it)",
            )
        return self._choices.close_share(owner, source_id, item.links_to, percent)

    # -- deciding ------------------------------------------------------------------------
    def accept(
        self, trader: int | str, source_id: str, fields: ParsedMessage, *, learn: bool = True
    ) -> AcceptOutcome:
        """Copy the message with the corrected ``fields`` (through the copy rules); with
        ``learn``, keep what the correction teaches about the channel's layout."""
        owner = self._traders.get(trader)
        item = self._pending(owner, source_id, CORRECTION, EDIT)
        if item.kind == EDIT:
            return self._accept_edit(owner, item, fields, learn)
        symbol, side, price = signal_fields(fields, _reference(fields, item.time))
        template_id = None
        with self._store.write():
            batch, follow_ups = self._copy(owner, item, fields._replace(symbol=symbol), side, price)
            if learn:
                template_id = self._learn(owner, item, fields)
            review_repo.decide(
                owner.id, source_id, ACCEPTED, self._clock.now(), as_json(fields), template_id
            )
        preview = self.preview(owner.id) if template_id is not None else None
        return AcceptOutcome(source_id, batch.accepted > 0, preview, tuple(follow_ups))

    def accept_item(
        self,
        item_id: int,
        fields: ParsedMessage,
        *,
        learn: bool = True,
        apply_template: bool = False,
    ) -> AcceptOutcome:
        """:meth:`accept` for the queue item ``item_id``; with ``apply_template``, the
        channel's other waiting messages that the learnt template reads as valid signals are
        accepted too (the others stay, listed in the outcome's preview)."""
        item = self.item(item_id)
        outcome = self.accept(item.trader_id, item.source_id, fields, learn=learn)
        if not apply_template or outcome.preview is None:
            return outcome
        ready = []
        for waiting, parsed in outcome.preview.readable:
            try:
                signal_fields(parsed, _reference(parsed, waiting.time))
            except ValidationError:
                continue
            ready.append(waiting.source_id)
        if ready:
            self.apply(item.trader_id, ready)
        return replace(outcome, applied=tuple(ready))

    def dismiss(self, trader: int | str, source_id: str) -> None:
        """Leave the message uncopied (a follow-up: the copy stays as it is)."""
        owner = self._traders.get(trader)
        self._pending(owner, source_id, CORRECTION, FOLLOW_UP, EDIT)
        with self._store.write():
            review_repo.decide(owner.id, source_id, DISMISSED, self._clock.now())

    def preview(self, trader: int | str) -> TemplatePreview | None:
        """The channel's queued messages re-read with its newest template (not applied)."""
        owner = self._traders.get(trader)
        found = self._template(owner.id)
        if found is None:
            return None
        template_id, template = found
        readable, unreadable = [], []
        for item in self.items(owner.id):
            if item.kind != CORRECTION:
                continue  # a deleted signal's choice is close or keep, never a re-read
            parsed = parse_message(item.text, template=template)
            if parsed.kind is MessageKind.SIGNAL and parsed.entries:
                readable.append((item, parsed))
            else:
                unreadable.append(item)
        return TemplatePreview(template_id, template.describe(), tuple(readable), tuple(unreadable))

    def apply(self, trader: int | str, source_ids: Iterable[str]) -> int:
        """Accept the picked messages as the channel's template reads them; returns how many
        were copied (the others' decisions say why not)."""
        owner = self._traders.get(trader)
        preview = self.preview(owner.id)
        if preview is None:
            raise ValidationError("template", owner.name, "a channel with a learnt template")
        readable = {item.source_id: (item, parsed) for item, parsed in preview.readable}
        wanted = list(source_ids)
        for sid in wanted:
            if sid not in readable:
                raise ValidationError("message", sid, "a message the template reads as a signal")
        copied = 0
        with self._store.write():
            for sid in wanted:
                item, parsed = readable[sid]
                _, side, price = signal_fields(parsed, _reference(parsed, item.time))
                batch, _ = self._copy(owner, item, parsed, side, price)
                copied += batch.accepted
                review_repo.decide(
                    owner.id,
                    sid,
                    ACCEPTED,
                    self._clock.now(),
                    as_json(parsed),
                    preview.template_id,
                )
        return copied

    def forget_template(self, trader: int | str, template_id: int) -> None:
        owner = self._traders.get(trader)
        with self._store.write():
            if not review_repo.delete_template(owner.id, template_id):
                raise ValidationError("template", template_id, "a template of this channel")

    # -- helpers -------------------------------------------------------------------------
    def _pending(self, owner: Trader, source_id: str, *kinds: str) -> ReviewItem:
        kinds = kinds or (CORRECTION,)
        for item in self.items(owner.id):
            if item.source_id == source_id and item.kind in kinds:
                return item
        what = {DELETION: "deleted signal", FOLLOW_UP: "follow-up", EDIT: "edit"}.get(
            kinds[0], "message"
        )
        raise ValidationError(
            "message", source_id, f"a {what} of {owner.name} that is waiting for review"
        )

    def _learn(self, owner: Trader, item: ReviewItem, fields: ParsedMessage) -> int | None:
        template = learn_template(item.text, fields)
        if template is None:
            return None
        now = self._clock.now()
        return review_repo.save_template(owner.id, item.source_id, template.markers, now)

    def _accept_edit(
        self, owner: Trader, item: ReviewItem, fields: ParsedMessage, learn: bool
    ) -> AcceptOutcome:
        """Apply an edit waiting for review to the open copy of the signal it edits: the copy
        follows the corrected stop, targets and leverage. What trade the copy is (symbol,
        side) cannot change; entries already sent stay as they are."""
        symbol, side, _ = signal_fields(fields, _reference(fields, item.time), open_copy=True)
        opening = self._messages.open_signal(owner, item.links_to)
        if opening is None:
            raise ValidationError(
                "message",
                item.source_id,
                f"an edit of a signal whose copy is open ({item.links_to}'s position has "
                "closed: dismiss the edit)",
            )
        if symbol != opening.symbol:
            raise ValidationError(
                "symbol",
                symbol,
                f"{opening.symbol}, the copy's symbol (an edit moves the stop and targets of the "
                "open copy; another trade is another signal)",
            )
        if side is not opening.side:
            raise ValidationError(
                "side",
                side.value,
                f"{opening.side.value}, the copy's side (an edit moves the stop and targets of "
                "the open copy; another trade is another signal)",
            )
        fields = fields._replace(symbol=symbol)
        edited = live_repo.find_message(owner.id, item.links_to)
        before = (
            fields
            if edited is None
            else current_fields(owner.id, edited, channel_template(owner.id))
        )
        template_id = None
        with self._store.write():
            batch = self._edits.apply_fields(
                owner, opening, item.source_id, fields, before, item.time, item.text
            )
            if learn:
                template_id = self._learn(owner, item, fields)
            review_repo.decide(
                owner.id, item.source_id, APPLIED, self._clock.now(), as_json(fields), template_id
            )
        note = _edit_note(item.links_to, fields, before)
        entries = opening.entries or (opening.price,)
        if tuple(fields.entries) != tuple(entries):
            note += " Its entries stay as first sent (an open copy's entries are not moved)."
        preview = self.preview(owner.id) if template_id is not None else None
        return AcceptOutcome(item.source_id, batch.accepted > 0, preview, (), note)

    def _copy(
        self, owner: Trader, item: ReviewItem, fields: ParsedMessage, side: Side, price: float
    ) -> tuple[BatchReport, list[LiveOutcome]]:
        """Copy the corrected signal, then what the channel posted about it meanwhile."""
        now = self._clock.now()
        signal = Signal(
            source_id=item.source_id,
            symbol=normalise_token(fields.symbol or "", "symbol"),
            side=side,
            kind=SignalKind.OPEN,
            price=price,
            trader_time=item.time,
            received_time=now,
            leverage=fields.leverage or 1.0,
            confidence=fields.confidence,
            stop_loss=fields.stop_loss,
            take_profits=fields.take_profits,
            raw_text=item.text,
            trade_ref=item.source_id,
            order_type=OrderType.MARKET if fields.order_type == "market" else OrderType.LIMIT,
            entries=fields.entries if len(fields.entries) > 1 else (),
        )
        batch = self._pipeline.process_many(owner.id, [signal])
        stored = live_repo.find_message(owner.id, item.source_id)
        if stored is None or not item.source_id.startswith("tg:"):
            return batch, []
        return batch, after_accept(self._pipeline, owner, stored, signal, now)


def _edit_fields(
    trader_id: int, edit: StoredMessage, template: ChannelTemplate | None
) -> ParsedMessage:
    """An edit waiting for review as read, with what it does not give from what the copy
    follows now, so the form starts from the whole signal."""
    parsed = read_text(edit.text, template, template_first=True)
    edited = live_repo.find_message(trader_id, edit.links_to)
    return parsed if edited is None else filled(parsed, current_fields(trader_id, edited, template))


def _edit_note(signal_id: str, fields: ParsedMessage, before: ParsedMessage) -> str:
    """What an edit applied from the queue changed on the copy, in a sentence or two."""
    levels = []
    if fields.stop_loss is not None and fields.stop_loss != before.stop_loss:
        levels.append(f"stop {fields.stop_loss:.10g}")
    if fields.take_profits and fields.take_profits != before.take_profits:
        levels.append("targets " + " / ".join(f"{t:.10g}" for t in fields.take_profits))
    if levels:
        note = f"The copy of {signal_id} follows the edit: {', '.join(levels)}."
    else:
        note = f"The copy of {signal_id} keeps its stop and targets: the edit changes neither."
    if fields.leverage and fields.leverage != before.leverage:
        note += " It keeps the leverage it opened with."
    return note


def _reference(fields: ParsedMessage, at: datetime) -> float | None:
    """The contract's last stored price at ``at``, against which corrected prices are checked
    (a missing zero is refused as in a parsed message); None when none is stored."""
    if not fields.symbol:
        return None
    try:
        return ReferencePrices()(contract_symbol(fields.symbol), at)
    except ValidationError:
        return None
