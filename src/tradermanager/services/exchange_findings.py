"""Reconciliation's findings as the user reviews them: listed (open ones first), and
acknowledged one by one. Reading is safe from any thread."""

from __future__ import annotations

from tradermanager.domain.clock import Clock
from tradermanager.domain.live_findings import ExchangeFinding
from tradermanager.store import exchange_findings as repo
from tradermanager.store.connection import Store
from tradermanager.store.fields import to_millis


class ExchangeFindingsService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def findings(self, *, include_resolved: bool = False) -> list[ExchangeFinding]:
        """Open findings and stops placed again that were not acknowledged; with
        ``include_resolved`` every finding kept (the newest 500)."""
        return repo.listed(include_resolved=include_resolved)

    def acknowledge(self, finding_id: int) -> ExchangeFinding:
        """The user has seen it: it no longer counts in the status bar's warning. An open
        finding stays listed until the exchange matches the records again. Raises
        NotFoundError for an unknown id."""
        with self._store.write():
            return repo.acknowledge(finding_id, to_millis(self._clock.now()))
