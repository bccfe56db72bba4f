"""Metric snapshots: computed on demand, cached per trader and window, dropped on new data."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal


@pytest.fixture
def demo(services):
    services.demo.load(6, 60, seed=11)
    services.metrics.ensure_snapshots()  # as the background refresh does after a load
    return services


def test_snapshots_cover_every_trader_and_window(demo):
    traders = demo.traders.list()
    for window in ("7d", "30d", "90d", "all"):
        snaps = demo.metrics.snapshots(window)
        assert set(snaps) == {t.id for t in traders}
    values = demo.metrics.trader_metrics("Meme Degen 20x", "all").values
    assert values["trade_count"] > 50 and values["max_leverage"] >= 20
    assert values["max_drawdown"] <= 0 and values["risk_score"] == 10.0
    assert values["roi_90d"] is None  # sixty days of history do not reach back 90
    assert values["diversification_basis"] == "prices"


def test_snapshot_is_cached_then_refreshed_after_a_new_signal(demo, clock):
    trader = demo.traders.get("Paper Newcomer")
    first = demo.metrics.trader_metrics(trader.id, "all")
    again = demo.metrics.trader_metrics(trader.id, "all")
    assert again.computed_at == first.computed_at  # served from the cache
    clock.advance(timedelta(minutes=5))
    now = clock.now()
    signal = Signal(
        source_id="new-1",
        symbol="SOL",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=100.0,
        trader_time=now,
        received_time=now,
        leverage=3.0,
        confidence=None,
    )
    demo.pipeline.process(trader.id, signal)
    fresh = demo.metrics.trader_metrics(trader.id, "all")
    assert fresh.computed_at == now
    assert fresh.values["signal_count"] == first.values["signal_count"] + 1


def test_refresh_reports_its_timings(demo):
    report = demo.metrics.refresh()
    assert report.traders == 6
    assert report.load_seconds >= 0 and report.compute_seconds > 0


def test_bad_window_is_refused(demo):
    with pytest.raises(ValidationError, match="window"):
        demo.metrics.trader_metrics("Paused Pete", "1y")


def test_trader_without_history_has_undefined_metrics(services):
    alice = services.traders.add(name="Alice")
    values = services.metrics.trader_metrics(alice.id, "30d").values
    assert values["trade_count"] == 0 and values["sharpe_ratio"] is None
    assert values["roi_all"] is None and values["win_rate"] is None


def test_trader_correlation_flags_redundant_pairs(demo):
    corr = demo.metrics.correlation(window="all")
    assert len(corr.names) == 6 and len(corr.matrix) == 6
    for i in range(6):
        assert corr.matrix[i][i] == pytest.approx(1.0)
    for a, b, value in corr.redundant:
        assert value > 0.7 and a in corr.names and b in corr.names


def test_a_blown_up_trader_stays_at_zero_and_its_episodes_match_the_snapshot(services, clock):
    from tradermanager.domain.enums import TradeStatus
    from tradermanager.domain.models import TraderTrade
    from tradermanager.store import trades as trade_repo

    bob = services.traders.add(name="Bob", reference_capital=10_000.0)
    now = clock.now()

    def trade(i: int, days_ago: int, pnl: float) -> TraderTrade:
        closed = now - timedelta(days=days_ago)
        return TraderTrade(
            source_id=f"b{i}",
            symbol="BTC",
            side=Side.LONG,
            leverage=10,
            entry_price=100.0,
            entry_time=closed - timedelta(hours=1),
            notional=10_000.0,
            status=TradeStatus.CLOSED,
            exit_price=100.0,
            exit_time=closed,
            fees=0.0,
            pnl=pnl,
        )

    with services.store.write():
        # +10 % nine days ago, then a loss of the whole equity seven days ago
        trade_repo.insert_trades(bob.id, [trade(1, 9, 1_000.0), trade(2, 7, -11_000.0)])
    services.metrics.ensure_snapshots([bob.id])
    values = services.metrics.trader_metrics(bob.id, "all").values
    # ten days of history (nine days ago … today): under water from the blow-up on, 8 days
    assert values["max_drawdown"] == -1.0 and values["current_drawdown"] == -1.0
    assert values["underwater_pct"] == pytest.approx(8 / 10)
    assert values["longest_drawdown"] == 8 and values["drawdown_count"] == 1
    episodes = services.metrics.drawdown_episodes(bob.id, "all")
    assert len(episodes) == 1 and episodes[0]["end"] is None
    assert episodes[0]["days"] == values["longest_drawdown"]
    assert episodes[0]["depth"] == values["max_drawdown"]
    curve = services.metrics.equity(bob.id, "all")
    assert len(curve.days) == 10 and curve.days[-1] == now.date()
    assert curve.equity[-8:] == (0.0,) * 8 and curve.drawdown[-1] == -1.0


def test_metrics_refresh_on_an_empty_database_reports_no_traders(services):
    """The start-up refresh runs before a first trader or the demo exists."""
    assert services.metrics.refresh().traders == 0
