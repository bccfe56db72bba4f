"""A trader's copy stop-loss counts what its open copies have lost as well as what was
realised, as on live copies (hand-computed: taker 0.05 %, no slippage, no funding)."""

from __future__ import annotations

from tradermanager.domain.engine import CopyRules, ExitReason

from .engine_cases import MINUTE, T0_MS, run
from .test_daily_loss_equity import _market, _signals


def test_open_losses_reach_the_copy_stop() -> None:
    """Allocation $1,000, copy stop 10 % ($100). When the third signal arrives (minute 3) the
    two 5× longs are marked at 85: unrealised −$150, entry fees −$0.50, so $150.50 is lost:
    the signal is refused, both copies are closed at minute 4's open (each −$75.46) and the
    trader is paused."""
    rules = CopyRules(base_size=100.0, copy_stop_loss=0.1, allocation=1000)
    result = run(_market(), _signals(), rules=rules)
    assert [d.reason for d in result.decisions] == [None, None, "copy_stop"]
    (alert,) = result.alerts
    assert alert.kind == "copy_stop" and alert.time == T0_MS + 3 * MINUTE
    assert "$150.50" in alert.message
    assert {c.source_id: c.exit_reason for c in result.closed} == {
        "btc": ExitReason.COPY_STOP,
        "eth": ExitReason.COPY_STOP,
    }
    assert [round(c.pnl, 2) for c in result.closed] == [-75.46, -75.46]
    assert result.paused == {"Alice"}


def test_a_smaller_open_loss_stays_under_the_copy_stop() -> None:
    rules = CopyRules(base_size=100.0, copy_stop_loss=0.2, allocation=1000)  # $200
    result = run(_market(), _signals(), rules=rules)
    assert [d.reason for d in result.decisions] == [None, None, None]
    assert result.paused == frozenset()


def test_copies_entered_before_a_restart_count_only_what_they_realise_after_it() -> None:
    """Resumed at minute 2, after both longs were entered: their open loss no longer counts,
    so the third signal is copied."""
    rules = CopyRules(
        base_size=100.0,
        copy_stop_loss=0.1,
        allocation=1000,
        copy_stop_restarts=(T0_MS + 2 * MINUTE,),
    )
    result = run(_market(), _signals(), rules=rules)
    assert [d.reason for d in result.decisions] == [None, None, None]
