"""The engine's loss limits on live copies, against the emulator through the real ccxt
client: a trader's copy stop-loss and the account's daily loss limit, checked after a
reconciliation pass, close copies with the kill switch and alert once. Figures by hand: the
emulator fills market orders at the mark with a 0.05 % taker fee."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from live_fixtures import alerts_of
from test_live_copies import _signal

from tradermanager.domain.alerts import AlertKind
from tradermanager.domain.engine import ClosedCopy, ExitReason
from tradermanager.domain.enums import RejectReason, SignalKind
from tradermanager.jobs.reconciliation import register_reconciliation
from tradermanager.services.live_guards import copies_result, daily_loss_blocked
from tradermanager.store import live_guards as guard_repo

D = Decimal
FEE = 0.0005


def _pass(svc):
    """What the reconciliation job does every minute."""
    assert svc.reconciliation.run() is not None
    return svc.live_guards.run()


def test_the_copy_stop_loss_closes_a_traders_live_copies_and_pauses_it_once(
    live_services, emulator, clock
):
    svc = live_services
    # $5 of the $100 allocated; a second live trader without a copy stop is left alone
    trader = svc.traders.add(
        name="Stopper", paper_only=False, max_leverage=10, copy_stop_loss=0.05, allocation=100
    )
    other = svc.traders.add(name="Other", paper_only=False, max_leverage=10)
    assert svc.pipeline.process(trader.id, _signal(clock, "m1")).decision.accepted
    assert svc.pipeline.process(
        other.id,
        _signal(clock, "o1", symbol="ETHUSDT", price=3000.0, stop_loss=2900.0, take_profits=()),
    ).decision.accepted
    entry_fee = 0.016 * 60000 * FEE  # 0.48

    emulator.set_mark("BTCUSDT", 59800)  # unrealised 0.016 × −200 = −3.20: lost 3.68 < 5
    report = _pass(svc)
    [check] = [c for c in report.copy_stops if c.trader == "Stopper"]
    assert check.lost == pytest.approx(entry_fee + 3.20) and check.limit == pytest.approx(5.0)
    assert not check.tripped and emulator.position("BTCUSDT").amount == D("0.016")
    assert not alerts_of(svc, AlertKind.COPY_STOP_LOSS)

    emulator.set_mark("BTCUSDT", 59700)  # unrealised −4.80: lost 5.28 ≥ 5
    report = _pass(svc)
    [check] = [c for c in report.copy_stops if c.trader == "Stopper"]
    assert check.tripped and check.lost == pytest.approx(entry_fee + 4.80)
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos("BTCUSDT")
    assert emulator.position("ETHUSDT").amount != 0  # the other trader's copy stays
    assert not svc.traders.get(trader.id).settings.active
    assert svc.traders.get(other.id).settings.active
    [alert] = alerts_of(svc, AlertKind.COPY_STOP_LOSS)
    assert alert.trader_id == trader.id and "$5.28" in alert.message

    _pass(svc)  # the paused trader is not looked at again: one alert, one close
    assert len(alerts_of(svc, AlertKind.COPY_STOP_LOSS)) == 1
    exit_fee = 0.016 * 59700 * FEE
    assert copies_result(trader.id, None) == pytest.approx(-4.80 - entry_fee - exit_fee)
    [closed] = svc.live_copies.positions(trader.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.COPY_STOP


def test_resuming_the_trader_restarts_its_copy_stop_loss(live_services, emulator, clock):
    svc = live_services
    trader = svc.traders.add(
        name="Stopper", paper_only=False, max_leverage=10, copy_stop_loss=0.05, allocation=100
    )
    svc.pipeline.process(trader.id, _signal(clock, "m1"))
    emulator.set_mark("BTCUSDT", 59700)
    _pass(svc)
    assert not svc.traders.get(trader.id).settings.active

    # small steps: the emulator stamps fills with the real time, and a copy's fills are
    # looked up from when it was decided
    clock.advance(timedelta(milliseconds=5))
    svc.traders.toggle(trader.id, active=True)
    clock.advance(timedelta(milliseconds=5))
    assert svc.pipeline.process(trader.id, _signal(clock, "m2", price=59700.0)).decision.accepted
    report = _pass(svc)  # only the new copy counts: its entry fee 0.016 × 59700 × 0.05 %
    [check] = report.copy_stops
    assert check.lost == pytest.approx(0.016 * 59700 * FEE) and not check.tripped
    assert svc.traders.get(trader.id).settings.active
    assert emulator.position("BTCUSDT").amount == D("0.016")


def _lose_today(svc, emulator, clock, trader):
    """One BTC copy closed at a loss: realised 0.016 × −1000 − fees."""
    assert svc.pipeline.process(trader.id, _signal(clock, "m1")).decision.accepted
    emulator.set_mark("BTCUSDT", 59000)
    clock.advance(timedelta(minutes=1))
    close = _signal(clock, "m2", SignalKind.CLOSE, price=59000.0)
    assert svc.pipeline.process(trader.id, close).decision.accepted
    return -16.0 - 0.016 * 60000 * FEE - 0.016 * 59000 * FEE  # −16.952


def test_the_daily_loss_limit_refuses_new_live_copies_for_the_day_and_alerts_once(
    live_services, emulator, clock
):
    svc = live_services
    svc.settings.update(daily_loss_limit=0.001)  # $10 of the $10,000 wallet at 00:00 UTC
    trader = svc.traders.add(name="Loser", paper_only=False, max_leverage=10)
    realised = _lose_today(svc, emulator, clock, trader)
    report = _pass(svc)
    assert report.daily is not None and report.daily.tripped
    assert report.daily.day_start_wallet == pytest.approx(10000.0)  # wallet 9983.048 + 16.952
    assert report.daily.lost_today == pytest.approx(-realised)
    assert report.daily.limit == pytest.approx(10.0)
    assert daily_loss_blocked(clock.now())
    [alert] = alerts_of(svc, AlertKind.DAILY_LOSS_LIMIT)
    assert alert.trader_id is None and "$16.95" in alert.message
    assert "closed" not in alert.message  # close-all is off

    posts = emulator.order_posts()
    clock.advance(timedelta(minutes=1))
    refused = svc.pipeline.process(trader.id, _signal(clock, "m3"))
    assert not refused.decision.accepted
    assert refused.decision.reason is RejectReason.DAILY_LOSS_LIMIT
    assert emulator.order_posts() == posts  # nothing was sent

    _pass(svc)
    assert len(alerts_of(svc, AlertKind.DAILY_LOSS_LIMIT)) == 1
    assert svc.traders.get(trader.id).settings.active  # the daily limit pauses no trader

    clock.advance(timedelta(days=1))  # a new UTC day copies again
    assert not daily_loss_blocked(clock.now())


def test_below_the_daily_limit_nothing_happens(live_services, emulator, clock):
    svc = live_services
    svc.settings.update(daily_loss_limit=0.002)  # $20 > the $16.952 lost
    trader = svc.traders.add(name="Loser", paper_only=False, max_leverage=10)
    _lose_today(svc, emulator, clock, trader)
    report = _pass(svc)
    assert report.daily is not None and not report.daily.tripped
    assert report.daily.limit == pytest.approx(20.0)
    assert not daily_loss_blocked(clock.now()) and not alerts_of(svc, AlertKind.DAILY_LOSS_LIMIT)


def test_the_daily_loss_limit_with_close_all_closes_every_live_copy(live_services, emulator, clock):
    svc = live_services
    svc.settings.update(daily_loss_limit=0.001, daily_loss_close_all=True)
    trader = svc.traders.add(name="Loser", paper_only=False, max_leverage=10)
    holder = svc.traders.add(name="Holder", paper_only=False, max_leverage=10)
    eth = _signal(clock, "h1", symbol="ETHUSDT", price=3000.0, stop_loss=2900.0, take_profits=())
    emulator.set_mark("ETHUSDT", 3000)
    assert svc.pipeline.process(holder.id, eth).decision.accepted
    _lose_today(svc, emulator, clock, trader)
    assert emulator.position("ETHUSDT").amount != 0
    report = _pass(svc)
    assert report.daily is not None and report.daily.tripped
    assert [f.ok for f in report.flattened] == [True]
    assert emulator.position("ETHUSDT").amount == 0 and not emulator.open_algos()
    [alert] = alerts_of(svc, AlertKind.DAILY_LOSS_LIMIT)
    assert "every live copy was closed" in alert.message
    assert alerts_of(svc, AlertKind.KILL_SWITCH)  # the switch says what it closed
    [closed] = svc.live_copies.positions(holder.id, include_closed=True)
    assert isinstance(closed, ClosedCopy) and closed.exit_reason is ExitReason.DAILY_LOSS_LIMIT


def test_the_reconciliation_job_checks_the_limits_after_each_pass(live_services, emulator, clock):
    svc = live_services
    svc.settings.update(daily_loss_limit=0.001)
    trader = svc.traders.add(name="Loser", paper_only=False, max_leverage=10)
    _lose_today(svc, emulator, clock, trader)

    class Scheduler:
        def add_job(self, name, run, **_):
            self.run = run

        def run_job_soon(self, name):
            pass

    scheduler = Scheduler()
    register_reconciliation(scheduler, svc)
    scheduler.run()
    assert guard_repo.blocked_day() is not None and daily_loss_blocked(clock.now())


def test_an_open_copy_losing_at_the_mark_counts_towards_the_daily_limit(
    live_services, emulator, clock
):
    svc = live_services
    svc.settings.update(daily_loss_limit=0.001)  # $10 of the $10,000 wallet
    trader = svc.traders.add(name="Holder", paper_only=False, max_leverage=10)
    assert svc.pipeline.process(trader.id, _signal(clock, "m1")).decision.accepted
    entry_fee = 0.016 * 60000 * FEE  # 0.48
    emulator.set_mark("BTCUSDT", 59500)  # unrealised 0.016 × −500 = −8: lost 8.48 < 10
    report = _pass(svc)
    assert report.daily is not None and not report.daily.tripped
    assert report.daily.lost_today == pytest.approx(8.0 + entry_fee)
    assert report.daily.result.trading == pytest.approx(-8.0)
    assert report.daily.result.fees == pytest.approx(entry_fee)
    assert report.daily.day_start_wallet == pytest.approx(10000.0)  # nothing realised
    emulator.set_mark("BTCUSDT", 59400)  # unrealised −9.60: lost 10.08 ≥ 10
    report = _pass(svc)
    assert report.daily is not None and report.daily.tripped
    assert report.daily.lost_today == pytest.approx(9.6 + entry_fee)
    [alert] = alerts_of(svc, AlertKind.DAILY_LOSS_LIMIT)
    assert "$10.08" in alert.message and "unrealised" in alert.message
    assert emulator.position("BTCUSDT").amount == D("0.016")  # close-all is off


def test_a_copy_held_overnight_counts_from_the_mark_at_midnight(live_services, emulator, clock):
    svc = live_services
    svc.settings.update(daily_loss_limit=0.002, daily_loss_close_all=True)  # $20
    trader = svc.traders.add(name="Holder", paper_only=False, max_leverage=10)
    assert svc.pipeline.process(trader.id, _signal(clock, "m1")).decision.accepted
    _pass(svc)  # booked at 60000 today
    clock.advance(timedelta(days=1))  # the next UTC day: the copy was held overnight
    midnight = (int(clock.now().timestamp() * 1000) // 86_400_000) * 86_400_000
    emulator.set_mark("BTCUSDT", 61000, at_ms=midnight - 60_000)  # up $16 by 00:00
    emulator.set_mark("BTCUSDT", 59800, at_ms=midnight + 3_600_000)  # −1200 since then
    report = _pass(svc)
    assert report.daily is not None
    # 0.016 × (59800 − 61000) = −19.20: yesterday's gain and fee do not count
    assert report.daily.lost_today == pytest.approx(19.2)
    assert report.daily.result.fees == 0.0 and not report.daily.tripped
    emulator.set_mark("BTCUSDT", 59700)  # −20.80 ≥ 20
    report = _pass(svc)
    assert report.daily is not None and report.daily.tripped
    assert report.daily.lost_today == pytest.approx(20.8)
    assert [f.ok for f in report.flattened] == [True]  # "close everything" was ticked
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos()
    assert daily_loss_blocked(clock.now())
