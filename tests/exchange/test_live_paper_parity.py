"""Parity: the same signals and prices through paper (the execution engine on candles) and
through live copies against the emulator give the same positions and the same P&L, fees
included.

To compare like with like the engine runs without slippage, lag or funding and with one fee
rate for makers and takers (the emulator's taker fee: Binance fills a take-profit-market
order as a taker), and the copies are sized to whole exchange steps. What differs by design
is listed in docs/live.md: slippage, rounding down to the step size, the fee of a resting
take-profit, funding by the exchange's settlements.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from binance_usdm_emulator import TAKER_FEE

from tradermanager.domain.engine import (
    CandleSeries,
    ClosedCopy,
    CopyRules,
    EngineCosts,
    Market,
    TraderFeed,
    run_engine,
)
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal

MINUTE = 60_000
BASE_SIZE = 240.0
# recent minutes: the emulator stamps fills with the real time, and fills are asked for from
# when a copy was decided
START = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=30)

# (token, open, high, low) per minute; open = close, so the next candle opens where it closed
CANDLES = [
    ("BTC", 60000, 60000, 60000),  # 0: long opens
    ("BTC", 60500, 60500, 60500),
    ("BTC", 60500, 61000, 60500),  # 2: take-profit 1 at 61000
    ("BTC", 61000, 61000, 61000),  # 3: the trader closes the rest
    ("ETH", 3000, 3000, 3000),  # 4: short opens
    ("ETH", 2950, 2950, 2950),  # 5: the trader closes half
    ("ETH", 3000, 3100, 3000),  # 6: the stop takes the rest at 3100
    ("BTC", 60000, 60000, 60000),  # 7: a second long
    ("BTC", 60500, 60500, 60500),  # 8: its stop moves up to 60000
    ("BTC", 60400, 60400, 60000),  # 9: the moved stop closes it
]


def _at(minute: int) -> datetime:
    return START + timedelta(minutes=minute)


def _signals() -> list[tuple[int, Signal]]:
    def sig(minute: int, source_id: str, token: str, side: Side, kind: SignalKind, **f) -> Signal:
        values = dict(
            source_id=source_id,
            symbol=token,
            side=side,
            kind=kind,
            price=float(CANDLES[minute][1]),
            trader_time=_at(minute),
            received_time=_at(minute),
        )
        values.update(f)
        return Signal(**values)

    long, short = Side.LONG, Side.SHORT
    opening, close, update = SignalKind.OPEN, SignalKind.CLOSE, SignalKind.UPDATE
    return [
        (
            0,
            sig(
                0,
                "b1",
                "BTC",
                long,
                opening,
                leverage=5.0,
                stop_loss=58000.0,
                take_profits=(61000.0, 62000.0),
            ),
        ),
        (3, sig(3, "b1-close", "BTC", long, close)),
        (
            4,
            sig(
                4,
                "e1",
                "ETH",
                short,
                opening,
                leverage=3.0,
                stop_loss=3100.0,
                take_profits=(2800.0,),
            ),
        ),
        (5, sig(5, "e1-half", "ETH", short, close, close_fraction=0.5)),
        (
            7,
            sig(
                7,
                "b2",
                "BTC",
                long,
                opening,
                leverage=2.0,
                stop_loss=59000.0,
                take_profits=(63000.0,),
            ),
        ),
        (8, sig(8, "b2-stop", "BTC", long, update, stop_loss=60000.0)),
    ]


def _paper(settings) -> list[ClosedCopy]:
    series = {}
    for token in ("BTC", "ETH"):
        rows = [(i, c) for i, c in enumerate(CANDLES) if c[0] == token]
        times = [int(_at(i).timestamp() * 1000) for i, _ in rows]
        opens = [float(c[1]) for _, c in rows]
        series[token] = CandleSeries.from_arrays(
            token,
            times,
            opens,
            [float(c[2]) for _, c in rows],
            [float(c[3]) for _, c in rows],
            opens,
            MINUTE,
        )
    fee = float(TAKER_FEE)
    costs = EngineCosts(
        taker_fee=fee, maker_fee=fee, slippage=0.0, lag_seconds=0.0, funding_rate=0.0
    )
    feed = TraderFeed(
        settings.name,
        settings,
        [s for _, s in _signals()],
        CopyRules(base_size=BASE_SIZE, multiplier=settings.multiplier),
    )
    result = run_engine([feed], Market(series), costs, 10_000.0)
    assert not result.open
    return list(result.closed)


def _live(services, trader, emulator, clock) -> list[ClosedCopy]:
    by_minute: dict[int, list[Signal]] = {}
    for minute, signal in _signals():
        by_minute.setdefault(minute, []).append(signal)
    for minute, (token, open_, high, low) in enumerate(CANDLES):
        symbol = f"{token}USDT"
        clock.set(_at(minute))
        emulator.set_mark(symbol, open_)
        for signal in by_minute.get(minute, []):
            result = services.pipeline.process(trader.id, signal)
            assert result.decision.accepted, result.decision.message
        for level in (low, high):  # inside the candle: what its range touches fires
            if level != open_:
                emulator.set_mark(symbol, level)
        services.live_copies.sync_fills()  # as the reconciliation job does every minute
    copies = services.live_copies.positions(trader.id, include_closed=True)
    assert all(isinstance(c, ClosedCopy) for c in copies)
    return [c for c in copies if isinstance(c, ClosedCopy)]


def test_paper_and_live_give_the_same_positions_and_pnl(live_services, emulator, clock):
    live_services.settings.update(base_size=BASE_SIZE)
    trader = live_services.traders.add(name="Parity", paper_only=False, max_leverage=10)
    paper = {c.source_id: c for c in _paper(trader.settings)}
    live = {c.source_id: c for c in _live(live_services, trader, emulator, clock)}
    assert set(paper) == set(live) == {"b1", "e1", "b2"}
    for source_id, p in paper.items():
        c = live[source_id]
        assert (c.symbol, c.side, c.leverage) == (p.symbol, p.side, p.leverage)
        assert c.quantity == pytest.approx(p.quantity, rel=1e-12)
        assert c.entry_price == pytest.approx(p.entry_price, rel=1e-12)
        assert c.exit_price == pytest.approx(p.exit_price, rel=1e-12)
        assert c.exit_reason is p.exit_reason
        assert c.fees == pytest.approx(p.fees, rel=1e-9)
        assert c.funding == p.funding == 0
        assert c.pnl == pytest.approx(p.pnl, rel=1e-9, abs=1e-9)
        fills = [(f.kind, f.price, f.quantity) for f in c.fills]
        assert fills == pytest.approx([(f.kind, f.price, f.quantity) for f in p.fills])
    total = sum(c.pnl for c in live.values())
    assert total == pytest.approx(sum(c.pnl for c in paper.values()))
    wallet_change = float(emulator.state.wallet) - 10_000
    assert total == pytest.approx(wallet_change)  # and the exchange's own wallet agrees
