"""Binance USDⓈ-M maintenance-margin brackets and the isolated-margin liquidation price.

Binance publishes per symbol a table of notional brackets, each with a maintenance margin
rate (MMR) and a maintenance amount ("cum"), where
``cum_n = cum_(n-1) + floor_n × (MMR_n − MMR_(n-1))`` keeps the maintenance margin continuous.
The default table is BTCUSDT's (GET /fapi/v1/leverageBracket); see docs/execution.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bracket:
    floor: float  # USD notional where the bracket starts
    cap: float  # USD notional where it ends
    rate: float  # maintenance margin rate, fraction of notional
    cum: float  # maintenance amount, USD


def make_brackets(tiers: Sequence[tuple[float, float]]) -> tuple[Bracket, ...]:
    """Brackets from (notional cap, MMR) pairs in rising order; ``cum`` by Binance's rule."""
    out: list[Bracket] = []
    floor, cum, previous_rate = 0.0, 0.0, 0.0
    for cap, rate in tiers:
        cum += floor * (rate - previous_rate)
        out.append(Bracket(floor, cap, rate, cum))
        floor, previous_rate = cap, rate
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
