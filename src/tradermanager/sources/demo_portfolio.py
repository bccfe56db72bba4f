"""A realistic demo portfolio: traders with distinct styles, their trades and signals.

Deterministic for a given seed, size and end date. Six archetypes (more traders cycle through
them with variations): a disciplined low-leverage BTC swing trader, a 5× majors trader, a 20×
memecoin gambler who is liquidated now and then, a Telegram channel with confidence-scored
signals, a paused trader and a newcomer in paper mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np

from tradermanager.domain.enums import Side, SignalKind, Source, TradeStatus
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.domain.settings import TraderSettings, make_settings
from tradermanager.sources.demo_market import Market, RangeExtremes, simulate_market

EXCHANGE_FEE = 0.0004
DEMO_REF_PREFIX = "demo:"  # the demo's source references: no live source is read for them
EXCHANGE_MAINTENANCE = 0.005


@dataclass(frozen=True)
class Style:
    name: str
    source: Source
    source_ref: str
    tokens: dict[str, float]  # token → share of trades
    leverages: dict[float, float]  # leverage → probability
    trades_per_day: float
    hold_hours: float  # median holding time
    skill: float  # probability of being on the right side of the move
    margin_fraction: float  # margin per trade as a fraction of reference capital
    confidence: bool = False
    lag_seconds: tuple[float, float] = (1.0, 20.0)
    settings: dict[str, Any] = field(default_factory=dict)


STYLES: tuple[Style, ...] = (
    Style(
        "BTC Swing Sage",
        Source.BINANCE,
        f"{DEMO_REF_PREFIX}lead-8812043",
        {"BTC": 0.85, "ETH": 0.15},
        {2.0: 0.5, 3.0: 0.5},
        0.35,
        120.0,
        0.58,
        0.10,
        settings={"max_leverage": 5, "paper_only": False, "priority": 80, "min_confidence": 0.6},
    ),
    Style(
        "Majors Momentum",
        Source.BINANCE,
        f"{DEMO_REF_PREFIX}lead-5520917",
        {"BTC": 0.35, "ETH": 0.3, "SOL": 0.2, "BNB": 0.15},
        {5.0: 0.8, 4.0: 0.1, 7.0: 0.1},
        1.6,
        30.0,
        0.57,
        0.06,
        settings={
            "max_leverage": 8,
            "priority": 60,
            "whitelist": "BTC,ETH,SOL,BNB",
            "multiplier": 1.5,
            "trailing_stop": 0.04,
            "max_open": 3,
        },
    ),
    Style(
        "Meme Degen 20x",
        Source.BINANCE,
        f"{DEMO_REF_PREFIX}lead-9930112",
        {"DOGE": 0.4, "SHIB": 0.25, "PEPE": 0.35},
        {20.0: 0.7, 25.0: 0.15, 10.0: 0.15},
        3.0,
        5.0,
        0.45,  # a losing edge: its own ROI tempts while liquidations, fees and lag sink copies
        0.02,
        settings={"max_leverage": 20, "priority": 10, "multiplier": 0.5},
    ),
    Style(
        "Signal Sniper VIP",
        Source.TELEGRAM,
        "@signalsniper_vip",
        {"BTC": 0.2, "ETH": 0.2, "SOL": 0.2, "XRP": 0.15, "AVAX": 0.15, "PEPE": 0.1},
        {10.0: 0.5, 5.0: 0.3, 15.0: 0.2},
        1.5,
        18.0,
        0.51,
        0.04,
        confidence=True,
        lag_seconds=(5.0, 180.0),
        settings={
            "max_leverage": 12,
            "priority": 40,
            "blacklist": "PEPE",
            "min_confidence": 0.7,
            "sizing": "equity_pct",
            "equity_pct": 0.015,
            "copy_stop_loss": 0.25,  # paused once its copies lose $500 of the $2,000 allotted
            "allocation": 2000.0,
        },
    ),
    Style(
        "Paused Pete",
        Source.MANUAL,
        "twitter:@pete_trades",
        {"ETH": 0.5, "ADA": 0.25, "XRP": 0.25},
        {3.0: 0.6, 5.0: 0.4},
        0.8,
        48.0,
        0.49,
        0.05,
        settings={"active": False, "max_leverage": 5, "notes": "Paused after a losing streak."},
    ),
    Style(
        "Paper Newcomer",
        Source.BINANCE,
        f"{DEMO_REF_PREFIX}lead-1204455",
        {"SOL": 0.4, "AVAX": 0.3, "BTC": 0.3},
        {3.0: 0.5, 5.0: 0.5},
        1.0,
        24.0,
        0.56,
        0.05,
        settings={"paper_only": True, "max_leverage": 5, "priority": 20},
    ),
)


@dataclass(frozen=True)
class DemoTrader:
    settings: TraderSettings
    trades: list[TraderTrade]
    signals: list[Signal]


def demo_start(days: int, end: datetime) -> datetime:
    """Midnight UTC of the first of the ``days`` days that end with ``end``'s day."""
    return end.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=days - 1)


@lru_cache(maxsize=2)
def _market(days: int, seed: int) -> tuple[Market, tuple[RangeExtremes, ...]]:
    market = simulate_market(days, np.random.default_rng(seed))
    return market, tuple(RangeExtremes(market.hourly[i]) for i in range(len(market.tokens)))


def demo_prices(days: int, seed: int, end: datetime) -> list[tuple[str, date, float]]:
    """(token, UTC day, close) for every token and day of the demo market."""
    market, _ = _market(days, seed)
    start = demo_start(days, end)
    closes = market.daily_closes().tolist()
    day_list = [(start + timedelta(days=d)).date() for d in range(days)]
    return [
        (token, day, closes[i][d])
        for i, token in enumerate(market.tokens)
        for d, day in enumerate(day_list)
    ]


def demo_candles(days: int, seed: int, end: datetime) -> list[Candles]:
    """1h candles of every token's USDT contract along the demo market's hourly path: each
    hour opens at one path point and closes at the next, its high and low the larger and
    smaller of the two (the path is what traders and copies are filled and liquidated on)."""
    market, _ = _market(days, seed)
    start_ms = int(demo_start(days, end).timestamp() * 1000)
    hours = market.hourly.shape[1] - 1
    times = start_ms + np.arange(hours, dtype=np.int64) * 3_600_000
    out = []
    for i, token in enumerate(market.tokens):
        open_, close = market.hourly[i, :-1], market.hourly[i, 1:]
        high, low = np.maximum(open_, close), np.minimum(open_, close)
        out.append(Candles(f"{token}USDT", "1h", times, open_, high, low, close, np.zeros(hours)))
    return out


def demo_settings(k: int) -> TraderSettings:
    """Settings of the ``k``-th demo trader (styles repeat with a number after the sixth)."""
    style = STYLES[k % len(STYLES)]
    generation = k // len(STYLES)
    name = style.name if generation == 0 else f"{style.name} #{generation + 1}"
    return make_settings(
        name=name, source=style.source, source_ref=style.source_ref, **style.settings
    )


def build_trader(k: int, days: int, seed: int, end: datetime) -> DemoTrader:
    """The ``k``-th demo trader with its trades and signals over ``days`` days to ``end``.

    Deterministic in (k, days, seed, end); traders share one market per (days, seed)."""
    if days < 2:
        raise ValueError("the demo needs at least 2 days")
    market, extremes = _market(days, seed)
    start = demo_start(days, end)
    horizon = min(int((end - start).total_seconds() // 3600), market.hourly.shape[1] - 1)
    style = STYLES[k % len(STYLES)]
    rng = np.random.default_rng([seed, k])
    trades, signals = _simulate_trader(style, k, market, extremes, start, horizon, rng)
    return DemoTrader(demo_settings(k), trades, signals)


def _intervals(
    rate_per_day: float, hold_hours: float, horizon: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Non-overlapping (entry, exit) hours for one token: a renewal process."""
    expected = max(int(horizon / 24 * rate_per_day * 1.6) + 4, 4)
    holds = np.maximum(1, np.rint(rng.lognormal(np.log(hold_hours), 0.7, expected))).astype(int)
    mean_gap = max(24.0 / rate_per_day - hold_hours, 1.0)
    gaps = np.maximum(1, np.rint(rng.exponential(mean_gap, expected))).astype(int)
    entries = np.cumsum(gaps + np.concatenate([[0], holds[:-1]]))
    exits = entries + holds
    keep = entries < horizon
    return entries[keep], exits[keep]


def _simulate_trader(
    style: Style,
    k: int,
    market: Market,
    extremes: tuple[RangeExtremes, ...],
    start: datetime,
    horizon: int,
    rng: np.random.Generator,
) -> tuple[list[TraderTrade], list[Signal]]:
    capital = 10_000.0
    tokens, entries, exits = [], [], []
    for token, share in style.tokens.items():
        e, x = _intervals(style.trades_per_day * share, style.hold_hours, horizon, rng)
        tokens += [token] * len(e)
        entries.append(e)
        exits.append(x)
    entry_h = np.concatenate(entries)
    exit_h = np.concatenate(exits)
    n = len(entry_h)
    tok_idx = np.array([market.index(t) for t in tokens], dtype=int)
    open_ = exit_h > horizon
    exit_h = np.minimum(exit_h, horizon)
    entry_px = market.hourly[tok_idx, entry_h]
    exit_px = market.hourly[tok_idx, exit_h]
    right = np.where(exit_px >= entry_px, 1, -1)
    direction = np.where(rng.random(n) < style.skill, right, -right)
    levs = np.array(list(style.leverages))
    leverage = rng.choice(levs, size=n, p=np.array(list(style.leverages.values())))
    margin = capital * style.margin_fraction * rng.uniform(0.7, 1.3, n)
    notional = margin * leverage
    distance = 1.0 / leverage - EXCHANGE_MAINTENANCE
    liq_px = entry_px * (1 - direction * distance)
    liquidated = np.zeros(n, dtype=bool)
    liq_hour = exit_h.copy()
    for t_idx in np.unique(tok_idx):
        sel = np.flatnonzero(tok_idx == t_idx)
        lows, highs = extremes[t_idx].query(entry_h[sel], exit_h[sel])
        hit = np.where(direction[sel] > 0, lows <= liq_px[sel], highs >= liq_px[sel])
        liquidated[sel] = hit
        liq_hour[sel[hit]] = _first_crossing(
            extremes[t_idx],
            entry_h[sel[hit]],
            exit_h[sel[hit]],
            liq_px[sel[hit]],
            direction[sel[hit]],
        )
    open_ &= ~liquidated
    exit_h = np.where(liquidated, liq_hour, exit_h)
    exit_px = np.where(liquidated, liq_px, exit_px)
    fees = notional * EXCHANGE_FEE * np.where(open_, 1.0, 1.0 + exit_px / entry_px)
    pnl = np.where(
        liquidated,
        -margin - notional * EXCHANGE_FEE,
        notional * direction * (exit_px / entry_px - 1) - fees,
    )
    entry_min = rng.integers(0, 60, n)
    exit_min = rng.integers(0, 60, n)
    lag = rng.uniform(*style.lag_seconds, size=(n, 2))
    won = pnl > 0
    confidence = np.clip(0.62 + 0.12 * won + rng.normal(0, 0.1, n), 0.3, 0.99).round(2)
    base = np.datetime64(start.replace(tzinfo=None), "us")
    t_in = base + (entry_h * 60 + entry_min).astype("timedelta64[m]")
    t_out = base + (exit_h * 60 + exit_min).astype("timedelta64[m]")
    seen_in = t_in + (lag[:, 0] * 1e6).astype("timedelta64[us]")
    seen_out = t_out + (lag[:, 1] * 1e6).astype("timedelta64[us]")
    order = np.argsort(entry_h, kind="stable")
    columns = [
        a[order].tolist()
        for a in (
            direction,
            leverage,
            entry_px,
            exit_px,
            notional,
            fees,
            pnl,
            open_,
            liquidated,
            confidence,
            t_in,
            t_out,
            seen_in,
            seen_out,
        )
    ]
    trades: list[TraderTrade] = []
    signals: list[Signal] = []
    for i, (dirn, lev, p_in, p_out, notion, fee, profit, is_open, is_liq, conf, *times) in zip(
        order.tolist(), zip(*columns, strict=True), strict=True
    ):
        sid = f"T{k}-{i}"
        symbol = tokens[i]
        side = Side.LONG if dirn > 0 else Side.SHORT
        enter, leave, enter_seen, leave_seen = (t.replace(tzinfo=UTC) for t in times)
        status = (
            TradeStatus.OPEN
            if is_open
            else TradeStatus.LIQUIDATED
            if is_liq
            else TradeStatus.CLOSED
        )
        closed = not is_open
        trades.append(
            TraderTrade(
                source_id=sid,
                symbol=symbol,
                side=side,
                leverage=lev,
                entry_price=p_in,
                entry_time=enter,
                notional=notion,
                status=status,
                exit_price=p_out if closed else None,
                exit_time=leave if closed else None,
                fees=fee,
                pnl=profit if closed else None,
            )
        )
        confidence_ = conf if style.confidence else None
        text = _text(symbol, side, lev, p_in, confidence_) if style.confidence else ""
        signals.append(
            Signal(
                source_id=f"{sid}-open",
                symbol=symbol,
                side=side,
                kind=SignalKind.OPEN,
                price=p_in,
                trader_time=enter,
                received_time=enter_seen,
                leverage=lev,
                confidence=confidence_,
                stop_loss=None,
                take_profits=(),
                raw_text=text,
                trade_ref=sid,
            )
        )
        if closed:
            signals.append(
                Signal(
                    source_id=f"{sid}-close",
                    symbol=symbol,
                    side=side,
                    kind=SignalKind.CLOSE,
                    price=p_out,
                    trader_time=leave,
                    received_time=leave_seen,
                    leverage=lev,
                    confidence=None,
                    stop_loss=None,
                    take_profits=(),
                    raw_text=f"Close #{symbol} {side.value.upper()}" if text else "",
                    trade_ref=sid,
                )
            )
    return trades, signals


def _first_crossing(
    extremes: RangeExtremes,
    entry: np.ndarray,
    exit_: np.ndarray,
    liq_px: np.ndarray,
    direction: np.ndarray,
) -> np.ndarray:
    """First hour at which each path reaches its liquidation price (vectorised bisection)."""
    lo, hi = entry.copy(), exit_.copy()
    while np.any(lo < hi):
        mid = (lo + hi) // 2
        lows, highs = extremes.query(entry, mid)
        crossed = np.where(direction > 0, lows <= liq_px, highs >= liq_px)
        hi = np.where(crossed, mid, hi)
        lo = np.where(crossed, lo, mid + 1)
    return hi


def _text(symbol: str, side: Side, leverage: float, price: float, conf: float | None) -> str:
    text = f"#{symbol}/USDT {side.value.upper()} {leverage:g}x Entry {price:.6g}"
    return f"{text} Confidence {conf:.0%}" if conf is not None else text
