"""What the engine reports: decisions, fills, closed and open copies, alerts, cash history."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tradermanager.domain.enums import Side


class ExitReason(StrEnum):
    TAKE_PROFIT = "take_profit"
    STOP_LOSS = "stop_loss"
    LIQUIDATION = "liquidation"
    CLOSE_SIGNAL = "close_signal"
    BREAK_EVEN = "break_even"
    TRAILING_STOP = "trailing_stop"
    EXPIRED = "expired"
    COPY_STOP = "copy_stop"
    DAILY_LOSS_LIMIT = "daily_loss_limit"
    MANUAL = "manual"  # closed by the user
    ADL = "adl"  # closed by the exchange's auto-deleveraging (live copies only)


class FillKind(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass(frozen=True, slots=True)
class Fill:
    """One execution: ``time`` ms, USD price (slippage included), units, USD fee."""

    time: int
    kind: FillKind
    price: float
    quantity: float
    fee: float
    maker: bool
    reason: str  # entry: "market"/"limit"; exit: an ExitReason value


@dataclass(frozen=True, slots=True)
class EngineDecision:
    """Every signal's outcome; ``reason`` is a RejectReason value when not accepted."""

    trader: str
    source_id: str
    time: int  # ms, when it reached the market (received + lag)
    accepted: bool
    reason: str | None
    message: str


@dataclass(frozen=True, slots=True)
class EngineAlert:
    time: int
    kind: str  # daily_loss_limit, copy_stop, max_open_positions, max_token_exposure, …
    trader: str | None
    message: str


@dataclass(frozen=True, slots=True)
class CopySnapshot:
    """Fields shared by open and closed copies. Prices USD; ``margin`` the isolated margin
    committed at entry; ``quantity`` the largest size held."""

    trader: str
    source_id: str
    symbol: str
    side: Side
    leverage: float
    margin: float
    quantity: float
    entry_price: float | None
    entry_time: int | None
    stop_loss: float | None
    take_profits: tuple[float, ...]
    liquidation_price: float | None
    fills: tuple[Fill, ...]
    fees: float
    funding: float  # USD paid (negative: received)


@dataclass(frozen=True, slots=True)
class ClosedCopy(CopySnapshot):
    exit_price: float | None  # quantity-weighted over the exit fills
    exit_time: int
    exit_reason: ExitReason
    pnl: float  # USD, net of fees and funding


@dataclass(frozen=True, slots=True)
class OpenCopy(CopySnapshot):
    """``trailing_stop``: where the trailing stop stands now (USD; None without one or
    before the entry fills). ``target_quantities``: per take-profit, the units it closes if
    the targets fill in order from here (0 for a target reached), from the take-profit split
    and what is still held."""

    remaining: float  # units still held
    mark_price: float
    unrealized_pnl: float  # USD at the mark, before exit fees
    realized_pnl: float  # USD from partial exits, fees and funding so far
    trailing_stop: float | None = None
    target_quantities: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class EngineResult:
    starting_capital: float
    cash: float  # wallet balance at the end
    equity: float  # cash + unrealised P&L of open copies
    margin_in_use: float  # isolated margin of open copies + margin of resting entries
    decisions: tuple[EngineDecision, ...]
    closed: tuple[ClosedCopy, ...]  # in closing order
    open: tuple[OpenCopy, ...]
    alerts: tuple[EngineAlert, ...]
    # (ms, wallet balance, margin in use) after every change of the wallet
    cash_history: tuple[tuple[int, float, float], ...]
    paused: frozenset[str]  # traders paused by their copy stop-loss
