"""One copy's state while it lives: entry legs, the filled position, its stop and targets.

Isolated margin: each copy carries its own margin; its loss is at most that margin (beyond
it Binance's insurance fund takes the loss), so the wallet never goes below zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tradermanager.domain.engine.brackets import Bracket, liquidation_price
from tradermanager.domain.engine.market import CandleSeries
from tradermanager.domain.engine.results import (
    ClosedCopy,
    ExitReason,
    Fill,
    FillKind,
    OpenCopy,
)
from tradermanager.domain.enums import Side


@dataclass(slots=True)
class EntryLeg:
    """A resting entry order: limit ``price`` (None = market), margin it commits (USD)."""

    price: float | None
    margin: float


@dataclass(slots=True)
class Position:
    id: int
    trader: str
    source_id: str
    symbol: str
    side: Side
    leverage: float
    series: CandleSeries
    legs: list[EntryLeg]
    expiry_ms: int
    stop: float | None
    targets: list[float]
    split: list[float]
    break_even_after: int | None
    trailing: float | None
    brackets: tuple[Bracket, ...]
    cursor: int  # first candle not yet known to be free of triggers
    quantity: float = 0.0
    entry_price: float = 0.0
    margin: float = 0.0  # isolated margin of what is filled, USD
    reserved: float = 0.0  # margin held for unfilled legs, USD
    max_quantity: float = 0.0
    max_margin: float = 0.0
    liquidation: float = 0.0
    stop_moved_to_break_even: bool = False
    targets_hit: int = 0
    peak: float = 0.0
    fills: list[Fill] = field(default_factory=list)
    fees: float = 0.0
    funding: float = 0.0
    realized: float = 0.0  # gross P&L of exits, USD
    exit_value: float = 0.0  # Σ exit price × quantity, for the average exit price
    exit_quantity: float = 0.0
    version: int = 0
    first_fill_ms: int | None = None
    pending: tuple[int, int, object] | None = None  # next event: (candle, what, detail)
    direction: int = 0  # +1 long, −1 short (set from ``side``)

    def __post_init__(self) -> None:
        self.direction = self.side.direction

    @property
    def is_open(self) -> bool:
        return self.quantity > 0

    def committed(self) -> float:
        return self.margin + self.reserved

    def notional_at(self, price: float) -> float:
        return self.quantity * price + sum(leg.margin * self.leverage for leg in self.legs)

    def refresh_liquidation(self) -> None:
        self.liquidation = (
            liquidation_price(
                self.direction, self.quantity, self.entry_price, self.margin, self.brackets
            )
            if self.quantity > 0
            else 0.0
        )

    def add_fill(
        self, ms: int, price: float, margin: float, fee_rate: float, maker: bool, how: str
    ) -> float:
        """Fill an entry leg at ``price``; returns the fee (USD)."""
        quantity = margin * self.leverage / price
        fee = quantity * price * fee_rate
        total = self.quantity + quantity
        self.entry_price = (self.entry_price * self.quantity + price * quantity) / total
        self.quantity = total
        self.margin += margin
        self.max_quantity = max(self.max_quantity, total)
        self.max_margin = max(self.max_margin, self.margin)
        self.fees += fee
        self.fills.append(Fill(ms, FillKind.ENTRY, price, quantity, fee, maker, how))
        if self.first_fill_ms is None:
            self.first_fill_ms = ms
            self.peak = price
        self.refresh_liquidation()
        return fee

    def reduce(
        self,
        ms: int,
        price: float,
        quantity: float,
        fee_rate: float,
        maker: bool,
        reason: ExitReason,
    ) -> tuple[float, float]:
        """Close ``quantity`` at ``price``: (cash change, margin released), both USD.

        The loss on the closed part, fee included, never exceeds its share of the margin."""
        quantity = min(quantity, self.quantity)
        share = quantity / self.quantity
        released = self.margin * share
        fee = quantity * price * fee_rate
        gross = self.direction * quantity * (price - self.entry_price)
        if gross - fee < -released:  # bankrupt beyond the isolated margin
            gross, fee = -released, 0.0
        self.quantity -= quantity
        self.margin -= released
        if self.quantity <= self.max_quantity * 1e-12:
            self.quantity, self.margin = 0.0, 0.0
        self.fees += fee
        self.realized += gross
        self.exit_value += price * quantity
        self.exit_quantity += quantity
        self.fills.append(Fill(ms, FillKind.EXIT, price, quantity, fee, maker, reason.value))
        if self.quantity > 0:
            self.refresh_liquidation()
        return gross - fee, released

    def liquidate(self, ms: int) -> tuple[float, float]:
        """Lose the whole isolated margin: (cash change, margin released)."""
        lost = self.margin
        quantity = self.quantity
        self.realized -= lost
        self.exit_value += self.liquidation * quantity
        self.exit_quantity += quantity
        self.fills.append(
            Fill(
                ms,
                FillKind.EXIT,
                self.liquidation,
                quantity,
                0.0,
                False,
                ExitReason.LIQUIDATION.value,
            )
        )
        self.quantity, self.margin = 0.0, 0.0
        return -lost, lost

    def _snapshot(self) -> dict[str, object]:
        entry = self.entry_price if self.first_fill_ms is not None else None
        return {
            "trader": self.trader,
            "source_id": self.source_id,
            "symbol": self.symbol,
            "side": self.side,
            "leverage": self.leverage,
            "margin": self.max_margin,
            "quantity": self.max_quantity,
            "entry_price": entry,
            "entry_time": self.first_fill_ms,
            "stop_loss": self.stop,
            "take_profits": tuple(self.targets),
            "liquidation_price": self.liquidation or None,
            "fills": tuple(self.fills),
            "fees": self.fees,
            "funding": self.funding,
        }

    def closed(self, ms: int, reason: ExitReason) -> ClosedCopy:
        exit_price = self.exit_value / self.exit_quantity if self.exit_quantity else None
        return ClosedCopy(
            **self._snapshot(),  # type: ignore[arg-type]
            exit_price=exit_price,
            exit_time=ms,
            exit_reason=reason,
            pnl=self.realized - self.fees - self.funding,
        )

    def trailing_level(self) -> float | None:
        """The trailing stop for the next candle: ``best × (1 − d)`` long, ``best × (1 + d)``
        short, best = the best price since the entry (docs/execution.md)."""
        if self.trailing is None or self.quantity <= 0:
            return None
        return self.peak * (1 - self.direction * self.trailing)

    def target_quantities(self) -> tuple[float, ...]:
        """Units each take-profit closes if they fill in order from now: target k takes
        ``split_k / Σ split_(k..n)`` of what is left, the last one the rest; 0 for targets
        already reached."""
        hit, n = self.targets_hit, len(self.targets)
        if n == 0:
            return ()
        left = sum(self.split[hit:])
        out = [0.0] * n
        for k in range(hit, n):
            out[k] = self.quantity * self.split[k] / left if left > 0 else 0.0
        return tuple(out)

    def open_copy(self, mark: float) -> OpenCopy:
        unrealized = max(self.direction * self.quantity * (mark - self.entry_price), -self.margin)
        return OpenCopy(
            **self._snapshot(),  # type: ignore[arg-type]
            remaining=self.quantity,
            mark_price=mark,
            unrealized_pnl=unrealized if self.quantity else 0.0,
            realized_pnl=self.realized - self.fees - self.funding,
            trailing_stop=self.trailing_level(),
            target_quantities=self.target_quantities(),
        )
