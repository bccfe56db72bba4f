"""Each trader's execution rules and the account guards, as stored settings, reach the engine
through paper trading and the backtest alike. Figures computed by hand, to the cent.

Costs are set so the arithmetic stays readable: taker 0.04 %, maker 0.02 %, no slippage, no
funding, a lag of 5 s; the paper account starts with $10,000. Candles are hourly; a signal
received ten minutes into hour k acts at the open of hour k + 1.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal

HOUR = timedelta(hours=1)
HOUR_MS = 3_600_000
START = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)  # hour 0: 12 hours before the tests' clock


def ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


@pytest.fixture
def svc(services, clock):
    services.settings.update(
        taker_fee=0.0004, maker_fee=0.0002, slippage=0, funding_rate=0, lag_seconds=5
    )
    return services


def save_market(
    svc, symbol: str, bars: dict[int, tuple[float, float, float, float]], hours: int = 12
):
    """``hours`` hourly candles from START, flat at 100 except the ``bars`` given by hour."""
    first = ms(START)
    times = np.arange(first, first + hours * HOUR_MS, HOUR_MS, dtype=np.int64)
    ohlc = np.array([bars.get(k, (100.0, 100.0, 100.0, 100.0)) for k in range(hours)])
    svc.market.save_candles(
        [
            Candles(
                f"{symbol}USDT",
                "1h",
                times,
                ohlc[:, 0].copy(),
                ohlc[:, 1].copy(),
                ohlc[:, 2].copy(),
                ohlc[:, 3].copy(),
                np.ones(hours),
            )
        ]
    )


def signal(
    source_id: str,
    hour: int,
    symbol: str = "BTC",
    *,
    kind: SignalKind = SignalKind.OPEN,
    leverage: float = 5,
    stop: float | None = None,
    targets: tuple[float, ...] = (),
) -> Signal:
    at = START + hour * HOUR + timedelta(minutes=10)
    return Signal(
        source_id=source_id,
        symbol=symbol,
        side=Side.LONG,
        kind=kind,
        price=100.0,
        trader_time=at,
        received_time=at,
        leverage=leverage,
        stop_loss=stop,
        take_profits=targets,
        trade_ref=source_id.split("-")[0],
    )


def closed(account, trader: str):
    return [c for c in account.result.closed if c.trader == trader]


def reasons(account, trader: str) -> dict[str, str | None]:
    return {d.source_id: d.reason for d in account.result.decisions if d.trader == trader}


# -- sizing modes -----------------------------------------------------------------------------


def test_risk_sizing_loses_the_chosen_share_of_equity_at_the_stop(svc, clock):
    """1 % of $10,000 at risk over 100 → 95: 20 units, margin 20 × 100 / 5 = $400. The stop
    fills at 95: −$100 gross, fees 0.04 % of $2,000 and of $1,900 → −$101.56."""
    trader = svc.traders.add(name="Risky", sizing="risk_pct", risk_pct=0.01, max_leverage=10)
    save_market(svc, "BTC", {2: (100, 100, 94, 96)})
    svc.pipeline.process(trader.id, signal("a", 0, stop=95))
    svc.pipeline.process(trader.id, signal("b", 4, "ETH"))  # no stop: refused
    save_market(svc, "ETH", {})
    account = svc.paper.refresh()
    (copy,) = closed(account, "Risky")
    assert copy.entry_price == 100 and copy.quantity == pytest.approx(20)
    assert copy.margin == pytest.approx(400)
    assert copy.exit_reason.value == "stop_loss" and copy.exit_price == 95
    assert round(copy.fees, 2) == 1.56  # 0.80 + 0.76
    assert round(copy.pnl, 2) == -101.56
    assert round(account.cash, 2) == 9_898.44
    assert reasons(account, "Risky")["b"] == "no_stop_loss"


def test_equity_share_sizing_and_a_close_signal(svc, clock):
    """5 % of $10,000 = $500 margin at 4×: $2,000 at 100 = 20 units, closed at 110:
    +$200 − $0.80 − $0.88 = $198.32."""
    trader = svc.traders.add(name="Share", sizing="equity_pct", equity_pct=0.05)
    save_market(svc, "BTC", {k: (110, 110, 110, 110) for k in range(4, 12)})
    svc.pipeline.process(trader.id, signal("a-open", 0, leverage=4))
    svc.pipeline.process(trader.id, signal("a-close", 3, kind=SignalKind.CLOSE))
    account = svc.paper.refresh()
    (copy,) = closed(account, "Share")
    assert copy.margin == pytest.approx(500) and copy.quantity == pytest.approx(20)
    assert copy.exit_reason.value == "close_signal" and copy.exit_price == 110
    assert round(copy.pnl, 2) == 198.32


def test_multiplier_sizing_is_base_size_times_the_multiplier(svc, clock):
    trader = svc.traders.add(name="Plain", multiplier=1.5)
    save_market(svc, "BTC", {})
    svc.pipeline.process(trader.id, signal("a", 0))
    account = svc.paper.refresh()
    (copy,) = [c for c in account.result.open if c.trader == "Plain"]
    assert copy.margin == 300 and copy.quantity == pytest.approx(15)  # $1,500 at 100


# -- exits of the trader's rules ----------------------------------------------------------------


def test_take_profit_split_and_break_even_from_the_stored_rules(svc, clock):
    """10 units (margin $200 × 5 at 100). Split 50/30/20 over targets 110, 120, 130: TP1
    sells 5 at 110 (maker 0.02 %: $0.11), then the stop moves to 100; the price comes back
    to 100: 5 units out at break-even (taker 0.04 %: $0.20). P&L = 50 − 0.40 − 0.11 − 0.20."""
    trader = svc.traders.add(name="Ladder", tp_split="50,30,20", break_even_after=1)
    save_market(svc, "BTC", {2: (100, 111, 101, 110), 3: (110, 110, 99, 100)})
    svc.pipeline.process(trader.id, signal("a", 0, stop=90, targets=(110, 120, 130)))
    account = svc.paper.refresh()
    (copy,) = closed(account, "Ladder")
    exits = [(f.price, f.quantity) for f in copy.fills if f.kind.value == "exit"]
    assert exits == [(110, pytest.approx(5)), (100, pytest.approx(5))]
    assert copy.exit_reason.value == "break_even"
    assert round(copy.pnl, 2) == round(50 - 0.40 - 0.11 - 0.20, 2) == 49.29


def test_trailing_stop_from_the_stored_rules(svc, clock):
    """Trailing 5 %: the best high 120 puts the stop at 114; the next candle's low reaches it.
    10 units: +$140 − $0.40 − $0.456 = $139.14."""
    trader = svc.traders.add(name="Trail", trailing_stop=0.05)
    save_market(svc, "BTC", {2: (100, 120, 100, 118), 3: (118, 118, 113, 115)})
    svc.pipeline.process(trader.id, signal("a", 0))
    account = svc.paper.refresh()
    (copy,) = closed(account, "Trail")
    assert copy.exit_reason.value == "trailing_stop" and copy.exit_price == pytest.approx(114)
    assert round(copy.pnl, 2) == 139.14


# -- guards ---------------------------------------------------------------------------------------


def test_max_open_positions_over_all_traders(svc, clock):
    svc.settings.update(max_open_positions=1)
    ann = svc.traders.add(name="Ann")
    bob = svc.traders.add(name="Bob")
    save_market(svc, "BTC", {})
    save_market(svc, "ETH", {})
    svc.pipeline.process(ann.id, signal("a", 0))
    svc.pipeline.process(bob.id, signal("b", 1, "ETH"))
    account = svc.paper.refresh()
    assert reasons(account, "Bob") == {"b": "max_open_positions"}
    assert len(account.result.open) == 1


def test_max_open_copies_of_one_trader(svc, clock):
    ann = svc.traders.add(name="Ann", max_open=1)
    bob = svc.traders.add(name="Bob")
    for symbol in ("BTC", "ETH"):
        save_market(svc, symbol, {})
    svc.pipeline.process(ann.id, signal("a1", 0))
    svc.pipeline.process(ann.id, signal("a2", 1, "ETH"))
    svc.pipeline.process(bob.id, signal("b1", 2, "ETH"))
    account = svc.paper.refresh()
    assert reasons(account, "Ann") == {"a1": None, "a2": "max_trader_positions"}
    assert reasons(account, "Bob") == {"b1": None}


def test_max_exposure_per_token(svc, clock):
    """Each copy is $1,000 of BTC (margin $200 × 5); a limit of $1,500 takes only one."""
    svc.settings.update(max_token_exposure=1500)
    ann = svc.traders.add(name="Ann")
    bob = svc.traders.add(name="Bob")
    save_market(svc, "BTC", {})
    svc.pipeline.process(ann.id, signal("a", 0))
    svc.pipeline.process(bob.id, signal("b", 1))
    account = svc.paper.refresh()
    assert reasons(account, "Bob") == {"b": "max_token_exposure"}


def test_daily_loss_limit_stops_new_copies_and_closes_all(svc, clock):
    """Ann's stop at 88 loses 10 × 12 + $0.40 + $0.352 = $120.75 ≥ 1 % of $10,000: Bob's
    ETH copy is closed at the next open (ETH at 105: +$50 − $0.40 − $0.42) and Bob's next
    signal that day is refused."""
    svc.settings.update(daily_loss_limit=0.01, daily_loss_close_all=True)
    ann = svc.traders.add(name="Ann")
    bob = svc.traders.add(name="Bob")
    save_market(svc, "BTC", {3: (100, 100, 85, 86)})
    save_market(svc, "ETH", {k: (105, 105, 105, 105) for k in range(4, 12)})
    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    svc.pipeline.process(bob.id, signal("b1", 1, "ETH"))
    svc.pipeline.process(bob.id, signal("b2", 6))
    account = svc.paper.refresh()
    (lost,) = closed(account, "Ann")
    assert round(lost.pnl, 2) == -120.75
    (forced,) = closed(account, "Bob")
    assert forced.exit_reason.value == "daily_loss_limit" and forced.exit_price == 105
    assert round(forced.pnl, 2) == 49.18
    assert reasons(account, "Bob")["b2"] == "daily_loss_limit"
    assert round(account.cash, 2) == round(10_000 - 120.75 + 49.18, 2)
    (event,) = [e for e in svc.alerts.events() if e.kind.value == "daily-loss-limit"]
    assert "daily limit" in event.message


def test_copy_stop_loss_pauses_the_trader_once_and_keeps_its_copies(svc, clock):
    """Allocation $1,000, copy stop 10 %: the stop loss of $120.75 passes $100. The trader is
    paused through an alert, once; the replay after the pause still shows its copy."""
    ann = svc.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    save_market(svc, "BTC", {3: (100, 100, 85, 86)})
    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    svc.pipeline.process(ann.id, signal("b", 6))
    first = svc.paper.refresh()
    assert reasons(first, "Ann") == {"a": None, "b": "copy_stop"}
    assert not svc.traders.get("Ann").settings.active
    (event,) = [e for e in svc.alerts.events() if e.kind.value == "copy-stop-loss"]
    assert event.paused_trader and "$120.75" in event.message
    again = svc.paper.refresh()
    assert [round(c.pnl, 2) for c in closed(again, "Ann")] == [-120.75]
    assert len(svc.alerts.events()) == 1


def test_resuming_restarts_the_copy_stop_loss(svc, clock):
    """After the copy stop (hour 3) the trader is paused; a signal at hour 6 is refused. The
    user resumes it at hour 14: the earlier loss no longer counts, the hour-15 signal is
    copied."""
    ann = svc.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    save_market(svc, "BTC", {3: (100, 100, 85, 86)}, hours=24)
    save_market(svc, "ETH", {}, hours=24)
    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    svc.pipeline.process(ann.id, signal("b", 6, "ETH"))
    svc.paper.refresh()
    assert not svc.traders.get("Ann").settings.active
    clock.advance(2 * HOUR)
    svc.traders.toggle("Ann", True)
    clock.advance(6 * HOUR)
    svc.pipeline.process(ann.id, signal("c", 15, "ETH"))
    account = svc.paper.refresh()
    assert reasons(account, "Ann") == {"a": None, "b": "copy_stop", "c": None}
    assert svc.traders.get("Ann").settings.active
    assert len(svc.alerts.events()) == 1


# -- the same rules in the backtest --------------------------------------------------------------


def test_backtest_runs_the_stored_rules_and_guards_like_paper(svc, clock):
    trader = svc.traders.add(name="Risky", sizing="risk_pct", risk_pct=0.01, max_open=1)
    save_market(svc, "BTC", {2: (100, 100, 94, 96)})
    save_market(svc, "ETH", {})
    svc.pipeline.process(trader.id, signal("a", 0, stop=95))
    svc.pipeline.process(trader.id, signal("b", 1, "ETH", stop=90))
    paper = svc.paper.refresh()
    report = svc.backtest.run(trader.id, days=1, initial_capital=10_000)
    run = report.with_settings.run
    assert [(c.source_id, round(c.pnl, 2)) for c in run.closed] == [
        (c.source_id, round(c.pnl, 2)) for c in closed(paper, "Risky")
    ]
    assert run.rejected_by_reason == {"max_trader_positions": 1}
    # copying everything ignores the trader's rules: both copies, $200 margin each
    base = report.copy_everything.run
    assert base.accepted == 2 and base.closed[0].margin == 200
