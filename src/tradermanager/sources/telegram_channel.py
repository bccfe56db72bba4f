"""Turning a channel's messages into signals, the channel's own trades and a record of every
message — what the parser found, or why a message was not copied.

A channel posts ideas, not positions, so its "trades" are built from its signals: opened at
the signal's entry, closed by its follow-ups (last target hit, stop hit, close, cancel).
Conventions, also in docs/metrics.md:

* entry price: the single entry; the middle of a range; the first of several entries. A
  market entry has no price in the text and is kept for review instead of guessed;
* intermediate targets are recorded as updates (the model has no partial closes); the last
  target, a stop hit, a close or a cancel closes the position — at the target, the stop (the
  entry when the stop was moved there), the stated price, or the entry for a cancel;
* a partial close ("close half", "book 25 %", "close 1/3") and "entries filled" are recorded as
  updates that name the fraction or the average price; the channel's trade stays open whole
  (its record has no partial closes), while a copy closes that share (the execution engine). A
  partial close that does not say how much ("partial close", "take some profits") is kept for
  review and changes nothing;
* a re-entry opens a new position on the symbol and side of the channel's latest signal for
  that symbol, at the stated price, with that signal's targets and stop;
* a price outside ``domain.bounds`` (an entry of 0, a target of 1e15) is a typo or a trap,
  never copied: the message is kept for review with the price named;
* size: each trade commits ``MARGIN_FRACTION`` of the trader's reference capital as margin,
  at the signal's leverage (1× when none is given); taker fee ``EXCHANGE_FEE`` on both sides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from tradermanager.domain.bounds import PRICE_ALLOWED, price_in_bounds
from tradermanager.domain.enums import OrderType, SignalKind, TradeStatus
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.sources.channel_habit import ChannelHabit
from tradermanager.sources.signal_parser import (
    FollowUpAction,
    MessageKind,
    ParsedMessage,
    parse_message,
)
from tradermanager.sources.telegram_export import ExportMessage, TelegramExport

MARGIN_FRACTION = 0.02
EXCHANGE_FEE = 0.0004
NO_MATCH = "Follow-up that matches no open signal of this channel."
WAITING = "Follow-up to a message that waits for review: applied if that message is accepted."


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """Every message read, with what became of it (stored, so "why?" has an answer)."""

    source_id: str
    time: datetime
    text: str
    classification: str  # signal | follow_up | not_signal | needs_review | skipped
    reason: str = ""
    links_to: str = ""  # the signal a follow-up belongs to


@dataclass
class ChannelHistory:
    signals: list[Signal] = field(default_factory=list)
    trades: list[TraderTrade] = field(default_factory=list)
    records: list[MessageRecord] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def count(self, classification: str) -> int:
        return sum(1 for r in self.records if r.classification == classification)


@dataclass
class _Position:
    signal: Signal
    stop: float | None
    last_target_price: float | None = None


def source_id(message: ExportMessage) -> str:
    return f"tg:{message.id}"


def _implausible_price(*prices: tuple[str, float | None]) -> str:
    """ "" when every given price is plausible, else what was wrong with the first that is not."""
    for label, value in prices:
        if value is not None and not price_in_bounds(value):
            return f"an implausible {label} ({value:g}; allowed: {PRICE_ALLOWED})"
    return ""


def _entry_price(parsed: ParsedMessage) -> float | None:
    if not parsed.entries:
        return None
    if parsed.entry_kind == "range":
        return (min(parsed.entries) + max(parsed.entries)) / 2
    return parsed.entries[0]


# how far a hit's price may stand from a target to be that target (channels round a little)
TARGET_MATCH = 0.001


def target_at(price: float, targets: tuple[float, ...]) -> int | None:
    """The number (1…) of the target a hit's price names ("0.5123 reached 🎯"): the nearest
    target within 0.1 % of the price, None when no target is that near."""
    near = [(abs(price - t) / t, k) for k, t in enumerate(targets, 1) if t > 0]
    near = [(d, k) for d, k in near if d <= TARGET_MATCH]
    return min(near)[1] if near else None


def _moved_stop(parsed: ParsedMessage, opening: Signal) -> tuple[float | None, str]:
    """Where a follow-up moves the stop, read against the signal it belongs to ("SL to TP1"
    is that signal's first target), or the reason it cannot be applied."""
    if parsed.stop_to_target is not None:
        k, targets = parsed.stop_to_target, opening.take_profits
        if not 0 < k <= len(targets):
            count = f"{len(targets)} target{'s' if len(targets) != 1 else ''}"
            return None, f"The stop is moved to target {k}, but the signal has {count}"
        return targets[k - 1], ""
    if parsed.stop_to_entry:
        return opening.price, ""
    if parsed.new_stop is None:
        return None, "The stop is moved but no new price was read"
    bad = _implausible_price(("stop", parsed.new_stop))
    return (None, f"The stop is moved to {bad}") if bad else (parsed.new_stop, "")


class _Interpreter:
    def __init__(
        self,
        reference_capital: float,
        held: Collection[str] = (),
        habit: ChannelHabit | None = None,
    ) -> None:
        self.margin = reference_capital * MARGIN_FRACTION
        self.out = ChannelHistory()
        self.open: dict[str, _Position] = {}  # by the opening signal's source id
        self.held = set(held)  # messages waiting for review: a reply to one waits too
        self.habit = habit if habit is not None else ChannelHabit()

    def record(self, m: ExportMessage, kind: str, reason: str = "", links: str = "") -> None:
        if kind in ("skipped", "not_signal", "needs_review") and reason:
            self.out.skipped[reason] += 1
        if kind == "needs_review" and not links:
            self.held.add(source_id(m))
        if m.note:
            reason = f"{reason} {m.note}".strip()
        self.out.records.append(MessageRecord(source_id(m), m.time, m.text, kind, reason, links))

    def signal(self, m: ExportMessage, parsed: ParsedMessage) -> None:
        price = _entry_price(parsed)
        if parsed.symbol is None or parsed.side is None or price is None:
            why = (
                "market entry without a price"
                if parsed.entry_kind == "market"
                else ("no entry price")
            )
            self.record(m, "needs_review", f"Signal with {why}: not copied, kept for review.")
            return
        bad = _implausible_price(
            ("entry", price),
            ("stop loss", parsed.stop_loss),
            *(("target", t) for t in parsed.take_profits),
        )
        if bad:
            self.record(m, "needs_review", f"Signal with {bad}: not copied, kept for review.")
            return
        cut = self.habit.cut_short(parsed, m.text) if self.habit.holds(source_id(m)) else ""
        if cut:
            self.record(m, "needs_review", cut)
            return
        self.habit.learn(parsed)
        sid = source_id(m)
        signal = Signal(
            source_id=sid,
            symbol=parsed.symbol,
            side=parsed.side,
            kind=SignalKind.OPEN,
            price=price,
            trader_time=m.time,
            received_time=m.time,
            leverage=parsed.leverage or 1.0,
            confidence=parsed.confidence,
            stop_loss=parsed.stop_loss,
            take_profits=parsed.take_profits,
            raw_text=m.text,
            trade_ref=sid,
            order_type=OrderType.MARKET if parsed.entry_kind == "market" else OrderType.LIMIT,
            entries=parsed.entries if len(parsed.entries) > 1 else (),
        )
        self.out.signals.append(signal)
        self.open[sid] = _Position(signal, parsed.stop_loss)
        self.record(m, "signal")

    def accepted(self, m: ExportMessage, signal: Signal) -> None:
        """A message the user accepted from the review queue: it opens ``signal`` (the fields
        as corrected), so its follow-ups link to it like to any signal."""
        self.out.signals.append(signal)
        self.open[signal.source_id] = _Position(signal, signal.stop_loss)
        self.record(m, "signal", "Accepted from the review queue.")

    def reentry(self, m: ExportMessage, parsed: ParsedMessage) -> None:
        previous = self._latest(parsed.symbol)
        if previous is None or parsed.price is None:
            why = "no earlier signal of this symbol" if previous is None else "no price"
            self.record(m, "needs_review", f"Re-entry with {why}: not copied, kept for review.")
            return
        bad = _implausible_price(("re-entry price", parsed.price))
        if bad:
            self.record(m, "needs_review", f"Re-entry with {bad}: not copied, kept for review.")
            return
        if parsed.side is not None and parsed.side is not previous.side:
            # "Re-short ETH" after an ETH long: not the earlier trade again
            self.record(
                m,
                "needs_review",
                f"Re-entry {parsed.side.value} after a {previous.side.value} signal "
                f"({previous.source_id}): not copied, kept for review.",
            )
            return
        sid = source_id(m)
        signal = replace(
            previous,
            source_id=sid,
            kind=SignalKind.OPEN,
            price=parsed.price,
            trader_time=m.time,
            received_time=m.time,
            raw_text=m.text,
            trade_ref=sid,
            confidence=None,
        )
        self.out.signals.append(signal)
        self.open[sid] = _Position(signal, signal.stop_loss)
        self.record(m, "signal", f"Re-entry after {previous.source_id}.")

    def _latest(self, symbol: str | None) -> Signal | None:
        for signal in reversed(self.out.signals):
            if signal.kind is SignalKind.OPEN and symbol in (None, signal.symbol):
                return signal
        return None

    def _link(self, m: ExportMessage, parsed: ParsedMessage) -> str | None:
        if m.reply_to is not None and f"tg:{m.reply_to}" in self.open:
            return f"tg:{m.reply_to}"
        candidates = [
            sid for sid, p in self.open.items() if parsed.symbol in (None, p.signal.symbol)
        ]
        if parsed.symbol is None and len(candidates) != 1:
            return None
        return candidates[-1] if candidates else None

    def follow_up(self, m: ExportMessage, parsed: ParsedMessage) -> None:
        replied = f"tg:{m.reply_to}" if m.reply_to is not None else ""
        if replied in self.held and replied not in self.open:
            self.record(m, "skipped", WAITING, replied)
            return
        linked = self._link(m, parsed)
        if linked is None:
            self.record(m, "skipped", NO_MATCH)
            return
        action = parsed.action
        if action is FollowUpAction.STOP_HIT:
            self._close_at(m, linked, parsed.price or self.open[linked].stop)
        elif action is FollowUpAction.CANCEL:
            self._close_at(m, linked, self.open[linked].signal.price)
        elif action is FollowUpAction.ENTRY_FILLED and len(parsed.actions) <= 1:
            at = f" (average {parsed.price:,.10g})" if parsed.price else ""
            self._update(m, linked, f"Entries filled{at}.")
        else:
            self._apply_all(m, linked, parsed)

    def _apply_all(self, m: ExportMessage, linked: str, parsed: ParsedMessage) -> None:
        """A target hit, a close and a stop move, alone or together ("TP1 hit, book 30 % and
        move the stop to entry"): every one the message states reaches the copy in one update,
        or none does — a part that cannot be applied keeps the whole message for review."""
        position = self.open[linked]
        opening = position.signal
        stated = parsed.stated_actions
        actions = set(stated)
        holds = ", ".join(a.words for a in stated)
        targets = opening.take_profits
        index: int | None = None
        hit: float | None = None
        if FollowUpAction.TARGET_HIT in actions:
            if parsed.target_index is None and parsed.price is not None:
                # "0.5123 reached 🎯": the copy's own target at that price, or review
                index = target_at(parsed.price, targets)
                if index is None:
                    listed = ", ".join(f"{t:,.10g}" for t in targets) or "none"
                    self.record(
                        m,
                        "needs_review",
                        f"A target hit at {parsed.price:,.10g}, which is none of the signal's "
                        f"targets ({listed}) (holds: {holds}): nothing applied.",
                        linked,
                    )
                    return
            else:
                index = parsed.target_index or len(targets)
            hit = parsed.price or (targets[index - 1] if 0 < index <= len(targets) else None)
        stop = position.stop
        if FollowUpAction.STOP_MOVED in actions or parsed.stop_to_entry:
            moved, why = _moved_stop(parsed, opening)
            if why:
                self.record(m, "needs_review", f"{why} (holds: {holds}): nothing applied.", linked)
                return
            stop = moved
        fraction = parsed.close_fraction if FollowUpAction.CLOSE in actions else None
        if FollowUpAction.CLOSE in actions and fraction is None:
            self.record(
                m,
                "needs_review",
                f"Partial close without its share (holds: {holds}): position left open, "
                "nothing applied, kept for review.",
                linked,
            )
            return
        last_target = index is not None and index >= len(targets)
        if last_target or (fraction is not None and fraction >= 1.0):
            price = hit if last_target else parsed.price
            self._close_at(m, linked, price or hit or position.last_target_price)
            return
        position.last_target_price = hit or position.last_target_price
        position.stop = stop
        notes = []
        if index is not None:
            notes.append(f"Target {index} hit.")
        if fraction is not None:
            notes.append(f"Close {fraction * 100:.4g} % of the position (the rest stays open).")
        if FollowUpAction.STOP_MOVED in actions or parsed.stop_to_entry:
            notes.append("Stop moved." if stop is None else f"Stop moved to {stop:,.10g}.")
        self._update(
            m,
            linked,
            " ".join(notes) or "Update.",
            target_hit=index,
            close_fraction=fraction if fraction is not None else 1.0,
        )

    def _close_at(self, m: ExportMessage, linked: str, close_price: float | None) -> None:
        bad = _implausible_price(("close price", close_price))
        if bad:
            self.record(m, "needs_review", f"Close with {bad}: position left open.", linked)
            return
        if close_price is None:
            self.record(
                m,
                "needs_review",
                "Close without a price: position left open, kept for review.",
                linked,
            )
            return
        self._close(m, linked, close_price)

    def _update(
        self,
        m: ExportMessage,
        linked: str,
        note: str,
        *,
        target_hit: int | None = None,
        close_fraction: float = 1.0,
    ) -> None:
        position = self.open[linked]
        opening = position.signal
        self.out.signals.append(
            replace(
                opening,
                source_id=source_id(m),
                kind=SignalKind.UPDATE,
                stop_loss=position.stop,  # where the stop is now (moved or not)
                trader_time=m.time,
                received_time=m.time,
                raw_text=m.text,
                confidence=None,
                target_hit=target_hit,  # the copy closes its share of the targets reached
                close_fraction=close_fraction,  # below 1: the copy closes that share
            )
        )
        self.record(m, "follow_up", note, linked)

    def _close(self, m: ExportMessage, linked: str, price: float) -> None:
        opening = self.open.pop(linked).signal
        self.out.signals.append(
            replace(
                opening,
                source_id=source_id(m),
                kind=SignalKind.CLOSE,
                price=price,
                trader_time=m.time,
                received_time=m.time,
                raw_text=m.text,
                confidence=None,
            )
        )
        self.out.trades.append(self._trade(opening, price, m.time))
        self.record(m, "follow_up", "", linked)

    def _trade(self, opening: Signal, exit_price: float | None, at: datetime | None) -> TraderTrade:
        notional = self.margin * opening.leverage
        entry_fee = notional * EXCHANGE_FEE
        trade = TraderTrade(
            source_id=opening.source_id,
            symbol=opening.symbol,
            side=opening.side,
            leverage=opening.leverage,
            entry_price=opening.price,
            entry_time=opening.trader_time,
            notional=notional,
            fees=entry_fee,
        )
        if exit_price is None:
            return trade
        move = exit_price / opening.price - 1
        fees = entry_fee + notional * (1 + move) * EXCHANGE_FEE
        return replace(
            trade,
            status=TradeStatus.CLOSED,
            exit_price=exit_price,
            exit_time=at,
            fees=fees,
            pnl=notional * opening.side.direction * move - fees,
        )

    def finish(self) -> ChannelHistory:
        for position in self.open.values():
            self.out.trades.append(self._trade(position.signal, None, None))
        return self.out


PriceLookup = Callable[[str, datetime], float | None]
# Parses checked again with the contract's stored price: a signal's numbers far from it go to
# review, and a card held only because its dots may as well separate thousands ("Entrada:
# 3.412" for ETH) is read at the scale the price settles.
_PRICE_CHECKED = (MessageKind.SIGNAL, MessageKind.NEEDS_REVIEW)


def interpret(
    export: TelegramExport,
    reference_capital: float = 10_000.0,
    prices: PriceLookup | None = None,
    *,
    accepted: Mapping[str, Signal] | None = None,
    held: Collection[str] = (),
    habit: ChannelHabit | None = None,
) -> ChannelHistory:
    """Every message of ``export`` (time order) → signals, trades and message records.
    ``prices(contract, at)`` gives the contract's stored price near a message, when known: a
    signal's numbers far from it send the message to review, and a card held only because
    its decimal mark is open is read at the price's scale. ``accepted`` maps the source id
    of a message accepted from the review queue to the signal it opened; ``held`` names
    messages still waiting for review (a reply to one waits with it). ``habit`` holds what the
    channel's signals before ``export`` gave (a live message read with its open positions
    only); the signals read here add to it, and one lacking what each of the last gave, its
    text ending on a price, is held for review as cut short."""
    run = _Interpreter(reference_capital, held, habit)
    for message in export.messages:
        opened = accepted.get(source_id(message)) if accepted else None
        if opened is not None:
            run.accepted(message, opened)
        elif message.is_service:
            run.record(message, "skipped", "Service message (channel event).")
        elif not message.text:
            run.record(message, "skipped", "No text (media without a caption).")
        else:
            parsed = parse_message(message.text)
            if prices is not None and parsed.contract and parsed.kind in _PRICE_CHECKED:
                reference = prices(parsed.contract, message.time)
                if reference is not None:
                    parsed = parse_message(message.text, reference_price=reference)
            if parsed.kind is MessageKind.SIGNAL:
                run.signal(message, parsed)
            elif parsed.kind is MessageKind.FOLLOW_UP and parsed.action is FollowUpAction.REENTRY:
                run.reentry(message, parsed)
            elif parsed.kind is MessageKind.FOLLOW_UP:
                run.follow_up(message, parsed)
            else:
                run.record(message, parsed.kind.value, parsed.reason)
    return run.finish()
