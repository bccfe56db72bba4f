"""One specification per numeric trader setting: bounds, step, unit, default, warning, help.

The validation (settings.py), the add-trader dialog, the card, the backtest dialog, the
portfolio what-if and the command line all read these, so every place allows the same range
and says it the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from tradermanager.domain.errors import ValidationError


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberSetting:
    """A numeric setting. Values are stored in ``unit``-free base units (a fraction for
    percentages); ``display_scale`` turns them into what a form shows (100 for percent)."""

    key: str
    label: str
    low: float
    high: float
    step: float
    default: float
    decimals: int = 0  # 0: whole numbers only
    prefix: str = ""  # "$"
    suffix: str = ""  # "×", " %"
    display_scale: float = 1.0
    warn_above: float | None = None
    warning: str = ""
    help: str = ""
    allowed_words: str = ""  # instead of the generated "low to high"

    @property
    def whole(self) -> bool:
        return self.decimals == 0

    @property
    def allowed(self) -> str:
        """The range in words, as validation errors and help texts say it."""
        if self.allowed_words:
            return self.allowed_words
        if self.whole:
            return f"a whole number from {_plain(self.low)} to {_plain(self.high)}"
        return f"{_decimal(self.low)} to {_decimal(self.high)}"

    def check(self, value: Any) -> float:
        """The value as a number inside the bounds (ValidationError naming the key if not)."""
        if isinstance(value, bool):
            raise ValidationError(self.key, value, self.allowed)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(self.key, value, self.allowed) from None
        if not math.isfinite(number) or not self.low <= number <= self.high:
            raise ValidationError(self.key, value, self.allowed)
        if self.whole and number != int(number):
            raise ValidationError(self.key, value, self.allowed)
        return float(int(number)) if self.whole else number

    def warns(self, value: float) -> bool:
        return self.warn_above is not None and value > self.warn_above

    def cli_help(self) -> str:
        """For argparse, which reads "%" as a format: a literal percent is doubled."""
        text = f"{self.help} ({self.allowed}; default {_plain(self.default)})"
        return text.replace("%", "%%")


def _plain(value: float) -> str:
    return f"{value:g}"


def _decimal(value: float) -> str:
    text = f"{value:g}"
    return text if "." in text or "e" in text else f"{text}.0"


HIGH_LEVERAGE = 10

MULTIPLIER = NumberSetting(
    key="multiplier",
    label="Position size",
    low=0.5,
    high=2.0,
    step=0.05,
    default=1.0,
    decimals=2,
    suffix="×",
    help="position-size multiplier: each copy uses base size × this",
)
MIN_CONFIDENCE = NumberSetting(
    key="min_confidence",
    label="Min confidence",
    low=0.0,
    high=1.0,
    step=0.05,
    default=0.7,
    decimals=3,
    suffix=" %",
    display_scale=100.0,
    help="signals below this confidence are not copied (a fraction: 0.7 = 70 %)",
)
MAX_LEVERAGE = NumberSetting(
    key="max_leverage",
    label="Max leverage",
    low=1,
    high=125,
    step=1,
    default=5,
    suffix="×",
    warn_above=HIGH_LEVERAGE,
    warning=f"above {HIGH_LEVERAGE}×: liquidations get likely",
    help="signals above this leverage are not copied",
)
PRIORITY = NumberSetting(
    key="priority",
    label="Priority",
    low=0,
    high=100,
    step=1,
    default=0,
    help="order among traders, higher first",
)
REFERENCE_CAPITAL = NumberSetting(
    key="reference_capital",
    label="Reference capital",
    low=1.0,
    high=1e12,
    step=1_000,
    default=10_000.0,
    decimals=2,
    prefix="$",
    help="USD, the trader's starting equity: the base of its daily returns",
    allowed_words="a USD amount from 1 to 1e12",
)


# -- execution rules: how the engine turns this trader's signals into positions ----------------
# A value of 0 turns an optional rule off (no trailing stop, no per-trader maximum, …).

EQUITY_PCT = NumberSetting(
    key="equity_pct",
    label="Share of equity",
    low=0.001,
    high=1.0,
    step=0.005,
    default=0.02,
    decimals=4,
    suffix=" %",
    display_scale=100.0,
    help="with sizing equity_pct: each copy's margin is this fraction of equity (0.02 = 2 %)",
)
RISK_PCT = NumberSetting(
    key="risk_pct",
    label="Risk to the stop",
    low=0.0005,
    high=0.2,
    step=0.0025,
    default=0.01,
    decimals=4,
    suffix=" %",
    display_scale=100.0,
    help="with sizing risk_pct: a copy stopped out loses this fraction of equity (0.01 = 1 %); "
    "signals without a stop-loss are refused",
)
BREAK_EVEN_AFTER = NumberSetting(
    key="break_even_after",
    label="Break-even after TP",
    low=0,
    high=10,
    step=1,
    default=0,
    help="after this take-profit fills, the stop moves to the entry price (0 = never)",
)
TRAILING_STOP = NumberSetting(
    key="trailing_stop",
    label="Trailing stop",
    low=0.0,
    high=0.5,
    step=0.005,
    default=0.0,
    decimals=4,
    suffix=" %",
    display_scale=100.0,
    help="the stop trails the best price since entry by this fraction (0.02 = 2 %; 0 = off)",
)
LIMIT_EXPIRY_HOURS = NumberSetting(
    key="limit_expiry_hours",
    label="Limit entries expire after",
    low=0.25,
    high=720.0,
    step=1.0,
    default=24.0,
    decimals=2,
    suffix=" h",
    help="hours a limit entry rests unfilled before it is cancelled",
)
MAX_OPEN = NumberSetting(
    key="max_open",
    label="Max open copies",
    low=0,
    high=1000,
    step=1,
    default=0,
    help="most copies of this trader open or waiting to fill at once (0 = no limit)",
)
COPY_STOP_LOSS = NumberSetting(
    key="copy_stop_loss",
    label="Copy stop-loss",
    low=0.0,
    high=1.0,
    step=0.01,
    default=0.0,
    decimals=4,
    suffix=" %",
    display_scale=100.0,
    help="when my copies of this trader have lost this fraction of the allocation, they are "
    "closed and the trader is paused (0.2 = 20 %; 0 = off)",
)
ALLOCATION = NumberSetting(
    key="allocation",
    label="Allocation",
    low=0.0,
    high=1e12,
    step=1_000,
    default=0.0,
    decimals=2,
    prefix="$",
    help="USD set aside for this trader, the base of the copy stop-loss "
    "(0 = the account's starting capital)",
    allowed_words="a USD amount from 0 to 1e12 (0 = the account's starting capital)",
)
TP_SPLIT_MAX = 10  # take-profit shares at most

EXECUTION_NUMBERS: tuple[NumberSetting, ...] = (
    EQUITY_PCT,
    RISK_PCT,
    BREAK_EVEN_AFTER,
    TRAILING_STOP,
    LIMIT_EXPIRY_HOURS,
    MAX_OPEN,
    COPY_STOP_LOSS,
    ALLOCATION,
)

TRADER_NUMBERS: dict[str, NumberSetting] = {
    spec.key: spec
    for spec in (
        MULTIPLIER,
        MIN_CONFIDENCE,
        MAX_LEVERAGE,
        PRIORITY,
        REFERENCE_CAPITAL,
        *EXECUTION_NUMBERS,
    )
}
