"""Hand-computed cases, to the cent, for every rule of the engine (docs/execution.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tradermanager.domain.engine import (
    AccountGuards,
    CopyRules,
    ExitReason,
    SizingMode,
    liquidation_price,
)
from tradermanager.domain.engine.costs import EngineCosts
from tradermanager.domain.enums import OrderType, Side, SignalKind

from .engine_cases import (
    COSTS,
    MINUTE,
    NO_COSTS,
    T0_MS,
    at,
    candles,
    follow_up,
    open_signal,
    run,
)

FLAT = (100.0, 101.0, 99.0, 100.0)


def cents(x: float | None) -> float:
    assert x is not None
    return round(x, 2)


def test_market_entry_taker_fee_and_maker_take_profit() -> None:
    # margin 100 × 10 = 1,000 notional at 100 → 10 units; taker 0.05 % = 0.50;
    # target 110 is a resting limit: maker 0.02 % of 1,100 = 0.22; gross 10 × 10 = 100
    series = candles([FLAT, (100, 111, 99, 110), (110, 112, 108, 111)])
    result = run(series, [open_signal(stop=95, targets=[110])])
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.TAKE_PROFIT
    assert (copy.entry_price, copy.exit_price, copy.quantity) == (100.0, 110.0, 10.0)
    assert cents(copy.fees) == 0.72
    assert cents(copy.pnl) == 99.28
    assert cents(result.cash) == 1099.28 == cents(result.equity)


def test_slippage_on_market_entry_and_close_signal() -> None:
    # buy at 100 × 1.001 = 100.1 → 1,000 / 100.1 units; sell at 105 × 0.999 = 104.895
    costs = replace(COSTS, slippage=0.001)
    series = candles([FLAT, FLAT, (105, 106, 104, 105)])
    entry = open_signal()
    result = run(series, [entry, follow_up(entry, "c", 2, SignalKind.CLOSE)], costs=costs)
    (copy,) = result.closed
    quantity = 1000 / 100.1
    assert copy.entry_price == pytest.approx(100.1)
    assert copy.exit_price == pytest.approx(104.895)
    entry_fee, exit_fee = 0.50, quantity * 104.895 * 0.0005  # 0.5240
    assert cents(copy.fees) == cents(entry_fee + exit_fee) == 1.02
    assert cents(copy.pnl) == cents(quantity * 4.795 - entry_fee - exit_fee) == 46.88
    assert copy.exit_reason is ExitReason.CLOSE_SIGNAL


def test_take_profit_split_and_break_even_after_the_first() -> None:
    # TP1 110 closes half (5 units): +50, maker fee 5 × 110 × 0.0002 = 0.11; stop → 100;
    # the next candle dips to 99.5: the other half leaves at 100, taker fee 0.25
    series = candles([FLAT, (105, 111, 104, 110), (110, 112, 99.5, 100)])
    rules = CopyRules(base_size=100.0, break_even_after=1)
    result = run(series, [open_signal(stop=90.5, targets=[110, 120])], rules=rules)
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.BREAK_EVEN
    assert copy.exit_price == 105.0  # (5 × 110 + 5 × 100) / 10
    assert cents(copy.fees) == 0.86
    assert cents(copy.pnl) == 49.14


def test_uneven_split_from_the_trader_rules() -> None:
    # 70 % at 110 (7 units, +70, fee 0.154), 30 % at 120 (3 units, +60, fee 0.072)
    series = candles([FLAT, (105, 111, 104, 110), (110, 121, 109, 120)])
    rules = CopyRules(base_size=100.0, tp_split=(0.7, 0.3))
    result = run(series, [open_signal(targets=[110, 120])], rules=rules)
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.TAKE_PROFIT
    assert [f.quantity for f in copy.fills[1:]] == pytest.approx([7.0, 3.0])
    assert cents(copy.pnl) == cents(130 - 0.5 - 0.154 - 0.072) == 129.27


def test_liquidation_price_is_binances_isolated_formula() -> None:
    # LP = (WB + cum − side·Q·EP) / (Q·MMR − side·Q); bracket 1: MMR 0.4 %, cum 0
    assert liquidation_price(1, 10, 100, 100) == pytest.approx(900 / 9.96)  # 90.3614
    assert liquidation_price(-1, 10, 100, 100) == pytest.approx(1100 / 10.04)  # 109.5618
    # 10 BTC at 30,000, 5×: entry notional 300,000 is bracket 3 (1 %, cum 1,300), but the
    # notional at that price (241,111) is bracket 2 (0.5 %, cum 50): Binance recomputes
    assert cents(liquidation_price(1, 10, 30_000, 60_000)) == 24115.58
    assert liquidation_price(1, 1, 100, 100) == 0.0  # a 1× long is never liquidated


def test_liquidation_comes_before_a_stop_beyond_it() -> None:
    # the stop at 85 lies beyond the liquidation price 90.36: the whole margin is lost
    series = candles([FLAT, (100, 100, 89, 90)])
    result = run(series, [open_signal(stop=85)])
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.LIQUIDATION
    assert copy.exit_price == pytest.approx(90.36144578)
    assert cents(copy.pnl) == -100.50  # margin and the entry fee
    assert cents(result.cash) == 899.50


def test_stop_closer_than_liquidation_fills_first() -> None:
    # −50 at 95, fees 0.50 + 10 × 95 × 0.0005 = 0.475
    series = candles([FLAT, (100, 100, 89, 90)])
    (copy,) = run(series, [open_signal(stop=95)]).closed
    assert copy.exit_reason is ExitReason.STOP_LOSS
    assert cents(copy.pnl) == cents(-50 - 0.5 - 0.475)


def test_stop_is_assumed_first_when_one_candle_touches_stop_and_target() -> None:
    series = candles([FLAT, (100, 106, 94, 100)])
    (copy,) = run(series, [open_signal(stop=95, targets=[105])]).closed
    assert copy.exit_reason is ExitReason.STOP_LOSS
    assert copy.exit_price == 95


def test_a_gap_through_the_stop_fills_at_the_open() -> None:
    series = candles([FLAT, (93, 94, 92, 93)])
    (copy,) = run(series, [open_signal(stop=95)]).closed
    assert copy.exit_price == 93


def test_short_liquidation_from_the_candle_high() -> None:
    series = candles([FLAT, (100, 110, 99, 108)])
    (copy,) = run(series, [open_signal(side=Side.SHORT, stop=115)]).closed
    assert copy.exit_reason is ExitReason.LIQUIDATION
    assert copy.exit_price == pytest.approx(1100 / 10.04)
    assert cents(copy.pnl) == -100.50


def test_funding_every_eight_hours_on_the_open_notional() -> None:
    # hourly candles from 00:00; the copy opens at 00:00 (after that settlement), pays at
    # 08:00 on 10 × 102 (the mark at 08:00) × 0.01 % = 0.102, closes at 09:00 at 103
    hour = 3_600_000
    rows = [FLAT] * 8 + [(102, 103, 101, 102), (103, 104, 102, 103)]
    series = candles(rows, step_ms=hour)
    costs = replace(COSTS, funding_rate=0.0001)
    entry = open_signal()
    result = run(series, [entry, follow_up(entry, "c", 9 * 60, SignalKind.CLOSE)], costs=costs)
    (copy,) = result.closed
    assert copy.funding == pytest.approx(0.102)
    assert cents(copy.pnl) == cents(30 - 0.5 - 10 * 103 * 0.0005 - 0.102) == 28.88
    short = replace(entry, side=Side.SHORT)
    result = run(series, [short, follow_up(short, "c", 9 * 60, SignalKind.CLOSE)], costs=costs)
    assert result.closed[0].funding == pytest.approx(-0.102)  # shorts receive


def test_limit_entry_fills_as_maker_when_a_candle_trades_through() -> None:
    series = candles([FLAT, (99, 99.5, 97, 98), (98, 99, 97.5, 98)])
    signal = open_signal(order_type=OrderType.LIMIT, price=98)
    result = run(series, [signal])
    (copy,) = result.open
    assert copy.entry_price == 98
    assert copy.entry_time == T0_MS + MINUTE
    assert cents(copy.fees) == 0.20  # 1,000 notional × 0.02 %


def test_unfilled_limit_expires_and_frees_its_margin() -> None:
    series = candles([FLAT] * 200)
    rules = CopyRules(base_size=100.0, limit_expiry_hours=1)
    result = run(series, [open_signal(order_type=OrderType.LIMIT, price=90)], rules=rules)
    (copy,) = result.closed
    assert copy.exit_reason is ExitReason.EXPIRED
    assert copy.entry_price is None and copy.fills == () and copy.pnl == 0
    assert copy.exit_time == T0_MS + 60 * MINUTE
    assert result.cash == 1000 and result.cash_history == ()


def test_a_range_splits_equally_and_the_unfilled_part_expires() -> None:
    # 50 margin at 99 fills; the 97 leg never trades and expires after an hour
    series = candles([FLAT, (99.5, 99.6, 98.5, 99)] + [(99, 99.5, 98.8, 99)] * 100)
    rules = CopyRules(base_size=100.0, limit_expiry_hours=1)
    signal = open_signal(order_type=OrderType.LIMIT, entries=[99, 97])
    (copy,) = run(series, [signal], rules=rules).open
    assert copy.margin == 50 and copy.quantity == pytest.approx(500 / 99)
    assert copy.entry_price == 99


def test_trailing_stop_follows_the_best_price() -> None:
    # best 120 after candle 1, stop 5 % behind = 114; candle 2 dips to 113
    series = candles([FLAT, (100, 120, 100, 118), (118, 119, 113, 114)])
    rules = CopyRules(base_size=100.0, trailing_stop=0.05)
    (copy,) = run(series, [open_signal()], rules=rules).closed
    assert copy.exit_reason is ExitReason.TRAILING_STOP
    assert copy.exit_price == 114
    assert cents(copy.pnl) == cents(140 - 0.5 - 0.57) == 138.93


def test_source_follow_ups_close_part_and_move_the_stop() -> None:
    # half closed at 104 (+20, fee 0.26), stop moved to 103, hit in candle 3 (+15, 0.2575)
    series = candles([FLAT, (104, 105, 103.5, 104), (104, 105, 103.5, 104), (104, 104, 102, 103)])
    entry = open_signal(stop=90.5)
    signals = [
        entry,
        follow_up(entry, "half", 1, SignalKind.CLOSE, close_fraction=0.5),
        follow_up(entry, "move", 2, SignalKind.UPDATE, stop_loss=103.0),
    ]
    (copy,) = run(series, signals).closed
    assert copy.exit_reason is ExitReason.STOP_LOSS
    assert copy.exit_price == pytest.approx(103.5)
    assert cents(copy.pnl) == cents(35 - 0.5 - 0.26 - 0.2575) == 33.98


def test_source_says_target_one_was_hit() -> None:
    series = candles([FLAT, (108, 109, 107, 108), (108, 109, 107, 108)])
    entry = open_signal(targets=[110, 120])
    signals = [entry, follow_up(entry, "tp1", 1, SignalKind.UPDATE, target_hit=1)]
    (copy,) = run(series, signals).open
    assert copy.remaining == 5
    assert cents(copy.realized_pnl) == cents(40 - 0.5 - 5 * 108 * 0.0005)


def test_cancel_withdraws_unfilled_entries() -> None:
    series = candles([FLAT] * 5)
    entry = open_signal(order_type=OrderType.LIMIT, price=90)
    signals = [entry, follow_up(entry, "x", 2, SignalKind.CANCEL)]
    (copy,) = run(series, signals).closed
    assert copy.exit_reason is ExitReason.CLOSE_SIGNAL and copy.fills == ()


def test_insufficient_margin_is_refused_with_its_reason() -> None:
    series = candles([FLAT, FLAT])
    # needs 100 margin + 0.50 fee; 100.49 is not enough, 100.50 is
    refused = run(series, [open_signal()], capital=100.49)
    assert refused.decisions[0].reason == "insufficient_margin"
    assert refused.closed == () and refused.open == ()
    assert run(series, [open_signal()], capital=100.50).decisions[0].accepted


def test_any_capital_from_one_dollar_runs() -> None:
    series = candles([FLAT, (100, 100, 50, 60)])
    rules = CopyRules(sizing=SizingMode.EQUITY_PCT, equity_fraction=0.5)
    result = run(series, [open_signal(leverage=20)], capital=1.0, rules=rules)
    assert result.closed[0].exit_reason is ExitReason.LIQUIDATION
    assert result.cash >= 0 and result.equity >= 0


def test_sizing_by_risk_to_the_stop() -> None:
    # 1 % of 1,000 = 10 at risk over 100 → 95: 2 units, margin 2 × 100 / 10 = 20
    series = candles([FLAT, FLAT])
    rules = CopyRules(sizing=SizingMode.RISK_PCT, risk_fraction=0.01)
    (copy,) = run(series, [open_signal(stop=95)], rules=rules).open
    assert copy.quantity == pytest.approx(2) and copy.margin == pytest.approx(20)
    refused = run(series, [open_signal()], rules=rules)
    assert refused.decisions[0].reason == "no_stop_loss"


def test_sizing_by_a_share_of_equity() -> None:
    series = candles([FLAT, FLAT])
    rules = CopyRules(sizing=SizingMode.EQUITY_PCT, equity_fraction=0.25)
    (copy,) = run(series, [open_signal()], rules=rules).open
    assert copy.margin == 250


def test_daily_loss_limit_blocks_the_rest_of_the_day_and_can_close_all() -> None:
    # the BTC copy loses 50.98 (> 5 % of 1,000) in minute 1; ETH held since minute 0 is
    # closed at the next candle's open; a new signal later that day is refused
    btc = candles([FLAT, (100, 100, 89, 90)] + [FLAT] * 3)
    eth = candles([FLAT, FLAT, (101, 102, 100, 101)] + [FLAT] * 2, symbol="ETH")
    guards = AccountGuards(daily_loss_limit=0.05, daily_loss_close_all=True)
    signals = [
        open_signal(stop=95),
        open_signal("e", symbol="ETH"),
        open_signal("late", minute=3, symbol="ETH", side=Side.SHORT),
    ]
    result = run([btc, eth], signals, guards=guards)
    reasons = {c.symbol: c.exit_reason for c in result.closed}
    assert reasons == {"BTC": ExitReason.STOP_LOSS, "ETH": ExitReason.DAILY_LOSS_LIMIT}
    eth_copy = next(c for c in result.closed if c.symbol == "ETH")
    assert eth_copy.exit_price == 101 and eth_copy.exit_time == T0_MS + 2 * MINUTE
    assert result.decisions[-1].reason == "daily_loss_limit"
    assert [a.kind for a in result.alerts] == ["daily_loss_limit"]


def test_daily_loss_limit_lifts_on_the_next_utc_day() -> None:
    day = 86_400_000
    btc = candles([FLAT, (100, 100, 89, 90)] + [FLAT] * 2, step_ms=day // 2)
    guards = AccountGuards(daily_loss_limit=0.05)
    signals = [open_signal(stop=95), open_signal("next", minute=24 * 60)]
    result = run(btc, signals, guards=guards)
    assert result.decisions[-1].accepted


def test_copy_stop_loss_closes_the_traders_copies_and_pauses_it() -> None:
    btc = candles([FLAT, (100, 100, 89, 90)] + [FLAT] * 3)
    eth = candles([FLAT] * 5, symbol="ETH")
    rules = CopyRules(base_size=100.0, copy_stop_loss=0.05, allocation=1000)
    signals = [open_signal(stop=95), open_signal("e", symbol="ETH"), open_signal("n", minute=3)]
    result = run([btc, eth], signals, rules=rules)
    reasons = {c.symbol: c.exit_reason for c in result.closed}
    assert reasons == {"BTC": ExitReason.STOP_LOSS, "ETH": ExitReason.COPY_STOP}
    assert result.paused == {"Alice"}
    assert result.decisions[-1].reason == "copy_stop"
    assert [a.kind for a in result.alerts] == ["copy_stop"]


def test_max_open_positions_and_token_exposure() -> None:
    btc, eth = candles([FLAT] * 4), candles([FLAT] * 4, symbol="ETH")
    signals = [open_signal(), open_signal("e", symbol="ETH")]
    result = run([btc, eth], signals, guards=AccountGuards(max_open_positions=1))
    assert [d.reason for d in result.decisions] == [None, "max_open_positions"]
    assert result.alerts[0].kind == "max_open_positions"
    short = open_signal("s", side=Side.SHORT)
    result = run(btc, [open_signal(), short], guards=AccountGuards(max_token_exposure=1500))
    assert [d.reason for d in result.decisions] == [None, "max_token_exposure"]
    result = run(btc, [open_signal(), short], rules=CopyRules(base_size=100.0, max_open=1))
    assert [d.reason for d in result.decisions] == [None, "max_trader_positions"]


def test_copy_rules_still_apply_leverage_above_max_is_refused() -> None:
    result = run(candles([FLAT]), [open_signal(leverage=20)], max_leverage=10)
    assert result.decisions[0].reason == "leverage_above_max"


def test_market_entry_waits_for_the_next_candle_after_the_lag() -> None:
    # received at 00:00:57, 5 s lag → 00:01:02: the first candle starting after is 00:02
    series = candles([FLAT, (101, 102, 100, 101), (102, 103, 101, 102)])
    signal = replace(open_signal(), received_time=at(57 / 60))
    costs = EngineCosts(taker_fee=0, maker_fee=0, slippage=0, lag_seconds=5, funding_rate=0)
    (copy,) = run(series, [signal], costs=costs).open
    assert copy.entry_time == T0_MS + 2 * MINUTE and copy.entry_price == 102


def test_no_candle_after_the_signal_is_refused_not_guessed() -> None:
    result = run(candles([FLAT]), [open_signal(minute=5)], costs=NO_COSTS)
    assert result.decisions[0].reason == "no_market_data"


def test_closing_everything_leaves_cash_equal_to_equity() -> None:
    series = candles([FLAT, (100, 105, 99, 104), (104, 105, 103, 104)])
    result = run(series, [open_signal()])
    assert result.equity == pytest.approx(result.cash + result.open[0].unrealized_pnl)


def test_stored_funding_history_replaces_the_flat_rate() -> None:
    # a contract settling every 4 h: −0.03 % at 04:00 (the long receives 10 × 101 × 0.0003)
    # and +0.01 % at 08:00 (pays 10 × 102 × 0.0001); the flat rate is not used
    from tradermanager.domain.engine import Market
    from tradermanager.domain.market import FundingRates

    hour = 3_600_000
    rows = [FLAT] * 4 + [(101, 102, 100, 101)] * 4 + [(102, 103, 101, 102)] * 2
    series = candles(rows, step_ms=hour)
    history = FundingRates("BTCUSDT", [T0_MS + 4 * hour, T0_MS + 8 * hour], [-0.0003, 0.0001])
    entry = open_signal()
    signals = [entry, follow_up(entry, "c", 9 * 60, SignalKind.CLOSE)]
    from tradermanager.domain.engine import TraderFeed, run_engine
    from tradermanager.domain.settings import make_settings

    feed = TraderFeed(
        "A",
        make_settings(name="A", min_confidence=0, max_leverage=20),
        signals,
        CopyRules(base_size=100.0),
    )
    market = Market({"BTC": series}, {"BTC": history})
    result = run_engine([feed], market, replace(COSTS, funding_rate=0.05), 1000)
    assert result.closed[0].funding == pytest.approx(-10 * 101 * 0.0003 + 10 * 102 * 0.0001)


def test_an_update_saying_close_half_closes_half_at_market() -> None:
    # as a Telegram channel's "close 50 %" arrives: an update with close_fraction 0.5
    series = candles([FLAT, (104, 105, 103.5, 104), (104, 105, 103.5, 104)])
    entry = open_signal()
    half = follow_up(entry, "half", 1, SignalKind.UPDATE, close_fraction=0.5)
    (copy,) = run(series, [entry, half]).open
    assert copy.remaining == 5
    assert cents(copy.realized_pnl) == cents(20 - 0.5 - 5 * 104 * 0.0005)
