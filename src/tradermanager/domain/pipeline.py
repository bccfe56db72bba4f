"""The copy pipeline as a pure function: signal in → decide → size → execute (paper).

The live pipeline, bulk imports, the demo portfolio and backtests all run signals through
:func:`run_signals`, so there is exactly one copy of the rules. It keeps my open positions
(per token and side) in memory; the caller persists what comes out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from tradermanager.domain.enums import ExecutionMode, Side, SignalKind
from tradermanager.domain.execution import LiveExecutor, NoExchange
from tradermanager.domain.models import CopiedTrade, Decision, Signal
from tradermanager.domain.paper import (
    ExecutionCosts,
    close_paper_trade,
    is_liquidated_at,
    liquidate,
    open_paper_trade,
    position_size,
)
from tradermanager.domain.rules import decide
from tradermanager.domain.settings import TraderSettings


@dataclass(frozen=True, slots=True)
class PipelineContext:
    """Everything besides the signal that the outcome depends on."""

    settings: TraderSettings
    base_size: float
    costs: ExecutionCosts
    require_confidence: bool = False
    archived: bool = False
    live: LiveExecutor = field(default_factory=NoExchange)

    @property
    def mode(self) -> ExecutionMode:
        return ExecutionMode.PAPER if self.settings.paper_only else ExecutionMode.LIVE


@dataclass(frozen=True, slots=True)
class Step:
    """One signal's outcome: the decision, and the position it opened or closed (if any)."""

    signal: Signal
    decision: Decision
    opened: CopiedTrade | None = None
    closed: CopiedTrade | None = None


@dataclass
class OpenBook:
    """My open copied positions of one trader, keyed by (token, side)."""

    positions: dict[tuple[str, Side], CopiedTrade] = field(default_factory=dict)


def _live_step(signal: Signal, context: PipelineContext) -> Step:
    """A live trader's new signal, or a follow-up of a copy it holds live: the executor acts
    (or says why not, or that no exchange is connected)."""
    decision = decide(
        signal,
        context.settings,
        holds_position=context.live.holds(signal),
        archived=context.archived,
        require_confidence=context.require_confidence,
    )
    if not decision.accepted:
        return Step(signal, decision)
    if signal.kind is SignalKind.OPEN:
        margin = position_size(context.base_size, context.settings.multiplier)
        result = context.live.open(signal, margin)
    else:
        result = context.live.follow_up(signal)
    if result.refused is not None:
        return Step(signal, Decision.reject(result.refused, result.message))
    return Step(signal, Decision.accept(f"{decision.message} {result.message}"))


def process_signal(signal: Signal, context: PipelineContext, book: OpenBook) -> Step:
    """Decide and execute one signal, updating ``book``. A copy stays in the mode it was
    opened in: a follow-up of a paper copy is handled on paper after the trader went live."""
    key = (signal.symbol, signal.side)
    if context.mode is ExecutionMode.LIVE and key not in book.positions:
        return _live_step(signal, context)
    decision = decide(
        signal,
        context.settings,
        holds_position=key in book.positions,
        archived=context.archived,
        require_confidence=context.require_confidence,
    )
    if not decision.accepted:
        return Step(signal, decision)
    if signal.kind is SignalKind.OPEN:
        margin = position_size(context.base_size, context.settings.multiplier)
        opened = open_paper_trade(signal, margin, context.costs, ExecutionMode.PAPER)
        book.positions[key] = opened
        return Step(signal, decision, opened=opened)
    if signal.kind is not SignalKind.OPEN and signal.close_fraction < 1.0:
        return Step(signal, Decision.accept(_partial_close_message(signal, decision.message)))
    if signal.kind is SignalKind.CLOSE:
        position = book.positions.pop(key)
        closed = close_paper_trade(position, signal.price, signal.received_time, context.costs)
        return Step(signal, decision, closed=closed)
    return Step(signal, decision)


def _partial_close_message(signal: Signal, accepted: str) -> str:
    """A partial close is not booked here: this record has no partial closes, and booking the
    whole position closed would be wrong. The paper account (``domain.engine``) books it."""
    share = f"{signal.close_fraction * 100:.4g} %"
    return (
        f"{accepted} The trader closes {share} of the position: this copy record books whole "
        f"closes only, so it keeps the copy open in full; the paper account closes the {share}."
    )


def run_signals(
    signals: Iterable[Signal], context: PipelineContext, book: OpenBook | None = None
) -> Iterator[Step]:
    """Process ``signals`` in the order given (callers sort by time)."""
    book = book if book is not None else OpenBook()
    for signal in signals:
        yield process_signal(signal, context, book)


def liquidations_at(
    book: OpenBook, symbol: str, price: float, at: datetime, costs: ExecutionCosts
) -> list[CopiedTrade]:
    """Liquidate every open position in ``symbol`` whose limit ``price`` reaches."""
    hit = []
    for key, position in list(book.positions.items()):
        if key[0] == symbol and is_liquidated_at(position, price, costs):
            hit.append(liquidate(position, at, costs))
            del book.positions[key]
    return hit
