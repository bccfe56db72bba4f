"""Live execution goes through this interface; an exchange connector implements it.

Until one exists, :class:`NoExchange` is used: the decision is recorded and the message says
plainly that no order was sent — a live signal is never silently dropped or faked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from tradermanager.domain.models import Signal


@dataclass(frozen=True, slots=True)
class OrderResult:
    sent: bool
    message: str  # appended to the decision's sentence
    fill_price: float | None = None


class LiveExecutor(Protocol):
    def open(self, signal: Signal, margin: float) -> OrderResult: ...

    def close(self, signal: Signal) -> OrderResult: ...


class NoExchange:
    """No exchange connected: nothing is sent, and the user is told so."""

    MESSAGE = "Live execution is not connected to an exchange: no order was sent."

    def open(self, signal: Signal, margin: float) -> OrderResult:
        return OrderResult(False, self.MESSAGE)

    def close(self, signal: Signal) -> OrderResult:
        return OrderResult(False, self.MESSAGE)
