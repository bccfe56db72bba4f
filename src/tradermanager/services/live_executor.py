"""The pipeline's live seam for one live trader: inside the pipeline's transaction it records
what should be sent (a live copy to open, or a follow-up of one), and asks for it to be sent
once that transaction has committed — so nothing reaches the exchange that is not on disk,
and a signal the pipeline rolls back sends nothing.

Checked here, before anything is queued (the decision then says why nothing was sent): no
exchange connected; the signal is older than :data:`MAX_SIGNAL_AGE` (an import of history,
or a source that fell behind); the daily loss limit stopped live copying for today; it
gives no stop-loss (a live copy is never sent unprotected); its stop is on the wrong side
of its price; another live copy holds the opposite side of the symbol (one-way accounts net
them into one position).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import OrderType, RejectReason, SignalKind
from tradermanager.domain.execution import NoExchange, OrderResult
from tradermanager.domain.models import Signal, Trader
from tradermanager.services.market_data import contract_symbol
from tradermanager.store import live_guards as guard_repo
from tradermanager.store import live_positions as repo
from tradermanager.store.fields import to_millis

MAX_SIGNAL_AGE = timedelta(minutes=2)
DAY_MS = 86_400_000
QUEUED = "Sending it to the exchange."


def signal_ref(trader_id: int, source_id: str) -> str:
    """The key of a live copy and of its orders' client ids."""
    return f"{trader_id}:{source_id}"


def live_leverage(signal_leverage: float, max_leverage: float) -> int:
    """Binance takes whole leverage: the signal's, capped by the trader's maximum, rounded
    down (12.5× is copied at 12×), at least 1×."""
    return max(int(min(signal_leverage, max_leverage)), 1)


class LiveTraderExecutor:
    """``connected`` says whether an exchange is connected now; ``dispatch_after_commit``
    sends what was queued once the current write has committed."""

    def __init__(
        self,
        trader: Trader,
        clock: Clock,
        connected: Callable[[], bool],
        dispatch_after_commit: Callable[[], None],
    ) -> None:
        self._trader = trader
        self._clock = clock
        self._connected = connected
        self._dispatch = dispatch_after_commit

    def holds(self, signal: Signal) -> bool:
        return (
            repo.active_copy(self._trader.id, contract_symbol(signal.symbol), signal.side)
            is not None
        )

    def _too_old(self, signal: Signal) -> OrderResult | None:
        age = self._clock.now() - signal.received_time
        if age <= MAX_SIGNAL_AGE:
            return None
        minutes = age.total_seconds() / 60
        return OrderResult(
            False,
            f"The signal is {minutes:,.1f} minutes old; live orders are sent only for signals "
            f"at most {MAX_SIGNAL_AGE.total_seconds() / 60:g} minutes old (an import of past "
            "signals, or a source that fell behind): no order was sent.",
            refused=RejectReason.LIVE_ORDER_REFUSED,
        )

    def open(self, signal: Signal, margin: float) -> OrderResult:
        if not self._connected():
            return OrderResult(False, NoExchange.MESSAGE)
        stale = self._too_old(signal)
        if stale is not None:
            return stale
        if guard_repo.blocked_day() == to_millis(self._clock.now()) // DAY_MS:
            return OrderResult(
                False,
                "The daily loss limit was reached on live copies today (UTC): no new live "
                "copy until the next UTC day; no order was sent.",
                refused=RejectReason.DAILY_LOSS_LIMIT,
            )
        if signal.stop_loss is None:
            return OrderResult(
                False,
                "The signal gives no stop-loss, and a live copy is never sent without one: "
                "no order was sent.",
                refused=RejectReason.NO_STOP_LOSS,
            )
        direction = signal.side.direction
        if direction * (signal.price - signal.stop_loss) <= 0:
            return OrderResult(
                False,
                f"The stop-loss {signal.stop_loss:g} is not on the losing side of the price "
                f"{signal.price:g} for a {signal.side.value}: no order was sent.",
                refused=RejectReason.LIVE_ORDER_REFUSED,
            )
        contract = contract_symbol(signal.symbol)
        limit_open = self._trader.settings.max_open
        mine = repo.active_count(self._trader.id)
        if limit_open and mine >= limit_open:
            return OrderResult(
                False,
                f"{mine} live copies of {self._trader.name} are open, the most allowed "
                f"({limit_open}): no order was sent.",
                refused=RejectReason.MAX_TRADER_POSITIONS,
            )
        opposite = [row for row in repo.active_in_symbol(contract) if row.side != signal.side.value]
        if opposite:
            return OrderResult(
                False,
                f"Another live copy holds the opposite side of {contract}; the exchange "
                "account nets both sides into one position (one-way mode), so this copy is "
                "not sent.",
                refused=RejectReason.LIVE_ORDER_REFUSED,
            )
        limit = signal.order_type is OrderType.LIMIT
        prices = list(signal.entries) if signal.entries else [signal.price]
        repo.insert_request(
            repo.LiveRequest(
                trader_id=self._trader.id,
                signal_ref=signal_ref(self._trader.id, signal.source_id),
                source_id=signal.source_id,
                symbol=contract,
                side=signal.side,
                leverage=live_leverage(signal.leverage, self._trader.settings.max_leverage),
                margin=margin,
                limit_price=sum(prices) / len(prices) if limit else None,
                stop_loss=signal.stop_loss,
                take_profits=_targets(signal, sum(prices) / len(prices)),
                requested_ms=to_millis(self._clock.now()),
            )
        )
        self._dispatch()
        return OrderResult(True, QUEUED)

    def follow_up(self, signal: Signal) -> OrderResult:
        copy = repo.active_copy(self._trader.id, contract_symbol(signal.symbol), signal.side)
        assert copy is not None  # decide() accepts a follow-up only for a held copy
        if not self._connected():
            return OrderResult(
                False,
                f"{NoExchange.MESSAGE} The live copy on the exchange is unchanged: act on it "
                "there.",
            )
        now = to_millis(self._clock.now())
        ref = signal_ref(self._trader.id, signal.source_id)
        queued = []
        if signal.kind is SignalKind.CLOSE:
            fraction = min(max(signal.close_fraction, 0.0), 1.0)
            repo.insert_action(
                copy.id, ref, signal.source_id, "close", fraction=fraction, requested_ms=now
            )
            queued.append("close" if fraction >= 1 else f"close {fraction:.0%}")
        elif signal.kind is SignalKind.CANCEL:
            repo.insert_action(copy.id, ref, signal.source_id, "cancel", requested_ms=now)
            queued.append("cancel the unfilled entry")
        else:
            if signal.stop_loss is not None or signal.take_profits:
                repo.insert_action(
                    copy.id,
                    ref,
                    signal.source_id,
                    "protect",
                    stop_loss=signal.stop_loss,
                    take_profits=_targets(
                        signal, copy.entry_price or copy.limit_price or signal.price
                    ),
                    requested_ms=now,
                )
                queued.append("move the stop and targets")
            if signal.target_hit is not None and signal.target_hit > 0:
                repo.insert_action(
                    copy.id,
                    f"{ref}:target",
                    signal.source_id,
                    "target",
                    fraction=float(signal.target_hit),
                    requested_ms=now,
                )
                queued.append(f"take-profit {signal.target_hit} reached: close its share")
            if 0 < signal.close_fraction < 1:
                repo.insert_action(
                    copy.id,
                    f"{ref}:close",
                    signal.source_id,
                    "close",
                    fraction=signal.close_fraction,
                    requested_ms=now,
                )
                queued.append(f"close {signal.close_fraction:.0%}")
        if not queued:
            return OrderResult(
                False, "Nothing in it changes the live copy's orders: no order was sent."
            )
        self._dispatch()
        return OrderResult(True, f"Live: {' and '.join(queued)}. {QUEUED}")


def _targets(signal: Signal, reference: float) -> tuple[float, ...]:
    """Take-profits beyond ``reference`` (the entry), nearest first, as the engine keeps them."""
    direction = signal.side.direction
    kept = [t for t in signal.take_profits if direction * (t - reference) > 0]
    return tuple(sorted(kept, key=lambda t: direction * t))
