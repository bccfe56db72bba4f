"""A message accepted from the review queue, after the fact: the follow-ups its channel posted
while it waited are applied right after its copy opens, in the order posted."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from tradermanager.domain.models import Signal, Trader
from tradermanager.services.channel_messages import LiveOutcome, as_export
from tradermanager.services.pipeline import PipelineService
from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.telegram_channel import NO_MATCH, interpret
from tradermanager.sources.telegram_export import TelegramExport
from tradermanager.store import live_messages as live_repo
from tradermanager.store import source_messages
from tradermanager.store.source_messages import StoredMessage


def after_accept(
    pipeline: PipelineService,
    trader: Trader,
    message: StoredMessage,
    opening: Signal,
    at: datetime,
) -> list[LiveOutcome]:
    """The user accepted ``message`` from review at ``at``, opening ``opening``: store the
    channel's trade for it and apply the follow-ups the channel posted before — replies to
    it, and those naming its symbol that matched no open signal — right after the copy
    opens, in the order posted (each keeps its own time as the trader's time). A follow-up
    naming no symbol and replying to nothing stays as it was: which signal it meant is
    not known."""
    sid = message.source_id
    later = [
        m
        for m in source_messages.list_messages(trader.id)
        if m.received_time > message.received_time
        and m.classification == "skipped"
        and (m.links_to == sid or (m.reason == NO_MATCH and _names(m.text, opening.symbol)))
    ]
    first = replace(as_export(message), reply_to=None)
    waiting = tuple(
        replace(as_export(m), reply_to=first.id if m.links_to == sid else None) for m in later
    )
    history = interpret(
        TelegramExport(trader.name, None, "channel", (first, *waiting)),
        trader.settings.reference_capital,
        accepted={sid: opening},
    )
    outcomes: list[LiveOutcome] = []
    signals: list[Signal] = []
    for record in history.records[1:]:
        if record.links_to != sid or record.classification == "skipped":
            continue
        reason = f"{record.reason} Applied when {sid} was accepted from review.".strip()
        live_repo.update_message(
            trader.id,
            record.source_id,
            time=record.time,
            text=record.text,
            classification=record.classification,
            reason=reason,
            links_to=sid,
        )
        mine = [s for s in history.signals if s.source_id == record.source_id]
        for signal in mine:
            later_by = timedelta(milliseconds=len(signals) + 1)  # stored to the ms, in order
            signals.append(replace(signal, received_time=at + later_by))
        outcomes.append(
            LiveOutcome(
                trader=trader.name,
                source_id=record.source_id,
                classification=record.classification,
                reason=reason,
                links_to=sid,
                signals=len(mine),
            )
        )
    for trade in history.trades:
        if trade.source_id == sid:
            live_repo.save_trade(trader.id, trade)
    if signals:
        pipeline.process_many(trader.id, signals)
    return outcomes


def _names(text: str, symbol: str) -> bool:
    """Whether the follow-up ``text`` names ``symbol``."""
    named = parse_message(text).symbol
    return named is not None and named.upper() == symbol.upper()
