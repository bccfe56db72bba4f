"""The event loop: signals, fills, exits and funding in time order on one account.

Times are ms since the epoch (UTC). A signal reaches the market ``lag_seconds`` after it was
received and acts at the open of the first candle starting then or later, so no fill ever
uses a candle that started before the signal arrived. Within one instant: funding settles
first, then signals act at the candle's open, then what happens inside candles (fills of
resting orders, stops, targets, liquidations).
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from tradermanager.domain.engine.brackets import BracketTable
from tradermanager.domain.engine.costs import (
    FUNDING_INTERVAL_MS,
    EngineCosts,
    funding_payment,
    taker_fill,
)
from tradermanager.domain.engine.market import CandleSeries, Market
from tradermanager.domain.engine.position import EntryLeg, Position
from tradermanager.domain.engine.results import (
    ClosedCopy,
    EngineAlert,
    EngineDecision,
    EngineResult,
    ExitReason,
)
from tradermanager.domain.engine.rules import AccountGuards, CopyRules, SizingMode
from tradermanager.domain.engine.scan import Hit, Trigger, first_exit, first_touch
from tradermanager.domain.engine.sizing import Sized, size_margin
from tradermanager.domain.enums import OrderType, RejectReason, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.domain.rules import decide
from tradermanager.domain.settings import TraderSettings

DAY_MS = 86_400_000
PROGRESS_EVERY = 2000  # signals between progress reports

Progress = Callable[[int, int], bool]  # (signals done, total) → False to stop


class RunCancelled(Exception):
    """The caller's progress callback asked to stop."""


_FUNDING, _SIGNAL, _POSITION, _CLOSE_ALL = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class TraderFeed:
    """One trader's signals (any order) with the settings and rules they are copied under."""

    name: str
    settings: TraderSettings
    signals: Sequence[Signal]
    rules: CopyRules = field(default_factory=CopyRules)
    archived: bool = False
    require_confidence: bool = False


def run_engine(
    feeds: Sequence[TraderFeed],
    market: Market,
    costs: EngineCosts,
    capital: float,
    guards: AccountGuards | None = None,
    close_all_ms: int | None = None,
    progress: Progress | None = None,
) -> EngineResult:
    """Replay ``feeds`` on ``market`` from ``capital`` USD; deterministic. ``close_all_ms``:
    the user closes every copy at that instant (at the next candle's open). ``progress`` is
    called every PROGRESS_EVERY signals; returning False raises RunCancelled."""
    run = _Run(market, costs, capital, guards or AccountGuards())
    run.progress = progress
    return run.run(feeds, close_all_ms)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _bracket_refusal(
    symbol: str, leverage: float, notional: float, allowed: float, table: BracketTable
) -> str:
    """Why Binance would refuse the order (-2027, or a leverage it does not offer)."""
    if allowed <= 0:
        return f"{symbol} allows at most {table.max_leverage:g}x; the copy asks for {leverage:g}x."
    return (
        f"A {leverage:g}x position in {symbol} may hold at most ${allowed:,.0f} notional "
        f"(its leverage brackets); the copy needs ${notional:,.2f}."
    )


def market_ms(signal: Signal, lag_seconds: float) -> int:
    """When ``signal`` reaches the market, in whole ms rounded up (never before it)."""
    micros = (signal.received_time - _EPOCH) // timedelta(microseconds=1)
    micros += math.ceil(lag_seconds * 1_000_000)
    return -(-micros // 1000)


class _Run:
    def __init__(
        self, market: Market, costs: EngineCosts, capital: float, guards: AccountGuards
    ) -> None:
        if not math.isfinite(capital) or capital <= 0:
            raise ValueError("capital must be a USD amount above 0")
        self.market, self.costs, self.guards = market, costs, guards
        self.capital = capital
        self.cash = capital
        self.committed = 0.0  # isolated margin of open copies + margin held by resting orders
        self.positions: dict[int, Position] = {}
        self.by_key: dict[tuple[str, str, int], int] = {}
        self.heap: list[tuple[int, int, int, int, object]] = []
        self.seq = 0
        self.next_id = 1
        self.decisions: list[EngineDecision] = []
        self.closed: list[ClosedCopy] = []
        self.alerts: list[EngineAlert] = []
        self.alerted: set[tuple[str, str | None, int]] = set()
        self.history: list[tuple[int, float, float]] = []
        self.day = -1
        self.day_start_cash = capital
        self.day_start_equity = capital
        self.blocked_day = -1
        self.trader_pnl: dict[str, float] = defaultdict(float)
        self.open_by_trader: dict[str, int] = defaultdict(int)
        self.paused: set[str] = set()
        self.restarted: dict[str, int] = defaultdict(int)  # copy_stop_restarts applied
        self.resumes = False  # some trader has copy_stop_restarts
        self.feeds: dict[str, TraderFeed] = {}
        self.followups: dict[tuple[str, str, int], list[int]] = defaultdict(list)
        self.market_end = 0
        self.funding_times: np.ndarray = np.empty(0, np.int64)
        self.last_ms = 0
        self.progress: Progress | None = None

    # ---- the loop -------------------------------------------------------------------

    def run(self, feeds: Sequence[TraderFeed], close_all_ms: int | None = None) -> EngineResult:
        if close_all_ms is not None:
            self._push(close_all_ms, _CLOSE_ALL, None)
        # Signals are merged in time order with the heap of the other events, not pushed on
        # it: most replays have far more signals than fills and exits.
        incoming: list[tuple[int, int, str, Signal, int]] = []
        for feed in feeds:
            self.feeds[feed.name] = feed
            self.resumes = self.resumes or bool(feed.rules.copy_stop_restarts)
            for signal in feed.signals:
                at = market_ms(signal, self.costs.lag_seconds)
                series = self.market.series(signal.symbol)
                index = series.index_at_or_after(at) if series is not None else 0
                if series is None or index >= len(series):
                    self._decide_without_market(feed, signal, at)
                    continue
                if signal.kind is not SignalKind.OPEN:
                    self.followups[(feed.name, signal.symbol, signal.side.direction)].append(index)
                incoming.append(
                    (int(series.open_time[index]), len(incoming), feed.name, signal, index)
                )
        incoming.sort()
        for indexes in self.followups.values():
            indexes.sort()
        self.market_end = max(
            (int(s.open_time[-1]) + s.interval_ms for s in self.market.candles.values() if len(s)),
            default=0,
        )
        if incoming:
            self.funding_times = self._settlements(incoming[0][0])
            if len(self.funding_times):
                self._push(int(self.funding_times[0]), _FUNDING, 0)
        total, done, heap = len(incoming), 0, self.heap
        while done < total or heap:
            if done < total and (not heap or (incoming[done][0], _SIGNAL) < heap[0][:2]):
                when, _, name, signal, index = incoming[done]
                done += 1
                self._new_day(when)
                self.last_ms = max(self.last_ms, when)
                report = self.progress is not None and done % PROGRESS_EVERY == 0
                if report and not self.progress(done, total):  # type: ignore[misc]
                    raise RunCancelled
                self._signal(self.feeds[name], signal, index, when)
                continue
            when, kind, _, _, payload = heapq.heappop(heap)
            self._new_day(when)
            self.last_ms = max(self.last_ms, when)
            if kind == _FUNDING:
                if not (self._has_open() or done < total or self._more_work()):
                    continue
                self._funding(when)
                k = int(payload) + 1  # type: ignore[call-overload]
                if k < len(self.funding_times):
                    self._push(int(self.funding_times[k]), _FUNDING, k)
            elif kind == _CLOSE_ALL:
                for open_copy in list(self.positions.values()):
                    self._force_close(open_copy, when, ExitReason.MANUAL)
            else:
                assert isinstance(payload, tuple)
                pid, version = payload
                target = self.positions.get(int(pid))
                if target is not None and target.version == version:
                    self._position_event(target, when)
        return self._result()

    def _settlements(self, first: int) -> np.ndarray:
        """Every funding instant from ``first`` to the end of the candles: each symbol's
        stored settlements, and the 8-hour grid where a symbol has none (flat rate)."""
        parts = [
            f.time[(f.time >= first) & (f.time < self.market_end)]
            for f in self.market.funding.values()
        ]
        flat_needed = self.costs.funding_rate != 0 and any(
            s not in self.market.funding for s in self.market.candles
        )
        if flat_needed:
            start = -(-first // FUNDING_INTERVAL_MS) * FUNDING_INTERVAL_MS
            parts.append(np.arange(start, self.market_end, FUNDING_INTERVAL_MS, dtype=np.int64))
        if not parts:
            return np.empty(0, np.int64)
        return np.unique(np.concatenate([np.asarray(p, np.int64) for p in parts]))

    def _more_work(self) -> bool:
        return any(kind != _FUNDING for _, kind, _, _, _ in self.heap)

    def _has_open(self) -> bool:
        return any(p.quantity > 0 for p in self.positions.values())

    def _push(self, when: int, kind: int, payload: object) -> None:
        self.seq += 1
        heapq.heappush(self.heap, (when, kind, self.seq, 0, payload))

    def _new_day(self, when: int) -> None:
        day = when // DAY_MS
        if day != self.day:
            self.day = day
            self.day_start_cash = self.cash
            if self.guards.daily_loss_limit is not None:  # marked at 00:00 UTC
                self.day_start_equity = self._equity(day * DAY_MS)

    def _cash(
        self, when: int, change: float, trader: str | None = None, record: bool = True
    ) -> None:
        self.cash += change
        if trader is not None:
            if self.resumes:
                self._resume(trader, when)
            self.trader_pnl[trader] += change
        if record:
            self.history.append((when, self.cash, self.committed))

    # ---- decisions --------------------------------------------------------------------

    def _record(
        self,
        feed: TraderFeed,
        signal: Signal,
        when: int,
        accepted: bool,
        reason: RejectReason | None,
        message: str,
    ) -> None:
        self.decisions.append(
            EngineDecision(
                feed.name,
                signal.source_id,
                when,
                accepted,
                reason.value if reason else None,
                message,
            )
        )

    def _alert(
        self, when: int, kind: str, trader: str | None, message: str, *, every: bool = False
    ) -> None:
        """A guard's refusals alert once per kind, trader and UTC day (each refused signal
        would be noise); an ``every`` alert is an event of its own (a copy stop-loss that
        closes copies and pauses the trader, the daily loss limit that stops the day)."""
        if not every:
            key = (kind, trader, when // DAY_MS)
            if key in self.alerted:
                return
            self.alerted.add(key)
        self.alerts.append(EngineAlert(when, kind, trader, message))

    def _decide_without_market(self, feed: TraderFeed, signal: Signal, at: int) -> None:
        """The copy rules speak first; only a signal they accept waits on prices."""
        if signal.kind is SignalKind.OPEN:
            decision = decide(
                signal,
                feed.settings,
                archived=feed.archived,
                require_confidence=feed.require_confidence,
            )
            if not decision.accepted:
                self._record(feed, signal, at, False, decision.reason, decision.message)
                return
        self._record(
            feed,
            signal,
            at,
            False,
            RejectReason.NO_MARKET_DATA,
            f"No {signal.symbol} candles at or after the signal's time: the "
            f"{signal.kind.value} cannot be filled until prices arrive.",
        )

    def _signal(self, feed: TraderFeed, signal: Signal, index: int, when: int) -> None:
        key = (feed.name, signal.symbol, signal.side.direction)
        position = self.positions.get(self.by_key.get(key, 0))
        if self.resumes:
            self._resume(feed.name, when)
        if signal.kind is SignalKind.OPEN and feed.rules.copy_stop_loss is not None:
            self._copy_stop(feed.name, when)  # open copies may have lost it since
        paused = feed.name in self.paused
        decision = decide(
            signal,
            feed.settings,
            holds_position=position is not None,
            archived=feed.archived,
            require_confidence=feed.require_confidence,
        )
        if not decision.accepted:
            self._record(feed, signal, when, False, decision.reason, decision.message)
            return
        if signal.kind is not SignalKind.OPEN:
            assert position is not None
            self._record(feed, signal, when, True, None, decision.message)
            self._follow_up(position, signal, index, when)
            return
        if paused:
            self._record(
                feed,
                signal,
                when,
                False,
                RejectReason.COPY_STOP,
                f"{feed.name} is paused by the copy stop-loss: new signals are not copied.",
            )
            return
        self._open(feed, signal, index, when, decision.message)

    def _guard_reject(
        self, feed: TraderFeed, signal: Signal, when: int, reason: RejectReason, message: str
    ) -> None:
        self._record(feed, signal, when, False, reason, message)
        if reason is not RejectReason.DAILY_LOSS_LIMIT:  # alerted once when reached
            self._alert(when, reason.value, feed.name, message)

    def _open(
        self, feed: TraderFeed, signal: Signal, index: int, when: int, accepted_message: str
    ) -> None:
        rules, guards = feed.rules, self.guards
        series = self.market.series(signal.symbol)
        assert series is not None
        self._daily_loss(when)  # open copies may have lost it since the last check
        if self.blocked_day == when // DAY_MS:
            self._guard_reject(
                feed,
                signal,
                when,
                RejectReason.DAILY_LOSS_LIMIT,
                "The daily loss limit was reached: no new copies until the next UTC day.",
            )
            return
        open_count = len(self.positions)
        if guards.max_open_positions is not None and open_count >= guards.max_open_positions:
            self._guard_reject(
                feed,
                signal,
                when,
                RejectReason.MAX_OPEN_POSITIONS,
                f"{open_count} copies are open, the most allowed ({guards.max_open_positions}).",
            )
            return
        mine = self.open_by_trader[feed.name]
        if rules.max_open is not None and mine >= rules.max_open:
            self._guard_reject(
                feed,
                signal,
                when,
                RejectReason.MAX_TRADER_POSITIONS,
                f"{mine} copies of {feed.name} are open, the most allowed ({rules.max_open}).",
            )
            return
        open_price = float(series.open[index])
        buying = signal.side.direction > 0
        limit = signal.order_type is OrderType.LIMIT
        prices = list(signal.entries) if signal.entries else [signal.price]
        reference = (
            sum(prices) / len(prices)
            if limit
            else taker_fill(open_price, buying, self.costs.slippage)
        )
        equity = self._equity(when) if rules.sizing is not SizingMode.MULTIPLIER else self.cash
        sized = size_margin(rules, signal, reference, equity)
        if not isinstance(sized, Sized):
            self._record(feed, signal, when, False, RejectReason.NO_STOP_LOSS, sized)
            return
        margin = sized.margin
        notional = margin * signal.leverage
        if guards.max_token_exposure is not None:
            held = sum(
                p.notional_at(float(series.open[index]))
                for p in self.positions.values()
                if p.symbol == signal.symbol
            )
            if held + notional > guards.max_token_exposure:
                self._guard_reject(
                    feed,
                    signal,
                    when,
                    RejectReason.MAX_TOKEN_EXPOSURE,
                    f"{signal.symbol} exposure would be ${held + notional:,.2f}, "
                    f"above the limit of ${guards.max_token_exposure:,.2f}.",
                )
                return
        table = self.market.bracket_table(signal.symbol)
        if table is not None and not table.estimated:
            allowed = table.max_notional(signal.leverage)
            if notional > allowed:
                self._record(
                    feed,
                    signal,
                    when,
                    False,
                    RejectReason.LEVERAGE_BRACKET,
                    _bracket_refusal(signal.symbol, signal.leverage, notional, allowed, table),
                )
                return
        fee_rate = self.costs.maker_fee if limit else self.costs.taker_fee
        free = self.cash - self.committed
        need = margin + notional * fee_rate
        if margin <= 0 or need > free:
            self._record(
                feed,
                signal,
                when,
                False,
                RejectReason.INSUFFICIENT_MARGIN,
                f"The copy needs ${need:,.2f} (margin and fee) but only "
                f"${max(free, 0.0):,.2f} is free.",
            )
            return
        legs = (
            [EntryLeg(p, margin / len(prices)) for p in prices]
            if limit
            else [EntryLeg(None, margin)]
        )
        position = Position(
            id=self.next_id,
            trader=feed.name,
            source_id=signal.source_id,
            symbol=signal.symbol,
            side=signal.side,
            leverage=signal.leverage,
            series=series,
            legs=legs,
            expiry_ms=when + int(rules.limit_expiry_hours * 3_600_000),
            stop=signal.stop_loss,
            targets=[],
            split=[],
            break_even_after=rules.break_even_after,
            trailing=rules.trailing_stop,
            brackets=table.brackets if table is not None else self.costs.brackets,
            cursor=index,
        )
        self.next_id += 1
        self.positions[position.id] = position
        self.open_by_trader[feed.name] += 1
        self.by_key[(feed.name, signal.symbol, signal.side.direction)] = position.id
        self._record(feed, signal, when, True, None, accepted_message)
        for leg in list(position.legs):
            position.reserved += leg.margin
            self.committed += leg.margin
        for leg in list(position.legs):
            if leg.price is None or (
                open_price <= leg.price if buying else open_price >= leg.price
            ):
                self._fill_leg(position, leg, index, taker=True)
        self._set_targets(position, signal.take_profits, rules)
        self._schedule(position)

    def _equity(self, when: int) -> float:
        equity = self.cash
        for p in self.positions.values():
            if p.quantity > 0:
                i = max(p.series.index_containing(when), 0)
                mark = float(p.series.open[i])
                equity += max(p.direction * p.quantity * (mark - p.entry_price), -p.margin)
        return equity

    def _set_targets(self, position: Position, targets: Sequence[float], rules: CopyRules) -> None:
        ref = (
            position.entry_price
            if position.quantity > 0
            else (sum(leg.price or 0.0 for leg in position.legs) / max(len(position.legs), 1))
        )
        d = position.direction
        kept = sorted((t for t in targets if d * (t - ref) > 0), key=lambda t: d * t)
        position.targets = kept
        split = list(rules.tp_split) if len(rules.tp_split) == len(kept) else [1.0] * len(kept)
        position.split = split

    # ---- fills and exits --------------------------------------------------------------

    def _fill_leg(self, position: Position, leg: EntryLeg, index: int, taker: bool) -> None:
        series = position.series
        when = int(series.open_time[index])
        buying = position.direction > 0
        if taker:
            price = taker_fill(float(series.open[index]), buying, self.costs.slippage)
            if leg.price is not None:  # a marketable limit never pays more than its price
                price = min(price, leg.price) if buying else max(price, leg.price)
            rate, how = self.costs.taker_fee, "market" if leg.price is None else "limit"
        else:
            assert leg.price is not None
            price, rate, how = leg.price, self.costs.maker_fee, "limit"
        position.legs.remove(leg)
        position.reserved -= leg.margin
        fee = position.add_fill(when, price, leg.margin, rate, maker=not taker, how=how)
        self._cash(when, -fee, position.trader)

    def _schedule(self, position: Position) -> None:
        """Find the position's next event with vectorised searches and queue it."""
        position.version += 1
        series = position.series
        key = (position.trader, position.symbol, position.direction)
        marks = self.followups.get(key, [])
        k = bisect.bisect_right(marks, position.cursor)
        bound = marks[k] if k < len(marks) else len(series)
        best: tuple[int, int, object] | None = None
        scanned_peak = position.peak
        if position.quantity > 0:
            target = (
                position.targets[position.targets_hit]
                if position.targets_hit < len(position.targets)
                else None
            )
            hit, peak = first_exit(
                series,
                position.cursor,
                bound,
                position.direction,
                position.stop,
                position.liquidation,
                target,
                position.trailing,
                position.peak,
                self.market.fine_series(position.symbol),
            )
            if hit is not None:
                best = (hit.index, 1, hit)
            else:
                scanned_peak = peak
        if position.legs:
            expiry = min(series.index_at_or_after(position.expiry_ms), bound)
            for leg in position.legs:
                assert leg.price is not None
                j = first_touch(series, position.cursor, expiry, position.direction, leg.price)
                if j >= 0 and (best is None or j < best[0] or (j == best[0] and best[1] > 0)):
                    best = (j, 0, leg)
            if best is None and expiry < bound:
                best = (expiry, 2, None)
        if best is None:  # nothing happens before the bound: the scan is consumed
            position.peak = scanned_peak
            position.cursor = max(position.cursor, bound)
            position.pending = None
            return
        position.pending = best
        self._push(int(series.open_time[best[0]]), _POSITION, (position.id, position.version))

    def _position_event(self, position: Position, when: int) -> None:
        assert position.pending is not None
        index, what, detail = position.pending
        position.cursor = index
        if what == 0:
            assert isinstance(detail, EntryLeg)
            self._fill_leg(position, detail, index, taker=False)
            self._schedule(position)
        elif what == 2:
            self._expire_legs(position, when)
        else:
            assert isinstance(detail, Hit)
            self._exit(position, detail, when)

    def _release(self, amount: float) -> None:
        self.committed = max(self.committed - amount, 0.0)

    def _expire_legs(self, position: Position, when: int) -> None:
        self._release(position.reserved)
        position.reserved = 0.0
        position.legs.clear()
        if position.quantity > 0:
            self._schedule(position)
        else:
            self._finish(position, when, ExitReason.EXPIRED)

    def _exit(self, position: Position, hit: Hit, when: int) -> None:
        position.peak = hit.peak
        if hit.trigger is Trigger.LIQUIDATION:
            change, released = position.liquidate(when)
            self._release(released)
            self._cash(when, change, position.trader)
            self._finish(position, when, ExitReason.LIQUIDATION)
            self._after_realised(position.trader, when)
            return
        buying = position.direction < 0
        if hit.trigger is Trigger.TARGET:
            h = position.targets_hit
            last = h == len(position.targets) - 1
            share = position.split[h] / sum(position.split[h:])
            quantity = position.quantity if last else position.quantity * share
            change, released = position.reduce(
                when, hit.price, quantity, self.costs.maker_fee, True, ExitReason.TAKE_PROFIT
            )
            position.targets_hit += 1
            self._release(released)
            self._cash(when, change, position.trader)
            self._cancel_legs(position)
            if position.break_even_after == position.targets_hit and position.quantity > 0:
                position.stop = position.entry_price
                position.stop_moved_to_break_even = True
            if position.quantity <= 0:
                self._finish(position, when, ExitReason.TAKE_PROFIT)
            else:
                self._schedule(position)
            self._after_realised(position.trader, when)
            return
        if hit.trigger is Trigger.TRAILING:
            reason = ExitReason.TRAILING_STOP
        elif position.stop_moved_to_break_even:
            reason = ExitReason.BREAK_EVEN
        else:
            reason = ExitReason.STOP_LOSS
        price = taker_fill(hit.price, buying, self.costs.slippage)
        self._close_all(position, when, price, reason)

    def _close_all(self, position: Position, when: int, price: float, reason: ExitReason) -> None:
        self._cancel_legs(position)
        if position.quantity > 0:
            change, released = position.reduce(
                when, price, position.quantity, self.costs.taker_fee, False, reason
            )
            self._release(released)
            self._cash(when, change, position.trader)
        self._finish(position, when, reason)
        self._after_realised(position.trader, when)

    def _cancel_legs(self, position: Position) -> None:
        if position.legs:
            self._release(position.reserved)
            position.reserved = 0.0
            position.legs.clear()

    def _finish(self, position: Position, when: int, reason: ExitReason) -> None:
        self._cancel_legs(position)
        self._release(position.margin)
        position.version += 1
        del self.positions[position.id]
        self.open_by_trader[position.trader] -= 1
        key = (position.trader, position.symbol, position.direction)
        if self.by_key.get(key) == position.id:
            del self.by_key[key]
        self.closed.append(position.closed(when, reason))

    # ---- follow-ups from the source --------------------------------------------------

    def _market_exit_price(self, position: Position, index: int) -> float:
        return taker_fill(
            float(position.series.open[index]), position.direction < 0, self.costs.slippage
        )

    def _follow_up(self, position: Position, signal: Signal, index: int, when: int) -> None:
        position.cursor = max(position.cursor, index)
        if signal.kind is SignalKind.CANCEL:
            self._cancel_legs(position)
            if position.quantity <= 0:
                self._finish(position, when, ExitReason.CLOSE_SIGNAL)
                return
        elif signal.kind is SignalKind.CLOSE:
            fraction = min(max(signal.close_fraction, 0.0), 1.0)
            if fraction >= 1.0 or position.quantity <= 0:
                price = self._market_exit_price(position, index)
                self._close_all(position, when, price, ExitReason.CLOSE_SIGNAL)
                return
            change, released = position.reduce(
                when,
                self._market_exit_price(position, index),
                position.quantity * fraction,
                self.costs.taker_fee,
                False,
                ExitReason.CLOSE_SIGNAL,
            )
            self._release(released)
            self._cash(when, change, position.trader)
            self._after_realised(position.trader, when)
            if position.id not in self.positions:
                return
        else:  # update: stop moved, targets changed, or a target reached at the source
            if signal.stop_loss is not None:
                position.stop = signal.stop_loss
                position.stop_moved_to_break_even = False
            if signal.take_profits:
                rules = self.feeds[position.trader].rules
                self._set_targets(position, signal.take_profits, rules)
                position.targets_hit = 0
            if signal.target_hit is not None and position.quantity > 0:
                self._source_target(position, signal.target_hit, index, when)
                if position.id not in self.positions:
                    return
            if signal.close_fraction < 1.0 and position.quantity > 0:  # "close half" as news
                change, released = position.reduce(
                    when,
                    self._market_exit_price(position, index),
                    position.quantity * max(signal.close_fraction, 0.0),
                    self.costs.taker_fee,
                    False,
                    ExitReason.CLOSE_SIGNAL,
                )
                self._release(released)
                self._cash(when, change, position.trader)
                self._after_realised(position.trader, when)
                if position.id not in self.positions:
                    return
        self._schedule(position)

    def _source_target(self, position: Position, k: int, index: int, when: int) -> None:
        """The source says target k was reached: close the share of targets up to k that my
        copy has not closed yet, at market."""
        h = position.targets_hit
        if k <= h or not position.targets:
            return
        k = min(k, len(position.targets))
        last = k >= len(position.targets)
        share = sum(position.split[h:k]) / sum(position.split[h:])
        quantity = position.quantity if last else position.quantity * share
        price = self._market_exit_price(position, index)
        change, released = position.reduce(
            when, price, quantity, self.costs.taker_fee, False, ExitReason.TAKE_PROFIT
        )
        position.targets_hit = k
        self._release(released)
        self._cash(when, change, position.trader)
        self._cancel_legs(position)
        if position.quantity <= 0:
            self._finish(position, when, ExitReason.TAKE_PROFIT)
        elif position.break_even_after is not None and position.break_even_after <= k:
            position.stop = position.entry_price
            position.stop_moved_to_break_even = True
        self._after_realised(position.trader, when)

    # ---- funding and guards ----------------------------------------------------------

    def _funding_rate(self, symbol: str, when: int) -> float:
        """The rate settled at ``when``: the symbol's own settlement at that instant, else
        the flat rate on the 8-hour grid for a symbol without history, else none."""
        history = self.market.funding.get(symbol)
        if history is not None:
            i = int(np.searchsorted(history.time, when))
            if i < len(history.time) and int(history.time[i]) == when:
                return float(history.rate[i])
            return 0.0
        return self.costs.funding_rate if when % FUNDING_INTERVAL_MS == 0 else 0.0

    def _funding(self, when: int) -> None:
        marks: dict[str, tuple[int, float, float]] = {}  # symbol → (candle, mark, rate)
        charged = False
        paid: list[Position] = []
        for position in list(self.positions.values()):
            if position.quantity <= 0:
                continue
            known = marks.get(position.symbol)
            if known is None:
                series = position.series
                i = series.index_containing(when)
                if i < 0 or when >= int(series.open_time[-1]) + series.interval_ms:
                    known = (-1, 0.0, 0.0)
                else:
                    rate = self._funding_rate(position.symbol, when)
                    known = (i, float(series.open[i]), rate)
                marks[position.symbol] = known
            i, mark, rate = known
            if i < 0:
                continue
            pay = funding_payment(position.direction, position.quantity, mark, rate)
            if pay == 0:
                continue
            position.funding += pay
            free = self.cash - self.committed
            if pay > free:  # the wallet cannot pay: the position's isolated margin does
                from_margin = min(pay - max(free, 0.0), position.margin)
                position.margin -= from_margin
                self._release(from_margin)
            self._cash(when, -pay, position.trader, record=False)
            charged = True
            paid.append(position)
            if position.margin <= 0:
                position.liquidation = float(position.series.open[i])
                position.liquidate(when)
                self._finish(position, when, ExitReason.LIQUIDATION)
                continue
            if pay > free:
                position.refresh_liquidation()
                self._schedule(position)
        if charged:  # one entry for the whole settlement
            self.history.append((when, self.cash, self.committed))
        for trader in sorted({p.trader for p in paid}):  # funding counts towards copy stops
            self._copy_stop(trader, when)
        self._after_realised(None, when)

    def _after_realised(self, trader: str | None, when: int) -> None:
        if trader is not None:
            self._copy_stop(trader, when)
        self._daily_loss(when)

    def _daily_loss(self, when: int) -> None:
        """Today's loss: the fall of equity (wallet + unrealised P&L at the marks) since
        00:00 UTC, against the limit's share of the wallet then."""
        limit = self.guards.daily_loss_limit
        day = when // DAY_MS
        if limit is None or self.blocked_day == day:
            return
        loss = self.day_start_equity - self._equity(when)
        if loss >= limit * self.day_start_cash and loss > 0:
            self.blocked_day = day
            closing = self.guards.daily_loss_close_all
            self._alert(
                when,
                RejectReason.DAILY_LOSS_LIMIT.value,
                None,
                f"Today's loss ${loss:,.2f} reached the daily limit of "
                f"{limit:.2%}: no new copies until the next UTC day"
                + (", and every open copy is closed." if closing else "."),
                every=True,
            )
            if closing:
                for position in list(self.positions.values()):
                    self._force_close(position, when, ExitReason.DAILY_LOSS_LIMIT)

    def _resume(self, trader: str, when: int) -> None:
        """At each moment the user copied the trader again (``copy_stop_restarts``) its copy
        stop-loss starts again: P&L so far no longer counts and a pause by it ends."""
        restarts = self.feeds[trader].rules.copy_stop_restarts
        done = self.restarted[trader]
        if done < len(restarts) and when >= restarts[done]:
            while done < len(restarts) and when >= restarts[done]:
                done += 1
            self.restarted[trader] = done
            self.trader_pnl[trader] = 0.0
            self.paused.discard(trader)

    def _copy_stop(self, trader: str, when: int) -> None:
        rules = self.feeds[trader].rules
        if rules.copy_stop_loss is None or trader in self.paused:
            return
        allocation = rules.allocation if rules.allocation is not None else self.capital
        lost = -(self.trader_pnl[trader] + self._open_pnl(trader, when))
        if lost >= rules.copy_stop_loss * allocation:
            self.paused.add(trader)
            self._alert(
                when,
                RejectReason.COPY_STOP.value,
                trader,
                f"Copies of {trader} lost ${lost:,.2f}, "
                f"{rules.copy_stop_loss:.2%} of the ${allocation:,.2f} allocated: "
                "they are closed and the trader is paused.",
                every=True,
            )
            for position in list(self.positions.values()):
                if position.trader == trader:
                    self._force_close(position, when, ExitReason.COPY_STOP)

    def _open_pnl(self, trader: str, when: int) -> float:
        """Unrealised P&L (USD, at the open of the candle holding ``when``, each floored at
        −its margin) of the trader's open copies entered since its copy stop-loss last
        restarted: with what was realised since, what the copy stop-loss counts."""
        done = self.restarted[trader]
        since = self.feeds[trader].rules.copy_stop_restarts[done - 1] if done else None
        total = 0.0
        for p in self.positions.values():
            if p.trader != trader or p.quantity <= 0:
                continue
            if since is not None and (p.first_fill_ms or 0) < since:
                continue
            mark = float(p.series.open[max(p.series.index_containing(when), 0)])
            total += max(p.direction * p.quantity * (mark - p.entry_price), -p.margin)
        return total

    def _force_close(self, position: Position, when: int, reason: ExitReason) -> None:
        """Close at market at the open of the next candle after ``when``."""
        if position.id not in self.positions:
            return
        series = position.series
        i = series.index_at_or_after(when + 1)
        if position.quantity > 0 and i < len(series):
            at = int(series.open_time[i])
            price = self._market_exit_price(position, i)
        elif position.quantity > 0:
            at = int(series.open_time[-1])
            price = taker_fill(float(series.close[-1]), position.direction < 0, self.costs.slippage)
        else:
            at, price = when, 0.0
        self._cancel_legs(position)
        if position.quantity > 0:
            change, released = position.reduce(
                at, price, position.quantity, self.costs.taker_fee, False, reason
            )
            self._release(released)
            self._cash(at, change, position.trader)
        self._finish(position, at, reason)

    # ---- the end ---------------------------------------------------------------------

    def _result(self) -> EngineResult:
        opened = []
        unrealized = 0.0
        for position in self.positions.values():
            mark = float(position.series.close[-1])
            copy = position.open_copy(mark)
            unrealized += copy.unrealized_pnl
            opened.append(copy)
        return EngineResult(
            starting_capital=self.capital,
            cash=self.cash,
            equity=self.cash + unrealized,
            margin_in_use=self.committed,
            decisions=tuple(sorted(self.decisions, key=lambda d: d.time)),
            closed=tuple(self.closed),
            open=tuple(opened),
            alerts=tuple(self.alerts),
            cash_history=tuple(self.history),
            paused=frozenset(self.paused),
        )


__all__ = ["CandleSeries", "TraderFeed", "run_engine"]
