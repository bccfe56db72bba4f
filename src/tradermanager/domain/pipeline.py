"""The copy pipeline as a pure function: signal in → decide → route (paper or live).

The live pipeline, bulk imports and the demo portfolio run signals through
:func:`run_signals`, so there is exactly one copy of the rules. It keeps the tokens and sides
I hold on paper in a book, which decides whether a follow-up concerns a copy of mine; the
caller persists the decisions. Paper copies themselves are the execution engine's
(``domain.engine``, replayed on candles by the paper account); the only copies this module
still books are those release 0.1.0 recorded, closed by the trader's close as that release
did.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from tradermanager.domain.enums import ExecutionMode, Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.execution import LiveExecutor, NoExchange
from tradermanager.domain.models import CopiedTrade, Decision, Signal
from tradermanager.domain.paper import ExecutionCosts, close_paper_trade, position_size
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
    """One signal's outcome: the decision; whether it went to my paper account (an opening
    the paper account copies, or a follow-up of a paper copy); and the copy recorded by
    release 0.1.0 that it closed, if any."""

    signal: Signal
    decision: Decision
    closed: CopiedTrade | None = None
    paper: bool = False


@dataclass
class OpenBook:
    """The tokens and sides I hold on paper for one trader: a copy release 0.1.0 recorded,
    or None for one of the paper account (the engine's, which this module does not size)."""

    positions: dict[tuple[str, Side], CopiedTrade | None] = field(default_factory=dict)


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
        if not signal.price > 0:  # the paper account places limits and targets from it
            raise ValidationError("price", signal.price, "a price above 0")
        book.positions[key] = None
        return Step(signal, decision, paper=True)
    recorded = book.positions.get(key)
    if signal.close_fraction < 1.0:
        if recorded is not None:
            decision = Decision.accept(_partial_close_message(signal, decision.message))
        return Step(signal, decision, paper=True)
    if signal.kind is SignalKind.CLOSE:
        book.positions.pop(key)
        closed = (
            close_paper_trade(recorded, signal.price, signal.received_time, context.costs)
            if recorded is not None
            else None
        )
        return Step(signal, decision, closed=closed, paper=True)
    return Step(signal, decision, paper=True)


def _partial_close_message(signal: Signal, accepted: str) -> str:
    """A partial close of a copy release 0.1.0 recorded: that record has no partial closes,
    and booking the whole position closed would be wrong. The paper account books it."""
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
