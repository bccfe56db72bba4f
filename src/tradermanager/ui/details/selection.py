"""What the details show: one trader and window, and the service results the tabs share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.services import Services


class Selection:
    """One trader and window. The metrics snapshot is read once and shared by the tabs that
    need it (leverage, drawdowns, tail risk, signal quality)."""

    def __init__(self, services: Services, trader_id: int, window: str) -> None:
        self.services = services
        self.trader_id = trader_id
        self.window = window
        self._values: Mapping[str, Any] | None = None
        self._copies: list[OpenCopy | ClosedCopy] | None = None
        self._estimated: frozenset[str] | None = None

    def values(self) -> Mapping[str, Any]:
        """The cached snapshot's values (keys: docs/metrics.md); empty until the background
        refresh has computed them — the details never compute on the GUI thread."""
        if self._values is None:
            snapshot = self.services.metrics.cached_metrics(self.trader_id, self.window)
            self._values = snapshot.values if snapshot is not None else {}
        return self._values

    def paper_copies(self) -> list[OpenCopy | ClosedCopy]:
        """The trader's stored paper positions, open and closed, with their fills (as of the
        last replay of the paper account): read once for the positions and the equity plot."""
        if self._copies is None:
            self._copies = self.services.paper.positions(self.trader_id, include_closed=True)
        return self._copies

    def estimated_brackets(self) -> frozenset[str]:
        """The tokens of the paper copies whose leverage brackets are unknown: their
        liquidation prices stand on the estimated table."""
        if self._estimated is None:
            tables = self.services.market.brackets.tables(c.symbol for c in self.paper_copies())
            self._estimated = frozenset(s for s, t in tables.items() if t.estimated)
        return self._estimated


class DetailsTab(Protocol):
    """A tab of the details panel: renders what the services return, computes nothing."""

    def load(self, selection: Selection) -> None: ...

    def clear(self) -> None: ...
