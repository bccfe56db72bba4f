"""The copy pipeline with a memory: every signal is stored with exactly one decision.

``process`` handles one signal (CLI, live sources); ``process_many`` runs an ordered batch
for one trader in a single transaction (imports, the demo portfolio). Both use the pure
``domain.pipeline`` functions, so the rules exist once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import SignalKind
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.execution import LiveExecutor, NoExchange
from tradermanager.domain.models import ProcessResult, Signal, StoredSignal, Trader
from tradermanager.domain.pipeline import OpenBook, PipelineContext, Step, run_signals
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.live_copies import LiveCopyService
from tradermanager.store import pipeline_book as book_repo
from tradermanager.store import pipeline_bulk as bulk_repo
from tradermanager.store import signals as repo
from tradermanager.store import traders as trader_repo
from tradermanager.store.connection import Store


@dataclass(frozen=True, slots=True)
class BatchReport:
    """Signals of a batch; ``opened``/``closed``: openings my paper account copies and full
    closes of what it holds."""

    received: int
    duplicates: int
    accepted: int
    rejected: int
    opened: int
    closed: int


class PipelineService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        app_settings: AppSettingsService,
        live: LiveCopyService | None = None,
    ) -> None:
        """``live``: where a live trader's accepted signals go (None: nowhere, the decision
        says no exchange is connected)."""
        self._store = store
        self._clock = clock
        self._app_settings = app_settings
        self._live = live

    def _trader(self, ref: int | str) -> Trader:
        if isinstance(ref, int):
            return trader_repo.row_to_trader(trader_repo.get_row(ref))
        trader = trader_repo.find_by_name(ref, include_archived=True)
        if trader is None:
            raise NotFoundError(f"no trader named {ref!r}")
        return trader

    def _context(self, trader: Trader) -> PipelineContext:
        app = self._app_settings.get()
        live: LiveExecutor = NoExchange()
        if self._live is not None and not trader.settings.paper_only:
            live = self._live.executor(trader)  # a paper trader never reaches the exchange
        return PipelineContext(
            settings=trader.settings,
            base_size=app.base_size,
            costs=app.costs,
            require_confidence=app.require_confidence,
            archived=trader.archived_at is not None,
            live=live,
        )

    @staticmethod
    def _book(trader: Trader) -> OpenBook:
        """What the trader's copies hold on paper, as its stored decisions say: the open
        copies release 0.1.0 recorded, then every accepted opening made while it was copied
        on paper and every accepted full close since."""
        book = OpenBook()
        for copy in book_repo.recorded_open_copies(trader.id):
            book.positions[(copy.symbol, copy.side)] = copy
        timeline = trader_repo.timeline_of(trader)
        for event in book_repo.book_events(trader.id):
            key = (event.symbol, event.side)
            if not event.opens:
                book.positions.pop(key, None)
            elif timeline.state_at(event.decided_at).paper:
                book.positions[key] = None
        return book

    def process(self, trader_ref: int | str, signal: Signal) -> ProcessResult:
        """Decide, execute and record one signal; a signal seen before is not copied again."""
        with self._store.write():
            trader = self._trader(trader_ref)
            existing = repo.find_signal_id(trader.id, signal.source_id)
            if existing is not None:
                stored = repo.get_stored_signal(existing)
                assert stored is not None and stored.decision is not None
                return ProcessResult(existing, stored.decision, duplicate=True)
            step = next(run_signals([signal], self._context(trader), self._book(trader)))
            signal_id = bulk_repo.insert_step_rows(
                bulk_repo.step_rows(trader.id, [step], self._clock.now())
            )
        decision = step.decision
        if not trader.settings.paper_only:  # the exchange's answer, written after the commit
            stored = repo.get_stored_signal(signal_id)
            decision = stored.decision if stored and stored.decision else decision
        return ProcessResult(signal_id, decision, copied_trade=step.closed, paper=step.paper)

    def process_many(self, trader_ref: int | str, signals: Iterable[Signal]) -> BatchReport:
        """Process signals for one trader in time order, in one transaction, in bulk."""
        ordered = sorted(signals, key=lambda s: (s.received_time, s.source_id))
        with self._store.write():
            trader = self._trader(trader_ref)
            seen = bulk_repo.existing_source_ids(trader.id)
            fresh = []
            for signal in ordered:
                if signal.source_id not in seen:
                    seen.add(signal.source_id)
                    fresh.append(signal)
            steps = list(run_signals(fresh, self._context(trader), self._book(trader)))
            bulk_repo.insert_step_rows(bulk_repo.step_rows(trader.id, steps, self._clock.now()))
        return _report(len(ordered), steps)

    def signals(
        self, trader_ref: int | str | None = None, *, limit: int | None = None
    ) -> list[StoredSignal]:
        """Stored signals, newest first, each with its decision and reason."""
        trader_id = self._trader(trader_ref).id if trader_ref is not None else None
        return repo.list_signals(trader_id, limit=limit)


def _on_paper(step: Step, kind: SignalKind) -> bool:
    return step.paper and step.decision.accepted and step.signal.kind is kind


def _report(received: int, steps: Sequence[Step]) -> BatchReport:
    accepted = sum(1 for s in steps if s.decision.accepted)
    return BatchReport(
        received=received,
        duplicates=received - len(steps),
        accepted=accepted,
        rejected=len(steps) - accepted,
        opened=sum(1 for s in steps if _on_paper(s, SignalKind.OPEN)),
        closed=sum(1 for s in steps if _on_paper(s, SignalKind.CLOSE)),
    )
