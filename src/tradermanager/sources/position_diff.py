"""A lead trader's open positions, and what the trader did between two looks at them.

An exchange that shows a trader's positions does not tell us their orders: opening, adding,
reducing, closing and changing leverage are inferred from two snapshots. Each position is
keyed by (contract, side), so a one-way flip from long to short reads as a close and an open.
A change becomes a copy-pipeline :class:`Signal` whose ``source_id`` depends only on the two
states, so reading the same state again produces the same ids and the pipeline stores nothing
twice. Prices on the signals (docs/imports.md):

* opened: the position's entry price;
* increased: the price of the added lot, from the average entry prices —
  ``(entry₁·q₁ − entry₀·q₀) / (q₁ − q₀)`` — or the mark price when that is not a price;
* reduced, leverage changed: the mark price at the poll that saw it;
* closed: the last mark price seen while it was open (the exit itself is not shown).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal
from tradermanager.domain.tokens import normalise_token

PositionKey = tuple[str, Side]


@dataclass(frozen=True, slots=True, kw_only=True)
class LeadPosition:
    """One open position of a lead trader. ``quantity`` is units of the token (> 0; the sign of
    the exchange's amount is the side); prices in the quote currency; ``pnl`` unrealized USD;
    ``roe`` a fraction of the margin; ``updated_ms`` the exchange's update time (epoch ms);
    ``trade_ref`` names the trader's trade it belongs to (set when first seen)."""

    symbol: str
    side: Side
    quantity: float
    entry_price: float
    mark_price: float
    leverage: float
    updated_ms: int
    pnl: float = 0.0
    roe: float = 0.0
    trade_ref: str = ""

    @property
    def key(self) -> PositionKey:
        return (self.symbol, self.side)

    @property
    def updated_at(self) -> datetime:
        return datetime.fromtimestamp(self.updated_ms / 1000, UTC)


class ChangeKind(StrEnum):
    OPENED = "opened"
    INCREASED = "increased"
    REDUCED = "reduced"
    CLOSED = "closed"
    LEVERAGE_CHANGED = "leverage_changed"


SIGNAL_KIND = {
    ChangeKind.OPENED: SignalKind.OPEN,
    ChangeKind.CLOSED: SignalKind.CLOSE,
    ChangeKind.INCREASED: SignalKind.UPDATE,
    ChangeKind.REDUCED: SignalKind.UPDATE,
    ChangeKind.LEVERAGE_CHANGED: SignalKind.UPDATE,
}


@dataclass(frozen=True, slots=True)
class PositionChange:
    """One thing the trader did to one position: ``before`` is None for an open, ``after`` for
    a close."""

    kind: ChangeKind
    before: LeadPosition | None
    after: LeadPosition | None

    @property
    def position(self) -> LeadPosition:
        current = self.after or self.before
        assert current is not None
        return current

    @property
    def source_id(self) -> str:
        """Stable per change: the trade it belongs to, what happened, and the state after it."""
        p = self.position
        ref = (self.before or p).trade_ref
        if self.kind in (ChangeKind.OPENED, ChangeKind.CLOSED):
            return f"{ref}:{self.kind.value}"
        detail = p.leverage if self.kind is ChangeKind.LEVERAGE_CHANGED else p.quantity
        return f"{ref}:{self.kind.value}:{p.updated_ms}:{detail!r}"

    @property
    def price(self) -> float:
        if self.kind is ChangeKind.OPENED:
            return self.position.entry_price
        if self.kind is ChangeKind.CLOSED:
            return self.position.mark_price
        if self.kind is ChangeKind.INCREASED:
            assert self.before is not None and self.after is not None
            added = self.after.quantity - self.before.quantity
            paid = self.after.entry_price * self.after.quantity
            lot = (paid - self.before.entry_price * self.before.quantity) / added
            if math.isfinite(lot) and lot > 0:
                return lot
        return self.position.mark_price

    def describe(self) -> str:
        p = self.position
        what = f"{p.symbol} {p.side.value}"
        if self.kind is ChangeKind.OPENED:
            return f"opened {what} {p.quantity:g} at {p.entry_price:g} ({p.leverage:g}x)"
        if self.kind is ChangeKind.CLOSED:
            return f"closed {what} {p.quantity:g} (last mark {p.mark_price:g})"
        assert self.before is not None
        if self.kind is ChangeKind.LEVERAGE_CHANGED:
            return f"changed {what} leverage {self.before.leverage:g}x → {p.leverage:g}x"
        verb = "increased" if self.kind is ChangeKind.INCREASED else "reduced"
        return f"{verb} {what} {self.before.quantity:g} → {p.quantity:g} at {self.price:g}"

    def signal(self, received: datetime, trader_label: str) -> Signal:
        """The change as a copy-pipeline signal (the symbol as a base token, e.g. BTC)."""
        p = self.position
        when = received if self.kind is ChangeKind.CLOSED else min(p.updated_at, received)
        return Signal(
            source_id=self.source_id,
            symbol=normalise_token(p.symbol, "symbol"),
            side=p.side,
            kind=SIGNAL_KIND[self.kind],
            price=self.price,
            trader_time=when,
            received_time=received,
            leverage=p.leverage,
            raw_text=f"{trader_label} {self.describe()}",
            trade_ref=(self.before or p).trade_ref,
        )


def by_key(positions: Iterable[LeadPosition]) -> dict[PositionKey, LeadPosition]:
    """Positions keyed by (contract, side); a key twice is an error."""
    out: dict[PositionKey, LeadPosition] = {}
    for position in positions:
        if position.key in out:
            raise ValidationError(
                "positions", f"{position.symbol} {position.side.value}", "one position per side"
            )
        out[position.key] = position
    return out


def track(
    previous: Mapping[PositionKey, LeadPosition] | None,
    current: Iterable[LeadPosition],
    ref_prefix: str,
) -> dict[PositionKey, LeadPosition]:
    """``current`` with trade refs: a position that was already open keeps its ref; a new one
    gets ``{ref_prefix}:{contract}:{side}:{update time}``."""
    previous = previous or {}
    tracked = {}
    for key, position in by_key(current).items():
        before = previous.get(key)
        ref = (
            before.trade_ref
            if before is not None
            else f"{ref_prefix}:{position.symbol}:{position.side.value}:{position.updated_ms}"
        )
        tracked[key] = replace(position, trade_ref=ref)
    return tracked


def diff_positions(
    before: Mapping[PositionKey, LeadPosition], after: Mapping[PositionKey, LeadPosition]
) -> list[PositionChange]:
    """Every change from ``before`` to ``after``, in (contract, side) order; a position whose
    size and leverage both changed gives two changes. Mark price and P&L moves are not changes."""
    changes: list[PositionChange] = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None:
            changes.append(PositionChange(ChangeKind.OPENED, None, new))
        elif new is None:
            changes.append(PositionChange(ChangeKind.CLOSED, old, None))
        else:
            if new.quantity != old.quantity:
                kind = ChangeKind.INCREASED if new.quantity > old.quantity else ChangeKind.REDUCED
                changes.append(PositionChange(kind, old, new))
            if new.leverage != old.leverage:
                changes.append(PositionChange(ChangeKind.LEVERAGE_CHANGED, old, new))
    return changes


def apply_changes(
    positions: Mapping[PositionKey, LeadPosition], changes: Iterable[PositionChange]
) -> dict[PositionKey, LeadPosition]:
    """Replay ``changes`` on ``positions``: each change sets only what it is about (an open
    adds the position, a close removes it, a size change sets size and entry, a leverage
    change sets the leverage)."""
    out = dict(positions)
    for change in changes:
        key = change.position.key
        if change.kind is ChangeKind.OPENED:
            out[key] = change.position
        elif change.kind is ChangeKind.CLOSED:
            del out[key]
        elif change.kind is ChangeKind.LEVERAGE_CHANGED:
            out[key] = replace(out[key], leverage=change.position.leverage)
        else:
            p = change.position
            out[key] = replace(out[key], quantity=p.quantity, entry_price=p.entry_price)
    return out


# -- snapshots as JSON (what is stored between polls) ----------------------------------------


def positions_to_json(positions: Mapping[PositionKey, LeadPosition]) -> str:
    rows = [
        {
            "symbol": p.symbol,
            "side": p.side.value,
            "quantity": p.quantity,
            "entry_price": p.entry_price,
            "mark_price": p.mark_price,
            "leverage": p.leverage,
            "updated_ms": p.updated_ms,
            "pnl": p.pnl,
            "roe": p.roe,
            "trade_ref": p.trade_ref,
        }
        for _, p in sorted(positions.items())
    ]
    return json.dumps({"version": 1, "positions": rows}, sort_keys=True)


def positions_from_json(text: str) -> dict[PositionKey, LeadPosition]:
    """The snapshot stored by :func:`positions_to_json`; raises ValidationError if damaged."""
    try:
        data: Any = json.loads(text)
        rows = data["positions"]
        return by_key(
            LeadPosition(
                symbol=str(r["symbol"]),
                side=Side(r["side"]),
                quantity=float(r["quantity"]),
                entry_price=float(r["entry_price"]),
                mark_price=float(r["mark_price"]),
                leverage=float(r["leverage"]),
                updated_ms=int(r["updated_ms"]),
                pnl=float(r["pnl"]),
                roe=float(r["roe"]),
                trade_ref=str(r["trade_ref"]),
            )
            for r in rows
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError(
            "stored positions", text[:80], f"a snapshot written by this version ({exc})"
        ) from None
