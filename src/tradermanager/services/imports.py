"""Imports: a Telegram Desktop chat export becomes a trader with its signals, trades and a
record of every message, each signal run through the copy pipeline in time order.

One transaction per import (all or nothing); importing the same file again adds nothing
(message ids are unique per trader).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tradermanager.domain.enums import Source
from tradermanager.domain.models import Trader
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.traders import TraderService
from tradermanager.sources.telegram_channel import interpret
from tradermanager.sources.telegram_export import read_export
from tradermanager.sources.trade_csv import read_trade_file
from tradermanager.store import snapshots, source_messages
from tradermanager.store import trades as trade_repo
from tradermanager.store.connection import Store

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ImportReport:
    trader: str
    created_trader: bool
    messages_read: int
    signals_found: int
    follow_ups_linked: int
    not_signals: int
    needs_review: int
    skipped: dict[str, int]  # reason → count (not signals, review, skipped)
    already_imported: int  # messages seen in an earlier import of the same chat
    accepted: int
    rejected: int
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TradeFileReport:
    trader: str
    created_trader: bool
    rows: int
    new_trades: int  # rows imported before are skipped
    accepted: int
    rejected: int


class ImportService:
    def __init__(self, store: Store, traders: TraderService, pipeline: PipelineService) -> None:
        self._store = store
        self._traders = traders
        self._pipeline = pipeline

    def import_telegram(self, path: Path | str, trader: str | None = None) -> ImportReport:
        """Import ``path`` into ``trader`` (by name), or into a trader named after the chat
        (created, source telegram, when it does not exist)."""
        export = read_export(Path(path))
        name = trader or export.chat_name
        reference = f"telegram:{export.chat_id}" if export.chat_id else export.chat_name
        with self._store.write():
            existing = self._find(name)
            target = existing or self._traders.add(
                name=name, source=Source.TELEGRAM, source_ref=reference
            )
            history = interpret(export, target.settings.reference_capital)
            new_messages = source_messages.insert_messages(
                target.id,
                (
                    (r.source_id, r.time, r.text, r.classification, r.reason, r.links_to)
                    for r in history.records
                ),
            )
            trade_repo.insert_trades(target.id, history.trades)
            batch = self._pipeline.process_many(target.id, history.signals)
            snapshots.invalidate(target.id)
        return ImportReport(
            trader=target.name,
            created_trader=existing is None,
            messages_read=len(history.records),
            signals_found=history.count("signal"),
            follow_ups_linked=history.count("follow_up"),
            not_signals=history.count("not_signal"),
            needs_review=history.count("needs_review"),
            skipped=dict(history.skipped),
            already_imported=len(history.records) - new_messages,
            accepted=batch.accepted,
            rejected=batch.rejected,
            notes=export.notes,
        )

    def import_trades(self, path: Path | str) -> list[TradeFileReport]:
        """Import a trade-history file (generic format, see sources/trade_csv.py): every row
        is checked first, then all traders' trades and signals are written in one
        transaction; rows imported before are skipped."""
        histories = read_trade_file(Path(path))
        reports = []
        with self._store.write():
            for name, history in histories.items():
                existing = self._find(name)
                trader = existing or self._traders.add(name=name, source=Source.MANUAL)
                new = trade_repo.insert_trades(trader.id, history.trades)
                batch = self._pipeline.process_many(trader.id, history.signals)
                snapshots.invalidate(trader.id)
                reports.append(
                    TradeFileReport(
                        trader.name,
                        existing is None,
                        len(history.trades),
                        new,
                        batch.accepted,
                        batch.rejected,
                    )
                )
        return reports

    def messages(
        self, trader: str | int, classification: str | None = None
    ) -> list[source_messages.StoredMessage]:
        """Messages read for a trader, optionally only one classification (e.g. needs_review)."""
        return source_messages.list_messages(self._traders.get(trader).id, classification)

    def _find(self, name: str) -> Trader | None:
        matches = [t for t in self._traders.list() if t.name.lower() == name.lower()]
        return matches[0] if matches else None
