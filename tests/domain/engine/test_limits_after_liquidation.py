"""A liquidation is a realised loss like any other: the daily loss limit and the copy
stop-loss are checked right after it (hand-computed, taker 0.05 %, no slippage)."""

from __future__ import annotations

from tradermanager.domain.engine import AccountGuards, CopyRules, ExitReason

from .engine_cases import candles, open_signal, run

FLAT = (100.0, 101.0, 99.0, 100.0)
# 20× long, margin $100: 20 units at 100, entry fee 2,000 × 0.05 % = $1.00;
# LP = (100 − 2,000) / (20 × 0.004 − 20) = 95.38, reached by the low of 95 at minute 1.
DROP = (100.0, 100.0, 95.0, 96.0)


def _market():
    return [candles([FLAT, DROP, FLAT, FLAT, FLAT]), candles([FLAT] * 5, symbol="ETH")]


def _signals():
    return [
        open_signal("btc", leverage=20),
        open_signal("eth", symbol="ETH"),  # 10×: $1,000 notional, fee $0.50
        open_signal("late", minute=3, symbol="ETH", leverage=5),
    ]


def test_a_liquidation_reaches_the_daily_loss_limit() -> None:
    """Wallet at the start of the day $1,000, limit 10 % = $100. After the liquidation the
    wallet is 1,000 − 1.00 − 0.50 − 100 = $898.50: down $101.50, so the ETH copy is closed at
    the next open (minute 2, at 100: fee $0.50, P&L −$1.00) and the minute-3 signal is
    refused."""
    guards = AccountGuards(daily_loss_limit=0.1, daily_loss_close_all=True)
    result = run(_market(), _signals(), guards=guards)
    by_source = {c.source_id: c for c in result.closed}
    assert by_source["btc"].exit_reason is ExitReason.LIQUIDATION
    assert round(by_source["btc"].pnl, 2) == -101.0
    eth = by_source["eth"]
    assert eth.exit_reason is ExitReason.DAILY_LOSS_LIMIT and eth.exit_price == 100.0
    assert round(eth.pnl, 2) == -1.0
    assert result.decisions[-1].source_id == "late"
    assert result.decisions[-1].reason == "daily_loss_limit"
    assert [a.kind for a in result.alerts] == ["daily_loss_limit"]
    assert round(result.cash, 2) == 898.0 == round(result.equity, 2)


def test_a_liquidation_reaches_the_copy_stop_loss() -> None:
    """Copy stop at 10 % of $1,000: the liquidation's −$101.00 (with the ETH entry fee,
    −$101.50) passes $100, so the trader's ETH copy is closed and its next signal refused."""
    rules = CopyRules(base_size=100.0, copy_stop_loss=0.1, allocation=1000)
    result = run(_market(), _signals(), rules=rules)
    reasons = {c.source_id: c.exit_reason for c in result.closed}
    assert reasons == {"btc": ExitReason.LIQUIDATION, "eth": ExitReason.COPY_STOP}
    assert result.decisions[-1].reason == "copy_stop"
    assert result.paused == {"Alice"}
