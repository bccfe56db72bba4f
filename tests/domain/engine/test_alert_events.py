"""Which engine alerts are events of their own and which are kept to one a day: every copy
stop-loss closes copies and pauses the trader, so each is an alert, even twice the same UTC
day after a resume; a guard refusing signal after signal alerts once per UTC day."""

from __future__ import annotations

from tradermanager.domain.engine import AccountGuards, CopyRules, ExitReason

from .engine_cases import MINUTE, T0_MS, candles, open_signal, run

FLAT = (100.0, 101.0, 99.0, 100.0)
CRASH = (100.0, 100.0, 85.0, 86.0)  # a long's stop at 88 fills at 88
DAY_MS = 86_400_000


def test_each_copy_stop_is_its_own_alert_on_the_same_day() -> None:
    """$100 margin at 5×: 5 units at 100, entry fee 500 × 0.05 % = $0.25; the stop at 88 loses
    5 × 12 = $60 + exit fee 440 × 0.05 % = $0.22: $60.47 ≥ 5 % of $1,000. Resumed at
    minute 2, b loses the same in the crash at minute 4: a second copy stop the same UTC day,
    and c (minute 5) is refused by it."""
    market = candles([FLAT, CRASH, FLAT, FLAT, CRASH, FLAT, FLAT])
    signals = [
        open_signal("a", leverage=5, stop=88),
        open_signal("b", minute=3, leverage=5, stop=88),
        open_signal("c", minute=5, leverage=5, stop=88),
    ]
    rules = CopyRules(
        base_size=100.0,
        copy_stop_loss=0.05,
        allocation=1000,
        copy_stop_restarts=(T0_MS + 2 * MINUTE,),
    )
    result = run(market, signals, rules=rules)
    assert [d.reason for d in result.decisions] == [None, None, "copy_stop"]
    assert [(c.source_id, c.exit_reason, round(c.pnl, 2)) for c in result.closed] == [
        ("a", ExitReason.STOP_LOSS, -60.47),
        ("b", ExitReason.STOP_LOSS, -60.47),
    ]
    stops = [a for a in result.alerts if a.kind == "copy_stop"]
    assert len(stops) == 2 == len(result.alerts)
    assert {a.time // DAY_MS for a in stops} == {T0_MS // DAY_MS}
    assert stops[0].time < T0_MS + 2 * MINUTE <= stops[1].time
    assert all("$60.47" in a.message for a in stops)
    assert result.paused == {"Alice"}


def test_a_guard_refusing_again_and_again_alerts_once_a_day() -> None:
    """One open position allowed: the BTC copy stays open, the ETH, SOL and XRP signals are
    refused — one max_open_positions alert for the day."""
    symbols = ("BTC", "ETH", "SOL", "XRP")
    market = [candles([FLAT] * 6, symbol=symbol) for symbol in symbols]
    signals = [open_signal(s, minute=k, symbol=s) for k, s in enumerate(symbols)]
    result = run(market, signals, guards=AccountGuards(max_open_positions=1))
    assert [d.reason for d in result.decisions] == [None] + ["max_open_positions"] * 3
    assert [a.kind for a in result.alerts] == ["max_open_positions"]
