"""Promotion criteria at their edges, and the service refusing or recording promotion."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import numpy as np
import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal
from tradermanager.domain.promotion import (
    RISK_WINDOW,
    PaperRecord,
    PromotionCriteria,
    check_promotion,
    update_criteria,
)
from tradermanager.services.my_copies import my_copies

CRITERIA = PromotionCriteria(min_trades=5, min_days=14, min_win_rate=0.5, max_drawdown=-0.2)


RISKY = {"avg_leverage": 20.0, "liquidation_risk": 0.12, "risk_score": 10.0}
CALM = {"avg_leverage": 3.0, "liquidation_risk": 0.001, "risk_score": 2.5}


def record(**changes) -> PaperRecord:
    base = {
        "closed_trades": 5,
        "winning_trades": 5,
        "days": 14.0,
        "max_drawdown": -0.05,
        "pnl": 120.0,
        **CALM,
    }
    return PaperRecord(**(base | changes))


def test_exactly_at_every_threshold_is_ready():
    status = check_promotion(record(winning_trades=3, closed_trades=6), CRITERIA)
    assert status.ready
    assert status.summary == "3/6 trades profitable, 14 of 14 days — ready for live?"


@pytest.mark.parametrize(
    ("changes", "failing"),
    [
        ({"closed_trades": 4, "winning_trades": 4}, "paper trades"),
        ({"days": 13.9}, "days of paper trading"),
        ({"winning_trades": 2}, "win rate"),
        ({"max_drawdown": -0.2}, "max drawdown"),  # must be better than the limit
        ({"max_drawdown": None, "closed_trades": 0, "winning_trades": 0}, "win rate"),
    ],
)
def test_each_criterion_can_block(changes, failing):
    status = check_promotion(record(**changes), CRITERIA)
    assert not status.ready
    assert failing in [c.name for c in status.checks if not c.met]
    assert "not ready for live: " in status.summary and failing in status.summary


def test_criteria_bounds():
    assert update_criteria(CRITERIA, min_trades=10).min_trades == 10
    for key, value in (
        ("min_trades", 0),
        ("min_win_rate", 1.5),
        ("max_drawdown", 0.1),
        ("min_days", 2.5),
        ("colour", 1),
    ):
        with pytest.raises(ValidationError, match=key):
            update_criteria(CRITERIA, **{key: value})


def test_service_refuses_then_promotes_when_met_and_records_it(services, clock, monkeypatch):
    services.traders.add(name="Newbie", min_confidence=0.0)
    services.promotion.set_criteria("Newbie", min_trades=2, min_days=1)
    assert services.promotion.criteria("Newbie").min_trades == 2
    assert services.promotion.criteria().min_trades == 5  # the global default is unchanged
    with pytest.raises(ValidationError, match="paper trades 0"):
        services.promotion.promote("Newbie")
    t = clock.now()
    for k, (open_price, close_price) in enumerate([(100.0, 110.0), (100.0, 105.0)]):
        opened, closed = t + timedelta(hours=2 * k), t + timedelta(hours=2 * k + 1)
        services.pipeline.process(
            "Newbie",
            Signal(
                source_id=f"o{k}",
                symbol="BTC",
                side=Side.LONG,
                kind=SignalKind.OPEN,
                price=open_price,
                trader_time=opened,
                received_time=opened,
                leverage=2.0,
                confidence=0.9,
            ),
        )
        services.pipeline.process(
            "Newbie",
            Signal(
                source_id=f"c{k}",
                symbol="BTC",
                side=Side.LONG,
                kind=SignalKind.CLOSE,
                price=close_price,
                trader_time=closed,
                received_time=closed,
                leverage=2.0,
            ),
        )
    clock.advance(timedelta(days=1, hours=1))
    # the paper replay fills each signal at the next hour's open: in at 100, out at 110 and 105
    hour = 3_600_000
    first = int(t.timestamp() * 1000) - hour
    times = np.arange(first, int(clock.now().timestamp() * 1000), hour, dtype=np.int64)
    opens = np.full(len(times), 105.0)
    opens[:5] = [100.0, 100.0, 100.0, 110.0, 100.0]  # 11:00 … 15:00; 16:00 on: 105
    services.market.save_candles(
        [Candles("BTCUSDT", "1h", times, opens, opens, opens, opens, opens)]
    )
    services.paper.refresh()
    assert [round(c.exit_fill or 0, 2) for c in my_copies(services.traders.get("Newbie").id)] == [
        109.95,
        104.95,
    ]
    services.metrics.refresh()  # the risk criteria read the trader's metrics
    status = services.promotion.status("Newbie")
    # without price history the trader's risk is not known: the record alone is not enough
    assert {c.name for c in status.failing} <= {
        "average leverage",
        "liquidation risk",
        "risk score",
    }
    real = services.metrics.cached_metrics
    monkeypatch.setattr(  # the trader's metrics once its risk is known: a calm 2× trader
        services.metrics,
        "cached_metrics",
        lambda trader_id, window="30d": (
            SimpleNamespace(values=CALM | {"avg_leverage": 2.0})
            if window == RISK_WINDOW
            else real(trader_id, window)
        ),
    )
    status = services.promotion.status("Newbie")
    assert status.ready, status.checks
    live = services.promotion.promote("Newbie")
    assert live.mode.value == "live"
    event = services.traders.history("Newbie")[-1]
    assert event.kind == "promoted to live" and event.detail.startswith("criteria met")


def test_a_perfect_record_at_20x_with_a_10_of_10_risk_score_is_not_ready():
    status = check_promotion(record(**RISKY), PromotionCriteria())
    assert not status.ready
    failing = {c.name for c in status.failing}
    assert failing == {"average leverage", "liquidation risk", "risk score"}
    assert status.summary.endswith(
        "not ready for live: average leverage, liquidation risk, risk score"
    )
    lev = next(c for c in status.checks if c.name == "average leverage")
    assert (lev.actual, lev.required) == ("20.0×", "≤ 10×")


@pytest.mark.parametrize(
    ("field", "limit", "value", "name"),
    [
        ("max_avg_leverage", 10.0, 10.0, "average leverage"),
        ("max_liquidation_risk", 0.02, 0.02, "liquidation risk"),
        ("max_risk_score", 7.0, 7.0, "risk score"),
    ],
)
def test_risk_limits_are_inclusive_and_block_just_above(field, limit, value, name):
    key = {"average leverage": "avg_leverage", "liquidation risk": "liquidation_risk"}.get(
        name, "risk_score"
    )
    criteria = update_criteria(PromotionCriteria(), **{field: limit})
    assert check_promotion(record(**(CALM | {key: value})), criteria).ready
    above = check_promotion(record(**(CALM | {key: value * 1.01})), criteria)
    assert [c.name for c in above.failing] == [name]


def test_an_unknown_risk_figure_is_not_met():
    status = check_promotion(record(**(CALM | {"risk_score": None})), PromotionCriteria())
    score = next(c for c in status.failing)
    assert score.name == "risk score" and score.actual == "not known yet"


def test_risk_criteria_bounds():
    for key, value in (
        ("max_avg_leverage", 0.5),
        ("max_avg_leverage", 200),
        ("max_liquidation_risk", 1.5),
        ("max_risk_score", 11),
    ):
        with pytest.raises(ValidationError, match=key):
            update_criteria(CRITERIA, **{key: value})


def test_the_demo_20x_trader_is_not_called_ready(services):
    services.demo.load(6, 120, seed=7)
    services.metrics.refresh()
    status = services.promotion.status("Meme Degen 20x")
    assert not status.ready
    assert "average leverage" in {c.name for c in status.failing}
    assert "not ready for live" in status.summary
