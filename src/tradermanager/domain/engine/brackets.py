"""Binance USDⓈ-M maintenance-margin brackets and the isolated-margin liquidation price.

Binance publishes per symbol a table of notional brackets, each with a maintenance margin
rate (MMR), a maintenance amount ("cum") and the highest initial leverage allowed, where
``cum_n = cum_(n-1) + floor_n × (MMR_n − MMR_(n-1))`` keeps the maintenance margin continuous
(GET /fapi/v1/leverageBracket). Each symbol has its own table; see docs/execution.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from tradermanager.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Bracket:
    floor: float  # USD notional where the bracket starts
    cap: float  # USD notional where it ends
    rate: float  # maintenance margin rate, fraction of notional
    cum: float  # maintenance amount, USD
    max_leverage: float = math.inf  # Binance's "initialLeverage" of the bracket


def make_brackets(
    tiers: Sequence[tuple[float, float] | tuple[float, float, float]],
) -> tuple[Bracket, ...]:
    """Brackets from (notional cap, MMR[, max leverage]) in rising order; ``cum`` by Binance's
    rule."""
    out: list[Bracket] = []
    floor, cum, previous_rate = 0.0, 0.0, 0.0
    for tier in tiers:
        cap, rate = tier[0], tier[1]
        leverage = tier[2] if len(tier) > 2 else math.inf
        cum = round(cum + floor * (rate - previous_rate), 6)  # Binance's are exact to the cent
        out.append(Bracket(floor, cap, rate, cum, leverage))
        floor, previous_rate = cap, rate
    return tuple(out)


class BracketOrigin(StrEnum):
    """Where a symbol's table came from, most trusted first."""

    EXCHANGE = "exchange"  # read from the connected account (GET /fapi/v1/leverageBracket)
    FILE = "file"  # imported by the user from a saved response
    BUNDLED = "bundled"  # the table shipped with the application (its as-of date applies)
    ESTIMATED = "estimated"  # no table known for the symbol: the fallback below


@dataclass(frozen=True, slots=True)
class BracketTable:
    """One symbol's brackets, where they came from and as of when (UTC epoch ms, or None)."""

    symbol: str
    brackets: tuple[Bracket, ...]
    origin: BracketOrigin
    as_of_ms: int | None = None

    @property
    def estimated(self) -> bool:
        return self.origin is BracketOrigin.ESTIMATED

    @property
    def max_leverage(self) -> float:
        return self.brackets[0].max_leverage

    def max_notional(self, leverage: float) -> float:
        """The largest position notional (USD) Binance accepts at ``leverage``: the cap of the
        last bracket whose initial leverage is at least it (0 above the first bracket's)."""
        allowed = 0.0
        for bracket in self.brackets:
            if bracket.max_leverage + 1e-9 >= leverage:
                allowed = bracket.cap
        return allowed


CUM_TOLERANCE = 0.01  # USD: Binance's cum follows the rule to the cent


def checked_brackets(symbol: str, rows: Sequence[dict[str, float]]) -> tuple[Bracket, ...]:
    """A symbol's brackets from rows with ``floor, cap, rate, max_leverage`` and optionally
    ``cum``, checked as Binance publishes them: the first starts at 0, each starts where the
    previous ends, MMR in (0, 1] and not falling, leverage ≥ 1 and not rising, and a given
    ``cum`` equal (to the cent) to the rule above. Raises ValidationError naming the symbol,
    the bracket (1-based) and the field."""
    if not rows:
        raise ValidationError(f"{symbol} brackets", [], "at least one bracket")
    out: list[Bracket] = []
    cum, previous_rate, previous_cap, previous_leverage = 0.0, 0.0, 0.0, math.inf
    for n, row in enumerate(rows, start=1):
        where = f"{symbol} bracket {n}"
        values: dict[str, float] = {}
        for key in ("floor", "cap", "rate", "max_leverage"):
            value = row.get(key)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
            ):
                raise ValidationError(f"{where} {key}", value, "a finite number")
            values[key] = float(value)
        floor, cap, rate, leverage = (
            values["floor"],
            values["cap"],
            values["rate"],
            values["max_leverage"],
        )
        if abs(floor - previous_cap) > 1e-9 * max(1.0, previous_cap):
            expected = "0 (the first bracket)" if n == 1 else f"{previous_cap:g}, the cap above"
            raise ValidationError(f"{where} notional floor", floor, expected)
        if cap <= floor:
            raise ValidationError(f"{where} notional cap", cap, f"above its floor {floor:g}")
        if not 0 < rate <= 1:
            raise ValidationError(f"{where} maintenance margin rate", rate, "above 0, up to 1")
        if rate < previous_rate:
            raise ValidationError(
                f"{where} maintenance margin rate", rate, f"at least {previous_rate:g} (above)"
            )
        if not 1 <= leverage <= previous_leverage:
            top = "" if math.isinf(previous_leverage) else f", at most {previous_leverage:g}"
            raise ValidationError(f"{where} initial leverage", leverage, f"at least 1{top}")
        cum = round(cum + floor * (rate - previous_rate), 6)
        given = row.get("cum")
        if given is not None:
            if isinstance(given, bool) or not isinstance(given, int | float):
                raise ValidationError(f"{where} cum", given, "a number")
            if abs(float(given) - cum) > CUM_TOLERANCE + 1e-9 * cum:
                raise ValidationError(
                    f"{where} cum",
                    given,
                    f"{cum:.2f} (cum of the bracket above + floor × rise in MMR)",
                )
            cum = float(given)
        out.append(Bracket(floor, cap, rate, cum, leverage))
        previous_rate, previous_cap, previous_leverage = rate, cap, leverage
    return tuple(out)


BTCUSDT_TIERS: tuple[tuple[float, float], ...] = (
    (50_000, 0.004),
    (250_000, 0.005),
    (1_000_000, 0.01),
    (10_000_000, 0.025),
    (20_000_000, 0.05),
    (50_000_000, 0.10),
    (100_000_000, 0.125),
    (200_000_000, 0.15),
    (300_000_000, 0.25),
    (500_000_000, 0.50),
)
DEFAULT_BRACKETS = make_brackets(BTCUSDT_TIERS)

# The fallback for a symbol without a known table: the most common table of Binance's USDⓈ-M
# perpetuals (27 of the 318 USDT perpetuals on 2024-10-24); its first bracket, 1.5 % MMR up to
# 5,000 USD at 50×, is the most common first bracket (94 of them), and 254 of the 318 start at
# 1.5 % or less, so for most contracts the estimate liquidates no later than the real table.
SMALL_CAP_TIERS: tuple[tuple[float, float, float], ...] = (
    (5_000, 0.015, 50),
    (20_000, 0.02, 25),
    (25_000, 0.025, 20),
    (200_000, 0.05, 10),
    (400_000, 0.10, 5),
    (500_000, 0.125, 4),
    (1_000_000, 0.25, 2),
    (2_000_000, 0.50, 1),
)
FALLBACK_BRACKETS = make_brackets(SMALL_CAP_TIERS)


def estimated_table(symbol: str) -> BracketTable:
    """The table used for a symbol no stored, imported or bundled table knows."""
    return BracketTable(symbol, FALLBACK_BRACKETS, BracketOrigin.ESTIMATED)


def maintenance_bracket(notional: float, brackets: Sequence[Bracket] = DEFAULT_BRACKETS) -> Bracket:
    """The bracket whose [floor, cap) holds ``notional`` (the last one beyond the table)."""
    for bracket in brackets:
        if notional < bracket.cap:
            return bracket
    return brackets[-1]


def liquidation_price(
    direction: int,
    quantity: float,
    entry_price: float,
    wallet_balance: float,
    brackets: Sequence[Bracket] = DEFAULT_BRACKETS,
) -> float:
    """Isolated-margin liquidation price (one-way mode), USD; 0.0 when a long cannot be
    liquidated (the price would have to go below zero).

    LP = (WB + cum − side × Q × EP) / (Q × MMR − side × Q), with TMM = UPNL = 0 for isolated
    margin, the bracket taken at the notional *at the liquidation price* (Binance: "if the
    position at the liquidation price and at the opening price are in different brackets,
    recalculate with the bracket at the liquidation price")."""
    if quantity <= 0:
        raise ValueError("quantity must be above 0")
    price = 0.0
    for bracket in brackets:
        price = (wallet_balance + bracket.cum - direction * quantity * entry_price) / (
            quantity * bracket.rate - direction * quantity
        )
        if price <= 0:
            return 0.0
        if bracket.floor <= quantity * price < bracket.cap:
            return price
    return max(price, 0.0)
