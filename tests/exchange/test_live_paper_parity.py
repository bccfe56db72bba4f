"""Parity: the same signals and prices through paper (the execution engine on candles) and
through live copies against the emulator give the same positions and the same P&L, fees
included.

Three traders: one with follow-ups from its source (a close, a partial close, a moved stop,
a target reached at the source), one whose rules move the stop to break-even after its
first take-profit, and one with a trailing stop. To compare like with like the engine runs
without slippage, lag or funding and with the
exchange's fees: taker for market entries, stops and closes, maker for take-profits (both
rest on the exchange as reduce-only limit orders at their targets, as the engine fills them),
and the copies are sized to whole exchange steps. What differs by design is listed in
docs/live.md: slippage, rounding down to the step size, funding by the exchange's
settlements.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from binance_usdm_emulator import MAKER_FEE, TAKER_FEE

from tradermanager.domain.engine import (
    CandleSeries,
    ClosedCopy,
    CopyRules,
    EngineCosts,
    ExitReason,
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
START = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=40)

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
    ("BTC", 60000, 60000, 60000),  # 10: break-even trader: long opens
    ("BTC", 60500, 61000, 60500),  # 11: take-profit 1 at 61000; the stop moves to 60000
    ("BTC", 60400, 60400, 60000),  # 12: back to the entry: break-even stop closes the rest
    ("BTC", 60000, 60000, 60000),  # 13: trailing trader (1 %): long opens, stop 59400
    ("BTC", 60500, 61000, 60500),  # 14: best 61000: the stop trails to 60390
    ("BTC", 60800, 60800, 60390),  # 15: the trailing stop closes it at 60390
    ("BTC", 60000, 60000, 60000),  # 16: first trader: a long with two targets
    ("BTC", 60800, 60800, 60800),  # 17: the source says target 1 was reached
    ("BTC", 60500, 60500, 60500),  # 18: the trader closes the rest
]

FOLLOWS, BREAK_EVEN, TRAILING = "Parity", "BreakEven", "Trailing"
RULES = {FOLLOWS: {}, BREAK_EVEN: {"break_even_after": 1}, TRAILING: {"trailing_stop": 0.01}}


def _at(minute: int) -> datetime:
    return START + timedelta(minutes=minute)


def _signals() -> dict[str, list[tuple[int, Signal]]]:
    def sig(
        minute: int, source_id: str, token: str, side: Side, kind: SignalKind, **f
    ) -> tuple[int, Signal]:
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
        return (minute, Signal(**values))

    long, short = Side.LONG, Side.SHORT
    opening, close, update = SignalKind.OPEN, SignalKind.CLOSE, SignalKind.UPDATE
    btc_targets = dict(stop_loss=58000.0, take_profits=(61000.0, 62000.0))
    return {
        FOLLOWS: [
            sig(0, "b1", "BTC", long, opening, leverage=5.0, **btc_targets),
            sig(3, "b1-close", "BTC", long, close),
            sig(4, "e1", "ETH", short, opening, leverage=3.0, stop_loss=3100.0,
                take_profits=(2800.0,)),
            sig(5, "e1-half", "ETH", short, close, close_fraction=0.5),
            sig(7, "b2", "BTC", long, opening, leverage=2.0, stop_loss=59000.0,
                take_profits=(63000.0,)),
            sig(8, "b2-stop", "BTC", long, update, stop_loss=60000.0),
            sig(16, "b4", "BTC", long, opening, leverage=2.0, **btc_targets),
            sig(17, "b4-tp1", "BTC", long, update, target_hit=1),
            sig(18, "b4-close", "BTC", long, close),
        ],
        BREAK_EVEN: [sig(10, "be1", "BTC", long, opening, leverage=2.0, **btc_targets)],
        TRAILING: [sig(13, "tr1", "BTC", long, opening, leverage=2.0, stop_loss=58000.0)],
    }  # fmt: skip


def _paper(traders) -> dict[str, list[ClosedCopy]]:
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
    costs = EngineCosts(
        taker_fee=float(TAKER_FEE),
        maker_fee=float(MAKER_FEE),
        slippage=0.0,
        lag_seconds=0.0,
        funding_rate=0.0,
    )
    signals = _signals()
    feeds = [
        TraderFeed(
            t.name,
            t.settings,
            [s for _, s in signals[t.name]],
            CopyRules(base_size=BASE_SIZE, multiplier=t.settings.multiplier, **_engine(t.name)),
        )
        for t in traders
    ]
    result = run_engine(feeds, Market(series), costs, 10_000.0)
    assert not result.open
    return {t.name: [c for c in result.closed if c.trader == t.name] for t in traders}


def _engine(name: str) -> dict:
    rules = RULES[name]
    return {
        "break_even_after": rules.get("break_even_after"),
        "trailing_stop": rules.get("trailing_stop"),
    }


def _live(services, traders, emulator, clock) -> dict[str, list[ClosedCopy]]:
    by_minute: dict[int, list[tuple[int, Signal]]] = {}
    for trader in traders:
        for minute, signal in _signals()[trader.name]:
            by_minute.setdefault(minute, []).append((trader.id, signal))
    for minute, (token, open_, high, low) in enumerate(CANDLES):
        symbol = f"{token}USDT"
        clock.set(_at(minute))
        emulator.set_mark(symbol, open_)
        for trader_id, signal in by_minute.get(minute, []):
            result = services.pipeline.process(trader_id, signal)
            assert result.decision.accepted, result.decision.message
        for level in (low, high):  # inside the candle: what its range touches fires
            if level != open_:
                emulator.set_mark(symbol, level)
        # as the reconciliation job does every minute: exit rules, then the fills
        services.live_copies.gateway().follow_exit_rules()
        services.live_copies.sync_fills()
    out = {}
    for trader in traders:
        copies = services.live_copies.positions(trader.id, include_closed=True)
        assert all(isinstance(c, ClosedCopy) for c in copies)
        out[trader.name] = [c for c in copies if isinstance(c, ClosedCopy)]
    return out


def test_paper_and_live_give_the_same_positions_and_pnl(live_services, emulator, clock):
    live_services.settings.update(base_size=BASE_SIZE)
    traders = [
        live_services.traders.add(name=name, paper_only=False, max_leverage=10, **rules)
        for name, rules in RULES.items()
    ]
    paper = {n: {c.source_id: c for c in copies} for n, copies in _paper(traders).items()}
    live_by = _live(live_services, traders, emulator, clock)
    live = {n: {c.source_id: c for c in copies} for n, copies in live_by.items()}
    assert set(paper[FOLLOWS]) == set(live[FOLLOWS]) == {"b1", "e1", "b2", "b4"}
    assert set(paper[BREAK_EVEN]) == set(live[BREAK_EVEN]) == {"be1"}
    assert set(paper[TRAILING]) == set(live[TRAILING]) == {"tr1"}
    reasons = {c.source_id: c.exit_reason for copies in live.values() for c in copies.values()}
    assert reasons["be1"] is ExitReason.BREAK_EVEN and reasons["tr1"] is ExitReason.TRAILING_STOP
    for name in RULES:
        for source_id, p in paper[name].items():
            c = live[name][source_id]
            assert (c.symbol, c.side, c.leverage) == (p.symbol, p.side, p.leverage)
            assert c.quantity == pytest.approx(p.quantity, rel=1e-12)
            assert c.entry_price == pytest.approx(p.entry_price, rel=1e-12)
            assert c.exit_price == pytest.approx(p.exit_price, rel=1e-12)
            assert c.exit_reason is p.exit_reason, source_id
            assert c.fees == pytest.approx(p.fees, rel=1e-9)
            assert c.funding == p.funding == 0
            assert c.pnl == pytest.approx(p.pnl, rel=1e-9, abs=1e-9)
            fills = [(f.kind, f.price, f.quantity) for f in c.fills]
            assert fills == pytest.approx([(f.kind, f.price, f.quantity) for f in p.fills])
            assert [(f.maker, f.reason) for f in c.fills] == [
                (f.maker, f.reason) for f in p.fills
            ], source_id
    total = sum(c.pnl for copies in live.values() for c in copies.values())
    assert total == pytest.approx(sum(c.pnl for cs in paper.values() for c in cs.values()))
    wallet_change = float(emulator.state.wallet) - 10_000
    assert total == pytest.approx(wallet_change)  # and the exchange's own wallet agrees
