"""The portfolio service on a real SQLite file, fed through the copy pipeline and the paper
replay: exposure equals the open positions, the combined figures equal a plain pandas
computation over my copies, opposite positions are listed, a what-if writes nothing and Apply
saves all or nothing."""

from __future__ import annotations

import math
from datetime import timedelta

import numpy as np
import pandas as pd
import pytest

from paper_market import flat_hours
from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal
from tradermanager.services.my_copies import my_copies


def copies_of(services, name: str | None = None):
    """My copies (the paper replay's), of one trader or all."""
    traders = [services.traders.get(name)] if name else services.traders.list()
    return [c for t in traders for c in my_copies(t.id)]


def feed(services, trader, source_id, symbol, side, kind, price, at, leverage=1.0):
    signal = Signal(
        source_id=source_id,
        symbol=symbol,
        side=side,
        kind=kind,
        price=price,
        trader_time=at,
        received_time=at,
        leverage=leverage,
        confidence=0.9,
    )
    result = services.pipeline.process(trader, signal)
    assert result.decision.accepted, result.decision.message
    return result


@pytest.fixture
def book(services, clock):
    """Three traders over six days: closed copies on several days, and open positions where
    Alice is long BTC while Bob is short it."""
    services.traders.add(name="Alice", multiplier=1.5, max_leverage=20)
    services.traders.add(name="Bob", multiplier=1.0, max_leverage=20)
    services.traders.add(name="Carol", multiplier=0.5, max_leverage=20)
    services.traders.add(name="Idle")
    t0 = clock.now() - timedelta(days=5)
    day = timedelta(days=1)
    L, S, OP, C = Side.LONG, Side.SHORT, SignalKind.OPEN, SignalKind.CLOSE
    script = [
        ("Alice", "a1", "ETH", L, OP, 2000.0, t0, 3),
        ("Alice", "a2", "ETH", L, C, 2100.0, t0 + day, 3),
        ("Bob", "b1", "SOL", S, OP, 100.0, t0 + timedelta(hours=2), 2),
        ("Bob", "b2", "SOL", S, C, 104.0, t0 + 2 * day, 2),
        ("Carol", "c1", "ETH", L, OP, 2050.0, t0 + day, 5),
        ("Carol", "c2", "ETH", L, C, 1990.0, t0 + 3 * day, 5),
        ("Alice", "a3", "SOL", S, OP, 104.0, t0 + 2 * day, 2),
        ("Alice", "a4", "SOL", S, C, 99.0, t0 + 4 * day, 2),
        ("Alice", "a5", "BTC", L, OP, 60000.0, t0 + 4 * day, 5),
        ("Bob", "b3", "BTC", S, OP, 60500.0, t0 + 4 * day + timedelta(hours=3), 3),
        ("Carol", "c3", "DOGE", S, OP, 0.2, t0 + 5 * day - timedelta(hours=3), 4),
    ]
    for trader, sid, symbol, side, kind, price, at, lev in script:
        feed(services, trader, sid, symbol, side, kind, price, at, lev)
    prices = {"ETH": 2000.0, "SOL": 100.0, "BTC": 60000.0, "DOGE": 0.2}
    flat_hours(services, prices, t0 - timedelta(hours=1), clock.now())
    services.paper.refresh()
    return services


def ids(services):
    return {t.name: t.id for t in services.traders.list()}


def test_exposure_equals_the_sum_of_open_positions(book):
    summary = book.portfolio.summary()
    open_copies = [c for c in copies_of(book) if c.status is TradeStatus.OPEN]
    assert summary.open_positions == len(open_copies) == 3
    expected: dict[str, dict[str, float]] = {}
    for c in open_copies:
        expected.setdefault(c.symbol, {"long": 0.0, "short": 0.0})[c.side.value] += (
            c.margin * c.leverage
        )
    got = {e.symbol: e for e in summary.exposure}
    assert set(got) == set(expected)
    for symbol, sides in expected.items():
        e = got[symbol]
        assert (e.long, e.short) == pytest.approx((sides["long"], sides["short"]))
        assert e.net == pytest.approx(sides["long"] - sides["short"])
        assert e.gross == pytest.approx(sides["long"] + sides["short"])
    gross = sum(c.margin * c.leverage for c in open_copies)
    assert summary.total_gross == pytest.approx(gross)
    assert sum(e.share for e in summary.exposure) == pytest.approx(1.0)
    capital = book.settings.get().my_capital
    assert summary.combined_leverage == pytest.approx(gross / capital)
    # Alice 200 × 1.5 × 5 long, Bob 200 × 3 short, Carol 100 × 4 short DOGE
    assert got["BTC"].long == pytest.approx(1500) and got["BTC"].short == pytest.approx(600)


def test_combined_figures_equal_a_pandas_computation(book, clock):
    summary = book.portfolio.summary()
    rows = []
    for name, trader_id in ids(book).items():
        for c in my_copies(trader_id):
            rows.append((name, c.opened_at, c.closed_at, c.pnl))
    frame = pd.DataFrame(rows, columns=["trader", "opened", "closed", "pnl"])
    first = frame["opened"].min().floor("D")
    days = pd.date_range(first, pd.Timestamp(clock.now()).floor("D"), freq="D")
    done = frame.dropna(subset=["closed"])
    by_day = (
        done.assign(day=done["closed"].dt.floor("D"))
        .pivot_table(index="day", columns="trader", values="pnl", aggfunc="sum")
        .reindex(days, fill_value=0.0)
        .fillna(0.0)
    )
    total = by_day.sum(axis=1)
    assert [d.isoformat() for d in summary.days] == [d.date().isoformat() for d in days]
    assert list(summary.daily_pnl) == pytest.approx(total.tolist())
    assert summary.total_pnl == pytest.approx(done["pnl"].sum())
    capital = book.settings.get().my_capital
    equity = capital + total.cumsum()
    assert list(summary.equity) == pytest.approx(equity.tolist())
    dd = equity / equity.cummax().clip(lower=capital) - 1
    assert summary.max_drawdown == pytest.approx(dd.min())
    assert summary.var_95 == pytest.approx(np.percentile(total, 5))
    k = math.floor(0.05 * (len(total) - 1)) + 1
    assert summary.cvar_95 == pytest.approx(np.sort(total)[:k].mean())
    assert summary.var_95_pct == pytest.approx(summary.var_95 / capital)
    contributions = {c.name: c for c in summary.contributions}
    for name in by_day.columns:
        c = contributions[name]
        assert c.pnl == pytest.approx(by_day[name].sum())
        assert c.pnl_share == pytest.approx(by_day[name].sum() / abs(total.sum()))
        assert c.risk_share == pytest.approx(by_day[name].cov(total) / total.var())
    assert sum(c.risk_share for c in summary.contributions) == pytest.approx(1.0)
    idle = contributions["Idle"]
    assert (idle.pnl, idle.pnl_share, idle.risk_share, idle.closed_copies) == (0, 0, 0, 0)
    assert contributions["Alice"].closed_copies == 2 and contributions["Alice"].open_positions == 1


def test_opposite_positions_are_listed(book):
    summary = book.portfolio.summary()
    assert [c.symbol for c in summary.conflicts] == ["BTC"]
    conflict = summary.conflicts[0]
    legs = [(leg.trader_name, leg.side, leg.leverage) for leg in conflict.legs]
    assert legs == [("Alice", Side.LONG, 5.0), ("Bob", Side.SHORT, 3.0)]
    alice_btc = next(
        c for c in copies_of(book, "Alice") if c.symbol == "BTC" and c.closed_at is None
    )
    assert conflict.legs[0].since == alice_btc.opened_at
    assert conflict.legs[0].notional == pytest.approx(alice_btc.notional)
    assert conflict.net == pytest.approx(1500 - 600)


def test_what_if_rescales_in_memory_and_writes_nothing(book, dump_db, monkeypatch):
    trader = ids(book)
    inputs = book.portfolio.load()
    before = dump_db()  # after the load, which may fill the history cache
    now = book.portfolio.summarise(inputs)
    from tradermanager.store import frames

    def no_database(*_a, **_k):
        raise AssertionError("the what-if must not read the database")

    monkeypatch.setattr(frames, "copies_frame", no_database)
    monkeypatch.setattr(book.traders, "list", no_database)
    monkeypatch.setattr(book.settings, "get", no_database)
    what_if = book.portfolio.summarise(inputs, {trader["Alice"]: 0.75, trader["Carol"]: 2.0})
    assert what_if.what_if and not now.what_if
    by_name = {c.name: c for c in what_if.contributions}
    base = {c.name: c for c in now.contributions}
    assert by_name["Alice"].pnl == pytest.approx(base["Alice"].pnl * 0.5)  # 0.75 / 1.5
    assert by_name["Carol"].pnl == pytest.approx(base["Carol"].pnl * 4)  # 2.0 / 0.5
    assert by_name["Bob"].pnl == pytest.approx(base["Bob"].pnl)
    assert by_name["Alice"].multiplier == 0.75 and by_name["Alice"].saved_multiplier == 1.5
    btc = {e.symbol: e for e in what_if.exposure}["BTC"]
    assert btc.long == pytest.approx(750) and btc.short == pytest.approx(600)
    assert what_if.total_pnl == pytest.approx(sum(c.pnl for c in what_if.contributions))
    assert sum(c.risk_share for c in what_if.contributions) == pytest.approx(1.0)
    assert dump_db() == before


def test_what_if_rejects_bad_multipliers(book):
    inputs = book.portfolio.load()
    alice = ids(book)["Alice"]
    with pytest.raises(ValidationError, match=r"0\.5 to 2\.0"):
        book.portfolio.summarise(inputs, {alice: 3.0})
    with pytest.raises(ValidationError, match="trader"):
        book.portfolio.summarise(inputs, {9999: 1.0})


def test_apply_saves_every_multiplier_or_none(book, dump_db):
    trader = ids(book)
    sizes = book.portfolio.apply_multipliers({trader["Alice"]: 1.0, trader["Bob"]: 2.0})
    assert sizes == {trader["Alice"]: 200.0, trader["Bob"]: 400.0}
    assert book.traders.get("Alice").settings.multiplier == 1.0
    assert book.traders.get("Bob").settings.multiplier == 2.0
    before = dump_db()
    with pytest.raises(ValidationError):
        book.portfolio.apply_multipliers({trader["Alice"]: 1.25, trader["Bob"]: 0.1})
    assert dump_db() == before
    assert book.traders.get("Alice").settings.multiplier == 1.0


def test_no_copies(services):
    services.traders.add(name="Alice")
    s = services.portfolio.summary()
    assert s.exposure == () and s.total_gross == 0 and s.combined_leverage == 0
    assert s.days == () and s.total_pnl == 0 and s.final_equity == s.capital
    assert s.max_drawdown is None and s.var_95 is None and s.cvar_95 is None
    assert s.conflicts == ()
    (alice,) = s.contributions
    assert alice.pnl == 0 and alice.pnl_share is None and alice.risk_share is None


def test_only_open_positions_and_one_day(services, clock):
    services.traders.add(name="Alice")
    at = clock.now() - timedelta(hours=3)
    feed(services, "Alice", "x", "BTC", Side.LONG, SignalKind.OPEN, 100.0, at, 2)
    flat_hours(services, {"BTC": 100.0}, at, clock.now())
    services.paper.refresh()
    s = services.portfolio.summary()
    assert len(s.days) == 1 and s.daily_pnl == (0.0,)
    assert (s.var_95, s.cvar_95, s.max_drawdown) == (0.0, 0.0, 0.0)
    assert s.contributions[0].risk_share is None  # one day: no variance
    assert s.total_gross == pytest.approx(400.0) and s.conflicts == ()


def test_archived_traders_count_while_they_hold_copies(book):
    book.traders.delete("Bob")
    names = {c.name for c in book.portfolio.summary().contributions}
    assert "Bob" in names
    book.traders.delete("Idle")
    assert "Idle" not in {c.name for c in book.portfolio.summary().contributions}
