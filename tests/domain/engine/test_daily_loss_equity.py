"""The daily loss limit counts what open copies have lost too: the fall of equity (wallet +
unrealised P&L at the candle's open) since 00:00 UTC, checked at every event (a signal, a
fill, an exit, a funding settlement). Hand-computed: taker 0.05 %, no slippage, no funding."""

from __future__ import annotations

from tradermanager.domain.engine import AccountGuards, ExitReason

from .engine_cases import MINUTE, T0_MS, candles, open_signal, run

FLAT = (100.0, 101.0, 99.0, 100.0)
LOW = (85.0, 86.0, 84.0, 85.0)  # 15 % down: above both 5× longs' liquidation price (80.32)


def _market():
    return [
        candles([FLAT, LOW, LOW, LOW, LOW]),
        candles([FLAT, LOW, LOW, LOW, LOW], symbol="ETH"),
        candles([FLAT] * 5, symbol="SOL"),
    ]


def _signals():
    # two 5× longs of $100 margin: 5 units each at 100, entry fees 500 × 0.05 % = $0.25 each
    return [
        open_signal("btc", leverage=5),
        open_signal("eth", symbol="ETH", leverage=5),
        open_signal("sol", minute=3, symbol="SOL", leverage=5),
    ]


def test_open_losses_reach_the_limit_and_refuse_new_copies() -> None:
    """At minute 3 both longs are marked at 85: unrealised 2 × 5 × (85 − 100) = −$150, fees
    −$0.50, so equity is down $150.50 from $1,000 at 00:00 — past 10 % of the wallet then
    ($100). The SOL signal is refused; nothing was realised."""
    guards = AccountGuards(daily_loss_limit=0.1)
    result = run(_market(), _signals(), guards=guards)
    assert [d.reason for d in result.decisions] == [None, None, "daily_loss_limit"]
    (alert,) = result.alerts
    assert alert.kind == "daily_loss_limit" and alert.time == T0_MS + 3 * MINUTE
    assert "$150.50" in alert.message
    assert round(result.cash, 2) == 999.5 and len(result.open) == 2


def test_with_close_all_the_open_copies_are_closed_at_the_next_open() -> None:
    """Closed at minute 4's open (85): each −$75 gross, fees $0.25 + 85 × 5 × 0.05 % = $0.2125,
    P&L −$75.46; the wallet ends at 1,000 − 2 × 75.4625 = $849.08."""
    guards = AccountGuards(daily_loss_limit=0.1, daily_loss_close_all=True)
    result = run(_market(), _signals(), guards=guards)
    assert {c.source_id: c.exit_reason for c in result.closed} == {
        "btc": ExitReason.DAILY_LOSS_LIMIT,
        "eth": ExitReason.DAILY_LOSS_LIMIT,
    }
    assert all(c.exit_time == T0_MS + 4 * MINUTE for c in result.closed)
    assert [round(c.pnl, 2) for c in result.closed] == [-75.46, -75.46]
    assert round(result.cash, 2) == 849.08 == round(result.equity, 2)


def test_a_smaller_open_loss_stays_under_the_limit() -> None:
    """With a 20 % limit ($200) the $150.50 fall is not enough: SOL is copied."""
    guards = AccountGuards(daily_loss_limit=0.2)
    result = run(_market(), _signals(), guards=guards)
    assert [d.reason for d in result.decisions] == [None, None, None]
    assert result.alerts == ()
