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

TRADER_NUMBERS: dict[str, NumberSetting] = {
    spec.key: spec
    for spec in (MULTIPLIER, MIN_CONFIDENCE, MAX_LEVERAGE, PRIORITY, REFERENCE_CAPITAL)
}
