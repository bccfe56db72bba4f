"""Live execution goes through this interface; the live-copy service implements it.

Without an exchange connection, :class:`NoExchange` is used: the decision is recorded and the
message says plainly that no order was sent — a live signal is never silently dropped or faked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from tradermanager.domain.enums import RejectReason
from tradermanager.domain.models import Signal


@dataclass(frozen=True, slots=True)
class OrderResult:
    """``message`` is appended to the decision's sentence; with ``refused`` set the decision
    becomes a rejection with that reason (nothing was or will be sent)."""

    sent: bool
    message: str
    fill_price: float | None = None
    refused: RejectReason | None = None


class LiveExecutor(Protocol):
    def holds(self, signal: Signal) -> bool:
        """Whether a live copy of this trader is open in the signal's symbol and side."""
        ...

    def open(self, signal: Signal, margin: float) -> OrderResult:
        """Open a live copy of ``signal`` with ``margin`` USD (the paper sizing)."""
        ...

    def follow_up(self, signal: Signal) -> OrderResult:
        """Close (all or part), move the stop or targets of, or cancel the open live copy."""
        ...


class NoExchange:
    """No exchange connected: nothing is sent, and the user is told so."""

    MESSAGE = "Live execution is not connected to an exchange: no order was sent."

    def holds(self, signal: Signal) -> bool:
        return False

    def open(self, signal: Signal, margin: float) -> OrderResult:
        return OrderResult(False, self.MESSAGE)

    def follow_up(self, signal: Signal) -> OrderResult:
        return OrderResult(False, self.MESSAGE)
