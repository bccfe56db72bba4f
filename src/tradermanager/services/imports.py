"""Imports from files: a Telegram Desktop chat export, a Binance USDⓈ-M futures trade history,
and trade-history files in the generic format. Each becomes trades, the signals behind them
(run through the copy pipeline in time order) and, for Telegram, a record of every message.

One transaction per import: a bad row, a failure or a cancel leaves the database as it was.
A file given to the wrong importer is refused with a hint naming the right one.
Importing the same file again adds nothing (source ids are unique per trader); a trade stored
as open that the file now shows closed takes its close. Long imports report
:class:`ImportProgress` through ``progress`` and stop when ``cancelled()`` answers True
(raising :class:`ImportCancelled`); both may be called from a worker thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Literal

from tradermanager.domain.enums import Source
from tradermanager.domain.errors import BadRowsError, ValidationError
from tradermanager.domain.models import Signal, Trader, TraderTrade
from tradermanager.domain.text_safety import clean_name
from tradermanager.services import telegram_reimport as reimport
from tradermanager.services.channel_messages import ChannelMessages, LiveOutcome
from tradermanager.services.import_batches import batches
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.reference_prices import ReferencePrices
from tradermanager.services.traders import TraderService
from tradermanager.sources import binance_trade_history, trade_csv, trade_identity
from tradermanager.sources.file_kind import FileKind, with_hint
from tradermanager.sources.import_progress import (
    CancelFn,
    ImportCancelled,
    ImportProgress,
    ProgressFn,
    Reporter,
)
from tradermanager.sources.table_file import ColumnMapping, FieldSpec, TablePreview
from tradermanager.sources.telegram_channel import interpret
from tradermanager.sources.telegram_export import read_export
from tradermanager.store import review as review_repo
from tradermanager.store import source_messages, trade_updates
from tradermanager.store import trades as trade_repo
from tradermanager.store.connection import Store

__all__ = [
    "BinanceImportReport",
    "ColumnMapping",
    "FieldSpec",
    "ImportCancelled",
    "ImportProgress",
    "ImportReport",
    "ImportService",
    "TableFormat",
    "TablePreview",
    "TradeFileReport",
]

TableFormat = Literal["binance", "csv"]
SIGNAL_CHUNK = 5_000  # signals per pipeline batch: a cancel waits for at most one batch
COPY_RULES = "Running the copy rules"


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportReport:
    """A Telegram export imported."""

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
    trades_created: int = 0
    signals_created: int = 0  # new signals run through the pipeline
    edits_applied: int = 0  # messages imported before that come back edited
    missing_from_export: int = 0  # messages imported before that this export lacks


@dataclass(frozen=True, slots=True, kw_only=True)
class TradeFileReport:
    """One trader's part of a generic trade-history file."""

    trader: str
    created_trader: bool
    rows: int
    new_trades: int  # rows imported before are skipped
    accepted: int
    rejected: int
    signals_created: int = 0
    trades_closed: int = 0  # stored open trades the file shows closed
    skipped: dict[str, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BinanceImportReport:
    """A Binance futures trade history imported: fills read, trades rebuilt."""

    file: str
    trader: str
    created_trader: bool
    rows_read: int  # fills
    trades_found: int
    open_trades: int
    trades_created: int
    trades_closed: int  # stored open trades the file shows closed
    signals_created: int
    already_imported: int  # signals seen in an earlier import
    accepted: int
    rejected: int
    leverage: float
    skipped: dict[str, int]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Written:
    trades_created: int
    trades_closed: int
    signals_created: int
    duplicates: int
    accepted: int
    rejected: int


class ImportService:
    def __init__(self, store: Store, traders: TraderService, pipeline: PipelineService) -> None:
        self._store = store
        self._traders = traders
        self._pipeline = pipeline
        self._messages = ChannelMessages(pipeline)

    # -- Telegram ---------------------------------------------------------------------------
    def import_telegram(
        self,
        path: Path | str,
        trader: str | None = None,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> ImportReport:
        """Import ``path`` into ``trader`` (by name), or into a trader named after the chat
        (created, source telegram, when it does not exist)."""
        path = Path(path)
        reporter = Reporter(path.name, progress, cancelled)
        try:
            export = read_export(path, progress, cancelled)
        except BadRowsError:
            raise
        except ValidationError as exc:
            raise with_hint(exc, path, FileKind.TELEGRAM_EXPORT) from None
        name = trader or clean_name(export.chat_name) or "Telegram chat"
        reference = f"telegram:{export.chat_id}" if export.chat_id else export.chat_name
        with self._store.write():
            existing = self._find(name)
            target = existing or self._traders.add(
                name=name, source=Source.TELEGRAM, source_ref=reference
            )
            reporter.report("Reading the signals", 0, 1)
            history = interpret(
                export,
                target.settings.reference_capital,
                ReferencePrices(),
                # signals accepted from review, and messages still waiting there, as stored
                accepted=review_repo.accepted_openings(target.id) if existing else None,
                held=review_repo.pending_source_ids(target.id) if existing else (),
            )
            reporter.check()
            edits = reimport.edited_since(target.id, export) if existing else []
            missing = reimport.missing_from(target.id, export) if existing else 0
            reporter.report("Saving messages", 0, 1)
            new_messages = source_messages.insert_messages(
                target.id,
                (
                    (r.source_id, r.time, r.text, r.classification, r.reason, r.links_to)
                    for r in history.records
                ),
            )
            # an edit acts at its own time, through the same code as a live edit
            edited = {e.source_id: e for e in edits}
            outcomes: list[LiveOutcome] = []
            events = [(e.time, partial(self._apply_edit, target, e, outcomes)) for e in edits]
            signals = [s for s in history.signals if s.source_id not in edited]
            fresh = [
                t
                for t in history.trades
                if t.source_id not in edited or edited[t.source_id].was_signal
            ]
            written = self._write(
                target.id, fresh, signals, reporter, events=events, closes=history.trades
            )
        notes = (*export.notes, *reimport.edit_notes(outcomes), *reimport.missing_note(missing))
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
            accepted=written.accepted + sum(o.accepted for o in outcomes),
            rejected=written.rejected + sum(o.rejected for o in outcomes),
            notes=notes,
            trades_created=written.trades_created,
            signals_created=written.signals_created + sum(o.signals for o in outcomes),
            edits_applied=len(outcomes),
            missing_from_export=missing,
        )

    def _apply_edit(self, trader: Trader, edit: reimport.Edit, outcomes: list[LiveOutcome]) -> None:
        outcomes.append(self._messages.apply(trader, edit.as_live(trader.id)))

    # -- generic trade-history files --------------------------------------------------------
    def import_csv(
        self,
        path: Path | str,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> list[TradeFileReport]:
        """Import a trade-history file (generic format, see sources/trade_csv.py): every row
        is checked first, then all traders' trades and signals are written in one
        transaction; rows imported before are skipped."""
        path = Path(path)
        reporter = Reporter(path.name, progress, cancelled)
        try:
            histories = trade_csv.read_trade_file(path, progress, cancelled)
        except BadRowsError:
            raise
        except ValidationError as exc:
            raise with_hint(exc, path, FileKind.GENERIC_TRADES) from None
        reports = []
        with self._store.write():
            for name, history in histories.items():
                reporter.check()
                existing = self._find(name)
                trader = existing or self._traders.add(name=name, source=Source.MANUAL)
                if existing is not None and history.derived_ids:
                    stored = trade_repo.trades_with_row_hash_ids(trader.id)
                    history = trade_csv.adopt_stored_ids(history, stored)
                written = self._write(trader.id, history.trades, history.signals, reporter)
                before = len(history.trades) - written.trades_created
                skipped = dict(history.skipped)
                if before:
                    skipped["Row imported before."] = before
                reports.append(
                    TradeFileReport(
                        trader=trader.name,
                        created_trader=existing is None,
                        rows=len(history.trades) + sum(history.skipped.values()),
                        new_trades=written.trades_created,
                        accepted=written.accepted,
                        rejected=written.rejected,
                        signals_created=written.signals_created,
                        trades_closed=written.trades_closed,
                        skipped=skipped,
                    )
                )
        return reports

    import_trades = import_csv  # the command's former name

    # -- Binance futures trade history ------------------------------------------------------
    def import_binance(
        self,
        path: Path | str,
        trader: str | None = None,
        leverage: float = 1.0,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> BinanceImportReport:
        """Import a Binance USDⓈ-M futures trade-history export into ``trader`` (created,
        source binance, when missing; default name from the file's Uid, else from what the
        account traded and since when, e.g. "Binance BTC/ETH account since 2026-01").
        ``leverage`` (1–125) applies to every trade: the export has none."""
        path = Path(path)
        reporter = Reporter(path.name, progress, cancelled)
        try:
            history = binance_trade_history.read_trade_history(path, leverage, progress, cancelled)
        except BadRowsError:
            raise
        except ValidationError as exc:
            raise with_hint(exc, path, FileKind.BINANCE_TRADES) from None
        uid = next(iter(history.uids)) if len(history.uids) == 1 else ""
        name = trader or (f"Binance {uid}" if uid else _account_name(history.trades))
        # an account's own export, not a leaderboard profile: the poller does not read it
        reference = f"{binance_trade_history.ACCOUNT_REF_PREFIX}{uid}" if uid else ""
        with self._store.write():
            existing = self._find(name)
            target = existing or self._traders.add(
                name=name, source=Source.BINANCE, source_ref=reference
            )
            trades, signals = history.trades, history.signals
            if existing is not None and history.derived_ids:
                stored = trade_repo.trades_with_row_hash_ids(target.id, prefix="binance:")
                trades, signals, _ = trade_identity.adopt_stored_ids(
                    trades, signals, history.derived_ids, stored
                )
            written = self._write(target.id, trades, signals, reporter)
        return BinanceImportReport(
            file=path.name,
            trader=target.name,
            created_trader=existing is None,
            rows_read=history.fills,
            trades_found=len(history.trades),
            open_trades=sum(1 for t in history.trades if t.exit_time is None),
            trades_created=written.trades_created,
            trades_closed=written.trades_closed,
            signals_created=written.signals_created,
            already_imported=written.duplicates,
            accepted=written.accepted,
            rejected=written.rejected,
            leverage=float(leverage),
            skipped=dict(history.skipped),
            notes=tuple(history.notes),
        )

    # -- previews and records ---------------------------------------------------------------
    def preview_table(self, path: Path | str, kind: TableFormat) -> TablePreview:
        """The file's columns matched to the format's fields and its first rows (for a look
        before importing); nothing is written."""
        module = binance_trade_history if kind == "binance" else trade_csv
        return module.preview(Path(path))

    @staticmethod
    def table_fields(kind: TableFormat) -> tuple[FieldSpec, ...]:
        return binance_trade_history.FIELDS if kind == "binance" else trade_csv.FIELDS

    def messages(
        self, trader: str | int, classification: str | None = None
    ) -> list[source_messages.StoredMessage]:
        """Messages read for a trader, optionally only one classification (e.g. needs_review)."""
        return source_messages.list_messages(self._traders.get(trader).id, classification)

    # -- writing ----------------------------------------------------------------------------
    def _write(
        self,
        trader_id: int,
        trades: Sequence[TraderTrade],
        signals: Sequence[Signal],
        reporter: Reporter,
        *,
        events: Sequence[tuple[datetime, Callable[[], object]]] = (),
        closes: Sequence[TraderTrade] | None = None,
    ) -> _Written:
        """Signals through the pipeline in batches, in time order with ``events`` (each run
        once every signal received up to its time is in), then trades — ``closes`` (default
        ``trades``) may close stored open ones. Inside the caller's transaction: a cancel
        between batches unwinds all of it."""
        reporter.check()
        ordered = sorted(signals, key=lambda s: (s.received_time, s.source_id))
        pending = sorted(events, key=lambda e: e[0])
        accepted = rejected = duplicates = 0
        reporter.report(COPY_RULES, 0, len(ordered))
        times = [s.received_time for s in ordered]
        for step in batches(times, [e[0] for e in pending], SIGNAL_CHUNK):
            reporter.check()
            if isinstance(step, int):
                pending[step][1]()
                continue
            start, end = step
            batch = self._pipeline.process_many(trader_id, ordered[start:end])
            accepted += batch.accepted
            rejected += batch.rejected
            duplicates += batch.duplicates
            reporter.report(COPY_RULES, end, len(ordered))
        reporter.check()
        created = trade_repo.insert_trades(trader_id, trades)
        closed = trade_updates.close_stored_open_trades(
            trader_id, trades if closes is None else closes
        )
        reporter.check()
        return _Written(created, closed, len(ordered) - duplicates, duplicates, accepted, rejected)

    def _find(self, name: str) -> Trader | None:
        matches = [t for t in self._traders.list() if t.name.lower() == name.lower()]
        return matches[0] if matches else None


def _account_name(trades: Sequence[TraderTrade]) -> str:
    """A name for an export without a Uid: its most traded symbols and first month, the same
    for the same file (re-importing it adds to the same trader), never the file's name."""
    if not trades:
        return "Binance account"
    counts = Counter(t.symbol for t in trades)
    top = [symbol for symbol, _ in counts.most_common(3)]
    more = "…" if len(counts) > 3 else ""
    since = min(t.entry_time for t in trades)
    return f"Binance {'/'.join(top)}{more} account since {since:%Y-%m}"
