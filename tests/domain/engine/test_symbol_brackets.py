"""Each symbol's own maintenance-margin brackets: liquidation prices, the leverage allowed for
a notional, the estimated table of an unknown symbol — hand-computed to the cent."""

from __future__ import annotations

import pytest

from tradermanager.domain.engine import (
    BracketOrigin,
    BracketTable,
    CopyRules,
    ExitReason,
    Market,
    TraderFeed,
    estimated_table,
    liquidation_price,
    run_engine,
)
from tradermanager.domain.engine.brackets import (
    FALLBACK_BRACKETS,
    checked_brackets,
    make_brackets,
)
from tradermanager.domain.engine.market import CandleSeries
from tradermanager.domain.enums import RejectReason
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.settings import make_settings

from .engine_cases import COSTS, candles, open_signal

# WIFUSDT as Binance publishes it (GET /fapi/v1/leverageBracket, 2024-10-24):
# notional cap, maintenance margin rate, initial leverage
WIF_TIERS = (
    (20_000, 0.01, 75),
    (200_000, 0.015, 50),
    (1_000_000, 0.02, 25),
    (2_000_000, 0.025, 20),
    (10_000_000, 0.05, 10),
    (20_000_000, 0.10, 5),
    (25_000_000, 0.125, 4),
    (50_000_000, 0.25, 2),
    (100_000_000, 0.50, 1),
)
WIF = BracketTable("WIF", make_brackets(WIF_TIERS), BracketOrigin.BUNDLED)


def cents(x: float | None) -> float:
    assert x is not None
    return round(x, 2)


def replay(
    series: CandleSeries,
    signals: list,
    tables: dict[str, BracketTable] | None,
    base_size: float,
    capital: float = 5000.0,
):
    market = Market({series.symbol: series}, brackets=tables or {})
    settings = make_settings(name="Alice", max_leverage=125, min_confidence=0)
    feed = TraderFeed("Alice", settings, signals, CopyRules(base_size=base_size))
    return run_engine([feed], market, COSTS, capital)


def test_wif_cum_follows_binances_rule() -> None:
    # cum_n = cum_(n−1) + floor_n × (MMR_n − MMR_(n−1)): 20,000 × 0.005 = 100;
    # 100 + 200,000 × 0.005 = 1,100; 1,100 + 1,000,000 × 0.005 = 6,100 — Binance's own values
    assert [b.cum for b in WIF.brackets[:5]] == [0, 100, 1_100, 6_100, 56_100]


def test_altcoin_liquidation_uses_its_second_bracket() -> None:
    # 1,500 margin at 20× on WIF at 2.00: Q = 15,000, notional 30,000 (bracket 2).
    # bracket 1 gives LP = (1,500 + 0 − 30,000) / (150 − 15,000) = 1.919192, whose notional
    # 28,788 lies in bracket 2, which gives LP = (1,500 + 100 − 30,000) / (225 − 15,000)
    lp = liquidation_price(1, 15_000, 2.0, 1_500, WIF.brackets)
    assert lp == pytest.approx(28_400 / 14_775)  # 1.9221658
    assert 20_000 <= 15_000 * lp < 200_000
    # the candle's low 1.91 reaches it: the whole margin and the entry fee (30,000 × 0.05 %)
    series = candles([(2.0, 2.0, 2.0, 2.0), (2.0, 2.0, 1.91, 1.95)], symbol="WIF")
    signal = open_signal(symbol="WIF", price=2.0, leverage=20)
    result = replay(series, [signal], {"WIF": WIF}, base_size=1_500)
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.LIQUIDATION
    assert copy.liquidation_price == pytest.approx(1.9221658, abs=1e-7)
    assert cents(copy.pnl) == -1_515.00
    assert cents(result.cash) == 3_485.00


def test_one_table_for_every_symbol_would_have_kept_it_open() -> None:
    # BTCUSDT's table (0.4 % up to 50,000) puts the same position's LP at
    # (1,500 − 30,000) / (60 − 15,000) = 1.907631, below the candle's low 1.91
    series = candles([(2.0, 2.0, 2.0, 2.0), (2.0, 2.0, 1.91, 1.95)], symbol="WIF")
    result = replay(series, [open_signal(symbol="WIF", price=2.0, leverage=20)], None, 1_500)
    (copy,) = result.open
    assert copy.liquidation_price == pytest.approx(28_500 / 14_940)


def test_unknown_symbol_uses_the_estimated_small_cap_table() -> None:
    # 100 margin at 10× at 100: Q = 10, notional 1,000 in the fallback's first bracket
    # (1.5 %, cum 0): LP = (100 − 1,000) / (0.15 − 10) = 91.370558
    table = estimated_table("XYZ")
    assert table.estimated and table.brackets == FALLBACK_BRACKETS
    assert [b.cum for b in table.brackets[:4]] == [0, 25, 125, 750]
    series = candles([(100, 100, 100, 100), (100, 100, 91.3, 95)], symbol="XYZ")
    result = replay(series, [open_signal(symbol="XYZ", leverage=10)], {"XYZ": table}, 100)
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.LIQUIDATION
    assert copy.exit_price == pytest.approx(900 / 9.85)
    assert cents(copy.pnl) == -100.50


def test_leverage_above_the_symbols_first_bracket_is_refused() -> None:
    series = candles([(2.0, 2.0, 2.0, 2.0)] * 3, symbol="WIF")
    result = replay(series, [open_signal(symbol="WIF", price=2.0, leverage=100)], {"WIF": WIF}, 10)
    (decision,) = result.decisions
    assert not decision.accepted
    assert decision.reason == RejectReason.LEVERAGE_BRACKET
    assert "at most 75x" in decision.message
    assert result.open == () or len(result.open) == 0


def test_notional_above_the_cap_allowed_at_that_leverage_is_refused() -> None:
    # at 75× WIF allows 20,000 notional: 300 × 75 = 22,500 is refused (Binance: -2027),
    # 200 × 75 = 15,000 is copied; at 50× up to 200,000
    series = candles([(2.0, 2.0, 2.0, 2.0)] * 3, symbol="WIF")
    too_big = replay(series, [open_signal(symbol="WIF", price=2, leverage=75)], {"WIF": WIF}, 300)
    (decision,) = too_big.decisions
    assert decision.reason == RejectReason.LEVERAGE_BRACKET
    assert "$20,000" in decision.message and "$22,500.00" in decision.message
    fits = replay(series, [open_signal(symbol="WIF", price=2, leverage=75)], {"WIF": WIF}, 200)
    assert fits.decisions[0].accepted and len(fits.open) == 1
    assert WIF.max_notional(50) == 200_000
    assert WIF.max_notional(76) == 0.0
    assert WIF.max_notional(1) == 100_000_000


def test_an_estimated_table_never_refuses_a_copy() -> None:
    # the fallback allows 50× but is only a guess: the copy goes ahead at 100×
    series = candles([(100, 100, 100, 100)] * 3, symbol="XYZ")
    tables = {"XYZ": estimated_table("XYZ")}
    result = replay(series, [open_signal(symbol="XYZ", leverage=100)], tables, 10)
    assert result.decisions[0].accepted


def test_checked_brackets_names_the_symbol_bracket_and_field() -> None:
    rows = [
        {"floor": 0, "cap": 10_000, "rate": 0.005, "max_leverage": 75, "cum": 0},
        {"floor": 10_000, "cap": 50_000, "rate": 0.007, "max_leverage": 50, "cum": 20},
        {"floor": 50_000, "cap": 750_000, "rate": 0.01, "max_leverage": 40, "cum": 170},
    ]
    assert [b.cum for b in checked_brackets("DOGEUSDT", rows)] == [0, 20, 170]
    wrong_cum = [*rows[:2], {**rows[2], "cum": 150}]
    with pytest.raises(ValidationError, match=r"DOGEUSDT bracket 3 cum.*170\.00"):
        checked_brackets("DOGEUSDT", wrong_cum)
    gap = [rows[0], {**rows[1], "floor": 12_000}]
    with pytest.raises(ValidationError, match="DOGEUSDT bracket 2 notional floor"):
        checked_brackets("DOGEUSDT", gap)
    falling = [rows[0], {**rows[1], "rate": 0.004, "cum": None}]
    with pytest.raises(ValidationError, match="bracket 2 maintenance margin rate"):
        checked_brackets("DOGEUSDT", falling)
    rising_leverage = [rows[0], {**rows[1], "max_leverage": 100}]
    with pytest.raises(ValidationError, match="bracket 2 initial leverage"):
        checked_brackets("DOGEUSDT", rising_leverage)
    with pytest.raises(ValidationError, match="bracket 1 cap"):
        checked_brackets("DOGEUSDT", [{**rows[0], "cap": "x"}])
    with pytest.raises(ValidationError, match="at least one bracket"):
        checked_brackets("DOGEUSDT", [])
    # a missing cum is computed by the rule
    assert checked_brackets("DOGEUSDT", [{**r, "cum": None} for r in rows])[2].cum == 170
