"""What trading costs: fees, slippage, the delay before an order reaches the market, funding."""

from __future__ import annotations

from dataclasses import dataclass, field

from tradermanager.domain.engine.brackets import DEFAULT_BRACKETS, Bracket

FUNDING_INTERVAL_MS = 8 * 3600 * 1000  # Binance settles funding at 00:00, 08:00 and 16:00 UTC
DEFAULT_MAKER_FEE = 0.0002  # Binance USDⓈ-M regular tier
DEFAULT_TAKER_FEE = 0.0005
DEFAULT_SLIPPAGE = 0.0005
DEFAULT_LAG_SECONDS = 5.0
DEFAULT_FUNDING_RATE = 0.0001  # per 8 h: Binance's interest component with a zero premium


@dataclass(frozen=True, slots=True)
class EngineCosts:
    """Fractions of notional (0.0005 = 0.05 %), seconds, and the maintenance brackets.

    ``funding_rate`` is the flat rate per 8 h used where no funding history is given for a
    symbol; 0 turns funding off."""

    taker_fee: float = DEFAULT_TAKER_FEE
    maker_fee: float = DEFAULT_MAKER_FEE
    slippage: float = DEFAULT_SLIPPAGE
    lag_seconds: float = DEFAULT_LAG_SECONDS
    funding_rate: float = DEFAULT_FUNDING_RATE
    brackets: tuple[Bracket, ...] = field(default=DEFAULT_BRACKETS)

    @property
    def lag_ms(self) -> int:
        return round(self.lag_seconds * 1000)


def taker_fill(price: float, buying: bool, slippage: float) -> float:
    """A market or stop fill: slippage always works against me."""
    return price * (1 + slippage) if buying else price * (1 - slippage)


def trading_fee(quantity: float, price: float, rate: float) -> float:
    """Binance: fee = notional of the fill × fee rate (maker or taker)."""
    return quantity * price * rate


def funding_payment(direction: int, quantity: float, mark_price: float, rate: float) -> float:
    """USD the position pays (negative: receives). Longs pay a positive rate, shorts receive:
    funding amount = position notional at the mark price × funding rate."""
    return direction * quantity * mark_price * rate
