# ruff: noqa: E501  (message templates read best on one line each)
"""Writes the channel-message corpus (``*.jsonl`` beside this file).

    python3 tests/sources/corpus/write_corpus.py

Each style below renders messages the way one kind of channel writes them, from prices it
draws itself; the expected parse is built from those same drawn values, never from what the
parser answers. A fixed seed keeps the files stable; run it again only when adding a style.
Styles named in ``HOLDOUT`` are written to ``holdout.jsonl`` and are only ever evaluated.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
PER_STYLE = 14

# (base as traded, token for lists, typical price, decimals). Prices are plausible, not quotes.
MARKETS = [
    ("BTC", "BTC", 63450.0, 1),
    ("ETH", "ETH", 3412.0, 2),
    ("SOL", "SOL", 148.2, 2),
    ("BNB", "BNB", 585.0, 1),
    ("XRP", "XRP", 0.5231, 4),
    ("DOGE", "DOGE", 0.1234, 5),
    ("ADA", "ADA", 0.4512, 4),
    ("AVAX", "AVAX", 35.2, 2),
    ("LINK", "LINK", 14.85, 3),
    ("DOT", "DOT", 6.42, 3),
    ("ARB", "ARB", 1.12, 4),
    ("OP", "OP", 2.35, 4),
    ("APT", "APT", 8.9, 3),
    ("SUI", "SUI", 1.05, 4),
    ("INJ", "INJ", 24.6, 3),
    ("TIA", "TIA", 9.8, 3),
    ("WIF", "WIF", 2.45, 4),
    ("LTC", "LTC", 82.4, 2),
    ("ATOM", "ATOM", 8.45, 3),
    ("NEAR", "NEAR", 5.6, 3),
    ("1INCH", "1INCH", 0.42, 4),
    ("ORDI", "ORDI", 38.5, 2),
    ("SEI", "SEI", 0.48, 4),
    ("TRX", "TRX", 0.1245, 5),
]
MULTIPLIED = [
    ("1000SHIB", "SHIB", 0.02451, 6),
    ("1000PEPE", "PEPE", 0.00812, 7),
    ("1MBABYDOGE", "BABYDOGE", 0.002134, 7),
    ("1000BONK", "BONK", 0.0245, 6),
    ("1000FLOKI", "FLOKI", 0.1852, 5),
]
MEME = [("PEPE", "PEPE", 0.00000812, 10), ("SHIB", "SHIB", 0.00002451, 9)]


class Draw:
    """One market and a consistent set of levels for one side."""

    def __init__(self, rng: random.Random, markets: list[tuple[str, str, float, int]]) -> None:
        self.rng = rng
        self.base, self.token, typical, self.dec = rng.choice(markets)
        self.long = rng.random() < 0.5
        self.sign = 1 if self.long else -1
        self.entry = self.round(typical * rng.uniform(0.9, 1.1))

    def round(self, value: float) -> float:
        return round(value, self.dec)

    def away(self, n: int, step: float = 0.015) -> list[float]:
        """Levels moving ``n`` steps in the trade's favour (targets)."""
        gaps = sorted(self.rng.uniform(0.6, 1.4) * step * (i + 1) for i in range(n))
        return [self.round(self.entry * (1 + self.sign * g)) for g in gaps]

    def against(self, frac: float | None = None) -> float:
        frac = frac or self.rng.uniform(0.015, 0.05)
        return self.round(self.entry * (1 - self.sign * frac))

    def ladder(self, n: int) -> list[float]:
        """Entries from the first price further against the trade (DCA ladder)."""
        return [self.round(self.entry * (1 - self.sign * 0.006 * i)) for i in range(n)]

    @property
    def side(self) -> str:
        return "long" if self.long else "short"


def num(value: float, dec: int, style: str = "plain") -> str:
    text = f"{value:.{dec}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if style == "comma" and value >= 1000:
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    if style == "space" and value >= 1000:
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}".replace(",", " ") + (f".{frac}" if frac else "")
    if style == "dollar":
        text = "$" + text
    return text


def signal(d: Draw, **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "signal",
        "symbol": d.base,
        "token": d.token,
        "side": d.side,
        "order_type": "limit",
        "entries": [],
        "take_profits": [],
        "stop_loss": None,
        "leverage": None,
    }
    out.update(fields)
    return out


def follow(action: str, symbol: str | None, **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "follow_up",
        "action": action,
        "symbol": symbol,
        "target_index": None,
        "new_stop": None,
        "stop_to_entry": False,
        "close_fraction": None,
        "price": None,
    }
    out.update(fields)
    return out


Style = Callable[[random.Random], tuple[str, dict[str, Any]]]
STYLES: dict[str, tuple[str, Style]] = {}


def style(name: str, description: str) -> Callable[[Style], Style]:
    def register(fn: Style) -> Style:
        STYLES[name] = (description, fn)
        return fn

    return register


@style(
    "cornix_free_text",
    "Cornix's published free-text layout: Entry Targets / Take-Profit Targets / Stop Targets as numbered lists, Trailing Configuration block",
)
def cornix_free_text(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    mode = rng.choice(["Isolated", "Cross"])
    zone = rng.random() < 0.3
    entries = d.ladder(rng.choice([1, 2, 3])) if not zone else [d.entry]
    if zone:
        other = d.round(d.entry * (1 - d.sign * 0.01))
        entries = sorted([d.entry, other])
    tps = d.away(rng.randint(2, 5))
    sl = d.round(entries[-1 if not zone else 0] * (1 - d.sign * 0.03))
    if zone and not d.long:
        sl = d.round(entries[1] * 1.03)
    fmt = rng.choice(["plain", "comma"])
    lines = [
        f"⚡⚡ #{d.base}/USDT ⚡⚡",
        "Exchanges: "
        + rng.choice(["Binance Futures", "ByBit USDT", "Binance Futures, ByBit USDT"]),
        f"Signal Type: Regular ({d.side.title()})",
        f"Leverage: {mode} ({lev}X)",
        "",
    ]
    if zone:
        lines += ["Entry Zone:", f"{num(entries[0], d.dec, fmt)} - {num(entries[1], d.dec, fmt)}"]
    else:
        lines.append("Entry Targets:")
        lines += [f"{i}) {num(v, d.dec, fmt)}" for i, v in enumerate(entries, 1)]
    lines += ["", "Take-Profit Targets:"]
    lines += [f"{i}) {num(v, d.dec, fmt)}" for i, v in enumerate(tps, 1)]
    lines += ["", "Stop Targets:", f"1) {num(sl, d.dec, fmt)}"]
    if rng.random() < 0.6:
        lines += [
            "",
            "Trailing Configuration:",
            f"Entry: Percentage ({rng.choice(['0.5', '1'])}%)",
            f"Take-Profit: Percentage ({rng.choice(['0.5', '1'])}%)",
            f"Stop: Moving Target - Trigger: Target ({rng.randint(1, 2)})",
        ]
    exp = signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode.lower()
    )
    return "\n".join(lines), exp


@style(
    "cornix_inline_targets",
    "Exchange header, PAIR SIDE line, 'Target N: price - 30%' allocation lines, 'Stoploss:'",
)
def cornix_inline(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([10, 15, 20, 25, 40])
    tps = d.away(4, 0.01)
    sl = d.against()
    zone = rng.random() < 0.4
    lines = [rng.choice(["BINANCE", "Binance Futures", "BYBIT"]), f"{d.base}USDT {d.side.upper()}"]
    lines.append(f"Leverage: Cross {lev}x")
    if zone:
        other = d.round(d.entry * (1 - d.sign * 0.012))
        lines.append(
            f"Entry zone: {num(min(d.entry, other), d.dec)} - {num(max(d.entry, other), d.dec)}"
        )
        entries = sorted([d.entry, other])
    else:
        lines.append(f"Entry: {num(d.entry, d.dec)}")
        entries = [d.entry]
    shares = rng.choice([[30, 20, 25, 25], [25, 25, 25, 25], [40, 30, 20, 10]])
    if zone:
        ref = max(entries) if d.long else min(entries)
        tps = [d.round(ref * (1 + d.sign * 0.01 * (i + 1))) for i in range(4)]
    lines += [
        f"Target {i}: {num(v, d.dec)} - {s}%"
        for i, (v, s) in enumerate(zip(tps, shares, strict=True), 1)
    ]
    lines.append(f"Stoploss: {num(sl, d.dec)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode="cross"
    )


@style(
    "vip_dash_lists",
    "COIN / Direction / Exchange header; ENTRY, TARGETS and STOP LOSS as ' - '-separated lists (a DCA ladder, not a zone)",
)
def vip_dash(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    entries = d.ladder(3)
    tps = d.away(rng.randint(4, 8), 0.01)
    sl = d.round(entries[-1] * (1 - d.sign * 0.03))
    text = (
        f"COIN: ${d.base}/USDT\nDirection: {d.side.title()}\n"
        f"Exchange: {rng.choice(['ByBit USDT', 'Binance Futures', 'OKX'])}\nLeverage: {lev}x\n\n"
        f"ENTRY: {' - '.join(num(v, d.dec) for v in entries)}\n\n"
        f"TARGETS: {' - '.join(num(v, d.dec) for v in tps)}\n\n"
        f"STOP LOSS: {num(sl, d.dec)}"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "whales_prose_header",
    "'Longing #XYZUSDT Here', leverage range in brackets '(5x - 10x)', dollar prices, comma targets",
)
def whales(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lo, hi = rng.choice([(3, 5), (5, 10), (10, 20)])
    other = d.round(d.entry * (1 - d.sign * 0.01))
    tps = d.away(3, 0.02)
    sl = d.against(0.05)
    verb = "Longing" if d.long else "Shorting"
    text = (
        f"{verb} #{d.base}USDT Here\n\n{d.side.title()} ({lo}x - {hi}x)\n\n"
        f"Entry: {num(d.entry, d.dec, 'dollar')} - {num(other, d.dec, 'dollar')}\n\n"
        f"Targets: {', '.join(num(v, d.dec, 'dollar') for v in tps)}\n\n"
        f"Stoploss: {num(sl, d.dec, 'dollar')}"
    )
    if rng.random() < 0.5:
        text += "\n\nReason: " + rng.choice(
            ["Chart looks bullish above support", "Rejected at the weekly level", "Range breakout"]
        )
    return text, signal(
        d, entries=sorted([d.entry, other]), take_profits=tps, stop_loss=sl, leverage=hi
    )


@style(
    "emoji_labelled_block",
    "emoji-prefixed labelled lines: 📍Coin, 🟢/🔴 Direction, 🔥 Leverage, 💰 Entry, 🎯 TP1.., ⛔️/🛑 Stop Loss",
)
def emoji_block(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20, 25])
    tps = d.away(3)
    sl = d.against()
    dot = "🟢" if d.long else "🔴"
    stop_icon = rng.choice(["⛔️", "🛑", "❌"])
    lines = [
        f"📍Coin: #{d.base}/USDT",
        f"{dot} Direction: {d.side.upper()}",
        f"🔥Leverage: {rng.choice(['Isolated', 'Cross'])} {lev}x",
        f"💰Entry: {num(d.entry, d.dec, 'comma')}",
    ]
    lines += [f"🎯TP{i}: {num(v, d.dec, 'comma')}" for i, v in enumerate(tps, 1)]
    lines.append(f"{stop_icon}Stop Loss: {num(sl, d.dec, 'comma')}")
    rng.shuffle(lines[2:3])
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "emoji_icons_only",
    "labels are only icons: 🎯 for targets, 🛑 for the stop, '@' for the entry; targets on one line",
)
def emoji_icons(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 15])
    tps = d.away(3)
    sl = d.against()
    arrow = "📈" if d.long else "📉"
    sep = rng.choice([" | ", " / ", " - ", ", "])
    text = (
        f"{arrow} ${d.base} {d.side.upper()} @ {num(d.entry, d.dec)}\n"
        f"🎯 {sep.join(num(v, d.dec) for v in tps)}\n"
        f"🛑 {num(sl, d.dec)}\n⚡ {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "terse_one_liner",
    "lowercase one-liners: 'sol long 148 tp 152 155 sl 144 x10'; targets space-separated after tp",
)
def terse(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 15, 20, 25])
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    lev_txt = rng.choice([f"x{lev}", f"{lev}x", f"{lev}X"])
    name = rng.choice([d.base.lower(), d.base, f"#{d.base}", f"{d.base.lower()}usdt"])
    entry_word = rng.choice(["", "entry ", "@ ", "at "])
    text = (
        f"{name} {d.side} {entry_word}{num(d.entry, d.dec)} tp {' '.join(num(v, d.dec) for v in tps)}"
        f" sl {num(sl, d.dec)} {lev_txt}"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "pipe_separated",
    "one line, fields split by '|': 'ETH LONG | Entry 3400 | TP 3450 | 3500 | Stoploss: 3350 | 10x'",
)
def pipes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    text = (
        f"{d.base} {d.side.upper()} | Entry {num(d.entry, d.dec)} | TP "
        + " | ".join(num(v, d.dec) for v in tps)
        + f" | {rng.choice(['Stoploss:', 'SL', 'Stop'])} {num(sl, d.dec)} | {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "exchange_square_post",
    "exchange-feed post: '$XYZ /USDT', 'Buy 0.5677', 'Take Profit', 'Stop Loss', 'Amount per trade 5%', 'Leverage Cross x10'",
)
def square(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tp = d.away(1)[0]
    sl = d.against()
    verb = "Buy" if d.long else "Sell"
    text = (
        f"${d.base} /USDT\n{verb} {num(d.entry, d.dec)}\nTake Profit {num(tp, d.dec)}\n"
        f"Stop Loss {num(sl, d.dec)}\nAmount per trade {rng.randint(2, 10)}%\nLeverage Cross x{lev}"
    )
    return text, signal(
        d, entries=[d.entry], take_profits=[tp], stop_loss=sl, leverage=lev, margin_mode="cross"
    )


@style(
    "perp_at_price",
    "'Short BTC-PERP @ 63,450' headline with thousands separators; 'TP a / b', 'SL c'",
)
def perp(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS[:4])
    tps = d.away(2, 0.01)
    sl = d.against(0.012)
    fmt = "comma"
    text = (
        f"{d.side.title()} {d.base}-PERP @ {num(d.entry, d.dec, fmt)}\n"
        f"TP {' / '.join(num(v, d.dec, fmt) for v in tps)}\nSL {num(sl, d.dec, fmt)}"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "spot_buy_zone",
    "spot posts: '#LINK (SPOT)', 'Buy zone: a - b', 'Sell targets:', stop as a close condition ('daily close below')",
)
def spot_zone(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    d.long, d.sign = True, 1
    low = d.round(d.entry * 0.97)
    tps = [d.round(d.entry * (1 + 0.05 * i)) for i in (1, 2, 3)]
    sl = d.round(low * 0.92)
    stop_txt = rng.choice(
        [
            f"daily close below {num(sl, d.dec)}",
            f"{num(sl, d.dec)}",
            f"4H close under {num(sl, d.dec)}",
        ]
    )
    text = (
        f"#{d.base} (SPOT)\nBuy zone: {num(low, d.dec)} - {num(d.entry, d.dec)}\n"
        f"Sell targets: {' - '.join(num(v, d.dec) for v in tps)}\nStop: {stop_txt}"
    )
    return text, signal(d, entries=[low, d.entry], take_profits=tps, stop_loss=sl, market="spot")


@style(
    "meme_dollar_range",
    "tiny prices with many zeros: '$PEPE 0.00000812 - 0.00000790', 'targets 0.0000085 0.000009', side left to the levels",
)
def meme(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MEME)
    d.long, d.sign = True, 1
    low = d.round(d.entry * 0.973)
    tps = [d.round(d.entry * (1 + 0.06 * i)) for i in (1, 2)]
    sl = d.round(low * 0.94)
    head = rng.choice([f"${d.base}", f"${d.base} spot", f"${d.base} buy"])
    text = (
        f"{head} {num(d.entry, d.dec)} - {num(low, d.dec)}\n"
        f"targets {' '.join(num(v, d.dec) for v in tps)}\nsl {num(sl, d.dec)}"
    )
    return text, signal(d, entries=[low, d.entry], take_profits=tps, stop_loss=sl)


@style(
    "entries_list_slash",
    "entries as a '/'-separated ladder 'Entries: 36.40 / 35.90 / 35.20', targets '/'-separated",
)
def entries_list(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    entries = d.ladder(3)
    tps = d.away(3)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    lev = rng.choice([5, 10])
    text = (
        f"#{d.base} {d.side.upper()}\nEntries: {' / '.join(num(v, d.dec) for v in entries)}\n"
        f"Targets: {' / '.join(num(v, d.dec) for v in tps)}\nStop: {num(sl, d.dec)}\nLev: {lev}x"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "market_entry",
    "market entries: 'Entry: market (CMP)', 'Buy at current price', 'enter now' — no limit price",
)
def market(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    form = rng.randrange(3)
    if form == 0:
        text = (
            f"#{d.base}/USDT {d.side.upper()}\nEntry: {rng.choice(['market (CMP)', 'CMP', 'Market'])}\n"
            f"TP: {' / '.join(num(v, d.dec) for v in tps)}\nSL: {num(sl, d.dec)}\n{lev}x"
        )
    elif form == 1:
        verb = "Buy" if d.long else "Sell"
        text = (
            f"{d.base}USDT\n{verb} at current price\nTake profit at {num(tps[0], d.dec)} - "
            f"{num(tps[1], d.dec)}\nStop at {num(sl, d.dec)}\nLeverage {lev}x"
        )
    else:
        text = (
            f"{d.base} {d.side} now 🚀\ntp {num(tps[0], d.dec)} / {num(tps[1], d.dec)}\n"
            f"sl {num(sl, d.dec)}\nlev {lev}x"
        )
    return text, signal(d, order_type="market", take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "stop_as_condition",
    "stops written as conditions or invalidations: 'Stop: daily close below 16.10', 'Invalidation: 1.2345', 'SL: 4H close above'",
)
def stop_condition(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(2)
    sl = d.against()
    word = "below" if d.long else "above"
    stop = rng.choice(
        [
            f"Stop: daily close {word} {num(sl, d.dec)}",
            f"Invalidation: {num(sl, d.dec)}",
            f"SL: 4H close {word} {num(sl, d.dec)}",
            f"Stop loss ➜ {num(sl, d.dec)} (candle close)",
        ]
    )
    text = (
        f"{d.base}/USDT — {d.side.upper()}\nEntry: {num(d.entry, d.dec)}\n"
        f"Targets: {num(tps[0], d.dec)}, {num(tps[1], d.dec)}\n{stop}"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style("russian_labels", "Russian labels: ЛОНГ/ШОРТ, Вход, Цели/ТП, Стоп/СЛ, Плечо")
def russian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    side = "ЛОНГ" if d.long else "ШОРТ"
    if rng.random() < 0.5:
        tp_lines = f"Цели: {', '.join(num(v, d.dec) for v in tps)}"
    else:
        tp_lines = "\n".join(f"ТП{i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1))
    text = (
        f"🚀 {side} {d.base}USDT\nВход: {num(d.entry, d.dec)}\n{tp_lines}\n"
        f"{rng.choice(['Стоп', 'СЛ', 'Стоп-лосс'])}: {num(sl, d.dec)}\nПлечо: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "spanish_portuguese_labels",
    "Spanish/Portuguese labels: Par, Dirección/Direção, Entrada, Objetivos/Alvos, Stop, Apalancamiento/Alavancagem",
)
def iberian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(3)
    sl = d.against()
    es = rng.random() < 0.5
    side = d.side.upper()
    if es:
        text = (
            f"Par: {d.base}/USDT\nDirección: {side}\nEntrada: {num(d.entry, d.dec)}\n"
            f"Objetivos: {' - '.join(num(v, d.dec) for v in tps)}\nStop loss: {num(sl, d.dec)}\n"
            f"Apalancamiento: {lev}x"
        )
    else:
        text = (
            f"Moeda: #{d.base}\nDireção: {side}\nEntrada: {num(d.entry, d.dec)}\n"
            f"Alvos: {' / '.join(num(v, d.dec) for v in tps)}\nStop: {num(sl, d.dec)}\n"
            f"Alavancagem: {lev}x"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style("turkish_labels", "Turkish labels: Giriş, Hedefler, Stop, Kaldıraç; side as LONG/SHORT")
def turkish(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(3)
    sl = d.against()
    text = (
        f"#{d.base} {d.side.upper()}\nGiriş: {num(d.entry, d.dec)}\n"
        f"Hedefler: {' - '.join(num(v, d.dec) for v in tps)}\nStop: {num(sl, d.dec)}\nKaldıraç: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "numbered_tp_percent",
    "TP lines with distance percentages: 'TP1 ➜ 0.3358 (+1.2%)', 'SL ➜ 0.3127 (-3%)', risk/reward line",
)
def tp_percent(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(3)
    sl = d.against()
    lines = [f"🔥 #{d.base}USDT | {d.side.upper()}", f"Entry ➜ {num(d.entry, d.dec)}"]
    for i, v in enumerate(tps, 1):
        pct = abs(v / d.entry - 1) * 100
        lines.append(f"TP{i} ➜ {num(v, d.dec)} (+{pct:.1f}%)")
    lines.append(f"SL ➜ {num(sl, d.dec)} (-{abs(sl / d.entry - 1) * 100:.1f}%)")
    lines.append(f"R:R 1:{rng.choice(['1.5', '2', '2.5'])}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "coin_margined",
    "COIN-M contracts: 'BTCUSD_PERP', 'ETHUSD Perp (COIN-M)'; kept apart from USDⓈ-M",
)
def coin_m(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS[:4])
    tps = d.away(2, 0.01)
    sl = d.against(0.015)
    lev = rng.choice([5, 10, 20])
    name = rng.choice([f"{d.base}USD_PERP", f"{d.base}USD Perp (COIN-M)"])
    text = (
        f"{name} {d.side.upper()}\nEntry {num(d.entry, d.dec)}\n"
        f"Targets {num(tps[0], d.dec)} - {num(tps[1], d.dec)}\nStop {num(sl, d.dec)}\nLeverage {lev}x"
    )
    return text, signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, market="coinm"
    )


@style(
    "contract_multiplier",
    "multiplier contracts: '1000SHIBUSDT', '#1000PEPE/USDT', '1MBABYDOGEUSDT' — token for lists, contract kept",
)
def multiplier(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MULTIPLIED)
    tps = d.away(3, 0.02)
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    name = rng.choice([f"{d.base}USDT", f"#{d.base}/USDT"])
    text = (
        f"{name} {d.side.upper()}\nLeverage: Cross {lev}x\nEntry: {num(d.entry, d.dec)}\n"
        f"Targets: {' - '.join(num(v, d.dec) for v in tps)}\nStop Loss: {num(sl, d.dec)}"
    )
    return text, signal(
        d,
        entries=[d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode="cross",
        contract=f"{d.base}USDT",
    )


@style(
    "prose_sentence",
    "a sentence: 'Opening a long on #ARB here around 1.12, targets 1.18 and 1.25, stop 1.06. Leverage 5x.'",
)
def prose(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([3, 5, 10])
    text = rng.choice(
        [
            "Opening a {side} on #{b} here around {e}, targets {t1} and {t2}, stop {s}. Leverage {l}x.",
            "Taking a {side} on ${b} at {e}. First target {t1}, second {t2}. Stop loss {s}, {l}x max.",
            "I'm going {side} {b} from {e} — looking for {t1} then {t2}, invalidation {s} ({l}x).",
        ]
    ).format(
        side=d.side,
        b=d.base,
        e=num(d.entry, d.dec),
        t1=num(tps[0], d.dec),
        t2=num(tps[1], d.dec),
        s=num(sl, d.dec),
        l=lev,
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "table_card",
    "a card of 'Label value' pairs with dollar prices and percentages: Pair / Direction / Entry / Stop-Loss (+2%) / Take-Profit (-4%) / Score 8.5 / 10",
)
def table_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tp = d.away(1, 0.04)[0]
    sl = d.against(0.02)
    score = rng.choice([6.5, 7, 8, 8.5, 9])
    text = (
        f"Pair {d.base}/USDT\nDirection {d.side.upper()}\nEntry {num(d.entry, d.dec, 'dollar')}\n"
        f"Stop-Loss {num(sl, d.dec, 'dollar')} ({'-' if d.long else '+'}2.0%)\n"
        f"Take-Profit {num(tp, d.dec, 'dollar')} ({'+' if d.long else '-'}4.0%)\n"
        f"R/R Ratio 2.0 : 1\nScore {score:g} / 10\nExchange {rng.choice(['Binance Futures', 'Bybit'])}"
    )
    return text, signal(
        d, entries=[d.entry], take_profits=[tp], stop_loss=sl, confidence=round(score / 10, 4)
    )


@style(
    "space_thousands",
    "big prices with a space as thousands separator after a price word: 'Entry: 63 450', 'TP: 64 200 / 65 000'",
)
def space_thousands(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS[:2])
    d.entry = float(round(d.entry))
    d.dec = 0
    tps = d.away(2, 0.01)
    sl = d.against(0.012)
    text = (
        f"{d.base}USDT {d.side.upper()}\nEntry: {num(d.entry, 0, 'space')}\n"
        f"TP: {num(tps[0], 0, 'space')} / {num(tps[1], 0, 'space')}\nSL: {num(sl, 0, 'space')}\nx{rng.choice([10, 20])}"
    )
    lev = int(text.rsplit("x", 1)[1])
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style("k_suffix", "thousands written with k: 'BTC long 63.4k tp 64.5k / 66k sl 62.2k'")
def k_suffix(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS[:1])
    d.entry = round(d.entry / 100) * 100.0
    tps = [d.entry + d.sign * 1100.0, d.entry + d.sign * 2600.0]
    sl = d.entry - d.sign * 1200.0

    def k(v: float) -> str:
        return f"{v / 1000:g}k"

    text = f"BTC {d.side} {k(d.entry)} tp {k(tps[0])} / {k(tps[1])} sl {k(sl)} cross {rng.choice([10, 20])}x"
    lev = int(text.rsplit(" ", 1)[1][:-1])
    return text, signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, margin_mode="cross"
    )


@style(
    "confidence_tagged",
    "AI-bot posts with a confidence: 'Confidence: 72%' or '8/10', timeframe and a list",
)
def confidence(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(3)
    sl = d.against()
    pct = rng.randint(55, 92)
    conf_txt, conf = rng.choice(
        [(f"Confidence: {pct}%", pct / 100), (f"Confidence: {pct // 10}/10", (pct // 10) / 10)]
    )
    text = (
        f"🤖 SIGNAL #{d.base}USDT\nSide: {d.side.upper()}\nTimeframe: {rng.choice(['15m', '1H', '4H'])}\n"
        f"Entry price: {num(d.entry, d.dec)}\nTake profit:\n"
        + "\n".join(f"  {i}. {num(v, d.dec)}" for i, v in enumerate(tps, 1))
        + f"\nStop loss: {num(sl, d.dec)}\n{conf_txt}"
    )
    return text, signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, confidence=round(conf, 4)
    )


@style(
    "coin_m_spellings",
    "coin-margined contracts as channels spell them: 'BTCUSD_PERP', 'ETHUSD_250627' (quarterly), 'BTC/USD COIN-M', 'BTCUSD Perpetual', 'Inverse BTCUSD'",
)
def coin_m_spellings(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS[:4])
    tps = d.away(2, 0.01)
    sl = d.against(0.015)
    lev = rng.choice([3, 5, 10, 25])
    contract = f"{d.base}USD_PERP"
    form = rng.randrange(5)
    if form == 0:
        name = f"#{d.base}USD_PERP"
    elif form == 1:
        quarter = rng.choice(["250627", "250926", "251226"])
        name = f"{d.base}USD_{quarter}"
        contract = name
    elif form == 2:
        name = f"{d.base}/USD COIN-M"
    elif form == 3:
        name = f"{d.base}USD Perpetual (coin-margined)"
    else:
        name = f"Inverse {d.base}USD"
    text = (
        f"{name}\n{d.side.title()} {lev}x\nEntry: {num(d.entry, d.dec)}\n"
        f"Take profit: {num(tps[0], d.dec)} / {num(tps[1], d.dec)}\nStop: {num(sl, d.dec)}"
    )
    return text, signal(
        d,
        entries=[d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        market="coinm",
        contract=contract,
    )


# ---- follow-ups -------------------------------------------------------------------------


@style(
    "bot_follow_ups",
    "notifications written by signal bots: 'Take-Profit target 2 ✅', 'Closed at stoploss after reaching take profit ⚠️', 'Cancelled ❌', 'Stoploss ⛔️', 'All entry targets achieved'",
)
def bot_follow(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    pair = f"#{d.base}/USDT"
    head = rng.choice(["Binance Futures\n", "ByBit USDT\n", ""])
    form = rng.randrange(6)
    if form == 0:
        n = rng.randint(1, 4)
        text = f"{head}{pair} Take-Profit target {n} ✅\nProfit: {rng.uniform(5, 90):.4f}% 📈\nPeriod: {rng.randint(1, 20)} Hours {rng.randint(1, 59)} Minutes ⏰"
        return text, follow("target_hit", d.base, target_index=n)
    if form == 1:
        text = f"{head}{pair} Closed at stoploss after reaching take profit ⚠️"
        return text, follow("stop_hit", d.base)
    if form == 2:
        text = f"{head}{pair} Cancelled ❌\nTarget achieved before entering the entry zone"
        return text, follow("cancel", d.base)
    if form == 3:
        text = f"{head}{pair} Stoploss ⛔️\nLoss: {rng.uniform(10, 140):.1f}% 📉"
        return text, follow("stop_hit", d.base)
    if form == 4:
        text = f"{head}{pair} All entry targets achieved\nAverage Entry Price: {num(d.entry, d.dec)} 💵"
        return text, follow("entry_filled", d.base, price=d.entry)
    text = (
        f"{head}{pair} All take-profit targets achieved 😎\nProfit: {rng.uniform(20, 200):.2f}% 📈"
    )
    return text, follow("target_hit", d.base)


@style(
    "manual_follow_ups",
    "a channel admin's own updates: 'move SL to entry', 'SL moved to 3450', 'close half', 'book 25% here', 'stopped out', 'TP2 hit ✅'",
)
def manual_follow(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    b = d.base
    form = rng.randrange(10)
    if form == 0:
        text = rng.choice(
            [
                f"#{b} move SL to entry",
                f"{b}: stop to breakeven now",
                f"${b} Move stop loss to BE 🔒",
            ]
        )
        return text, follow("stop_moved", b, stop_to_entry=True)
    if form == 1:
        s = d.against(0.005)
        text = rng.choice(
            [f"#{b} SL moved to {num(s, d.dec)}", f"{b} update: move stop to {num(s, d.dec)}"]
        )
        return text, follow("stop_moved", b, new_stop=s)
    if form == 2:
        text = rng.choice(
            [f"#{b} close half here", f"{b}: take 50% off the table", f"${b} close 50% now"]
        )
        return text, follow("close", b, close_fraction=0.5)
    if form == 3:
        pct = rng.choice([25, 30, 75])
        text = rng.choice([f"#{b} book {pct}% profits here", f"{b} close {pct}% of the position"])
        return text, follow("close", b, close_fraction=pct / 100)
    if form == 4:
        text = rng.choice(
            [
                f"#{b} close all ✅",
                f"{b} closed fully in profit",
                f"${b} exit the whole position now",
            ]
        )
        return text, follow("close", b, close_fraction=1.0)
    if form == 5:
        text = rng.choice(
            [f"#{b} stopped out ❌", f"{b} hit stop loss, on to the next", f"${b} SL hit"]
        )
        return text, follow("stop_hit", b)
    if form == 6:
        n = rng.randint(1, 3)
        text = rng.choice(
            [f"#{b} TP{n} hit ✅", f"{b} target {n} reached 🎯", f"${b} Target {n} done ✅"]
        )
        return text, follow("target_hit", b, target_index=n)
    if form == 7:
        n = rng.randint(1, 2)
        text = f"#{b} Target {n} ✅ move stop to entry"
        return text, follow("target_hit", b, target_index=n, stop_to_entry=True)
    if form == 8:
        text = rng.choice(
            [
                f"#{b} signal cancelled, don't enter",
                f"Cancel {b} setup ❌",
                f"{b} idea invalidated, cancel the orders",
            ]
        )
        return text, follow("cancel", b)
    p = d.against(0.01)
    text = rng.choice(
        [f"#{b} re-entry at {num(p, d.dec)}", f"Re-enter {b} {num(p, d.dec)}, same targets"]
    )
    return text, follow("reentry", b, price=p)


@style(
    "edited_signal",
    "a signal re-posted after an edit (Telegram edit_date set): the new text is the truth, the changed fields named",
)
def edited(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(3)
    sl = d.against()
    new_sl = d.against(0.01) if rng.random() < 0.6 else sl
    new_tps = tps if new_sl != sl and rng.random() < 0.5 else [*tps[:2], d.away(4)[3]]

    def render(stop: float, targets: list[float]) -> str:
        return (
            f"#{d.base}/USDT {d.side.upper()}\nLeverage: Cross {lev}x\nEntry: {num(d.entry, d.dec)}\n"
            f"Targets: {' - '.join(num(v, d.dec) for v in targets)}\nStop Loss: {num(stop, d.dec)}"
        )

    changed = [
        f for f, a, b in (("take_profits", tps, new_tps), ("stop_loss", sl, new_sl)) if a != b
    ]
    exp = signal(
        d,
        entries=[d.entry],
        take_profits=new_tps,
        stop_loss=new_sl,
        leverage=lev,
        margin_mode="cross",
        edited_fields=changed,
        previous=render(sl, tps),
    )
    return render(new_sl, new_tps), exp


# ---- not signals and review ---------------------------------------------------------------

CHATTER = [
    "Good morning everyone ☀️ markets are calm today",
    "Weekly results: +340% on 12 signals 🔥🔥",
    "BTC looking strong here, might look for a long later",
    "Join our VIP for more signals 👉 t.me/example",
    "Reminder: never risk more than 2% per trade",
    "Funding is negative across the board, be careful",
    "Who made money on the last one? 💰",
    "Market update: ETH dominance rising, alts bleeding",
    "Live on stream in 10 minutes",
    "Results of last month: 48 wins, 9 losses",
    "Patience. No trades today.",
    "New listing on Binance: XYZ. No signal yet.",
    "Thanks for 50k subscribers 🙏",
    "BTC dominance chart 👇",
    "Nothing to do until CPI tomorrow",
    "The weekly close matters more than this wick",
    "Scalpers: be careful around 14:30 UTC news",
    "Our win rate this week: 87%",
]


@style("chatter", "channel chatter, results posts, promotions, market talk — not signals")
def chatter(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return rng.choice(CHATTER), {"kind": "not_signal"}


@style(
    "needs_review",
    "posts a careful reader would not copy blind: both sides, targets on the wrong side, absurd numbers, negative leverage",
)
def review(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    form = rng.randrange(6)
    if form == 0:
        text = f"#{d.base} long or short depending on the breakout of {num(d.entry, d.dec)}"
    elif form == 1:
        wrong = d.against(0.03)
        text = f"#{d.base}/USDT {d.side.upper()}\nEntry: {num(d.entry, d.dec)}\nTP: {num(wrong, d.dec)}\nSL: {num(d.against(0.06), d.dec)}"
    elif form == 2:
        text = f"#{d.base} {d.side.upper()}\nEntry: 1e308\nTP: 1e309\nSL: 0"
    elif form == 3:
        text = f"#{d.base} {d.side.upper()} entry {num(d.entry, d.dec)} tp {num(d.away(1)[0], d.dec)} sl {num(d.against(), d.dec)} leverage -10x"
    elif form == 4:
        tp = d.away(1)[0] * 1000
        text = f"#{d.base}/USDT {d.side.upper()}\nEntry: {num(d.entry, d.dec)}\nTarget: {num(tp, d.dec)}\nStop: {num(d.against(), d.dec)}"
    else:
        text = f"{d.base} {d.side.upper()}"
    return text, {"kind": "needs_review"}


# ---- styles added in the second round ------------------------------------------------------
# Written together and measured once before any parser change (README: "Second round"). The
# three in HOLDOUT_2 were never looked at message by message afterwards.

SMALL_CAPS = [
    ("FHE", "FHE", 0.0734, 5),
    ("MOODENG", "MOODENG", 0.1862, 5),
    ("BRETT", "BRETT", 0.04412, 6),
    ("NEIRO", "NEIRO", 0.001421, 7),
    ("TURBO", "TURBO", 0.006123, 7),
    ("API3", "API3", 1.4619, 4),
    ("DIA", "DIA", 0.7140, 4),
    ("LQTY", "LQTY", 0.2875, 4),
]
NNBSP = "\u202f"  # narrow no-break space: French thousands separator


def eu(value: float, dec: int, thousands: str = ".") -> str:
    """A price as continental Europe writes it: 63.450,5 (or 63 450,5 with a space)."""
    text = f"{value:.{dec}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    if value >= 1000:
        whole = f"{int(whole):,}".replace(",", thousands)
    return whole + (f",{frac}" if frac else "")


def zone(d: Draw, width: float = 0.01) -> list[float]:
    """A two-price entry zone around the drawn entry, low to high."""
    other = d.round(d.entry * (1 - d.sign * width))
    return sorted([d.entry, other])


@style(
    "margin_mode_card",
    "'🟢 Long / Name: API3/USDT / Margin mode: Cross (25.0X)', 'Entry price(USDT):' and 'Targets(USDT):' headings with the values on the next lines, a last '🔝 unlimited' target, often no stop",
)
def margin_mode_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([10, 20, 25, 50, 75])
    tps = d.away(rng.randint(3, 5), 0.01)
    dot = "🟢" if d.long else "🔴"
    lines = [
        f"{dot} {d.side.title()}",
        f"Name: {d.base}/USDT",
        f"Margin mode: {rng.choice(['Cross', 'Isolated'])} ({lev}.0X)",
        "",
        "↪️ Entry price(USDT):",
        num(d.entry, d.dec),
        "",
        "Targets(USDT):",
    ]
    lines += [f"{i}) {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    if rng.random() < 0.6:
        lines.append(f"{len(tps) + 1}) 🔝 unlimited")
    sl = None
    if rng.random() < 0.4:
        sl = d.against()
        lines += ["", "⛔️ Stop loss(USDT):", num(sl, d.dec)]
    mode = lines[2].split(": ")[1].split(" ")[0].lower()
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode
    )


@style(
    "whatsapp_new_position",
    "WhatsApp/Discord relay: '🆕 New position', '🪙 Coin: MOODENG LONG (20 leverage cross)', '🎯 Target 1:' lines ending in 'runners', stop as '1 day candle close below', a Notes line",
)
def whatsapp_position(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, SMALL_CAPS + MARKETS[4:])
    lev = rng.choice([5, 10, 20])
    mode = rng.choice(["cross", "isolated"])
    entries = zone(d, 0.012)
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * 0.03 * i)) for i in range(1, rng.randint(3, 5) + 1)]
    low_high = min(entries) if d.long else max(entries)
    sl = d.round(low_high * (1 - d.sign * 0.12))
    word = "below" if d.long else "above"
    lines = [
        "🆕 New position",
        f"🪙 Coin: {d.base} {d.side.upper()} ({lev} leverage {mode})",
        f"📥 Entry: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}",
    ]
    lines += [f"🎯 Target {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"🎯 Target {len(tps) + 1}: runners")
    lines.append(
        rng.choice(
            [
                f"🛑 Stop loss: 1 day candle close {word} {num(sl, d.dec)}",
                f"🛑 Stop loss: {num(sl, d.dec)}",
                f"🛑 Stop loss: 4h close {word} {num(sl, d.dec)}",
            ]
        )
    )
    lines.append(
        "📝 Notes: "
        + rng.choice(
            [
                "1% for entries (0.5% entry 1, 0.5% entry 2), keep room to DCA 🔒",
                "small size, take profits along the way",
                "risk 2% max, move stop to entry after target 2",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode
    )


@style(
    "free_trade_zone",
    "'Free Trade / LONG SIGNAL / PAIR:  FHE/ USDT', 'Entry Zone:  0.076 _ 0.070' (underscore), targets one per line with a trailing '$' and blank lines between, ' Stop-Loss:', 'Wallet size 2%'",
)
def free_trade_zone(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, SMALL_CAPS + MARKETS[4:12] + MULTIPLIED[:2])
    lev = rng.choice([20, 25, 50])
    entries = zone(d, 0.06)
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * 0.025 * i)) for i in (1, 2, 3, 5)]
    sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.1))
    first, second = (entries[1], entries[0]) if d.long else (entries[0], entries[1])
    pad = rng.choice([" ", "  "])
    text = (
        f"{rng.choice(['Free Trade', 'FREE SIGNAL', 'VIP Trade'])}\n\n{d.side.upper()} SIGNAL\n\n"
        f"PAIR:{pad}{d.base}/ USDT\n\nLeverage: {lev}x\n\n"
        f"Entry Zone:{pad}{num(first, d.dec)} _ {num(second, d.dec)}\n\n"
        "🎯 Take-Profit Targets:\n\n"
        + "\n\n".join(f"{num(v, d.dec)}$" for v in tps)
        + f"\n\n\n\n Stop-Loss:{pad}{num(sl, d.dec)}\n\nWallet size {rng.choice([1, 2, 3])}%"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "repeated_tp_lines",
    "copier-bot layout: 'BTCUSDT BUY 63450' then one 'TP' line per target and an 'SL' line; bullets 'SL ● 3332', 'SELL @ a - b'",
)
def repeated_tp(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    verb = "BUY" if d.long else "SELL"
    tps = d.away(rng.randint(2, 4), 0.008)
    sl = d.against(0.012)
    form = rng.randrange(3)
    if form == 0:
        head = f"{d.base}USDT {verb} {num(d.entry, d.dec)}"
        entries = [d.entry]
    elif form == 1:
        entries = zone(d, 0.004)
        head = f"{d.base}USDT {verb}\n{verb} @ {num(entries[0], d.dec)} - {num(entries[1], d.dec)}"
    else:
        head = f"{d.base} {verb} @ {num(d.entry, d.dec)}"
        entries = [d.entry]
    bullet = rng.choice([" ", " ● ", ": "])
    text = (
        head
        + "\n"
        + "\n".join(f"TP{bullet}{num(v, d.dec)}" for v in tps)
        + f"\nSL{bullet}{num(sl, d.dec)}"
    )
    if form == 1:
        tps = d.away(len(tps), 0.008)
        ref = max(entries) if d.long else min(entries)
        tps = [d.round(ref * (1 + d.sign * 0.008 * i)) for i in range(1, len(tps) + 1)]
        sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.012))
        text = (
            head
            + "\n"
            + "\n".join(f"TP{bullet}{num(v, d.dec)}" for v in tps)
            + f"\nSL{bullet}{num(sl, d.dec)}"
        )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "square_trade_plan",
    "Binance Square long-form post: '$DIA 📈 BIAS: LONG', reasons with stray numbers (volume, EMA 9/15, a bid wall), '🔥 Entry Zone: a – b', '🛑 Stop Loss:', 'TP1: x (1h Supertrend…)', 'R:R 1 : 3.1 (using … avg entry)', '⚠️ Invalidation', disclaimer",
)
def square_plan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    entries = zone(d, 0.004)
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * g)) for g in (0.022, 0.043, 0.078)]
    sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.009))
    inval = d.round(sl * (1 - d.sign * 0.002))
    wall = d.round(min(entries) * 0.975) if d.long else d.round(max(entries) * 1.025)
    avg = d.round(sum(entries) / 2)
    trend = "bullish" if d.long else "bearish"
    text = (
        f"${d.base} {'📈' if d.long else '📉'} BIAS: {d.side.upper()}\n\n"
        "Why I’m Looking Here\n\n"
        f"Price just flipped the 10/3 Supertrend {trend} for the first time in 48 hours.\n"
        f"Volume dried up to {rng.randint(3, 9)}k from {rng.randint(2, 6)}M — the other side is exhausted.\n"
        f"Massive {'bid' if d.long else 'ask'} wall at {num(wall, d.dec)} ({rng.randint(100, 300)}k+).\n"
        "EMA 9/15 just crossed the EMA 50 on the 15m.\n\n"
        f"🔥 Entry Zone: {num(entries[0], d.dec)} – {num(entries[1], d.dec)}\n\n"
        f"🛑 Stop Loss: {num(sl, d.dec)}\n"
        f"{'Below' if d.long else 'Above'} the flipped Supertrend and today’s range.\n\n"
        "🎯 Take Profit Levels\n\n"
        f"TP1: {num(tps[0], d.dec)} (1h Supertrend + overhead supply)\n"
        f"TP2: {num(tps[1], d.dec)} (psychological round + 200 EMA on 15m)\n"
        f"TP3: {num(tps[2], d.dec)} (previous 4H level)\n\n"
        f"📊 R:R: 1 : {rng.choice(['2.4', '3.1', '2.8'])} (using {num(avg, d.dec)} avg entry)\n\n"
        f"⚠️ Invalidation\n4H candle closes {'below' if d.long else 'above'} {num(inval, d.dec)}. That traps me.\n\n"
        "Not financial advice. DYOR."
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "square_risk_breakdown",
    "Square '📊 Long Trade Strategy (BTC/USDT) – 4H' post: comma thousands with 'USDT' after each price, an entry condition sentence, and a Risk/Reward block that repeats entry, stop and targets with '→ 2,000 points'",
)
def square_breakdown(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS[:4])
    d.entry = float(round(d.entry / 50) * 50) if d.entry > 1000 else d.entry
    tps = [d.round(d.entry * (1 + d.sign * g)) for g in (0.017, 0.039, 0.061)]
    sl = d.round(d.entry * (1 - d.sign * 0.017))
    rc = "comma"
    cond = "closes strongly above" if d.long else "loses"
    risk = abs(d.entry - sl)
    lines = [
        f"📊 {d.side.title()} Trade Strategy ({d.base}/USDT) – 4H Timeframe",
        f"✅ Entry ({'Buy' if d.long else 'Sell'}):",
        f"When the price {cond} {num(d.entry, d.dec, rc)} USDT.",
        "MACD and histogram should confirm.",
        "---",
        "📉 Stop Loss:",
        f"{num(sl, d.dec, rc)} USDT (set {'below' if d.long else 'above'} the recent swing).",
        "---",
        "🎯 Take Profit Targets:",
        f"TP1: {num(tps[0], d.dec, rc)} USDT (first resistance)",
        f"TP2: {num(tps[1], d.dec, rc)} USDT (strong zone)",
        f"TP3 (Optional): {num(tps[2], d.dec, rc)} USDT (if momentum is strong)",
        "---",
        "🔄 Risk/Reward Ratio:",
        f"Entry: {num(d.entry, d.dec, rc)}",
        f"Stop Loss: {num(sl, d.dec, rc)} → {num(risk, d.dec, rc)} points risk",
    ]
    for i, v in enumerate(tps, 1):
        lines.append(
            f"TP{i}: {num(v, d.dec, rc)} → {num(abs(v - d.entry), d.dec, rc)} points reward ({abs(v - d.entry) / risk:.2g}:1)"
        )
    lines += ["---", "📌 Use a trailing stop after TP1."]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "german_labels",
    "German labels (Einstieg, Ziele/Kursziel, Stopp/Stop-Loss, Hebel, Richtung) with German number style: '63.450,5' and '148,20'",
)
def german(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    zone_entry = rng.random() < 0.4
    entries = zone(d, 0.008) if zone_entry else [d.entry]
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * 0.012 * i)) for i in range(1, 4)]
    sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.025))
    e_txt = " – ".join(eu(v, d.dec) for v in entries)
    if rng.random() < 0.5:
        text = (
            f"📈 {d.side.upper()} #{d.base}/USDT\n"
            f"Einstieg: {e_txt}\nZiele: {' / '.join(eu(v, d.dec) for v in tps)}\n"
            f"Stopp: {eu(sl, d.dec)}\nHebel: {lev}x"
        )
    else:
        text = (
            f"Signal {d.base}USDT\nRichtung: {d.side.title()}\nEinstiegsbereich: {e_txt}\n"
            + "\n".join(f"Kursziel {i}: {eu(v, d.dec)}" for i, v in enumerate(tps, 1))
            + f"\nStop-Loss: {eu(sl, d.dec)}\nHebel: {rng.choice(['Cross', 'Isoliert'])} {lev}x\n"
            "Kein Finanzrat, nur meine Meinung."
        )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "french_labels",
    "French labels with a space before the colon (Entrée :, Objectifs :, Stop :, Levier :), side as LONG/SHORT or Achat/Vente, thousands as a narrow space and a decimal comma: '63 450,5'",
)
def french(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    tps = d.away(3)
    sl = d.against()
    sep = rng.choice([NNBSP, " "])
    side = rng.choice([d.side.upper(), ("Achat" if d.long else "Vente")])
    text = (
        f"🔔 Signal #{d.base}/USDT\nPosition : {side}\nEntrée : {eu(d.entry, d.dec, sep)}\n"
        f"Objectifs : {' - '.join(eu(v, d.dec, sep) for v in tps)}\n"
        f"Stop : {eu(sl, d.dec, sep)}\nLevier : x{lev}\n"
        + rng.choice(["Gestion du risque : 2 % du capital", "Bonne chance à tous 🍀", ""])
    )
    return text.rstrip("\n"), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "vietnamese_labels",
    "Vietnamese labels: Điểm vào, Chốt lời (TP), Cắt lỗ (SL), Đòn bẩy; side LONG/SHORT or MUA/BÁN; thousands written with dots ('63.450')",
)
def vietnamese(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([10, 20, 25])
    entries = zone(d, 0.006) if rng.random() < 0.5 else [d.entry]
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * 0.01 * i)) for i in range(1, rng.randint(2, 4) + 1)]
    sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.02))
    side = rng.choice([d.side.upper(), ("MUA" if d.long else "BÁN")])
    text = (
        f"🚀 TÍN HIỆU {side} #{d.base}USDT\n"
        f"✅ Điểm vào: {' - '.join(eu(v, d.dec) for v in entries)}\n"
        f"🎯 Chốt lời: {' - '.join(eu(v, d.dec) for v in tps)}\n"
        f"⛔ Cắt lỗ: {eu(sl, d.dec)}\n⚡ Đòn bẩy: x{lev}\n"
        + rng.choice(["Quản lý vốn 2-3%", "Không phải lời khuyên đầu tư", "Vào lệnh từ từ"])
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "indonesian_labels",
    "Indonesian labels: Koin, Posisi, Harga masuk / Area beli, Target (| separated), Stop loss, Leverage range '10x - 20x'; side LONG/SHORT or BELI/JUAL",
)
def indonesian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    lo, hi = rng.choice([(5, 10), (10, 20), (20, 25)])
    entries = zone(d, 0.015)
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * 0.02 * i)) for i in range(1, 4)]
    sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.04))
    side = rng.choice([d.side.upper(), ("BELI" if d.long else "JUAL")])
    label = rng.choice(["Harga masuk", "Area entry", "Entry"])
    text = (
        f"📊 SINYAL FUTURES\nKoin: ${d.base}\nPosisi: {side}\n"
        f"{label}: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}\n"
        f"Target: {' | '.join(num(v, d.dec) for v in tps)}\nStop loss: {num(sl, d.dec)}\n"
        f"Leverage: {lo}x - {hi}x\n"
        + rng.choice(
            ["Gunakan manajemen risiko!", "Jangan FOMO, tunggu harga masuk.", "Modal 2% saja"]
        )
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "arabic_labels",
    "Arabic labels: العملة، الاتجاه (شراء/بيع, sometimes with LONG/SHORT), الدخول، الأهداف، وقف الخسارة، الرافعة; Western digits",
)
def arabic(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    entries = zone(d, 0.01) if rng.random() < 0.5 else [d.entry]
    ref = max(entries) if d.long else min(entries)
    tps = [d.round(ref * (1 + d.sign * 0.015 * i)) for i in range(1, 4)]
    sl = d.round((min(entries) if d.long else max(entries)) * (1 - d.sign * 0.03))
    word = "شراء" if d.long else "بيع"
    side = rng.choice([word, f"{word} ({d.side.upper()})", d.side.upper()])
    text = (
        f"🔥 توصية فيوتشر\nالعملة: #{d.base}/USDT\nالاتجاه: {side}\n"
        f"الدخول: {' - '.join(num(v, d.dec) for v in entries)}\n"
        f"الأهداف: {' - '.join(num(v, d.dec) for v in tps)}\n"
        f"وقف الخسارة: {num(sl, d.dec)}\nالرافعة: {lev}x"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "relay_follow_ups",
    "follow-ups as relays and admins write them: 'Closed due to opposite direction signal ⚠️', 'TP1 done 🎯 +35%', 'SL to BE', 'Partial close 30%', 'closed manually at 0.512', 'Entry 2 ✅ filled'",
)
def relay_follow(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    b = d.base
    form = rng.randrange(7)
    if form == 0:
        return f"Binance Futures\n#{b}/USDT Closed due to opposite direction signal ⚠️", follow(
            "close", b, close_fraction=1.0
        )
    if form == 1:
        n = rng.randint(1, 4)
        return f"${b} TP{n} done 🎯 +{rng.randint(12, 90)}% with {rng.choice([10, 20])}x", follow(
            "target_hit", b, target_index=n
        )
    if form == 2:
        return rng.choice([f"{b}: SL to BE ✅", f"#{b} — stop to entry, risk free now"]), follow(
            "stop_moved", b, stop_to_entry=True
        )
    if form == 3:
        pct = rng.choice([20, 30, 40])
        return f"#{b} partial close {pct}% here, let the rest run", follow(
            "close", b, close_fraction=pct / 100
        )
    if form == 4:
        p = d.away(1)[0]
        return f"{b} closed manually at {num(p, d.dec)} ✅", follow(
            "close", b, close_fraction=1.0, price=p
        )
    if form == 5:
        return f"#{b}/USDT Entry 2 ✅\nAverage Entry Price: {num(d.entry, d.dec)} 💵", follow(
            "entry_filled", b, price=d.entry
        )
    s = d.against(0.006)
    return f"{b} update ⚠️ new SL {num(s, d.dec)}", follow("stop_moved", b, new_stop=s)


RESULT_CHATTER = [
    "Yesterday's {b} long: entry {e} → {t} ✅ +{p}% 🚀",
    "{b} broke {t}, next resistance {t2}. Not a signal, just levels to watch.",
    "Market recap: {b} {e} ({p2}%), funding 0.01%, OI up {p}%",
    "{b} hit all targets 🎯🎯🎯 congrats to everyone who followed!",
    "Giveaway 🎁 100 USDT to 3 winners, like and share!",
    "Guten Morgen! Heute keine Signale, der Markt ist zu ruhig.",
    "Bonjour à tous, pas de trade aujourd'hui ☕",
    "Chúc mọi người một tuần giao dịch thành công 💪",
    "Selamat pagi! Pasar sedang sideways, sabar dulu.",
    "{b} chart update 👇 still inside the range {s} - {t}",
]


@style(
    "result_chatter",
    "chatter that carries prices and side words: results ('entry 148 → 156 ✅'), levels to watch, recaps, giveaways, greetings in German, French, Vietnamese, Indonesian — not signals",
)
def result_chatter(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    t = d.away(1)[0]
    text = rng.choice(RESULT_CHATTER).format(
        b=rng.choice([d.base, f"#{d.base}", f"${d.base}"]),
        e=num(d.entry, d.dec),
        t=num(t, d.dec),
        t2=num(d.away(3)[2], d.dec),
        s=num(d.against(), d.dec),
        p=rng.randint(3, 80),
        p2=f"{rng.uniform(-4, 4):+.1f}",
    )
    return text, {"kind": "not_signal"}


# ---- held out in the second round -----------------------------------------------------------


@style(
    "italian_labels",
    "Italian labels: Coppia, Direzione, Ingresso, Obiettivi, Stop loss, Leva; Italian numbers '63.450,5' and '0,5231'",
)
def italian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    text = (
        f"Coppia: {d.base}/USDT\nDirezione: {d.side.upper()}\nIngresso: {eu(d.entry, d.dec)}\n"
        f"Obiettivi: {' / '.join(eu(v, d.dec) for v in tps)}\nStop loss: {eu(sl, d.dec)}\n"
        f"Leva: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "discord_limit_order",
    "Discord trade-room posts: 'Limit Long BTC: 117320', 'Stop Loss:', 'TP1:'/'Target:', 'Leverage: 3X', 'Risk/Reward: 1:4'",
)
def discord_limit(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(rng.randint(1, 3), 0.012)
    sl = d.against(0.008)
    lev = rng.choice([2, 3, 5])
    side = d.side.title()
    lines = [rng.choice([f"📊 {d.base} Trade Setup", "New setup 👇", ""])]
    lines.append(
        rng.choice(
            [
                f"Limit {side} {d.base}: {num(d.entry, d.dec)}",
                f"{side} {d.base}: {num(d.entry, d.dec)}",
            ]
        )
    )
    lines.append(f"{rng.choice(['Stop Loss', 'Stop', 'SL'])}: {num(sl, d.dec)}")
    if len(tps) == 1:
        lines.append(f"{rng.choice(['TP', 'Target', 'Take Profit'])}: {num(tps[0], d.dec)}")
    else:
        lines += [f"TP{i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"Leverage: {lev}X")
    lines.append(f"Risk/Reward: 1:{rng.choice([2, 3, 4])}")
    return "\n".join(x for x in lines if x), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "square_dca_plan",
    "Square trade plan with DCA: 'Initial Entry (1% capital): 10.05 USDT', 'DCA Entry (1% capital): 9.72 USDT', 'Avg Entry: ~9.89' (not an order), capital table '$100 → $2', TP1..TP6",
)
def square_dca(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([10, 20, 30])
    dca = d.round(d.entry * (1 - d.sign * 0.033))
    avg = d.round((d.entry + dca) / 2)
    sl = d.round(avg * (1 - d.sign * 0.1))
    tps = [d.round(d.entry * (1 + d.sign * 0.033 * i)) for i in range(1, rng.randint(4, 6) + 1)]
    text = (
        f"✅ TRADE PLAN ({d.side.upper()} SETUP) — {d.base}USDT\n"
        f"⚙️ Capital Management:\nLeverage: {lev}x\nCapital Usage:\n1% Entry\n1% DCA\n"
        "Capital Range:\n$100 → $2\n$1,000 → $20\n"
        f"🟢 ENTRY ZONES:\nInitial Entry (1% capital): {num(d.entry, d.dec)} USDT\n"
        f"DCA Entry (1% capital): {num(dca, d.dec)} USDT\nAvg Entry: ~{num(avg, d.dec)} USDT\n"
        f"🔴 STOP LOSS:\nStop Loss: {num(sl, d.dec)} USDT\n(~10% {'below' if d.long else 'above'} avg. entry)\n"
        "🎯 TAKE PROFIT TARGETS:\n"
        + "\n".join(f"TP{i}: {num(v, d.dec)} USDT" for i, v in enumerate(tps, 1))
        + "\n🧠 Trail stop to entry after TP2"
    )
    return text, signal(d, entries=[d.entry, dca], take_profits=tps, stop_loss=sl, leverage=lev)


# ---- third round: held out, measured once -------------------------------------------------


@style(
    "polish_dutch_labels",
    "Polish (Wejście, Cele, Stop, Dźwignia) and Dutch (Instap, Doelen, Stoploss, Hefboom) labels; decimal comma '0,5231', side LONG/SHORT",
)
def polish_dutch(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(3)
    sl = d.against()
    if rng.random() < 0.5:
        text = (
            f"#{d.base}/USDT {d.side.upper()}\nWejście: {eu(d.entry, d.dec, ' ')}\n"
            f"Cele: {' - '.join(eu(v, d.dec, ' ') for v in tps)}\nStop: {eu(sl, d.dec, ' ')}\n"
            f"Dźwignia: {lev}x"
        )
    else:
        text = (
            f"{d.base}USDT — {d.side.upper()}\nInstap: {eu(d.entry, d.dec)}\n"
            f"Doelen: {' / '.join(eu(v, d.dec) for v in tps)}\nStoploss: {eu(sl, d.dec)}\n"
            f"Hefboom: {lev}x"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "persian_labels",
    "Persian posts: 'رمزارز FORM', 'با لوریج 2 و در نقاط a و b پوزیشن لانگ باز کنید', '🎯تارگت:' list, '❌استاپ:'",
)
def persian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([2, 3, 5, 10])
    second = d.round(d.entry * (1 - d.sign * 0.04))
    ref = d.entry
    tps = [d.round(ref * (1 + d.sign * 0.06 * i)) for i in range(1, 5)]
    sl = d.round(second * (1 - d.sign * 0.07))
    side = "لانگ" if d.long else "شورت"
    text = (
        f"{'📈' if d.long else '📉'}رمزارز  {d.base}\n"
        f"با لوریج {lev} و در نقاط {num(d.entry, d.dec)} و {num(second, d.dec)} پوزیشن {side} باز کنید.\n"
        f"🎯تارگت:\n{' - '.join(num(v, d.dec) for v in tps)}\n❌استاپ:\n{num(sl, d.dec)}"
    )
    return text, signal(d, entries=[d.entry, second], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "scalp_indicator",
    "indicator-bot posts: 'Scalp Indicator', 'Symbol: #XYZUSDT', 'Entry: Buy 🟢' then 'Entry above: price', 'StopLoss:', 'Target 1..5', 'Max leverage: 10x'",
)
def scalp_indicator(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([10, 20, 25])
    tps = d.away(5, 0.006)
    sl = d.against(0.015)
    verb, dot, where = ("Buy", "🟢", "above") if d.long else ("Sell", "🔴", "below")
    text = (
        f"Scalp Indicator\nSymbol: #{d.base}USDT\nEntry: {verb} {dot}\n"
        f"Entry {where}: {num(d.entry, d.dec)}\nStopLoss: {num(sl, d.dec)}\n"
        + "\n".join(f"Target {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1))
        + f"\nMax leverage: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


# ---- fourth round: measured once before the parser saw them, then developed on -------------
# Researched from copier-bot projects' example messages (key=value commands, "TP/SL" lines,
# "TP 1 → price", "Entry: price (CMP)", "To the moon" last targets), TradingView alert relays
# (BINANCE:SOLUSDT.P), exchange copy-trading notices, and the words channels use in Chinese,
# Korean, Japanese, Thai and Hinglish (Hindi written in Latin letters).

ALL_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def price(value: float, dec: int, rng: random.Random) -> str:
    """A price with or without comma thousands, as the channel happens to write it."""
    return num(value, dec, rng.choice(["plain", "comma"]))


def lev_text(lev: int, rng: random.Random) -> str:
    return rng.choice([f"{lev}x", f"{lev}X", f"x{lev}"])


@style(
    "chinese_labels",
    "Chinese labels: 做多/做空 (多单/空单), 入场/进场/开仓价, 止盈/目标, 止损, 杠杆 '20倍'; full-width colons '：', 【】 brackets",
)
def chinese(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20, 50])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    colon = rng.choice(["：", ": ", "："])
    side = rng.choice(["做多", "多单", "开多"] if d.long else ["做空", "空单", "开空"])
    entry_word = rng.choice(["入场", "进场", "开仓价", "入场价"])
    tp_word = rng.choice(["止盈", "目标", "止盈目标"])
    head = rng.choice(
        [
            f"【{side}】#{d.base}/USDT",
            f"{d.base}USDT {side}",
            f"币种{colon}{d.base}\n方向{colon}{side}",
        ]
    )
    zone_ = rng.random() < 0.35
    entries = zone(d) if zone_ else [d.entry]
    entry_txt = " - ".join(price(v, d.dec, rng) for v in entries)
    if rng.random() < 0.5:
        tp_txt = f"{tp_word}{colon}" + rng.choice([" / ", ", ", " "]).join(
            price(v, d.dec, rng) for v in tps
        )
    else:
        tp_txt = "\n".join(
            f"{tp_word}{i}{colon}{price(v, d.dec, rng)}" for i, v in enumerate(tps, 1)
        )
    lev_txt = rng.choice([f"{lev}倍", f"{lev}X", f"逐仓 {lev}倍", f"全仓 {lev}倍"])
    text = (
        f"{head}\n{entry_word}{colon}{entry_txt}\n{tp_txt}\n止损{colon}{price(sl, d.dec, rng)}\n"
        f"杠杆{colon}{lev_txt}"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "korean_japanese_labels",
    "Korean (롱/숏, 진입가, 익절/목표가, 손절, 레버리지 '10배') and Japanese (ロング/ショート, エントリー, 利確, 損切り, レバレッジ '10倍') posts",
)
def korean_japanese(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    sep = rng.choice([" / ", ", ", " - "])
    if rng.random() < 0.5:
        side = "롱" if d.long else "숏"
        text = (
            f"📈 {d.base} {side} {rng.choice(['포지션', '진입', ''])}".rstrip()
            + f"\n진입가: {price(d.entry, d.dec, rng)}\n{rng.choice(['익절', '목표가', '익절가'])}: "
            + sep.join(price(v, d.dec, rng) for v in tps)
            + f"\n손절: {price(sl, d.dec, rng)}\n레버리지: {lev}배"
        )
    else:
        side = rng.choice(["ロング", "買い"] if d.long else ["ショート", "売り"])
        text = (
            f"【{side}】{d.base}/USDT\nエントリー：{price(d.entry, d.dec, rng)}\n"
            f"{rng.choice(['利確', '利益確定', '目標'])}："
            + sep.join(price(v, d.dec, rng) for v in tps)
            + f"\n{rng.choice(['損切り', '損切'])}：{price(sl, d.dec, rng)}\nレバレッジ：{lev}倍"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "thai_hinglish",
    "Thai labels (จุดเข้า, เป้าหมาย, ตัดขาดทุน/SL, เลเวอเรจ; ซื้อ/ขาย or Long/Short) and Hinglish one-liners ('BTC me long lo 63450 ke paas, target … aur …, SL … rakho')",
)
def thai_hinglish(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    if rng.random() < 0.5:
        side = rng.choice(["ซื้อ", d.side.upper()] if d.long else ["ขาย", d.side.upper()])
        text = (
            f"🔥 {d.base}USDT {side}\nจุดเข้า: {price(d.entry, d.dec, rng)}\n"
            f"เป้าหมาย: "
            + " / ".join(price(v, d.dec, rng) for v in tps)
            + f"\n{rng.choice(['ตัดขาดทุน', 'SL'])}: {price(sl, d.dec, rng)}\nเลเวอเรจ: {lev}x"
        )
    else:
        verb = rng.choice(["lo", "karo", "le lo"])
        near = rng.choice(["ke paas", "pe", "par"])
        text = (
            f"{d.base} me {d.side} {verb} {num(d.entry, d.dec)} {near}, target "
            + " aur ".join(num(v, d.dec) for v in tps)
            + f", SL {num(sl, d.dec)} rakho, {lev}x leverage"
        )
        if rng.random() < 0.5:
            text = f"Bhai log, {text} 🙏"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "markdown_bullet_card",
    "bold/underline markdown (**Entry Zone:**, __LONG__), bullets (•, ▪️, ➤), `code` symbols, an open-ended last target ('TP4: 🚀', 'TP: open', 'To the moon')",
)
def markdown_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20, 25])
    tps = d.away(rng.randint(2, 4), 0.012)
    sl = d.against()
    zone_ = rng.random() < 0.5
    entries = zone(d) if zone_ else [d.entry]
    bullet = rng.choice(["•", "▪️", "➤", "-", "◾️"])
    mode = rng.choice(["Isolated", "Cross"])
    lines = [
        rng.choice(["**🚨 NEW SIGNAL 🚨**", "**⚡️ FUTURES CALL ⚡️**", "__**VIP TRADE**__"]),
        f"**Coin:** `#{d.base}/USDT`",
        f"**Side:** __{d.side.upper()}__ {'🟢' if d.long else '🔴'}",
        f"**Leverage:** {lev}x ({mode})",
        f"**{'Entry Zone' if zone_ else 'Entry'}:** "
        + " – ".join(price(v, d.dec, rng) for v in entries),
        "**Targets:**",
    ]
    lines += [f"{bullet} **TP{i}:** {price(v, d.dec, rng)}" for i, v in enumerate(tps, 1)]
    if rng.random() < 0.6:
        lines.append(
            f"{bullet} **TP{len(tps) + 1}:** " + rng.choice(["🚀", "open", "To the moon 🌕", "∞"])
        )
    lines.append(f"**{rng.choice(['SL', 'Stop Loss', 'Stoploss'])}:** {price(sl, d.dec, rng)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode.lower()
    )


@style(
    "key_value_command",
    "bot commands and key=value lines: '/signal LONG BTCUSDT entry=63450 sl=62800 tp=64200,65000 lev=10x', 'side=sell symbol=ETHUSDT price=market'",
)
def key_value(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    market_ = rng.random() < 0.3
    form = rng.randrange(2)
    if form == 0:
        entry = "market" if market_ else f"entry={num(d.entry, d.dec)}"
        text = (
            f"/signal {d.side.upper()} {d.base}USDT {entry} sl={num(sl, d.dec)} "
            f"tp={','.join(num(v, d.dec) for v in tps)} lev={lev}{rng.choice(['x', ''])}"
        )
    else:
        verb = "buy" if d.long else "sell"
        entry = "price=market" if market_ else f"price={num(d.entry, d.dec)}"
        text = (
            f"side={verb} symbol={d.base}USDT {entry} "
            + " ".join(f"tp{i}={num(v, d.dec)}" for i, v in enumerate(tps, 1))
            + f" sl={num(sl, d.dec)} leverage={lev}"
        )
    fields: dict[str, Any] = {
        "entries": [] if market_ else [d.entry],
        "take_profits": tps,
        "stop_loss": sl,
        "leverage": lev,
    }
    if market_:
        fields["order_type"] = "market"
    return text, signal(d, **fields)


@style(
    "percent_targets",
    "targets written as percentages ('Targets: +2% / +4% / +6%', 'TP: 50% 100% ROI') go to review; prices with their percentage beside them ('TP1: 15.15 (+2%)', 'TP 1 → 15.15') are read",
)
def percent_targets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    form = rng.randrange(3)
    if form == 0:
        steps = sorted(rng.sample([1, 2, 3, 4, 5, 6, 8, 10], 3))
        text = (
            f"#{d.base}USDT {d.side.upper()}\nEntry: {num(d.entry, d.dec)}\n"
            f"Targets: "
            + " / ".join(f"+{s}%" for s in steps)
            + f"\nStop: -{rng.choice([2, 3, 5])}%\nLeverage: {lev}x"
        )
        return text, {"kind": "needs_review"}
    if form == 1:
        text = (
            f"{d.base} {d.side.upper()} {lev}x\nEntry {num(d.entry, d.dec)}\n"
            f"TP: {rng.choice(['30% 60% 100%', '50% / 100% / 150%'])} (ROI)\nSL: {num(d.against(), d.dec)}"
        )
        return text, {"kind": "needs_review"}
    tps = d.away(3)
    sl = d.against()
    arrow = rng.choice(["→", "➜", ":"])
    lines = [
        f"#{d.base}USDT P | {d.side.upper()} {'🟢' if d.long else '🔴'}",
        f"Entry: {num(d.entry, d.dec)} (CMP)",
    ]
    for i, v in enumerate(tps, 1):
        pct = abs(v / d.entry - 1) * 100
        lines.append(
            f"TP {i} {arrow} {num(v, d.dec)} ({'+' if rng.random() < 0.5 else ''}{pct:.1f}%)"
        )
    lines.append(f"Stop Loss: {num(sl, d.dec)} ☠️")
    lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "copy_trade_notice",
    "exchange copy-trading notices: 'Position Opened', 'Symbol: 1000PEPEUSDT Perpetual', 'Side: Open Long', 'Entry Price: … USDT', 'TP/SL: a / b', size and margin lines that are no prices",
)
def copy_notice(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MULTIPLIED + MARKETS + MEME)
    lev = rng.choice([5, 10, 20, 25])
    tp = d.away(1, 0.03)[0]
    sl = d.against()
    mode = rng.choice(["Cross", "Isolated"])
    size = rng.choice([1, 10, 100, 1000]) * rng.randint(1, 90)
    lines = [
        rng.choice(
            [
                "🔔 Copy Trading | Position Opened",
                "📢 Lead trader opened a position",
                "✅ New copy position",
            ]
        ),
        f"Trader: {rng.choice(['AlphaWhale', 'CryptoNinja88', 'SteadyGains'])}",
        f"Symbol: {d.base}USDT Perpetual",
        f"Side: Open {d.side.title()}",
        f"Entry Price: {price(d.entry, d.dec, rng)} USDT",
        f"Leverage: {lev}x {mode}",
        f"Size: {size:,} {d.base}",
        f"Margin: {rng.uniform(20, 500):.2f} USDT",
        f"TP/SL: {price(tp, d.dec, rng)} / {price(sl, d.dec, rng)}",
    ]
    return "\n".join(lines), signal(
        d,
        entries=[d.entry],
        take_profits=[tp],
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
        contract=f"{d.base}USDT",
    )


@style(
    "tradingview_alert",
    "TradingView alert relays: 'BUY BINANCE:SOLUSDT.P @ 148.25 | TP1 150.1 TP2 152.3 | SL 145.9', 'Alert on BYBIT:ETHUSDT.P' with Action/Price/Stop/Take profit lines",
)
def tradingview(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = d.away(rng.randint(1, 2))
    sl = d.against()
    exchange = rng.choice(["BINANCE", "BYBIT", "OKX"])
    ticker = f"{exchange}:{d.base}USDT.P"
    verb = "BUY" if d.long else "SELL"
    if rng.random() < 0.5:
        text = (
            f"TradingView alert: {verb} {ticker} @ {num(d.entry, d.dec)} | "
            + " ".join(f"TP{i} {num(v, d.dec)}" for i, v in enumerate(tps, 1))
            + f" | SL {num(sl, d.dec)}"
        )
    else:
        text = (
            f"🔔 Alert on {ticker}\nAction: {verb.lower()}\nPrice: {num(d.entry, d.dec)}\n"
            f"Stop: {num(sl, d.dec)}\nTake profit: " + ", ".join(num(v, d.dec) for v in tps)
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "follow_ups_round4",
    "follow-ups as other channels word them: 'Target 3 reached 🚀 Profit: 45% (10x)', 'stop moved to 63,450', 'Booked 50% profits on $WIF at 2.61', 'signal cancelled — entry not reached'",
)
def follow_round4(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    form = rng.randrange(8)
    tag = rng.choice([f"#{d.base}/USDT", f"${d.base}", f"#{d.base}"])
    if form == 0:
        i = rng.randint(1, 4)
        return (
            f"{tag} ✅ Target {i} reached 🚀 Profit: {rng.randint(8, 90)}% ({rng.choice([5, 10, 20])}x)",
            follow("target_hit", d.base, target_index=i),
        )
    if form == 1:
        new = d.entry
        return (
            f"{d.base} — stop moved to {num(new, d.dec, 'comma')}",
            follow("stop_moved", d.base, new_stop=new),
        )
    if form == 2:
        return (
            f"{tag}: move stop loss to breakeven now",
            follow("stop_moved", d.base, stop_to_entry=True),
        )
    if form == 3:
        pct = rng.choice([25, 30, 50, 75])
        return f"Close {pct}% of {tag} here", follow("close", d.base, close_fraction=pct / 100)
    if form == 4:
        return (
            f"❌ {tag} signal cancelled — entry not reached",
            follow("cancel", d.base),
        )
    if form == 5:
        return (
            f"{tag} hit SL ❌ -{rng.uniform(1, 9):.1f}%",
            follow("stop_hit", d.base),
        )
    if form == 6:
        return (
            f"TP1 done on {d.base} ✅ move SL to entry",
            follow("target_hit", d.base, target_index=1, stop_to_entry=True),
        )
    pct = rng.choice([25, 50])
    at = d.away(1)[0]
    return (
        f"Booked {pct}% profits on {tag} at {num(at, d.dec)}",
        follow("close", d.base, close_fraction=pct / 100, price=at),
    )


CHATTER_4 = [
    "BTC is testing 63,450 resistance. A break above could send it to 65k 👀",
    "Long/short ratio on ETH is 1.8 — crowded longs, careful",
    "📊 Weekly recap: 18 of 21 targets hit, +142% total",
    "Funding on SOL at 0.035% — shorts are paying longs",
    "Who's still holding that DOGE long from 0.1234? 😅",
    "VIP promo: 50% off this week only, DM @admin",
    "Liquidation heatmap shows a big cluster at 62,800 for BTC",
    "Gm fam ☕ Today we wait for FOMC, no new trades",
    "If ETH loses 3,300 we could see 3,150 next, just my view",
    "今天行情震荡，注意风险，暂不开单",
    "오늘은 관망합니다. 신호 없음",
    "Which one next: $PEPE or $WIF? Vote 👇",
    "Bhai log, market abhi sideways hai, wait karo",
    "ตลาดวันนี้ผันผวน รอสัญญาณถัดไป",
    "Our January stats: 62 signals, 51 in profit (82%)",
]


@style(
    "chatter_round4",
    "chatter with prices, side words and other languages (Chinese, Korean, Thai, Hinglish): levels to watch, ratios, recaps, promotions — not signals",
)
def chatter_round4(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return rng.choice(CHATTER_4), {"kind": "not_signal"}


# ---- fifth round: held out, measured once ---------------------------------------------------


@style(
    "ukrainian_labels",
    "Ukrainian labels: Вхід, Цілі/Тейки, Стоп, Плече; ЛОНГ/ШОРТ or Купівля/Продаж; decimal comma or point",
)
def ukrainian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    comma = rng.random() < 0.4
    fmt = (lambda v: eu(v, d.dec, " ")) if comma else (lambda v: num(v, d.dec))
    side = rng.choice([d.side.upper(), "Купівля" if d.long else "Продаж"])
    text = (
        f"🇺🇦 #{d.base}USDT — {side}\nВхід: {fmt(d.entry)}\n"
        f"{rng.choice(['Цілі', 'Тейки'])}: "
        + " / ".join(fmt(v) for v in tps)
        + f"\nСтоп: {fmt(sl)}\nПлече: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "spot_between_prose",
    "spot calls in a sentence: 'Buying $LINK between 13.90 and 14.20, selling at 15.50 / 16.80, invalidation below 12.95'",
)
def spot_between(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    d.long, d.sign = True, 1
    entries = zone(d, 0.02)
    tps = d.away(rng.randint(2, 3), 0.05)
    sl = d.round(entries[0] * 0.93)
    verb = rng.choice(["Buying", "Accumulating", "Spot buy:"])
    text = (
        f"{verb} ${d.base} between {num(entries[0], d.dec)} and {num(entries[1], d.dec)}, "
        f"selling at {' / '.join(num(v, d.dec) for v in tps)}, invalidation below {num(sl, d.dec)}"
    )
    if rng.random() < 0.5:
        text += rng.choice([" (spot, no leverage)", ". Long-term bag 💼", ". DYOR"])
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "keycap_emoji_targets",
    "'🔰 XYZ/USDT 🔰 (LONG)', '📥 Entry: a - b', targets numbered with keycap emojis '1️⃣ price', '🚫 SL', '⚙️ Leverage 10x'",
)
def keycap(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(3, 4))
    sl = d.against()
    entries = zone(d)
    keys = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"]
    text = (
        f"🔰 {d.base}/USDT 🔰 ({d.side.upper()})\n\n📥 Entry: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}\n\n🎯 Targets:\n"
        + "\n".join(f"{keys[i]} {num(v, d.dec)}" for i, v in enumerate(tps))
        + f"\n\n🚫 SL: {num(sl, d.dec)}\n⚙️ Leverage {lev}x"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "dollar_hashtag_one_liner",
    "Square/X-style one-liners: '$SOL short from $148.2 ➡️ TPs $145 / $142.5, SL $151 (x10) #Bybit #crypto'",
)
def dollar_hashtag(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    word = rng.choice(["from", "at", "@", "around"])
    text = (
        f"${d.base} {d.side} {word} ${num(d.entry, d.dec, 'comma')} ➡️ TPs "
        + " / ".join("$" + num(v, d.dec, "comma") for v in tps)
        + f", SL ${num(sl, d.dec, 'comma')} (x{lev}) "
        + rng.choice(["#Bybit #crypto", "#Binance", "🚀🚀", "#altseason"])
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


# ---- sixth round: held out, measured once ---------------------------------------------------


@style(
    "signal_card_with_id",
    "'Signal #1234 | 🟢 LONG | BINANCE FUTURES', 'Asset: AVAXUSDT', 'Order: Limit 35.20', 'Take-Profit: 35.90 › 36.60 › 37.40', 'Stop-Loss:', 'Margin: 2% | Leverage: Isolated 10x'",
)
def card_with_id(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    sep = rng.choice([" › ", " » ", " → "])
    text = (
        f"Signal #{rng.randint(100, 9999)} | {'🟢 LONG' if d.long else '🔴 SHORT'} | BINANCE FUTURES\n"
        f"Asset: {d.base}USDT\nOrder: Limit {num(d.entry, d.dec)}\n"
        f"Take-Profit: {sep.join(num(v, d.dec) for v in tps)}\nStop-Loss: {num(sl, d.dec)}\n"
        f"Margin: {rng.choice([1, 2, 3])}% | Leverage: Isolated {lev}x"
    )
    return text, signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, margin_mode="isolated"
    )


@style(
    "brazil_dot_thousands",
    "Brazilian posts: 'Sinal: COMPRA #BTC', 'Entrada: 63.450' (dot thousands, no decimals), 'Alvo 1:', 'Stop:', 'Alavancagem 10x'; decimals with a comma '0,5231'",
)
def brazil(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    if d.entry >= 1000:  # whole prices, as channels round big ones
        d.dec = 0
        d.entry = round(d.entry)
        tps = [round(v) for v in tps]
        sl = round(sl)
    side = "COMPRA" if d.long else "VENDA"
    text = (
        f"🚨 Sinal: {side} #{d.base}\nEntrada: {eu(d.entry, d.dec)}\n"
        + "\n".join(f"Alvo {i}: {eu(v, d.dec)}" for i, v in enumerate(tps, 1))
        + f"\nStop: {eu(sl, d.dec)}\nAlavancagem {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "entry_ladder_allocation",
    "DCA ladders with allocations: 'Entry 1 (40%): a', 'Entry 2 (30%): b', 'Entry 3 (30%): c', 'TP: x - y - z', 'SL: s'",
)
def ladder_alloc(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    n = rng.randint(2, 3)
    entries = d.ladder(n)
    tps = d.away(3, 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.02))
    shares = {2: ["50%", "50%"], 3: ["40%", "30%", "30%"]}[n]
    text = (
        f"#{d.base}/USDT {d.side.upper()} (DCA)\n"
        + "\n".join(
            f"Entry {i} ({shares[i - 1]}): {num(v, d.dec)}" for i, v in enumerate(entries, 1)
        )
        + f"\nTP: {' - '.join(num(v, d.dec) for v in tps)}\nSL: {num(sl, d.dec)}"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "follow_ups_languages",
    "follow-ups in Spanish, Portuguese, Russian and Turkish: 'Objetivo 2 alcanzado ✅', 'Stop movido a entrada', 'Cerrar 50%', 'Стоп сработал', 'TP1 alındı ✅'",
)
def follow_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tag = f"#{d.base}"
    form = rng.randrange(6)
    if form == 0:
        i = rng.randint(1, 4)
        return f"✅ Objetivo {i} alcanzado {tag} 🚀", follow("target_hit", d.base, target_index=i)
    if form == 1:
        return f"{tag}: stop movido a entrada", follow("stop_moved", d.base, stop_to_entry=True)
    if form == 2:
        pct = rng.choice([25, 50])
        return f"Cerrar {pct}% de {tag} ahora", follow("close", d.base, close_fraction=pct / 100)
    if form == 3:
        return f"{tag} стоп сработал ❌", follow("stop_hit", d.base)
    if form == 4:
        i = rng.randint(1, 3)
        return f"TP{i} alındı ✅ {tag}", follow("target_hit", d.base, target_index=i)
    i = rng.randint(1, 3)
    return f"{tag} Alvo {i} atingido 🎯", follow("target_hit", d.base, target_index=i)


CHATTER_6 = [
    "Top 3 coins this week: 1) SOL +24% 2) WIF +40% 3) PEPE +31%",
    "BTC support 62,800 / resistance 64,200 — range until it breaks",
    "Entries closed for new members, DM to join the VIP",
    "Our TP1 hit rate is 91% over 300 signals",
    "ETH gas at 12 gwei, cheap time to move funds",
    "Short squeeze incoming? Funding deeply negative on SOL",
    "Don't chase the pump on DOGE, wait for a retest of 0.12",
    "Bitcoin halving in 120 days ⏳",
    "Buenos días familia, hoy no hay señales",
    "Bom dia! Mercado lateral, sem operações hoje",
    "Всем привет, сегодня без сделок",
    "New tutorial: how to set a stop loss on Bybit 📚",
    "BTC 1D close above 64k would be very bullish",
    "Profit secured yesterday: +12.4% on the account",
]


@style(
    "chatter_with_levels",
    "chatter with levels, rankings and greetings in several languages — not signals",
)
def chatter_levels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return rng.choice(CHATTER_6), {"kind": "not_signal"}


# ---- seventh round: held out, measured once ----------------------------------------------


@style(
    "turkish_suffix_oneliner",
    "Turkish one-liners with suffixes on numbers: '#SOL 148,2'den LONG, hedef 152 - 155, stop 144, 10x kaldıraç'",
)
def turkish_oneliner(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    suffix = rng.choice(["'den", "'dan", "’ten"])
    text = (
        f"#{d.base} {eu(d.entry, d.dec)}{suffix} {d.side.upper()}, hedef "
        + " - ".join(eu(v, d.dec) for v in tps)
        + f", stop {eu(sl, d.dec)}, {lev}x kaldıraç"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "spanish_sentence",
    "Spanish sentences: 'Compramos BTC en 63450, objetivos 64200 y 65000, stop en 62800. Apalancamiento 10x'; 'Vendemos' for a short",
)
def spanish_sentence(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([3, 5, 10])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    verb = rng.choice(["Compramos", "Compra"] if d.long else ["Vendemos", "Venta"])
    listed = ", ".join(num(v, d.dec) for v in tps[:-1]) + f" y {num(tps[-1], d.dec)}"
    text = (
        f"{verb} {d.base} en {num(d.entry, d.dec)}, objetivos {listed}, stop en {num(sl, d.dec)}. "
        f"Apalancamiento {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "bracket_tags",
    "bot messages in bracketed tags: '[LONG] [BTCUSDT] [ENTRY 63450] [TP 64200|65000] [SL 62800] [LEV 10]'",
)
def bracket_tags(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    parts = [
        f"[{d.side.upper()}]",
        f"[{d.base}USDT]",
        f"[ENTRY {num(d.entry, d.dec)}]",
        f"[TP {'|'.join(num(v, d.dec) for v in tps)}]",
        f"[SL {num(sl, d.dec)}]",
        f"[LEV {lev}]",
    ]
    return " ".join(parts), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "emoji_arrows_block",
    "emoji-only markers: '🟢 BUY ⚡ ETH ⚡', '⏩ 3412 ⏪' for the entry, '✅ 3450 ✅ 3500' for targets, '⛔ 3350' for the stop",
)
def emoji_arrows(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    head = "🟢 BUY" if d.long else "🔴 SELL"
    text = (
        f"{head} ⚡ {d.base} ⚡\n⏩ {num(d.entry, d.dec)} ⏪\n"
        + " ".join(f"✅ {num(v, d.dec)}" for v in tps)
        + f"\n⛔ {num(sl, d.dec)}"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


def _reply(rng: random.Random) -> tuple[str, dict[str, Any]]:
    form = rng.randrange(7)
    if form == 0:
        i = rng.randint(1, 4)
        return f"TP{i} ✔️ +{rng.randint(5, 60)}%", follow("target_hit", None, target_index=i)
    if form == 1:
        return "SL ❌", follow("stop_hit", None)
    if form == 2:
        return "Move SL to BE", follow("stop_moved", None, stop_to_entry=True)
    if form == 3:
        return rng.choice(["Closed 🔒", "Close it now"]), follow("close", None, close_fraction=1.0)
    if form == 4:
        return "Still holding, patience 🙏", {"kind": "not_signal"}
    if form == 5:
        return "Cancel this one", follow("cancel", None)
    pct = rng.choice([25, 50])
    return f"Take {pct}% off here", follow("close", None, close_fraction=pct / 100)


@style(
    "short_replies",
    "replies to a signal with no symbol: 'TP2 ✔️ +18%', 'SL ❌', 'Move SL to BE', 'Closed 🔒', 'Take 50% off here', 'Still holding'",
)
def short_replies(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return _reply(rng)


# ---- eighth round: held out, measured once -----------------------------------------------


@style(
    "hindi_devanagari_labels",
    "Hindi in Devanagari: 'खरीदें / बेचें BTCUSDT', 'एंट्री:', 'लक्ष्य:' list, 'स्टॉप लॉस:', 'लीवरेज: 10x'",
)
def hindi(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = "खरीदें" if d.long else "बेचें"
    text = (
        f"🔔 {d.base}USDT {side}\nएंट्री: {num(d.entry, d.dec)}\n"
        f"लक्ष्य: {' / '.join(num(v, d.dec) for v in tps)}\nस्टॉप लॉस: {num(sl, d.dec)}\n"
        f"लीवरेज: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "padded_column_card",
    "bot cards with labels padded to a column: 'Pair      : BTCUSDT', 'Side      : Long', 'TP1       : 64200.0', 'Leverage  : 10x'",
)
def padded_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    rows = [("Pair", f"{d.base}USDT"), ("Side", d.side.title()), ("Entry", num(d.entry, d.dec))]
    rows += [(f"TP{i}", num(v, d.dec)) for i, v in enumerate(tps, 1)]
    rows += [("SL", num(sl, d.dec)), ("Leverage", f"{lev}x")]
    text = "\n".join(f"{k:<10}: {v}" for k, v in rows)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "follow_ups_with_prices",
    "updates that carry prices: 'BTC TP1 hit at 64,200 ✅ (+1.2%)', 'ETH closed at 3,380 (+0.9%)', 'LINK: new SL 14.60', 'SOL stop moved to 148.2 (entry)'",
)
def follow_prices(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    form = rng.randrange(4)
    if form == 0:
        i = rng.randint(1, 3)
        at = d.away(i)[-1]
        pct = abs(at / d.entry - 1) * 100
        return (
            f"{d.base} TP{i} hit at {num(at, d.dec, 'comma')} ✅ (+{pct:.1f}%)",
            follow("target_hit", d.base, target_index=i, price=at),
        )
    if form == 1:
        at = d.away(1)[0]
        return (
            f"{d.base} closed at {num(at, d.dec, 'comma')} (+{abs(at / d.entry - 1) * 100:.1f}%)",
            follow("close", d.base, close_fraction=1.0, price=at),
        )
    if form == 2:
        new = d.against(0.01)
        return f"{d.base}: new SL {num(new, d.dec)}", follow("stop_moved", d.base, new_stop=new)
    return (
        f"{d.base} stop moved to {num(d.entry, d.dec)} (entry)",
        follow("stop_moved", d.base, new_stop=d.entry),
    )


CHATTER_8 = [
    "Binance lists XYZ perpetual with up to 50x leverage",
    "BTC long/short ratio 1.05 on Binance right now",
    "ETH breaks 3,500 for the first time since March",
    "Top gainers today: SOL +8%, AVAX +6%, LINK +5%",
    "Short sellers got wrecked on DOGE today 😂",
    "Our last 10 calls: 8 wins, 2 losses. Average gain 14%",
    "Reminder: VIP renewal is $99/month, link in bio",
    "Market makers hunting stops below 62k on BTC, be careful",
    "Sold my ETH bag at 3,400 last week, no regrets",
    "What's your target for SOL this cycle? 200? 300?",
]


@style(
    "news_lookalike_chatter",
    "news and channel talk that names coins, sides, leverage and prices — not signals",
)
def news_chatter(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return rng.choice(CHATTER_8), {"kind": "not_signal"}


@style(
    "mixed_case_oneliner",
    "one-liners in any capitalisation: '$Sol long 148.2, tp 152/155, sl 144', 'Btc Long @63450 Tp 64200 Sl 62800', 'eth short 3412 tps 3350 3300 sl 3460'",
)
def mixed_case(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    coin = rng.choice([d.base.title(), d.base.lower(), "$" + d.base.title()])
    side = rng.choice([d.side, d.side.title()])
    form = rng.randrange(3)
    if form == 0:
        text = f"{coin} {side} {num(d.entry, d.dec)}, tp {'/'.join(num(v, d.dec) for v in tps)}, sl {num(sl, d.dec)}"
    elif form == 1:
        text = f"{coin} {side} @{num(d.entry, d.dec)} Tp {' '.join(num(v, d.dec) for v in tps)} Sl {num(sl, d.dec)}"
    else:
        text = f"{coin} {side} {num(d.entry, d.dec)} tps {' '.join(num(v, d.dec) for v in tps)} sl {num(sl, d.dec)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- ninth round: mainstream English channels and platforms, measured once -----------------
# Researched from Cornix's signal-posting help (free text, "Amount per trade", "Risk
# management"), copier-bot projects' test messages (Discord "TRADING SIGNAL ALERT" cards with
# TP R:R lines, risk/size lines, markdown), signal-reading guides (entry zone, TP ladder with
# allocations, "SL (-3.5%)", confidence, timeframe) and exchange copy-trading posts. Written
# anew with drawn prices; measured once with the parser unchanged (README: "Ninth round").

ENGLISH_MARKETS = MARKETS + MULTIPLIED + MEME + SMALL_CAPS


def lead_pair(d: Draw, rng: random.Random) -> str:
    return rng.choice([f"{d.base}/USDT", f"{d.base}USDT", f"#{d.base}USDT", f"${d.base}"])


@style(
    "cornix_orders_block",
    "Cornix-published signals: 'Signal Type: Regular (Long)', 'Leverage: Cross (20.0X)', 'Entry Orders:' / 'Take-Profit Orders:' / 'Stop-loss Orders:' numbered with an allocation '1) 6.215 - 50.0%'",
)
def cornix_orders(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    lev = rng.choice([5, 10, 20, 25])
    mode = rng.choice(["Cross", "Isolated"])
    entries = d.ladder(rng.choice([1, 2, 3]))
    tps = d.away(rng.randint(2, 5))
    sl = d.round(entries[-1] * (1 - d.sign * 0.03))
    fmt = rng.choice(["plain", "comma"])

    def shares(n: int) -> list[str]:
        return [f"{100 / n:.1f}%"] * n

    lines = [
        rng.choice([f"⚡⚡ #{d.base}/USDT ⚡⚡", f"📊 #{d.base}/USDT", f"Coin: #{d.base}/USDT"]),
        "Client: " + rng.choice(["Binance Futures", "Bybit USDT", "OKX Futures", "Bitget Futures"]),
        f"Signal Type: Regular ({d.side.title()})",
        f"Leverage: {mode} ({lev}.0X)",
        "",
        "Entry Orders:",
    ]
    lines += [
        f"{i}) {num(v, d.dec, fmt)} - {s}"
        for i, (v, s) in enumerate(zip(entries, shares(len(entries)), strict=True), 1)
    ]
    lines += ["", "Take-Profit Orders:"]
    lines += [
        f"{i}) {num(v, d.dec, fmt)} - {s}"
        for i, (v, s) in enumerate(zip(tps, shares(len(tps)), strict=True), 1)
    ]
    lines += ["", "Stop-loss Orders:", f"1) {num(sl, d.dec, fmt)} - 100.0%"]
    if rng.random() < 0.5:
        lines += [
            "",
            "Trailing Configuration:",
            "Stop: Breakeven -",
            f"  Trigger: Target ({rng.randint(1, 2)})",
        ]
    exp = signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode.lower()
    )
    return "\n".join(lines), exp


@style(
    "premium_hashtag_post",
    "premium-channel posts: a header, '#ETHUSDT | #LONG', an emoji on every line, 'Timeframe: 4H', 'Entry: a - b' zone, 'Targets: a - b - c', 'R:R 1:2.5', 'Use 2% of portfolio', hashtags and a disclaimer footer",
)
def premium_post(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    mode = rng.choice(["Cross", "Isolated", ""])
    entries = zone(d, 0.008) if rng.random() < 0.6 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    tps = [d.round(far * (1 + d.sign * g)) for g in (0.02, 0.04, 0.065, 0.09)[: rng.randint(2, 4)]]
    sl = d.round(far * (1 - d.sign * 0.035))
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    sep = rng.choice([" - ", " / ", " | "])
    lines = [
        rng.choice(
            ["🔥🔥 PREMIUM SIGNAL 🔥🔥", "💎 VIP CALL 💎", "🚨 NEW TRADE 🚨", "👑 ELITE SIGNAL 👑"]
        ),
        "",
        f"#{d.base}USDT | #{d.side.upper()} {'📈' if d.long else '📉'}",
        f"⏳ Timeframe: {rng.choice(['4H', '1H', '1D', '15m'])}",
        f"🏦 Exchange: {rng.choice(['Binance', 'Bybit', 'OKX', 'BingX', 'Bitget'])} Futures",
        f"💵 Entry: {' - '.join(p(v) for v in entries)}",
        f"🎯 Targets: {sep.join(p(v) for v in tps)}",
        f"🛑 {rng.choice(['SL', 'Stop Loss', 'Stoploss'])}: {p(sl)}",
        f"⚖️ Leverage: {lev}x {mode}".rstrip(),
        f"📊 R:R {rng.choice(['1:2.5', '1:3', '1 : 2.1', '2.4R'])}",
        f"💼 {rng.choice(['Use 2% of portfolio', 'Risk 1-2% of your capital', 'Position size: 3% of balance', 'Amount per trade: 5%'])}",
        "",
        rng.choice(
            [
                "⚠️ Not financial advice. DYOR. Trade at your own risk.",
                "⚠️ Disclaimer: this is not financial advice, always use a stop loss.",
                "📌 Manage your risk! Never invest more than you can afford to lose.",
            ]
        ),
        rng.choice(
            ["#crypto #binance #signals", "#futures #trading #altcoins", "#bitcoin #crypto #BTC"]
        ),
    ]
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode.lower()
    return "\n".join(lines), exp


@style(
    "cmp_add_more_ladder",
    "spot/swing calls at the market price with an add-more ladder: 'Buy #DOT', 'CMP: 6.42', 'Add more at 6.20 / 6.05', 'Targets: 6.70 6.95 7.30 7.80+', 'SL: 5.90 (4h close)', sometimes short- and long-term target sets",
)
def cmp_ladder(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    adds = [d.round(d.entry * (1 - d.sign * g)) for g in (0.03, 0.06)[: rng.randint(1, 2)]]
    entries = [d.entry, *adds]
    short_tps = d.away(rng.randint(2, 4), 0.03)
    long_tps = (
        [d.round(d.entry * (1 + d.sign * g)) for g in (0.25, 0.4)[: rng.randint(1, 2)]]
        if d.long and rng.random() < 0.5
        else []
    )
    sl = d.round(entries[-1] * (1 - d.sign * 0.04))
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tf = rng.choice(["4h", "daily", "1D", "12H"])
    head = (
        rng.choice([f"Buy #{d.base}", f"#{d.base} — Long", f"{d.base}/USDT BUY"])
        if d.long
        else rng.choice([f"Short #{d.base}", f"#{d.base} — Short", f"{d.base}/USDT SELL"])
    )
    lines = [
        head,
        f"CMP: {p(d.entry)}",
        f"Add more at {' / '.join(p(v) for v in adds)}"
        if rng.random() < 0.5
        else f"Add more: {', '.join(p(v) for v in adds)}",
    ]
    last = p(short_tps[-1]) + rng.choice(["+", "++", ""])
    tp_words = " ".join(p(v) for v in short_tps[:-1]) + " " + last
    if long_tps:
        lines.append(f"Short-term targets: {tp_words}")
        lines.append(f"Long-term targets: {' '.join(p(v) for v in long_tps)}")
    else:
        lines.append(f"Targets: {tp_words}")
    lines.append(f"SL: {p(sl)} ({tf} close)")
    if rng.random() < 0.5:
        lines.append(
            rng.choice(["Spot & low leverage only.", "Hold with patience.", "Chart on the 1D."])
        )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=short_tps + long_tps, stop_loss=sl
    )


@style(
    "discord_embed_flat",
    "Discord bot embeds copied as text: each field's name on its own line and its value on the next ('Entry Price' / '148.2', 'Take Profit 1' / …, 'Stop Loss', 'Leverage', 'Risk' / '1R'), a footer with the time",
)
def discord_embed(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    lev = rng.choice([5, 10, 15, 20])
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lines = [
        rng.choice(["TradeBot", "Signal Bot", "AlphaCalls BOT"]) + rng.choice([" APP", ""]),
        rng.choice(["New Trade Alert", "📈 New Signal", "Trade Opened"]),
        f"{d.base}USDT",
        "Direction",
        d.side.title() if rng.random() < 0.5 else d.side.upper(),
        "Entry Price",
        p(d.entry),
    ]
    if len(tps) == 1 and rng.random() < 0.5:
        lines += ["Take Profit", p(tps[0])]
    else:
        for i, v in enumerate(tps, 1):
            lines += [f"Take Profit {i}", p(v)]
    lines += ["Stop Loss", p(sl), "Leverage", f"{lev}x"]
    if rng.random() < 0.6:
        lines += ["Risk", rng.choice(["1R", "2% of account", "Medium", "0.5R"])]
    lines.append(
        rng.choice(
            [
                f"Today at {rng.randint(0, 23)}:{rng.randint(0, 59):02d}",
                f"Signal ID {rng.randint(1000, 99999)} • Today at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM",
                f"Powered by TradeBot • {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "risk_plan_card",
    "trade plans with risk advice and stray numbers: '$AVAX — 4H chart', 'Bias: Short', 'Entry: 35.20', 'TP1: … | TP2: …', 'Invalidation / SL: …', 'R:R = 1:2.2', 'Risk: 1R (0.5% of account)', a chart link",
)
def risk_plan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tf = rng.choice(["4H", "1H", "1D", "15m", "H4", "Daily"])
    link = rng.choice(
        [
            f"https://www.tradingview.com/x/{''.join(rng.choice('AbCdEf0123456789') for _ in range(8))}/",
            f"https://tradingview.com/chart/{d.base}USDT/{rng.randint(10000, 99999)}-{d.base.lower()}-{tf.lower()}-setup/",
        ]
    )
    lines = [
        f"{lead_pair(d, rng)} — {tf} chart",
        f"Bias: {d.side.title()}",
        f"Entry: {p(d.entry)}",
        " | ".join(f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)),
        f"{rng.choice(['Invalidation / SL', 'SL', 'Stop'])}: {p(sl)}",
        f"R:R = 1:{rng.choice(['1.8', '2.2', '3', '2.5'])}",
        f"Risk: {rng.choice(['1R (0.5% of account)', '1% of account', '0.5R, half size', '1R'])}",
        f"Chart: {link}",
    ]
    if rng.random() < 0.4:
        lines.insert(
            1,
            rng.choice(
                [
                    f"Price swept the {tf} low and reclaimed the range.",
                    "Bearish retest of the breakdown level."
                    if not d.long
                    else "Higher low on the 200 EMA, volume picking up.",
                    f"RSI {rng.randint(25, 75)} on the {tf}.",
                ]
            ),
        )
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "reply_thread_post",
    "a signal posted as a reply (the quoted message above it) or with a short note after it; several messages pasted into one post with a later update go to review",
)
def reply_thread(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.against()
    p = lambda v: num(v, d.dec)  # noqa: E731
    body = [
        f"{d.side.upper()} {d.base}USDT",
        f"Entry {p(d.entry)}",
        f"TP {' / '.join(p(v) for v in tps)}",
        f"SL {p(sl)}",
    ]
    form = rng.randrange(3)
    if form == 0:
        quoted = rng.choice(
            [
                f"> {d.base} looking {'strong' if d.long else 'weak'} here, watching for a setup",
                f"> Replying to Admin: who's watching {d.base}?",
                "> In reply to: GM fam, big day ahead",
            ]
        )
        return "\n".join([quoted, "", *body]), signal(
            d, entries=[d.entry], take_profits=tps, stop_loss=sl
        )
    if form == 1:
        note = rng.choice(
            [
                "Small size, not a high-conviction one.",
                "Will update in this thread.",
                "Replies below for updates 👇",
            ]
        )
        return "\n".join([*body, "", note]), signal(
            d, entries=[d.entry], take_profits=tps, stop_loss=sl
        )
    stamp = f"[{rng.randint(8, 11)}:{rng.randint(10, 59)}]"
    later = f"[{rng.randint(13, 20)}:{rng.randint(10, 59)}]"
    update = rng.choice(
        [
            f"TP1 hit ✅ {p(tps[0])}",
            "Move SL to entry",
            f"{d.base} TP1 reached 🎯",
            "Closed 50% here",
        ]
    )
    return "\n".join([f"{stamp} {body[0]}", *body[1:], "", f"{later} {update}"]), {
        "kind": "needs_review"
    }


@style(
    "exchange_copy_bot",
    "copy-trading bots of Bybit, OKX, Bitget and BingX: 'Bybit Copy Trade', 'ETHUSDT · Perpetual · Long 10x', 'Avg. entry price', 'TP / SL', order quantity and PnL lines that are no prices",
)
def exchange_copy(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    lev = rng.choice([5, 10, 20, 50])
    tp = d.away(1, 0.03)[0]
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    venue = rng.choice(["Bybit", "OKX", "Bitget", "BingX"])
    qty = round(rng.uniform(0.01, 5000), 2)
    lines = [
        f"{venue} Copy Trade {rng.choice(['🟢', '🔔', '📣'])}",
        f"{d.base}USDT · Perpetual · {d.side.title()} {lev}x",
        f"Avg. entry price: {p(d.entry)}",
        f"Qty: {qty} {d.base}",
        f"TP / SL: {p(tp)} / {p(sl)}",
        f"Margin: {rng.uniform(10, 900):.2f} USDT ({rng.choice(['Cross', 'Isolated'])})",
        f"Copiers: {rng.randint(20, 3000)} | 30D ROI: +{rng.uniform(5, 400):.1f}%",
    ]
    mode = lines[5].rsplit("(", 1)[1].rstrip(")").lower()
    return "\n".join(lines), signal(
        d,
        entries=[d.entry],
        take_profits=[tp],
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode,
    )


# ---- ninth round, second set: measured once before the parser saw them ----------------------
# Written after the first set's fixes, from the same research: Discord/Telegram "signal alert"
# cards in bold markdown with a risk tag, size range and per-target R:R lines; plans whose
# targets carry what to close there ("close 30%") and a stop-management instruction; limit
# plans with thousands separators and a timeframe; spot swing calls with short- and long-term
# targets; and English talk that names levels, sides and invalidations without being a call.


@style(
    "bold_alert_card",
    "bold-markdown alert cards: '**📝PAIR:** TIA/USDT __(LOW RISK)__🟢', '**SIZE: 1-4%**', '**SIDE:** __SHORT📉__', '**📍ENTRY:** `0.566409`', '**✖️SL:** `…` (-2.1%)', 'TP1: … (46.12%)', then 'TP1: 0.56 R:R' lines",
)
def bold_alert(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    lev = rng.choice([5, 8, 14, 20, 25])
    tps = d.away(3, 0.012)
    sl = d.against(rng.uniform(0.01, 0.03))
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    risk = rng.choice(["LOW RISK", "MEDIUM RISK", "HIGH RISK"])
    move = [abs(v / d.entry - 1) * 100 * lev for v in tps]
    lines = [
        "**TRADING SIGNAL ALERT**",
        "",
        f"**📝PAIR:** {d.base}/USDT __({risk})__{rng.choice(['🟢', '🟡', '🔴'])}",
        "",
        f"**TYPE:** __{rng.choice(['SWING', 'SCALP', 'DAY TRADE'])} 🚀__",
        f"**SIZE: {rng.choice(['1-4%', '2-3%', '1%', '0.5-1%'])}**",
        f"**SIDE:** __{d.side.upper()}{'📈' if d.long else '📉'}__",
        "",
        f"**📍ENTRY:** `{p(d.entry)}`",
        f"**✖️SL:** `{p(sl)}`          (-{abs(sl / d.entry - 1) * 100 * lev:.2f}%)",
        "",
        "**💰TAKE PROFIT TARGETS:**",
    ]
    lines += [
        f"**TP{i}:** `{p(v)}`          ({m:.2f}%)"
        for i, (v, m) in enumerate(zip(tps, move, strict=True), 1)
    ]
    lines += ["", f"⚖️**LEVERAGE:** {lev}x", ""]
    risk_r = abs(sl - d.entry)
    lines += [f"TP{i}: {abs(v - d.entry) / risk_r:.2f} R:R" for i, v in enumerate(tps, 1)]
    lines += ["", "⚠️PROTECT YOUR CAPITAL, MANAGE RISK!"]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "tp_allocation_plan",
    "plans whose targets say what to close: 'TP1: 1.30 (close 30%)', 'TP2: 1.40 — take 50% profit', 'Entry: 1.20 – 1.25', 'SL: 1.09 (-5.2%)', 'After TP1 move SL to entry'",
)
def tp_allocation(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    entries = zone(d, 0.01) if rng.random() < 0.6 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    tps = [d.round(far * (1 + d.sign * g)) for g in (0.02, 0.045, 0.08)[: rng.randint(2, 3)]]
    sl = d.round(far * (1 - d.sign * 0.04))
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    shares = rng.choice([["30%", "40%", "30%"], ["50%", "30%", "20%"], ["25%", "25%", "50%"]])
    forms = [
        lambda i, v, sh: f"TP{i}: {p(v)} (close {sh})",
        lambda i, v, sh: f"TP{i}: {p(v)} — take {sh} profit",
        lambda i, v, sh: f"Target {i}: {p(v)} → sell {sh}",
    ]
    form = rng.choice(forms)
    entry_text = " – ".join(p(v) for v in entries)
    lines = [
        f"{rng.choice(['📌', '🔷', '✳️'])} {d.base}/USDT {d.side.upper()} {rng.choice(['SETUP', 'PLAN', 'TRADE'])}",
        f"Entry: {entry_text}",
    ]
    lines += [form(i, v, sh) for i, (v, sh) in enumerate(zip(tps, shares, strict=False), 1)]
    lines.append(f"SL: {p(sl)} (-{abs(sl / far - 1) * 100:.1f}%)")
    lines.append(
        rng.choice(
            [
                "After TP1 move SL to entry.",
                "Move stop to breakeven once TP1 hits.",
                "Trail the stop after TP2.",
            ]
        )
    )
    if rng.random() < 0.5:
        lines.append(f"Leverage: {rng.choice(['3x', '5x', '10x'])} max")
        lev = int(lines[-1].split()[1][:-1])
    else:
        lev = None
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "limit_order_plan",
    "limit plans in prose-like lines: 'Long limit on BTC at 62,800 (wick fill)', 'Stop: 61,900 | Targets: 64,000, 65,500', 'Leverage 3-5x', 'Timeframe: 1D', a 'Why:' line",
)
def limit_plan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.against()
    fmt = "comma" if rng.random() < 0.7 else "plain"
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lev_hi = rng.choice([5, 10, 20])
    coin = rng.choice([d.base, f"${d.base}", f"#{d.base}", f"{d.base}USDT"])
    lines = [
        f"{d.side.title()} limit on {coin} at {p(d.entry)} ({rng.choice(['wick fill', 'retest', 'range low' if d.long else 'range high'])})",
        f"Stop: {p(sl)} | Targets: {', '.join(p(v) for v in tps)}",
        f"Leverage {lev_hi // 2 if lev_hi > 5 else 3}-{lev_hi}x",
        f"Timeframe: {rng.choice(['1D', '4H', '12H', '1W'])}",
    ]
    if rng.random() < 0.6:
        lines.append(
            rng.choice(
                [
                    "Why: sweep of the lows, bullish divergence on the 4H."
                    if d.long
                    else "Why: deviation above the range, bearish divergence on the 4H.",
                    "Why: retest of the breakout level with the 50 EMA just below."
                    if d.long
                    else "Why: retest of the breakdown level with the 50 EMA just above.",
                    "Order stays open for 24h, cancel if not filled.",
                ]
            )
        )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev_hi
    )


@style(
    "spot_swing_targets",
    "spot swing calls: '#LINK spot buy 13.90-14.20', 'ST targets: 15.5, 16.8', 'LT targets: 20 / 25', 'SL: weekly close below 12.95', 'Allocation: 3% of portfolio'",
)
def spot_swing(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    d.long, d.sign = True, 1
    entries = zone(d, 0.02)
    st_tps = [d.round(entries[1] * (1 + g)) for g in (0.1, 0.2)]
    lt_tps = [d.round(entries[1] * (1 + g)) for g in (0.5, 0.9)[: rng.randint(1, 2)]]
    sl = d.round(entries[0] * 0.9)
    p = lambda v: num(v, d.dec)  # noqa: E731
    sep = rng.choice(["-", " - ", " to "])
    tag = rng.choice([f"#{d.base}", f"${d.base}", f"{d.base}/USDT"])
    st_word, lt_word = rng.choice(
        [
            ("ST targets", "LT targets"),
            ("Short-term TP", "Long-term TP"),
            ("Targets (swing)", "Targets (hold)"),
        ]
    )
    lines = [
        f"{tag} spot buy {p(entries[0])}{sep}{p(entries[1])}",
        f"{st_word}: {', '.join(p(v) for v in st_tps)}",
        f"{lt_word}: {' / '.join(p(v) for v in lt_tps)}",
        f"SL: {rng.choice(['weekly', 'daily', '3D'])} close below {p(sl)}",
    ]
    if rng.random() < 0.6:
        lines.append(f"Allocation: {rng.choice(['3%', '2-5%', '1%'])} of portfolio")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=st_tps + lt_tps, stop_loss=sl, market="spot"
    )


CHATTER_9 = [
    "BTC 4H: holding 63,450 support, 65k above if we reclaim. Invalidation under 62k. Not a signal, just my view.",
    "📊 Weekly results: SOL long TP3 ✅ +24%, ETH short SL ❌ -8%, LINK TP2 ✅ +15%. Net +31% on 10x.",
    "Free signal tomorrow at 14:00 UTC 🔥 VIP members already got ETH long at 3,380 👀",
    "If DOGE loses 0.118 I'm looking for shorts towards 0.11, otherwise longs above 0.125. Will post the setup.",
    "Reminder: never risk more than 1-2% per trade. Use the stop loss, position size = risk / (entry - SL).",
    "ETH/BTC ratio at 0.0538, lowest since 2021. Alt season when? 🤔",
    "Closed all positions before CPI. Back in cash, will re-enter long BTC under 62,000 if we get the dip.",
    "Our 1000PEPE long from 0.0081 is up 40% 🚀 congrats to everyone who followed",
    "New to the channel? Read the pinned post: Entry, TP and SL explained + how we size trades with 5x leverage.",
    "AVAX weekly: 35.20 is the level. Above it targets 40-42, below it 30. Patience.",
    "Signal accuracy this month: 78% (43 wins / 12 losses). Best trade: WIF long +112% at 20x.",
    "Market update: BTC dominance 54.3%, funding neutral, OI flat. No new trades today.",
]


@style(
    "english_levels_chatter",
    "English talk with levels, sides, invalidations, results and risk advice — not signals",
)
def english_chatter(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return rng.choice(CHATTER_9), {"kind": "not_signal"}


# ---- ninth round, third set: measured once before the parser saw them -----------------------
# Written after the second set's fixes: Discord posts with @-mentions, forwarded posts with a
# channel signature (handles and links with digits), breakout entries ("buy above"), stops
# written only as a percentage (to review) beside stops with their distance, and signals that
# carry their posting time, a validity and dates.


@style(
    "discord_mention_post",
    "Discord trade posts with mentions: '@everyone 🚨 NEW TRADE', '$SOL LONG', 'Entry: a - b', 'TP: x, y & z', 'SL:', 'Lev: 5-10x (cross)', '— posted by @Admin'",
)
def discord_mention(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    entries = zone(d, 0.006) if rng.random() < 0.5 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    tps = [d.round(far * (1 + d.sign * g)) for g in (0.015, 0.03, 0.05)[: rng.randint(2, 3)]]
    sl = d.round(far * (1 - d.sign * 0.025))
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lev = rng.choice([10, 20, 25])
    tp_text = (
        ", ".join(p(v) for v in tps[:-1]) + " & " + p(tps[-1])
        if rng.random() < 0.5
        else " and ".join(p(v) for v in tps)
    )
    lines = [
        f"{rng.choice(['@everyone', '@here', '@VIP'])} 🚨 {rng.choice(['NEW TRADE', 'TRADE ALERT', 'New position'])}",
        f"${d.base} {d.side.upper()}",
        f"Entry: {' - '.join(p(v) for v in entries)}",
        f"TP: {tp_text}",
        f"SL: {p(sl)}",
        f"Lev: {lev // 2}-{lev}x ({rng.choice(['cross', 'isolated'])})",
        f"— posted by @{rng.choice(['Admin', 'TraderJoe', 'mod_crypto7', 'Alpha99'])}",
    ]
    mode = lines[5].rsplit("(", 1)[1].rstrip(")")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode
    )


@style(
    "forwarded_signature",
    "forwarded posts: 'Forwarded from Crypto Pro Signals', a signal, then '📲 Join: t.me/cps_signals123', '👤 Admin: @cps_admin99', '⏰ Valid for 24h'",
)
def forwarded(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    name = rng.choice(
        ["Crypto Pro Signals", "Binance Killers 2", "Whale Calls 100x", "Fed Russian Insiders"]
    )
    handle = rng.choice(["cps_signals123", "bk2_official", "whalecalls100x", "fedrussian2024"])
    lines = [
        f"Forwarded from {name}",
        f"#{d.base}/USDT {d.side.upper()} {'🟢' if d.long else '🔴'}",
        f"Entry: {p(d.entry)}",
        "Targets: " + " - ".join(p(v) for v in tps),
        f"Stop loss: {p(sl)}",
        "",
        f"📲 Join: t.me/{handle}",
        f"👤 Admin: @{rng.choice(['cps_admin99', 'bk_support1', 'whale_admin2'])}",
    ]
    if rng.random() < 0.6:
        lines.append(f"⏰ Valid for {rng.choice(['24h', '48 hours', '12h', '3 days'])}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "breakout_entry",
    "breakout entries: 'Long $LINK on a break above 15.20', 'Buy above 15.20', 'Short below 3,380 (4H close)', then targets and a stop",
)
def breakout(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    word = "above" if d.long else "below"
    coin = rng.choice([f"${d.base}", f"#{d.base}", f"{d.base}/USDT"])
    head = rng.choice(
        [
            f"{d.side.title()} {coin} on a break {word} {p(d.entry)}",
            f"{coin}: {'Buy' if d.long else 'Sell'} {word} {p(d.entry)}",
            f"{d.side.title()} {coin} {word} {p(d.entry)} ({rng.choice(['4H', '1H', 'daily'])} close)",
        ]
    )
    lines = [
        head,
        f"Targets: {' / '.join(p(v) for v in tps)}",
        f"Stop: {p(sl)}",
    ]
    if rng.random() < 0.5:
        lines.append("Wait for the candle close, no front-running.")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "percent_stop",
    "stops written only as a percentage ('SL: 5% below entry', 'Stop loss: -3%') go to review; stops with their distance ('SL: 1.09 (-3.2%)') are read",
)
def percent_stop(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.against(0.032)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lines = [
        f"{rng.choice(['📊', '⚡', '🔥'])} {d.base}/USDT — {d.side.upper()}",
        f"Entry: {p(d.entry)}",
        "TP: " + " / ".join(p(v) for v in tps),
    ]
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                [
                    f"SL: {rng.choice(['3', '5', '4.5'])}% {'below' if d.long else 'above'} entry",
                    f"Stop loss: -{rng.choice(['3', '5', '2.5'])}%",
                    f"SL: {rng.choice(['3', '5'])}% from entry",
                ]
            )
        )
        return "\n".join(lines), {"kind": "needs_review"}
    minus = rng.choice(["-", "−"])
    lines.append(f"SL: {p(sl)} ({minus}3.2%)")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "timestamped_signal",
    "signals that carry their time and validity: 'Posted: 05 Dec 2026, 14:32 UTC', 'Valid until 2026-12-06 00:00', 'Expires in 24h', 'Timeframe: 15m / 1H'",
)
def timestamped(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    day = rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    when = rng.choice(
        [
            f"Posted: {day:02d} Dec 2026, {hour:02d}:{minute:02d} UTC",
            f"🕒 {hour:02d}:{minute:02d} UTC | {day}/12/2026",
            f"Date: 2026-12-{day:02d} {hour:02d}:{minute:02d}",
        ]
    )
    lines = [
        f"{d.base}USDT {d.side.upper()} SIGNAL",
        when,
        f"Entry: {p(d.entry)}",
        "Take profit: " + ", ".join(p(v) for v in tps),
        f"Stop loss: {p(sl)}",
        f"Timeframe: {rng.choice(['15m / 1H', '1H', '4H/1D', '5m'])}",
        rng.choice(
            [
                f"Valid until 2026-12-{min(day + 1, 28):02d} 00:00",
                f"Expires in {rng.choice(['24h', '12 hours', '2 days'])}",
                "Cancel if entry not hit in 24h",
            ]
        ),
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- tenth round: other scripts and icon-only markers, measured once before the parser saw them
# Urdu, Persian (with Eastern Arabic digits), Bengali, Greek, Hebrew, Malay/Filipino, other
# Japanese/Korean wordings, and channels whose only labels are icons.

_FA_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")
_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _listed(values: list[float], dec: int, sep: str) -> str:
    return sep.join(num(v, dec) for v in values)


@style(
    "urdu_labels",
    "Urdu labels: '#BTCUSDT لانگ / شارٹ', 'انٹری:', 'ٹارگٹ:' numbered list, 'اسٹاپ لاس:', 'لیوریج: 10x'; 'کوائن:', 'پوزیشن:', 'انٹری زون:' with a range",
)
def urdu(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    side = "لانگ" if d.long else "شارٹ"
    if rng.random() < 0.5:
        lines = [f"🚨 #{d.base}USDT {side} 🚨", f"انٹری: {num(d.entry, d.dec)}", "ٹارگٹ:"]
        lines += [f"{i}) {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
        lines += [f"اسٹاپ لاس: {num(sl, d.dec)}", f"لیوریج: {lev}x"]
        return "\n".join(lines), signal(
            d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
        )
    entries = zone(d)
    lines = [
        f"کوائن: {d.base}/USDT",
        f"پوزیشن: {side}",
        f"انٹری زون: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}",
        f"ٹارگٹس: {_listed(tps, d.dec, ' - ')}",
        f"سٹاپ لاس: {num(sl, d.dec)}",
        f"لیوریج: {lev}x",
    ]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "persian_card",
    "Persian cards: 'ارز:', 'جهت: لانگ/شورت', 'نقطه ورود:', 'تارگت‌ها:', 'حد ضرر:' or 'استاپ:', 'اهرم:'/'لوریج:'; some in Persian digits '۶۳۴۵۰' with the decimal mark '٫'",
)
def persian_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = "لانگ" if d.long else "شورت"
    digits = rng.random() < 0.4

    def p(value: float) -> str:
        text = num(value, d.dec)
        return text.translate(_FA_DIGITS) if digits else text

    form = rng.randrange(3)
    if form == 0:
        lines = [
            f"ارز: {d.base}/USDT",
            f"جهت: {side}",
            f"نقطه ورود: {p(d.entry)}",
            "تارگت‌ها: " + " - ".join(p(v) for v in tps),
            f"حد ضرر: {p(sl)}",
            f"اهرم: {lev}x",
        ]
    elif form == 1:
        lines = [f"#{d.base} {side} 🔥", f"ورود: {p(d.entry)}"]
        lines += [f"تارگت {i}: {p(v)}" for i, v in enumerate(tps, 1)]
        lines += [f"استاپ: {p(sl)}", f"لوریج: {lev}x"]
    else:
        lines = [
            "سیگنال فیوچرز 📊",
            f"#{d.base}USDT",
            f"پوزیشن: {side}",
            f"ورود: {p(d.entry)}",
            "اهداف: " + " / ".join(p(v) for v in tps),
            f"استاپ لاس: {p(sl)}",
            f"اهرم: {lev}x",
        ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "bengali_labels",
    "Bengali labels: '#SOLUSDT লং / শর্ট', 'এন্ট্রি:', 'টার্গেট:' list, 'স্টপ লস:', 'লিভারেজ:'; 'কয়েন:', 'দিক:', 'এন্ট্রি জোন:'; some in Bengali digits",
)
def bengali(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    side = "লং" if d.long else "শর্ট"
    digits = rng.random() < 0.3

    def p(value: float) -> str:
        text = num(value, d.dec)
        return text.translate(_BN_DIGITS) if digits else text

    if rng.random() < 0.5:
        lines = [
            f"📢 #{d.base}USDT {side}",
            f"এন্ট্রি: {p(d.entry)}",
            "টার্গেট: " + ", ".join(p(v) for v in tps),
            f"স্টপ লস: {p(sl)}",
            f"লিভারেজ: {lev}x",
        ]
        return "\n".join(lines), signal(
            d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
        )
    entries = zone(d)
    lines = [
        f"কয়েন: {d.base}/USDT",
        f"দিক: {side}",
        f"এন্ট্রি জোন: {p(entries[0])} - {p(entries[1])}",
    ]
    lines += [f"টার্গেট {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines += [f"স্টপ লস: {p(sl)}", f"লিভারেজ: {lev}x ক্রস"]
    return "\n".join(lines), signal(
        d,
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode="cross",
    )


@style(
    "greek_labels",
    "Greek labels: 'Ζεύγος:', 'Θέση: LONG' or 'Αγορά/Πώληση', 'Είσοδος:', 'Στόχοι:', 'Στοπ:'/'Stop Loss:', 'Μόχλευση:'; decimal comma '0,5231'",
)
def greek(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    comma = rng.random() < 0.5

    def p(value: float) -> str:
        return eu(value, d.dec) if comma else num(value, d.dec)

    side = rng.choice([d.side.upper(), "Αγορά" if d.long else "Πώληση"])
    stop = rng.choice(["Στοπ", "Stop Loss", "Στοπ λος"])
    lines = [
        f"📊 Ζεύγος: #{d.base}/USDT",
        f"Θέση: {side}",
        f"Είσοδος: {p(d.entry)}",
        "Στόχοι: " + " / ".join(p(v) for v in tps),
        f"{stop}: {p(sl)}",
        f"Μόχλευση: {lev}x",
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "hebrew_labels",
    "Hebrew labels: 'מטבע:', 'כיוון: לונג/שורט', 'כניסה:' or 'אזור כניסה:', 'יעדים:' or 'יעד 1:', 'סטופ:'/'סטופ לוס:', 'מינוף:'",
)
def hebrew(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = "לונג" if d.long else "שורט"
    if rng.random() < 0.5:
        lines = [
            f"🟢 {side} | {d.base}USDT" if d.long else f"🔴 {side} | {d.base}USDT",
            f"כניסה: {num(d.entry, d.dec)}",
            f"יעדים: {_listed(tps, d.dec, ', ')}",
            f"סטופ: {num(sl, d.dec)}",
            f"מינוף: {lev}x",
        ]
        return "\n".join(lines), signal(
            d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
        )
    entries = zone(d)
    lines = [
        f"מטבע: {d.base}",
        f"כיוון: {side}",
        f"אזור כניסה: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}",
    ]
    lines += [f"יעד {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines += [f"סטופ לוס: {num(sl, d.dec)}", f"מינוף: {lev}x"]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "malay_filipino_labels",
    "Malay ('Pasangan:', 'Arah: BELI/JUAL', 'Harga Kemasukan:', 'Sasaran:', 'Henti Rugi:', 'Leveraj:') and Filipino posts ('BILI/BENTA #SOLUSDT', 'Pasok:', 'Target:', 'SL:')",
)
def malay_filipino(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    if rng.random() < 0.5:
        lines = [
            f"Pasangan: {d.base}/USDT",
            f"Arah: {'BELI' if d.long else 'JUAL'}",
            f"Harga Kemasukan: {num(d.entry, d.dec)}",
            f"Sasaran: {_listed(tps, d.dec, ' | ')}",
            f"Henti Rugi: {num(sl, d.dec)}",
            f"Leveraj: {lev}x",
        ]
    else:
        lines = [
            f"{'BILI' if d.long else 'BENTA'} #{d.base}USDT",
            f"Pasok: {num(d.entry, d.dec)}",
            f"Target: {_listed(tps, d.dec, ' - ')}",
            f"SL: {num(sl, d.dec)}",
            f"Leverage: {lev}x",
        ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "japanese_korean_wordings",
    "other Japanese and Korean wordings: '買い/売り', '指値：', '利確：', 'ロスカット：', 'レバ：10倍'; '新規：', 'ターゲット：a、b', '損切ライン：'; Korean '타점:', '익절:', '스탑:', '배율: 10배'",
)
def japanese_korean(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    form = rng.randrange(3)
    if form == 0:
        side = "買い" if d.long else "売り"
        text = (
            f"{d.base}/USDT {side}\n指値：{num(d.entry, d.dec)}\n"
            f"利確：{_listed(tps, d.dec, ' / ')}\nロスカット：{num(sl, d.dec)}\nレバ：{lev}倍"
        )
    elif form == 1:
        side = "ロング" if d.long else "ショート"
        text = (
            f"【{d.base}】{side}\n新規：{num(d.entry, d.dec)}\n"
            f"ターゲット：{_listed(tps, d.dec, '、')}\n損切ライン：{num(sl, d.dec)}\nレバ：{lev}倍"
        )
    else:
        side = "롱" if d.long else "숏"
        text = (
            f"#{d.base} {side} 포지션\n타점: {num(d.entry, d.dec)}\n"
            f"익절: {_listed(tps, d.dec, ' / ')}\n스탑: {num(sl, d.dec)}\n배율: {lev}배"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "icon_only_markers",
    "labels are only icons, no side word: '➡️ entry', one '✅' line per target, '❌ stop'; '⏺ a - b' / '⏫ targets' / '⏬ stop'; '📥' / '📤' / '🚫'; one target and one stop go to review",
)
def icon_only(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.choice([1, 2, 3, 3, 4]))
    sl = d.against()
    form = rng.randrange(3)
    lev = rng.choice([5, 10, 20])
    if form == 0:
        lines = [f"🔵 {d.base}/USDT", "", f"➡️ {num(d.entry, d.dec)}"]
        lines += [f"✅ {num(v, d.dec)}" for v in tps]
        lines.append(f"❌ {num(sl, d.dec)}")
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
        entries = [d.entry]
    elif form == 1:
        entries = zone(d)
        up, down = ("⏫", "⏬") if d.long else ("⏬", "⏫")
        lines = [
            f"{d.base}USDT {'📈' if d.long else '📉'}",
            f"⏺ {num(entries[0], d.dec)} - {num(entries[1], d.dec)}",
            f"{up} {_listed(tps, d.dec, ' ')}",
            f"{down} {num(sl, d.dec)}",
        ]
        exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl)
    else:
        lines = [
            f"💎 #{d.base}",
            f"📥 {num(d.entry, d.dec)}",
            f"📤 {_listed(tps, d.dec, ' | ')}",
            f"🚫 {num(sl, d.dec)}",
            f"⚙️ {lev}x",
        ]
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
        entries = [d.entry]
    if len(tps) == 1:
        # one target and one stop under icons: which is which the text does not say
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), exp


# Measured once before the parser saw them (README: "Tenth round"), then developed on.
TENTH_ROUND = {
    "urdu_labels",
    "persian_card",
    "bengali_labels",
    "greek_labels",
    "hebrew_labels",
    "malay_filipino_labels",
    "japanese_korean_wordings",
    "icon_only_markers",
}


# ---- markets and numbers: measured once before the parser saw them -------------------------
# How channels name the coin and write its prices: lowercase coins in terse posts, coin names
# instead of tickers, tickers no list knows (new listings, digits, English words), exchange
# symbol syntaxes and quotes other than USDT, and number notations (subscript zeros, k, dot
# thousands). These styles draw from their own generator so that adding them leaves every
# other style's messages as they were.
_ROUND9 = random.Random(909)

# (ticker, token, typical price, decimals) of coins channels often write by name
NAMED = {
    "BTC": (["Bitcoin", "bitcoin", "BITCOIN"], 63450.0, 1),
    "ETH": (["Ethereum", "Ether", "ethereum", "ETHEREUM"], 3412.0, 2),
    "SOL": (["Solana", "solana", "SOLANA"], 148.2, 2),
    "XRP": (["Ripple", "ripple"], 0.5231, 4),
    "DOGE": (["Dogecoin", "dogecoin"], 0.1234, 5),
    "ADA": (["Cardano", "cardano"], 0.4512, 4),
    "AVAX": (["Avalanche", "avalanche"], 35.2, 2),
    "LINK": (["Chainlink", "chainlink"], 14.85, 3),
    "DOT": (["Polkadot", "polkadot"], 6.42, 3),
    "LTC": (["Litecoin", "litecoin"], 82.4, 2),
}
# tickers that are ordinary English words (with a plausible price each)
WORD_TICKERS = [
    ("ONE", "ONE", 0.01452, 6),
    ("NEAR", "NEAR", 5.6, 3),
    ("GAS", "GAS", 3.12, 3),
    ("MOVE", "MOVE", 0.4815, 4),
    ("SUN", "SUN", 0.02134, 6),
    ("AI", "AI", 0.6123, 4),
    ("ME", "ME", 2.45, 4),
    ("JUST", "JUST", 0.03512, 6),
    ("TRUMP", "TRUMP", 11.85, 3),
    ("HIGH", "HIGH", 1.524, 4),
    ("BAND", "BAND", 1.312, 4),
    ("NOT", "NOT", 0.006821, 7),
    ("ID", "ID", 0.3412, 4),
]
# tickers with digits, and multiplier contracts with a ticker no list holds
DIGIT_TICKERS = [
    ("1INCH", "1INCH", 0.42, 4),
    ("API3", "API3", 1.845, 4),
    ("C98", "C98", 0.1523, 5),
    ("1000SATS", "SATS", 0.0002412, 8),
    ("1000BONK", "BONK", 0.0245, 6),
    ("1000CAT", "CAT", 0.04123, 6),
]
SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉"


def _new_ticker(rng: random.Random) -> str:
    """A ticker no shipped list can know: a new listing's made-up name."""
    letters = "BCDFGHKLMNPRSTVXZ"
    vowels = "AEIOU"
    size = rng.choice([3, 4, 4, 5, 6])
    out = "".join(rng.choice(letters if i % 2 == 0 else vowels) for i in range(size))
    return out + (str(rng.randint(2, 9)) if rng.random() < 0.15 else "")


def _levels(d: Draw, rng: random.Random, n: int | None = None) -> tuple[list[float], float]:
    return d.away(n or rng.randint(1, 3)), d.against()


@style(
    "lowercase_terse_coin",
    "terse posts with the coin in lower case and prices of every size: 'long pepe 0.00001234 sl 0.0000118 tp 0.0000129/0.0000135', 'wif short 2.45 tp 2.4 2.35 sl 2.52 10x'",
)
def lowercase_terse(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _ROUND9
    d = Draw(rng, MARKETS + MEME + MULTIPLIED)
    tps, sl = _levels(d, rng)
    coin = d.base.lower()
    e, s = num(d.entry, d.dec), num(sl, d.dec)
    t = [num(v, d.dec) for v in tps]
    lev = rng.choice([None, 5, 10, 20])
    tail = f" {lev}x" if lev else ""
    form = rng.randrange(4)
    if form == 0:
        text = f"{d.side} {coin} {e} sl {s} tp {'/'.join(t)}{tail}"
    elif form == 1:
        text = f"{coin} {d.side} {e} tp {' '.join(t)} sl {s}{tail}"
    elif form == 2:
        verb = "buy" if d.long else "sell"
        text = f"{verb} {coin} {e}, tp {' / '.join(t)}, sl {s}{tail}"
    else:
        text = f"{d.side} {coin} @ {e}\ntp {', '.join(t)}\nsl {s}{tail}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "coin_names",
    "the coin named by its name, not its ticker: 'Bitcoin long 63,450 — targets 64,200 / 65,000, stop 62,800', 'ETHEREUM SHORT / Entry: 3412', 'Solana (SOL) long'",
)
def coin_names(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _ROUND9
    ticker = rng.choice(list(NAMED))
    names, typical, dec = NAMED[ticker]
    d = Draw(rng, [(ticker, ticker, typical, dec)])
    name = rng.choice(names)
    tps, sl = _levels(d, rng)
    fmt = rng.choice(["plain", "comma"])
    e, s = num(d.entry, d.dec, fmt), num(sl, d.dec, fmt)
    t = [num(v, d.dec, fmt) for v in tps]
    form = rng.randrange(4)
    if form == 0:
        text = f"{name} {d.side} {e} — targets {' / '.join(t)}, stop {s}"
    elif form == 1:
        text = (
            f"{name.upper()} {d.side.upper()}\nEntry: {e}\n"
            + "\n".join(f"TP{i}: {v}" for i, v in enumerate(t, 1))
            + f"\nSL: {s}"
        )
    elif form == 2:
        text = f"Going {d.side} on {name} at {e}. Targets {', '.join(t)}. Stop loss {s}."
    else:
        text = f"{name} ({ticker}) {d.side.title()}\nEntry {e}\nTargets {' - '.join(t)}\nStop {s}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "unknown_and_word_tickers",
    "tickers no list knows ('$KOVAR', '#ZEMU/USDT', 'PIKOUSDT'), tickers with digits (1INCH, API3, C98, 1000SATS) and tickers that are English words (ONE, MOVE, GAS, AI, ME, JUST, NOT, ID)",
)
def unknown_tickers(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _ROUND9
    kind = rng.randrange(3)
    if kind == 0:
        ticker = _new_ticker(rng)
        typical = rng.choice([0.004512, 0.08123, 0.6421, 4.215, 38.4])
        dec = {0.004512: 7, 0.08123: 5, 0.6421: 4, 4.215: 3, 38.4: 2}[typical]
        d = Draw(rng, [(ticker, ticker, typical, dec)])
    else:
        d = Draw(rng, WORD_TICKERS if kind == 1 else DIGIT_TICKERS)
    tps, sl = _levels(d, rng)
    e, s = num(d.entry, d.dec), num(sl, d.dec)
    t = [num(v, d.dec) for v in tps]
    lev = rng.choice([5, 10, 20])
    form = rng.randrange(4)
    if form == 0:
        text = (
            f"${d.base} {d.side.upper()}\nEntry: {e}\nTargets: {' / '.join(t)}\n"
            f"Stop: {s}\nLeverage: {lev}x"
        )
    elif form == 1:
        text = (
            f"#{d.base}/USDT — {d.side.title()}\nEntry {e}\n"
            + "\n".join(f"TP{i} {v}" for i, v in enumerate(t, 1))
            + f"\nSL {s}\n{lev}x"
        )
    elif form == 2:
        text = (
            f"🆕 New listing {d.base}USDT\n{'🟢 LONG' if d.long else '🔴 SHORT'}\n"
            f"Entry: {e}\nTP: {', '.join(t)}\nSL: {s}\nLev {lev}x"
        )
    else:
        text = f"#{d.base} {d.side} {e} | tp {' '.join(t)} | sl {s} | x{lev}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


# (how it is written, base, contract, market) of each exchange's own spelling
def _exchange_spelling(base: str, rng: random.Random) -> tuple[str, str, str]:
    form = rng.randrange(7)
    if form == 0:
        return f"{base}USDT.P", f"{base}USDT", ""
    if form == 1:
        return f"{base}-USDT-SWAP", f"{base}USDT", ""
    if form == 2:
        return f"{base}USDT_UMCBL", f"{base}USDT", ""
    if form == 3:
        kucoin = "XBT" if base == "BTC" else base
        return f"{kucoin}USDTM", f"{base}USDT", ""
    if form == 4:
        return f"{rng.choice(['BINANCE', 'BYBIT', 'BITGET'])}:{base}USDT.P", f"{base}USDT", ""
    if form == 5:
        quote = rng.choice(["USDC", "FDUSD"])
        return rng.choice([f"{base}/{quote}", f"{base}{quote}"]), f"{base}{quote}", ""
    return f"{base}-USD-SWAP", f"{base}USD_PERP", "coinm"


@style(
    "exchange_symbol_syntax",
    "each exchange's own spelling of a contract: Bybit 'BTCUSDT.P', OKX 'BTC-USDT-SWAP' and 'BTC-USD-SWAP', Bitget 'BTCUSDT_UMCBL', KuCoin 'XBTUSDTM', TradingView 'BINANCE:ETHUSDT.P', USDC/FDUSD quotes; a pair quoted in BTC goes to review",
)
def exchange_syntax(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _ROUND9
    if rng.random() < 0.12:  # ETH/BTC: prices in BTC, not in dollars — a reader must check
        coin = rng.choice(["ETH", "SOL", "LINK"])
        value = round(
            {"ETH": 0.05412, "SOL": 0.002341, "LINK": 0.0002345}[coin] * rng.uniform(0.9, 1.1), 7
        )
        pair = rng.choice([f"{coin}/BTC", f"{coin}BTC"])
        return (
            f"{pair} LONG\nEntry: {value}\nTarget: {value * 1.04:.7f}\nStop: {value * 0.97:.7f}",
            {"kind": "needs_review"},
        )
    d = Draw(rng, MARKETS[:20])
    written, contract, market = _exchange_spelling(d.base, rng)
    tps, sl = _levels(d, rng)
    e, s = num(d.entry, d.dec), num(sl, d.dec)
    t = [num(v, d.dec) for v in tps]
    lev = rng.choice([5, 10, 25])
    form = rng.randrange(3)
    if form == 0:
        text = f"{written} {d.side.upper()}\nEntry: {e}\nTP: {' / '.join(t)}\nSL: {s}\nLeverage: {lev}x"
    elif form == 1:
        text = f"{'BUY' if d.long else 'SELL'} {written} @ {e} | TP {' '.join(t)} | SL {s} | {lev}x"
    else:
        text = (
            f"Symbol: {written}\nSide: {d.side.title()}\nPrice: {e}\n"
            + "\n".join(f"Take profit {i}: {v}" for i, v in enumerate(t, 1))
            + f"\nStop loss: {s}\nLeverage: {lev}x"
        )
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    exp["contract"] = contract
    if market:
        exp["market"] = market
    return text, exp


def _subscript(value: float, dec: int, rng: random.Random) -> str:
    """0.00000123 as '0.0₅123' (the subscript counts the zeros after the point) or '0.0{5}123'."""
    text = f"{value:.{dec}f}".rstrip("0")
    frac = text.split(".")[1]
    zeros = len(frac) - len(frac.lstrip("0"))
    digits = frac.lstrip("0")
    if rng.random() < 0.6:
        return f"0.0{''.join(SUBSCRIPT[int(c)] for c in str(zeros))}{digits}"
    return f"0.0{{{zeros}}}{digits}"


@style(
    "number_notations",
    "prices as channels shorten them: subscript zeros '$0.0₅812' and '0.0{5}812', '63.4k' / '64.2K', scientific notation refused, dot thousands that the message itself settles ('Entrada: 3.728' beside 'Stop: 3650') or leaves open (review)",
)
def number_notations(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _ROUND9
    kind = rng.choice(["sub", "sub", "sub", "k", "k", "sci", "dot", "dot"])
    if kind == "sub":
        d = Draw(rng, [*MEME, ("BABYDOGE", "BABYDOGE", 0.000000001823, 12)])
        tps, sl = _levels(d, rng)
        dollar = "$" if rng.random() < 0.5 else ""
        e, s = dollar + _subscript(d.entry, d.dec, rng), dollar + _subscript(sl, d.dec, rng)
        t = [dollar + _subscript(v, d.dec, rng) for v in tps]
        text = (
            f"${d.base} {d.side.upper()}\nEntry: {e}\nTargets: {' - '.join(t)}\nStop: {s}"
            if rng.random() < 0.5
            else f"{d.base} {d.side} {e} tp {' '.join(t)} sl {s}"
        )
        return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    if kind == "k":
        d = Draw(rng, MARKETS[:1])
        d.dec = 0
        d.entry = round(d.entry, -2)
        tps = [round(v, -2) for v in d.away(rng.randint(1, 3), 0.02)]
        sl = round(d.against(0.03), -2)
        k = rng.choice(["k", "K"])

        def kk(v: float) -> str:
            return f"{v / 1000:g}{k}"

        text = rng.choice(
            [
                f"BTC {d.side} {kk(d.entry)}, tp {' / '.join(kk(v) for v in tps)}, sl {kk(sl)}",
                f"#BTC {d.side.upper()}\nEntry: {kk(d.entry)}\nTP: {' '.join(kk(v) for v in tps)}\nSL: {kk(sl)}",
            ]
        )
        return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    if kind == "sci":
        d = Draw(rng, MEME)
        tps, sl = _levels(d, rng)
        return (
            f"${d.base} {d.side}\nEntry: {d.entry:.3e}\nTP: {tps[0]:.3e}\nSL: {sl:.3e}",
            {"kind": "needs_review"},
        )
    d = Draw(rng, [("ETH", "ETH", 3412.0, 0), ("BTC", "BTC", 63450.0, 0)])
    settled = rng.random() < 0.5
    step = 1 if settled else 10  # unsettled: whole prices rounded to tens ("3.730", "63.450")
    d.entry = round(d.entry / step) * step
    tps = [round(v / step) * step for v in d.away(rng.randint(1, 2))]
    sl = round(d.against() / step) * step
    side = "COMPRA" if d.long else "VENDA"
    stop = str(sl) if settled else eu(sl, 0)
    text = (
        f"Sinal: {side} #{d.base}\nEntrada: {eu(d.entry, 0)}\n"
        + "\n".join(f"Alvo {i}: {eu(v, 0)}" for i, v in enumerate(tps, 1))
        + f"\nStop: {stop}"
    )
    if not settled:  # nothing in the message tells 3.730 from 3,730
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- ninth round, fourth set: measured once before the parser saw them ----------------------
# Written after the third set's fixes: posts whose fields are a numbered list, signals as a
# markdown table (web and Discord posts), prose paragraphs in the first person, cards written
# in Unicode "bold" letters and digits (𝗘𝗻𝘁𝗿𝘆: 𝟭.𝟮𝟬, a Telegram styling), and cards that give the
# current price beside the entry.

BOLD_UPPER, BOLD_LOWER, BOLD_DIGIT = 0x1D5D4, 0x1D5EE, 0x1D7EC  # sans-serif bold


def bold(text: str) -> str:
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(BOLD_UPPER + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(BOLD_LOWER + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(BOLD_DIGIT + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


@style(
    "numbered_field_list",
    "fields as a numbered list: '1. Coin: BTC/USDT', '2. Position: Long', '3. Entry: 63,450', '4. Take Profit: a – b', '5. Stop Loss:', '6. Leverage: 10x'",
)
def numbered_fields(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    marker = rng.choice(["{}.", "{})", "{}-"])
    fields = [
        f"Coin: {d.base}/USDT",
        f"Position: {d.side.title()}",
        f"Entry: {p(d.entry)}",
        f"Take Profit: {' – '.join(p(v) for v in tps)}",
        f"Stop Loss: {p(sl)}",
        f"Leverage: {lev}x",
    ]
    lines = [rng.choice(["📌 New Signal", "Trade idea of the day:", "SIGNAL 🔔"])]
    lines += [f"{marker.format(i)} {f}" for i, f in enumerate(fields, 1)]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "markdown_table",
    "a signal as a markdown table: '| Pair | Side | Entry | TP | SL |', '|---|…', '| SOL/USDT | LONG | 148.2 | 152 / 155 | 144 |'",
)
def markdown_table(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    head = ["Pair", "Side", "Entry", "Targets" if len(tps) > 1 else "TP", "SL"]
    row = [f"{d.base}/USDT", d.side.upper(), p(d.entry), " / ".join(p(v) for v in tps), p(sl)]
    lines = [
        rng.choice(["**Today's setup**", "New trade 👇", ""]),
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
        "| " + " | ".join(row) + " |",
    ]
    return "\n".join(lines).strip("\n"), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl
    )


@style(
    "first_person_paragraph",
    "a paragraph in the first person: 'Opening a short on ETH around 3,412. I'll be taking profits at 3,350 and 3,300, and my stop is above 3,460. Using 5x.'",
)
def first_person(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(2, 0.02)
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lev = rng.choice([None, 3, 5, 10])
    where = "below" if d.long else "above"
    text = rng.choice(
        [
            f"Opening a {d.side} on {d.base} around {p(d.entry)}. I'll be taking profits at {p(tps[0])} and {p(tps[1])}, and my stop is {where} {p(sl)}.",
            f"Just entered a {d.side} on ${d.base} at {p(d.entry)}. Targets are {p(tps[0])} then {p(tps[1])}; stop loss {p(sl)}.",
            f"I'm {'longing' if d.long else 'shorting'} {d.base} here at {p(d.entry)} — first target {p(tps[0])}, second {p(tps[1])}, invalidation {where} {p(sl)}.",
        ]
    )
    if lev:
        text += f" Using {lev}x."
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "unicode_bold_card",
    "cards in Unicode bold letters and digits (a Telegram styling): '𝗟𝗢𝗡𝗚 #𝗦𝗢𝗟', '𝗘𝗻𝘁𝗿𝘆: 𝟭𝟰𝟴.𝟮', '𝗧𝗣: …', '𝗦𝗟: …'",
)
def unicode_bold(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    p = lambda v: num(v, d.dec)  # noqa: E731
    all_bold = rng.random() < 0.5
    lines = [
        bold(f"{d.side.upper()} #{d.base}/USDT"),
        (bold(f"Entry: {p(d.entry)}") if all_bold else f"{bold('Entry')}: {p(d.entry)}"),
        (
            bold("Targets: " + " - ".join(p(v) for v in tps))
            if all_bold
            else f"{bold('Targets')}: " + " - ".join(p(v) for v in tps)
        ),
        (bold(f"SL: {p(sl)}") if all_bold else f"{bold('SL')}: {p(sl)}"),
    ]
    if lev:
        lines.append(bold(f"Leverage: {lev}x") if all_bold else f"{bold('Leverage')}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "current_price_line",
    "cards that give the current price beside the entry: 'Current price: 1.22', 'Price now: …', 'Mark price: …' — not an entry",
)
def current_price(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    now = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.008)))
    label = rng.choice(["Current price", "Price now", "Mark price", "Last price"])
    lines = [
        f"#{d.base}USDT {d.side.upper()}",
        f"{label}: {p(now)}",
        f"Entry: {p(d.entry)}",
        "TP: " + " / ".join(p(v) for v in tps),
        f"SL: {p(sl)}",
    ]
    if rng.random() < 0.5:
        lines.insert(4, lines.pop(1))
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- tenth round, second set: icon lines beside a side word, measured once before the parser saw them


@style(
    "icon_lines_with_side",
    "a side word and icons for the levels: '📈 LONG #SOL', '🔹 entry', '🔸 a / b' or one '✔️' line per target, '🔻 stop' (or a known '⛔'/'🛑'), '⚙️ 10x'; one target is read when the side is named",
)
def icon_lines_with_side(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.randint(1, 4))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    form = rng.randrange(3)
    word = rng.choice([d.side.upper(), ("BUY" if d.long else "SELL"), d.side.title()])
    if form == 0:
        lines = [f"{'📈' if d.long else '📉'} {word} #{d.base}", f"🔹 {num(d.entry, d.dec)}"]
        lines.append("🔸 " + " / ".join(num(v, d.dec) for v in tps))
        lines.append(f"{rng.choice(['🔻', '⛔', '🛑'])} {num(sl, d.dec)}")
    elif form == 1:
        lines = [f"{word} {'🟢' if d.long else '🔴'} {d.base}USDT", f"▶️ {num(d.entry, d.dec)}"]
        lines += [f"✔️ {num(v, d.dec)}" for v in tps]
        lines.append(f"✖️ {num(sl, d.dec)}")
    else:
        lines = [f"#{d.base}/USDT — {word}", f"💠 {num(d.entry, d.dec)}"]
        lines.append("💰 " + "  ".join(num(v, d.dec) for v in tps))
        lines.append(f"🧯 {num(sl, d.dec)}")
    if lev:
        lines.append(f"⚙️ {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "arrow_lines_with_side",
    "arrows as the only labels beside a side word: 'BTC LONG', '→ 63450' or '⤵️ a - b' (a zone), '↑ 64200 / 65000' or '⬆️' lines, '↓ 62800'; for a short the arrows point the other way",
)
def arrow_lines_with_side(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    zone_entry = rng.random() < 0.4
    entries = zone(d) if zone_entry else [d.entry]
    fav, adv = ("↑", "↓") if d.long else ("↓", "↑")
    head = rng.choice([f"{d.base} {d.side.upper()}", f"{d.side.upper()} ${d.base}"])
    first = (
        f"⤵️ {num(entries[0], d.dec)} - {num(entries[1], d.dec)}"
        if zone_entry
        else f"→ {num(d.entry, d.dec)}"
    )
    if rng.random() < 0.5:
        lines = [
            head,
            first,
            f"{fav} " + " / ".join(num(v, d.dec) for v in tps),
            f"{adv} {num(sl, d.dec)}",
        ]
    else:
        emoji = "⬆️" if d.long else "⬇️"
        lines = [head, first] + [f"{emoji} {num(v, d.dec)}" for v in tps]
        lines.append(f"{'⬇️' if d.long else '⬆️'} {num(sl, d.dec)}")
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


# Measured once before the parser saw them (README: "Tenth round", second set), then developed on.
TENTH_ROUND_SECOND_SET = {"icon_lines_with_side", "arrow_lines_with_side"}


# ---- round: follow-ups as channels write them (several actions in one message) -----------
# These styles draw from their own generator so that rounds added beside them in parallel do
# not change their messages (and theirs do not change these).
_FU = random.Random(2026_12_05_15)
# Every action a follow-up states, in this order; the first is its ``action``.
_FU_ORDER = ("cancel", "stop_hit", "target_hit", "close", "stop_moved", "entry_filled", "reentry")


def fu(symbol: str | None, *actions: str, **fields: Any) -> dict[str, Any]:
    """A follow-up's expected parse with every action it states (``actions``)."""
    ordered = sorted(actions, key=_FU_ORDER.index)
    out = follow(ordered[0], symbol, **fields)
    out["actions"] = ordered
    out.setdefault("stop_to_target", None)
    return out


def _coin(d: Draw, rng: random.Random) -> str:
    return rng.choice([f"#{d.base}", f"${d.base}", d.base, f"#{d.base}USDT", f"{d.base}/USDT"])


@style(
    "cornix_bot_updates",
    "Cornix-style bot notifications as posted now: 'Take-Profit target 3 ✅ / Profit: 45.1% / Period: …', 'Entry target 2 ✅ / Average Entry Price', 'Stop Target Hit ⛔', 'Take-Profit target 1 ✅ / Stop moved to entry 🔒', 'Stoploss moved to Target 1'",
)
def cornix_bot_updates(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _FU
    d = Draw(rng, ALL_MARKETS)
    pair = f"#{d.base}/USDT"
    head = rng.choice(["Binance Futures, ByBit USDT\n", "⚡️⚡️ ", "📊 ", ""])
    profit = f"Profit: {rng.uniform(5, 180):.4f}% 📈"
    period = f"Period: {rng.randint(1, 23)} Hours {rng.randint(1, 59)} Minutes ⏰"
    form = rng.randrange(7)
    if form == 0:
        n = rng.randint(1, 5)
        text = f"{head}{pair} Take-Profit target {n} ✅\n{profit}\n{period}"
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 1:
        n = rng.randint(1, 3)
        avg = d.ladder(n + 1)[n]
        text = f"{head}{pair} Entry target {n} ✅\nAverage Entry Price: {num(avg, d.dec)} 💵"
        return text, fu(d.base, "entry_filled", price=avg)
    if form == 2:
        text = f"{head}{pair} Stop Target Hit ⛔\nLoss: {rng.uniform(5, 90):.4f}% 📉\n{period}"
        return text, fu(d.base, "stop_hit")
    if form == 3:
        n = rng.randint(1, 2)
        text = f"{head}{pair} Take-Profit target {n} ✅\n{profit}\nStop moved to entry 🔒"
        return text, fu(d.base, "target_hit", "stop_moved", target_index=n, stop_to_entry=True)
    if form == 4:
        n = rng.randint(2, 4)
        text = f"{head}{pair} Take-Profit target {n} ✅\n{profit}\nStoploss moved to Target {n - 1}"
        return text, fu(d.base, "target_hit", "stop_moved", target_index=n, stop_to_target=n - 1)
    if form == 5:
        text = f"{head}{pair} All take-profit targets achieved 😎\n{profit}\n{period}"
        return text, fu(d.base, "target_hit")
    text = f"{head}{pair} Closed at trailing stoploss after reaching take profit ⚠️\n{profit}"
    return text, fu(d.base, "stop_hit")


@style(
    "admin_compound_updates",
    "an admin's update holding several instructions: 'Close half of ETH here and move stop to breakeven', '#AVAX Target 2 done 🔥 profit 45% with 10x. Move stop to TP1', 'TP1 hit, book 30% and SL to entry'",
)
def admin_compound(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _FU
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    c = _coin(d, rng)
    form = rng.randrange(7)
    if form == 0:
        text = rng.choice(
            [
                f"Close half of {b} here and move stop to breakeven",
                f"{c} close 50% now, move SL to entry",
                f"{c}: take half off and put the stop at break even",
            ]
        )
        return text, fu(b, "close", "stop_moved", close_fraction=0.5, stop_to_entry=True)
    if form == 1:
        n = rng.randint(2, 4)
        pct, lev = rng.randint(20, 160), rng.choice([5, 10, 20])
        text = rng.choice(
            [
                f"{c} Target {n} done 🔥 profit {pct}% with {lev}x. Move stop to TP{n - 1}",
                f"{c} TP{n} ✅ (+{pct}% {lev}x) — SL to TP{n - 1} now",
            ]
        )
        return text, fu(b, "target_hit", "stop_moved", target_index=n, stop_to_target=n - 1)
    if form == 2:
        pct = rng.choice([25, 30, 40, 50])
        text = rng.choice(
            [
                f"{c} TP1 hit ✅ book {pct}% and move SL to entry",
                f"{c} first target reached, secure {pct}% profit, stop loss to breakeven",
            ]
        )
        return text, fu(
            b,
            "target_hit",
            "close",
            "stop_moved",
            target_index=1,
            close_fraction=pct / 100,
            stop_to_entry=True,
        )
    if form == 3:
        s = d.away(1)[0]
        text = rng.choice(
            [
                f"{c} close 25% here, move stop loss to {num(s, d.dec, 'comma')}",
                f"Booking 25% on {b}. New SL {num(s, d.dec)}",
            ]
        )
        return text, fu(b, "close", "stop_moved", close_fraction=0.25, new_stop=s)
    if form == 4:
        n = rng.randint(1, 2)
        text = rng.choice(
            [
                f"{c} TP{n} ✅ close half and let the rest run",
                f"Target {n} reached on {b} 🎯 Take 50% profit here",
            ]
        )
        return text, fu(b, "target_hit", "close", target_index=n, close_fraction=0.5)
    if form == 5:
        n = rng.randint(1, 3)
        s = d.away(n)[-1] if n > 1 else d.entry
        text = rng.choice(
            [
                f"{c} target {n} smashed ✅ stop moved to {num(s, d.dec)}",
                f"{c} TP{n} done, SL now at {num(s, d.dec)}",
            ]
        )
        return text, fu(b, "target_hit", "stop_moved", target_index=n, new_stop=s)
    text = rng.choice(
        [
            "Close half here and move stop to entry",
            "Take 50% profit and move SL to breakeven 🔒",
        ]
    )
    return text, fu(None, "close", "stop_moved", close_fraction=0.5, stop_to_entry=True)


@style(
    "admin_single_updates",
    "one instruction or report as admins post it now: 'Book 30% profit', 'TP1 ✅ TP2 ✅', 'SL moved to 1.234', 'Entry 2 filled', 'Still holding, trail stop to 0.52', 'Closed in profit +34%', 'Signal invalid, don't enter', 'All targets of #NEAR achieved 🎯🎯🎯', 'Move stop to TP1'",
)
def admin_single(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _FU
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    c = rng.choice([_coin(d, rng), ""])
    sym = b if c else None
    lead = f"{c} " if c else ""
    form = rng.randrange(9)
    if form == 0:
        pct = rng.choice([20, 30, 40, 60])
        text = rng.choice([f"{lead}Book {pct}% profit", f"{lead}book {pct}% profits now 💰"])
        return text.strip(), fu(sym, "close", close_fraction=pct / 100)
    if form == 1:
        n = rng.randint(2, 4)
        text = lead + " ".join(f"TP{i} ✅" for i in range(1, n + 1))
        return text, fu(sym, "target_hit", target_index=n)
    if form == 2:
        s = d.against(0.004)
        text = rng.choice(
            [
                f"{lead}SL moved to {num(s, d.dec)}",
                f"{lead}stop loss moved to {num(s, d.dec, 'comma')}",
            ]
        )
        return text, fu(sym, "stop_moved", new_stop=s)
    if form == 3:
        n = rng.randint(2, 3)
        text = rng.choice([f"{lead}Entry {n} filled", f"{lead}entry {n} filled ✅"])
        return text, fu(sym, "entry_filled")
    if form == 4:
        s = d.away(1)[0]
        text = rng.choice(
            [
                f"{lead}Still holding, trail stop to {num(s, d.dec)}",
                f"{lead}holding the rest, trailing SL to {num(s, d.dec)}",
            ]
        )
        return text, fu(sym, "stop_moved", new_stop=s)
    if form == 5:
        pct = rng.randint(8, 140)
        text = rng.choice([f"{lead}Closed in profit +{pct}%", f"{lead}closed ✅ +{pct}% profit"])
        return text, fu(sym, "close", close_fraction=1.0)
    if form == 6:
        text = rng.choice(
            [f"{lead}Signal invalid, don't enter", f"{lead}setup invalidated ❌ do not enter"]
        )
        return text, fu(sym, "cancel")
    if form == 7:
        text = rng.choice(
            [
                f"All targets of #{b} achieved 🎯🎯🎯",
                f"#{b} all targets done ✅✅✅",
                f"{b}: all take profits hit 🚀",
            ]
        )
        return text, fu(b, "target_hit")
    n = rng.randint(1, 2)
    text = rng.choice([f"{lead}Move stop to TP{n}", f"{lead}move SL to target {n}"])
    return text, fu(sym, "stop_moved", stop_to_target=n)


_FU_LANG = [
    # (language, template, actions, fields); {c} the coin, {n} a target's number, {s} a price
    (
        "es",
        "{c} Objetivo {n} alcanzado ✅ mover stop a entrada",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "es",
        "{c} cerrar 50% y mover el stop a entrada",
        ("close", "stop_moved"),
        {"close_fraction": 0.5, "stop_to_entry": True},
    ),
    (
        "pt",
        "{c} Alvo {n} atingido ✅ stop movido para entrada",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "pt",
        "{c} fechar metade e mover stop para o ponto de entrada",
        ("close", "stop_moved"),
        {"close_fraction": 0.5, "stop_to_entry": True},
    ),
    (
        "ru",
        "{c} Цель {n} достигнута ✅ стоп в безубыток",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "ru",
        "{c} закрываем 50%, стоп переносим на {s}",
        ("close", "stop_moved"),
        {"close_fraction": 0.5, "new_stop": "s"},
    ),
    (
        "tr",
        "{c} TP{n} alındı ✅ stop girişe çekildi",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "tr",
        "{c} %50 kâr al, stopu girişe çek",
        ("close", "stop_moved"),
        {"close_fraction": 0.5, "stop_to_entry": True},
    ),
    (
        "de",
        "{c} Ziel {n} erreicht ✅ Stop auf Einstieg",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "de",
        "{c} Hälfte schließen und Stop auf Einstieg ziehen",
        ("close", "stop_moved"),
        {"close_fraction": 0.5, "stop_to_entry": True},
    ),
    (
        "fr",
        "{c} Objectif {n} atteint ✅ stop au point d'entrée",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "fr",
        "{c} fermer 50% et déplacer le stop à {s}",
        ("close", "stop_moved"),
        {"close_fraction": 0.5, "new_stop": "s"},
    ),
    (
        "id",
        "{c} TP{n} tercapai ✅ pindahkan SL ke entry",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
    (
        "vi",
        "{c} TP{n} đã chạm ✅ dời SL về điểm vào",
        ("target_hit", "stop_moved"),
        {"stop_to_entry": True},
    ),
]


@style(
    "follow_ups_compound_languages",
    "follow-ups holding two instructions in Spanish, Portuguese, Russian, Turkish, German, French, Indonesian and Vietnamese: 'Objetivo 2 alcanzado ✅ mover stop a entrada', 'закрываем 50%, стоп переносим на 3412', 'Hälfte schließen und Stop auf Einstieg ziehen'",
)
def follow_compound_languages(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _FU
    d = Draw(rng, MARKETS + SMALL_CAPS)
    _lang, template, actions, fields = rng.choice(_FU_LANG)
    n = rng.randint(1, 3)
    s = d.away(1)[0]
    text = template.format(
        c=rng.choice([f"#{d.base}", f"{d.base}/USDT", d.base]), n=n, s=num(s, d.dec)
    )
    values = {k: (s if v == "s" else v) for k, v in fields.items()}
    if "target_hit" in actions:
        values["target_index"] = n
    return text, fu(d.base, *actions, **values)


@style(
    "quoted_reply_follow_ups",
    "replies that quote the signal above the update (Discord/relay quotes '> ' or a 'Replying to' line): '> #SOL LONG 148.2 TP 152 155 SL 144' then 'TP1 hit ✅ move SL to entry'",
)
def quoted_reply(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _FU
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    quoted = rng.choice(
        [
            f"> #{d.base} {d.side.upper()} {num(d.entry, d.dec)}\n> TP {' '.join(num(v, d.dec) for v in tps)}\n> SL {num(sl, d.dec)}",
            f"> {d.base}USDT {d.side.title()}\n> Entry: {num(d.entry, d.dec)}\n> Targets: {' / '.join(num(v, d.dec) for v in tps)}\n> Stop: {num(sl, d.dec)}",
        ]
    )
    form = rng.randrange(5)
    if form == 0:
        n = rng.randint(1, len(tps) - 1)
        return f"{quoted}\nTP{n} hit ✅ move SL to entry", fu(
            d.base, "target_hit", "stop_moved", target_index=n, stop_to_entry=True
        )
    if form == 1:
        return f"{quoted}\nClose half here 💰", fu(d.base, "close", close_fraction=0.5)
    if form == 2:
        return f"{quoted}\nStopped out ❌", fu(d.base, "stop_hit")
    if form == 3:
        s = d.away(1)[0]
        return f"{quoted}\nMove stop to {num(s, d.dec)} 🔒", fu(d.base, "stop_moved", new_stop=s)
    return f"{quoted}\nCancelled, entry not reached ❌", fu(d.base, "cancel")


@style(
    "follow_ups_every_magnitude",
    "updates with prices of every size and results that are no prices: sub-cent memecoins ('$PEPE SL moved to 0.00000791'), 1000× contracts, BTC with and without thousands ('BTC TP2 ✅ SL to 63,950'), '+120% ROI 🚀 TP3 smashed', 'SL hit -12% (x10)'",
)
def follow_magnitudes(_rng: random.Random) -> tuple[str, dict[str, Any]]:
    rng = _FU
    d = Draw(rng, rng.choice([MEME, MULTIPLIED, MARKETS[:2]]))
    c = _coin(d, rng)
    style_ = rng.choice(["plain", "comma"])
    form = rng.randrange(5)
    if form == 0:
        s = d.against(0.004)
        return f"{c} SL moved to {num(s, d.dec, style_)}", fu(d.base, "stop_moved", new_stop=s)
    if form == 1:
        n = rng.randint(2, 3)
        s = d.away(n - 1)[-1]
        return f"{c} TP{n} ✅ SL to {num(s, d.dec, style_)}", fu(
            d.base, "target_hit", "stop_moved", target_index=n, new_stop=s
        )
    if form == 2:
        n = rng.randint(2, 4)
        return f"{c} +{rng.randint(30, 400)}% ROI 🚀 TP{n} smashed", fu(
            d.base, "target_hit", target_index=n
        )
    if form == 3:
        return f"{c} SL hit -{rng.randint(5, 60)}% (x{rng.choice([5, 10, 20])})", fu(
            d.base, "stop_hit"
        )
    at = d.away(1)[0]
    return f"{c} closed at {num(at, d.dec, style_)} ✅", fu(
        d.base, "close", close_fraction=1.0, price=at
    )


FOLLOW_UP_ROUND = {
    "cornix_bot_updates",
    "admin_compound_updates",
    "admin_single_updates",
    "follow_ups_compound_languages",
    "quoted_reply_follow_ups",
    "follow_ups_every_magnitude",
}


# ---- tenth round, held out: scripts no lexicon holds, measured once -------------------------
# Written after the tenth round's fixes to estimate the reading by the lines' geometry on
# scripts whose words the parser has never been given; never developed on.

_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


@style(
    "south_asian_scripts",
    "Telugu, Marathi and Gujarati posts: 'ఎంట్రీ:' / 'एंट्री:' / 'એન્ટ્રી:', targets 'టార్గెట్:' / 'लक्ष्य:' / 'ટાર્ગેટ:', stops 'స్టాప్ లాస్:' / 'स्टॉप लॉस:' / 'સ્ટોપ લોસ:', side words in those scripts; one target goes to review",
)
def south_asian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.choice([1, 2, 3, 3]))
    sl = d.against()
    lev = rng.choice([None, 5, 10])
    lang = rng.randrange(3)
    words = [
        ("కొనండి", "అమ్మండి", "ఎంట్రీ", "టార్గెట్", "స్టాప్ లాస్", "లివరేజ్"),
        ("खरेदी", "विक्री", "एंट्री", "लक्ष्य", "स्टॉप लॉस", "लिव्हरेज"),
        ("ખરીદો", "વેચો", "એન્ટ્રી", "ટાર્ગેટ", "સ્ટોપ લોસ", "લીવરેજ"),
    ][lang]
    digits = lang == 1 and rng.random() < 0.4

    def p(value: float) -> str:
        text = num(value, d.dec)
        return text.translate(_DEVANAGARI_DIGITS) if digits else text

    side = words[0] if d.long else words[1]
    lines = [f"🔔 #{d.base}USDT {side}", f"{words[2]}: {p(d.entry)}"]
    if rng.random() < 0.5:
        lines.append(f"{words[3]}: " + " / ".join(p(v) for v in tps))
    else:
        lines += [f"{words[3]} {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{words[4]}: {p(sl)}")
    if lev:
        lines.append(f"{words[5]}: {lev}x")
    if len(tps) == 1:
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "caucasus_asia_scripts",
    "Georgian, Armenian, Mongolian and Khmer posts: 'შესვლა:' / 'Մուտք:' / 'Орох:' / 'ចូល:', targets 'მიზნები:' / 'Թիրախներ:' / 'Зорилт:' / 'គោលដៅ:', stops 'სტოპი:' / 'Ստոպ:' / 'Стоп:' / 'កាត់ខាត:'; entry zones, icon prefixes",
)
def caucasus_asia(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lang = rng.randrange(4)
    words = [
        ("ყიდვა", "გაყიდვა", "შესვლა", "მიზნები", "სტოპი"),
        ("Գնել", "Վաճառել", "Մուտք", "Թիրախներ", "Ստոպ"),
        ("Авах", "Зарах", "Орох", "Зорилт", "Стоп"),
        ("ទិញ", "លក់", "ចូល", "គោលដៅ", "កាត់ខាត"),
    ][lang]
    side = words[0] if d.long else words[1]
    zone_entry = rng.random() < 0.35
    entries = zone(d) if zone_entry else [d.entry]
    entry_text = (
        f"{num(entries[0], d.dec)} - {num(entries[1], d.dec)}"
        if zone_entry
        else num(d.entry, d.dec)
    )
    icons = rng.random() < 0.5
    lines = [
        f"{d.base}/USDT — {side}",
        f"{'📥 ' if icons else ''}{words[2]}: {entry_text}",
        f"{'🎯 ' if icons else ''}{words[3]}: " + ", ".join(num(v, d.dec) for v in tps),
        f"{'🛑 ' if icons else ''}{words[4]}: {num(sl, d.dec)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


# ---- tenth round, third set: numbered target lines under unknown labels, measured first ------


@style(
    "numbered_unknown_targets",
    "one line per target under a label no lexicon holds, with its number: Swahili 'Lengo 1:', Amharic 'ዒላማ 1:', Tamil 'இலக்கு 1:', Uzbek 'Maqsad 1:'; entry and stop labels and side words in the same languages",
)
def numbered_unknown_targets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    words = rng.choice(
        [
            ("NUNUA", "UZA", "Kuingia", "Lengo", "Kikomo cha hasara"),
            ("ግዛ", "ሽጥ", "መግቢያ", "ዒላማ", "ማቆሚያ"),
            ("வாங்கு", "விற்கு", "நுழைவு", "இலக்கு", "ஸ்டாப் லாஸ்"),
            ("Sotib oling", "Soting", "Kirish", "Maqsad", "Stop"),
        ]
    )
    side = words[0] if d.long else words[1]
    lines = [
        f"{rng.choice(['📣 ', '⚡ ', ''])}#{d.base}USDT {side}",
        f"{words[2]}: {num(d.entry, d.dec)}",
    ]
    lines += [f"{words[3]} {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{words[4]}: {num(sl, d.dec)}")
    if lev:
        lines.append(f"x{lev}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


# Measured once before the parser saw it (README: "Tenth round", third set), then developed on.
TENTH_ROUND_THIRD_SET = {"numbered_unknown_targets"}


# ---- ninth round, fifth set: measured once before the parser saw them -----------------------
# Written after the fourth set's fixes: branded posts (a channel banner with its member count
# and accuracy, a running signal number, a results footer), em-dash bullets, leverage written
# without an x, profit-target wording ("Profit targets", "Take-profit levels", "Exit"), and
# posts that list the same plan for spot and for futures.


@style(
    "branded_banner_post",
    "branded posts: '🏆 CRYPTO KINGS 🏆 | 92% accuracy | 50K members', 'Signal #152 of December', a signal, then '📈 Last 30 days: +312%' and a channel link",
)
def branded(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lines = [
        f"🏆 {rng.choice(['CRYPTO KINGS', 'ALPHA SIGNALS', 'WHALE HUNTERS'])} 🏆 | {rng.randint(80, 97)}% accuracy | {rng.randint(5, 120)}K members",
        f"Signal #{rng.randint(20, 999)} of {rng.choice(['December', 'the week', 'today'])}",
        "",
        f"{d.side.upper()} {d.base}/USDT",
        f"Entry: {p(d.entry)}",
        "Targets: " + ", ".join(p(v) for v in tps),
        f"Stop: {p(sl)}",
        "",
        f"📈 Last 30 days: +{rng.randint(80, 900)}% | {rng.randint(20, 60)} wins / {rng.randint(1, 9)} losses",
        f"🔗 {rng.choice(['t.me/cryptokings', 'linktr.ee/alphasignals', 'discord.gg/whales7'])}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "em_dash_bullets",
    "em-dash bullets: '🔹 Entry — 1.20', '🔸 TP1 — 1.30', '🔸 TP2 — 1.40', '🔻 SL — 1.09', '⚙️ Lev — 10x'",
)
def em_dash(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lev = rng.choice([None, 5, 10, 25])
    dash = rng.choice(["—", "–", "-"])
    lines = [f"{'🟢' if d.long else '🔴'} {d.base}USDT {dash} {d.side.upper()}"]
    lines.append(f"🔹 Entry {dash} {p(d.entry)}")
    lines += [f"🔸 TP{i} {dash} {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"🔻 SL {dash} {p(sl)}")
    if lev:
        lines.append(f"⚙️ Lev {dash} {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "leverage_without_x",
    "leverage written without an x: 'Leverage: Cross 20', 'Lev 15 (isolated)', 'Leverage: 10 to 20', beside a plain signal",
)
def lev_without_x(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(1, 3))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lev = rng.choice([10, 15, 20, 25])
    form = rng.randrange(3)
    mode = rng.choice(["cross", "isolated"])
    if form == 0:
        lev_line = f"Leverage: {mode.title()} {lev}"
    elif form == 1:
        lev_line = f"Lev {lev} ({mode})"
    else:
        lev_line = f"Leverage: {lev // 2} to {lev}"
        mode = ""
    lines = [
        f"#{d.base} {d.side.upper()}",
        f"Entry: {p(d.entry)}",
        "TP: " + " / ".join(p(v) for v in tps),
        f"SL: {p(sl)}",
        lev_line,
    ]
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "profit_target_wording",
    "other words for the levels: 'Buy in: …', 'Profit targets: …', 'Take-profit levels: …', 'Exit: …', 'Cut loss: …', 'Protective stop: …'",
)
def profit_wording(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ENGLISH_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    entry_word = rng.choice(["Buy in" if d.long else "Sell in", "Entry price", "Open"])
    tp_word = rng.choice(["Profit targets", "Take-profit levels", "Exit targets", "Targets"])
    sl_word = rng.choice(["Cut loss", "Protective stop", "Stop-loss", "Hard stop"])
    lines = [
        f"{d.base}/USDT {d.side.title()}",
        f"{entry_word}: {p(d.entry)}",
        f"{tp_word}: " + " | ".join(p(v) for v in tps),
        f"{sl_word}: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "spot_and_futures_plan",
    "one plan for spot and futures: 'SPOT: buy 1.20 – 1.15', 'FUTURES: long 1.20, 5x', 'Targets (both): …', 'SL (both): …'",
)
def spot_and_futures(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    d.long, d.sign = True, 1
    tps = d.away(rng.randint(2, 3), 0.03)
    sl = d.against(0.05)
    p = lambda v: num(v, d.dec)  # noqa: E731
    lev = rng.choice([3, 5, 10])
    lines = [
        f"${d.base} plan",
        f"SPOT: buy {p(d.entry)}",
        f"FUTURES: long {p(d.entry)}, {lev}x",
        "Targets (both): " + ", ".join(p(v) for v in tps),
        f"SL (both): {p(sl)}",
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- measured once, held out: never tuned on ----------------------------------------------
# Researched from public material and written without running the parser on a message, in
# layouts unlike every other style here; measured once and not read message by message:
# algorithmic-bot alerts (a '====' rule under the headline, prices printed with eight
# decimals, 'Risk/Reward: 3.0x' that is no leverage, status cards with 'Valid Until: 15:45
# UTC'), bot cards sent as monospace tables ('┌───┬───┐', '│ Entry │ 148.2 │'), Binance Square "Today's Pro Futures Trading Plan" bullet posts
# whose every value carries its reason in brackets, a Portuguese bot card in single-asterisk
# bold with 'Alvo N' lines and a one-dot-leader decimal mark ('245․50'), index-style 'T1/T2'
# targets with point distances under a '━━━' rule, medal-emoji target lists (🥇 🥈 🥉) with
# hashtags, Russian-language channels' plans ('Purchase 0.295 by order', 'Top-up', 'Покупка …
# (по рынку)', 'Добор'), Discord posts relayed with their raw custom emojis and mentions
# ('<:sol:941653282420576296>', '<@&…>', '<t:…:R>'), signals edited in one field,
# Romanian/Czech and Hungarian/Swedish labels, follow-ups worded as these channels word them ('2nd target achieved',
# 'trail stop to', 'Close 1/2', 'PRIMEIRO ALVO ATINGIDO') and chatter.

BOT_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED
ONE_DOT_LEADER = "\u2024"  # '․': some bots print it for the decimal point


def own_stream(fn: Style) -> Style:
    """Draws from a stream of the style's own, not the shared one: styles written later
    elsewhere in this file leave these messages as they are, and these leave theirs."""
    stream = random.Random(f"held out once {fn.__name__}")

    def draw(_shared: random.Random) -> tuple[str, dict[str, Any]]:
        return fn(stream)

    return draw


def fixed(value: float, places: int = 8) -> str:
    """A price as bots print it: a fixed number of decimals, trailing zeros kept."""
    return f"{value:.{places}f}"


def targets(d: Draw, n: int, step: float = 0.015) -> list[float]:
    """``n`` distinct targets in the trade's favour, each further than the one before."""
    return [
        d.round(d.entry * (1 + d.sign * step * (i + 1) * d.rng.uniform(0.92, 1.08)))
        for i in range(n)
    ]


def shares(n: int, rng: random.Random) -> list[str]:
    """Allocation shares of ``n`` orders as Cornix prints them ('50.008%'), summing to ~100."""
    raw = [rng.uniform(0.8, 1.2) for _ in range(n)]
    return [f"{100 * r / sum(raw):.3f}%" for r in raw]


# ---- second follow-up round: follow-ups as channels really write them, measured first ------
# Researched from copier bots' notification templates (Cornix, WunderTrading-, 3Commas- and
# Finandy-style position and deal notices, signal bots' 'UPDATE / Status:' cards), the
# trade-management posts of signal channels (ordinal words in several languages, 'SL to BE'
# and its many spellings, 'SL to cost', trailing stops, 'closed manually', 'partial profits
# secured'), admins' terse replies without the coin, re-entries with 'same SL and targets',
# and messages that paste two coins' updates together or put a cancel beside other actions.
# Written anew with drawn prices; each style draws from its own stream (@own_stream).

_ORDINAL_WORDS = {
    # language: (template with {o} the ordinal word and {c} the coin, ordinal words 1..4)
    "en": (
        ["{c} {o} target done ✅", "{O} TP reached 🎯 {c}", "{c} hit the {o} take profit 🔥"],
        ["first", "second", "third", "fourth"],
    ),
    "pt": (
        ["✅ {O} ALVO ATINGIDO {c}", "{c} {o} alvo atingido 🚀"],
        ["primeiro", "segundo", "terceiro", "quarto"],
    ),
    "es": (
        ["{c} {O} objetivo alcanzado ✅", "{c} {o} objetivo cumplido 🎯"],
        ["primer", "segundo", "tercer", "cuarto"],
    ),
    "ar": (
        ["{c} الهدف {o} تحقق ✅", "تم تحقيق الهدف {o} {c} 🎯"],
        ["الأول", "الثاني", "الثالث", "الرابع"],
    ),
    "ru": (
        ["{c} {o} тейк ✅", "{c} взяли {o} тейк 🔥"],
        ["первый", "второй", "третий", "четвёртый"],
    ),
    "ru_goal": (["{O} цель достигнута {c} ✅"], ["первая", "вторая", "третья", "четвёртая"]),
    "tr": (["{c} {o} hedef geldi ✅"], ["birinci", "ikinci", "üçüncü", "dördüncü"]),
    "de": (["{c} {O} Ziel erreicht ✅"], ["erstes", "zweites", "drittes", "viertes"]),
    "fr": (["{c} {O} objectif atteint ✅"], ["premier", "deuxième", "troisième", "quatrième"]),
    "id": (["{c} Target {o} tercapai ✅"], ["pertama", "kedua", "ketiga", "keempat"]),
    "vi": (["{c} mục tiêu {o} đã đạt ✅"], ["thứ nhất", "thứ hai", "thứ ba", "thứ tư"]),
}


@style(
    "ordinal_target_words",
    "a target hit named by an ordinal word in many languages: 'second target done ✅', 'TERCEIRO ALVO ATINGIDO', 'Segundo objetivo alcanzado', 'الهدف الثاني تحقق', 'второй тейк', 'Zweites Ziel erreicht', 'Target kedua tercapai', with and without the coin",
)
@own_stream
def ordinal_target_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    templates, words = _ORDINAL_WORDS[rng.choice(list(_ORDINAL_WORDS))]
    n = rng.randint(1, 4)
    c = rng.choice([_coin(d, rng), _coin(d, rng), ""])
    o = words[n - 1]
    text = rng.choice(templates).format(c=c, o=o, O=o.upper() if rng.random() < 0.5 else o.title())
    text = " ".join(text.split())  # no double space where the coin is left out
    return text, fu(d.base if c else None, "target_hit", target_index=n)


@style(
    "copier_bot_notices",
    "notifications that copier and signal bots post into channels: 'Take Profit 2 executed / Pair / Price', 'Deal #… closed by Stop Loss', 'Position closed / Price / PnL', 'Stop loss updated: a → b', 'Trailing stop triggered / Exit price', 'Breakeven activated', 'Order filled: Entry 2 @ …', 'UPDATE / Status: TP2 ✅ / SL: moved to TP1'",
)
@own_stream
def copier_bot_notices(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    pair = rng.choice([f"{b}USDT", f"{b}/USDT", f"{b}-USDT-SWAP", f"USDT_{b}"])
    pnl = f"{rng.uniform(2, 60):.2f}"
    form = rng.randrange(10)
    if form == 0:
        n = rng.randint(1, 3)
        p = d.away(n)[-1]
        text = f"🟢 Take Profit {n} executed\nPair: {pair}\nPrice: {num(p, d.dec)}\nPnL: +{pnl}%"
        return text, fu(b, "target_hit", target_index=n, price=p)
    if form == 1:
        text = f"Deal #{rng.randint(100000, 999999)} ({pair}) closed by Stop Loss.\nProfit: -{pnl} USDT (-{rng.uniform(1, 9):.2f}%)"
        return text, fu(b, "stop_hit")
    if form == 2:
        p = d.away(1)[0]
        text = (
            f"📉 {pair} {d.side.upper()}\nPosition closed\nPrice: {num(p, d.dec)}\nPnL: +{pnl} USDT"
        )
        return text, fu(b, "close", close_fraction=1.0, price=p)
    if form == 3:
        old, new = d.against(0.03), d.against(0.005)
        text = rng.choice(
            [
                f"🔄 Stop loss updated · {pair}\n{num(old, d.dec)} → {num(new, d.dec)}",
                f"🔄 {pair}: stop-loss moved from {num(old, d.dec)} to {num(new, d.dec)}",
            ]
        )
        return text, fu(b, "stop_moved", new_stop=new)
    if form == 4:
        p = d.away(1)[0]
        text = f"⚠️ Trailing stop triggered\nSymbol: {pair}\nExit price: {num(p, d.dec)}"
        return text, fu(b, "stop_hit", price=p)
    if form == 5:
        text = rng.choice(
            [
                f"🛡 Breakeven activated — {pair} stop moved to entry",
                f"🛡 {pair}: SL moved to breakeven (entry price)",
            ]
        )
        return text, fu(b, "stop_moved", stop_to_entry=True)
    if form == 6:
        n = rng.randint(2, 3)
        p = d.ladder(n)[-1]
        text = f"✅ Order filled: {pair} Entry {n} @ {num(p, d.dec)}"
        return text, fu(b, "entry_filled", price=p)
    if form == 7:
        text = rng.choice(
            [
                f"❌ Signal cancelled: {pair} — entry was not reached within 48h",
                f"🚫 {pair} order cancelled (not triggered in time)",
            ]
        )
        return text, fu(b, "cancel")
    if form == 8:
        n = rng.randint(2, 3)
        text = f"📢 UPDATE #{b}\nStatus: TP{n} ✅\nSL: moved to TP{n - 1}"
        return text, fu(b, "target_hit", "stop_moved", target_index=n, stop_to_target=n - 1)
    text = rng.choice(
        [
            f"📢 UPDATE #{b}\nStatus: Closed 🔒 (manually)",
            f"#{b} — position closed manually by the admin",
        ]
    )
    return text, fu(b, "close", close_fraction=1.0)


@style(
    "reentry_and_cancel_beside",
    "re-entries with their price and 'same SL and targets' ('Re-entering $SOL at 142.3, same SL and targets', 'Re-entry #ETH 3,390 — same stop and TPs'); a cancel beside other actions ('cancel the remaining entries and move SL to entry', 'Close ETH and cancel the pending limit') goes to review; plain cancels",
)
@own_stream
def reentry_and_cancel(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    c = _coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(7)
    if form <= 2:
        p = d.against(0.012)
        text = rng.choice(
            [
                f"Re-entering {c} at {num(p, d.dec, fmt)}, same SL and targets",
                f"Re-entry {c} {num(p, d.dec, fmt)} — same stop and TPs",
                f"{c} re-enter @ {num(p, d.dec, fmt)} (targets and stop unchanged) 🔁",
                f"🔁 Re-entered {c} at {num(p, d.dec, fmt)}. Same plan.",
            ]
        )
        return text, fu(b, "reentry", price=p)
    if form == 3:
        text = rng.choice(
            [
                f"{c} cancel the remaining entries and move SL to entry",
                f"{c}: cancel entry 3, close 50% here",
                f"{c} TP1 hit ✅ cancel the rest of the limit orders",
            ]
        )
        return text, {"kind": "needs_review"}
    if form == 4:
        text = rng.choice(
            [
                f"Close {c} now and cancel the pending limit",
                f"Cancel this one and exit {c} at market ❗",
            ]
        )
        return text, {"kind": "needs_review"}
    text = rng.choice(
        [
            f"{c} cancelled ❌ (entry not reached)",
            f"❌ {c} signal cancelled, don't enter",
            f"{c} — cancel the order, setup invalidated",
        ]
    )
    return text, fu(b, "cancel")


@style(
    "two_coin_updates",
    "two coins' follow-ups pasted into one message ('#BTC TP1 ✅ / #ETH stopped out ❌', 'SOL: move SL to entry | AVAX: close 50%', 'BTC and ETH both hit TP1') go to review, never one coin's action on the other; one coin written twice is one follow-up",
)
@own_stream
def two_coin_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    e = Draw(rng, [m for m in MARKETS + SMALL_CAPS if m[0] != d.base])
    a, b = d.base, e.base
    form = rng.randrange(6)
    if form == 0:
        text = rng.choice([f"#{a} TP1 ✅\n#{b} stopped out ❌", f"${a} TP2 hit 🎯\n${b} SL hit"])
        return text, {"kind": "needs_review"}
    if form == 1:
        text = rng.choice(
            [
                f"{a}: move SL to entry | {b}: close 50%",
                f"{a} SL to BE, {b} close half",
            ]
        )
        return text, {"kind": "needs_review"}
    if form == 2:
        text = f"Updates 📊\n${a} TP{rng.randint(1, 3)} hit\n${b} TP{rng.randint(1, 3)} hit"
        return text, {"kind": "needs_review"}
    if form == 3:
        text = rng.choice([f"{a} and {b} both hit TP1 ✅", f"#{a} #{b} first target done ✅"])
        return text, {"kind": "needs_review"}
    if form == 4:
        s = d.against(0.004)
        text = f"{a} stop moved to {num(s, d.dec)}, {b} still open, no change"
        return text, {"kind": "needs_review"}
    n = rng.randint(1, 3)
    text = rng.choice([f"#{a}USDT TP{n} ✅ ({a}/USDT)", f"{a}/USDT: TP{n} hit ✅ #{a}"])
    return text, fu(a, "target_hit", target_index=n)


@style(
    "terse_admin_replies",
    "an admin's terse replies without the coin and icon-only updates: 'SL BE', 'moved to BE', 'stop at entry now', 'tp2 ✅', '2nd tp ✅', 'closed manually', 'closed manually at 0.512', 'partial profits secured', 'Exit now ❗', '🎯🎯✅', '💰'",
)
@own_stream
def terse_admin_replies(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    form = rng.randrange(9)
    if form == 0:
        text = rng.choice(["SL BE", "sl to be", "Moved to BE ✅", "BE now", "stop at entry now"])
        return text, fu(None, "stop_moved", stop_to_entry=True)
    if form == 1:
        n = rng.randint(1, 4)
        text = rng.choice(
            [f"tp{n} ✅", f"TP{n} done", f"{['1st', '2nd', '3rd', '4th'][n - 1]} tp ✅"]
        )
        return text, fu(None, "target_hit", target_index=n)
    if form == 2:
        text = rng.choice(["closed manually", "Closed it manually 🤝", "manually closed"])
        return text, fu(None, "close", close_fraction=1.0)
    if form == 3:
        p = d.away(1)[0]
        text = rng.choice(
            [f"closed manually at {num(p, d.dec)}", f"Manually closed @ {num(p, d.dec)}"]
        )
        return text, fu(None, "close", close_fraction=1.0, price=p)
    if form == 4:
        text = rng.choice(
            [
                "partial profits secured ✅",
                "Secured partial profits, rest running",
                "Partial profit taken 💰",
            ]
        )
        return text, fu(None, "close", close_fraction=None)
    if form == 5:
        text = rng.choice(["Exit now ❗", "Close now", "close it all here"])
        return text, fu(None, "close", close_fraction=1.0)
    if form == 6:
        n = rng.randint(1, 3)
        text = "🎯" * n + "✅"
        return text, fu(None, "target_hit", target_index=n)
    if form == 7:
        return rng.choice(["💰", "💰💰", "🔥🔥"]), {"kind": "needs_review"}
    s = d.away(1)[0]
    text = rng.choice([f"trail SL to {num(s, d.dec)}", f"sl {num(s, d.dec)} now"])
    return text, fu(None, "stop_moved", new_stop=s)


@style(
    "priced_percent_updates",
    "updates carrying prices and percentages: 'TP2 hit at 0.5312 (+24.5% with 10x)', 'TP3 ✅ 156.2 reached · +38% (20x)', 'closed at 3,402.5 for +8.2%', 'SL hit at … (-15%)', 'stop moved to … (was …)', 'TP1 hit ✅ book 30%', 'trailing stop hit at …', 'trail SL to … 🔒 (+12% secured)'",
)
@own_stream
def priced_percent_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, rng.choice([ALL_MARKETS, MARKETS[:2], MEME + MULTIPLIED]))
    b = d.base
    c = _coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    pct = f"{rng.uniform(3, 90):.1f}"
    lev = rng.choice([5, 10, 20, 25])
    form = rng.randrange(9)
    if form == 0:
        n = rng.randint(1, 3)
        p = d.away(n)[-1]
        text = rng.choice(
            [
                f"{c} TP{n} hit at {num(p, d.dec, fmt)} (+{pct}% with {lev}x)",
                f"{c} Target {n} @ {num(p, d.dec, fmt)} ✅ +{pct}%",
            ]
        )
        return text, fu(b, "target_hit", target_index=n, price=p)
    if form == 1:
        n = rng.randint(2, 4)
        p = d.away(n)[-1]
        text = rng.choice(
            [
                f"{c} TP{n} ✅ {num(p, d.dec, fmt)} reached · +{pct}% ({lev}x)",
                f"{c} {['1st', '2nd', '3rd', '4th'][n - 1]} TP 🎯 {num(p, d.dec, fmt)} +{pct}%",
            ]
        )
        return text, fu(b, "target_hit", target_index=n, price=p)
    if form == 2:
        p = d.away(1)[0]
        text = f"{c} closed at {num(p, d.dec, fmt)} for +{pct}% 🎉"
        return text, fu(b, "close", close_fraction=1.0, price=p)
    if form == 3:
        p = d.against(0.02)
        text = f"{c} SL hit at {num(p, d.dec, fmt)} (-{pct}%)"
        return text, fu(b, "stop_hit", price=p)
    if form == 4:
        old, new = d.against(0.03), d.against(0.004)
        text = f"{c} stop moved to {num(new, d.dec, fmt)} (was {num(old, d.dec, fmt)})"
        return text, fu(b, "stop_moved", new_stop=new)
    if form == 5:
        share = rng.choice([20, 25, 30, 50])
        text = rng.choice([f"{c} TP1 hit ✅ book {share}%", f"{c} TP1 ✅ take {share}% off"])
        return text, fu(b, "target_hit", "close", target_index=1, close_fraction=share / 100)
    if form == 6:
        p = d.away(2)[-1]
        text = f"{c} trailing stop hit at {num(p, d.dec, fmt)}, +{pct}% locked"
        return text, fu(b, "stop_hit", price=p)
    if form == 7:
        s = d.away(1)[0]
        text = f"{c} trail SL to {num(s, d.dec, fmt)} 🔒 (+{pct}% secured)"
        return text, fu(b, "stop_moved", new_stop=s)
    p = d.away(1)[0]
    text = f"{c} TP1 ✅ hit {num(p, d.dec, fmt)} — +{pct}% on {lev}x"
    return text, fu(b, "target_hit", target_index=1, price=p)


@style(
    "breakeven_spellings",
    "the stop moved to the entry in many spellings: 'SL → BE', 'SL to B/E', 'stop to b.e.', 'move SL to break-even', 'SL at entry now', 'sl = entry', 'Risk-free now: SL moved to entry', 'Stop @ BE', 'SL to cost'; and a stop hit there: 'Stopped at breakeven', 'closed at BE'",
)
@own_stream
def breakeven_spellings(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = rng.choice([_coin(d, rng), _coin(d, rng), ""])
    sym = d.base if c else None
    lead = f"{c} " if c else ""
    if rng.random() < 0.15:
        text = rng.choice(["Stopped at breakeven 🤝", "closed at BE, no loss", "BE hit"])
        return f"{lead}{text}", fu(sym, "stop_hit")
    text = rng.choice(
        [
            "SL → BE",
            "SL to B/E",
            "stop to b.e.",
            "move SL to break-even",
            "Move stop to breakeven 🔒",
            "SL at entry now",
            "sl = entry",
            "Risk-free now: SL moved to entry",
            "Stop @ BE",
            "SL to cost",
            "Stop loss to entry price ✅",
            "put your stop at your entry",
            "Breakeven stop set ✅",
        ]
    )
    return f"{lead}{text}", fu(sym, "stop_moved", stop_to_entry=True)


SECOND_FOLLOW_UP_ROUND = {
    "ordinal_target_words",
    "copier_bot_notices",
    "reentry_and_cancel_beside",
    "two_coin_updates",
    "terse_admin_replies",
    "priced_percent_updates",
    "breakeven_spellings",
}


@style(
    "algo_alert_underlined",
    "algorithmic-bot alerts: '🚀 BUY SIGNAL - BTCUSDT' over a '====' rule, prices with eight decimals, 'Risk/Reward: 3.0x' (no leverage), 'Timeframe: 15m entry, 1h trend'; status cards 'Status: ⏳ WAITING FOR ENTRY', 'Confidence: 97%', 'Valid Until: 15:45 UTC'",
)
@own_stream
def algo_alert(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, BOT_MARKETS)
    sl = d.against(rng.uniform(0.01, 0.02))
    risk = abs(d.entry - sl)
    verb = "BUY" if d.long else "SELL"
    if rng.random() < 0.55:
        n = rng.choice([1, 1, 2, 3])
        rr = rng.choice([2.0, 2.5, 3.0])
        tps = [d.round(d.entry + d.sign * risk * rr * (i + 1) / n) for i in range(n)]
        tp_lines = (
            [f"🎯 Take Profit: {fixed(tps[0])}"]
            if n == 1
            else [f"🎯 TP{i}: {fixed(v)}" for i, v in enumerate(tps, 1)]
        )
        lines = [
            f"🚀 {verb} SIGNAL - {d.base}USDT",
            "=" * 24,
            "",
            f"📍 Entry: {fixed(d.entry)}",
            f"🛑 Stop Loss: {fixed(sl)}",
            *tp_lines,
            "",
            f"📊 Risk/Reward: {rr:.1f}x",
            f"⏰ Timeframe: {rng.choice(['15m entry, 1h trend', '5m entry, 15m trend', '1h'])}",
            f"💡 Strategy: {rng.choice(['Triple EMA + Breakout', 'RSI divergence', 'VWAP reclaim'])}",
        ]
        return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    tp = d.round(d.entry + d.sign * risk * rng.choice([1.5, 2.0]))
    conf = rng.randint(60, 98)
    until = f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])} UTC"
    text = (
        f"🚨 NEW SIGNAL\n\nAsset: {d.base}USDT\nTimeframe: {rng.choice(['M5', 'M15', 'H1'])}\n"
        f"Direction: {verb}\n\nStatus: ⏳ WAITING FOR ENTRY\nEntry Price: {num(d.entry, d.dec)}\n"
        f"Take Profit: {num(tp, d.dec)}\nStop Loss: {num(sl, d.dec)}\n\nConfidence: {conf}%\n"
        f"Valid Until: {until}\n\n⚠️ This signal is waiting for price to reach the entry level."
    )
    return text, signal(
        d, entries=[d.entry], take_profits=[tp], stop_loss=sl, confidence=round(conf / 100, 4)
    )


@style(
    "box_table_card",
    "bot cards sent as a monospace table: '┌────────┬─────────┐', '│ Pair     │ SOLUSDT  │', '│ Side     │ SHORT 🔴 │', '│ Entry    │ 148.2 – 147.5 │', '│ Target 1 │ …', '│ Stop     │ …', '│ Leverage │ 10x │'; or ASCII '+------+' / '| Entry | 148.2 |' tables",
)
@own_stream
def box_table(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([3, 5, 10, 20])
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    is_zone = rng.random() < 0.3
    entries = zone(d, 0.006) if is_zone else [d.entry]
    entry_cell = (
        " – ".join(num(v, d.dec) for v in (entries if d.long else entries[::-1]))
        if is_zone
        else num(d.entry, d.dec)
    )
    side_cell = (
        f"{d.side.upper()} {'🟢' if d.long else '🔴'}" if rng.random() < 0.5 else d.side.title()
    )
    rows = [("Pair", f"{d.base}USDT"), ("Side", side_cell), ("Entry", entry_cell)]
    rows += [(f"Target {i}", num(v, d.dec)) for i, v in enumerate(tps, 1)]
    rows += [("Stop", num(sl, d.dec)), ("Leverage", f"{lev}x")]
    if rng.random() < 0.4:
        rows.append(("Risk", rng.choice(["2%", "1% of balance", "Medium"])))
    left = max(len(k) for k, _ in rows) + 2
    right = max(len(v) for _, v in rows) + 2
    if rng.random() < 0.6:
        top, mid, bottom, bar = "┌┬┐", "├┼┤", "└┴┘", "│"
        line = "─"
    else:
        top = mid = bottom = "+++"
        bar, line = "|", "-"

    def rule(corners: str) -> str:
        return corners[0] + line * left + corners[1] + line * right + corners[2]

    body = [f"{bar} {k:<{left - 1}}{bar} {v:<{right - 1}}{bar}" for k, v in rows]
    table = [rule(top), body[0], rule(mid), *body[1:], rule(bottom)]
    head = rng.choice(["📣 NEW SIGNAL", "🤖 Signal bot", f"#{d.base} setup", ""])
    text = "\n".join(([head] if head else []) + table)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "trade_plan_bullets",
    "Square \"Today's Pro Futures Trading Plan: BNB/USDT - May 15, 2025\" posts: '• Trade Direction: Short (reason)', '• Entry Zone: a–b (reason)', '• Stop-Loss: x (reason)', 'Risk/Reward Ratio: 1:3.5 (Risk: ~$6.3 vs. Reward: ~$22.5 to Target 1)', '• Target N: x (reason)', 'Leverage Note: Moderate (5–10x)'",
)
@own_stream
def trade_plan_bullets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    entries = zone(d, rng.choice([0.002, 0.003, 0.005]))
    far = entries[0] if d.long else entries[1]
    sl = d.round(far * (1 - d.sign * rng.uniform(0.008, 0.015)))
    tps = targets(d, rng.randint(2, 3), 0.025)
    risk, reward = d.round(abs(d.entry - sl)), d.round(abs(tps[0] - d.entry))
    low, high = rng.choice([(2, 3), (3, 5), (5, 10)])
    month, day = rng.choice(["March", "May", "June", "August", "October"]), rng.randint(1, 28)
    if d.long:
        why = "Price reclaimed MA20, higher lows favour upside continuation"
        stop_why = "below the 24h low and MA20 support"
        tp_why = ["24h high", "prior swing high", "weekly resistance"]
        mood = "Neutral-bullish short-term; higher timeframe still ranging"
    else:
        why = "Price below MA20, rejection at resistance favours downside continuation"
        stop_why = "above 24h high/MA20 invalidation"
        tp_why = ["24h low/psychological support", "swing low from data", "next structural support"]
        mood = "Neutral-bearish short-term; higher timeframe bullish above MA200"
    lines = [
        f"${d.base} Today's Pro Futures Trading Plan: {d.base}/USDT - {month} {day}, 2025",
        f"• Trade Direction: {d.side.title()} ({why}).",
        f"• Entry Zone: {num(entries[0], d.dec)}–{num(entries[1], d.dec)} (MA20 confluence with prior {'support' if d.long else 'resistance'}).",
        f"• Stop-Loss: {num(sl, d.dec)} ({stop_why}).",
        f"• Risk/Reward Ratio: 1:{reward / risk:.1f} (Risk: ~${num(risk, d.dec)} vs. Reward: ~${num(reward, d.dec)} to Target 1).",
        "• Profit Targets:",
    ]
    lines += [f"• Target {i}: {num(v, d.dec)} ({tp_why[i - 1]})." for i, v in enumerate(tps, 1)]
    if rng.random() < 0.4:
        lines.append(
            "• Exit Strategy: Trail stop behind each target; secure breakeven after Target 1."
        )
    lines.append(
        f"• Leverage Note: {rng.choice(['Moderate', 'Low', 'Conservative'])} ({low}–{high}x) due to intraday volatility."
    )
    lines.append(f"• Market Sentiment: {mood}.")
    lines.append("Risk-first mindset: Adjust position size to ≤2% equity exposure.")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=high
    )


@style(
    "lobo_asterisk_card",
    "Portuguese bot cards in single-asterisk bold: '🚨 SINAL PREMIUM #SOL 🟢 COMPRA', '📈 *Alavancagem sugerida:* 15x', '🎯 *Probabilidade:* 78.5%', '⚡️ *Entrada:* 245․50' (one-dot leader as decimal mark), '1️⃣ *Alvo 1:*' … '🌕 *Alvo 6 - Lua!:*', '🛑 *Stop Loss:*'",
)
@own_stream
def lobo_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 15, 20])
    n = rng.randint(3, 6)
    tps = [d.round(d.entry * (1 + d.sign * 0.012 * i)) for i in range(1, n + 1)]
    sl = d.against(rng.uniform(0.02, 0.035))
    mark = ONE_DOT_LEADER if rng.random() < 0.4 else "."

    def p(v: float) -> str:
        return num(v, d.dec).replace(".", mark)

    keycaps = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"]
    alvos = [f"{keycaps[i - 1]} *Alvo {i}:* {p(v)}" for i, v in enumerate(tps, 1)]
    if n >= 5 and rng.random() < 0.6:
        alvos[-1] = f"🌕 *Alvo {n} - Lua!:* {p(tps[-1])}"
    side = "🟢 COMPRA" if d.long else "🔴 VENDA"
    mood = "FORTE BULLISH" if d.long else "FORTE BEARISH"
    rsi = "RSI em forte sobrevenda (≤25)" if d.long else "RSI em forte sobrecompra (≥75)"
    text = "\n".join(
        [
            f"🚨 SINAL PREMIUM #{d.base} {side} ⚖️",
            "",
            f"💰 *{d.base}/USDT* Futures",
            f"📊 *TEMPO GRÁFICO:* {rng.choice(['15m', '1h', '4h'])}",
            f"📈 *Alavancagem sugerida:* {lev}x",
            f"🎯 *Probabilidade:* {rng.uniform(60, 90):.1f}%",
            "",
            f"{'🟢' if d.long else '🔴'} *Sentimento:* {mood} ({rng.randint(60, 85)}/100)",
            "🔍 *Fatores-chave:*",
            f"   • {rsi}",
            "   • Volume alto confirmando movimento",
            "",
            f"⚡️ *Entrada:* {p(d.entry)}",
            "",
            f"🎯 *ALVOS ({lev}x):*",
            *alvos,
            "",
            f"🛑 *Stop Loss:* {p(sl)}",
            "",
            f"⏰ {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        ]
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "points_targets_boxed",
    "'🔴 SHORT SETUP - BTCUSDT' over a '━━━' rule, 'Entry: $63,450 - $63,520', 'Source: 4H order block', '🛑 SL: $63,900 (+450 pts)', '🎯 T1:' / '🎯 T2:' with point or percent distances, 'Confirmations: 3/4' and indicator bullets",
)
@own_stream
def points_boxed(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    entries = zone(d, rng.choice([0.001, 0.002]))
    far = entries[0] if d.long else entries[1]
    sl = d.round(far * (1 - d.sign * rng.uniform(0.006, 0.012)))
    tps = targets(d, rng.randint(2, 3), 0.008)

    def dist(v: float) -> str:
        diff = v - d.entry
        if d.entry >= 1000:
            return f"{'+' if diff > 0 else '-'}{num(abs(diff), 0, 'comma')} pts"
        return f"{diff / d.entry * 100:+.2f}%"

    def p(v: float) -> str:
        return "$" + num(v, d.dec, "comma")

    head = f"{'🟢' if d.long else '🔴'} {rng.choice(['', 'CLASSIC ', 'SCALP '])}{d.side.upper()} {rng.choice(['SETUP', 'SIGNAL'])} - {d.base}USDT"
    trend = "UP" if d.long else "DOWN"
    lines = [
        head,
        "━" * 22,
        "",
        f"Entry: {p(entries[0])} - {p(entries[1])}",
        f"Source: {rng.choice(['4H order block', 'VOB support' if d.long else 'VOB resistance', 'Daily pivot'])}",
        "",
        f"🛑 SL: {p(sl)} ({dist(sl)})",
        *[f"🎯 T{i}: {p(v)} ({dist(v)})" for i, v in enumerate(tps, 1)],
        "",
        f"✅ Confirmations: {rng.randint(3, 4)}/4",
        f"• Trend: {trend} ✅",
        f"• RSI(14): {rng.randint(25, 40) if d.long else rng.randint(60, 75)} ✅",
        "• Volume: Pending ⏳",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "medal_targets_hashtags",
    "'📊 #BTCUSDT 📊', '🟢 LONG 🟢', '👉 Entry: a - b' or 'Entry: Market price', targets one per line behind medals 🥇 🥈 🥉 🏅, '❌ Stop-loss:', '⚖️ Leverage: 10x-20x', hashtags",
)
@own_stream
def medal_targets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    low, high = rng.choice([(5, 10), (10, 20), (20, 25), (10, 10)])
    tps = targets(d, rng.randint(2, 4), 0.015)
    sl = d.against(rng.uniform(0.03, 0.05))
    market = rng.random() < 0.25
    entries = [] if market else zone(d, 0.008)
    medals = ["🥇", "🥈", "🥉", "🏅"]
    side = rng.choice(["🟢 *LONG* 🟢", "Long 📈"] if d.long else ["🔴 *SHORT* 🔴", "Short 📉"])
    if market:
        entry_line = f"👉 Entry: {rng.choice(['Market price', 'Market', 'Now (market)'])}"
    else:
        a, b = (entries[1], entries[0]) if d.long else (entries[0], entries[1])
        entry_line = f"👉 Entry: {num(a, d.dec)} - {num(b, d.dec)}"
    lev_txt = f"{low}x" if low == high else f"{low}x-{high}x"
    text = "\n".join(
        [
            f"📊 #{d.base}USDT 📊",
            "",
            side,
            "",
            entry_line,
            "",
            "🎯 Targets:",
            *[f"{medals[i]} {num(v, d.dec)}" for i, v in enumerate(tps)],
            "",
            f"❌ Stop-loss: {num(sl, d.dec)}",
            "",
            f"⚖️ Leverage: {lev_txt}",
            "",
            rng.choice(["#Binance #Futures", "#Bybit #Signals #Crypto", "#BinanceFutures"]),
        ]
    )
    return text, signal(
        d,
        order_type="market" if market else "limit",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=high,
    )


@style(
    "hungarian_swedish_labels",
    "Hungarian (Pár, Irány, Belépő, Célok, Stop, Tőkeáttétel; Vétel/Eladás) and Swedish (Par, Riktning, Ingång, Mål, Stopp, Hävstång; Köp/Sälj) labels; decimal comma and space thousands '63 450,5'",
)
@own_stream
def hungarian_swedish(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 20])
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()

    def p(v: float) -> str:
        return eu(v, d.dec, " ")

    if rng.random() < 0.5:
        side = rng.choice([d.side.upper(), "Vétel" if d.long else "Eladás"])
        text = (
            f"Pár: {d.base}/USDT\nIrány: {side}\nBelépő: {p(d.entry)}\n"
            f"Célok: {' – '.join(p(v) for v in tps)}\nStop: {p(sl)}\nTőkeáttétel: {lev}x"
        )
    else:
        side = rng.choice([d.side.upper(), "Köp" if d.long else "Sälj"])
        text = (
            f"Par: {d.base}/USDT\nRiktning: {side}\nIngång: {p(d.entry)}\n"
            f"Mål: {' / '.join(p(v) for v in tps)}\nStopp: {p(sl)}\nHävstång: {lev}x"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "romanian_czech_labels",
    "Romanian (Pereche, Direcție, Intrare, Ținte, Stop loss, Levier; Cumpărare/Vânzare) and Czech (Pár, Směr, Vstup, Cíle, Stop, Páka; Nákup/Prodej) labels; decimal comma, '63.450,5' or '63 450,5'",
)
@own_stream
def romanian_czech(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    if rng.random() < 0.5:
        side = rng.choice([d.side.upper(), "Cumpărare" if d.long else "Vânzare"])

        def p(v: float) -> str:
            return eu(v, d.dec, ".")

        text = (
            f"Pereche: {d.base}/USDT\nDirecție: {side}\nIntrare: {p(d.entry)}\n"
            f"Ținte: {' / '.join(p(v) for v in tps)}\nStop loss: {p(sl)}\nLevier: {lev}x"
        )
    else:
        side = rng.choice([d.side.upper(), "Nákup" if d.long else "Prodej"])

        def p(v: float) -> str:
            return eu(v, d.dec, " ")

        text = (
            f"Pár: {d.base}/USDT\nSměr: {side}\nVstup: {p(d.entry)}\n"
            f"Cíle: {' - '.join(p(v) for v in tps)}\nStop: {p(sl)}\nPáka: {lev}x"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "purchase_topup_plan",
    "plans as Russian-language channels write them, in English or Russian: 'TRX/USDT', 'Purchase 0.295 by order' or 'Purchase 0.299–0.30 (market)', 'Top-up 0.277' (a second entry), 'Stop 0.267', 'Target 0.325 / 0.345 / 0.357'; 'Sale' for a short; 'Покупка … (по рынку)', 'Добор', 'Стоп', 'Цели'",
)
@own_stream
def purchase_topup(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    topup = d.round(d.entry * (1 - d.sign * rng.uniform(0.03, 0.06)))
    sl = d.round(topup * (1 - d.sign * rng.uniform(0.02, 0.04)))
    tps = targets(d, rng.randint(2, 3), 0.06)
    market = rng.random() < 0.35
    russian = rng.random() < 0.4
    if russian:
        verb = "Покупка" if d.long else "Продажа"
        how_market, how_limit, add, stop, target = "(по рынку)", "лимиткой", "Добор", "Стоп", "Цели"
    else:
        verb = "Purchase" if d.long else "Sale"
        how_market, how_limit, add, stop, target = (
            "(market)",
            "by order",
            "Top-up",
            "Stop",
            "Target",
        )
    lines = [rng.choice([f"{d.base}/USDT", f"#{d.base}/USDT", f"${d.base}"])]
    if market:
        other = d.round(d.entry * (1 + d.sign * 0.003))
        low, high = sorted([d.entry, other])
        lines.append(f"{verb} {num(low, d.dec)}–{num(high, d.dec)} {how_market}")
    else:
        lines.append(f"{verb} {num(d.entry, d.dec)} {how_limit}")
        lines.append(f"{add} {num(topup, d.dec)}")
    lines.append(f"{stop} {num(sl, d.dec)}")
    lines.append(f"{target} " + " / ".join(num(v, d.dec) for v in tps))
    return "\n".join(lines), signal(
        d,
        order_type="market" if market else "limit",
        entries=[] if market else [d.entry, topup],
        take_profits=tps,
        stop_loss=sl,
    )


def snowflake(rng: random.Random) -> int:
    """A Discord id as relays leave it in the text (custom emojis, role mentions)."""
    return rng.randint(10**17, 2 * 10**18)


@style(
    "discord_relay_custom_emoji",
    "Discord posts relayed to Telegram with raw custom emojis and mentions: '<:bullhorn:1339498439255396352> <@&987…> New trade', '<:sol:941653282420576296> **SOL** LONG', 'Entry:', 'TP:', 'SL:', 'Lev:', 'Posted <t:1733412000:R>'",
)
@own_stream
def discord_relay(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 15, 20])
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    kind = rng.choices(["one", "zone", "market"], [0.5, 0.3, 0.2])[0]
    entries = {"one": [d.entry], "zone": zone(d, 0.006), "market": []}[kind]
    mood = rng.choice(["bull", "pepe_up", "rocket"] if d.long else ["bear", "pepe_down", "skull"])
    lines = []
    sender = rng.choice(["", "**CryptoKing**:", "WhaleDesk", "**Mod | Sam**:"])
    if sender:
        lines.append(sender)
    lines.append(
        f"<:bullhorn:{snowflake(rng)}> {rng.choice(['@everyone', f'<@&{snowflake(rng)}>'])} New trade"
    )
    lines.append(
        f"<:{d.token.lower()}:{snowflake(rng)}> **{d.base}** {d.side.upper()} <:{mood}:{snowflake(rng)}>"
    )
    if kind == "zone":
        lines.append(f"Entry zone: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}")
    elif kind == "market":
        lines.append(rng.choice(["Entry: market", "Entry: CMP", "Entry: now at market"]))
    else:
        lines.append(f"Entry: {num(d.entry, d.dec)}")
    lines.append(
        rng.choice(["TP: ", "Targets: "])
        + rng.choice([", ", " / "]).join(num(v, d.dec) for v in tps)
    )
    lines.append(f"SL: {num(sl, d.dec)}")
    cross = rng.random() < 0.5
    lines.append(f"Leverage {lev}x cross" if cross else f"Lev: {lev}x")
    if rng.random() < 0.5:
        lines.append(f"Posted <t:{rng.randint(1_730_000_000, 1_740_000_000)}:R>")
    exp = signal(
        d,
        order_type="market" if kind == "market" else "limit",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    if cross:
        exp["margin_mode"] = "cross"
    return "\n".join(lines), exp


_EDIT_KINDS = itertools.cycle(range(5))  # each kind of edit in turn


@style(
    "edited_one_field",
    "signals edited after posting (Telegram edit_date set), one field changed: the stop ('SL: 62,950 (updated)'), one target, the entry or the leverage — or only a line of text added",
)
@own_stream
def edited_one_field(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = targets(d, 3)
    sl = d.against(0.03)
    entry, new_tps, new_sl, new_lev, extra, note = d.entry, list(tps), sl, lev, "", ""
    form = next(_EDIT_KINDS)
    if form == 0:
        new_sl = d.against(0.015)
        note = rng.choice(["", " (updated)"])
    elif form == 1:
        i = rng.randrange(3)
        new_tps[i] = d.round(((tps[i - 1] if i else d.entry) + tps[i]) / 2)
    elif form == 2:
        entry = d.round(d.entry * (1 - d.sign * 0.004))
    elif form == 3:
        new_lev = rng.choice([v for v in (3, 5, 10, 20, 25) if v != lev])
    else:
        extra = "\nRisk: 2% of balance per trade"

    def render(e: float, targets: list[float], stop: float, lv: int, tail: str) -> str:
        tp_lines = "\n".join(f"TP{i}: {num(v, d.dec, 'comma')}" for i, v in enumerate(targets, 1))
        return (
            f"⚡️ {d.base}USDT — {d.side.upper()}\n\nEntry: {num(e, d.dec, 'comma')}\n{tp_lines}\n"
            f"SL: {num(stop, d.dec, 'comma')}{note if stop != sl else ''}\nLev: {lv}x{tail}"
        )

    changed = [
        field
        for field, was, now in (
            ("entries", d.entry, entry),
            ("take_profits", tps, new_tps),
            ("stop_loss", sl, new_sl),
            ("leverage", lev, new_lev),
        )
        if was != now
    ]
    exp = signal(
        d,
        entries=[entry],
        take_profits=new_tps,
        stop_loss=new_sl,
        leverage=new_lev,
        edited_fields=changed,
        previous=render(d.entry, tps, sl, lev, ""),
    )
    return render(entry, new_tps, new_sl, new_lev, extra), exp


# Every wording once before any repeats: 14 messages cover the 12 forms.
_FOLLOW_FORMS = itertools.cycle(range(12))


def _follow_held_out(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    b = d.base
    form = next(_FOLLOW_FORMS)
    if form == 0:
        n = rng.randint(1, 4)
        ordinal = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}[n]
        return (
            f"🎯 #{b}/USDT {ordinal} target achieved 💰 +{rng.randint(10, 90)}% with {rng.choice([10, 20])}x",
            follow("target_hit", b, target_index=n),
        )
    if form == 1:
        return (
            rng.choice([f"All targets done ✅ #{b}", f"#{b} all targets hit 🔥🔥"]),
            follow("target_hit", b),
        )
    if form == 2:
        s = d.away(1, 0.005)[0]
        return (
            f"#{b}: trail stop to {num(s, d.dec, 'comma')}",
            follow("stop_moved", b, new_stop=s),
        )
    if form == 3:
        pct = rng.choice([60, 70, 80])
        return f"Secure {pct}% here on ${b} 💵", follow("close", b, close_fraction=pct / 100)
    if form == 4:
        frac = rng.choice([(1, 2), (1, 4)])
        return (
            f"Close {frac[0]}/{frac[1]} of #{b} now",
            follow("close", b, close_fraction=frac[0] / frac[1]),
        )
    if form == 5:
        return (
            rng.choice(
                [f"${b} limit orders cancelled, setup invalid", f"#{b} — cancel pending entries ❌"]
            ),
            follow("cancel", b),
        )
    if form == 6:
        return f"#{b} stopped out at breakeven, no loss 🤝", follow("stop_hit", b)
    if form == 7:
        s = d.against(0.008)
        return f"{b}: adjust SL to {num(s, d.dec, 'comma')}", follow("stop_moved", b, new_stop=s)
    if form == 8:
        return f"Close {b}USDT", follow("close", b, close_fraction=1.0)
    if form == 9:
        n = rng.randint(1, 3)
        word = {1: "PRIMEIRO", 2: "SEGUNDO", 3: "TERCEIRO"}[n]
        return (
            f"✅ *{word} ALVO ATINGIDO #{b}*\n💰 *Lucro atual:* +{rng.uniform(5, 40):.1f}%",
            follow("target_hit", b, target_index=n),
        )
    if form == 10:
        at = d.away(1)[0]
        return (
            f"#{b} position closed at {num(at, d.dec)} ✅ +{abs(at / d.entry - 1) * 100:.1f}%",
            follow("close", b, close_fraction=1.0, price=at),
        )
    p = d.against(0.01)
    return (
        f"Re-entering ${b} at {num(p, d.dec)}, same SL and targets",
        follow("reentry", b, price=p),
    )


@style(
    "follow_ups_held_out",
    "follow-ups as these channels word them: '🎯 #SOL/USDT 2nd target achieved 💰', 'All targets done ✅', 'trail stop to 3,455', 'Secure 70% here', 'Close 1/2 of #AVAX', 'Close BTCUSDT', 'PRIMEIRO ALVO ATINGIDO', 'position closed at … ✅'",
)
@own_stream
def follow_held_out(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return _follow_held_out(rng)


CHATTER_HELD_OUT = [
    "📢 AMA with the team tomorrow at 16:00 UTC, drop your questions below 👇",
    "Poll: where does BTC close the week? 60k / 65k / 70k",
    "Liquidations in the last 24h: $412M, 78% of them longs",
    "Analysts see 70k as the next target for BTC if the ETF inflows continue",
    "Missed the SOL entry? Don't chase, wait for the retest",
    "Airdrop reminder: snapshot of $ARB holders on Friday 12:00 UTC",
    "Funding on ETH is 0.01% every 8h, open interest 12.4B",
    "Our bot now copies on Bybit and OKX too, setup guide pinned",
    "Who is still holding DOGE from 0.08? 🙋",
    "Server maintenance at 02:00 UTC, signals resume after",
    "Weekly recap: 14 signals, 11 in profit, 3 stopped — +186% with 10x",
    "BTC dominance 54.2%, alt season not yet",
    "Leverage kills. Use 3-5x max on alts this week",
    "Shorting the top is not a strategy 😂 wait for confirmation",
]
_CHATTER_ONCE = itertools.cycle(CHATTER_HELD_OUT)  # each line once


@style(
    "chatter_held_out",
    "chatter with times, polls, liquidation and funding figures, 'next target' talk, recaps and reminders — not signals",
)
@own_stream
def chatter_held_out(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return next(_CHATTER_ONCE), {"kind": "not_signal"}


# ---- scripts round two: other wordings, mixed languages, transliterations, measured first ------
# Researched from public pages in those languages (exchange help centres, academies, Binance
# Square posts, open-source copier bots' example messages): Taiwan/Hong Kong Chinese writes
# 停利/停損 (not 止盈/止损), 進場/入場, 多單/空單, 全倉/逐倉 in traditional characters; Turkish
# exchanges' "Kâr al" / "Zararı durdur", channels' "AL"/"SAT", "Alım bölgesi"; Latin-American
# "Zona de entrada", "Toma de ganancias", "COMPRA/VENTA", "Largo/Corto"; Brazilian "Preço de
# entrada", "Realização", "Margem: Isolada/Cruzada"; Gulf Arabic "نقطة الدخول", "جني الأرباح",
# "إيقاف الخسارة", "لونج/شورت" and Arabic-Indic digits; bilingual labels ("Entry (进场):");
# transliterations (Russian "Vkhod", "Tseli", "Plecho"; Persian "Vorood", "Hadde zarar";
# Arabizi "Dukhul", "Ahdaf"); Nigerian Pidgin and Filipino Taglish admins; Kazakh (Кіру,
# Мақсаттар, Иінтірек), Azerbaijani (Giriş nöqtəsi, Hədəflər, Zərəri dayandır) and Indonesian
# "Ambil untung" / "Batas rugi". Every style draws from a stream of its own (`own_stream`).

_AR_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")


def _comma(value: float, dec: int) -> str:
    """A price with a decimal comma and no thousands mark: '148,2', '63450,5'."""
    return num(value, dec).replace(".", ",")


@style(
    "traditional_chinese_cards",
    "Taiwan/Hong Kong cards in traditional characters: '【BTC/USDT】多單', '進場：' or '入場區間：a - b', '停利：a / b' or '止盈目標：a、b', '停損：' or '止損：', '槓桿：20倍', '倉位模式：全倉/逐倉'",
)
@own_stream
def tw_chinese_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([5, 10, 20, 50])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    colon = rng.choice(["：", ": ", "："])
    side = rng.choice(["多單", "做多", "開多"] if d.long else ["空單", "做空", "開空"])
    is_zone = rng.random() < 0.35
    entries = zone(d, 0.006) if is_zone else [d.entry]
    head = rng.choice(
        [
            f"【{d.base}/USDT】{side}",
            f"🔥 #{d.base}USDT {side}",
            f"幣種{colon}{d.base}USDT\n方向{colon}{side}",
        ]
    )
    lines = [head]
    if is_zone:
        lines.append(f"入場區間{colon}{num(entries[0], d.dec)} - {num(entries[1], d.dec)}")
    else:
        lines.append(f"{rng.choice(['進場', '進場價', '入場價'])}{colon}{num(d.entry, d.dec)}")
    if rng.random() < 0.5:
        lines.append(f"停利{colon}" + " / ".join(num(v, d.dec) for v in tps))
    else:
        lines.append(f"止盈目標{colon}" + "、".join(num(v, d.dec) for v in tps))
    lines.append(f"{rng.choice(['停損', '止損', '停損價'])}{colon}{num(sl, d.dec)}")
    lines.append(f"槓桿{colon}{lev}{rng.choice(['倍', 'x', 'X'])}")
    mode = None
    if rng.random() < 0.4:
        mode = rng.choice(["cross", "isolated"])
        lines.append(f"倉位模式{colon}{'全倉' if mode == 'cross' else '逐倉'}")
    if rng.random() < 0.4:
        lines.append(rng.choice(["⚠️ 請做好風險控管", "僅供參考，非投資建議", "嚴格止損，輕倉操作"]))
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "turkish_al_sat_posts",
    "Turkish posts as exchanges and channels word them: '#AVAXUSDT AL 🟢' / 'SAT 🔴' or 'Pozisyon: Uzun/Kısa', 'Alım bölgesi: a - b', 'Kâr al: a - b - c' or 'Kar Al 1:', 'Zararı durdur:', 'Kaldıraç: 10x'; decimal comma",
)
@own_stream
def tr_al_sat(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([None, 5, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    is_zone = rng.random() < 0.5
    entries = zone(d, 0.006) if is_zone else [d.entry]
    p = (lambda v: _comma(v, d.dec)) if rng.random() < 0.7 else (lambda v: num(v, d.dec))
    if rng.random() < 0.6:
        lines = [f"#{d.base}USDT {'AL 🟢' if d.long else 'SAT 🔴'}"]
    else:
        lines = [f"Coin: #{d.base}", f"Pozisyon: {'Uzun' if d.long else 'Kısa'}"]
    if is_zone:
        lines.append(
            f"{rng.choice(['Alım bölgesi', 'Giriş bölgesi'])}: {p(entries[0])} - {p(entries[1])}"
        )
    else:
        lines.append(f"{rng.choice(['Giriş fiyatı', 'Alım', 'Giriş'])}: {p(d.entry)}")
    if rng.random() < 0.5:
        lines.append(
            f"{rng.choice(['Kâr al', 'Kar Al', 'Hedefler'])}: " + " - ".join(p(v) for v in tps)
        )
    else:
        lines += [f"Kar Al {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['Zararı durdur', 'Zarar durdur', 'Stop'])}: {p(sl)}")
    if lev:
        lines.append(rng.choice([f"Kaldıraç: {lev}x", f"{lev}x kaldıraç", f"Kaldıraç {lev}X"]))
    if rng.random() < 0.4:
        lines.append(
            rng.choice(["Yatırım tavsiyesi değildir.", "Risk yönetimi şart!", "Sermayenin %2'si"])
        )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "latam_spanish_posts",
    "Latin-American Spanish posts: '🟢 COMPRA #SOL/USDT' / '🔴 VENTA' or 'LARGO/CORTO', 'Zona de entrada:' or 'Precio de entrada:', 'Entrada: a mercado', 'Toma de ganancias: a | b | c' or 'TP 1:', 'Stop loss:' / 'Parar pérdidas:', 'Apalancamiento: x10' or '5x-10x'",
)
@own_stream
def latam_spanish(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    lo, hi = rng.choice([(None, 10), (None, 20), (5, 10), (10, 20), (None, None)])
    word = rng.choice(["COMPRA", "LARGO"] if d.long else ["VENTA", "CORTO"])
    icon = "🟢" if d.long else "🔴"
    lines = [
        rng.choice(
            [
                f"{icon} {word} #{d.base}/USDT",
                f"#{d.base}USDT — {word} {icon}",
                f"Par: {d.base}/USDT\nOperación: {word}",
            ]
        )
    ]
    form = rng.randrange(3)
    entries: list[float] = []
    order = "limit"
    if form == 0:
        entries = zone(d, 0.006)
        lines.append(f"Zona de entrada: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}")
    elif form == 1:
        entries = [d.entry]
        lines.append(f"Precio de entrada: {num(d.entry, d.dec)}")
    else:
        order = "market"
        lines.append(
            rng.choice(
                ["Entrada: a mercado", "Entrada: precio de mercado", "Entrada: mercado (ahora)"]
            )
        )
    if rng.random() < 0.5:
        lines.append(
            f"{rng.choice(['Toma de ganancias', 'Tomar ganancias', 'Objetivos'])}: "
            + " | ".join(num(v, d.dec) for v in tps)
        )
    else:
        lines += [f"TP {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['Stop loss', 'Parar pérdidas', 'SL'])}: {num(sl, d.dec)}")
    if hi:
        lines.append(f"Apalancamiento: {f'{lo}x-{hi}x' if lo else f'x{hi}'}")
    if rng.random() < 0.4:
        lines.append(
            rng.choice(
                [
                    "No es consejo financiero 🙏",
                    "Usen solo el 2% del capital",
                    "¡Vamos con todo! 🚀",
                ]
            )
        )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi, order_type=order
    )


@style(
    "brazilian_operation_card",
    "Brazilian operation cards: '📊 OPERAÇÃO FUTUROS', 'Moeda: #LINK', 'Direção: COMPRA 🟢/VENDA 🔴', 'Preço de entrada: 14,85' or 'Zona de entrada:', 'Realização: a / b / c' or 'Alvo N:', 'Stop:', 'Alavancagem: 10x', 'Margem: Isolada/Cruzada', 'Gerenciamento: 2% da banca'",
)
@own_stream
def br_operation(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([5, 10, 15, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.006) if is_zone else [d.entry]
    p = (lambda v: _comma(v, d.dec)) if rng.random() < 0.6 else (lambda v: num(v, d.dec))
    lines = [
        rng.choice(["📊 OPERAÇÃO FUTUROS", "🚨 NOVA OPERAÇÃO", "⚡ SINAL VIP"]),
        f"Moeda: #{d.base}" + rng.choice(["", "/USDT", "USDT"]),
        f"Direção: {'COMPRA 🟢' if d.long else 'VENDA 🔴'}",
    ]
    if is_zone:
        lines.append(f"Zona de entrada: {p(entries[0])} - {p(entries[1])}")
    else:
        lines.append(f"Preço de entrada: {p(d.entry)}")
    if rng.random() < 0.5:
        lines.append(
            f"{rng.choice(['Realização', 'Realizações', 'Saídas'])}: "
            + " / ".join(p(v) for v in tps)
        )
    else:
        lines += [f"Alvo {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['Stop', 'Stop loss', 'Stop Loss'])}: {p(sl)}")
    lines.append(f"Alavancagem: {lev}x")
    mode = None
    if rng.random() < 0.5:
        mode = rng.choice(["isolated", "cross"])
        lines.append(f"Margem: {'Isolada' if mode == 'isolated' else 'Cruzada'}")
    if rng.random() < 0.5:
        lines.append(
            rng.choice(["Gerenciamento: 2% da banca", "Risco: médio", "Use no máximo 3% da banca"])
        )
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "gulf_arabic_cards",
    "Gulf Arabic cards: 'توصية جديدة', 'العملة: #ETH', 'النوع: شراء/بيع' or 'لونج/شورت', 'نقطة الدخول:' or 'منطقة الشراء: a - b', 'جني الأرباح: a - b' or 'الهدف الأول/الثاني:', 'إيقاف الخسارة:', 'الرافعة المالية: 10x'; Arabic-Indic digits at times",
)
@own_stream
def gulf_arabic(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([None, 5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    digits = rng.random() < 0.35

    def p(value: float) -> str:
        text = num(value, d.dec)
        return text.translate(_AR_DIGITS) if digits else text

    side = rng.choice(["شراء" if d.long else "بيع", "لونج" if d.long else "شورت"])
    is_zone = rng.random() < 0.35
    entries = zone(d, 0.006) if is_zone else [d.entry]
    lines = [rng.choice(["📢 توصية جديدة", "🔥 صفقة فيوتشرز", "⚡️ إشارة تداول"])]
    lines.append(f"العملة: #{d.base}" + rng.choice(["/USDT", "USDT", ""]))
    lines.append(f"{rng.choice(['النوع', 'نوع الصفقة', 'الاتجاه'])}: {side}")
    if is_zone:
        label = "منطقة الشراء" if d.long else "منطقة البيع"
        lines.append(f"{label}: {p(entries[0])} - {p(entries[1])}")
    else:
        lines.append(f"نقطة الدخول: {p(d.entry)}")
    ordinals = ["الأول", "الثاني", "الثالث"]
    if rng.random() < 0.5:
        lines.append("جني الأرباح: " + " - ".join(p(v) for v in tps))
    else:
        lines += [f"الهدف {ordinals[i]}: {p(v)}" for i, v in enumerate(tps)]
    lines.append(f"{rng.choice(['إيقاف الخسارة', 'ستوب لوز', 'الستوب'])}: {p(sl)}")
    if lev:
        lines.append(f"الرافعة المالية: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


_BILINGUAL = [
    # (entry, targets, stop, leverage) labels written in two languages on one line
    ("Entry (进场)", "TP (止盈)", "SL (止损)", "Leverage (杠杆)"),
    ("Вход / Entry", "Цели / Targets", "Стоп / Stop", "Плечо / Leverage"),
    ("Entrada / Entry", "Alvos / Targets", "Stop", "Alavancagem"),
    ("Entry – এন্ট্রি", "Target – টার্গেট", "Stop – স্টপ", "Leverage"),
    ("Giriş (Entry)", "Hedef (TP)", "Stop (SL)", "Kaldıraç"),
    ("エントリー Entry", "利確 TP", "損切り SL", "レバ"),
]
_NATIVE_SIDES = [
    ("做多", "做空"),
    ("ЛОНГ", "ШОРТ"),
    ("롱", "숏"),
    ("COMPRA", "VENTA"),
    ("ALIŞ", "SATIŞ"),
    ("MUA", "BÁN"),
    ("BELI", "JUAL"),
]


@style(
    "mixed_language_labels",
    "posts mixing languages: bilingual labels on one line ('Entry (进场):', 'Вход / Entry:', 'Hedef (TP):'), English labels under a native side word ('#SOL 做多', 'ETH ЛОНГ', 'BTC 롱'), native labels under 'LONG'/'SHORT'",
)
@own_stream
def mixed_language(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([None, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    if rng.random() < 0.5:
        e, t, s, lv = rng.choice(_BILINGUAL)
        side = d.side.upper()
    else:
        e, t, s, lv = rng.choice(
            [("Entry", "Targets", "Stop Loss", "Leverage"), ("Entry", "TP", "SL", "Lev")]
        )
        pair = rng.choice(_NATIVE_SIDES)
        side = pair[0] if d.long else pair[1]
    head = rng.choice([f"#{d.base}USDT {side}", f"{d.base} {side} 🚀", f"📣 {side} ${d.base}"])
    lines = [
        head,
        f"{e}: {num(d.entry, d.dec)}",
        f"{t}: " + rng.choice([" / ", " - ", ", "]).join(num(v, d.dec) for v in tps),
        f"{s}: {num(sl, d.dec)}",
    ]
    if lev:
        lines.append(f"{lv}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


_TRANSLIT = [
    # (long, short, entry, targets, stop, leverage): Russian, Persian (Finglish), Arabizi, Roman Urdu
    ("Pokupka", "Prodazha", "Vkhod", "Tseli", "Stop", "Plecho"),
    ("Kharid", "Forush", "Vorood", "Hadaf", "Hadde zarar", "Ahrom"),
    ("Shira", "Bay3", "Dukhul", "Ahdaf", "Wakf khasara", "Rafe3a"),
    ("Khareedo", "Becho", "Entry lo", "Target", "Stoploss lagao", "Leverage"),
]


@style(
    "transliterated_labels",
    "labels and side words of other languages written in Latin letters: Russian 'Vkhod:', 'Tseli:', 'Plecho:'; Persian 'Vorood:', 'Hadde zarar:'; Arabizi 'Dukhul:', 'Ahdaf:'; Roman Urdu 'Khareedo', 'Stoploss lagao:'; one target and one stop with no side go to review",
)
@own_stream
def transliterated(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    long_w, short_w, e, t, s, lv = rng.choice(_TRANSLIT)
    lev = rng.choice([None, 10, 20])
    n = rng.randint(2, 4)
    tps = d.away(n)
    sl = d.against()
    named = rng.random() < 0.75
    side = (long_w if d.long else short_w) if named else ""
    if not named and rng.random() < 0.3:
        tps = tps[:1]
    lines = [f"#{d.base}USDT {side}".rstrip(), f"{e}: {num(d.entry, d.dec)}"]
    if rng.random() < 0.5:
        lines.append(f"{t}: " + " - ".join(num(v, d.dec) for v in tps))
    else:
        lines += [f"{t} {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{s}: {num(sl, d.dec)}")
    if lev:
        lines.append(f"{lv}: {lev}x")
    if not named and len(tps) == 1:
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "pidgin_taglish_posts",
    "Nigerian Pidgin and Filipino Taglish admins: 'Oya guys, we dey go LONG for #SOL 🚀', 'Make una no use pass 10x o', 'Pasok tayo ng SHORT sa #ETH', 'Lev: 10x lang po', English labels between",
)
@own_stream
def pidgin_taglish(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    lev = rng.choice([None, 5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = d.side.upper()
    sep = rng.choice([" / ", ", ", " - "])
    if rng.random() < 0.5:
        lines = [
            rng.choice(
                [
                    f"Oya guys, we dey go {side} for #{d.base} 🚀",
                    f"{side} #{d.base} — e don ready o 🔥",
                    f"Make una enter {side} for ${d.base} sharp sharp",
                ]
            ),
            f"Entry: {num(d.entry, d.dec)}",
            f"TP: {sep.join(num(v, d.dec) for v in tps)}",
            f"SL: {num(sl, d.dec)}",
        ]
        if lev:
            lines.append(
                rng.choice([f"Make una no use pass {lev}x o", f"Leverage: {lev}x (no dey greedy)"])
            )
        lines.append(rng.choice(["Manage una risk well well 🙏", "No be financial advice", ""]))
    else:
        lines = [
            rng.choice(
                [
                    f"Pasok tayo ng {side} sa #{d.base} 🚀",
                    f"{side} tayo sa ${d.base}, mga ka-trader!",
                    f"#{d.base} {side} — tara na!",
                ]
            ),
            f"Entry: {num(d.entry, d.dec)}",
            f"Targets: {sep.join(num(v, d.dec) for v in tps)}",
            f"SL: {num(sl, d.dec)}",
        ]
        if lev:
            lines.append(rng.choice([f"Lev: {lev}x lang po", f"{lev}x lang, wag sosobra"]))
        lines.append(rng.choice(["Ingat po sa risk 🙏", "Hindi ito financial advice", ""]))
    text = "\n".join(line for line in lines if line)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


_WORDINGS = [
    # (long, short, entry, targets, stop, leverage): Kazakh, Azerbaijani, Indonesian (other words)
    ("ЛОНГ", "ШОРТ", "Кіру", "Мақсаттар", "Стоп", "Иінтірек"),
    ("Сатып алу", "Сату", "Кіру нүктесі", "Мақсат", "Стоп-лосс", "Иінтірек"),
    ("ALIŞ", "SATIŞ", "Giriş nöqtəsi", "Hədəflər", "Zərəri dayandır", "Leverec"),
    ("LONG", "SHORT", "Giriş nöqtəsi", "Hədəflər", "Stop", "Leverec"),
    ("BELI", "JUAL", "Harga beli", "Ambil untung", "Batas rugi", "Leverage"),
    ("LONG", "SHORT", "Harga masuk", "Ambil untung", "Batas rugi", "Leverage"),
]


@style(
    "kazakh_azeri_indonesian_wordings",
    "languages and wordings no lexicon held: Kazakh ('Кіру:', 'Мақсаттар:', 'Иінтірек:', 'Сатып алу/Сату'), Azerbaijani ('Giriş nöqtəsi:', 'Hədəflər:', 'Zərəri dayandır:', 'Leverec:'), Indonesian 'Ambil untung:' / 'Batas rugi:'; decimal comma at times",
)
@own_stream
def kz_az_id_wordings(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    long_w, short_w, e, t, s, lv = rng.choice(_WORDINGS)
    lev = rng.choice([None, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    comma = d.entry < 1000 and rng.random() < 0.4
    p = (lambda v: _comma(v, d.dec)) if comma else (lambda v: num(v, d.dec))
    side = long_w if d.long else short_w
    lines = [
        rng.choice([f"#{d.base}USDT {side}", f"{side} #{d.base}", f"💎 {d.base}/USDT — {side}"])
    ]
    lines.append(f"{e}: {p(d.entry)}")
    if rng.random() < 0.5:
        lines.append(f"{t}: " + rng.choice([" - ", " / ", "; "]).join(p(v) for v in tps))
    else:
        lines += [f"{i}) {p(v)}" for i, v in enumerate(tps, 1)]
        lines.insert(2, f"{t}:")
    lines.append(f"{s}: {p(sl)}")
    if lev:
        lines.append(f"{lv}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


# Second set, written before the parser saw either set: layouts that leave the reading to the
# general rules (labels and side words no lexicon holds beside a known target or stop label,
# entry zones and numbered target lines under unknown labels), margin modes and market entries
# as exchanges' localized screens word them, and follow-ups in this round's languages.

_UNKNOWN_WORDS = [
    # (long, short, entry, stop, targets): Hausa, Yoruba, Nepali, Sinhala, Tagalog, Lao, Burmese
    ("SAYA", "SAYAR", "Shiga", "Tsayawa", "Manufa"),
    ("RA", "TA", "Iwọle", "Idaduro", "Ibi-afẹde"),
    ("किन्नुहोस्", "बेच्नुहोस्", "प्रवेश", "रोक्नुहोस्", "लक्ष्य"),
    ("මිලදී ගන්න", "විකුණන්න", "ඇතුල්වීම", "නැවතුම", "ඉලක්කය"),
    ("BUMILI", "MAGBENTA", "Pasukan", "Hinto", "Layunin"),
    ("ຊື້", "ຂາຍ", "ຈຸດເຂົ້າ", "ຈຸດຢຸດ", "ເປົ້າໝາຍ"),
    ("ဝယ်", "ရောင်း", "ဝင်ရန်", "ရပ်တန့်", "ပစ်မှတ်"),
]


@style(
    "unknown_labels_known_targets",
    "entry and stop labels and side words no lexicon holds (Hausa, Yoruba, Nepali, Sinhala, Tagalog, Lao, Burmese) beside a known target label ('TP:', '🎯', 'TP1:') — or a known stop label beside unknown target lines; one target is read when its label is known",
)
@own_stream
def unknown_labels_known_targets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    long_w, short_w, e, s, t = rng.choice(_UNKNOWN_WORDS)
    lev = rng.choice([None, 10, 20])
    tps = d.away(rng.choice([1, 2, 3, 4]))
    sl = d.against()
    side = long_w if d.long else short_w
    lines = [
        rng.choice([f"#{d.base}USDT {side}", f"{side} #{d.base}", f"📊 {d.base}/USDT ({side})"])
    ]
    lines.append(f"{e}: {num(d.entry, d.dec)}")
    form = rng.randrange(4)
    if form == 0:
        lines.append("TP: " + " / ".join(num(v, d.dec) for v in tps))
    elif form == 1:
        lines.append("🎯 " + " - ".join(num(v, d.dec) for v in tps))
    elif form == 2:
        lines += [f"TP{i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    if form == 3:
        # the stop's label is known, the targets' not
        if len(tps) == 1:
            tps = d.away(2)
        lines.append(f"{t}: " + " - ".join(num(v, d.dec) for v in tps))
        lines.append(f"SL: {num(sl, d.dec)}")
    else:
        lines.append(f"{s}: {num(sl, d.dec)}")
    if lev:
        lines.append(f"x{lev}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "unknown_zone_numbered",
    "nothing any lexicon holds: an entry zone under an unknown label ('Shiga: a - b'), targets one per line with their number ('Manufa 1:') or bullets, an unknown stop label, side words unknown or absent, leverage as 'x10'",
)
@own_stream
def unknown_zone_numbered(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    long_w, short_w, e, s, t = rng.choice(_UNKNOWN_WORDS)
    lev = rng.choice([None, 10, 25])
    entries = zone(d, 0.006)
    tps = d.away(rng.randint(2, 4), 0.02)
    sl = d.round(d.entry * (1 - d.sign * rng.uniform(0.025, 0.05)))
    side = rng.choice([long_w if d.long else short_w, ""])
    lines = [f"#{d.base}USDT {side}".rstrip()]
    lines.append(f"{e}: {num(entries[0], d.dec)} - {num(entries[1], d.dec)}")
    form = rng.randrange(3)
    if form == 0:
        lines += [f"{t} {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    elif form == 1:
        lines.append(f"{t}:")
        lines += [f"• {num(v, d.dec)}" for v in tps]
    else:
        lines.append(f"{t}: " + " - ".join(num(v, d.dec) for v in tps))
    lines.append(f"{s}: {num(sl, d.dec)}")
    if lev:
        lines.append(rng.choice([f"x{lev}", f"{lev}x"]))
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


_MARGIN_WORDS = [
    # (label, cross, isolated): as exchanges' localized order screens word them
    ("Margen", "Cruzado", "Aislado"),
    ("Margem", "Cruzada", "Isolada"),
    ("Marj", "Çapraz", "İzole"),
    ("Маржа", "Кросс", "Изолированная"),
    ("Ký quỹ", "Chéo", "Cô lập"),
    ("Margin", "Silang", "Terisolasi"),
    ("마진", "교차", "격리"),
    ("証拠金", "クロス", "分離"),
    ("Marge", "Cross", "Isoliert"),
    ("Marge", "Croisée", "Isolée"),
    ("الهامش", "متقاطع", "معزول"),
    ("保證金模式", "全倉", "逐倉"),
]


@style(
    "margin_mode_languages",
    "margin modes as localized exchange screens word them: 'Margen: Cruzado/Aislado', 'Margem: Cruzada/Isolada', 'Marj: Çapraz/İzole', 'Маржа: Кросс/Изолированная', 'Ký quỹ: Chéo/Cô lập', '마진: 교차/격리', '証拠金: クロス/分離', 'الهامش: متقاطع/معزول', '全倉/逐倉'; 'Isolated 10x' in the same words",
)
@own_stream
def margin_mode_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    label, cross, isolated = rng.choice(_MARGIN_WORDS)
    mode = rng.choice(["cross", "isolated"])
    word = cross if mode == "cross" else isolated
    lev = rng.choice([5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lines = [
        f"#{d.base}USDT {d.side.upper()}",
        f"Entry: {num(d.entry, d.dec)}",
        "TP: " + " / ".join(num(v, d.dec) for v in tps),
        f"SL: {num(sl, d.dec)}",
    ]
    if rng.random() < 0.5:
        lines += [f"{label}: {word}", f"Leverage: {lev}x"]
    else:
        lines.append(f"Leverage: {word} {lev}x")
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    exp["margin_mode"] = mode
    return "\n".join(lines), exp


_MARKET_ENTRIES = [
    # (entry label, market words, target label, stop label)
    ("Entrada", "a mercado", "Tomar ganancias", "Stop loss"),
    ("Entrada", "preço de mercado", "Realização", "Stop"),
    ("Giriş", "piyasa fiyatından", "Kâr al", "Zararı durdur"),
    ("Einstieg", "zum Marktpreis", "Ziele", "Stopp"),
    ("Entrée", "au marché", "Objectifs", "Stop"),
    ("进场", "市价", "止盈", "止损"),
    ("進場", "市價", "停利", "停損"),
    ("진입", "시장가", "익절", "손절"),
    ("エントリー", "成行", "利確", "損切り"),
    ("Điểm vào", "giá thị trường", "Chốt lời", "Cắt lỗ"),
    ("Harga masuk", "harga pasar", "Ambil untung", "Batas rugi"),
    ("ورود", "قیمت بازار", "تارگت", "حد ضرر"),
    ("الدخول", "سعر السوق", "جني الأرباح", "إيقاف الخسارة"),
    ("Вход", "по рынку", "Тейк-профит", "Стоп"),
]


@style(
    "market_entry_languages",
    "market entries in other languages, targets and stop under labels known or not: 'Entrada: a mercado', 'Giriş: piyasa fiyatından', 'Einstieg: zum Marktpreis', 'Entrée : au marché', '进场：市价', '進場：市價', '진입: 시장가', 'エントリー：成行', 'Điểm vào: giá thị trường', 'ورود: قیمت بازار', 'الدخول: سعر السوق'",
)
@own_stream
def market_entry_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    e, m, t, s = rng.choice(_MARKET_ENTRIES)
    lev = rng.choice([None, 10, 20])
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    colon = "：" if any("\u3000" <= ch <= "\u9fff" for ch in e) and rng.random() < 0.5 else ": "
    lines = [f"#{d.base}USDT {d.side.upper()}", f"{e}{colon}{m}"]
    lines.append(f"{t}{colon}" + " - ".join(num(v, d.dec) for v in tps))
    lines.append(f"{s}{colon}{num(sl, d.dec)}")
    if lev:
        lines.append(f"{lev}x")
    return "\n".join(lines), signal(
        d, entries=[], take_profits=tps, stop_loss=sl, leverage=lev, order_type="market"
    )


@style(
    "follow_ups_scripts_round_two",
    "follow-ups in this round's languages: '#BTC 停利1 達成 ✅', '停損出場', 'Hedef 2 ✅ ulaşıldı', 'Stop girişe çekildi', 'تحقق الهدف الأول ✅', 'Objetivo 1 alcanzado ✅', 'Alvo 2 atingido ✅', 'Stop acionado', 'TP1 don hit ✅', 'TP2 tinamaan na ✅'",
)
@own_stream
def follow_ups_scripts_round_two(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    c = rng.choice([f"#{d.base}", f"{d.base}/USDT", f"#{d.base}USDT"])
    n = rng.randint(1, 3)
    ar_ord = ["الأول", "الثاني", "الثالث"][n - 1]
    hits = [
        f"{c} 停利{n} 達成 ✅",
        f"{c} 第{n}目標 已達成 🎯",
        f"{c} Hedef {n} ✅ ulaşıldı",
        f"{c} تحقق الهدف {ar_ord} ✅",
        f"{c} Objetivo {n} alcanzado ✅",
        f"{c} Alvo {n} atingido ✅",
        f"{c} TP{n} don hit ✅ 🔥",
        f"{c} TP{n} tinamaan na ✅",
    ]
    form = rng.randrange(3)
    if form == 0:
        return rng.choice(hits), fu(d.base, "target_hit", target_index=n)
    if form == 1:
        text = rng.choice(
            [
                f"{c} 停損出場 ❌",
                f"{c} Stop oldu ❌",
                f"{c} Stop acionado ❌",
                f"{c} SL tocado ❌",
                f"{c} SL don hit ❌",
            ]
        )
        return text, fu(d.base, "stop_hit")
    text = rng.choice(
        [
            f"{c} 停損移至進場價 🔒",
            f"{c} Stop girişe çekildi 🔒",
            f"{c} Stop movido a la entrada 🔒",
            f"{c} Stop no ponto de entrada 🔒",
            f"{c} نقل الستوب إلى نقطة الدخول 🔒",
        ]
    )
    return text, fu(d.base, "stop_moved", stop_to_entry=True)


# Third set, written after the first two sets' fixes and before the parser saw it: numbers
# typed in full-width forms (Japanese and Chinese input methods: '６３４５０．５', '／'), digits
# of other scripts (Thai, Burmese, Khmer, Lao, Gujarati, Tamil, Telugu), one-liners of words no
# lexicon holds without colons, spot posts in other languages (现货/現貨, 현물, 現物, giao
# ngay, فوري, اسپات), and leverage without an x under labels no lexicon holds.

_FULLWIDTH = str.maketrans("0123456789./", "０１２３４５６７８９．／")


@style(
    "fullwidth_cjk_numbers",
    "Japanese and Chinese posts typed with full-width digits and marks: 'エントリー：６３４５０．５', '利確：６４２００／６５０００', '損切り：６２８００', 'レバレッジ：１０倍'; '入场：１４８．２', '止盈：１５２、１５５'",
)
@own_stream
def fullwidth_cjk_numbers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([None, 5, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    wide = rng.random() < 0.8

    def p(value: float) -> str:
        text = num(value, d.dec)
        return text.translate(_FULLWIDTH) if wide else text

    if rng.random() < 0.5:
        side = "ロング" if d.long else "ショート"
        lines = [f"【{d.base}/USDT】{side}", f"エントリー：{p(d.entry)}"]
        lines.append("利確：" + ("／" if wide else " / ").join(p(v) for v in tps))
        lines.append(f"損切り：{p(sl)}")
        if lev:
            lines.append(f"レバレッジ：{p(lev)}倍")
    else:
        side = "做多" if d.long else "做空"
        lines = [f"#{d.base}USDT {side}", f"入场：{p(d.entry)}"]
        lines.append("止盈：" + "、".join(p(v) for v in tps))
        lines.append(f"止损：{p(sl)}")
        if lev:
            lines.append(f"杠杆：{p(lev)}倍")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


_NATIVE_DIGITS = [
    # (digits 0-9, long, short, entry, targets, stop): Thai, Burmese, Khmer, Lao, Gujarati,
    # Tamil, Telugu posts written with their own digits
    ("๐๑๒๓๔๕๖๗๘๙", "ซื้อ", "ขาย", "จุดเข้า", "เป้าหมาย", "ตัดขาดทุน"),
    ("၀၁၂၃၄၅၆၇၈၉", "ဝယ်", "ရောင်း", "ဝင်ရန်", "ပစ်မှတ်", "ရပ်တန့်"),
    ("០១២៣៤៥៦៧៨៩", "ទិញ", "លក់", "ចូល", "គោលដៅ", "បញ្ឈប់"),
    ("໐໑໒໓໔໕໖໗໘໙", "ຊື້", "ຂາຍ", "ຈຸດເຂົ້າ", "ເປົ້າໝາຍ", "ຈຸດຢຸດ"),
    ("૦૧૨૩૪૫૬૭૮૯", "ખરીદો", "વેચો", "એન્ટ્રી", "લક્ષ્ય", "સ્ટોપ લોસ"),
    ("௦௧௨௩௪௫௬௭௮௯", "வாங்கு", "விற்கு", "நுழைவு", "இலக்கு", "ஸ்டாப் லாஸ்"),
    ("౦౧౨౩౪౫౬౭౮౯", "కొనండి", "అమ్మండి", "ఎంట్రీ", "లక్ష్యం", "స్టాప్ లాస్"),
]


@style(
    "native_digit_scripts",
    "posts written with the digits of their script: Thai '๑๔๘.๒', Burmese '၁၄၈.၂', Khmer, Lao, Gujarati, Tamil, Telugu; labels and side words of those languages (known or not), or 'LONG'/'SHORT'",
)
@own_stream
def native_digit_scripts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    digits, long_w, short_w, e, t, s = rng.choice(_NATIVE_DIGITS)
    table = str.maketrans("0123456789", digits)
    lev = rng.choice([None, 10, 20])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()

    def p(value: float) -> str:
        return num(value, d.dec).translate(table)

    side = rng.choice([long_w if d.long else short_w, d.side.upper()])
    lines = [f"#{d.base}USDT {side}", f"{e}: {p(d.entry)}"]
    lines.append(f"{t}: " + " - ".join(p(v) for v in tps))
    lines.append(f"{s}: {p(sl)}")
    if lev:
        lines.append(f"x{lev}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


_INLINE_WORDS = [
    # (long, short, targets word, stop word): Swahili, Hausa, Tagalog, Yoruba, Amharic
    ("NUNUA", "UZA", "lengo", "hasara"),
    ("SAYA", "SAYAR", "manufa", "tsayawa"),
    ("BUMILI", "MAGBENTA", "layunin", "hinto"),
    ("RA", "TA", "afojusun", "idaduro"),
]


@style(
    "inline_unknown_words",
    "one-liners of words no lexicon holds, without colons: 'BTC NUNUA 63450 lengo 64200 / 65000 hasara 62800 x10', 'SOL LONG 148.2 manufa 152 tsayawa 144'; one target with no side word the lexicon knows goes to review",
)
@own_stream
def inline_unknown_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    long_w, short_w, t, s = rng.choice(_INLINE_WORDS)
    lev = rng.choice([None, 10, 20])
    n = rng.choice([1, 2, 2, 3])
    tps = d.away(n)
    sl = d.against()
    known_side = rng.random() < 0.4
    side = d.side.upper() if known_side else (long_w if d.long else short_w)
    text = (
        f"{rng.choice(['#', '$', ''])}{d.base} {side} {num(d.entry, d.dec)} {t} "
        + rng.choice([" / ", " ", ", "]).join(num(v, d.dec) for v in tps)
        + f" {s} {num(sl, d.dec)}"
        + (f" x{lev}" if lev else "")
    )
    if n == 1 and not known_side:
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


_SPOT_POSTS = [
    # (heading, entry label, targets label, stop label): spot in the words of exchanges'
    # localized screens
    ("现货买入 #{c}", "买入价", "止盈", "止损"),
    ("現貨買入 #{c}", "進場", "停利", "停損"),
    ("#{c} 현물 매수", "진입가", "익절", "손절"),
    ("#{c} 現物買い", "エントリー", "利確", "損切り"),
    ("#{c} Mua giao ngay", "Điểm vào", "Chốt lời", "Cắt lỗ"),
    ("#{c} شراء فوري", "الدخول", "الأهداف", "وقف الخسارة"),
    ("#{c} خرید اسپات", "ورود", "تارگت", "حد ضرر"),
    ("#{c} Spot alım", "Giriş", "Hedefler", "Stop"),
]


@style(
    "spot_words_languages",
    "spot buys in other languages: '现货买入 #SOL', '現貨買入', '현물 매수', '現物買い', 'Mua giao ngay', 'شراء فوري', 'خرید اسپات', 'Spot alım' — no leverage, a stop below",
)
@own_stream
def spot_words_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    d.long, d.sign = True, 1
    head, e, t, s = rng.choice(_SPOT_POSTS)
    tps = d.away(rng.randint(2, 3), 0.04)
    sl = d.against(rng.uniform(0.05, 0.1))
    colon = "：" if any("\u3000" <= ch <= "\u9fff" for ch in e) else ": "
    lines = [
        head.format(c=d.base),
        f"{e}{colon}{num(d.entry, d.dec)}",
        f"{t}{colon}" + " / ".join(num(v, d.dec) for v in tps),
        f"{s}{colon}{num(sl, d.dec)}",
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, market="spot"
    )


_LEVERAGE_LABELS = [
    # leverage labels of languages no lexicon held, with the value written without an x
    "Leverec",  # Azerbaijani
    "Иінтірек",  # Kazakh
    "ბერკეტი",  # Georgian
    "Լծակ",  # Armenian
    "Хөшүүрэг",  # Mongolian
    "Levyrage",  # a misspelling
]


@style(
    "leverage_unknown_label_no_x",
    "leverage written without an x under a label no lexicon holds ('Leverec: 20', 'Иінтірек: 20', 'ბერკეტი: 20', 'Լծակ: 20', 'Хөшүүрэг: 20'), English labels for the levels: a whole number under an unknown label is no leverage the parser may guess, and no price — review (expected a leverage of 20 when first measured)",
)
@own_stream
def leverage_unknown_label_no_x(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    label = rng.choice(_LEVERAGE_LABELS)
    lev = rng.choice([5, 10, 20, 25, 50])
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lines = [
        f"#{d.base}USDT {d.side.upper()}",
        f"Entry: {num(d.entry, d.dec)}",
        "TP: " + " / ".join(num(v, d.dec) for v in tps),
        f"SL: {num(sl, d.dec)}",
        f"{label}: {lev}",
    ]
    return "\n".join(lines), {"kind": "needs_review"}


# Fourth set, written after the third set's rules landed and before the parser saw it: entry
# zones joined by the word for "to" of other languages, stops written as a candle-close
# condition in other languages, headers with dates and times as other locales write them,
# labels without a colon in languages no lexicon holds, and sides given only by colour or
# chart icons beside unknown labels.

_RANGE_WORDS = [
    # (template of a zone from a to b): Spanish/Portuguese, German, Czech, Turkish, Swahili,
    # Japanese, Chinese, Thai, Indonesian, Vietnamese
    "entre {a} y {b}",
    "de {a} a {b}",
    "{a} bis {b}",
    "{a} až {b}",
    "{a} ile {b} arası",
    "{a} hadi {b}",
    "{a}から{b}",
    "{a}至{b}",
    "{a} ถึง {b}",
    "{a} sampai {b}",
    "từ {a} đến {b}",
    "{a} ~ {b}",
]


@style(
    "range_words_languages",
    "entry zones joined by the word for 'to' of other languages: 'entre 147.5 y 148.2', 'de 147.5 a 148.2', '147.5 bis 148.2', '147.5 až 148.2', '147.5 ile 148.2 arası', '147.5から148.2', '147.5至148.2', '147.5 ถึง 148.2', 'từ 147.5 đến 148.2'; English labels for the rest",
)
@own_stream
def range_words_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    entries = zone(d, 0.006)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.025, 0.05))
    template = rng.choice(_RANGE_WORDS)
    a, b = num(entries[0], d.dec), num(entries[1], d.dec)
    lines = [
        f"#{d.base}USDT {d.side.upper()}",
        f"{rng.choice(['Entry', 'Entry zone', 'Entrada', 'Einstieg', 'Вход'])}: "
        + template.format(a=a, b=b),
        "TP: " + " / ".join(num(v, d.dec) for v in tps),
        f"SL: {num(sl, d.dec)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


_CLOSE_CONDITIONS = [
    # a stop written as a candle close beyond a price: (below, above) templates
    ("cierre diario por debajo de {p}", "cierre diario por encima de {p}"),
    ("fechamento diário abaixo de {p}", "fechamento diário acima de {p}"),
    ("закрытие дня ниже {p}", "закрытие дня выше {p}"),
    ("Tagesschluss unter {p}", "Tagesschluss über {p}"),
    ("günlük kapanış {p} altı", "günlük kapanış {p} üstü"),
    ("4H đóng nến dưới {p}", "4H đóng nến trên {p}"),
    ("日线收盘跌破 {p}", "日线收盘站上 {p}"),
    ("clôture journalière sous {p}", "clôture journalière au-dessus de {p}"),
]


@style(
    "stop_condition_languages",
    "stops written as a candle close beyond a price in other languages: 'SL: cierre diario por debajo de 144', 'Стоп: закрытие дня ниже 144', 'Stop: Tagesschluss unter 144', 'SL: günlük kapanış 144 altı', '止损: 日线收盘跌破 144', 'Stop : clôture journalière sous 144'",
)
@own_stream
def stop_condition_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    below, above = rng.choice(_CLOSE_CONDITIONS)
    condition = (below if d.long else above).format(p=num(sl, d.dec))
    label = rng.choice(["SL", "Stop", "Stop loss", "Стоп", "止损"])
    colon = "：" if label == "止损" else ": "
    lines = [
        f"#{d.base}USDT {d.side.upper()}",
        f"Entry: {num(d.entry, d.dec)}",
        "TP: " + " / ".join(num(v, d.dec) for v in tps),
        f"{label}{colon}{condition}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


_DATE_LINES = [
    # dates and times as other locales write them: day.month.year, the CJK year-month-day,
    # month names, a time zone after the time
    "📅 {d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}",
    "🗓 {d:02d}.{m:02d}.{yy} | {h:02d}:{mi:02d} (МСК)",
    "{y}年{m}月{d}日 {h:02d}:{mi:02d}",
    "{y}년 {m}월 {d}일",
    "{d} de diciembre de {y}, {h:02d}:{mi:02d} hs",
    "{d}. Dezember {y}, {h:02d}:{mi:02d} Uhr",
    "⏰ {h:02d}:{mi:02d} UTC+3 • {d:02d}/{m:02d}",
    "{d} дек. {y} г.",
]


@style(
    "dates_times_languages",
    "signal headers and footers with dates and times as other locales write them: '📅 05.12.2026 14:30', '2026年12月5日 14:30', '2026년 12월 5일', '5 de diciembre de 2026, 14:30 hs', '5. Dezember 2026, 14:30 Uhr', '⏰ 14:30 UTC+3 • 05/12', '5 дек. 2026 г.' — no prices",
)
@own_stream
def dates_times_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    day, hour, minute = rng.randint(1, 28), rng.randint(0, 23), rng.choice([0, 15, 30, 45])
    date = rng.choice(_DATE_LINES).format(d=day, m=12, y=2026, yy=26, h=hour, mi=minute)
    body = [
        f"#{d.base}USDT {d.side.upper()}",
        f"Entry: {num(d.entry, d.dec)}",
        "Targets: " + " - ".join(num(v, d.dec) for v in tps),
        f"Stop: {num(sl, d.dec)}",
    ]
    if lev:
        body.append(f"Leverage: {lev}x")
    lines = [date, *body] if rng.random() < 0.6 else [*body, date]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


_COLONLESS = [
    # (entry, targets, stop) labels without a colon in languages no lexicon holds
    ("Kuingia", "Lengo", "Hasara"),
    ("Shiga", "Manufa", "Tsayawa"),
    ("Pasukan", "Layunin", "Hinto"),
    ("Iwọle", "Afojusun", "Idaduro"),
    ("Kirish", "Maqsad", "To'xtatish"),
]


@style(
    "colonless_unknown_labels",
    "labels no lexicon holds written without a colon, one per line: 'Kuingia 148.2' / 'Lengo 152 155' / 'Hasara 144'; side words known or not; targets also one per line ('Lengo 152' / 'Lengo 155')",
)
@own_stream
def colonless_unknown_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    e, t, s = rng.choice(_COLONLESS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10])
    side = rng.choice([d.side.upper(), ""])
    lines = [f"#{d.base}USDT {side}".rstrip(), f"{e} {num(d.entry, d.dec)}"]
    if rng.random() < 0.5:
        lines.append(f"{t} " + " ".join(num(v, d.dec) for v in tps))
    else:
        lines += [f"{t} {num(v, d.dec)}" for v in tps]
    lines.append(f"{s} {num(sl, d.dec)}")
    if lev:
        lines.append(f"x{lev}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "icon_side_unknown_labels",
    "the side given only by a colour or chart icon ('🟢', '🔴', '📈', '📉', '⬆️', '⬇️') beside labels no lexicon holds: '🟢 #SOL' / 'Shiga: 148.2' / 'Manufa: 152 - 155' / 'Tsayawa: 144'; one target and one stop go to review",
)
@own_stream
def icon_side_unknown_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    e, t, s = rng.choice(_COLONLESS)
    n = rng.choice([1, 2, 3])
    tps = d.away(n)
    sl = d.against()
    icon = rng.choice(["🟢", "📈", "⬆️"] if d.long else ["🔴", "📉", "⬇️"])
    lines = [
        f"{icon} #{d.base}USDT",
        f"{e}: {num(d.entry, d.dec)}",
        f"{t}: " + " - ".join(num(v, d.dec) for v in tps),
        f"{s}: {num(sl, d.dec)}",
    ]
    if n == 1:
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# Fifth set, written after the fourth set's rule landed and before the parser saw it: the same
# signal posted twice in one message, in English and in a translation (channels that serve two
# audiences), unknown labels with notes after their prices ('Lengo 1: 0.5321 (+2.1%)'),
# unknown labels with a zone joined by a word of their language, and an unknown label that
# names the side on a line of its own ('Mwelekeo: NUNUA').

_TRANSLATED = [
    # (long, short, entry, targets, stop) labels of the translated block
    ("做多", "做空", "入场", "止盈", "止损"),
    ("ЛОНГ", "ШОРТ", "Вход", "Цели", "Стоп"),
    ("شراء", "بيع", "الدخول", "الأهداف", "وقف الخسارة"),
    ("LONG", "SHORT", "Giriş", "Hedefler", "Stop"),
    ("MUA", "BÁN", "Điểm vào", "Chốt lời", "Cắt lỗ"),
    ("NUNUA", "UZA", "Kuingia", "Malengo", "Kikomo"),
]


@style(
    "bilingual_repeat_posts",
    "the same signal twice in one message, in English and then translated (Chinese, Russian, Arabic, Turkish, Vietnamese, Swahili), the levels repeated under the other language's labels, a rule or flag line between",
)
@own_stream
def bilingual_repeat_posts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    long_w, short_w, e, t, s = rng.choice(_TRANSLATED)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10])
    tp_text = " / ".join(num(v, d.dec) for v in tps)
    english = [
        f"#{d.base}USDT {d.side.upper()}",
        f"Entry: {num(d.entry, d.dec)}",
        f"Targets: {tp_text}",
        f"Stop Loss: {num(sl, d.dec)}",
    ]
    if lev:
        english.append(f"Leverage: {lev}x")
    colon = "：" if e in ("入场",) else ": "
    translated = [
        f"#{d.base}USDT {long_w if d.long else short_w}",
        f"{e}{colon}{num(d.entry, d.dec)}",
        f"{t}{colon}{tp_text}",
        f"{s}{colon}{num(sl, d.dec)}",
    ]
    rule = rng.choice(["———", "🇬🇧 ⬆️ | ⬇️ 🌐", "", "- - -"])
    text = (
        "\n".join([*english, rule, *translated]) if rule else "\n".join([*english, "", *translated])
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "unknown_labels_with_notes",
    "labels no lexicon holds with a note after each price: 'Kuingia: 0.5231 (CMP)', 'Lengo 1: 0.5321 (+2.1%)', 'Kikomo: 0.5020 (-4%)'; the side word known or not",
)
@own_stream
def unknown_labels_with_notes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    e, t, s = rng.choice(_COLONLESS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = rng.choice([d.side.upper(), ""])

    def pct(v: float) -> str:
        return f"{100 * (v - d.entry) / d.entry:+.1f}%"

    lines = [f"#{d.base}USDT {side}".rstrip(), f"{e}: {num(d.entry, d.dec)}"]
    lines += [f"{t} {i}: {num(v, d.dec)} ({pct(v)})" for i, v in enumerate(tps, 1)]
    lines.append(f"{s}: {num(sl, d.dec)} ({pct(sl)})")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


_SIDE_LABELS = [
    # (side label, long, short, entry, targets, stop): Swahili, Hausa, Tagalog, Uzbek
    ("Mwelekeo", "NUNUA", "UZA", "Kuingia", "Malengo", "Kikomo"),
    ("Hanya", "SAYA", "SAYAR", "Shiga", "Manufa", "Tsayawa"),
    ("Direksyon", "BUMILI", "MAGBENTA", "Pasukan", "Layunin", "Hinto"),
    ("Yo'nalish", "SOTIB OLISH", "SOTISH", "Kirish", "Maqsadlar", "To'xtatish"),
]


@style(
    "side_label_unknown_words",
    "the side on a line of its own under a label, every word unknown: 'Mwelekeo: NUNUA' / 'Kuingia: a - b' (a zone) / 'Malengo: c - d - e' / 'Kikomo: f'; one target goes to review",
)
@own_stream
def side_label_unknown_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    label, long_w, short_w, e, t, s = rng.choice(_SIDE_LABELS)
    n = rng.choice([1, 2, 3, 3])
    is_zone = rng.random() < 0.5
    entries = zone(d, 0.006) if is_zone else [d.entry]
    tps = d.away(n, 0.02)
    sl = d.round(d.entry * (1 - d.sign * rng.uniform(0.025, 0.05)))
    lines = [
        f"Sarafu: {d.base}/USDT" if label == "Mwelekeo" else f"#{d.base}USDT",
        f"{label}: {long_w if d.long else short_w}",
        f"{e}: " + " - ".join(num(v, d.dec) for v in entries),
        f"{t}: " + " - ".join(num(v, d.dec) for v in tps),
        f"{s}: {num(sl, d.dec)}",
    ]
    if n == 1:
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


# Written after probing the parser with Chinese and Japanese spellings (not a blind round):
# numbers written against the characters around them, as those scripts write them without
# spaces ('入场148.2', '148.2附近', '跌破144', '144美元', '148.2付近', '144割れ').

_GLUED = [
    # (entry, targets, stop) templates around {e}, {t}, {s}
    ("入场：{e}附近", "止盈：{t}", "止损：跌破{s}"),
    ("入场{e}", "止盈{t}", "止损{s}"),
    ("进场：{e}左右", "目标：{t}", "止损：{s}美元"),
    ("開倉價：{e}附近", "停利：{t}", "停損：{s}"),
    ("エントリー：{e}付近", "利確：{t}", "損切り：{s}割れ"),
    ("エントリー{e}", "利確{t}", "損切り{s}"),
]


@style(
    "cjk_glued_numbers",
    "Chinese and Japanese posts with numbers written against the characters around them: '入场148.2', '入场：148.2附近', '止损：跌破144', '止损：144美元', 'エントリー：148.2付近', '損切り：144割れ' (written after probing the parser, not blind)",
)
@own_stream
def cjk_glued_numbers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    e, t, s = rng.choice(_GLUED)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = (
        ("做多" if d.long else "做空")
        if "入" in e or "进" in e or "開" in e
        else ("ロング" if d.long else "ショート")
    )
    lines = [
        f"#{d.base}USDT {side}",
        e.format(e=num(d.entry, d.dec)),
        t.format(t="、".join(num(v, d.dec) for v in tps)),
        s.format(s=num(sl, d.dec)),
    ]
    text = "\n".join(lines)
    if not d.long:  # a short's stop is a break above: 突破 / 超え
        text = text.replace("跌破", "突破").replace("割れ", "超え")
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# Measured once before the parser saw them (README: "Scripts round two"), then developed on.
SCRIPTS_ROUND_TWO = {
    "traditional_chinese_cards",
    "turkish_al_sat_posts",
    "latam_spanish_posts",
    "brazilian_operation_card",
    "gulf_arabic_cards",
    "mixed_language_labels",
    "transliterated_labels",
    "pidgin_taglish_posts",
    "kazakh_azeri_indonesian_wordings",
    "unknown_labels_known_targets",
    "unknown_zone_numbered",
    "margin_mode_languages",
    "market_entry_languages",
    "follow_ups_scripts_round_two",
    "fullwidth_cjk_numbers",
    "native_digit_scripts",
    "inline_unknown_words",
    "spot_words_languages",
    "leverage_unknown_label_no_x",
    "range_words_languages",
    "stop_condition_languages",
    "dates_times_languages",
    "colonless_unknown_labels",
    "icon_side_unknown_labels",
    "bilingual_repeat_posts",
    "unknown_labels_with_notes",
    "side_label_unknown_words",
    "cjk_glued_numbers",
}


# ---- tables, relays and notations: measured once before the parser saw them ----------------
# Researched from Discord–Telegram bridges' issue trackers (custom emojis relayed raw as
# '<:name:id>' / '<a:name:id>', role, user and channel mentions '<@&id>', '<@!id>', '<#id>',
# timestamps '<t:unix:R>', spoilers '||…||', '> ' quotes and embed field names on a line of
# their own), bots that send their cards as monospace tables in a code block (light, heavy,
# double, rounded and ASCII box drawing; a key/value table or a header row over a value row),
# aligned columns whose row labels carry a number ('Target 1', 'TP 2', 'Alvo 1', keycaps, 'T1')
# beside a ratio or a distance, prices printed with a look-alike decimal point (the one-dot
# leader '․' that some bots print to keep Telegram from linking or escaping, MarkdownV2
# escapes leaking as '\.', a middle dot), point distances ('+484 pts', 'Δ 120', '(+2.1%)'),
# indicator and count lines ('Confirmations: 3/4', 'RSI(14): 63', 'Volume: 1.2M', '(≤25)'),
# and market entries written with the price area they fill ('Purchase 0.299–0.30 (market)').
# Every style draws from its own stream (own_stream).

TABLE_MARKETS = ENGLISH_MARKETS
DISCORD_EMOJI_NOISE = [
    "pepe_hype",
    "PepeLaugh",
    "monkaS",
    "fire",
    "rocket",
    "gem",
    "kek",
    "pepeclap",
    "bullish",
    "moon",
]
BOXES = {
    "light": ("┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘", "─", "│"),
    "heavy": ("┏", "┳", "┓", "┣", "╋", "┫", "┗", "┻", "┛", "━", "┃"),
    "double": ("╔", "╦", "╗", "╠", "╬", "╣", "╚", "╩", "╝", "═", "║"),
    "rounded": ("╭", "┬", "╮", "├", "┼", "┤", "╰", "┴", "╯", "─", "│"),
    "ascii": ("+", "+", "+", "+", "+", "+", "+", "+", "+", "-", "|"),
}


def _snowflake(rng: random.Random) -> str:
    """A Discord id: 17 to 19 digits."""
    return str(rng.randint(10**16, 10**19 - 1))


def _spread(d: Draw, n: int, step: float = 0.015) -> list[float]:
    """``n`` distinct targets in the trade's favour, each further than the one before."""
    out: list[float] = []
    for i in range(n):
        value = d.round(d.entry * (1 + d.sign * step * (i + 1) * d.rng.uniform(0.9, 1.1)))
        if out and (value - out[-1]) * d.sign <= 0:
            value = d.round(out[-1] + d.sign * 10 ** (-d.dec) * 3)
        out.append(value)
    return out


def _price_text(d: Draw, value: float, rng_fmt: str) -> str:
    if rng_fmt == "fixed":
        text = f"{value:.{d.dec}f}"
        if value >= 1000:
            whole, _, frac = text.partition(".")
            text = f"{int(whole):,}" + (f".{frac}" if frac else "")
        return text
    return num(value, d.dec, rng_fmt)


def _box(rows: list[list[str]], kind: str, header_rows: int = 0) -> list[str]:
    tl, tm, tr, ml, mm, mr, bl, bm, br, h, v = BOXES[kind]
    widths = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join(h * w for w in widths) + right

    out = [rule(tl, tm, tr)]
    for i, row in enumerate(rows):
        out.append(
            v + v.join(f" {cell:<{w - 2}} " for cell, w in zip(row, widths, strict=True)) + v
        )
        if header_rows and i == header_rows - 1:
            out.append(rule(ml, mm, mr))
    out.append(rule(bl, bm, br))
    return out


@style(
    "discord_bridge_raw",
    "Discord posts relayed raw by a bridge: '<@&id> <a:alert:id> **NEW TRADE**', '<:sol:id> **SOL/USDT** __LONG__', '> **Entry:** …', embed field names on their own line, '||SL: …||' spoilers, 'posted <t:1733412000:R> by <@!id> · <#id>'",
)
@own_stream
def discord_bridge_raw(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    entries = zone(d, 0.005) if rng.random() < 0.4 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    d.entry = far
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20, 25])
    emoji = f"<:{d.token.lower()}:{_snowflake(rng)}>"
    noise = (
        f"<{'a' if rng.random() < 0.5 else ''}:{rng.choice(DISCORD_EMOJI_NOISE)}:{_snowflake(rng)}>"
    )
    head = rng.choice(
        [f"<@&{_snowflake(rng)}>", "@everyone", f"<@&{_snowflake(rng)}> <@&{_snowflake(rng)}>"]
    )
    side = d.side.upper()
    only_emoji = rng.random() < 0.1
    coin = rng.choice(
        [f"**{d.base}/USDT**", f"**${d.base}**", f"**#{d.base}USDT**", f"`{d.base}USDT`"]
    )
    if only_emoji:
        coin_line = f"{emoji} {rng.choice(['**', '__'])}{side}{rng.choice(['**', '__'])} {noise}"
    else:
        coin_line = rng.choice(
            [
                f"{emoji} {coin} — __{side}__",
                f"{coin} {emoji} {rng.choice(['🟢' if d.long else '🔴', ''])} **{side}**",
                f"**{side}** {coin} {emoji}",
            ]
        )
    entry_text = " - ".join(p(v) for v in entries)
    tp_text = rng.choice([" / ", ", ", " | "]).join(p(v) for v in tps)
    quote = "> " if rng.random() < 0.5 else ""
    layout = rng.randrange(3)
    if layout == 0:  # bold labels, one field a line
        body = [f"{quote}**Entry:** {entry_text}"]
        body += (
            [f"{quote}**TP{i}:** {p(v)}" for i, v in enumerate(tps, 1)]
            if rng.random() < 0.5
            else [f"{quote}**Targets:** {tp_text}"]
        )
        body.append(
            f"{quote}**SL:** ||{p(sl)}||" if rng.random() < 0.5 else f"{quote}**SL:** {p(sl)}"
        )
    elif layout == 1:  # embed fields flattened: the field name on its line, the value below
        body = [
            "**Entry**",
            entry_text,
            "**Take Profit**",
            tp_text,
            "**Stop Loss**",
            f"||{p(sl)}||" if rng.random() < 0.5 else p(sl),
        ]
        quote = ""
    else:  # underline labels with icons, targets numbered
        body = [f"{quote}📥 __Entry__: {entry_text}"]
        body += [f"{quote}🎯 __Target {i}__: {p(v)}" for i, v in enumerate(tps, 1)]
        body.append(f"{quote}🛑 __Stop__: {p(sl)}")
    if lev:
        body.append(f"{quote}**Leverage:** {lev}x" if layout != 1 else f"**Leverage**\n{lev}x")
    foot = rng.choice(
        [
            f"Posted <t:{rng.randint(1_733_000_000, 1_736_000_000)}:R> by <@!{_snowflake(rng)}>",
            f"Charts in <#{_snowflake(rng)}> {noise}",
            f"<t:{rng.randint(1_733_000_000, 1_736_000_000)}:f> · react {noise} if you're in",
            f"— <@{_snowflake(rng)}> {noise}",
        ]
    )
    title = rng.choice(["**NEW TRADE**", "**SIGNAL ALERT**", "__New Setup__", "**VIP CALL**"])
    lines = [f"{head} {noise} {title}", coin_line, *body, foot]
    text = "\n".join(lines)
    if only_emoji:
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "box_drawing_table",
    "bot cards as monospace tables in a code block: light, heavy, double, rounded or ASCII box drawing; key/value rows ('│ Target 1 │ 3,360.00 │ +1.5% │') or a header row over a value row ('│ Coin │ Side │ Entry │ TP1 │ SL │')",
)
@own_stream
def box_drawing_table(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["fixed", "plain", "comma"])
    p = lambda v: _price_text(d, v, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 4))
    sl = d.against()
    lev = rng.choice([None, 10, 20, 50])
    kind = rng.choice(list(BOXES))
    pair = rng.choice([f"{d.base}/USDT", f"{d.base}USDT", f"{d.base}USDT.P"])
    vertical = rng.random() < 0.65
    if vertical:
        tp_label = rng.choice(["Target {i}", "TP {i}", "TP{i}", "T{i}", "Take Profit {i}"])
        distance = rng.random() < 0.5
        rows = [["Pair", pair], ["Side", d.side.upper()], ["Entry", p(d.entry)]]
        for i, v in enumerate(tps, 1):
            rows.append([tp_label.format(i=i), p(v)])
        rows.append([rng.choice(["Stop", "Stop Loss", "SL"]), p(sl)])
        if distance:
            for row, value in zip(rows[3:], [*tps, sl], strict=True):
                row.append(f"{(value / d.entry - 1) * 100:+.2f}%")
            for row in rows[:3]:
                row.append("")
        if lev:
            rows.append(["Leverage", f"{lev}x"] + ([""] if distance else []))
        header = 0
        if rng.random() < 0.3:
            rows.insert(0, ["Field", "Value"] + (["Δ"] if distance else []))
            header = 1
        table = _box(rows, kind, header)
    else:
        head = ["Coin", "Side", "Entry"] + [f"TP{i}" for i in range(1, len(tps) + 1)] + ["SL"]
        row = [d.base, d.side.upper(), p(d.entry)] + [p(v) for v in tps] + [p(sl)]
        if lev:
            head.append("Lev")
            row.append(f"{lev}x")
        table = _box([head, row], kind, 1)
    title = rng.choice(
        [
            f"📊 SIGNAL #{rng.randint(100, 9999)}",
            f"{pair} · {rng.choice(['15m', '1H', '4H'])}",
            f"🤖 Auto-signal {rng.randint(1, 28):02d}.12 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} UTC",
            "",
        ]
    )
    fence = rng.random() < 0.7
    lines = (
        ([title] if title else []) + (["```"] if fence else []) + table + (["```"] if fence else [])
    )
    if rng.random() < 0.3:
        lines.append(
            rng.choice(
                [
                    "Not financial advice.",
                    "Manage your risk 🙏",
                    f"Signals today: {rng.randint(2, 9)}",
                ]
            )
        )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "aligned_columns_plan",
    "plans in aligned columns (code block or padded text): 'Target 1   15.070   (1:1.5)', 'TP 2  …  +3.0%', 'Alvo 1', keycap rows '1️⃣  0.5312', 'T1 …', a ratio or distance column, pipes 'TP1 | 15.07 | 1:1.5'",
)
@own_stream
def aligned_columns_plan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["fixed", "plain", "comma"])
    p = lambda v: _price_text(d, v, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(2, 4), 0.012)
    sl = d.against()
    lev = rng.choice([None, 5, 10, 15])
    portuguese = rng.random() < 0.25
    if portuguese:
        entry_label, tp_label, stop_label = (
            "Entrada",
            rng.choice(["Alvo {i}", "Alvo{i}"]),
            rng.choice(["Stop", "Stop Loss"]),
        )
        side = "COMPRA" if d.long else "VENDA"
    else:
        entry_label = rng.choice(["Entry", "Entry price", "Buy" if d.long else "Sell"])
        tp_label = rng.choice(["Target {i}", "TP {i}", "TP{i}", "T{i}", "{k}", "Target #{i}"])
        stop_label = rng.choice(["Stop", "Stop-loss", "SL", "Invalidation"])
        side = d.side.upper()
    extra = rng.choice(["ratio", "percent", "none", "rr"])
    risk = abs(d.entry - sl)
    keycaps = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"]

    def extra_text(value: float) -> str:
        if extra == "ratio":
            return f"(1:{abs(value - d.entry) / risk:.1f})"
        if extra == "rr":
            return f"RR 1:{abs(value - d.entry) / risk:.1f}"
        if extra == "percent":
            return f"{(value / d.entry - 1) * 100:+.1f}%"
        return ""

    rows = [[entry_label, p(d.entry), ""]]
    for i, v in enumerate(tps, 1):
        rows.append([tp_label.format(i=i, k=keycaps[i - 1]), p(v), extra_text(v)])
    rows.append(
        [stop_label, p(sl), f"{(sl / d.entry - 1) * 100:+.1f}%" if extra == "percent" else ""]
    )
    pipes = rng.random() < 0.3
    width = max(len(r[0]) for r in rows) + 3
    pw = max(len(r[1]) for r in rows) + 3
    body = []
    for label, value, note in rows:
        if pipes:
            body.append(" | ".join(x for x in (label, value, note) if x))
        else:
            body.append(f"{label:<{width}}{value:<{pw}}{note}".rstrip())
    lev_text = f"{lev}x" if lev else ""
    head = rng.choice(
        [
            f"#{d.base}/USDT  {side}  {lev_text}".rstrip(),
            f"{side} ${d.base} {('(' + lev_text + ')') if lev else ''}".rstrip(),
            f"{d.base}USDT — {side.title()}{(' · ' + lev_text) if lev else ''}",
        ]
    )
    fence = not pipes and rng.random() < 0.5
    lines = [head] + (["```"] if fence else []) + body + (["```"] if fence else [])
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "lookalike_decimal_points",
    "prices printed with a look-alike decimal point: the one-dot leader ('0․12340', '63,450․5'), MarkdownV2 escapes leaking ('0\\.1234 \\(\\-2\\.3%\\)'), a middle dot between digits ('148·20'), with ' · ' also separating list items",
)
@own_stream
def lookalike_decimal_points(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    while d.dec == 0:
        d = Draw(rng, TABLE_MARKETS)
    mark = rng.choice(["\u2024", "\u2024", "\\.", "\u00b7"])
    fmt = rng.choice(["plain", "comma"])
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])

    def p(value: float) -> str:
        text = num(value, d.dec, fmt)
        if "." not in text:  # a whole price: print it with the bot's fixed decimals
            text += "." + "0" * max(1, min(d.dec, 2))
        return text.replace(".", mark)

    def pct(value: float) -> str:
        text = f"({(value / d.entry - 1) * 100:+.1f}%)".replace(".", mark)
        if mark == "\\.":
            text = (
                text.replace("(", "\\(").replace(")", "\\)").replace("-", "\\-").replace("+", "\\+")
            )
        return text

    bang = "\\!" if mark == "\\." else "!"
    layout = rng.randrange(3)
    if layout == 0:
        lines = [
            f"🔔 {d.base}/USDT {'·' if mark != chr(183) else '|'} {d.side.upper()}{bang}",
            f"Entry: {p(d.entry)}",
            *[f"TP{i}: {p(v)} {pct(v)}" for i, v in enumerate(tps, 1)],
            f"SL: {p(sl)} {pct(sl)}",
        ]
    elif layout == 1:
        sep = " · " if mark != "\u00b7" else " / "
        lines = [
            f"#{d.base}USDT {d.side.title()}",
            f"Entry {p(d.entry)}",
            f"Targets {sep.join(p(v) for v in tps)}",
            f"Stop {p(sl)}",
        ]
    else:
        lines = [
            f"{'🟢' if d.long else '🔴'} *{d.side.upper()} {d.base}*",
            f"*Entry price:* `{p(d.entry)}`",
            f"*Take profit:* `{' – '.join(p(v) for v in tps)}`"
            if len(tps) == 1
            else f"*Take profit:* `{', '.join(p(v) for v in tps)}`",
            f"*Stop loss:* `{p(sl)}`",
        ]
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "point_distance_card",
    "targets and stops with their distance in points, ticks, pips or R: 'TP1 63,000 (−450 pts)', '+484 pts', 'Δ 120', '[+35 points]', '→ +1.5R', a 'Risk: 450 pts | Reward: 950 pts' line",
)
@own_stream
def point_distance_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3), 0.01)
    sl = d.against(rng.uniform(0.008, 0.03))
    lev = rng.choice([None, 10, 25])
    tick = 10 ** (-d.dec)
    unit = rng.choice(["pts", "points", "ticks", "Δ", "R", "pips"])
    risk = abs(d.entry - sl)

    def dist(value: float) -> str:
        pts = round(abs(value - d.entry) / tick)
        signed = "+" if (value - d.entry) * d.sign > 0 else "−"
        if unit == "Δ":
            return f"Δ {pts}"
        if unit == "R":
            return f"→ {signed}{abs(value - d.entry) / risk:.1f}R"
        return rng.choice(
            [f"({signed}{pts} {unit})", f"[{signed}{pts} {unit}]", f"{signed}{pts} {unit}"]
        )

    head = rng.choice(
        [
            f"{d.base}USDT {d.side.upper()} @ {p(d.entry)}",
            f"⚡ {d.side.title()} #{d.base} — entry {p(d.entry)}",
            f"{d.base}/USDT\n{d.side.upper()}\nEntry {p(d.entry)}",
        ]
    )
    lines = [head]
    lines += [f"{rng.choice(['TP', 'Target '])}{i} {p(v)} {dist(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL {p(sl)} {dist(sl)}")
    if unit not in ("R", "Δ") and rng.random() < 0.5:
        lines.append(
            f"Risk: {round(risk / tick)} {unit} | Reward: {round(abs(tps[-1] - d.entry) / tick)} {unit}"
        )
    if lev:
        lines.append(f"Lev {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "indicator_value_lines",
    "signals followed by indicator and count lines: 'Confirmations: 3/4', 'RSI(14): 63', 'Volume: 1.2M', 'ADX 27.4 (≥25)', 'ATR(14): 1.85', 'Funding: 0.010%', 'Score 8/10', 'Leverage Note: Moderate (5–10x)'",
)
@own_stream
def indicator_value_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    atr = d.round(d.entry * rng.uniform(0.006, 0.02))
    lev_form = rng.randrange(3)
    lo, hi = rng.choice([(3, 5), (5, 10), (10, 20), (2, 3)])
    lev_line = [
        f"Leverage Note: {rng.choice(['Moderate', 'Low', 'Conservative'])} ({lo}–{hi}x)",
        f"Leverage: {hi}x",
        "",
    ][lev_form]
    lev = hi if lev_form < 2 else None
    indicators = [
        f"Confirmations: {rng.randint(2, 4)}/4",
        f"RSI(14): {rng.randint(28, 72)}",
        f"Volume: {rng.uniform(0.2, 9.9):.1f}{rng.choice(['M', 'B', 'K'])}",
        f"ADX: {rng.uniform(18, 40):.1f} (≥25 trending)",
        f"ATR(14): {num(atr, d.dec)}",
        f"Funding: {rng.uniform(-0.02, 0.03):.3f}%",
        f"Stoch RSI: {rng.randint(10, 90)} (≤20 oversold)",
        f"Signals agree: {rng.randint(3, 5)} of 5",
        f"Open interest: {rng.uniform(1, 9):.1f}B",
        "(≤25)",
        f"Win rate (30d): {rng.randint(55, 80)}%",
        f"Timeframe: {rng.choice(['15m', '1H', '4H'])}",
    ]
    picked = rng.sample(indicators, rng.randint(3, 5))
    score = rng.choice([None, 6, 7, 8, 9])
    if score:
        picked.append(f"Score {score}/10")
    tp_line = rng.choice(
        [
            "Targets: " + " / ".join(p(v) for v in tps),
            "\n".join(f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)),
        ]
    )
    lines = [
        f"{'📈' if d.long else '📉'} {d.base}/USDT — {d.side.upper()} setup",
        f"Entry: {p(d.entry)}",
        tp_line,
        f"Stop: {p(sl)}",
    ]
    if lev_line:
        lines.append(lev_line)
    lines.append(rng.choice(["────────", "— indicators —", "📊 Indicators", ""]))
    lines += picked
    fields: dict[str, Any] = {
        "entries": [d.entry],
        "take_profits": tps,
        "stop_loss": sl,
        "leverage": lev,
    }
    fields["confidence"] = score / 10 if score else None
    return "\n".join(x for x in lines if x), signal(d, **fields)


@style(
    "market_entry_with_area",
    "market entries written with the price area they fill: 'Purchase 0.299–0.30 (market)', 'Entry: market (≈ 148.2–148.6)', 'Buy now at market, around 0.4512', 'Entry: CMP (0.4512 - 0.4530)', 'Покупка по рынку (…)'",
)
@own_stream
def market_entry_with_area(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    area = zone(d, 0.003)
    lo, hi = area
    near = d.entry
    tps = _spread(d, rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.03, 0.05))
    lev = rng.choice([None, 5, 10])
    buy = "Purchase" if d.long else "Sale"
    form = rng.randrange(7)
    entry_line = [
        f"{buy} {p(lo)}–{p(hi)} (market)",
        f"Entry: market (≈ {p(lo)}–{p(hi)})",
        f"Entry: Market price (around {p(near)})",
        f"{'Buy' if d.long else 'Sell'} now at market, around {p(near)}",
        f"Entry: CMP ({p(lo)} - {p(hi)})",
        f"Enter at market ~{p(near)}",
        f"{'Покупка' if d.long else 'Продажа'} по рынку ({p(lo)}–{p(hi)})",
    ][form]
    russian = form == 6
    head = rng.choice(
        [f"#{d.base}/USDT", f"${d.base} {d.side.upper()}", f"{d.base}USDT — {d.side.title()}"]
    )
    if russian:
        head = f"#{d.base}/USDT {'ЛОНГ' if d.long else 'ШОРТ'}"
        tp_line = "Цели: " + " / ".join(p(v) for v in tps)
        stop_line = f"Стоп: {p(sl)}"
        lev_line = f"Плечо: {lev}x" if lev else ""
    else:
        tp_line = rng.choice(["Target ", "Targets: ", "TP "]) + " / ".join(p(v) for v in tps)
        stop_line = rng.choice(["Stop ", "SL: ", "Stop loss: "]) + p(sl)
        lev_line = f"Leverage {lev}x" if lev else ""
    lines = [head, entry_line, tp_line, stop_line, lev_line]
    return "\n".join(x for x in lines if x), signal(
        d, order_type="market", entries=[], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "relayed_updates_and_tables",
    "not new signals: weekly results as a box table ('│ SOL │ LONG │ +12.4% │'), Discord-relayed updates ('<@&id> <:eth:id> **ETH** TP1 hit ✅ +484 pts', '||Move SL to entry||'), Discord talk with ids ('gm <:pepe_hype:id>', 'charts in <#id>')",
)
@own_stream
def relayed_updates_and_tables(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    form = rng.randrange(5)
    role = f"<@&{_snowflake(rng)}>"
    emoji = f"<:{d.token.lower()}:{_snowflake(rng)}>"
    noise = f"<a:{rng.choice(DISCORD_EMOJI_NOISE)}:{_snowflake(rng)}>"
    if form == 0:
        coins = rng.sample(["BTC", "ETH", "SOL", "DOGE", "WIF", "LINK", "AVAX", "PEPE"], 4)
        rows = [["Coin", "Side", "Result"]]
        for c in coins:
            rows.append(
                [
                    c,
                    rng.choice(["LONG", "SHORT"]),
                    f"{rng.choice(['+', '-'])}{rng.uniform(1, 40):.1f}%",
                ]
            )
        text = "\n".join(
            [
                f"📅 Week {rng.randint(40, 52)} results",
                "```",
                *_box(rows, rng.choice(list(BOXES)), 1),
                "```",
                f"Total: +{rng.uniform(20, 90):.1f}%",
            ]
        )
        return text, {"kind": "not_signal"}
    if form == 1:
        n = rng.randint(1, 3)
        pts = rng.randint(80, 900)
        text = f"{role} {emoji} **{d.base}** TP{n} hit ✅ +{pts} pts {noise}"
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 2:
        text = f"{role} {emoji} **{d.base}/USDT** update\n> ||Move SL to entry|| 🔒"
        return text, fu(d.base, "stop_moved", stop_to_entry=True)
    if form == 3:
        text = rng.choice(
            [
                f"gm gm {noise} who's ready for today",
                f"New charts in <#{_snowflake(rng)}> {noise}",
                f"<@!{_snowflake(rng)}> check your DMs {noise}",
                f"Stream starts <t:{rng.randint(1_733_000_000, 1_736_000_000)}:R> {noise}",
            ]
        )
        return text, {"kind": "not_signal"}
    text = f"{role} {emoji} **{d.base}** closed ✅ {noise}\nResult: +{rng.randint(80, 900)} pts"
    return text, fu(d.base, "close", close_fraction=1.0)


# ---- tables, relays and notations, second set: measured once before the parser saw it -----
# Written after the first set's rules: Discord embed cards ('SOL | Long 🟢' titles, status and
# re-entry lines, custom emojis standing for the labels '<:tp1:…>'), Discord code blocks
# (```diff with '+'/'-' lines, ```ansi with colour escapes, ```yaml), markdown key/value tables
# ('| Parameter | Value |' over '|:---|---:|'), thousands written with an apostrophe or a thin
# space ("63'450.5", '63 450.5'), information lines that carry real prices but no level
# ('Liq. price', '24h High / Low', 'ATH', 'Last close'), and updates relayed the same ways.


def _lab_emoji(name: str, rng: random.Random) -> str:
    return f"<{'a' if rng.random() < 0.2 else ''}:{name}:{_snowflake(rng)}>"


@style(
    "discord_embed_cards",
    "Discord embed cards relayed as text: 'SOL | Long 🟢' title, '**Entry:** `148.2`', custom emojis standing for labels ('<:tp1:…> 152.5', '<:sl:…> 144'), 'Status: Active 🟩 – trade is still running', 'Valid re-entry: No', a brand footer",
)
@own_stream
def discord_embed_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    code = rng.random() < 0.5
    q = (lambda v: f"`{p(v)}`") if code else p
    title = f"{d.base} | {d.side.title()} {'🟢' if d.long else '🔴'}"
    emoji_labels = rng.random() < 0.5
    if emoji_labels:
        body = [f"{_lab_emoji('entry', rng)} {q(d.entry)}"]
        body += [f"{_lab_emoji(f'tp{i}', rng)} {q(v)}" for i, v in enumerate(tps, 1)]
        body.append(f"{_lab_emoji(rng.choice(['sl', 'stoploss', 'stop']), rng)} {q(sl)}")
    else:
        body = [f"**Entry:** {q(d.entry)}", f"**Stop Loss:** {q(sl)}"]
        body += [f"**TP{i}:** {q(v)}" for i, v in enumerate(tps, 1)]
    if lev:
        body.append(f"**Leverage:** {lev}x")
    status = rng.choice(
        [
            "Status: Active 🟩 – trade is still running",
            "Status: Running (valid entry)",
            "Status: Pending ⏳",
        ]
    )
    foot = f"{rng.choice(['JV Trades', 'Alpha Desk', 'Sigma Calls'])} • {rng.choice(['Valid re-entry: No', 'Valid re-entry: Yes', 'Risk: 1%'])}"
    lines = [
        f"<@&{_snowflake(rng)}>" if rng.random() < 0.5 else "@everyone",
        title,
        *body,
        status,
        foot,
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


ESC = "\x1b"


@style(
    "discord_code_blocks",
    "signals in Discord code blocks: ```diff with '+ LONG ETHUSDT' / '+ TP1: …' / '- SL: …' lines, ```ansi with colour escapes ('\\x1b[2;32mLONG\\x1b[0m'), ```yaml 'entry: 3412.5' / 'targets: [3450, 3490]'",
)
@own_stream
def discord_code_blocks(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    p = lambda v: num(v, d.dec)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 25])
    kind = rng.choice(["diff", "diff", "ansi", "yaml"])
    side = d.side.upper()
    if kind == "diff":
        body = [f"+ {side} {d.base}USDT", f"+ Entry: {p(d.entry)}"]
        body += [f"+ TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
        body.append(f"- SL: {p(sl)}")
        if lev:
            body.append(f"! Leverage: {lev}x")
    elif kind == "ansi":
        colour = "32" if d.long else "31"
        body = [
            f"{ESC}[2;{colour}m{side}{ESC}[0m {ESC}[1;37m{d.base}/USDT{ESC}[0m",
            f"{ESC}[2;34mEntry{ESC}[0m  {p(d.entry)}",
            f"{ESC}[2;32mTargets{ESC}[0m  " + " / ".join(p(v) for v in tps),
            f"{ESC}[2;31mStop{ESC}[0m  {p(sl)}",
        ]
        if lev:
            body.append(f"{ESC}[2;33mLeverage{ESC}[0m  {lev}x")
    else:
        body = [f"pair: {d.base}USDT", f"side: {d.side}", f"entry: {p(d.entry)}"]
        body.append("targets: [" + ", ".join(p(v) for v in tps) + "]")
        body.append(f"stop: {p(sl)}")
        if lev:
            body.append(f"leverage: {lev}")
    head = rng.choice(["📡 New signal", f"<@&{_snowflake(rng)}>", "**AUTO SIGNAL**", ""])
    lines = ([head] if head else []) + [f"```{kind}", *body, "```"]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "markdown_key_value_table",
    "markdown tables of one signal's fields: '| Parameter | Value |' over '|:---|---:|', rows '| Entry | 63,450 |', '| Target 1 | 64,200 |'; a third 'Note' column ('+1.2%', 'R 1.5'); a two-signal table goes to review",
)
@own_stream
def markdown_key_value_table(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma", "fixed"])
    p = lambda v: _price_text(d, v, fmt)  # noqa: E731
    if rng.random() < 0.12:  # two signals in one table
        other = Draw(rng, TABLE_MARKETS)
        while other.base == d.base:
            other = Draw(rng, TABLE_MARKETS)
        rows = ["| Coin | Side | Entry | TP | SL |", "|---|---|---|---|---|"]
        for x in (d, other):
            q = lambda v, x=x: num(v, x.dec)  # noqa: E731
            rows.append(
                f"| {x.base} | {x.side.upper()} | {q(x.entry)} | {q(x.away(1)[0])} | {q(x.against())} |"
            )
        return "\n".join(["Today's two setups 👇", *rows]), {"kind": "needs_review"}
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    header = rng.choice(["Parameter", "Field", "Key", "Item", ""])
    note = rng.random() < 0.4
    rows = [
        f"| {header} | Value |" + (" Note |" if note else ""),
        "|:---|---:|" + ("---|" if note else ""),
    ]

    def row(label: str, value: str, extra: str = "") -> str:
        return f"| {label} | {value} |" + (f" {extra} |" if note else "")

    rows.append(row("Pair", f"{d.base}/USDT"))
    rows.append(row("Direction", d.side.upper()))
    rows.append(row("Entry", p(d.entry)))
    label = rng.choice(["Target {i}", "TP {i}", "TP{i}"])
    for i, v in enumerate(tps, 1):
        rows.append(row(label.format(i=i), p(v), f"{(v / d.entry - 1) * 100:+.1f}%"))
    rows.append(row("Stop Loss", p(sl), f"{(sl / d.entry - 1) * 100:+.1f}%"))
    if lev:
        rows.append(row("Leverage", f"{lev}x"))
    return "\n".join([rng.choice(["📋 Trade plan", "**New setup**", ""]), *rows]).strip(
        "\n"
    ), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "apostrophe_thin_space_thousands",
    "thousands written with an apostrophe or a thin space: Swiss \"63'450.5\", '63’450', '3 412.50' (U+2009), '63 450' (U+2007 figure space), beside plain small prices",
)
@own_stream
def apostrophe_thin_space_thousands(rng: random.Random) -> tuple[str, dict[str, Any]]:
    big = [m for m in TABLE_MARKETS if m[2] >= 500] + [
        ("BTC", "BTC", 63450.0, 1),
        ("ETH", "ETH", 3412.0, 2),
    ]
    d = Draw(rng, big)
    sep = rng.choice(["'", "\u2019", "\u2009", "\u2007"])
    tps = _spread(d, rng.randint(1, 3), 0.01)
    sl = d.against(rng.uniform(0.01, 0.03))
    lev = rng.choice([None, 10, 25])

    def p(v: float) -> str:
        text = num(v, d.dec)
        whole, _, frac = text.partition(".")
        if len(whole) > 3:
            whole = f"{int(whole):,}".replace(",", sep)
        return whole + (f".{frac}" if frac else "")

    layout = rng.randrange(2)
    if layout == 0:
        lines = [
            f"{d.base}/USDT {d.side.upper()}",
            f"Entry: {p(d.entry)}",
            "Targets: " + " - ".join(p(v) for v in tps),
            f"Stop: {p(sl)}",
        ]
    else:
        lines = (
            [f"#{d.base} {d.side.title()} @ {p(d.entry)}"]
            + [f"TP{i} {p(v)}" for i, v in enumerate(tps, 1)]
            + [f"SL {p(sl)}"]
        )
    if lev:
        lines.append(f"Lev x{lev}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "price_information_lines",
    "signals beside lines that carry real prices but no level: 'Liq. price: 140.52', '24h High: 151.2 | Low: 144.8', 'ATH: 260', 'Last close: 147.9', 'Mark: 148.1', 'Market cap: $4.1B', 'Accuracy: 87%', 'Holding time: 6–12h'",
)
@own_stream
def price_information_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([10, 20, 25])
    liq = d.round(d.entry * (1 - d.sign * 0.9 / lev))
    hi = d.round(d.entry * rng.uniform(1.01, 1.04))
    lo = d.round(d.entry * rng.uniform(0.96, 0.99))
    info = [
        f"Liq. price: {p(liq)}",
        f"24h High: {p(hi)} | Low: {p(lo)}",
        f"ATH: {p(d.round(d.entry * rng.uniform(1.6, 4)))}",
        f"Last close: {p(d.round(d.entry * rng.uniform(0.995, 1.005)))}",
        f"Market cap: ${rng.uniform(0.2, 90):.1f}B",
        f"Accuracy: {rng.randint(70, 95)}%",
        f"Holding time: {rng.choice(['6–12h', '1-3 days', '4h'])}",
        f"24h change: {rng.uniform(-6, 6):+.2f}%",
    ]
    picked = rng.sample(info, rng.randint(2, 4))
    lines = [
        f"{'🟢' if d.long else '🔴'} {d.side.upper()} {d.base}USDT",
        f"Entry: {p(d.entry)}",
        "Take profit: " + ", ".join(p(v) for v in tps),
        f"Stop loss: {p(sl)}",
        f"Leverage: {lev}x",
        "—",
        *picked,
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "relayed_update_formats",
    "updates relayed the same ways: a target-status table ('│ TP1 │ 64,200 │ ✅ │', '│ TP2 │ 65,000 │ ⏳ │'), a custom emoji for the target ('<:tp2:…> hit ✅'), a ```diff block ('+ TP2 HIT +950 pts'), a spoilered stop move ('||SL moved to entry||'), and talk",
)
@own_stream
def relayed_update_formats(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    p = lambda v: num(v, d.dec, "comma")  # noqa: E731
    form = rng.randrange(5)
    tps = _spread(d, 3)
    if form == 0:
        hit = rng.randint(1, 2)
        rows = [[f"TP{i}", p(v), "✅" if i <= hit else "⏳"] for i, v in enumerate(tps, 1)]
        text = "\n".join(
            [
                f"#{d.base}USDT {d.side.upper()} — update",
                "```",
                *_box(rows, rng.choice(list(BOXES))),
                "```",
            ]
        )
        # a board of targets with their prices: the hit's price is on its row
        return text, fu(d.base, "target_hit", target_index=hit, price=tps[hit - 1])
    if form == 1:
        n = rng.randint(1, 3)
        return (
            f"{_lab_emoji(d.token.lower(), rng)} **{d.base}** {_lab_emoji(f'tp{n}', rng)} hit ✅",
            fu(d.base, "target_hit", target_index=n),
        )
    if form == 2:
        n = rng.randint(1, 3)
        text = "\n".join(
            ["```diff", f"+ {d.base}USDT TP{n} HIT +{rng.randint(80, 900)} pts", "```"]
        )
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 3:
        return f"**{d.base}/USDT** ||SL moved to entry|| 🔒", fu(
            d.base, "stop_moved", stop_to_entry=True
        )
    return rng.choice(
        [
            f"```diff\n+ Weekly: +{rng.randint(20, 90)}%\n- Losses: {rng.randint(1, 4)}\n```",
            f"Charts updated in <#{_snowflake(rng)}> {_lab_emoji('chart', rng)}",
            f"{_lab_emoji('pepe_hype', rng)} who's still in {d.base}?",
        ]
    ), {"kind": "not_signal"}


# ---- tables, relays and notations, third set: measured once before the parser saw it ------
# Written after the second set's rules: Telegram HTML left raw by a bot that sent without its
# parse mode ('<b>Entry:</b> <code>148.2</code>', '&lt;', '<tg-spoiler>'), fields on one
# line between bars or bullets ('ENTRY 148.2 ┃ TP 152 / 155 ┃ SL 144 ┃ 10x'), table rows that
# hold a list ('│ Targets │ 152.0 │ 155.0 │ 158.0 │') or a zone in two cells, prices glued to
# their quote or written with '↔' / '…' ranges, markdown links and chart links with digits,
# and updates relayed in HTML.


@style(
    "telegram_html_raw",
    "Telegram HTML left raw: '<b>🟢 LONG</b> <code>SOLUSDT</code>', '<b>Entry:</b> <code>148.2</code>', '<i>TP1</i>: 152.5', '<tg-spoiler>144</tg-spoiler>', 'SL &lt; 144 on 4h close' notes, '<a href=\"https://t.me/c/1834567890/4521\">chart</a>'",
)
@own_stream
def telegram_html_raw(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    side = d.side.upper()
    code = rng.random() < 0.6
    c = (lambda v: f"<code>{p(v)}</code>") if code else p
    lines = [f"<b>{'🟢' if d.long else '🔴'} {side}</b> <code>{d.base}USDT</code>"]
    lines.append(f"<b>Entry:</b> {c(d.entry)}")
    if rng.random() < 0.5:
        lines += [f"<i>TP{i}</i>: {c(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines.append(
            "<b>Targets:</b> " + " &amp; ".join(c(v) for v in tps)
            if len(tps) == 2
            else "<b>Targets:</b> " + ", ".join(c(v) for v in tps)
        )
    stop = f"<tg-spoiler>{p(sl)}</tg-spoiler>" if rng.random() < 0.3 else c(sl)
    lines.append(f"<b>Stop:</b> {stop}")
    if lev:
        lines.append(f"<b>Leverage:</b> {lev}x")
    lines.append(
        rng.choice(
            [
                f'<a href="https://t.me/c/{rng.randint(1_000_000_000, 1_999_999_999)}/{rng.randint(100, 9999)}">chart</a>',
                "<i>Risk &lt;= 1% per trade</i>",
                "<blockquote>Not financial advice</blockquote>",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "one_line_field_strip",
    "all fields on one line between bars or bullets: 'ENTRY 148.2 ┃ TP 152 / 155 ┃ SL 144 ┃ 10x', '#SOL LONG • Entry: 148.2 • TP: 152 • SL: 144 • Risk 1% • R:R 1:2.4', '⟶' between fields",
)
@own_stream
def one_line_field_strip(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    sep = rng.choice([" ┃ ", " • ", " | ", " ⟶ ", " ◆ "])
    parts = [
        f"#{d.base} {d.side.upper()}",
        f"{rng.choice(['ENTRY', 'Entry:', 'Entry'])} {p(d.entry)}",
        f"{rng.choice(['TP', 'TP:', 'Targets'])} {' / '.join(p(v) for v in tps)}",
        f"{rng.choice(['SL', 'SL:', 'Stop'])} {p(sl)}",
    ]
    if lev:
        parts.append(f"{lev}x")
    if rng.random() < 0.5:
        parts.append(rng.choice(["Risk 1%", "R:R 1:2.4", "Size 2%"]))
    return sep.join(parts), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "table_rows_with_lists",
    "box and markdown tables whose rows hold lists: '│ Targets │ 152.0 │ 155.0 │ 158.0 │', an entry zone in two cells '│ Entry zone │ 147.5 │ 148.2 │', '│ Stop │ 144.0 │ -2.8% │'",
)
@own_stream
def table_rows_with_lists(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["fixed", "plain"])
    p = lambda v: _price_text(d, v, fmt)  # noqa: E731
    entries = zone(d, 0.005) if rng.random() < 0.5 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    d.entry = far
    tps = _spread(d, 3)
    sl = d.against()
    width = 4
    rows = [["Pair", f"{d.base}/USDT", "", ""], ["Side", d.side.upper(), "", ""]]
    if len(entries) == 2:
        rows.append(["Entry zone", p(entries[0]), p(entries[1]), ""])
    else:
        rows.append(["Entry", p(entries[0]), "", ""])
    rows.append([rng.choice(["Targets", "TPs", "Take profit"]), *[p(v) for v in tps]])
    rows.append(["Stop", p(sl), f"{(sl / far - 1) * 100:+.1f}%", ""])
    rows = [r + [""] * (width - len(r)) for r in rows]
    if rng.random() < 0.5:
        table = _box(rows, rng.choice(list(BOXES)))
        text = "\n".join(["```", *table, "```"])
    else:
        text = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "glued_quotes_and_ranges",
    "prices glued to their quote or sign ('148.2USDT', '0.4512$', '63,450.5 USDT', 'USDT 148.2'), zones written '148.2 ↔ 148.6', '148.2…148.6', '147.5 ~ 148.2'",
)
@own_stream
def glued_quotes_and_ranges(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    raw = lambda v: num(v, d.dec, fmt)  # noqa: E731
    glue = rng.choice(["{}USDT", "{}$", "{} USDT", "${}", "{} usdt"])
    p = lambda v: glue.format(raw(v))  # noqa: E731
    entries = zone(d, 0.004) if rng.random() < 0.6 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    d.entry = far
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    joiner = rng.choice([" ↔ ", "…", " ~ ", " — "])
    entry_text = joiner.join(p(v) for v in entries)
    lines = [
        f"{d.base}USDT {d.side.upper()}",
        f"Entry {'zone' if len(entries) == 2 else ''}: {entry_text}".replace(" :", ":"),
        "Targets: " + ", ".join(p(v) for v in tps),
        f"Stop: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "markdown_links_and_charts",
    "signals with markdown and chart links carrying digits: '[SOLUSDT](https://www.tradingview.com/chart/aB12cD34/?symbol=BINANCE%3ASOLUSDT.P)', '![chart](https://i.imgur.com/1733412000.png)', 'Chart: tradingview.com/x/AbC12345/', '(source: t.me/c/1834567890/4521)'",
)
@own_stream
def markdown_links_and_charts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    code = "".join(rng.choice("aBcD1234eFgH5678") for _ in range(8))
    head = rng.choice(
        [
            f"[{d.base}USDT](https://www.tradingview.com/chart/{code}/?symbol=BINANCE%3A{d.base}USDT.P) {d.side.upper()}",
            f"**{d.side.upper()} [{d.base}](https://www.binance.com/en/futures/{d.base}USDT)**",
            f"{d.side.upper()} #{d.base} ![chart](https://i.imgur.com/{rng.randint(1_700_000_000, 1_799_999_999)}.png)",
        ]
    )
    lines = [head, f"Entry: {p(d.entry)}", "TP: " + " / ".join(p(v) for v in tps), f"SL: {p(sl)}"]
    if lev:
        lines.append(f"Lev: {lev}x")
    lines.append(
        rng.choice(
            [
                f"Chart: tradingview.com/x/{code}/",
                f"(source: t.me/c/{rng.randint(1_000_000_000, 1_999_999_999)}/{rng.randint(100, 9999)})",
                f"[Open on Bybit](https://www.bybit.com/trade/usdt/{d.base}USDT?ref={rng.randint(10000, 99999)})",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "html_relayed_updates",
    "updates and talk relayed in HTML or with links: '<b>TP2 HIT</b> ✅ <code>SOLUSDT</code>', '<code>ETHUSDT</code> stop moved to <code>3,380</code>', '[SOL](https://…) closed ✅', '<i>gm</i> &amp; good luck'",
)
@own_stream
def html_relayed_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    p = lambda v: num(v, d.dec, "comma")  # noqa: E731
    form = rng.randrange(4)
    if form == 0:
        n = rng.randint(1, 3)
        return f"<b>TP{n} HIT</b> ✅ <code>{d.base}USDT</code>", fu(
            d.base, "target_hit", target_index=n
        )
    if form == 1:
        new = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.01)))
        return f"<code>{d.base}USDT</code> stop moved to <code>{p(new)}</code>", fu(
            d.base, "stop_moved", new_stop=new
        )
    if form == 2:
        return (
            f"[{d.base}](https://www.tradingview.com/chart/{rng.randint(10000, 99999)}/) closed ✅",
            fu(d.base, "close", close_fraction=1.0),
        )
    return rng.choice(
        [
            "<i>gm</i> &amp; good luck today",
            f'<b>Weekly recap</b> in <a href="https://t.me/c/{rng.randint(1_000_000_000, 1_999_999_999)}/{rng.randint(100, 999)}">this post</a>',
            "&lt;3 thanks for the support",
        ]
    ), {"kind": "not_signal"}


# ---- tables, relays and notations, fourth set: measured once before the parser saw it -----
# The same families in the other languages channels write: box tables with Russian, Spanish,
# Portuguese, Turkish and Vietnamese row labels (decimal commas where those channels write
# them), market entries with their area in those languages, indicator and count lines in
# them ('Подтверждения: 3/4', 'Confirmaciones: 3 de 4'), MarkdownV2 escapes all over a card
# ('\\#SOL \\| LONG', 'Entry\\: 148\\.2'), and Discord posts quoted whole under a mention.

_LOCAL_TABLE = [
    # (entry, target n, stop, leverage, long, short, decimal comma)
    ("Вход", "Цель {i}", "Стоп", "Плечо", "ЛОНГ", "ШОРТ", True),
    ("Entrada", "Objetivo {i}", "Stop", "Apalancamiento", "LARGO", "CORTO", True),
    ("Entrada", "Alvo {i}", "Stop", "Alavancagem", "COMPRA", "VENDA", True),
    ("Giriş", "Hedef {i}", "Stop", "Kaldıraç", "LONG", "SHORT", True),
    ("Điểm vào", "Mục tiêu {i}", "Cắt lỗ", "Đòn bẩy", "MUA", "BÁN", False),
]


def _comma(value: float, dec: int) -> str:
    return num(value, dec).replace(".", ",")


@style(
    "localized_box_tables",
    "box tables with row labels in Russian, Spanish, Portuguese, Turkish, Vietnamese ('│ Вход │ 0,4512 │', '│ Цель 1 │ …', '│ Alvo 2 │ …', '│ Hedef 1 │ …', '│ Mục tiêu 1 │ …'), decimal commas where those channels write them",
)
@own_stream
def localized_box_tables(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in TABLE_MARKETS if m[2] < 1000])
    entry_w, tp_w, stop_w, lev_w, long_w, short_w, comma = rng.choice(_LOCAL_TABLE)
    p = (lambda v: _comma(v, d.dec)) if comma else (lambda v: num(v, d.dec))
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    rows = [[f"#{d.base}/USDT", long_w if d.long else short_w], [entry_w, p(d.entry)]]
    rows += [[tp_w.format(i=i), p(v)] for i, v in enumerate(tps, 1)]
    rows.append([stop_w, p(sl)])
    if lev:
        rows.append([lev_w, f"{lev}x"])
    text = "\n".join(["```", *_box(rows, rng.choice(list(BOXES))), "```"])
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


_LOCAL_MARKET = [
    (
        "Вход: по рынку (≈ {lo}–{hi})",
        "Цели: {tps}",
        "Стоп: {sl}",
        "#{base} {side}",
        ("ЛОНГ", "ШОРТ"),
        True,
    ),
    (
        "Entrada: a mercado ({lo} – {hi})",
        "Objetivos: {tps}",
        "Stop: {sl}",
        "#{base} {side}",
        ("LARGO", "CORTO"),
        True,
    ),
    (
        "Entrada: preço de mercado (≈ {lo})",
        "Alvos: {tps}",
        "Stop: {sl}",
        "#{base} {side}",
        ("COMPRA", "VENDA"),
        True,
    ),
    (
        "Giriş: piyasa fiyatı ({lo} - {hi})",
        "Hedefler: {tps}",
        "Stop: {sl}",
        "#{base} {side}",
        ("LONG", "SHORT"),
        True,
    ),
    (
        "Einstieg: Marktpreis (ca. {lo})",
        "Ziele: {tps}",
        "Stop: {sl}",
        "#{base} {side}",
        ("LONG", "SHORT"),
        True,
    ),
    (
        "Entrée : au marché (≈ {lo})",
        "Objectifs : {tps}",
        "Stop : {sl}",
        "#{base} {side}",
        ("ACHAT", "VENTE"),
        True,
    ),
]


@style(
    "market_area_languages",
    "market entries written with their area in other languages: 'Вход: по рынку (≈ a–b)', 'Entrada: a mercado (a – b)', 'Giriş: piyasa fiyatı (a - b)', 'Einstieg: Marktpreis (ca. a)', 'Entrée : au marché (≈ a)'",
)
@own_stream
def market_area_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in TABLE_MARKETS if m[2] < 1000])
    entry_t, tp_t, stop_t, head_t, sides, comma = rng.choice(_LOCAL_MARKET)
    p = (lambda v: _comma(v, d.dec)) if comma else (lambda v: num(v, d.dec))
    lo, hi = zone(d, 0.003)
    tps = _spread(d, rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.03, 0.05))
    lines = [
        head_t.format(base=d.base, side=sides[0] if d.long else sides[1]),
        entry_t.format(lo=p(lo), hi=p(hi)),
        tp_t.format(tps=" / ".join(p(v) for v in tps)),
        stop_t.format(sl=p(sl)),
    ]
    return "\n".join(lines), signal(
        d, order_type="market", entries=[], take_profits=tps, stop_loss=sl
    )


_LOCAL_INDICATORS = [
    [
        "Подтверждения: {c}/4",
        "RSI(14): {rsi}",
        "Объём: {vol}M",
        "ATR(14): {atr}",
        "Фандинг: {fund}%",
    ],
    [
        "Confirmaciones: {c} de 4",
        "RSI(14): {rsi}",
        "Volumen: {vol}M",
        "ATR(14): {atr}",
        "Funding: {fund}%",
    ],
    [
        "Confirmações: {c}/4",
        "RSI(14): {rsi}",
        "Volume: {vol}M",
        "ATR(14): {atr}",
        "Financiamento: {fund}%",
    ],
    ["Onay: {c}/4", "RSI(14): {rsi}", "Hacim: {vol}M", "ATR(14): {atr}", "Fonlama: {fund}%"],
]
_LOCAL_LABELS = [
    ("Вход", "Цели", "Стоп", ("ЛОНГ", "ШОРТ")),
    ("Entrada", "Objetivos", "Stop", ("LARGO", "CORTO")),
    ("Entrada", "Alvos", "Stop", ("COMPRA", "VENDA")),
    ("Giriş", "Hedefler", "Stop", ("LONG", "SHORT")),
]


@style(
    "indicator_lines_languages",
    "signals in Russian, Spanish, Portuguese or Turkish followed by indicator and count lines in the same language: 'Подтверждения: 3/4', 'Confirmaciones: 3 de 4', 'Объём: 1,2M', 'ATR(14): 0,85', 'Hacim: 4,1M'",
)
@own_stream
def indicator_lines_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in TABLE_MARKETS if m[2] < 1000])
    k = rng.randrange(len(_LOCAL_LABELS))
    entry_w, tp_w, stop_w, sides = _LOCAL_LABELS[k]
    p = lambda v: _comma(v, d.dec)  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    atr = d.round(d.entry * rng.uniform(0.006, 0.02))
    values = {
        "c": rng.randint(2, 4),
        "rsi": rng.randint(28, 72),
        "vol": f"{rng.uniform(0.2, 9.9):.1f}".replace(".", ","),
        "atr": _comma(atr, d.dec),
        "fund": f"{rng.uniform(0.001, 0.03):.3f}".replace(".", ","),
    }
    picked = [line.format(**values) for line in rng.sample(_LOCAL_INDICATORS[k], 3)]
    lines = [
        f"#{d.base}/USDT {sides[0] if d.long else sides[1]}",
        f"{entry_w}: {p(d.entry)}",
        f"{tp_w}: " + " / ".join(p(v) for v in tps),
        f"{stop_w}: {p(sl)}",
        "—",
        *picked,
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


def _escape_v2(text: str) -> str:
    return re.sub(r"([_*\[\]()~`>#+\-=|{}.!])", r"\\\1", text)


@style(
    "markdown_v2_escaped_cards",
    "cards whose every MarkdownV2 character is escaped ('\\#SOL \\| LONG', 'Entry\\: 148\\.2', 'TP1\\: 152\\.5 \\(\\+2\\.9%\\)', '\\- SL\\: 144', 'Lev\\: 10x'), a bot sending escaped text as plain text",
)
@own_stream
def markdown_v2_escaped_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    p = lambda v: num(v, d.dec, rng.choice(["plain", "comma"]))  # noqa: E731
    tps = _spread(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    lines = [f"#{d.base} | {d.side.upper()}", f"Entry: {p(d.entry)}"]
    lines += [f"TP{i}: {p(v)} ({(v / d.entry - 1) * 100:+.1f}%)" for i, v in enumerate(tps, 1)]
    lines.append(f"- SL: {p(sl)}")
    if lev:
        lines.append(f"Lev: {lev}x")
    lines.append(rng.choice(["Not financial advice!", "Good luck!", "#signals #crypto"]))
    return "\n".join(_escape_v2(x) for x in lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "discord_quoted_whole",
    "Discord posts whose signal is quoted whole under a mention or a 'New call' line ('<@&id> new call 👇' over '> **SOL/USDT** LONG' / '> Entry: …'): a new signal or a reply to one? To review; a quoted signal under its own coin's heading is read",
)
@own_stream
def discord_quoted_whole(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, TABLE_MARKETS)
    p = lambda v: num(v, d.dec)  # noqa: E731
    tps = _spread(d, rng.randint(1, 2))
    sl = d.against()
    quoted = [f"> **{d.base}/USDT** {d.side.upper()}", f"> Entry: {p(d.entry)}"]
    quoted += [f"> TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    quoted.append(f"> SL: {p(sl)}")
    if rng.random() < 0.5:
        head = rng.choice(
            [
                f"<@&{_snowflake(rng)}> new call 👇",
                "@everyone 🚨 NEW SIGNAL",
                f"<@!{_snowflake(rng)}> posted:",
            ]
        )
        return "\n".join([head, *quoted]), {"kind": "needs_review"}
    head = f"{_lab_emoji(d.token.lower(), rng)} **{d.base}** {d.side.upper()} — details:"
    return "\n".join([head, *quoted]), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- measured once, held out (second): never tuned on ---------------------------------------
# Researched from public material and written without reading the parser or running it on a
# message, in layouts unlike every style above; measured once, after every other change of the
# day had landed, and not read message by message before that measurement. Sources: forex
# copiers' published syntax carried over to crypto pairs ('Buy EURUSD limit / Stoploss: /
# Take Profit 1: / Entry 1.07', 'BUY STOP', 'SELL NOW'), copier projects' test messages
# ('XAUUSD BUY 1915 / TP … / SL …', hashtags as labels), X/Twitter trade threads ('1/ entry …
# 2/ targets …'), TradingView and bot webhook payloads relayed as JSON ('"side": "Buy"', '"sl"',
# '"tp": [..]', a quantity that is no price), compact cards with a middle dot, '~' ranges and a
# '×' sign for leverage, spot DCA plans ('Buy 1 / Buy 2 / Sell 1 …'), South-Asian-style capital
# calls ('BUY ARB ABOVE 1.12 TGT … SL …'), risk-sized plans (R multiples, a size in coins and a
# percentage risk beside the levels), status cards with a box per target ('⬜ TP1'), Finnish,
# Estonian and Lithuanian labels, Kazakh and Azerbaijani labels, follow-ups as status lines and
# in admins' slang, and channel feeds that are no signals (price and whale alerts, listings,
# funding, liquidations, results).

_PENDING_FORMS = itertools.cycle(range(4))  # limit with the entry last, limit @, stop order, market


@style(
    "pending_order_words",
    "forex-copier order words on crypto pairs: 'BUY SOLUSDT limit' with 'Stoploss:' and 'Take Profit N:' lines before a last 'Entry 148.2' line, 'SELL LIMIT ETHUSDT @ 3412', 'BUY STOP' / 'SELL STOP' (a pending order at that price, not a stop loss), 'BUY NOW BTCUSDT' (market, with or without the price it fills)",
)
@own_stream
def pending_order_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    form = next(_PENDING_FORMS)
    verb = "BUY" if d.long else "SELL"
    tps = targets(d, rng.randint(1, 4))
    sl = d.against()
    pair = rng.choice([f"{d.base}USDT", f"{d.base}/USDT"])
    tp_lines = [f"Take Profit {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lev = rng.choice([None, None, 5, 10, 20])
    tail = [rng.choice([f"Leverage: {lev}x", f"Lev {lev}x"])] if lev else []
    if form == 0:
        lines = [
            f"{verb} {pair} {rng.choice(['limit', 'Limit', 'LIMIT'])}",
            f"Stoploss: {num(sl, d.dec)}",
            *tp_lines,
            f"Entry {num(d.entry, d.dec)}",
            *tail,
        ]
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    elif form == 1:
        lines = [
            f"{verb} LIMIT {pair} @ {num(d.entry, d.dec)}",
            *tail,
            *tp_lines,
            f"SL: {num(sl, d.dec)}",
        ]
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    elif form == 2:
        lines = [
            f"{verb} STOP {pair} {rng.choice(['@ ', 'at ', ''])}{num(d.entry, d.dec)}",
            f"SL {num(sl, d.dec)}",
            *(f"TP{i} {num(v, d.dec)}" for i, v in enumerate(tps, 1)),
            *tail,
        ]
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    else:
        head = rng.choice([f"{verb} NOW {pair}", f"{verb} {pair} NOW", f"{pair} {verb} NOW"])
        if rng.random() < 0.5:
            head += f" @ {num(d.entry, d.dec)}"
        lines = [head, f"Stoploss: {num(sl, d.dec)}", *tp_lines, *tail]
        exp = signal(
            d, order_type="market", entries=[], take_profits=tps, stop_loss=sl, leverage=lev
        )
    return "\n".join(lines), exp


@style(
    "hashtag_field_labels",
    "every label a hashtag: '#ETHUSDT #SHORT', '#Entry 3412' or '#EntryZone 3400 - 3412', '#Targets 3350 / 3300' or '#TP1 3350 #TP2 3300', '#SL' / '#StopLoss', '#Leverage 10x' / '#Cross20x', topic tags '#Binance #Futures' at the end",
)
@own_stream
def hashtag_field_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 20, 25])
    if d.long:
        side_tag = rng.choice(["#LONG", "#Long", "#BUY"])
    else:
        side_tag = rng.choice(["#SHORT", "#Short", "#SELL"])
    pair_tag = rng.choice([f"#{d.base}USDT", f"#{d.base}"])
    head = f"{pair_tag} {side_tag}" if rng.random() < 0.6 else f"{side_tag} {pair_tag}"
    is_zone = rng.random() < 0.4
    if is_zone:
        entries = zone(d, 0.005)
        shown = entries if d.long else entries[::-1]
        entry_line = f"#EntryZone {num(shown[0], d.dec)} - {num(shown[1], d.dec)}"
    else:
        entries = [d.entry]
        entry_line = (
            f"{rng.choice(['#Entry', '#Buy' if d.long else '#Sell'])} {num(d.entry, d.dec)}"
        )
    shape = rng.choice(["list", "inline", "lines"])
    if shape == "list":
        tp_lines = [f"{rng.choice(['#Targets', '#TP'])} " + " / ".join(num(v, d.dec) for v in tps)]
    elif shape == "inline":
        tp_lines = [" ".join(f"#TP{i} {num(v, d.dec)}" for i, v in enumerate(tps, 1))]
    else:
        tp_lines = [f"#TP{i} {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    stop_line = f"{rng.choice(['#SL', '#StopLoss', '#Stop'])} {num(sl, d.dec)}"
    cross = rng.random() < 0.35
    lev_line = f"#Cross{lev}x" if cross else f"{rng.choice(['#Leverage', '#Lev'])} {lev}x"
    lines = [head, entry_line, *tp_lines, stop_line, lev_line]
    if rng.random() < 0.6:
        lines.append(rng.choice(["#Binance #Futures", "#Bybit #Crypto #Signals", "#Futures #Vip"]))
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if cross:
        exp["margin_mode"] = "cross"
    return "\n".join(lines), exp


@style(
    "thread_numbered_parts",
    "X/Twitter trade threads: '$SOL long setup 🧵' then '1/ entry 147.6–148.2 on the retest', '2/ targets 152 → 155.4 → 158.9', '3/ invalidation 144.1 (4h close)', '4/ 5x max, risk 1% of the account'",
)
@own_stream
def thread_numbered_parts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.against()
    fmt = "comma" if d.entry >= 1000 and rng.random() < 0.7 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    head = rng.choice(
        [
            f"${d.base} {d.side} setup 🧵",
            f"🧵 {d.side.title()} idea on ${d.base}",
            f"${d.base}: {d.side}ing here, plan below 👇",
        ]
    )
    is_zone = rng.random() < 0.5
    entries = zone(d, 0.004) if is_zone else [d.entry]
    entry = f"{p(entries[0])}–{p(entries[1])}" if is_zone else p(d.entry)
    why = rng.choice(["on the retest", "at the range low" if d.long else "at the range high", ""])
    arrow = rng.choice([" → ", ", ", " / "])
    lev = rng.choice([None, 3, 5, 10])
    parts = [
        f"entry {entry} {why}".rstrip(),
        rng.choice(["targets ", "TPs: ", "take profit at "]) + arrow.join(p(v) for v in tps),
        rng.choice(
            [
                f"invalidation {p(sl)} ({rng.choice(['4h', '1h', 'daily'])} close)",
                f"stop {p(sl)}",
                f"SL {p(sl)}, no exceptions",
            ]
        ),
    ]
    if lev:
        parts.append(f"{lev}x max, risk {rng.choice([0.5, 1, 2])}% of the account")
    else:
        parts.append("low leverage only, not financial advice")
    count = len(parts)
    of_count = rng.random() < 0.3  # '1/4 entry …' or '1/ entry …'
    numbered = [f"{i}/{count if of_count else ''} {text}" for i, text in enumerate(parts, 1)]
    text = head + "\n\n" + "\n".join(numbered)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "webhook_json_relay",
    'bot webhook payloads relayed as JSON, one line or pretty-printed, sometimes in a code block: {"symbol": "SOLUSDT", "side": "Buy", "type": "Limit", "price": "148.2", "tp": ["152.0", "155.4"], "sl": "144.1", "leverage": 10, "qty": 0.014}; market orders with no price',
)
@own_stream
def webhook_json_relay(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    market = rng.random() < 0.3
    quoted = rng.random() < 0.5

    def v(x: float) -> str:
        return f'"{num(x, d.dec)}"' if quoted else num(x, d.dec)

    side = rng.choice(
        ["Buy", "buy", "BUY", "long"] if d.long else ["Sell", "sell", "SELL", "short"]
    )
    fields = [("symbol", f'"{d.base}USDT"'), ("side", f'"{side}"')]
    fields.append(("type", '"Market"' if market else rng.choice(['"Limit"', '"limit"'])))
    if not market:
        fields.append(("price", v(d.entry)))
    if len(tps) > 1 or rng.random() < 0.5:
        fields.append(("tp", "[" + ", ".join(v(x) for x in tps) + "]"))
    else:
        fields.append(("tp", v(tps[0])))
    fields.append(("sl", v(sl)))
    fields.append(("leverage", rng.choice([str(lev), f'"{lev}x"', f'"{lev}"'])))
    isolated = rng.random() < 0.3
    if isolated:
        fields.append(("margin", '"isolated"'))
    if rng.random() < 0.5:
        fields.append(("qty", rng.choice(["0.014", "25", "120.5", "3"])))
    if rng.random() < 0.4:
        fields.append(
            (
                "time",
                f'"2026-12-0{rng.randint(1, 5)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z"',
            )
        )
    if rng.random() < 0.5:
        body = "{" + ", ".join(f'"{k}": {val}' for k, val in fields) + "}"
    else:
        body = "{\n" + ",\n".join(f'  "{k}": {val}' for k, val in fields) + "\n}"
    if rng.random() < 0.4:
        body = "```json\n" + body + "\n```"
    head = rng.choice(["📡 TV alert → order", "🤖 Webhook received", "Signal payload:", ""])
    text = f"{head}\n{body}" if head else body
    exp = signal(
        d,
        order_type="market" if market else "limit",
        entries=[] if market else [d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    if isolated:
        exp["margin_mode"] = "isolated"
    return text, exp


@style(
    "middot_compact_card",
    "compact cards with a middle dot: 'SOLUSDT · LONG · 10×' (a multiplication sign, or '×10'), 'Entry 147.6 ~ 148.2' or 'Entry ≈ 148.2', 'TP 152.0 · 155.4 · 158.9', 'SL 144.1', sometimes 'Isolated' and an 'RR 1:2.4' line",
)
@own_stream
def middot_compact_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 15, 20])
    mode = rng.choice([None, None, "Isolated", "Cross"])
    lev_text = rng.choice([f"{lev}×", f"×{lev}"])
    head = [f"{d.base}USDT", d.side.upper()]
    if mode:
        head.append(mode)
    head.append(lev_text)
    is_zone = rng.random() < 0.5
    if is_zone:
        entries = zone(d, 0.004)
        shown = entries if rng.random() < 0.5 else entries[::-1]
        entry_line = f"Entry {num(shown[0], d.dec)} ~ {num(shown[1], d.dec)}"
    else:
        entries = [d.entry]
        entry_line = f"Entry {rng.choice(['≈ ', '~', ''])}{num(d.entry, d.dec)}"
    lines = [
        " · ".join(head),
        entry_line,
        "TP " + " · ".join(num(v, d.dec) for v in tps),
        f"SL {num(sl, d.dec)}",
    ]
    if rng.random() < 0.4:
        rr = abs(tps[-1] - d.entry) / abs(d.entry - sl)
        lines.append(f"RR 1:{rr:.1f}")
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode.lower()
    return "\n".join(lines), exp


@style(
    "spot_dca_numbered",
    "spot DCA plans with numbered buys and sells: '#ADA spot DCA', 'Buy 1: 0.4512', 'Buy 2: 0.4420' (or 'Buy #1', '1st buy'), 'Sell 1: 0.47', 'Sell 2: 0.488', 'Stop: 0.415' or none",
)
@own_stream
def spot_dca_numbered(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    d.long, d.sign = True, 1  # spot: buying only
    n_buy = rng.randint(2, 4)
    step = rng.choice([0.02, 0.03, 0.04])
    buys = [d.round(d.entry * (1 - step * i)) for i in range(n_buy)]
    sells = targets(d, rng.randint(2, 4), 0.05)
    stop = d.round(buys[-1] * (1 - rng.uniform(0.04, 0.08))) if rng.random() < 0.7 else None
    says_spot = rng.random() < 0.6
    head = rng.choice(
        [
            f"#{d.base} spot DCA" if says_spot else f"#{d.base} DCA plan",
            f"{d.base}/USDT (spot) accumulation" if says_spot else f"{d.base}/USDT accumulation",
        ]
    )
    label = rng.choice(["{w} {i}:", "{w} #{i}:", "{o} {wl}:"])
    ordinal = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}

    def row(word: str, i: int, value: float) -> str:
        name = label.format(w=word, i=i, o=ordinal[i], wl=word.lower())
        return f"{name} {num(value, d.dec)}"

    lines = [head, ""]
    lines += [row("Buy", i, v) for i, v in enumerate(buys, 1)]
    lines += [row("Sell", i, v) for i, v in enumerate(sells, 1)]
    if stop is not None:
        lines.append(
            rng.choice(
                [f"Stop: {num(stop, d.dec)}", f"Stop: weekly close below {num(stop, d.dec)}"]
            )
        )
    exp = signal(d, entries=buys, take_profits=sells, stop_loss=stop)
    if says_spot:
        exp["market"] = "spot"
    return "\n".join(lines), exp


@style(
    "tgt_caps_calls",
    "capital-letter calls as South Asian channels write them: 'BUY ARB ABOVE 1.12' / 'SELL #ETH BELOW 3412', 'TGT 1.18 / 1.25 / 1.32' or 'TGT 1 - 1.18' lines, 'SL 1.06', 'BUY RANGE 1.10-1.12', '(FUTURES 10X)'",
)
@own_stream
def tgt_caps_calls(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    verb, where = ("BUY", "ABOVE") if d.long else ("SELL", "BELOW")
    coin = rng.choice([d.base, f"#{d.base}", f"{d.base}USDT"])
    lev = rng.choice([None, 5, 10, 20])
    form = rng.randrange(3)
    entries = [d.entry]
    if form == 0:
        lines = [
            f"{verb} {coin} {where} {num(d.entry, d.dec)}",
            "TGT " + " / ".join(num(v, d.dec) for v in tps),
            f"SL {num(sl, d.dec)}",
        ]
        if lev:
            lines.append(f"LEV {lev}X")
    elif form == 1:
        line = (
            f"{verb} {coin} {where} {num(d.entry, d.dec)} TGT "
            + "-".join(num(v, d.dec) for v in tps)
            + f" SL {num(sl, d.dec)}"
        )
        if lev:
            line += f" (FUTURES {lev}X)"
        lines = [line]
    else:
        entries = zone(d, 0.006)
        lines = [
            f"{d.base}/USDT {verb} RANGE {num(entries[0], d.dec)}-{num(entries[1], d.dec)}",
            *(f"TGT {i} - {num(v, d.dec)}" for i, v in enumerate(tps, 1)),
            f"SL - {num(sl, d.dec)}",
        ]
        if lev:
            lines.append(f"LEVERAGE {lev}X")
    if rng.random() < 0.4:
        lines.append(
            rng.choice(["BOOK PROFIT ON EVERY TGT 💰", "STRICT SL 🙏", "ONLY FOR PREMIUM"])
        )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "risk_sized_plan",
    "risk-sized plans: 'ETH short — risk 1% (1R)', 'Entry: 3,412', 'Stop: 3,460 (−1.41%)', 'TP1: 3,350 (1.3R) · TP2: 3,300 (2.3R)', 'Size: 0.45 ETH · Lev 10x isolated', 'Max loss: 12.5 USDT'",
)
@own_stream
def risk_sized_plan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = targets(d, rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.01, 0.03))
    lev = rng.choice([3, 5, 10])
    fmt = "comma" if d.entry >= 1000 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    risk_pct = rng.choice([0.5, 1, 2])
    stop_pct = abs(sl / d.entry - 1) * 100
    r = [abs(v - d.entry) / abs(d.entry - sl) for v in tps]
    sign = "−" if d.long else "+"
    bold = rng.random() < 0.4  # Telegram markdown: '**Entry:** 3,412'

    def label(name: str) -> str:
        return f"**{name}:**" if bold else f"{name}:"

    tp_parts = [
        f"{label(f'TP{i}')} {p(v)} ({x:.1f}R)"
        for i, (v, x) in enumerate(zip(tps, r, strict=True), 1)
    ]
    size_coins = round(rng.uniform(50, 500) * lev / d.entry, 3 if d.entry > 10 else 0)
    size = f"{size_coins:g} {d.base}"
    lines = [
        f"{d.base} {d.side} — risk {risk_pct}% ({rng.choice(['1R', 'one R'])})",
        f"{label('Entry')} {p(d.entry)}",
        f"{label('Stop')} {p(sl)} ({sign}{stop_pct:.2f}%)",
    ]
    lines += [" · ".join(tp_parts)] if rng.random() < 0.5 else tp_parts
    mode = rng.choice([None, "isolated", "cross"])
    lines.append(f"Size: {size} · Lev {lev}x" + (f" {mode}" if mode else ""))
    if rng.random() < 0.5:
        lines.append(f"Max loss: {rng.uniform(5, 40):.1f} USDT")
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "checkbox_status_card",
    "status cards with a box per target: '📋 SOLUSDT | LONG', 'Entry ▸ 148.20 ⏳', '⬜ TP1 152.00', '⬜ TP2 155.40', '🟥 SL 144.10', 'Lev ▸ 10x (cross)', 'Status: waiting for entry'",
)
@own_stream
def checkbox_status_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 20])

    def p(v: float) -> str:
        return f"{v:.{d.dec}f}"  # the card prints every price with the pair's decimals

    side = d.side.upper() + rng.choice(["", " 🟢" if d.long else " 🔴"])
    lines = [f"{rng.choice(['📋 ', '🗂 ', ''])}{d.base}USDT | {side}"]
    lines.append(f"Entry ▸ {p(d.entry)} {rng.choice(['⏳', '🕐', ''])}".rstrip())
    box = rng.choice(["⬜", "▫️", "☐"])
    for i, v in enumerate(tps, 1):
        extra = f" (+{abs(v / d.entry - 1) * 100:.1f}%)" if rng.random() < 0.4 else ""
        lines.append(f"{box} TP{i} {p(v)}{extra}")
    lines.append(f"{rng.choice(['🟥', '🔻', box])} SL {p(sl)}")
    cross = rng.random() < 0.5
    lines.append(f"Lev ▸ {lev}x" + (" (cross)" if cross else ""))
    lines.append(rng.choice(["Status: waiting for entry", "Status: pending ⏳", "Status: open"]))
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    if cross:
        exp["margin_mode"] = "cross"
    return "\n".join(lines), exp


@style(
    "finnish_baltic_labels",
    "Finnish (Pari, Suunta: Osto/Myynti, Sisääntulo, Tavoitteet, Tappioraja, Vipu), Estonian (Paar, Suund: Ost/Müük, Sisenemine, Eesmärgid, Stopp, Võimendus) and Lithuanian (Pora, Kryptis: Pirkimas/Pardavimas, Įėjimas, Tikslai, Stop loss, Svertas) labels; decimal comma, space thousands '63 450,5'",
)
@own_stream
def finnish_baltic_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])

    def p(v: float) -> str:
        return eu(v, d.dec, " ")

    lang = rng.choice(["fi", "et", "lt"])
    words = {
        "fi": (
            "Pari",
            "Suunta",
            ("Osto", "Myynti"),
            "Sisääntulo",
            "Tavoitteet",
            rng.choice(["Tappioraja", "Stop loss"]),
            "Vipu",
        ),
        "et": ("Paar", "Suund", ("Ost", "Müük"), "Sisenemine", "Eesmärgid", "Stopp", "Võimendus"),
        "lt": (
            "Pora",
            "Kryptis",
            ("Pirkimas", "Pardavimas"),
            "Įėjimas",
            "Tikslai",
            "Stop loss",
            "Svertas",
        ),
    }[lang]
    pair_w, dir_w, (buy_w, sell_w), entry_w, tp_w, stop_w, lev_w = words
    side = rng.choice([d.side.upper(), buy_w if d.long else sell_w])
    sep = rng.choice([" / ", " - ", "; "])
    text = (
        f"{pair_w}: {d.base}/USDT\n{dir_w}: {side}\n{entry_w}: {p(d.entry)}\n"
        f"{tp_w}: {sep.join(p(v) for v in tps)}\n{stop_w}: {p(sl)}\n{lev_w}: {lev}x"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "kazakh_azeri_labels",
    "Kazakh (Жұп, Бағыт: ЛОНГ/ШОРТ or Сатып алу/Сату, Кіру or Кіру аймағы, Мақсаттар, Стоп-лосс or Шығынды шектеу, Левередж) and Azerbaijani (Cüt, Mövqe: ALIŞ/SATIŞ, Giriş or Giriş zonası, Hədəflər, Zərəri dayandır, Leverec) labels",
)
@own_stream
def kazakh_azeri_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 20, 25])
    is_zone = rng.random() < 0.35
    entries = zone(d, 0.005) if is_zone else [d.entry]
    if rng.random() < 0.5:
        side = rng.choice(["ЛОНГ 🟢" if d.long else "ШОРТ 🔴", "Сатып алу" if d.long else "Сату"])
        pair_w, dir_w, tp_w = "Жұп", "Бағыт", "Мақсаттар"
        entry_w = "Кіру аймағы" if is_zone else "Кіру"
        stop_w = rng.choice(["Стоп-лосс", "Шығынды шектеу"])
        lev_w = "Левередж"
    else:
        side = rng.choice(["ALIŞ" if d.long else "SATIŞ", d.side.upper()])
        pair_w, dir_w, tp_w = "Cüt", "Mövqe", "Hədəflər"
        entry_w = "Giriş zonası" if is_zone else "Giriş"
        stop_w = rng.choice(["Zərəri dayandır", "Stop-Loss"])
        lev_w = "Leverec"
    entry = (
        f"{num(entries[0], d.dec)} - {num(entries[1], d.dec)}" if is_zone else num(d.entry, d.dec)
    )
    text = (
        f"{pair_w}: #{d.base}/USDT\n{dir_w}: {side}\n{entry_w}: {entry}\n"
        f"{tp_w}: {' - '.join(num(v, d.dec) for v in tps)}\n{stop_w}: {num(sl, d.dec)}\n"
        f"{lev_w}: {lev}x"
    )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


_STATUS_FORMS = itertools.cycle(range(10))


@style(
    "follow_ups_status_lines",
    "follow-ups as status lines of a bot: '✅ SOLUSDT · TP2 155.4 reached', '🔒 SOLUSDT · SL → entry', '🟡 ETHUSDT · 50% closed at 3,350', '⛔ ETHUSDT · stop loss hit', '❌ order cancelled (not filled in 24h)', '🔁 re-entry 1.08', '🟢 entry filled at …', '🛡 SL moved 144.1 → 149.0', 'TP2 reached · SL → TP1', '🏁 position closed at … (+4.2%)'",
)
@own_stream
def follow_ups_status_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    pair = f"{d.base}USDT"
    b = d.base
    fmt = "comma" if d.entry >= 1000 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    form = next(_STATUS_FORMS)
    if form == 0:
        n = rng.randint(1, 3)
        tp = targets(d, n)[-1]
        return (
            f"✅ {pair} · TP{n} {p(tp)} reached",
            follow("target_hit", b, target_index=n, price=tp, actions=["target_hit"]),
        )
    if form == 1:
        return (
            f"🔒 {pair} · SL → {rng.choice(['entry', 'breakeven', 'BE'])}",
            follow("stop_moved", b, stop_to_entry=True, actions=["stop_moved"]),
        )
    if form == 2:
        pct = rng.choice([25, 30, 50])
        at = targets(d, 1)[0]
        return (
            f"🟡 {pair} · {pct}% closed at {p(at)}",
            follow("close", b, close_fraction=pct / 100, price=at, actions=["close"]),
        )
    if form == 3:
        return (
            f"⛔ {pair} · stop loss hit",
            follow("stop_hit", b, actions=["stop_hit"]),
        )
    if form == 4:
        return (
            f"❌ {pair} · order cancelled (not filled in 24h)",
            follow("cancel", b, actions=["cancel"]),
        )
    if form == 5:
        at = d.round(d.entry * (1 - d.sign * 0.01))
        return (
            f"🔁 {pair} · re-entry {p(at)}",
            follow("reentry", b, price=at, actions=["reentry"]),
        )
    if form == 6:
        return (
            f"🟢 {pair} · entry filled at {p(d.entry)}",
            follow("entry_filled", b, price=d.entry, actions=["entry_filled"]),
        )
    if form == 7:
        old = d.against()
        new = d.round(d.entry * (1 + d.sign * 0.004))
        return (
            f"🛡 {pair} · SL moved {p(old)} → {p(new)}",
            follow("stop_moved", b, new_stop=new, actions=["stop_moved"]),
        )
    if form == 8:
        n = rng.randint(2, 3)
        return (
            f"✅ {pair} · TP{n} reached · SL → TP{n - 1}",
            follow(
                "target_hit",
                b,
                target_index=n,
                stop_to_target=n - 1,
                actions=["target_hit", "stop_moved"],
            ),
        )
    at = targets(d, 1, 0.04)[0]
    return (
        f"🏁 {pair} · position closed at {p(at)} (+{abs(at / d.entry - 1) * 100:.1f}%)",
        follow("close", b, close_fraction=1.0, price=at, actions=["close"]),
    )


_SLANG_FORMS = itertools.cycle(range(12))


@style(
    "follow_ups_admin_slang",
    "admins' updates in trader slang: 'Trim 30% on $SOL here 💰', 'Lock profits on ETH: SL to 3,380', 'We're out of LINK, closed at 15.42 ✅', 'Don't open #DOGE, setup pulled ❌', 'SL tagged on AVAX', 'TP2 ✔ on #ARB — 2 down, 2 to go', 'Re-add BTC at 62,900, same plan', 'Scale out half of SOL and trail SL to BE', 'Kill the OP trade, close everything at market'",
)
@own_stream
def follow_ups_admin_slang(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    b = d.base
    tag = rng.choice([b, f"${b}", f"#{b}"])
    fmt = "comma" if d.entry >= 1000 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    form = next(_SLANG_FORMS)
    if form == 0:
        pct = rng.choice([20, 25, 30, 40])
        return (
            f"Trim {pct}% on {tag} here 💰",
            follow("close", b, close_fraction=pct / 100, actions=["close"]),
        )
    if form == 1:
        new = d.round(d.entry * (1 + d.sign * 0.006))
        return (
            f"Lock profits on {tag}: SL to {p(new)}",
            follow("stop_moved", b, new_stop=new, actions=["stop_moved"]),
        )
    if form == 2:
        at = targets(d, 1, 0.03)[0]
        return (
            f"We're out of {tag}, closed at {p(at)} ✅",
            follow("close", b, close_fraction=1.0, price=at, actions=["close"]),
        )
    if form == 3:
        return (
            f"Don't open {tag}, setup pulled ❌",
            follow("cancel", b, actions=["cancel"]),
        )
    if form == 4:
        return (
            f"SL tagged on {tag}, on to the next one",
            follow("stop_hit", b, actions=["stop_hit"]),
        )
    if form == 5:
        n = rng.randint(1, 3)
        return (
            f"TP{n} ✔ on {tag} — {n} down, {4 - n} to go",
            follow("target_hit", b, target_index=n, actions=["target_hit"]),
        )
    if form == 6:
        at = d.round(d.entry * (1 - d.sign * 0.008))
        return (
            f"Re-add {tag} at {p(at)}, same plan",
            follow("reentry", b, price=at, actions=["reentry"]),
        )
    if form == 7:
        return (
            f"Scale out half of {tag} and trail SL to BE",
            follow(
                "close",
                b,
                close_fraction=0.5,
                stop_to_entry=True,
                actions=["close", "stop_moved"],
            ),
        )
    if form == 8:
        n, pct = rng.randint(1, 2), rng.choice([25, 50])
        return (
            f"{tag} hit TP{n} 🎯 take {pct}% off and SL to entry",
            follow(
                "target_hit",
                b,
                target_index=n,
                close_fraction=pct / 100,
                stop_to_entry=True,
                actions=["target_hit", "close", "stop_moved"],
            ),
        )
    if form == 9:
        return (
            f"Kill the {tag} trade, close everything at market",
            follow("close", b, close_fraction=1.0, actions=["close"]),
        )
    if form == 10:
        avg = d.round(d.entry * (1 - d.sign * 0.005))
        return (
            f"Entry 2 on {tag} got filled, avg {p(avg)}",
            follow("entry_filled", b, price=avg, actions=["entry_filled"]),
        )
    new = d.round(d.entry * (1 + d.sign * 0.012))
    return (
        f"Move {tag} stop {'up' if d.long else 'down'} to {p(new)} 🔒",
        follow("stop_moved", b, new_stop=new, actions=["stop_moved"]),
    )


CHATTER_FEEDS = [
    "🔔 Price alert: SOL crossed above 150.00 (+3.2% in 24h)",
    "🐋 Whale alert: 2,500 #ETH (8.5M USD) moved from an unknown wallet to Binance",
    "📢 Binance will list WIFUSDT perpetual at 09:00 UTC with up to 50x leverage",
    "Funding now: BTC +0.010% | ETH +0.012% | SOL -0.004%",
    "💥 $14.2M of BTC longs liquidated in the last hour between 62,800 and 62,400",
    "📊 November: 38 signals, 29 winners, 9 losers, +412% in total (10x)",
    "Open interest on ETH perps at a record 14.1B, careful with leverage out there",
    "Who took the AVAX long yesterday? Drop your screenshots 📸",
    "🎁 VIP lifetime -50% until Sunday, DM @support to join",
    "Fear & Greed index: 72 (Greed). Yesterday: 65",
    "Next signal in 15 minutes, have your USDT ready on Bybit ⏰",
    "La semana pasada: 12 señales, 9 ganadoras ✅ ¡Gracias por la confianza! 🙏",
    "Heute keine Signale, der Markt ist zu unruhig. Bleibt vorsichtig!",
    "BTC 1D: support 61,900, resistance 64,200 — no trade until one of them breaks",
]
_FEEDS_ONCE = itertools.cycle(CHATTER_FEEDS)  # each line once


@style(
    "chatter_feeds_alerts",
    "channel feeds that are no signals: price and whale alerts, listings with their leverage, funding, liquidations, monthly results, polls, promotions, a Spanish and a German note, support/resistance with 'no trade'",
)
@own_stream
def chatter_feeds_alerts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return next(_FEEDS_ONCE), {"kind": "not_signal"}


# ---- measured once, held out (third): never tuned on ----------------------------------------
# Researched from public material and written without reading the parser or its documentation
# and without running the parser on a message, in layouts unlike every style above; measured
# once after the day's last parser change and not read message by message before that.
# Sources: Discord's markdown as channels post it (headings '#', '##', '###', bullets '- ',
# subtext '-#', bold labels), Telegram font-converter bots' small capitals ('ᴇɴᴛʀʏ', 'ꜱᴛᴏᴘ
# ʟᴏꜱꜱ', 'ʟᴏɴɢ'), exchange order tickets and TP/SL dialogs copied as text ('Order Price',
# 'Take Profit (Last Price)', 'Stop Loss (Mark Price)', 'Leverage: 10.00x', a quantity that is
# no price), updates relayed as time-stamped log lines ('[14:32:10] SOLUSDT › TP1 hit @
# 152.00'), order-type words on every level ('Limit buy', 'Limit sell', 'Stop market'),
# home-made Python bots that print a dataclass, lists, tuples, None and floats as Python does
# ('targets=[152.0, 155.4]', '64211.399999999994'), WhatsApp formatting (bold '*Entry:*' and
# italic '_148.2_' around labels and prices), one-liners with the exits in brackets, rows pasted from a
# spreadsheet (tab-separated, or a semicolon CSV with decimal commas), headers naming the pair
# on several exchanges ('Binance: SOLUSDT | OKX: SOL-USDT-SWAP'), admins' narrative updates, lessons, polls and promotions that are no
# signals, Kurdish (Sorani) and Pashto labels (Western, Arabic-Indic or Persian digits) and
# Central Asian labels (Uzbek in Latin and Cyrillic letters,
# Kyrgyz, Tajik).

SMALL_CAPITALS = str.maketrans(
    "abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ",
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ" * 2,
)


def small_capitals(text: str) -> str:
    """Text as font-converter bots write it in 'small caps' (x has no small capital)."""
    return text.translate(SMALL_CAPITALS)


@style(
    "discord_heading_post",
    "Discord posts in its markdown: '# 🚀 LONG $SOL' then '## Entry' / '- 148.2 – 147.6' / '## Targets' / '- 152' lines / '## Stop', or '### SOLUSDT — SHORT' with '- **Entry:** …' bullets; the leverage in a '-# 10x cross · not financial advice' subtext line",
)
@own_stream
def discord_heading_post(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev_lo, lev = rng.choice([(None, 5), (None, 10), (None, 20), (5, 10), (10, 20)])
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.005) if is_zone else [d.entry]
    shown = entries if d.long else entries[::-1]
    entry_text = rng.choice([" – ", " - "]).join(num(v, d.dec) for v in shown)
    side = d.side.upper()
    icon = "🚀" if d.long else "📉"
    pair = rng.choice([f"${d.base}", f"{d.base}USDT", f"{d.base}/USDT"])
    lev_text = f"{lev_lo}-{lev}x" if lev_lo else f"{lev}x"
    cross = rng.random() < 0.4
    if rng.random() < 0.5:
        lines = [f"# {icon} {side} {pair}", "## Entry", f"- {entry_text}"]
        lines.append("## Targets" if len(tps) > 1 else "## Target")
        lines += [f"- {num(v, d.dec)}" for v in tps]
        lines += ["## Stop", f"- {num(sl, d.dec)}"]
        lines.append(f"-# {lev_text}{' cross' if cross else ''} · not financial advice")
    else:
        lines = [
            f"### {pair} — {side} {icon}",
            f"- **Entry:** {entry_text}",
            f"- **TP:** {' / '.join(num(v, d.dec) for v in tps)}",
            f"- **SL:** {num(sl, d.dec)}",
            f"- **Leverage:** {lev_text}{' (cross)' if cross else ''}",
            rng.choice(
                ["-# posted by @mods", "-# NFA, manage your risk", "-# react ✅ if you're in"]
            ),
        ]
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if cross:
        exp["margin_mode"] = "cross"
    return "\n".join(lines), exp


@style(
    "small_caps_label_card",
    "cards whose labels and side are written in small capitals by a font bot: '#SOL/USDT — ʟᴏɴɢ', 'ᴇɴᴛʀʏ: 148.2' or 'ᴇɴᴛʀʏ ᴢᴏɴᴇ: a - b' or 'ᴇɴᴛʀʏ: ᴍᴀʀᴋᴇᴛ', 'ᴛᴀʀɢᴇᴛꜱ: a | b' or 'ᴛᴘ1: …' lines, 'ꜱᴛᴏᴘ ʟᴏꜱꜱ:', 'ʟᴇᴠᴇʀᴀɢᴇ: ᴄʀᴏꜱꜱ 20x'",
)
@own_stream
def small_caps_label_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    sc = small_capitals
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 15, 20, 25])
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice(["⚡ ", "🔥 ", ""]) + sc("Signal Alert"))
    if rng.random() < 0.5:
        lines.append(f"#{d.base}/USDT — {sc(d.side.title())} {'🟢' if d.long else '🔴'}")
    else:
        lines += [f"{sc('Pair')}: {d.base}USDT", f"{sc('Direction')}: {sc(d.side.upper())}"]
    form = rng.random()
    if form < 0.2:
        entries: list[float] = []
        lines.append(f"{sc('Entry')}: {sc(rng.choice(['Market', 'Market price', 'Now (market)']))}")
    elif form < 0.5:
        entries = zone(d, 0.006)
        shown = entries if d.long else entries[::-1]
        lines.append(f"{sc('Entry Zone')}: {num(shown[0], d.dec)} - {num(shown[1], d.dec)}")
    else:
        entries = [d.entry]
        lines.append(f"{sc('Entry')}: {num(d.entry, d.dec)}")
    if rng.random() < 0.5:
        lines.append(f"{sc('Targets')}: " + " | ".join(num(v, d.dec) for v in tps))
    else:
        lines += [f"{sc('TP')}{i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{sc(rng.choice(['Stop Loss', 'Stoploss', 'SL']))}: {num(sl, d.dec)}")
    cross = rng.random() < 0.5
    lines.append(f"{sc('Leverage')}: " + (f"{sc('Cross')} " if cross else "") + f"{lev}x")
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if not entries:
        exp["order_type"] = "market"
    if cross:
        exp["margin_mode"] = "cross"
    return "\n".join(lines), exp


@style(
    "exchange_order_ticket",
    "an exchange's order ticket copied as text: 'Symbol: SOLUSDT Perpetual', 'Side: Buy / Long', 'Order Type: Limit' with 'Order Price: 148.20 USDT' (or 'Market'), 'Qty: 12.5 SOL', 'Leverage: 10.00x', 'Margin Mode: Isolated', 'Take Profit (Last Price): …', 'Stop Loss (Mark Price): …', 'Time in Force: GTC'",
)
@own_stream
def exchange_order_ticket(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    is_market = rng.random() < 0.3
    lev = rng.choice([5, 10, 20, 25, 50])
    mode = rng.choice(["Isolated", "Cross"])
    tps = targets(d, rng.choice([1, 1, 2]))
    sl = d.against()

    def p(v: float) -> str:
        return f"{v:.{d.dec}f}"  # tickets print the pair's price precision

    qty = rng.uniform(200, 3000) / d.entry
    qty_text = f"{qty:,.0f}" if qty >= 100 else f"{qty:.3f}".rstrip("0").rstrip(".")
    if d.long:
        side = rng.choice(["Buy / Long", "Buy", "Open Long"])
    else:
        side = rng.choice(["Sell / Short", "Sell", "Open Short"])
    lines = [
        rng.choice(["📝 Order details", "🧾 Order placed", "Order preview", "Order confirmation"]),
        f"Symbol: {d.base}USDT {rng.choice(['Perpetual', 'Perp', 'USDT-M'])}",
        f"Side: {side}",
        f"Order Type: {'Market' if is_market else 'Limit'}",
    ]
    if is_market:
        lines.append(rng.choice(["Order Price: Market", "Order Price: Market price"]))
    else:
        lines.append(f"Order Price: {p(d.entry)} USDT")
    lines += [f"Qty: {qty_text} {d.base}", f"Leverage: {lev}.00x", f"Margin Mode: {mode}"]
    tp_trigger = rng.choice(["Last Price", "Mark Price"])
    if len(tps) == 1:
        lines.append(f"Take Profit ({tp_trigger}): {p(tps[0])}")
    else:
        lines += [f"Take Profit {i} ({tp_trigger}): {p(v)} · 50%" for i, v in enumerate(tps, 1)]
    lines.append(f"Stop Loss ({rng.choice(['Mark Price', 'Last Price'])}): {p(sl)}")
    if rng.random() < 0.5:
        lines.append(rng.choice(["Time in Force: GTC", "Reduce-Only: No", "Post-Only: Off"]))
    exp = signal(
        d,
        order_type="market" if is_market else "limit",
        entries=[] if is_market else [d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
    )
    return "\n".join(lines), exp


@style(
    "order_type_level_words",
    "every level named by the order that places it: '#SOL — LONG plan', 'Limit buy 148.2' (one or three), 'Limit sell 152 / 155 / 158' or one 'Sell limit @ 152 (TP1)' line each, 'Stop market 144.1'; for a short 'Limit sell' is the entry and 'Limit buy' the targets",
)
@own_stream
def order_type_level_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    entries = d.ladder(rng.choice([1, 1, 3]))
    tps = targets(d, rng.randint(2, 3))
    sl = d.against(rng.uniform(0.025, 0.05))
    lev = rng.choice([None, 5, 10, 20])
    open_w, close_w = ("buy", "sell") if d.long else ("sell", "buy")
    limit_first = rng.random() < 0.5

    def order(word: str) -> str:
        return f"Limit {word}" if limit_first else f"{word.title()} limit @"

    lev_part = f" ({lev}x)" if lev else ""
    head = rng.choice(
        [
            f"#{d.base} — {d.side.upper()} plan{lev_part}",
            f"{d.base}USDT {d.side.upper()}{lev_part}",
            f"{d.side.title()} {d.base}{lev_part}",
        ]
    )
    lines = [head]
    lines += [f"{order(open_w)} {num(v, d.dec)}" for v in entries]
    if rng.random() < 0.5:
        lines.append(f"{order(close_w)} " + " / ".join(num(v, d.dec) for v in tps))
    else:
        lines += [f"{order(close_w)} {num(v, d.dec)} (TP{i})" for i, v in enumerate(tps, 1)]
    stop_word = rng.choice(["Stop market", "Stop-market", "Stop market @"])
    lines.append(f"{stop_word} {num(sl, d.dec)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "python_repr_bot",
    "home-made bots that print Python values: a dataclass \"Signal(symbol='SOLUSDT', side='BUY', order_type='LIMIT', entry=148.2, targets=[151.164, 154.128], stop_loss=144.1, leverage=10)\", or 'symbol: SOLUSDT', 'side: BUY', 'entry: 148.2' or 'entries: [148.2, 147.31, 146.42]', 'targets: [151.164, 154.128]' (floats as Python prints them, '64211.399999999994'), 'sl: 144.1', 'leverage: 10', 'type: MARKET' with 'entry: None', tuples '(a, b)'",
)
@own_stream
def python_repr_bot(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    n = rng.randint(2, 4)
    step = rng.choice([0.01, 0.012, 0.015, 0.02])
    tps = [d.entry * (1 + d.sign * step * (i + 1)) for i in range(n)]  # unrounded, as computed
    sl = d.entry * (1 - d.sign * rng.choice([0.02, 0.025, 0.03]))
    lev = rng.choice([5, 10, 20])
    verb = "BUY" if d.long else "SELL"
    pair = f"{d.base}USDT"
    form = rng.random()
    is_market = form < 0.2
    if is_market:
        entries: list[float] = []
    elif form < 0.45:
        entries = [d.entry * (1 - d.sign * 0.006 * i) for i in range(3)]
    else:
        entries = [d.entry]
    tp_text = repr(tps) if rng.random() < 0.7 else repr(tuple(tps))
    shape = rng.random()
    if shape < 0.35:
        order = "MARKET" if is_market else "LIMIT"
        entry_part = (
            "entry=None"
            if is_market
            else f"entries={entries!r}"
            if len(entries) > 1
            else f"entry={entries[0]!r}"
        )
        text = (
            f"{rng.choice(['', '📣 ', 'New: '])}Signal(symbol='{pair}', side='{verb}', "
            f"order_type='{order}', {entry_part}, targets={tp_text}, stop_loss={sl!r}, "
            f"leverage={lev})"
        )
    elif shape < 0.7:
        lines = [
            rng.choice(["🤖 Signal", "[SIGNAL]", "NEW SIGNAL"]),
            f"symbol: {pair}",
            f"side: {verb}",
        ]
        if is_market:
            lines += ["type: MARKET", "entry: None"]
        elif len(entries) > 1:
            lines.append(f"entries: {entries!r}")
        else:
            lines.append(f"entry: {entries[0]!r}")
        lines += [f"targets: {tp_text}", f"sl: {sl!r}", f"leverage: {lev}"]
        text = "\n".join(lines)
    else:
        entry_part = (
            "type: MARKET | entry: None"
            if is_market
            else f"entry: {entries!r}"
            if len(entries) > 1
            else f"entry: {entries[0]!r}"
        )
        text = f"{pair} {verb} | {entry_part} | tp: {tp_text} | sl: {sl!r} | lev: {lev}"
    exp = signal(
        d,
        order_type="market" if is_market else "limit",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return text, exp


@style(
    "whatsapp_underscore_italics",
    "WhatsApp-formatted posts: '*#SOL/USDT* _LONG_ 🟢', '*Entry:* _148.2_' or '_147.6 - 148.2_', '*Targets:* _152_ | _155_' or '*TP1:* _152_' lines, '*Stop Loss:* _144_', '*Leverage:* _10x_'; or labels in italics and values in bold ('_Entry:_ *148.2*'), a whole line in italics ('_SL: 144_'), '_Not financial advice_'",
)
@own_stream
def whatsapp_underscore_italics(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    swap = rng.random() < 0.35  # labels in italics, values in bold

    def field(label: str, value: str) -> str:
        if rng.random() < 0.2:
            return f"_{label}: {value}_"
        return f"_{label}:_ *{value}*" if swap else f"*{label}:* _{value}_"

    lines = [f"*#{d.base}/USDT* _{d.side.upper()}_ {'🟢' if d.long else '🔴'}"]
    form = rng.random()
    if form < 0.12:
        entries: list[float] = []
        lines.append(field("Entry", rng.choice(["market", "CMP", "now"])))
    elif form < 0.4:
        entries = zone(d, 0.005)
        shown = entries if d.long else entries[::-1]
        lines.append(field("Entry", f"{num(shown[0], d.dec)} - {num(shown[1], d.dec)}"))
    else:
        entries = [d.entry]
        lines.append(field("Entry", num(d.entry, d.dec)))
    if len(tps) > 1 and rng.random() < 0.5:
        lines += [field(f"TP{i}", num(v, d.dec)) for i, v in enumerate(tps, 1)]
    elif swap:
        lines.append("_Targets:_ " + " | ".join(f"*{num(v, d.dec)}*" for v in tps))
    else:
        lines.append("*Targets:* " + " | ".join(f"_{num(v, d.dec)}_" for v in tps))
    lines.append(field(rng.choice(["Stop Loss", "SL"]), num(sl, d.dec)))
    if lev:
        lines.append(field("Leverage", f"{lev}x"))
    if rng.random() < 0.4:
        lines.append(rng.choice(["_Not financial advice_", "_Manage your risk_ 🙏"]))
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if not entries:
        exp["order_type"] = "market"
    return "\n".join(lines), exp


@style(
    "bracketed_exits_one_liner",
    "one-liners with the exits in brackets: 'LONG $SOL 148.2 (TP 152/155, SL 144.1) 10x', '#ETH short @ 3412 [tp: 3350, 3300 | sl: 3460]', 'BTC Long 63,450 {targets 64,200 · 65,000; stop 62,800} x20', 'SHORT SOLUSDT 147.6-148.2 (tp 145; sl 151) lev 5x'",
)
@own_stream
def bracketed_exits_one_liner(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MEME)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    fmt = "comma" if d.entry >= 1000 and rng.random() < 0.6 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    form = rng.randrange(4)
    entries = [d.entry]
    if form == 0:
        text = f"{d.side.upper()} ${d.base} {p(d.entry)} (TP {'/'.join(p(v) for v in tps)}, SL {p(sl)})"
        text += f" {lev}x" if lev else ""
    elif form == 1:
        text = (
            f"#{d.base} {d.side} @ {p(d.entry)} [tp: {', '.join(p(v) for v in tps)} | sl: {p(sl)}]"
        )
        text += f" x{lev}" if lev else ""
    elif form == 2:
        text = (
            f"{d.base} {d.side.title()} {p(d.entry)} "
            f"{{targets {' · '.join(p(v) for v in tps)}; stop {p(sl)}}}"
        )
        text += f" x{lev}" if lev else ""
    else:
        entries = zone(d, 0.004)
        text = (
            f"{d.side.upper()} {d.base}USDT {p(entries[0])}-{p(entries[1])} "
            f"(tp {' '.join(p(v) for v in tps)}; sl {p(sl)})"
        )
        text += f" lev {lev}x" if lev else ""
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "spreadsheet_pasted_rows",
    "signals pasted from a spreadsheet: tab-separated 'Pair<TAB>SOLUSDT' / 'Side<TAB>Long' / 'Entry<TAB>148.2' / 'TP1<TAB>152' rows, or a header row 'Coin<TAB>Side<TAB>Entry<TAB>TP1<TAB>TP2<TAB>SL<TAB>Lev' over one row of values, or the same as a semicolon CSV from a European spreadsheet ('SOL;LONG;148,2;152;155;144;10', decimal comma); a zone in one cell '147.6 - 148.2', 'market' for the entry",
)
@own_stream
def spreadsheet_pasted_rows(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    shape = rng.choice(["rows", "rows", "table", "table", "csv"])
    sep = ";" if shape == "csv" else "\t"

    def p(v: float) -> str:
        return eu(v, d.dec, "") if shape == "csv" else num(v, d.dec)

    form = rng.random()
    if form < 0.15:
        entries: list[float] = []
        entry_cell = rng.choice(["market", "Market", "CMP"])
    elif form < 0.4:
        entries = zone(d, 0.005)
        entry_cell = f"{p(entries[0])} - {p(entries[1])}"
    else:
        entries = [d.entry]
        entry_cell = p(d.entry)
    side = rng.choice([d.side.upper(), d.side.title()])
    lev_cell = rng.choice([f"{lev}x", str(lev)])
    tp_heads = ["TP"] if len(tps) == 1 else [f"TP{i}" for i in range(1, len(tps) + 1)]
    heads = [rng.choice(["Coin", "Pair", "Symbol"]), "Side", "Entry", *tp_heads, "SL", "Lev"]
    cells = [f"{d.base}USDT", side, entry_cell, *(p(v) for v in tps), p(sl), lev_cell]
    if shape == "rows":
        text = "\n".join(f"{h}{sep}{c}" for h, c in zip(heads, cells, strict=True))
    else:
        text = sep.join(heads) + "\n" + sep.join(cells)
    if rng.random() < 0.3:
        text = rng.choice(["Today's setup 👇", "From our sheet:", "Trade log #214"]) + "\n" + text
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if not entries:
        exp["order_type"] = "market"
    return text, exp


@style(
    "multi_exchange_pairs",
    "a header naming the pair on several exchanges: 'Binance: SOLUSDT | Bybit: SOLUSDT | OKX: SOL-USDT-SWAP' or '📌 SOLUSDT (Binance) · SOL-USDT (BingX) · SOLUSDTM (KuCoin)', then the side and 'Entry', 'TP', 'SL', 'Leverage' lines",
)
@own_stream
def multi_exchange_pairs(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    b = d.base
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    venues = [
        ("Binance", f"{b}USDT"),
        ("Bybit", f"{b}USDT"),
        ("OKX", f"{b}-USDT-SWAP"),
        ("Bitget", f"{b}USDT"),
        ("BingX", f"{b}-USDT"),
        ("KuCoin", "XBTUSDTM" if b == "BTC" else f"{b}USDTM"),
        ("MEXC", f"{b}_USDT"),
    ]
    chosen = rng.sample(venues, rng.randint(2, 4))
    if rng.random() < 0.5:
        header = " | ".join(f"{v}: {s}" for v, s in chosen)
    else:
        header = "📌 " + " · ".join(f"{s} ({v})" for v, s in chosen)
    is_zone = rng.random() < 0.3
    entries = zone(d, 0.005) if is_zone else [d.entry]
    entry_text = (
        f"{num(entries[0], d.dec)} - {num(entries[1], d.dec)}" if is_zone else num(d.entry, d.dec)
    )
    lines = [
        rng.choice(["🔔 New setup", "🆕 Trade idea", f"Setup #{rng.randint(100, 999)}"]),
        header,
        f"{d.side.upper()} {'🟢' if d.long else '🔴'}",
        f"Entry: {entry_text}",
        f"TP: {' / '.join(num(v, d.dec) for v in tps)}",
        f"SL: {num(sl, d.dec)}",
        f"Leverage: {lev}x",
    ]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


_LOG_FORMS = itertools.cycle(range(10))


@style(
    "follow_ups_timestamped_log",
    "updates relayed as time-stamped log lines: '[14:32:10] SOLUSDT › TP1 hit @ 152.00', '2026-12-05 14:32 UTC | ETHUSDT | STOP LOSS HIT @ 3,460.00', '05.12 09:15 — #LINK stop moved to 14.62', '⏱ 14:32 · SOL · closed 50% @ 152.3', '[09:41] #DOGE cancelled (not filled)', '[11:02:45] re-entry SOL 146.5', '[16:20] #AVAX TP2 ✅ — SL → entry', '2026-12-05T18:05:00Z ARBUSDT closed 100% @ 1.1534'",
)
@own_stream
def follow_ups_timestamped_log(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    b = d.base
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    fmt = "comma" if d.entry >= 1000 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    form = next(_LOG_FORMS)
    if form == 0:
        n = rng.randint(1, 3)
        tp = targets(d, n)[-1]
        return (
            f"[{hh:02d}:{mm:02d}:{ss:02d}] {b}USDT › TP{n} hit @ {p(tp)}",
            follow("target_hit", b, target_index=n, price=tp, actions=["target_hit"]),
        )
    if form == 1:
        at = d.against()
        return (
            f"2026-12-05 {hh:02d}:{mm:02d} UTC | {b}USDT | STOP LOSS HIT @ {p(at)}",
            follow("stop_hit", b, price=at, actions=["stop_hit"]),
        )
    if form == 2:
        new = d.round(d.entry * (1 + d.sign * 0.006))
        return (
            f"05.12 {hh:02d}:{mm:02d} — #{b} stop moved to {p(new)}",
            follow("stop_moved", b, new_stop=new, actions=["stop_moved"]),
        )
    if form == 3:
        pct = rng.choice([25, 30, 50])
        at = targets(d, 1)[0]
        return (
            f"⏱ {hh:02d}:{mm:02d} · {b} · closed {pct}% @ {p(at)}",
            follow("close", b, close_fraction=pct / 100, price=at, actions=["close"]),
        )
    if form == 4:
        return (
            f"[{hh:02d}:{mm:02d}] #{b} cancelled ({rng.choice(['not filled', 'entry missed', 'setup invalid'])})",
            follow("cancel", b, actions=["cancel"]),
        )
    if form == 5:
        at = d.round(d.entry * (1 - d.sign * 0.01))
        return (
            f"[{hh:02d}:{mm:02d}:{ss:02d}] re-entry {b} {p(at)}",
            follow("reentry", b, price=at, actions=["reentry"]),
        )
    if form == 6:
        return (
            f"{hh:02d}:{mm:02d} UTC — {b} entry filled {p(d.entry)}",
            follow("entry_filled", b, price=d.entry, actions=["entry_filled"]),
        )
    if form == 7:
        n = rng.randint(1, 2)
        return (
            f"[{hh:02d}:{mm:02d}] #{b} TP{n} ✅ — SL → entry",
            follow(
                "target_hit",
                b,
                target_index=n,
                stop_to_entry=True,
                actions=["target_hit", "stop_moved"],
            ),
        )
    if form == 8:
        at = targets(d, 1, 0.03)[0]
        return (
            f"2026-12-05T{hh:02d}:{mm:02d}:{ss:02d}Z {b}USDT closed 100% @ {p(at)}",
            follow("close", b, close_fraction=1.0, price=at, actions=["close"]),
        )
    return (
        f"[{hh:02d}:{mm:02d}] ${b} all targets done 🎯",
        follow("target_hit", b, actions=["target_hit"]),
    )


_NARRATIVE_FORMS = itertools.cycle(range(12))


@style(
    "follow_ups_narrative_admin",
    "admins' updates told as sentences: 'Quick update on the SOL long: first target tagged at 152, I'm moving my stop to entry and letting the rest ride', 'ETH short didn't work out, we got stopped at 3,460', 'Cancel the LINK order for now, price ran away without filling us', 'Adding back SOL at 146.5, same stop and targets', 'I'm raising the stop on AVAX to 35.9'",
)
@own_stream
def follow_ups_narrative_admin(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    b = d.base
    fmt = "comma" if d.entry >= 1000 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    form = next(_NARRATIVE_FORMS)
    if form == 0:
        tp = targets(d, 1)[0]
        return (
            f"Quick update on the {b} {d.side}: first target tagged at {p(tp)}, I'm moving my stop to entry and letting the rest ride.",
            follow(
                "target_hit",
                b,
                target_index=1,
                price=tp,
                stop_to_entry=True,
                actions=["target_hit", "stop_moved"],
            ),
        )
    if form == 1:
        at = d.against()
        return (
            f"{b} {d.side} didn't work out, we got stopped at {p(at)}. On to the next one.",
            follow("stop_hit", b, price=at, actions=["stop_hit"]),
        )
    if form == 2:
        return (
            f"Cancel the {b} order for now, price ran away without filling us.",
            follow("cancel", b, actions=["cancel"]),
        )
    if form == 3:
        return (
            f"Taking everything off the table on {b} here, the full position is closed.",
            follow("close", b, close_fraction=1.0, actions=["close"]),
        )
    if form == 4:
        at = d.round(d.entry * (1 - d.sign * 0.01))
        return (
            f"Adding back {b} at {p(at)}, same stop and targets as before.",
            follow("reentry", b, price=at, actions=["reentry"]),
        )
    if form == 5:
        new = d.round(d.entry * (1 + d.sign * 0.008))
        return (
            f"I'm {'raising' if d.long else 'lowering'} the stop on {b} to {p(new)} to protect the gains.",
            follow("stop_moved", b, new_stop=new, actions=["stop_moved"]),
        )
    if form == 6:
        pct = rng.choice([30, 40, 60])
        return (
            f"Took some profit on {b}: {pct}% of the position is off, the rest stays open.",
            follow("close", b, close_fraction=pct / 100, actions=["close"]),
        )
    if form == 7:
        return (
            f"Second target on {b} done ✅ all going to plan.",
            follow("target_hit", b, target_index=2, actions=["target_hit"]),
        )
    if form == 8:
        avg = d.round(d.entry * (1 - d.sign * 0.004))
        return (
            f"Both entries on {b} are filled now, average {p(avg)}.",
            follow("entry_filled", b, price=avg, actions=["entry_filled"]),
        )
    if form == 9:
        return (
            f"The {b} idea is invalid now, don't take it if you haven't yet.",
            follow("cancel", b, actions=["cancel"]),
        )
    if form == 10:
        at = targets(d, 1, 0.02)[0]
        return (
            f"Closing half of my {b} here at {p(at)}, the stop stays where it is.",
            follow("close", b, close_fraction=0.5, price=at, actions=["close"]),
        )
    return (
        f"All targets hit on {b} 🎯 trade closed in profit.",
        follow("target_hit", b, actions=["target_hit"]),
    )


CHATTER_LESSONS = [
    "📚 Lesson of the day: a stop loss is not a suggestion. Set it before you enter, not after the price hits it.",
    "How to set TP/SL on Bybit: 1) open the position 2) tap TP/SL 3) type your take profit and stop loss prices 4) confirm ✅",
    "Example: entry 100, stop 95, target 110 → risk 5, reward 10, R:R 1:2. That is the minimum we take.",
    "📊 Poll: where is BTC at the end of the week? 🟢 above 65k / 🔴 below 60k / ⚪ in between",
    "Use code CRYPTO20 on Bitget for a 20% fee discount and a 50 USDT bonus 🎁",
    "Our VIP results this week: SOL +42% ✅ ETH +18% ✅ LINK -9% ❌ — 2 of 3 winners",
    "🎙 AMA tonight at 18:00 UTC with the founder of the project, bring your questions",
    "Reminder: never put more than 2-3% of your balance in one trade, even on 10x",
    "BTC dominance 54.3%, ETH/BTC 0.0537 — alts still bleeding",
    "If you enter at 100 with 10x and the price moves to 101, your position makes +10%. It works the other way too.",
    "Not a signal: watching SOL around 140 for a possible long if the weekly support holds",
    "GM fam ☕ markets are quiet today, no new trades until the CPI print at 13:30 UTC",
    "Closed trades go to #results, open ones to #signals. Please don't DM the admins for entries.",
    "Bitcoin halving countdown: 128 days, block 1,050,000 🔥",
]
_LESSONS_ONCE = itertools.cycle(CHATTER_LESSONS)  # each line once


@style(
    "chatter_lessons_polls",
    "channel posts that are no signals: lessons with example prices ('entry 100, stop 95, target 110'), how-to steps for TP/SL, polls with price levels, referral codes, weekly results, AMAs, reminders, dominance figures, a watchlist note, countdowns",
)
@own_stream
def chatter_lessons_polls(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return next(_LESSONS_ONCE), {"kind": "not_signal"}


ARABIC_INDIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
PERSIAN_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


@style(
    "kurdish_pashto_labels",
    "Kurdish (Sorani) labels: 'جووت:', 'ئاراستە: کڕین/فرۆشتن' or 'لۆنگ/شۆرت', 'خاڵی چوونەژوورەوە:', 'ئامانجەکان:' or 'ئامانج ١:', 'ستۆپ لۆس:', 'لیڤەرێج:'; Pashto labels: 'جوړه:', 'لوری: پېرل/پلورل', 'ننوتل:', 'هدفونه:' or 'هدف ۱:', 'سټاپ لاس:', 'لیوریج:'; Western digits, or Arabic-Indic / Persian digits with '٫'",
)
@own_stream
def kurdish_pashto_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    if rng.random() < 0.5:
        pair_w, dir_w, buy_w, sell_w = "جووت", "ئاراستە", "کڕین", "فرۆشتن"
        entry_w = rng.choice(["خاڵی چوونەژوورەوە", "چوونەژوورەوە"])
        tps_w, tp_w, stop_w, lev_w = "ئامانجەکان", "ئامانج", "ستۆپ لۆس", "لیڤەرێج"
        side_words = ("لۆنگ", "شۆرت")
        digits = ARABIC_INDIC
    else:
        pair_w, dir_w, buy_w, sell_w = "جوړه", "لوری", "پېرل", "پلورل"
        entry_w = "ننوتل"
        tps_w, tp_w, stop_w, lev_w = "هدفونه", "هدف", "سټاپ لاس", "لیوریج"
        side_words = ("LONG", "SHORT")
        digits = PERSIAN_DIGITS
    native = rng.random() < 0.3

    def p(v: float) -> str:
        text = num(v, d.dec)
        return text.translate(digits) if native else text

    side = rng.choice(
        [buy_w if d.long else sell_w, side_words[0] if d.long else side_words[1], d.side.upper()]
    )
    is_zone = rng.random() < 0.3
    entries = zone(d, 0.005) if is_zone else [d.entry]
    entry_text = f"{p(entries[0])} - {p(entries[1])}" if is_zone else p(d.entry)
    lines = [f"{pair_w}: #{d.base}/USDT", f"{dir_w}: {side}", f"{entry_w}: {entry_text}"]
    if rng.random() < 0.5:
        lines.append(f"{tps_w}: " + " - ".join(p(v) for v in tps))
    else:
        lines += [
            f"{tp_w} {str(i).translate(digits) if native else i}: {p(v)}"
            for i, v in enumerate(tps, 1)
        ]
    lines += [f"{stop_w}: {p(sl)}", f"{lev_w}: {lev}x"]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "central_asian_labels",
    "Uzbek in Latin letters (Juftlik, Yo'nalish: Sotib olish/Sotish, Kirish nuqtasi, Maqsadlar or 'Maqsad 1:', Stop loss, Leveraj) and Cyrillic (Жуфтлик, Йўналиш, Кириш нуқтаси, Мақсадлар, Стоп лосс, Левераж), Kyrgyz (Жуп, Багыт: Сатып алуу/Сатуу, Кирүү, Максаттар, Стоп, Рычаг) and Tajik (Ҷуфт, Самт: Харид/Фурӯш, Вуруд, Ҳадафҳо, Стоп-лосс, Фишанг) labels; leverage 'x10' or '10X'",
)
@own_stream
def central_asian_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 20, 25])
    lang = rng.choice(["uz", "uz_cyr", "ky", "tg"])
    words = {
        "uz": (
            "Juftlik",
            "Yo'nalish",
            ("Sotib olish", "Sotish"),
            "Kirish nuqtasi",
            "Maqsadlar",
            "Maqsad",
            "Stop loss",
            "Leveraj",
        ),
        "uz_cyr": (
            "Жуфтлик",
            "Йўналиш",
            ("Сотиб олиш", "Сотиш"),
            "Кириш нуқтаси",
            "Мақсадлар",
            "Мақсад",
            "Стоп лосс",
            "Левераж",
        ),
        "ky": (
            "Жуп",
            "Багыт",
            ("Сатып алуу", "Сатуу"),
            "Кирүү",
            "Максаттар",
            "Максат",
            "Стоп",
            "Рычаг",
        ),
        "tg": (
            "Ҷуфт",
            "Самт",
            ("Харид", "Фурӯш"),
            "Вуруд",
            "Ҳадафҳо",
            "Ҳадаф",
            "Стоп-лосс",
            "Фишанг",
        ),
    }[lang]
    pair_w, dir_w, (buy_w, sell_w), entry_w, tps_w, tp_w, stop_w, lev_w = words
    side = rng.choice([d.side.upper(), buy_w if d.long else sell_w])
    is_zone = rng.random() < 0.3
    entries = zone(d, 0.005) if is_zone else [d.entry]
    entry_text = (
        f"{num(entries[0], d.dec)} - {num(entries[1], d.dec)}" if is_zone else num(d.entry, d.dec)
    )
    lines = [
        f"{pair_w}: #{d.base}USDT",
        f"{dir_w}: {side} {'🟢' if d.long else '🔴'}",
        f"{entry_w}: {entry_text}",
    ]
    if rng.random() < 0.5:
        lines.append(f"{tps_w}: " + " - ".join(num(v, d.dec) for v in tps))
    else:
        lines += [f"{tp_w} {i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines += [
        f"{stop_w}: {num(sl, d.dec)}",
        f"{lev_w}: {rng.choice([f'x{lev}', f'{lev}X', f'{lev}x'])}",
    ]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


HOLDOUT = {
    # tenth round, held out: measured once (README: "Tenth round")
    "south_asian_scripts",
    "caucasus_asia_scripts",
    "exchange_square_post",
    "turkish_labels",
    "table_card",
    "confidence_tagged",
    "stop_as_condition",
    "coin_margined",
    "polish_dutch_labels",
    "persian_labels",
    "scalp_indicator",
    "brazil_dot_thousands",
    "turkish_suffix_oneliner",
    "spanish_sentence",
    "bracket_tags",
    "emoji_arrows_block",
    "short_replies",
    "hindi_devanagari_labels",
    "padded_column_card",
    "follow_ups_with_prices",
    "news_lookalike_chatter",
    "mixed_case_oneliner",
    # ninth round, second set: measured once, then read (README: "Ninth round")
    "english_levels_chatter",
    # measured once, held out (README: "Measured once, held out")
    "algo_alert_underlined",
    "box_table_card",
    "trade_plan_bullets",
    "lobo_asterisk_card",
    "points_targets_boxed",
    "medal_targets_hashtags",
    "hungarian_swedish_labels",
    "romanian_czech_labels",
    "follow_ups_held_out",
    "chatter_held_out",
    "discord_relay_custom_emoji",
    "edited_one_field",
    "purchase_topup_plan",
    # measured once, held out (second) (README: "Measured once, held out (second)")
    "pending_order_words",
    "hashtag_field_labels",
    "thread_numbered_parts",
    "webhook_json_relay",
    "middot_compact_card",
    "spot_dca_numbered",
    "tgt_caps_calls",
    "risk_sized_plan",
    "checkbox_status_card",
    "finnish_baltic_labels",
    "kazakh_azeri_labels",
    "follow_ups_status_lines",
    "follow_ups_admin_slang",
    "chatter_feeds_alerts",
    # measured once, held out (third) (README: "Measured once, held out (third)")
    "discord_heading_post",
    "small_caps_label_card",
    "exchange_order_ticket",
    "order_type_level_words",
    "python_repr_bot",
    "whatsapp_underscore_italics",
    "bracketed_exits_one_liner",
    "spreadsheet_pasted_rows",
    "multi_exchange_pairs",
    "follow_ups_timestamped_log",
    "follow_ups_narrative_admin",
    "chatter_lessons_polls",
    "kurdish_pashto_labels",
    "central_asian_labels",
}
SECOND_ROUND = {
    "margin_mode_card",
    "whatsapp_new_position",
    "free_trade_zone",
    "repeated_tp_lines",
    "square_trade_plan",
    "square_risk_breakdown",
    "german_labels",
    "french_labels",
    "vietnamese_labels",
    "indonesian_labels",
    "arabic_labels",
    "relay_follow_ups",
    "result_chatter",
    "italian_labels",
    "discord_limit_order",
    "square_dca_plan",
}
# Measured once (README: "Measured once, held out"), never read message by message.
HELD_OUT_ONCE = {
    "algo_alert_underlined",
    "box_table_card",
    "trade_plan_bullets",
    "lobo_asterisk_card",
    "points_targets_boxed",
    "medal_targets_hashtags",
    "hungarian_swedish_labels",
    "romanian_czech_labels",
    "follow_ups_held_out",
    "chatter_held_out",
    "discord_relay_custom_emoji",
    "edited_one_field",
    "purchase_topup_plan",
}
# Measured once after the day's last parser change (README: "Measured once, held out
# (second)"), never read message by message before that measurement.
HELD_OUT_ONCE_SECOND = {
    "pending_order_words",
    "hashtag_field_labels",
    "thread_numbered_parts",
    "webhook_json_relay",
    "middot_compact_card",
    "spot_dca_numbered",
    "tgt_caps_calls",
    "risk_sized_plan",
    "checkbox_status_card",
    "finnish_baltic_labels",
    "kazakh_azeri_labels",
    "follow_ups_status_lines",
    "follow_ups_admin_slang",
    "chatter_feeds_alerts",
}
# Measured once after the day's last parser change (README: "Measured once, held out
# (third)"), never read message by message before that measurement.
HELD_OUT_ONCE_THIRD = {
    "discord_heading_post",
    "small_caps_label_card",
    "exchange_order_ticket",
    "order_type_level_words",
    "python_repr_bot",
    "whatsapp_underscore_italics",
    "bracketed_exits_one_liner",
    "spreadsheet_pasted_rows",
    "multi_exchange_pairs",
    "follow_ups_timestamped_log",
    "follow_ups_narrative_admin",
    "chatter_lessons_polls",
    "kurdish_pashto_labels",
    "central_asian_labels",
}
THIRD_ROUND = {"polish_dutch_labels", "persian_labels", "scalp_indicator"}
EIGHTH_ROUND = {
    "hindi_devanagari_labels",
    "padded_column_card",
    "follow_ups_with_prices",
    "news_lookalike_chatter",
    "mixed_case_oneliner",
}
SEVENTH_ROUND = {
    "turkish_suffix_oneliner",
    "spanish_sentence",
    "bracket_tags",
    "emoji_arrows_block",
    "short_replies",
}
# Measured once while held out (README: "Sixth round"), then developed on — all but
# brazil_dot_thousands, kept held out (see the README).
SIXTH_ROUND = {
    "signal_card_with_id",
    "brazil_dot_thousands",
    "entry_ladder_allocation",
    "follow_ups_languages",
    "chatter_with_levels",
}
# Measured once while held out (README: "Fifth round"), then developed on.
FIFTH_ROUND = {
    "ukrainian_labels",
    "spot_between_prose",
    "keycap_emoji_targets",
    "dollar_hashtag_one_liner",
}
# Measured once while held out (README: "Fourth round"), then developed on.
FOURTH_ROUND = {
    "chinese_labels",
    "korean_japanese_labels",
    "thai_hinglish",
    "markdown_bullet_card",
    "key_value_command",
    "percent_targets",
    "copy_trade_notice",
    "tradingview_alert",
    "follow_ups_round4",
    "chatter_round4",
}
# Measured once before the parser saw them (README: "Ninth round"), then developed on.
NINTH_ROUND = {
    "cornix_orders_block",
    "premium_hashtag_post",
    "cmp_add_more_ladder",
    "discord_embed_flat",
    "risk_plan_card",
    "reply_thread_post",
    "exchange_copy_bot",
    "bold_alert_card",
    "tp_allocation_plan",
    "limit_order_plan",
    "spot_swing_targets",
    "discord_mention_post",
    "forwarded_signature",
    "breakout_entry",
    "percent_stop",
    "timestamped_signal",
    "numbered_field_list",
    "markdown_table",
    "first_person_paragraph",
    "unicode_bold_card",
    "current_price_line",
    "branded_banner_post",
    "em_dash_bullets",
    "leverage_without_x",
    "profit_target_wording",
    "spot_and_futures_plan",
}
# Measured once before the parser saw them (README: "Markets and numbers"), then developed on.
MARKETS_AND_NUMBERS_ROUND = {
    "lowercase_terse_coin",
    "coin_names",
    "unknown_and_word_tickers",
    "exchange_symbol_syntax",
    "number_notations",
}


# ---- mainstream English, second round: measured once before the parser saw them ----------
# Researched from Binance Square trade-plan posts ("Scenario A (Bullish/Long Setup)", "Trigger
# Price:", "Target Take-Profit: ○ TP1:", reasons in brackets with Fibonacci levels and moving
# averages; "4H Short Setup" posts with section headings on their own lines, "Current Price:"
# and a "TRADE SNAPSHOT" recap), copier-bot projects' example messages (emoji lines, "Take
# Profit: 95, 90", "SELL @ a - b", "SL ● x"), signal-reading guides ("Entry: $64,200 -
# $64,500", "TP1 (+3%): $66,200 — close 30%", "SL: $62,100 (-3.5%)", "3x Isolated"), exchange
# feed guidelines ("Leverage Cross x20", breakout "above"/"below") and X/Twitter trade posts
# (cashtags, k prices, "NFA", a chart below). Written anew with drawn prices; every style draws
# from its own stream (README: "Mainstream English, second round").

MS2_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def ms2_pair(d: Draw, rng: random.Random) -> str:
    return rng.choice(
        [f"{d.base}/USDT", f"{d.base}USDT", f"#{d.base}USDT", f"${d.base}", f"#{d.base}/USDT"]
    )


def ms2_fmt(d: Draw, rng: random.Random) -> Callable[[float], str]:
    """A price formatter for the draw: comma thousands or plain, sometimes a dollar sign."""
    comma = rng.random() < 0.6
    dollar = rng.random() < 0.35

    def p(v: float) -> str:
        text = num(v, d.dec, "comma" if comma else "plain")
        return "$" + text if dollar else text

    return p


def ms2_pct(entry: float, level: float) -> str:
    return f"{(level - entry) / entry * 100:+.1f}%"


@style(
    "scenario_trigger_setup",
    "Square setup posts with one scenario: '🟢 Long Setup — Range Breakout & Retest', '⚆ Trigger Condition:' sentence naming the level, '⚆ Trigger Price: $0.1820', '⚆ Stop-Loss: $0.1590 (below the MA(50) support)', '⚆ Target Take-Profit:' then '○ TP1: $0.2372 (0.236 Fibonacci level)', 'RRR: 1:2.4 (to TP1)'",
)
@own_stream
def ms2_scenario(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3), 0.04)
    sl = d.against(rng.uniform(0.03, 0.06))
    p = ms2_fmt(d, rng)
    tf = rng.choice(["4H", "1H", "1D", "15m"])
    kind = "Bullish/Long" if d.long else "Bearish/Short"
    pattern = rng.choice(
        ["Range Breakout & Retest", "Trend Continuation", "MA(200) Rejection", "Liquidity Sweep"]
    )
    way = "above" if d.long else "below"
    lvl = rng.choice(
        ["resistance", "range high", "local high"]
        if d.long
        else ["support", "range low", "local low"]
    )
    fib = ["0.236", "0.382", "0.5", "0.618"]
    reasons = [
        f"{fib[i]} Fibonacci level"
        if rng.random() < 0.5
        else rng.choice(
            [
                "local structural liquidity",
                "previous swing high" if d.long else "previous swing low",
                "FVG midpoint",
                "macro range edge",
            ]
        )
        for i in range(len(tps))
    ]
    ma = rng.choice(["MA(50)", "MA(200)", "EMA 21", "50 EMA"])
    lines = [
        f"{d.base}/USDT — {tf} Analysis" if rng.random() < 0.5 else f"${d.base} Trade Setup ({tf})",
        "",
        f"{'🟢' if d.long else '🔴'} Scenario ({kind} Setup) — {pattern}",
        f"⚆ Trigger Condition: Wait for a clean {tf} candle close {way} the {p(d.entry)} {lvl}, "
        "then a limit entry on the retest of that level.",
        f"⚆ Trigger Price: {p(d.entry)}" + rng.choice(["", " (on confirmation)"]),
        f"⚆ Stop-Loss: {p(sl)} (placed {'below' if d.long else 'above'} the {ma} {'support' if d.long else 'resistance'})",
        "⚆ Target Take-Profit:",
    ]
    lines += [
        f"○ TP{i}: {p(v)} ({r})" for i, (v, r) in enumerate(zip(tps, reasons, strict=True), 1)
    ]
    rr = [f"1:{abs(v - d.entry) / abs(d.entry - sl):.1f} (to TP{i})" for i, v in enumerate(tps, 1)]
    lines += [
        f"⚆ Risk-to-Reward Ratio (RRR): {' / '.join(rr[:2])}",
        "",
        "Disclaimer: This content is for informational purposes only and should not be considered financial advice. Always do your own research (DYOR).",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "section_header_snapshot",
    "'BTCUSDT – 4H Short Setup (Breakdown + Momentum)', '🔴 Bias: Short', section headings on their own lines ('🔹 ENTRY ZONE', '🔹 STOP LOSS (SL)', '🔹 TAKE PROFIT TARGETS') with the values on the lines below behind icons, '📍 Current Price:', a 'TRADE SNAPSHOT' recap of the same levels ('🔻 SHORT @ a – b', '🛑 SL → c', '🎯 TP1 → x'); two stops ('Tight SL' / 'Safe SL') go to review",
)
@own_stream
def ms2_snapshot(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    entries = zone(d, rng.choice([0.005, 0.009]))
    far = entries[0] if d.long else entries[-1]
    near = entries[-1] if d.long else entries[0]
    tps = [
        d.round(near * (1 + d.sign * g)) for g in (0.018, 0.035, 0.055, 0.08)[: rng.randint(2, 4)]
    ]
    sl = d.round(far * (1 - d.sign * rng.uniform(0.015, 0.03)))
    p = ms2_fmt(d, rng)
    side = "Long" if d.long else "Short"
    cur = d.round(near * (1 + d.sign * 0.004))
    two_stops = rng.random() < 0.15
    lines = [
        f"{d.base}USDT – {rng.choice(['4H', '1H', '1D'])} {side} Setup ({rng.choice(['Breakdown + Momentum Continuation', 'Retest of structure', 'Range play'])})",
        f"{'🟢' if d.long else '🔴'} Bias: {side}",
        f"💬 {d.base} keeps respecting its {'ascending' if d.long else 'descending'} trendline; the last candle closed {'above' if d.long else 'below'} a key level, confirming momentum.",
        "🔹 ENTRY ZONE",
        f"🎯 {p(entries[0])} – {p(entries[1])} ({side.lower()} on retest of the flipped level)",
    ]
    if rng.random() < 0.6:
        lines.append(f"📍 Current Price: {p(cur)}")
    lines.append("🔹 STOP LOSS (SL)")
    if two_stops:
        sl2 = d.round(sl * (1 - d.sign * 0.012))
        lines += [
            f"🛑 Tight SL → {p(sl)} (above structure flip)"
            if not d.long
            else f"🛑 Tight SL → {p(sl)} (below structure flip)",
            f"🛡 Safe SL → {p(sl2)} (beyond the prior swing)",
        ]
    else:
        lines.append(f"🛑 {p(sl)} ({'below' if d.long else 'above'} the structure flip)")
    lines.append("🔹 TAKE PROFIT TARGETS")
    notes = ["Minor level", "Key swing level", "Measured move", "Extension zone"]
    lines += [f"🟢 TP{i} {p(v)} {notes[i - 1]}" for i, v in enumerate(tps, 1)]
    lines += ["🔹 RISK–REWARD ESTIMATE (RRR)", f"SL = {p(sl)} → TP2 ≈ 1:{rng.uniform(2, 4):.1f} ✅"]
    if rng.random() < 0.7:
        lines += [
            "🎨 TRADE SNAPSHOT",
            f"{'🔺 LONG' if d.long else '🔻 SHORT'} @ {p(entries[0])} – {p(entries[1])}",
            f"🛑 SL → {p(sl)}",
        ]
        lines += [f"🎯 TP{i} → {p(v)}" for i, v in enumerate(tps, 1)]
    text = "\n".join(lines)
    if two_stops:
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "dca_numbered_targets",
    "'Entry (DCA): a – b – c' or 'Entry: a (DCA b)', 'Targets: 1. x 2. y 3. z' on one line or numbered lines, 'SL: 4H close below s' or 'SL: Below s (4h close)', 'Leverage: Cross 20x–50x' (the upper end)",
)
@own_stream
def ms2_dca(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    n_entries = rng.choice([2, 3])
    entries = d.ladder(n_entries)
    tps = targets(d, rng.randint(3, 4), 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    p = ms2_fmt(d, rng)
    lo, hi = rng.choice([(10, 20), (20, 50), (5, 10), (25, 50)])
    mode = rng.choice(["Cross", "Isolated"])
    dash = rng.choice([" – ", " - ", " / "])
    head = rng.choice(
        [
            f"{'🟢 LONG' if d.long else '🔴 SHORT'} {ms2_pair(d, rng)}",
            f"{ms2_pair(d, rng)} | {d.side.upper()}",
            f"{d.side.title()} {ms2_pair(d, rng)} 📊",
        ]
    )
    # two prices joined by a dash are a range (low to high); a ladder keeps its written order
    exp_entries = sorted(entries) if n_entries == 2 and dash != " / " else entries
    label = rng.choice(
        [
            "Entry (DCA)",
            "DCA Entries",
            "Entry zone (DCA)" if n_entries == 2 and dash != " / " else "Entries (DCA)",
        ]
    )
    entry_line = f"{label}: {dash.join(p(v) for v in entries)}"
    if rng.random() < 0.4:
        tp_lines = ["Targets: " + " ".join(f"{i}. {p(v)}" for i, v in enumerate(tps, 1))]
    else:
        tp_lines = ["Targets:"] + [f"{i}. {p(v)}" for i, v in enumerate(tps, 1)]
    cond = rng.choice(["4H", "4h", "daily", "1D", "12H"])
    way = "below" if d.long else "above"
    stop = rng.choice(
        [
            f"SL: {cond} close {way} {p(sl)}",
            f"SL: {way.title()} {p(sl)} ({cond} close)",
            f"Stop Loss: {p(sl)} ({cond} candle close {way})",
        ]
    )
    lev = rng.choice(
        [
            f"Leverage: {mode} {lo}x–{hi}x",
            f"Leverage: {mode} {lo}x - {hi}x",
            f"Lev: {lo}-{hi}x {mode.lower()}",
        ]
    )
    lines = [head, "", entry_line, *tp_lines, stop, lev]
    if rng.random() < 0.5:
        lines += [
            "",
            rng.choice(
                [
                    "Use only 2-3% of your wallet per entry.",
                    "Risk management is a must ⚠️",
                    "DCA only if the first entry fills.",
                ]
            ),
        ]
    return "\n".join(lines), signal(
        d,
        entries=exp_entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=hi,
        margin_mode=mode.lower(),
    )


@style(
    "buy_sell_zone_spot",
    "spot calls with zones: '#ARB (SPOT) 💎', 'Buy zone: a - b', 'Sell zone: x - y - z' or 'Sell zones: x / y', 'Stop: weekly close below s' or 'Invalidation: s', an allocation and a holding time",
)
@own_stream
def ms2_zones(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    d.long, d.sign = True, 1
    entries = zone(d, rng.choice([0.02, 0.04, 0.06]))
    tps = [d.round(entries[-1] * (1 + g)) for g in (0.12, 0.25, 0.4, 0.6)[: rng.randint(2, 4)]]
    sl = d.round(entries[0] * (1 - rng.uniform(0.06, 0.12)))
    p = ms2_fmt(d, rng)
    head = rng.choice(
        [
            f"#{d.base} (SPOT) 💎",
            f"{d.base}/USDT — Spot call",
            f"💎 SPOT GEM: ${d.base}",
            f"#{d.base}USDT spot 🟢",
        ]
    )
    buy = rng.choice(["Buy zone", "Buy Zone", "BUY ZONE", "Accumulation zone", "Buying zone"])
    sell = rng.choice(["Sell zone", "Sell Zone", "SELL ZONES", "Sell targets", "Profit zone"])
    sep = rng.choice([" - ", " / ", " – ", ", "])
    lines = [
        head,
        "",
        f"{buy}: {p(entries[0])} - {p(entries[1])}",
        f"{sell}: {sep.join(p(v) for v in tps)}",
    ]
    stop = rng.choice(
        [
            f"Stop: weekly close below {p(sl)}",
            f"Invalidation: {p(sl)}",
            f"SL: {p(sl)} (daily close)",
            f"Stoploss: below {p(sl)}",
        ]
    )
    lines.append(stop)
    if rng.random() < 0.7:
        lines.append(
            rng.choice(
                [
                    "Allocation: 3-5% of portfolio",
                    "Hold time: 2-6 weeks",
                    "Risk: medium 🟠",
                    "Position size: 2%",
                ]
            )
        )
    if rng.random() < 0.4:
        lines += [
            "",
            rng.choice(
                [
                    "No leverage. Spot only.",
                    "DYOR, not financial advice.",
                    "Take partial profits at every zone.",
                ]
            ),
        ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "scalp_swing_headline",
    "headlines naming the kind of trade: 'Short Scalp ⚡ #SOLUSDT', 'Long setup (swing) — $LINK', 'Quick scalp long on BTC', 'Swing Short 📉 ETH'; 'Entry: x (on retest)' or 'Entry on retest of x', 'TP: a, b', 'SL: c', 'Lev 20x', a hold time",
)
@own_stream
def ms2_scalp_swing(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    scalp = rng.random() < 0.5
    tps = targets(d, rng.randint(1, 3), 0.008 if scalp else 0.05)
    sl = d.against(rng.uniform(0.006, 0.012) if scalp else rng.uniform(0.04, 0.08))
    p = ms2_fmt(d, rng)
    pair = ms2_pair(d, rng)
    s = d.side
    if scalp:
        head = rng.choice(
            [
                f"{s.title()} Scalp ⚡ {pair}",
                f"Quick scalp {s} on {d.base}",
                f"⚡ SCALP {s.upper()} — {pair}",
                f"{pair} {s} scalp (15m)",
            ]
        )
        lev = rng.choice([20, 25, 50])
    else:
        head = rng.choice(
            [
                f"{s.title()} setup (swing) — {pair}",
                f"Swing {s.title()} {'📈' if d.long else '📉'} {pair}",
                f"{pair} — {s} swing setup",
                f"SWING TRADE | {pair} | {s.upper()}",
            ]
        )
        lev = rng.choice([3, 5, 10])
    entry = rng.choice(
        [
            f"Entry: {p(d.entry)} (on retest)",
            f"Entry on retest of {p(d.entry)}",
            f"Entry: {p(d.entry)}",
            f"Entry around {p(d.entry)}",
            f"Entry: retest of {p(d.entry)}",
        ]
    )
    tp = (
        rng.choice(["TP", "Targets", "Take profit", "TPs"])
        + ": "
        + rng.choice([", ", " / ", " - "]).join(p(v) for v in tps)
    )
    sll = rng.choice(["SL", "Stop", "Stop loss"]) + f": {p(sl)}"
    levl = rng.choice([f"Lev {lev}x", f"Leverage: {lev}x", f"{lev}x", f"Lev: x{lev}"])
    lines = [head, entry, tp, sll, levl]
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                [
                    "Hold: 1-3 days",
                    "Timeframe: 15m",
                    "Expected duration: 2-4 hours",
                    "Hold time: 1-2 weeks",
                ]
            )
        )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "x_post_cashtag_k",
    "X/Twitter trade posts: '$BTC long here 🟢', 'Entry: $63.4k-$63.8k' or '$63,450', 'Targets: $65k (+2.4%) / $66.5k (+4.8%)', 'Invalidation: $62.1k', 'NFA. Chart below 👇', hashtags; small coins with '$0.4512'-style prices and percentages",
)
@own_stream
def ms2_x_post(rng: random.Random) -> tuple[str, dict[str, Any]]:
    if rng.random() < 0.5:
        d = Draw(rng, MARKETS[:1])
        d.entry = round(d.entry / 100) * 100.0
        entries = sorted([d.entry, d.entry + 400.0]) if rng.random() < 0.5 else [d.entry]
        near = entries[-1] if d.long else entries[0]
        tps = [near + d.sign * g for g in (1500.0, 3000.0, 4500.0)[: rng.randint(1, 3)]]
        far = entries[0] if d.long else entries[-1]
        sl = far - d.sign * rng.choice([1200.0, 1500.0, 1800.0])

        def p(v: float) -> str:
            return f"${v / 1000:g}k" if rng.random() < 0.8 else f"${v:,.0f}"
    else:
        d = Draw(rng, MARKETS[1:] + SMALL_CAPS + MEME)
        entries = [d.entry]
        tps = targets(d, rng.randint(1, 3), 0.03)
        sl = d.against()

        def p(v: float) -> str:
            return "$" + num(v, d.dec, "comma")

    opener = rng.choice(
        [
            f"${d.base} {d.side} here {'🟢' if d.long else '🔴'}",
            f"Longing ${d.base} 🟢" if d.long else f"Shorting ${d.base} 🔴",
            f"${d.base} {d.side.upper()} 🎯",
            f"Took a {d.side} on ${d.base}",
        ]
    )
    ent = " - ".join(p(v) for v in entries)
    tl = " / ".join(
        f"{p(v)} ({ms2_pct(entries[0], v)})" if rng.random() < 0.7 else p(v) for v in tps
    )
    body = [
        opener,
        "",
        f"Entry: {ent}",
        f"{rng.choice(['Targets', 'TPs', 'Target'])}: {tl}",
        f"{rng.choice(['Invalidation', 'SL', 'Stop'])}: {p(sl)}",
    ]
    if rng.random() < 0.4:
        body.append(rng.choice(["Low leverage only.", "Spot or low lev.", "Size accordingly."]))
    body += [
        "",
        rng.choice(
            [
                "NFA. Chart below 👇",
                "Not financial advice, DYOR.",
                "Chart 👇",
                "Let's see how it plays out 🍿",
            ]
        ),
    ]
    if rng.random() < 0.6:
        body.append(rng.choice([f"#{d.base} #Crypto", "#Crypto #Trading", f"#{d.base} #altcoins"]))
    return "\n".join(body), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "commentary_around_levels",
    "signals inside chart talk: a paragraph naming the range and levels ('ranging between 3,300 and 3,500', 'a reclaim of 3,420'), then 'LONG ETH' with Entry / TP / SL lines, then a closing sentence ('If we lose 3,300 this idea is invalid', 'Next resistance sits at …')",
)
@own_stream
def ms2_commentary(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.035))
    p = ms2_fmt(d, rng)
    lo = d.round(d.entry * 0.96)
    hi = d.round(d.entry * 1.04)
    lvl = d.round(d.entry * (1 - d.sign * 0.01))
    intro = rng.choice(
        [
            f"{d.base} has been ranging between {p(lo)} and {p(hi)} for most of the week. "
            f"A {'reclaim' if d.long else 'rejection'} of {p(lvl)} would {'flip the structure bullish' if d.long else 'confirm the lower high'}.",
            f"Looking at the 4H chart, {d.base} {'held' if d.long else 'lost'} the {p(lvl)} level twice today and volume is picking up.",
            f"{d.base} is sitting right at the {p(lvl)} {'support' if d.long else 'resistance'}. Funding is {'negative' if d.long else 'positive'} and open interest keeps climbing.",
        ]
    )
    block = [
        rng.choice(
            [
                f"{d.side.upper()} {d.base}",
                f"{d.side.title()} #{d.base}",
                f"Trade: {d.base} {d.side}",
            ]
        ),
        f"Entry: {p(d.entry)}",
        f"TP: {' / '.join(p(v) for v in tps)}",
        f"SL: {p(sl)}",
    ]
    if rng.random() < 0.5:
        block.append(f"Leverage: {rng.choice([5, 10, 20])}x")
    outro = rng.choice(
        [
            f"If we lose {p(sl)} this idea is invalid.",
            f"Next {'resistance' if d.long else 'support'} after that sits at {p(d.round(tps[-1] * (1 + d.sign * 0.03)))}, we'll see.",
            "Manage your risk, I'll update here.",
            "Will update if anything changes.",
        ]
    )
    text = intro + "\n\n" + "\n".join(block) + "\n\n" + outro
    lev = None
    for line in block:
        if line.startswith("Leverage"):
            lev = int(line.split()[1][:-1])
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


MS2_TYPOS = {
    "entry": ["Entery", "Entry", "Enrty", "entry", "ENTRY", "Entry point", "Entri"],
    "targets": ["Tragets", "Targets", "Taregts", "targets", "TARGETS", "Target's", "Targts"],
    "stop": ["Stop lose", "Stoplose", "Stop Los", "stoploss", "STOP LOSS", "Sl", "Stop-loss"],
    "lev": ["Levarage", "Leverge", "Leverage", "leverage", "LEVERAGE", "Laverage"],
}


@style(
    "typo_labels_no_colon",
    "labels with typos and without colons, mixed case: 'Entery 0.512', 'Tragets 0.53 0.55', 'Stop lose 0.49', 'Levarage 20x', 'ENTRY', 'stoploss'",
)
@own_stream
def ms2_typos(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 15, 20])
    p = ms2_fmt(d, rng)
    colon = rng.choice(["", ":", " :", " -"])
    head = rng.choice(
        [
            f"{ms2_pair(d, rng)} {d.side.upper()}",
            f"{d.side.upper()} {ms2_pair(d, rng)}",
            f"{ms2_pair(d, rng)} {d.side.title()} 🚀"
            if d.long
            else f"{ms2_pair(d, rng)} {d.side.title()} 📉",
        ]
    )
    lines = [
        head,
        f"{rng.choice(MS2_TYPOS['entry'])}{colon} {p(d.entry)}",
        f"{rng.choice(MS2_TYPOS['targets'])}{colon} {rng.choice([' ', ' - ', ' / ', ', ']).join(p(v) for v in tps)}",
        f"{rng.choice(MS2_TYPOS['stop'])}{colon} {p(sl)}",
        f"{rng.choice(MS2_TYPOS['lev'])}{colon} {lev}x",
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "reordered_fields_card",
    "cards whose lines come in any order: the stop first, then targets, the entry, the pair at the foot; labels in mixed case ('STOP LOSS', 'take profit', 'Entry Price'), a leverage line in the middle",
)
@own_stream
def ms2_reordered(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([5, 10, 20, 25])
    p = ms2_fmt(d, rng)
    pieces = [
        f"{rng.choice(['STOP LOSS', 'Stop Loss', 'stop loss', 'SL', 'Stoploss'])}: {p(sl)}",
        f"{rng.choice(['Entry Price', 'ENTRY', 'entry', 'Entry'])}: {p(d.entry)}",
        f"{rng.choice(['Leverage', 'LEVERAGE', 'lev'])}: {lev}x",
    ]
    if rng.random() < 0.5:
        pieces.append(
            f"{rng.choice(['TAKE PROFIT', 'take profit', 'Targets', 'TP'])}: {' - '.join(p(v) for v in tps)}"
        )
    else:
        pieces += [f"{rng.choice(['TP', 'Tp', 'tp'])}{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    tp_lines = [x for x in pieces if x.lower().startswith(("tp", "take", "targets"))]
    rest = [x for x in pieces if x not in tp_lines]
    rng.shuffle(rest)
    at = rng.randrange(len(rest) + 1)
    body = rest[:at] + tp_lines + rest[at:]
    side = rng.choice(
        [
            f"Side: {d.side.upper()}",
            f"Direction: {d.side.title()}",
            f"{d.side.upper()} {'🟢' if d.long else '🔴'}",
        ]
    )
    pair = rng.choice([f"Pair: {d.base}/USDT", f"Coin: #{d.base}", f"#{d.base}USDT"])
    lines = [*body, side, pair] if rng.random() < 0.5 else [side, *body, pair]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "hashtag_label_card",
    "hashtags as labels: '#SOLUSDT #SHORT 📉', '#Entry: a – b', '#Targets: x – y – z', '#StopLoss: s', '#Leverage 20x' or a '#20x' tag, '#Scalp #Futures' tag lines",
)
@own_stream
def ms2_hashtag(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    entries = zone(d, 0.006) if rng.random() < 0.5 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    tps = [d.round(far * (1 + d.sign * g)) for g in (0.015, 0.03, 0.05, 0.07)[: rng.randint(2, 4)]]
    sl = d.round(far * (1 - d.sign * 0.025))
    lev = rng.choice([10, 20, 25])
    p = ms2_fmt(d, rng)
    tag_lev = rng.random() < 0.4
    head = f"#{d.base}USDT #{d.side.upper()} {'📈' if d.long else '📉'}" + (
        f" #{lev}x" if tag_lev else ""
    )
    lines = [
        head,
        "",
        f"#Entry{rng.choice(['', ' Zone'])}: {' – '.join(p(v) for v in entries)}",
        f"#{rng.choice(['Targets', 'TP', 'Take_Profit'])}: {rng.choice([' – ', ' - ', ' | ']).join(p(v) for v in tps)}",
        f"#{rng.choice(['StopLoss', 'SL', 'Stop'])}: {p(sl)}",
    ]
    if not tag_lev:
        lines.append(f"#Leverage {lev}x")
    lines += [
        "",
        rng.choice(
            ["#Scalp #Futures", "#Binance #Futures #Signals", "#Crypto #Trading", "#VIP #Premium"]
        ),
    ]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "market_entry_risk_note",
    "market entries with a risk note: 'Entry: Market (now ~0.5231)', 'Buy now at market', 'Enter at CMP', 'Market entry ✅', 'Risk: 1% of account', '⚠️ High risk — small size', 'Leverage: Isolated 10x–20x'",
)
@own_stream
def ms2_market(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.against()
    p = ms2_fmt(d, rng)
    lo, hi = rng.choice([(10, 20), (5, 10), (3, 5), (20, 25)])
    mode = rng.choice(["Isolated", "Cross", ""])
    verb = "Buy" if d.long else "Sell"
    entry = rng.choice(
        [
            f"Entry: Market (now ~{p(d.entry)})",
            f"{verb} now at market",
            "Enter at CMP",
            "Market entry ✅",
            f"Entry: market price (~{p(d.entry)})",
            "Entry: NOW",
        ]
    )
    head = rng.choice(
        [
            f"{ms2_pair(d, rng)} {d.side.upper()} 🚨",
            f"🚨 {d.side.upper()} {ms2_pair(d, rng)}",
            f"{d.side.title()} {ms2_pair(d, rng)} — market",
        ]
    )
    levl = (
        f"Leverage: {mode + ' ' if mode else ''}{lo}x–{hi}x"
        if rng.random() < 0.6
        else f"Leverage: {mode + ' ' if mode else ''}{hi}x"
    )
    lines = [
        head,
        entry,
        f"Targets: {' / '.join(p(v) for v in tps)}",
        f"Stop Loss: {p(sl)}",
        levl,
        rng.choice(
            [
                "Risk: 1% of account",
                "⚠️ High risk — small size only",
                "Risk: 2% max per trade",
                "Use 3-5% margin",
            ]
        ),
    ]
    exp = signal(d, order_type="market", take_profits=tps, stop_loss=sl, leverage=hi)
    if mode:
        exp["margin_mode"] = mode.lower()
    return "\n".join(lines), exp


@style(
    "emoji_card_mixed_labels",
    "multi-line cards with emoji headers and mixed label spellings: '💎 VIP SIGNAL 💎', '🪙 Pair ➜ #TIA/USDT', '📊 Position ➜ SHORT', '💸 Entry Price ➜ a - b', '🎯 Take-Profits ➜' then '✅ TP-1: x', '❌ Stop-Loss ➜ s', '⚡ Leverage ➜ Cross 25x'",
)
@own_stream
def ms2_emoji_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    entries = zone(d, 0.007) if rng.random() < 0.6 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    tps = [
        d.round(far * (1 + d.sign * g))
        for g in (0.012, 0.025, 0.04, 0.06, 0.09)[: rng.randint(3, 5)]
    ]
    sl = d.round(far * (1 - d.sign * 0.03))
    lev = rng.choice([10, 20, 25, 50])
    mode = rng.choice(["Cross", "Isolated"])
    p = ms2_fmt(d, rng)
    arrow = rng.choice([" ➜ ", ": ", " ⇒ ", " → ", " - "])
    tp_label = rng.choice(["TP-", "TP ", "Target ", "T"])
    lines = [
        rng.choice(
            ["💎 VIP SIGNAL 💎", "🔥 PREMIUM CALL 🔥", "⚡️ FUTURES SIGNAL ⚡️", "👑 KING SIGNAL 👑"]
        ),
        "",
        f"🪙 {rng.choice(['Pair', 'Coin', 'Asset'])}{arrow}#{d.base}/USDT",
        f"📊 {rng.choice(['Position', 'Direction', 'Trade Type'])}{arrow}{d.side.upper()} {'🟢' if d.long else '🔴'}",
        f"⚡ {rng.choice(['Leverage', 'Lev'])}{arrow}{mode} {lev}x",
        f"💸 {rng.choice(['Entry Price', 'Entry Zone', 'Entry Point', 'Buy Price' if d.long else 'Sell Price'])}{arrow}{' - '.join(p(v) for v in entries)}",
        f"🎯 {rng.choice(['Take-Profits', 'Targets', 'Take Profit Targets', 'TPs'])}{arrow.rstrip()}",
    ]
    lines += [f"✅ {tp_label}{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines += [f"❌ {rng.choice(['Stop-Loss', 'StopLoss', 'SL', 'Stop'])}{arrow}{p(sl)}"]
    if rng.random() < 0.5:
        lines += [
            "",
            rng.choice(
                [
                    "⚠️ Use proper risk management!",
                    "📌 Move SL to entry after TP1",
                    "🔔 Turn on notifications",
                ]
            ),
        ]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode.lower()
    )


MAINSTREAM2_ROUND = {
    "scenario_trigger_setup",
    "section_header_snapshot",
    "dca_numbered_targets",
    "buy_sell_zone_spot",
    "scalp_swing_headline",
    "x_post_cashtag_k",
    "commentary_around_levels",
    "typo_labels_no_colon",
    "reordered_fields_card",
    "hashtag_label_card",
    "market_entry_risk_note",
    "emoji_card_mixed_labels",
}


# ---- mainstream English, second round, second set: measured once before the parser saw them
# Researched from the same sources: forex-style order words that crypto channels borrow
# ("BTCUSDT BUY LIMIT 63450", "SELL NOW @ …", copier-bot issue threads' "XAUUSD BUY 1915 / TP
# … / SL …"), spot gem calls in bid/ask words, entries with a note or a share in brackets,
# one-line posts split by bullets, chat-style trades told in the past tense ("longed SOL at
# 148.2"), and stops or targets written as a percentage with the price beside it.


@style(
    "forex_order_words",
    "forex-style order words: 'BTCUSDT BUY LIMIT 63450', 'SOLUSDT SELL STOP 148.2' (limits at the price), 'ETHUSDT BUY NOW @ 3412' / 'SELL NOW' (market: the price is where it fills), then 'TP1 …' / 'TP2 …' / 'SL …' lines",
)
@own_stream
def ms2_forex_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(1, 3), 0.012)
    sl = d.against(rng.uniform(0.01, 0.025))
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    verb = "BUY" if d.long else "SELL"
    pair = rng.choice([f"{d.base}USDT", f"{d.base}/USDT", f"#{d.base}USDT"])
    kind = rng.choice(["limit", "limit", "stop", "now"])
    if kind == "now":
        head = rng.choice([f"{pair} {verb} NOW @ {p(d.entry)}", f"{pair} {verb} NOW {p(d.entry)}"])
    else:
        head = f"{pair} {verb} {kind.upper()} {rng.choice(['', '@ '])}{p(d.entry)}"
    sep = rng.choice([" ", ": ", " @ "])
    lines = [head]
    lines += [f"TP{i}{sep}{p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL{sep}{p(sl)}")
    if rng.random() < 0.4:
        lines.append(rng.choice(["Use proper lot size", "Risk 1% only", "Lev 10x"]))
    lev = 10 if lines[-1] == "Lev 10x" else None
    if kind == "now":
        exp = signal(d, order_type="market", take_profits=tps, stop_loss=sl, leverage=lev)
    else:
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    return "\n".join(lines), exp


@style(
    "bid_ask_spot",
    "spot gem calls in bid/ask words: '#DIA — spot', 'Bid: a - b' (or 'Bids:', 'Bid zone:'), 'Ask: x / y / z' (or 'Asks:', 'Sell:'), 'Stop: s' or 'SL: daily close under s'",
)
@own_stream
def ms2_bid_ask(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    d.long, d.sign = True, 1
    entries = zone(d, rng.choice([0.02, 0.035]))
    tps = [d.round(entries[-1] * (1 + g)) for g in (0.1, 0.2, 0.35, 0.5)[: rng.randint(2, 4)]]
    sl = d.round(entries[0] * (1 - rng.uniform(0.05, 0.1)))
    p = ms2_fmt(d, rng)
    head = rng.choice(
        [
            f"#{d.base} — spot",
            f"${d.base} spot gem 💎",
            f"{d.base}/USDT (spot)",
            f"New spot call: #{d.base}",
        ]
    )
    bid = rng.choice(["Bid", "Bids", "Bid zone", "BID"])
    ask = rng.choice(["Ask", "Asks", "Sell", "ASK"])
    stop = rng.choice([f"Stop: {p(sl)}", f"SL: daily close under {p(sl)}", f"Stop loss: {p(sl)}"])
    lines = [
        head,
        f"{bid}: {p(entries[0])} - {p(entries[1])}",
        f"{ask}: {' / '.join(p(v) for v in tps)}",
        stop,
    ]
    if rng.random() < 0.5:
        lines.append(rng.choice(["Hold 2-4 weeks", "Allocation: 2%", "Low cap, high risk ⚠️"]))
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "entries_with_notes",
    "entry ladders with a note or a share in brackets after each price: 'Entries: 0.512 (retest) / 0.498 (wick fill)', 'Entry: 0.512 (50%) & 0.498 (50%)', 'Entry 1: 0.512 (market area)', then targets and a stop",
)
@own_stream
def ms2_entries_notes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    entries = [d.entry, d.round(d.entry * (1 - d.sign * rng.uniform(0.012, 0.025)))]
    tps = targets(d, rng.randint(2, 3), 0.025)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    p = ms2_fmt(d, rng)
    notes = rng.choice(
        [("retest", "wick fill"), ("50%", "50%"), ("40%", "60%"), ("first fill", "DCA")]
    )
    form = rng.randrange(3)
    if form == 0:
        entry_lines = [f"Entries: {p(entries[0])} ({notes[0]}) / {p(entries[1])} ({notes[1]})"]
    elif form == 1:
        entry_lines = [f"Entry: {p(entries[0])} ({notes[0]}) & {p(entries[1])} ({notes[1]})"]
    else:
        entry_lines = [
            f"Entry 1: {p(entries[0])} ({notes[0]})",
            f"Entry 2: {p(entries[1])} ({notes[1]})",
        ]
    head = rng.choice(
        [f"{d.side.upper()} {ms2_pair(d, rng)}", f"{ms2_pair(d, rng)} — {d.side.title()}"]
    )
    lines = [head, *entry_lines, f"Targets: {', '.join(p(v) for v in tps)}", f"Stop: {p(sl)}"]
    lev = None
    if rng.random() < 0.5:
        lev = rng.choice([5, 10, 20])
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "bullet_separated_line",
    "a whole signal on one line split by bullets: 'SHORT #BTC 📉 Entry 63,450–63,800 ▪️ TP1 62,900 ▪️ TP2 62,200 ▪️ SL 64,400 ▪️ 20x', with '•' or '◾' or '🔸' as separators",
)
@own_stream
def ms2_bullet_line(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    entries = zone(d, 0.005) if rng.random() < 0.5 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    near = entries[-1] if d.long else entries[0]
    tps = [d.round(near * (1 + d.sign * g)) for g in (0.012, 0.025, 0.04)[: rng.randint(1, 3)]]
    sl = d.round(far * (1 - d.sign * 0.02))
    lev = rng.choice([5, 10, 20, 25])
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    b = rng.choice([" ▪️ ", " • ", " ◾ ", " 🔸 "])
    ent = "–".join(p(v) for v in entries) if len(entries) == 2 else p(entries[0])
    parts = [f"{d.side.upper()} #{d.base} {'📈' if d.long else '📉'} Entry {ent}"]
    parts += [f"TP{i} {p(v)}" for i, v in enumerate(tps, 1)]
    parts += [f"SL {p(sl)}", f"{lev}x"]
    return b.join(parts), signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "chat_style_trade",
    "trades told in chat words: 'longed SOL at 148.2, tps 150/152, stop 146, 10x', 'shorted $ETH here 3412 — tp 3350 / 3300, sl 3460', 'in at 0.512 on ARB (long), targets 0.53 0.55, invalidation 0.49'",
)
@own_stream
def ms2_chat(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(1, 3), 0.015)
    sl = d.against()
    p = lambda v: num(v, d.dec)  # noqa: E731
    lev = rng.choice([None, 5, 10, 20])
    levt = f", {lev}x" if lev else ""
    verb = "longed" if d.long else "shorted"
    form = rng.randrange(3)
    if form == 0:
        text = f"{verb} {d.base} at {p(d.entry)}, tps {'/'.join(p(v) for v in tps)}, stop {p(sl)}{levt}"
    elif form == 1:
        text = f"{verb} ${d.base} here {p(d.entry)} — tp {' / '.join(p(v) for v in tps)}, sl {p(sl)}{levt}"
    else:
        text = f"in at {p(d.entry)} on {d.base} ({d.side}), targets {' '.join(p(v) for v in tps)}, invalidation {p(sl)}{levt}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "percent_with_price",
    "stops and targets written as a percentage with the price beside it: 'SL: 2% below entry (0.502)', 'Stop: -3.5% → 0.4938', 'TP1: +2% (0.5225)', 'TP2: 4% → 0.5327'",
)
@own_stream
def ms2_percent_price(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    pcts = [2, 4, 6, 9][: rng.randint(2, 4)]
    tps = [d.round(d.entry * (1 + d.sign * x / 100)) for x in pcts]
    sp = rng.choice([2, 2.5, 3, 3.5])
    sl = d.round(d.entry * (1 - d.sign * sp / 100))
    p = ms2_fmt(d, rng)
    way = "below" if d.long else "above"
    stop = rng.choice(
        [
            f"SL: {sp:g}% {way} entry ({p(sl)})",
            f"Stop: -{sp:g}% → {p(sl)}",
            f"Stop loss {sp:g}% ({p(sl)})",
        ]
    )
    sign = "+" if d.long else "-"
    tp_lines = [
        rng.choice([f"TP{i}: {sign}{x}% ({p(v)})", f"TP{i}: {x}% → {p(v)}"])
        for i, (x, v) in enumerate(zip(pcts, tps, strict=True), 1)
    ]
    head = rng.choice(
        [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)}"]
    )
    lines = [head, f"Entry: {p(d.entry)}", *tp_lines, stop]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


MAINSTREAM2_SECOND_SET = {
    "forex_order_words",
    "bid_ask_spot",
    "entries_with_notes",
    "bullet_separated_line",
    "chat_style_trade",
    "percent_with_price",
}


# ---- mainstream English, second round, third set: measured once before the parser saw them
# Layouts from the same research not written yet: ladders whose shares come before the prices
# ("Buy 30% at 0.512, 30% at 0.498"), "Enter / Exit / Invalid below" posts, one-liners with
# semicolons, targets with a word of what each is for ("(scalp)", "(swing)", "(moon 🚀)") and
# target lines that give the gain with the leverage ("+3.5% → 35% with 10x").


@style(
    "share_before_price_ladder",
    "ladders with each order's share before its price: 'Buy 30% at 0.512, 30% at 0.498, 40% at 0.485', 'Entries: 50% @ 148.2 | 50% @ 146.9', then 'TP:' and 'SL:'",
)
@own_stream
def ms2_share_ladder(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    n = rng.choice([2, 3])
    entries = [d.round(d.entry * (1 - d.sign * 0.012 * i)) for i in range(n)]
    shares = {2: ["50%", "50%"], 3: rng.choice([["30%", "30%", "40%"], ["40%", "30%", "30%"]])}[n]
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    p = ms2_fmt(d, rng)
    verb = "Buy" if d.long else "Sell"
    form = rng.randrange(2)
    if form == 0:
        entry_line = f"{verb} " + ", ".join(
            f"{s} at {p(v)}" for s, v in zip(shares, entries, strict=True)
        )
    else:
        entry_line = "Entries: " + " | ".join(
            f"{s} @ {p(v)}" for s, v in zip(shares, entries, strict=True)
        )
    head = rng.choice(
        [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)} 📊"]
    )
    lines = [head, entry_line, f"TP: {' / '.join(p(v) for v in tps)}", f"SL: {p(sl)}"]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "enter_exit_invalid",
    "'🚨 $SOL LONG SETUP 🚨', 'Enter: a – b' (a zone), 'Exit: x / y' or 'Exits: x, y' (the targets), 'Invalid below s' / 'Invalid above s' (the stop), 'Size: small'",
)
@own_stream
def ms2_enter_exit(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    entries = zone(d, 0.006) if rng.random() < 0.6 else [d.entry]
    far = entries[0] if d.long else entries[-1]
    near = entries[-1] if d.long else entries[0]
    tps = [d.round(near * (1 + d.sign * g)) for g in (0.02, 0.04, 0.07)[: rng.randint(1, 3)]]
    sl = d.round(far * (1 - d.sign * 0.03))
    p = ms2_fmt(d, rng)
    way = "below" if d.long else "above"
    lines = [
        rng.choice(
            [
                f"🚨 ${d.base} {d.side.upper()} SETUP 🚨",
                f"${d.base} — {d.side} setup",
                f"{d.side.upper()} ${d.base}",
            ]
        ),
        f"{rng.choice(['Enter', 'Enter at', 'Enter between'])}: {' – '.join(p(v) for v in entries)}",
        f"{rng.choice(['Exit', 'Exits', 'Exit at'])}: {rng.choice([' / ', ', ']).join(p(v) for v in tps)}",
        rng.choice(
            [f"Invalid {way} {p(sl)}", f"Invalidation {way} {p(sl)}", f"Invalid if {way} {p(sl)}"]
        ),
    ]
    if rng.random() < 0.5:
        lines.append(rng.choice(["Size: small", "Size: 1R", "Risk: low"]))
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "semicolon_one_liner",
    "one-liners with semicolons: 'ETH long; entry 3412; tp 3480, 3550; sl 3350; 10x', '#SOL short; entry: 148.2; targets: 145 / 142; stop: 151'",
)
@own_stream
def ms2_semicolon(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lev = rng.choice([None, 5, 10, 20])
    colon = rng.choice(["", ":"])
    parts = [
        rng.choice(
            [f"{d.base} {d.side}", f"#{d.base} {d.side}", f"{d.side.upper()} {d.base}/USDT"]
        ),
        f"entry{colon} {p(d.entry)}",
        f"{rng.choice(['tp', 'targets', 'tps'])}{colon} {rng.choice([', ', ' / ']).join(p(v) for v in tps)}",
        f"{rng.choice(['sl', 'stop'])}{colon} {p(sl)}",
    ]
    if lev:
        parts.append(f"{lev}x")
    return "; ".join(parts), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "targets_with_purpose",
    "targets with a word of what each is for: 'TP1 — 0.53 (scalp)', 'TP2 — 0.55 (swing)', 'TP3 — 0.60 (moon 🚀)', 'TP4: 0.65+ (let it run)'",
)
@own_stream
def ms2_purpose(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    n = rng.randint(2, 4)
    tps = targets(d, n, 0.02)
    sl = d.against()
    p = ms2_fmt(d, rng)
    words = ["(scalp)", "(swing)", "(moon 🚀)", "(let it run)"]
    dash = rng.choice([" — ", ": ", " - "])
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()} 🔔", f"{d.side.title()} {ms2_pair(d, rng)}"]
        ),
        f"Entry{dash}{p(d.entry)}",
    ]
    lines += [
        f"TP{i}{dash}{p(v)}{'+' if i == n and rng.random() < 0.5 else ''} {words[i - 1]}"
        for i, v in enumerate(tps, 1)
    ]
    lines.append(f"SL{dash}{p(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "leveraged_gain_lines",
    "target lines that give the gain with the leverage: 'Target 1: 0.53 (+3.5% → 35% with 10x)', 'TP2 0.55 = +7% (70% ROE @10x)', 'Leverage: 10x'",
)
@own_stream
def ms2_gain_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    lev = rng.choice([5, 10, 20])
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.against(0.02)
    p = ms2_fmt(d, rng)

    def gain(v: float) -> float:
        return abs(v - d.entry) / d.entry * 100

    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.upper()} {ms2_pair(d, rng)} ⚡"]
        ),
        f"Entry: {p(d.entry)}",
    ]
    form = rng.randrange(2)
    for i, v in enumerate(tps, 1):
        g = gain(v)
        if form == 0:
            lines.append(f"Target {i}: {p(v)} (+{g:.1f}% → {g * lev:.0f}% with {lev}x)")
        else:
            lines.append(f"TP{i} {p(v)} = +{g:.1f}% ({g * lev:.0f}% ROE @{lev}x)")
    lines += [f"Stop: {p(sl)}", f"Leverage: {lev}x"]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


MAINSTREAM2_THIRD_SET = {
    "share_before_price_ladder",
    "enter_exit_invalid",
    "semicolon_one_liner",
    "targets_with_purpose",
    "leveraged_gain_lines",
}


# ---- mainstream English, second round, fourth set: measured once before the parser saw them
# Targets in R multiples ("TP1 (1R): …"), headers with dotted dates and clock times, one label
# for several numbered targets ("TP1/TP2/TP3: a / b / c"), limit-order wording ("Place a limit
# buy at …", "Limit long @ …") and levels with their chart reason in brackets ("(below the 200
# EMA)", "(0.618 fib)").


@style(
    "r_multiple_targets",
    "targets named by their R multiple: 'TP1 (1R): x', 'TP2 (2R): y', 'TP3 (3.5R): z', 'SL (-1R): s', 'Risk 1R = 1% of account'",
)
@own_stream
def ms2_r_multiple(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    sl = d.against(rng.uniform(0.01, 0.02))
    risk = abs(d.entry - sl)
    rs = rng.choice([[1, 2, 3], [1, 2], [1.5, 3], [1, 2, 3.5]])
    tps = [d.round(d.entry + d.sign * risk * r) for r in rs]
    p = ms2_fmt(d, rng)
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)}"]
        ),
        f"Entry: {p(d.entry)}",
    ]
    lines += [f"TP{i} ({r:g}R): {p(v)}" for i, (r, v) in enumerate(zip(rs, tps, strict=True), 1)]
    lines += [f"SL (-1R): {p(sl)}", rng.choice(["Risk 1R = 1% of account", "1R = 0.5% risk", ""])]
    return "\n".join(x for x in lines if x), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl
    )


@style(
    "dotted_date_header",
    "headers with dotted dates and clock times: 'BTCUSDT 4H | 05.12.2026 | 14:30 UTC', '📅 05.12.26 ⏰ 09:15', then Entry / Targets / Stop lines",
)
@own_stream
def ms2_dotted_date(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    p = ms2_fmt(d, rng)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    hh, mm = rng.randint(0, 23), rng.choice([0, 15, 30, 45])
    date = rng.choice(
        [f"{day:02d}.{month:02d}.2026", f"{day:02d}.{month:02d}.26", f"{day}.{month}.2026"]
    )
    head = rng.choice(
        [
            f"{d.base}USDT {rng.choice(['4H', '1H', '15m'])} | {date} | {hh:02d}:{mm:02d} UTC",
            f"📅 {date} ⏰ {hh:02d}:{mm:02d}\n#{d.base}USDT",
        ]
    )
    lines = [
        head,
        f"{d.side.upper()} {'🟢' if d.long else '🔴'}",
        f"Entry: {p(d.entry)}",
        f"Targets: {' / '.join(p(v) for v in tps)}",
        f"Stop: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "combined_target_label",
    "one label for several numbered targets: 'TP1/TP2/TP3: a / b / c', 'Targets (T1/T2): a | b', 'TP 1-3: a, b, c'",
)
@own_stream
def ms2_combined(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    n = rng.choice([2, 3])
    tps = targets(d, n)
    sl = d.against()
    p = ms2_fmt(d, rng)
    form = rng.randrange(3)
    if form == 0:
        label = "/".join(f"TP{i}" for i in range(1, n + 1))
        tp_line = f"{label}: {' / '.join(p(v) for v in tps)}"
    elif form == 1:
        label = "/".join(f"T{i}" for i in range(1, n + 1))
        tp_line = f"Targets ({label}): {' | '.join(p(v) for v in tps)}"
    else:
        tp_line = f"TP 1-{n}: {', '.join(p(v) for v in tps)}"
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} — {d.side.upper()}", f"{d.side.upper()} {ms2_pair(d, rng)}"]
        ),
        f"Entry: {p(d.entry)}",
        tp_line,
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "limit_order_wording",
    "limit-order wording: 'Place a limit buy at 0.512', 'Limit long @ 0.512', 'Limit sell 3412 (short)', 'Set limit order: 0.512', then targets and a stop",
)
@own_stream
def ms2_limit_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    p = ms2_fmt(d, rng)
    verb = "buy" if d.long else "sell"
    entry = rng.choice(
        [
            f"Place a limit {verb} at {p(d.entry)}",
            f"Limit {d.side} @ {p(d.entry)}",
            f"Limit {verb} {p(d.entry)} ({d.side})",
        ]
    )
    lines = [
        rng.choice([f"#{d.base}USDT", f"${d.base}", f"{d.base}/USDT"]),
        entry,
        f"{rng.choice(['TP', 'Targets'])}: {' / '.join(p(v) for v in tps)}",
        f"{rng.choice(['SL', 'Stop'])}: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "levels_with_chart_reasons",
    "levels with their chart reason in brackets: 'Entry: x (4H demand)', 'TP1: a (0.618 fib)', 'TP2: b (prev. high)', 'SL: s (below the 200 EMA)' or '(above 4H 50 MA)'",
)
@own_stream
def ms2_chart_reasons(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.against()
    p = ms2_fmt(d, rng)
    zone_word = "demand" if d.long else "supply"
    reasons = ["(0.618 fib)", "(prev. high)" if d.long else "(prev. low)", "(1.618 extension)"]
    way = "below" if d.long else "above"
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)}"]
        ),
        f"Entry: {p(d.entry)} ({rng.choice(['4H', '1H', 'daily'])} {zone_word})",
    ]
    lines += [f"TP{i}: {p(v)} {reasons[i - 1]}" for i, v in enumerate(tps, 1)]
    lines.append(
        f"SL: {p(sl)} ({rng.choice([f'{way} the 200 EMA', f'{way} 4H 50 MA', f'{way} the 21 EMA'])})"
    )
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


MAINSTREAM2_FOURTH_SET = {
    "r_multiple_targets",
    "dotted_date_header",
    "combined_target_label",
    "limit_order_wording",
    "levels_with_chart_reasons",
}


# ---- mainstream English, second round, fifth set: measured once before the parser saw them
# Stops left unstated ("SL: mental", "SL: will update"), each target's share before its price
# ("TP: 50% at 0.53, 50% at 0.55"), numbered labels written with '#' ("Target #1:"), the side
# given only by a hashtag at the foot ("#SOL #LONG") and entries bounded by a sign or a word
# ("Entry: ≤ 0.512", "Entry: 0.512 or better").


@style(
    "no_stop_stated",
    "signals whose stop is not given as a price: 'SL: mental', 'SL: will update', 'Stop: -', 'SL: your choice' (a signal without a stop)",
)
@own_stream
def ms2_no_stop(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3))
    p = ms2_fmt(d, rng)
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.upper()} {ms2_pair(d, rng)} 🔥"]
        ),
        f"Entry: {p(d.entry)}",
        f"Targets: {' / '.join(p(v) for v in tps)}",
        rng.choice(
            [
                "SL: mental",
                "SL: will update",
                "Stop: -",
                "SL: your choice",
                "Stoploss: manage your risk",
            ]
        ),
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps)


@style(
    "target_shares_first",
    "targets with their share first: 'TP: 50% at 0.53, 50% at 0.55', 'Take profit: 30% @ 0.53 | 30% @ 0.55 | 40% @ 0.58'",
)
@own_stream
def ms2_target_shares(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    n = rng.choice([2, 3])
    tps = targets(d, n, 0.02)
    sl = d.against()
    shares = ["50%", "50%"] if n == 2 else ["30%", "30%", "40%"]
    p = ms2_fmt(d, rng)
    if rng.random() < 0.5:
        tp_line = "TP: " + ", ".join(f"{s} at {p(v)}" for s, v in zip(shares, tps, strict=True))
    else:
        tp_line = "Take profit: " + " | ".join(
            f"{s} @ {p(v)}" for s, v in zip(shares, tps, strict=True)
        )
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)}"]
        ),
        f"Entry: {p(d.entry)}",
        tp_line,
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "hash_numbered_labels",
    "numbered labels written with '#': 'Entry #1: a', 'Entry #2: b', 'Target #1: x', 'Target #2: y', 'Stop: s'",
)
@own_stream
def ms2_hash_numbers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    two = rng.random() < 0.5
    entries = [d.entry, d.round(d.entry * (1 - d.sign * 0.015))] if two else [d.entry]
    tps = targets(d, rng.randint(2, 3), 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    p = ms2_fmt(d, rng)
    lines = [
        rng.choice([f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.upper()} {ms2_pair(d, rng)}"])
    ]
    if two:
        lines += [f"Entry #{i}: {p(v)}" for i, v in enumerate(entries, 1)]
    else:
        lines.append(f"Entry: {p(d.entry)}")
    lines += [f"Target #{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"Stop: {p(sl)}")
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "side_in_foot_hashtags",
    "the side given only by hashtags at the foot: 'Entry / TP / SL' lines, then '#SOL #LONG #Futures' or '#ETHUSDT #Short'",
)
@own_stream
def ms2_foot_tags(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    p = ms2_fmt(d, rng)
    side_tag = rng.choice([d.side.upper(), d.side.title()])
    lines = [
        f"Entry: {p(d.entry)}",
        f"TP: {' / '.join(p(v) for v in tps)}",
        f"SL: {p(sl)}",
        "",
        rng.choice(
            [
                f"#{d.base} #{side_tag} #Futures",
                f"#{d.base}USDT #{side_tag}",
                f"#{side_tag} #{d.base}",
            ]
        ),
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "bounded_entry",
    "entries bounded by a sign or a word: 'Entry: ≤ 0.512' (long) / 'Entry: ≥ 0.512' (short), 'Entry: 0.512 or better', 'Entry: up to 0.512'",
)
@own_stream
def ms2_bounded(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    p = ms2_fmt(d, rng)
    sign = "≤" if d.long else "≥"
    entry = rng.choice(
        [
            f"Entry: {sign} {p(d.entry)}",
            f"Entry: {p(d.entry)} or better",
            f"Entry: {sign}{p(d.entry)}",
        ]
    )
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)}"]
        ),
        entry,
        f"Targets: {' / '.join(p(v) for v in tps)}",
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


MAINSTREAM2_FIFTH_SET = {
    "no_stop_stated",
    "target_shares_first",
    "hash_numbered_labels",
    "side_in_foot_hashtags",
    "bounded_entry",
}
# measured once and no rule was made on it (70 of 70 on its first pass): held out since
HOLDOUT.update(MAINSTREAM2_FIFTH_SET)


# ---- mainstream English, second round, sixth set: measured once before the parser saw them
# Setup posts with both scenarios (a long and a short: review, never a copy), targets numbered
# inline with brackets ("Targets: 1) 0.53 2) 0.55") and the leverage before the coin ("Long 10x
# #ETH @ 3412").


@style(
    "two_scenarios",
    "setup posts with both scenarios: '🟢 Long above 0.182: TP 0.19 / 0.2, SL 0.175' and '🔴 Short below 0.17: TP 0.16, SL 0.177' — both sides, to review",
)
@own_stream
def ms2_two_scenarios(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    up = d.round(d.entry * 1.02)
    down = d.round(d.entry * 0.98)
    p = ms2_fmt(d, rng)
    text = "\n".join(
        [
            rng.choice(
                [
                    f"${d.base} — two scenarios",
                    f"{d.base}/USDT plan for today",
                    f"#{d.base} key levels",
                ]
            ),
            f"🟢 Long above {p(up)}: TP {p(d.round(up * 1.03))} / {p(d.round(up * 1.06))}, SL {p(d.round(up * 0.985))}",
            f"🔴 Short below {p(down)}: TP {p(d.round(down * 0.97))}, SL {p(d.round(down * 1.015))}",
            rng.choice(["Wait for the 4H close.", "No trade in between.", "Trade what you see."]),
        ]
    )
    return text, {"kind": "needs_review"}


@style(
    "inline_bracket_numbers",
    "targets numbered inline with brackets: 'Targets: 1) 0.53 2) 0.55 3) 0.57', 'TPs: (1) 0.53 (2) 0.55', entries '1) 0.512 2) 0.498'",
)
@own_stream
def ms2_inline_brackets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    two = rng.random() < 0.4
    entries = [d.entry, d.round(d.entry * (1 - d.sign * 0.012))] if two else [d.entry]
    tps = targets(d, rng.randint(2, 4), 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    p = ms2_fmt(d, rng)
    form = rng.choice(["{i}) {v}", "({i}) {v}"])
    listed = " ".join(form.format(i=i, v=p(v)) for i, v in enumerate(tps, 1))
    ent = (
        " ".join(form.format(i=i, v=p(v)) for i, v in enumerate(entries, 1)) if two else p(d.entry)
    )
    lines = [
        rng.choice(
            [f"{ms2_pair(d, rng)} {d.side.upper()}", f"{d.side.title()} {ms2_pair(d, rng)}"]
        ),
        f"Entry: {ent}",
        f"{rng.choice(['Targets', 'TPs', 'Take profit'])}: {listed}",
        f"Stop loss: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "leverage_before_coin",
    "the leverage before the coin: 'Long 10x #ETH @ 3412', 'SHORT 20X $SOL at 148.2', 'Buy (5x) LINK 14.85', then TP and SL",
)
@own_stream
def ms2_lev_before(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS2_MARKETS)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20, 25])
    p = ms2_fmt(d, rng)
    verb = rng.choice([d.side.title(), d.side.upper(), "Buy" if d.long else "Sell"])
    head = rng.choice(
        [
            f"{verb} {lev}x #{d.base} @ {p(d.entry)}",
            f"{verb} {lev}X ${d.base} at {p(d.entry)}",
            f"{verb} ({lev}x) {d.base} {p(d.entry)}",
        ]
    )
    lines = [head, f"TP: {' / '.join(p(v) for v in tps)}", f"SL: {p(sl)}"]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


MAINSTREAM2_SIXTH_SET = {"two_scenarios", "inline_bracket_numbers", "leverage_before_coin"}


# ---- messages copied wrong or silently dropped: pasted, cut and emptied signals -----------
# Two signals pasted into one post (a relay joining messages, an admin pasting yesterday's
# call under today's), a text cut short or with a level's value left out, and a range whose
# prices carry the dollar sign after them. Each draws from its own stream (@own_stream).


def _safety_card(d: Draw, rng: random.Random, tps: list[float], sl: float) -> str:
    """One signal in one of four layouts: English labels, icons only, a bare coin over arrow
    lines, a one-line strip."""
    fmt = rng.choice(["plain", "plain", "comma"]) if d.entry >= 1000 else "plain"
    e, t, s_ = num(d.entry, d.dec, fmt), [num(x, d.dec, fmt) for x in tps], num(sl, d.dec, fmt)
    side = d.side.upper()
    layout = rng.choice(["labels", "icons", "arrows", "strip"])
    if layout == "labels":
        return "\n".join(
            [f"#{d.base}/USDT {side}", f"Entry: {e}", f"TP: {' / '.join(t)}", f"SL: {s_}"]
        )
    if layout == "icons":
        head = rng.choice(
            [f"🪙 {d.base}/USDT {'🟢' if d.long else '🔴'} {side}", f"${d.base} {side}"]
        )
        return "\n".join([head, f"📍 {e}", f"🎯 {' - '.join(t)}", f"🛑 {s_}"])
    if layout == "arrows":
        up, down = ("↑", "↓") if d.long else ("↓", "↑")
        return "\n".join([f"{d.base} {side}", f"→ {e}", f"{up} {' / '.join(t)}", f"{down} {s_}"])
    return f"{d.base} {side} | Entry {e} | TP {' | '.join(t)} | SL {s_}"


@style(
    "pasted_second_signal",
    "two signals of different coins pasted into one post (English labels, icons only, a bare coin over arrow lines, a one-line strip; a blank line, a rule or nothing between): review naming both, never one copied and the other dropped",
)
@own_stream
def pasted_second_signal(rng: random.Random) -> tuple[str, dict[str, Any]]:
    first = Draw(rng, MARKETS)
    second = Draw(rng, MARKETS)
    while second.base == first.base:
        second = Draw(rng, MARKETS)
    cards = [
        _safety_card(d, rng, d.away(rng.randint(1, 3)), d.against(rng.uniform(0.02, 0.04)))
        for d in (first, second)
    ]
    sep = rng.choice(["\n\n", "\n", "\n———\n", "\n➖➖➖➖\n"])
    return sep.join(cards), {"kind": "needs_review"}


@style(
    "cut_or_emptied_levels",
    "a signal cut short after a target or stop label, or with that label's value left out ('Entry: 0.5312 / TP:', '入场：37.54 / 止盈', 'SL:' over 'Leverage: 10x', 'TP1:' before 'TP2: …', an icon line alone): review, never copied without the level",
)
@own_stream
def cut_or_emptied_levels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against(rng.uniform(0.02, 0.04))
    e, t, s_ = num(d.entry, d.dec), [num(x, d.dec) for x in tps], num(sl, d.dec)
    side = d.side.upper()
    form = rng.choice(["cut_inline", "cut_cjk", "empty_tp", "empty_stop", "empty_numbered"])
    if form == "cut_inline":
        text = f"{d.base}/USDT {side}\nEntry: {e} / {rng.choice(['TP:', 'SL:', 'Targets:'])}"
    elif form == "cut_cjk":
        cn = "做多" if d.long else "做空"
        text = f"{d.base}/USDT {cn}\n入场：{e} / {rng.choice(['止盈', '止损', '止盈：'])}"
    elif form == "empty_tp":
        text = "\n".join([f"#{d.base} {side}", f"Entry: {e}", "Targets:", f"Stop Loss: {s_}"])
    elif form == "empty_stop":
        lines = [f"#{d.base}/USDT {side}", f"Entry: {e}", f"Targets: {' - '.join(t)}", "Stop loss:"]
        if rng.random() < 0.5:
            lines.append(f"Leverage: {rng.choice([5, 10, 20])}x")
        text = "\n".join(lines)
    else:
        k = rng.randrange(len(t))
        lines = [f"{d.base}/USDT {side}", f"Entry: {e}"]
        lines += [f"TP{i + 1}:" + ("" if i == k else f" {x}") for i, x in enumerate(t)]
        lines.append(f"SL: {s_}")
        text = "\n".join(lines)
    return text, {"kind": "needs_review"}


@style(
    "dollar_after_range",
    "an entry range whose prices carry the dollar sign after them ('Entry: 0.7337$ - 0.7278$', 'TP: 0.7101$ / 0.695$'): a range, stored low to high",
)
@own_stream
def dollar_after_range(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    other = d.round(d.entry * (1 - d.sign * rng.uniform(0.004, 0.012)))
    entries = [d.entry, other] if rng.random() < 0.5 else [other, d.entry]
    tps = d.away(rng.randint(2, 3))
    sl = d.round(min(entries) * 0.97) if d.long else d.round(max(entries) * 1.03)
    dollar = [f"{num(x, d.dec)}$" for x in entries]
    text = "\n".join(
        [
            f"{d.base}/USDT {d.side.upper()}",
            "Entry: " + rng.choice([" - ", " – ", " to "]).join(dollar),
            "TP: " + " / ".join(f"{num(x, d.dec)}$" for x in tps),
            f"SL: {num(sl, d.dec)}$",
        ]
    )
    return text, signal(d, entries=sorted(entries), take_profits=tps, stop_loss=sl)


# ---- mainstream English, third round: measured once before the parser saw them -----------
# Researched from open-source copier bots' per-channel parsers and their test messages (star
# banners with 'EXCHANGE - BYBIT/BINGX/MEXC' and 'Entry = a - b', 'TARGET- a - b - c+';
# 'Long: ID/USDT (20x-50x Leverage)', 'Entry at CMP:', 'DCA:', circled 'TP ➊:', rules of
# dashes, 'SL: H4 candle close below'; '#XYZUSDT / LONG / 10X-20X ENTRY: … EXIT: a , b';
# one-line posts whose labels are odd emojis; '🎯 Target 1 - price'), strategy-bot posts
# (a strategy and analysis block above a 'CORNIX COMPATIBLE FORMAT' card with a '.P' symbol),
# forex-style posts without colons ('Sell SOL a – b' / 'Stop Loss s' / 'TP1 x'), cards with
# meta lines (Timeframe, Strategy, Exchange, Risk, R:R, a signature and a link), TradingView
# idea summaries ('Take Profit Level 1:', 'Stop Loss Level:'), and new-trade alerts with
# 'Take Profit Orders:' bullets. Written anew with drawn prices; every style draws from its own
# stream (README: "Mainstream English, third round").

MS3_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME
MS3_BIG = [m for m in MARKETS if m[2] >= 80]
MS3_CIRCLED = ["➊", "➋", "➌", "➍", "➎"]
MS3_CIRCLED_WHITE = ["①", "②", "③", "④", "⑤"]


def ms3_far_stop(d: Draw, entries: list[float], frac: float) -> float:
    """A stop beyond the entry furthest against the trade."""
    far = min(entries) if d.long else max(entries)
    return d.round(far * (1 - d.sign * frac))


def ms3_near(d: Draw, entries: list[float]) -> float:
    return max(entries) if d.long else min(entries)


def ms3_tps(d: Draw, entries: list[float], n: int, step: float = 0.02) -> list[float]:
    """``n`` targets beyond the entry nearest the profit side, each further than the last."""
    base = ms3_near(d, entries)
    return [
        d.round(base * (1 + d.sign * step * (i + 1) * d.rng.uniform(0.9, 1.1))) for i in range(n)
    ]


def ms3_p(d: Draw, rng: random.Random, dollar: float = 0.3) -> Callable[[float], str]:
    comma = rng.random() < 0.5
    sign = rng.random() < dollar

    def p(v: float) -> str:
        text = num(v, d.dec, "comma" if comma else "plain")
        return "$" + text if sign else text

    return p


@style(
    "star_exchange_banner",
    "star banners: '🌟 #XYZ/USDT', '🛑 Short' or '🟢 Long', '📊 EXCHANGE - BYBIT/BINGX/MEXC', '🧑‍🎤 Leverage: 3- 8X 🔥', '👉 Entry = a - b', 'TARGET-  t1 - t2 - t3+', '❌STOP LOSS - s'; sometimes all on one line with a site at the end",
)
@own_stream
def ms3_star(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, rng.choice([0.015, 0.03]))
    tps = ms3_tps(d, entries, rng.randint(3, 5), 0.025)
    sl = ms3_far_stop(d, entries, rng.uniform(0.02, 0.04))
    p = ms3_p(d, rng, 0.4)
    lo, hi = rng.choice([(3, 8), (5, 10), (10, 20), (5, 5)])
    lev = f"{hi}X" if lo == hi else rng.choice([f"{lo}- {hi}X", f"{lo}-{hi}X", f"{lo}X - {hi}X"])
    side = (
        rng.choice(["🟢 Long", "📈 LONG", "🟢 LONG"])
        if d.long
        else rng.choice(["🛑 Short", "🔴 SHORT", "🛑 SHORT"])
    )
    shown = entries if rng.random() < 0.5 else entries[::-1]
    plus = "+" if rng.random() < 0.5 else ""
    parts = [
        f"{rng.choice(['🌟', '⭐'])} #{d.base}/USDT",
        side,
        "📊 EXCHANGE -" + rng.choice([" BYBIT/BINGX/MEXC", "BYBIT/BINGX/MEXC", " BINANCE/BYBIT"]),
        f"🧑‍🎤 Leverage: {lev} 🔥",
        f"👉 Entry = {p(shown[0])} - {p(shown[1])}",
        rng.choice(["TARGET- ", "TARGET - ", "TARGETS - "]) + " - ".join(p(v) for v in tps) + plus,
        rng.choice(["❌STOP LOSS - ", "❌ Stop Loss - ", "❌ STOP LOSS - "]) + p(sl),
    ]
    text = " ".join(parts) + " t.me/starcallsvip" if rng.random() < 0.3 else "\n\n".join(parts)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "cmp_dca_circled_targets",
    "'Long: ID/USDT' / '(20x-50x Leverage)', 'Entry at CMP: a' or 'Entry: a (CMP)', 'DCA: b', dashed rules, circled 'TP ➊: x', 'SL: H4 candle close below s', '1% risk at CMP & 2% at DCA'; sometimes flattened to one line",
)
@own_stream
def ms3_cmp_dca(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    dca = d.round(d.entry * (1 - d.sign * rng.uniform(0.025, 0.06)))
    entries = [d.entry, dca]
    tps = ms3_tps(d, [d.entry], 3, rng.choice([0.03, 0.05]))
    sl = ms3_far_stop(d, entries, rng.uniform(0.02, 0.04))
    p = ms3_p(d, rng, 0.0)
    side = "Long" if d.long else "Short"
    lo, hi = rng.choice([(20, 50), (10, 25), (5, 10)])
    lev_line = rng.choice([f"({lo}x-{hi}x Leverage)", f"— {lo}x/{hi}x Lev", f"({lo}x-{hi}x Lev)"])
    entry_line = rng.choice(
        [f"Entry at CMP: {p(d.entry)}", f"Entry: {p(d.entry)} (CMP)", f"Entry: {p(d.entry)} cmp"]
    )
    circ = MS3_CIRCLED if rng.random() < 0.6 else MS3_CIRCLED_WHITE
    rule = "-------------"
    way = "below" if d.long else "above"
    tf = rng.choice(["H4", "4H", "Daily", "H1"])
    lines = [
        f"{side}: {d.base}/USDT",
        lev_line,
        entry_line,
        f"DCA: {p(dca)}",
        rule,
        *[f"TP {circ[i]}: {p(v)}" for i, v in enumerate(tps)],
        rule,
        f"SL: {tf} candle close {way} {p(sl)}",
    ]
    if rng.random() < 0.6:
        lines += [rule, "1% risk at CMP & 2% at DCA"]
    if rng.random() < 0.3:
        lines += ["Confluences: trendline retest, daily FVG and a weekly pin bar."]
    text = " ".join(lines) if rng.random() < 0.35 else "\n".join(lines)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "slash_header_exit_list",
    "'#XYZUSDT / LONG / 10X-20X' then 'ENTRY: a - b' (a zone, nearest price first), 'EXIT: t1 , t2 , t3' (space-comma lists), 'STOPLOSS: s'; on one line or several",
)
@own_stream
def ms3_slash_exit(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, rng.choice([0.02, 0.05]))
    tps = ms3_tps(d, entries, rng.randint(3, 5), 0.025)
    sl = ms3_far_stop(d, entries, rng.uniform(0.03, 0.05))
    p = ms3_p(d, rng, 0.0)
    lo, hi = rng.choice([(10, 20), (5, 10), (20, 50)])
    near, far = (entries[1], entries[0]) if d.long else (entries[0], entries[1])
    sep = rng.choice([" , ", ", ", " ,"])
    parts = [
        f"#{d.base}USDT / {d.side.upper()} / {lo}X-{hi}X",
        f"ENTRY: {p(near)} - {p(far)}",
        f"EXIT: {sep.join(p(v) for v in tps)}",
        f"STOPLOSS: {p(sl)}",
    ]
    text = " ".join(parts) if rng.random() < 0.5 else "\n".join(parts)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "odd_emoji_one_line",
    "one line whose labels follow odd emojis: '🥇 #XYZUSDT 📤 Long 💹 Buy: a - b 🧿 Target: t1 - t2 - … 🧨 StopLoss: s 🔘 Leverage: 5-10x'",
)
@own_stream
def ms3_odd_emoji(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, 0.015)
    tps = ms3_tps(d, entries, rng.randint(4, 6), 0.01)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lo, hi = rng.choice([(5, 10), (3, 5), (10, 20)])
    side = "Long" if d.long else "Short"
    buy = "Buy" if d.long else rng.choice(["Sell", "Short"])
    text = (
        f"{rng.choice(['🥇', '🏆', '💎'])} #{d.base}USDT {rng.choice(['📤', '📥'])} {side} "
        f"💹 {buy}: {p(entries[0])} - {p(entries[1])} "
        f"🧿 Target: {' - '.join(p(v) for v in tps)} "
        f"🧨 StopLoss: {p(sl)} 🔘 Leverage: {lo}-{hi}x"
    )
    if rng.random() < 0.4:
        text = (
            text.replace(" 💹", "\n💹")
            .replace(" 🧿", "\n🧿")
            .replace(" 🧨", "\n🧨")
            .replace(" 🔘", "\n🔘")
        )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "target_dash_ordinal",
    "'🟢 LONG' / '💲 DOGEUSDT' / '📈 Entry : a - b', '🎯 Target 1 - x' lines (a dash after the target's number), '🛑 Stop Loss : s', 'This is not investment advice.'",
)
@own_stream
def ms3_target_dash(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    single = rng.random() < 0.35
    entries = [d.entry] if single else zone(d, 0.004)
    tps = ms3_tps(d, entries, rng.randint(3, 5), 0.008)
    sl = ms3_far_stop(d, entries, rng.uniform(0.02, 0.05))
    p = ms3_p(d, rng, 0.15)
    dash = rng.choice([" - ", " – ", " -- "])
    lines = [
        "🟢 LONG" if d.long else "🔴 SHORT",
        f"💲 {d.base}USDT",
        "📈 Entry : " + (p(entries[0]) if single else f"{p(entries[0])} - {p(entries[1])}"),
    ]
    lines += [f"🎯 Target {i}{dash}{p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"🛑 Stop Loss : {p(sl)}")
    lev = None
    if rng.random() < 0.5:
        lev = rng.choice([10, 20, 25])
        lines.insert(2, f"⚡ Leverage : {lev}x")
    if rng.random() < 0.6:
        lines += ["", "This is not investment advice."]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "strategy_bot_cornix_block",
    "strategy-bot posts: '🎯 STRATEGY: Ichimoku Sniper' with period and percent bullets, '📊 SIGNAL ANALYSIS:' (Strength, Confidence, Risk/Reward, ATR Value), then 'CORNIX COMPATIBLE FORMAT:' 'XYZUSDT.P SELL' / 'Entry:' / 'SL:' / 'TP:' / 'Leverage: 20x' / 'Margin: CROSS', '🕐 Signal Time: 2026-12-05' / '03:29:14 UTC'",
)
@own_stream
def ms3_strategy_bot(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n = rng.choice([1, 1, 2, 3])
    tps = ms3_tps(d, [d.entry], n, 0.03)
    sl = d.against(rng.uniform(0.012, 0.025))
    ms3_p(d, rng, 0.0)  # (its draws kept: the messages stay as they were measured)
    lev = rng.choice([10, 20, 25, 50])
    mode = rng.choice(["CROSS", "ISOLATED"])
    conf = round(rng.uniform(60, 95), 1)
    atr = d.round(d.entry * rng.uniform(0.004, 0.012))
    strat = rng.choice(
        ["Ichimoku Sniper", "EMA Ribbon Scalper", "VWAP Reversion", "Supertrend Flip"]
    )
    lines = [
        f"🎯 STRATEGY: {strat}",
        "Multi-TF Enhanced",
        f"• Conversion/Base: {rng.randint(3, 9)}/{rng.randint(9, 26)} periods",
        "• EMA Filter: 200 periods",
        f"• SL/TP Percent: {rng.uniform(1, 2):.2f}%/{rng.uniform(2.5, 4):.2f}%",
        "",
        "📊 SIGNAL ANALYSIS:",
        f"• Strength: {rng.choice(['100.0', '87.5', '92.3'])}%",
        f"• Confidence: {conf}%",
        f"• Risk/Reward: 1:{rng.uniform(1.5, 3):.2f}",
        f"• ATR Value: {fixed(atr, d.dec)}",
        "• Scan Mode: Multi-Timeframe Enhanced",
        "",
        "🎯 CORNIX COMPATIBLE FORMAT:",
        f"{d.base}USDT.P {'BUY' if d.long else 'SELL'}",
        f"Entry: {fixed(d.entry, d.dec)}",
        f"SL: {fixed(sl, d.dec)}",
    ]
    if n == 1:
        lines.append(f"TP: {fixed(tps[0], d.dec)}")
    else:
        lines += [f"TP{i}: {fixed(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines += [
        f"Leverage: {lev}x",
        f"Margin: {mode}",
        "",
        f"🕐 Signal Time: 2026-12-0{rng.randint(1, 5)}",
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} UTC",
        f"🤖 Bot: Pine Script {strat} v{rng.randint(2, 6)}",
    ]
    return "\n".join(lines), signal(
        d,
        entries=[d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
        confidence=round(conf / 100, 4),
    )


@style(
    "forex_style_no_colons",
    "forex-desk posts written for crypto without a colon anywhere: 'Sell SOL 148.2 – 147.9' or 'BUY BTC NOW 63450', blank lines, 'Stop Loss 151', 'TP1 146' … one per line, a last 'TP4 open', 'Use proper lot size'",
)
@own_stream
def ms3_forex_style(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    zone_entry = rng.random() < 0.6
    entries = zone(d, 0.003) if zone_entry else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.006)
    sl = ms3_far_stop(d, entries, rng.uniform(0.008, 0.02))
    p = ms3_p(d, rng, 0.0)
    verb = rng.choice(["Buy", "BUY"]) if d.long else rng.choice(["Sell", "SELL"])
    shown = entries if d.long else entries[::-1]
    head = f"{verb} {d.base}{rng.choice(['', 'USDT'])} " + " – ".join(p(v) for v in shown)
    lines = [head, "", f"{rng.choice(['Stop Loss', 'SL', 'Stoploss'])} {p(sl)}", ""]
    lines += [f"TP{i} {p(v)}" for i, v in enumerate(tps, 1)]
    if rng.random() < 0.5:
        lines.append(f"TP{len(tps) + 1} open")
    if rng.random() < 0.5:
        lines += ["", rng.choice(["Use proper lot size ⚠️", "Manage your risk 🙏", "Risk 1% only"])]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "meta_lines_card",
    "cards wrapped in meta lines: 'Timeframe: 4H', 'Strategy: Breakout retest', 'Exchange: Binance/Bybit', 'Risk: Medium ⚠️', 'R:R 1:2.8'; 'Entry: a — b', targets with a percentage or an R multiple ('0.53 (+2.1%)', '0.55 (2R)'), a signature line with a link and a disclaimer",
)
@own_stream
def ms3_meta_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, 0.006) if rng.random() < 0.6 else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.018)
    sl = ms3_far_stop(d, entries, rng.uniform(0.012, 0.03))
    p = ms3_p(d, rng, 0.25)
    ref = ms3_near(d, entries)
    risk = abs(ref - sl)
    lev = rng.choice([None, 5, 10, 20])
    tag = rng.choice(["pct", "r", "none"])

    def note(v: float) -> str:
        if tag == "pct":
            return f" ({(v - ref) / ref * 100:+.1f}%)"
        if tag == "r":
            return f" ({abs(v - ref) / risk:.1f}R)"
        return ""

    dash = rng.choice([" — ", " – ", "-", " to "])
    entry_text = p(entries[0]) if len(entries) == 1 else f"{p(entries[0])}{dash}{p(entries[1])}"
    meta = [
        f"Timeframe: {rng.choice(['4H', '1H', '15m', '1D'])}",
        f"Strategy: {rng.choice(['Breakout retest', 'Trend continuation', 'Range reversal', 'Liquidity grab'])}",
        f"Exchange: {rng.choice(['Binance/Bybit', 'Binance Futures', 'Bybit, OKX', 'BingX'])}",
        f"Risk: {rng.choice(['Medium ⚠️', 'Low ✅', 'High 🔥', '1-2% of capital'])}",
    ]
    rng.shuffle(meta)
    lines = [
        f"{rng.choice(['📌', '🚀', '⚡️'])} {ms2_pair(d, rng)} — {d.side.upper()}",
        *meta[: rng.randint(2, 4)],
        "",
        f"Entry: {entry_text}",
        *[f"TP{i}: {p(v)}{note(v)}" for i, v in enumerate(tps, 1)],
        f"SL: {p(sl)}",
    ]
    lev_line = rng.choice([f"Lev: {lev}x", f"Leverage: {lev}X", f"Cross ({lev}X)"])
    if lev:
        lines.append(lev_line)
    lines.append(f"R:R 1:{abs(tps[-1] - ref) / risk:.1f}")
    lines += [
        "",
        rng.choice(
            [
                "— Team Apex Signals | t.me/apexsignals",
                "Signed: @QuantDesk 🖊 https://t.me/quantdesk",
                "By CryptoPilot • join: t.me/cryptopilot_free",
            ]
        ),
        rng.choice(["Not financial advice. DYOR.", "NFA / DYOR 🙏", ""]),
    ]
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if lev and lev_line.startswith("Cross"):
        exp["margin_mode"] = "cross"
    return "\n".join(lines).rstrip(), exp


def ms3_big_num(v: float, dec: int, how: str) -> str:
    """One big price in one of the notations channels mix: '63,450', '63450', '63.45k', '63.4K'."""
    if how == "k":
        k = v / 1000
        text = f"{k:.3f}".rstrip("0").rstrip(".")
        return text + "k"
    if how == "K":
        k = v / 1000
        text = f"{k:.3f}".rstrip("0").rstrip(".")
        return text + "K"
    return num(v, dec, "comma" if how == "comma" else "plain")


@style(
    "mixed_big_notations",
    "five- and four-digit prices written in mixed notations in one post: 'Entry: 63,450', 'TP: 64.2K, 65K', 'SL 62800'; 'ETH short 3.41k-3.43k'",
)
@own_stream
def ms3_mixed_big(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MS3_BIG if m[2] >= 1000])
    # prices that the k notation can write exactly: whole tens (BTC) or whole units (ETH)
    step = 10 if d.entry > 10000 else 1
    r = lambda v: float(round(v / step) * step)  # noqa: E731
    d.entry = r(d.entry)
    two = rng.random() < 0.4
    entries = sorted([d.entry, r(d.entry * (1 - d.sign * 0.004))]) if two else [d.entry]
    near = ms3_near(d, entries)
    tps = [r(near * (1 + d.sign * g)) for g in (0.012, 0.025, 0.04)[: rng.randint(2, 3)]]
    sl = r((min(entries) if d.long else max(entries)) * (1 - d.sign * rng.uniform(0.01, 0.02)))
    hows = ["comma", "plain", "k", "K"]
    he, ht, hs = rng.choice(hows), rng.choice(hows), rng.choice(hows)
    e = " - ".join(ms3_big_num(v, 0, he) for v in (entries if d.long else entries[::-1]))
    t = rng.choice([", ", " / ", " "]).join(ms3_big_num(v, 0, ht) for v in tps)
    s = ms3_big_num(sl, 0, hs)
    lev = rng.choice([None, 10, 25, 50])
    form = rng.choice(["card", "line"])
    if form == "card":
        lines = [
            f"{'🟢' if d.long else '🔴'} {d.base} {d.side.upper()}",
            f"Entry: {e}",
            f"TP: {t}",
            f"SL {s}",
        ]
        if lev:
            lines.append(f"{lev}x")
        text = "\n".join(lines)
    else:
        text = f"{d.base} {d.side} {e} tp {t} sl {s}" + (f" {lev}x" if lev else "")
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "tv_idea_summary",
    "TradingView idea summaries: 'Symbol: BINANCE:XYZUSDT.P', 'Idea: Long | 4H', 'Entry Price:', 'Take Profit Level 1:', 'Take Profit Level 2:', 'Stop Loss Level:', 'Risk/Reward: 2.35', a chart link",
)
@own_stream
def ms3_tv_idea(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.025)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    side = (
        rng.choice(["Long", "LONG", "Bullish (Long)"])
        if d.long
        else rng.choice(["Short", "SHORT", "Bearish (Short)"])
    )
    lines = [
        f"📈 {d.base}USDT.P idea" if rng.random() < 0.5 else "New idea published ✍️",
        f"Symbol: {rng.choice(['BINANCE', 'BYBIT', 'OKX'])}:{d.base}USDT.P",
        f"Idea: {side} | {rng.choice(['4H', '1H', '1D', '30m'])}",
        f"Entry Price: {p(d.entry)}",
    ]
    if len(tps) == 1:
        lines.append(f"Take Profit Level: {p(tps[0])}")
    else:
        lines += [f"Take Profit Level {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines += [
        f"Stop Loss Level: {p(sl)}",
        f"Risk/Reward: {abs(tps[-1] - d.entry) / abs(d.entry - sl):.2f}",
        f"Chart: tradingview.com/x/{''.join(rng.choice('abcdefghkmnpqrstuvwxyz') for _ in range(8))}/",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "hyphen_separated_labels",
    "labels written in lowercase with a spaced hyphen or en dash before the value: 'entry - 0.512', 'tp1 - 0.53', 'sl - 0.49', 'lev - 10x'; a zone as 'entry - 0.505 to 0.512'",
)
@own_stream
def ms3_hyphen_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    two = rng.random() < 0.35
    entries = zone(d, 0.006) if two else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    h = rng.choice([" - ", " – ", " — "])
    lev = rng.choice([None, 5, 10, 20])
    lines = [
        rng.choice(
            [f"{d.base.lower()} {d.side}", f"{d.side} {d.base.lower()}usdt", f"#{d.base} {d.side}"]
        ),
        "entry" + h + (f"{p(entries[0])} to {p(entries[1])}" if two else p(entries[0])),
    ]
    if rng.random() < 0.5:
        lines += [f"tp{i}{h}{p(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines.append("tps" + h + " / ".join(p(v) for v in tps))
    lines.append(rng.choice(["sl", "stop"]) + h + p(sl))
    if lev:
        lines.append("lev" + h + f"{lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "arrow_range_entries",
    "entry zones written with an arrow, a tilde or an ellipsis ('➡️ Entry: a ➡️ b', 'Entry: a → b', 'Entry a ~ b', 'Entry: a…b'), a '⬇️ Targets ⬇️' banner with one target per line, '🚫 Stop:'",
)
@own_stream
def ms3_arrow_range(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, rng.choice([0.005, 0.012]))
    tps = ms3_tps(d, entries, rng.randint(3, 5), 0.012)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.035))
    p = ms3_p(d, rng, 0.1)
    shown = entries if rng.random() < 0.5 else entries[::-1]
    joint = rng.choice([" ➡️ ", " → ", " ~ ", "…", " ... "])
    lead = rng.choice(["➡️ Entry: ", "Entry: ", "Entry "])
    head = (
        f"{'📈 LONG ⬆️' if d.long else '📉 SHORT ⬇️'} #{d.base}USDT"
        if rng.random() < 0.5
        else f"#{d.base}USDT {'LONG 🟢' if d.long else 'SHORT 🔴'}"
    )
    lines = [head, "", lead + joint.join(p(v) for v in shown), ""]
    lines.append(rng.choice(["⬇️ Targets ⬇️", "🎯 Targets 🎯", "Targets 👇"]))
    lines += [p(v) for v in tps]
    lines += ["", rng.choice(["🚫 Stop: ", "🚫 Stop loss: ", "🚫 SL "]) + p(sl)]
    lev = None
    if rng.random() < 0.5:
        lev = rng.choice([10, 20, 50])
        lines.append(f"Leverage {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "trade_orders_bullets",
    "'NEW TRADE ALERT 🚨 (#45)', 'Coin: $WIF', 'Position: SHORT', 'Leverage: Isolated 10x', 'Entry Price:', 'Take Profit Orders:' with indented bullets '• 2.41 (25%)', 'Stop Loss Order:', 'Risk: 2% of portfolio'",
)
@own_stream
def ms3_trade_orders(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    ladder = rng.random() < 0.3
    entries = d.ladder(2) if ladder else [d.entry]
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.3)
    lev = rng.choice([5, 10, 20])
    mode = rng.choice(["Isolated", "Cross"])
    shares_ = {2: ["50%", "50%"], 3: ["25%", "25%", "50%"], 4: ["25%", "25%", "25%", "25%"]}[
        len(tps)
    ]
    bullet = rng.choice(["  • ", "  - ", "  ◦ "])
    lines = [
        f"NEW TRADE ALERT 🚨 (#{rng.randint(12, 480)})",
        f"Coin: ${d.base}" if rng.random() < 0.5 else f"Coin: {d.base}/USDT",
        f"Position: {d.side.upper()}",
        f"Leverage: {mode} {lev}x",
    ]
    if ladder:
        lines += ["Entry Orders:", *[f"{bullet}{p(v)}" for v in entries]]
    else:
        lines.append(f"Entry Price: {p(d.entry)}")
    lines.append("Take Profit Orders:")
    lines += [f"{bullet}{p(v)} ({s})" for v, s in zip(tps, shares_, strict=True)]
    lines += [f"Stop Loss Order: {p(sl)}", f"Risk: {rng.choice(['1', '2', '3'])}% of portfolio"]
    return "\n".join(lines), signal(
        d,
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
    )


@style(
    "dotted_leader_card",
    "cards whose labels are padded with dotted leaders under box rules: '━━━━', '🪙 SOL/USDT ・ PERP', '▸ Side ........ LONG', '▸ Entry ....... a – b', '▸ Targets ..... x · y · z', '▸ Stop ........ s', '▸ Leverage .... 10x'",
)
@own_stream
def ms3_dotted(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    two = rng.random() < 0.5
    entries = zone(d, 0.006) if two else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([5, 10, 20, None])
    rng.choice([".", "."])  # (a draw kept: the messages stay as they were measured)
    dot = "."
    sep = rng.choice([" · ", " / ", " | "])
    mark = rng.choice(["▸ ", "› ", "◆ ", ""])

    def row(label: str, value: str) -> str:
        return f"{mark}{label} {dot * (14 - len(label))} {value}"

    rule = rng.choice(["━━━━━━━━━━━━━━", "──────────────", "=============="])
    lines = [
        rule,
        f"🪙 {d.base}/USDT {rng.choice(['・ PERP', '• Perpetual', '(Futures)'])}",
        rule,
        row("Side", d.side.upper()),
        row("Entry", f"{p(entries[0])} – {p(entries[1])}" if two else p(entries[0])),
        row("Targets", sep.join(p(v) for v in tps)),
        row("Stop", p(sl)),
    ]
    if lev:
        lines.append(row("Leverage", f"{lev}x"))
    lines.append(rule)
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- third follow-up round: update words channels use that no earlier round held, measured first
# Researched from copier bots' update commands and notification lists (close a share, move or
# set the stop, cancel, re-enter; "50 % booking at TP1" as copier help pages word it; platform
# notices "Position closed manually", "Hit SL", "Canceled — time in force") and the updates
# signal channels post: partial closes as traders word them ('Trim 20%', 'Secured 40% at TP1,
# runner left', 'Closed 50% @ …', 'Booked 30%'), stops set or tagged ('Set SL …', 'SL tagged',
# 'Stop hunted'), setups pulled or invalidated, 'Cut it here', results ('TP3 smashed 🔥',
# 'Closed in profit +32%', leverage-multiplied percentages, 'TP1, TP2 done'), talk that only
# sounds like an update ('TP1 will be hit soon', 'Hold', 'still valid') and instructions for
# later ('Move SL to entry after TP1': review), replies holding only a price, re-adds, updates
# naming the coin among other hashtags, and the same update words in eleven other languages.
# Written anew with drawn prices; each style draws from its own stream (@own_stream).


def _maybe_coin(d: Draw, rng: random.Random) -> tuple[str, str | None]:
    """The coin as the update names it, or nothing (a reply under the signal)."""
    c = rng.choice([_coin(d, rng), _coin(d, rng), ""])
    return c, (d.base if c else None)


def _with_coin(text: str, c: str) -> str:
    """``text`` with ``{c}`` filled and no space left doubled where the coin is left out."""
    return " ".join(text.replace("{c}", c).split()).replace(" ,", ",").strip(" :—-")


@style(
    "trim_secure_book",
    "partial closes as traders word them: 'Trim 20% here', 'Secured 40% at TP1, runner left 🏃', 'Closed 50% @ 0.5312', 'Booked 30% 💰', 'Took half off', 'Reduce the position by 25%', 'Take some off the table', 'Close 25% and let the rest run', with and without the coin",
)
@own_stream
def trim_secure_book(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    p = rng.choice([20, 25, 30, 40, 50, 60, 70, 75])
    form = rng.randrange(8)
    if form == 0:
        t = rng.choice(
            ["Trim {p}% here {c}", "{c} trimmed {p}% ✂️", "{c}: trimming {p}% into strength"]
        )
        return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)
    if form == 1:
        n = rng.randint(1, 3)
        t = rng.choice(
            [
                "Secured {p}% at TP{n}, runner left 🏃 {c}",
                "{c} TP{n} ✅ secured {p}%, letting the runner ride",
                "{c} — {p}% secured at target {n}, rest running",
            ]
        )
        t = t.replace("{p}", str(p)).replace("{n}", str(n))
        return _with_coin(t, c), fu(
            sym, "target_hit", "close", target_index=n, close_fraction=p / 100
        )
    if form == 2:
        price = d.away(1)[0]
        t = rng.choice(
            ["{c} Closed {p}% @ {x}", "Closed {p}% at {x} {c}", "{c} closed {p}% here ({x})"]
        )
        t = t.replace("{p}", str(p)).replace("{x}", num(price, d.dec, fmt))
        return _with_coin(t, c), fu(sym, "close", close_fraction=p / 100, price=price)
    if form == 3:
        t = rng.choice(["Booked {p}% 💰 {c}", "{c} — booked {p}% profits", "{c} {p}% booked ✅"])
        return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)
    if form == 4:
        t = rng.choice(
            ["Took half off {c} ✂️", "{c} half off here", "{c}: taking half off the table"]
        )
        return _with_coin(t, c), fu(sym, "close", close_fraction=0.5)
    if form == 5:
        t = rng.choice(
            ["Reduce the position by {p}% {c}", "{c} reduced {p}%", "{c} reducing size {p}% here"]
        )
        return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)
    if form == 6:
        t = rng.choice(
            [
                "Take some off the table {c}",
                "{c} took some profit off 💸",
                "{c} lock in some gains here",
            ]
        )
        return _with_coin(t, c), fu(sym, "close", close_fraction=None)
    t = rng.choice(
        ["Close {p}% and let the rest run {c}", "{c} close {p}%, rest rides to the next target"]
    )
    return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)


@style(
    "stop_set_tagged_hunted",
    "the stop set or moved in traders' words ('Set SL 0.512', 'New SL: …', 'Raise SL to …' on a long, 'Lower SL to …' on a short, 'Tighten stop to …', 'Adjust stop to …') and the stop hit ('SL tagged ❌', 'Stop hunted 😤', 'Got stopped on #SOL', 'SL triggered at …')",
)
@own_stream
def stop_set_tagged_hunted(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(4)
    if form <= 1:
        s = d.against(0.006) if rng.random() < 0.5 else d.away(1)[0]
        verb = "Raise" if d.long else "Lower"
        t = rng.choice(
            [
                "Set SL {x} {c}",
                "{c} New SL: {x}",
                "{c} " + verb + " SL to {x}",
                "Tighten stop to {x} {c}",
                "{c} adjust stop to {x}",
                "{c} SL now {x} 🔒",
            ]
        )
        return _with_coin(t.replace("{x}", num(s, d.dec, fmt)), c), fu(
            sym, "stop_moved", new_stop=s
        )
    if form == 2:
        t = rng.choice(
            [
                "SL tagged ❌ {c}",
                "{c} SL tagged",
                "Stop got tagged on {c}",
                "{c} stop hunted 😤",
                "Stop hunted on {c}, we are out",
                "{c} SL triggered",
                "Got stopped on {c} 🛑",
            ]
        )
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t, c), fu(sym, "stop_hit")
    s = d.against(0.02)
    t = rng.choice(
        ["{c} SL tagged at {x} (-{q}%)", "{c} stop triggered at {x}", "Stop hunted at {x} {c} 😤"]
    )
    t = t.replace("{x}", num(s, d.dec, fmt)).replace("{q}", f"{rng.uniform(2, 40):.1f}")
    return _with_coin(t, c), fu(sym, "stop_hit", price=s)


@style(
    "pulled_invalidated_cut",
    "a setup withdrawn before entry ('setup pulled ❌', 'Invalidated ❌', 'Scrap #ARB, entry never came', 'Remove the SOL limit orders', 'void') is a cancel; 'Cut it here', 'Cutting #ETH, not playing out', 'cut at 0.5312 (-4%)' close the position",
)
@own_stream
def pulled_invalidated_cut(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(3)
    if form == 0:
        t = rng.choice(
            [
                "{c} setup pulled ❌",
                "Pulling this setup {c}, don't enter",
                "Invalidated ❌ {c}",
                "{c} invalidated before entry, cancel the order",
                "Scrap {c}, entry never came",
                "Remove the {c} limit orders 🚫",
                "{c} void ❌ (not triggered)",
            ]
        )
        return _with_coin(t, c), fu(sym, "cancel")
    if form == 1:
        t = rng.choice(
            [
                "Cut it here {c}",
                "Cutting {c} here, not playing out",
                "{c} cut for a small loss",
                "Closing {c} early, momentum gone ❗",
                "Get out of {c} now",
            ]
        )
        if "of {c}" in t and not c:
            t = "Get out now"
        return _with_coin(t, c), fu(sym, "close", close_fraction=1.0)
    x = d.against(0.012)
    t = rng.choice(["{c} cut at {x} (-{q}%)", "Cut {c} at {x}, small loss"])
    t = t.replace("{x}", num(x, d.dec, fmt)).replace("{q}", f"{rng.uniform(1, 9):.1f}")
    return _with_coin(t, c), fu(sym, "close", close_fraction=1.0, price=x)


@style(
    "smashed_done_results",
    "results posted as updates: 'TP3 smashed 🔥', 'target 2 crushed 💥', 'TP1 tapped ✅', several targets at once ('TP1, TP2 done', 'TP1 & TP2 hit', 'TP1-TP3 ✅', 'Targets 1 and 2 done'), 'Closed in profit +32%', 'Fully closed ✅', leverage-multiplied percentages ('+4.1% (+82% with 20x)'), 'Profit booked ✅'",
)
@own_stream
def smashed_done_results(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    lev = rng.choice([5, 10, 20, 25, 50])
    move = rng.uniform(1, 9)
    pct, roe = f"{move:.1f}", f"{move * lev:.1f}"
    form = rng.randrange(6)
    if form == 0:
        n = rng.randint(1, 4)
        t = rng.choice(
            [
                "TP{n} smashed 🔥 {c}",
                "{c} TP{n} smashed 🔥🔥",
                "{c} target {n} crushed 💥",
                "{c} TP{n} tapped ✅",
            ]
        )
        return _with_coin(t.replace("{n}", str(n)), c), fu(sym, "target_hit", target_index=n)
    if form == 1:
        n = rng.randint(2, 3)
        listed = [f"TP{i}" for i in range(1, n + 1)]
        t = rng.choice(
            [
                "{c} " + ", ".join(listed) + " done ✅",
                "{c} " + " & ".join(listed) + " hit 🎯",
                "{c} TP1-TP" + str(n) + " ✅",
                "{c} Targets " + ", ".join(str(i) for i in range(1, n)) + f" and {n} done",
            ]
        )
        return _with_coin(t, c), fu(sym, "target_hit", target_index=n)
    if form == 2:
        t = rng.choice(
            [
                "Closed in profit +{r}% 🎉 {c}",
                "{c} closed in profit ({r}% with {l}x)",
                "Fully closed ✅ {c} +{r}%",
            ]
        )
        t = t.replace("{r}", roe).replace("{l}", str(lev))
        return _with_coin(t, c), fu(sym, "close", close_fraction=1.0)
    if form == 3:
        n = rng.randint(1, 3)
        t = rng.choice(
            [
                "{c} TP{n} ✅ +{p}% (+{r}% with {l}x)",
                "{c} TP{n} hit 🎯 {r}% ROI on {l}x",
                "{c} Target {n} done · +{r}% (x{l})",
            ]
        )
        t = (
            t.replace("{n}", str(n))
            .replace("{p}", pct)
            .replace("{r}", roe)
            .replace("{l}", str(lev))
        )
        return _with_coin(t, c), fu(sym, "target_hit", target_index=n)
    if form == 4:
        t = rng.choice(["Profit booked ✅ {c} +{r}%", "{c} booked profits 💰"])
        return _with_coin(t.replace("{r}", roe), c), fu(sym, "close", close_fraction=None)
    t = rng.choice(["{c} all targets smashed 🔥🔥🔥", "{c} every target done ✅ +{r}% ({l}x)"])
    t = t.replace("{r}", roe).replace("{l}", str(lev))
    # the last target: the index is not said, the copy takes its own last one
    return _with_coin(t, c), fu(sym, "target_hit")


@style(
    "talk_and_later_instructions",
    "talk that only sounds like an update and must not act ('TP1 will be hit soon 👀', 'almost at TP2, patience', 'Hold 💎', 'still valid ✅', 'No action needed, SL untouched', 'Don't close yet'), and instructions for later posted alone ('Move SL to entry after TP1', 'Once TP2 hits, close 50%', 'if SL hits we re-enter at …'): review",
)
@own_stream
def talk_and_later_instructions(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, _sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(4)
    if form == 0:
        t = rng.choice(
            [
                "TP1 will be hit soon 👀 {c}",
                "{c} close to TP1",
                "{c} almost at TP2, patience",
                "TP2 loading ⏳ {c}",
                "{c} next stop TP3 🚀",
            ]
        )
        return _with_coin(t, c), {"kind": "not_signal"}
    if form == 1:
        t = rng.choice(
            [
                "Hold 💎 {c}",
                "{c} still valid ✅",
                "{c} still holding, no changes",
                "Hold, setup still valid {c}",
                "Don't close yet {c}",
                "No action needed, SL untouched {c}",
            ]
        )
        return _with_coin(t, c), {"kind": "not_signal"}
    if form == 2:
        t = rng.choice(
            [
                "Move SL to entry after TP1 {c}",
                "{c} once TP2 hits, close 50%",
                "When TP1 is reached move stop to breakeven {c}",
                "{c} after TP2 trail SL to TP1",
            ]
        )
        return _with_coin(t, c), {"kind": "needs_review"}
    x = d.against(0.015)
    t = rng.choice(
        [
            "If SL hits we re-enter at {x} {c}",
            "{c} if we lose {x} we close",
            "{c} below {x} I'll cut it",
        ]
    )
    return _with_coin(t.replace("{x}", num(x, d.dec, fmt)), c), {"kind": "needs_review"}


@style(
    "bare_price_and_readds",
    "replies holding only a price ('0.5312', '148.9 👀': review, they say nothing of what the price is), a stop written as its label and price alone ('SL 0.512', 'sl: 0.512'), and re-adds ('Re-add #SOL at 142.3', 'Re-added at …, same SL', 'Re-short ETH 3,390')",
)
@own_stream
def bare_price_and_readds(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(3)
    if form == 0:
        x = d.away(1)[0] if rng.random() < 0.5 else d.entry
        t = rng.choice(["{x}", "{x} 👀", "{x}?"])
        return t.replace("{x}", num(x, d.dec, fmt)), {"kind": "needs_review"}
    if form == 1:
        s = d.against(0.008)
        t = rng.choice(["{c} SL {x}", "sl: {x} {c}", "{c} Stop {x} now"])
        return _with_coin(t.replace("{x}", num(s, d.dec, fmt)), c), fu(
            sym, "stop_moved", new_stop=s
        )
    x = d.against(0.01)
    word = "Re-buy" if d.long else "Re-short"
    t = rng.choice(
        [
            "Re-add {c} at {x}",
            "Re-added at {x}, same SL {c}",
            "{c} re-adding here {x}, same targets",
            word + " {c} {x}",
        ]
    )
    return _with_coin(t.replace("{x}", num(x, d.dec, fmt)), c), fu(sym, "reentry", price=x)


@style(
    "hashtag_crowded_updates",
    "updates naming the coin among other hashtags and cashtags ('#SOL TP2 ✅ #crypto #altcoins', '$ARB stop moved to entry 🔒 #Binance #Futures', 'Update 🔔 #1000PEPE · TP1 reached', '#ETHUSDT | TP3 ✅ | +24%', 'TP2 hit on $WIF 🎯 #signals')",
)
@own_stream
def hashtag_crowded_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    tags = " ".join(
        rng.sample(
            ["#crypto", "#altcoins", "#Binance", "#Futures", "#signals", "#trading", "#altseason"],
            2,
        )
    )
    n = rng.randint(1, 4)
    form = rng.randrange(5)
    if form == 0:
        text = rng.choice([f"#{b} TP{n} ✅ {tags}", f"TP{n} hit on ${b} 🎯 {tags}"])
        return text, fu(b, "target_hit", target_index=n)
    if form == 1:
        text = rng.choice([f"${b} stop moved to entry 🔒 {tags}", f"{tags}\n#{b}USDT SL → entry"])
        return text, fu(b, "stop_moved", stop_to_entry=True)
    if form == 2:
        text = f"Update 🔔 #{b} · TP{n} reached\n{tags}"
        return text, fu(b, "target_hit", target_index=n)
    if form == 3:
        text = f"#{b}USDT | TP{n} ✅ | +{rng.uniform(5, 90):.0f}% {tags}"
        return text, fu(b, "target_hit", target_index=n)
    text = rng.choice([f"${b} stopped out ❌ {tags}", f"#{b} closed at SL {tags}"])
    return text, fu(b, "stop_hit")


_OTHER_UPDATE_WORDS: dict[str, list[tuple[str, tuple[str, ...], dict[str, Any]]]] = {
    # language: (template, actions, fields); {x} a price the style draws, {c} the coin
    "es": [
        ("{c} Cerramos el 50% en {x}", ("close",), {"close_fraction": 0.5, "price": "x"}),
        ("{c} Stop a entrada ✅", ("stop_moved",), {"stop_to_entry": True}),
        ("{c} Saltó el stop ❌", ("stop_hit",), {}),
        ("{c} Toma parcial del 30%", ("close",), {"close_fraction": 0.3}),
    ],
    "pt": [
        ("{c} Parcial de 30% realizada ✅", ("close",), {"close_fraction": 0.3}),
        ("{c} Stop acionado ❌", ("stop_hit",), {}),
        ("{c} Stop movido para {s}", ("stop_moved",), {"new_stop": "s"}),
    ],
    "ru": [
        ("{c} Фиксируем 30% ✅", ("close",), {"close_fraction": 0.3}),
        ("{c} Закрываем половину", ("close",), {"close_fraction": 0.5}),
        ("{c} Выбило по стопу ❌", ("stop_hit",), {}),
        ("{c} Стоп переносим на {s}", ("stop_moved",), {"new_stop": "s"}),
    ],
    "tr": [
        ("{c} %30 kâr alındı ✅", ("close",), {"close_fraction": 0.3}),
        ("{c} Stop oldu ❌", ("stop_hit",), {}),
        ("{c} Stop {s} seviyesine çekildi", ("stop_moved",), {"new_stop": "s"}),
    ],
    "de": [
        ("{c} 50% Teilgewinn mitgenommen ✅", ("close",), {"close_fraction": 0.5}),
        ("{c} Stop nachgezogen auf {s}", ("stop_moved",), {"new_stop": "s"}),
        ("{c} Ausgestoppt ❌", ("stop_hit",), {}),
    ],
    "id": [
        ("{c} SL kena ❌", ("stop_hit",), {}),
        ("{c} Ambil profit 50% dulu", ("close",), {"close_fraction": 0.5}),
        ("{c} Geser SL ke {s}", ("stop_moved",), {"new_stop": "s"}),
    ],
    "vi": [
        ("{c} Chốt lời 50% ✅", ("close",), {"close_fraction": 0.5}),
        ("{c} Dời SL về {s}", ("stop_moved",), {"new_stop": "s"}),
        ("{c} Dính SL ❌", ("stop_hit",), {}),
    ],
    "zh": [
        ("{c} 平仓50%", ("close",), {"close_fraction": 0.5}),
        ("{c} 止损上移至{s}", ("stop_moved",), {"new_stop": "s"}),
        ("{c} 已止损 ❌", ("stop_hit",), {}),
        ("{c} 止损移至成本价", ("stop_moved",), {"stop_to_entry": True}),
    ],
    "it": [
        ("{c} Chiuso il 50% a {x}", ("close",), {"close_fraction": 0.5, "price": "x"}),
        ("{c} Stop a pareggio ✅", ("stop_moved",), {"stop_to_entry": True}),
        ("{c} Stop preso ❌", ("stop_hit",), {}),
    ],
    "hi": [
        ("{c} SL hit ho gaya ❌", ("stop_hit",), {}),
        ("{c} 50% book karo", ("close",), {"close_fraction": 0.5}),
        ("{c} SL cost pe karo", ("stop_moved",), {"stop_to_entry": True}),
    ],
    "pl": [
        ("{c} Zamykamy połowę", ("close",), {"close_fraction": 0.5}),
        ("{c} SL przesunięty na {s}", ("stop_moved",), {"new_stop": "s"}),
    ],
}


@style(
    "update_words_eleven_languages",
    "partial closes, stop moves and stop hits in eleven languages' own words ('Cerramos el 50% en …', 'Saltó el stop', 'Parcial de 30% realizada', 'Фиксируем 30%', 'Выбило по стопу', '%30 kâr alındı', 'Teilgewinn mitgenommen', 'SL kena', 'Chốt lời 50%', '止损上移至…', 'Stop a pareggio', 'SL hit ho gaya', 'Zamykamy połowę'), with and without the coin",
)
@own_stream
def update_words_eleven_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    template, actions, fields = rng.choice(
        _OTHER_UPDATE_WORDS[rng.choice(list(_OTHER_UPDATE_WORDS))]
    )
    x, s = d.away(1)[0], d.against(0.006)
    values = {"x": x, "s": s}
    text = template.replace("{x}", num(x, d.dec)).replace("{s}", num(s, d.dec))
    expected = {k: values[v] if isinstance(v, str) else v for k, v in fields.items()}
    return _with_coin(text, c), fu(sym, *actions, **expected)


THIRD_FOLLOW_UP_ROUND = {
    "trim_secure_book",
    "stop_set_tagged_hunted",
    "pulled_invalidated_cut",
    "smashed_done_results",
    "talk_and_later_instructions",
    "bare_price_and_readds",
    "hashtag_crowded_updates",
    "update_words_eleven_languages",
}


# ---- third follow-up round, second set: status cards, icon words, update lists, copy-trading
# notices, more scripts, talk with numbers — measured once before the rules saw them
# Bots' status cards ('Status: ✅ TP2 reached / SL: moved to entry', 'Status: Closed (stop
# loss) / Result: -1R'), icon-led updates ('🔒 BE', '💰 TP2', '✂️ Trimmed 30%'), updates as
# lists ('✅ TP1 / ✅ TP2 / 🔒 SL → entry', '- 50% closed at TP1 / - SL moved to …'), copy-
# trading platforms' notices ('Position closed: SOLUSDT Long / Close price / Realized PnL',
# 'Stop loss updated: BTCUSDT → 63,800', 'Take profit 1 filled'), update words in Persian,
# Arabic, Thai, Japanese, Korean and Hindi, and talk with numbers that must not act ('TP2 was
# 3,420, we got close', 'SL at 0.512 held perfectly', "Don't get stopped out by wicks").
# Each style draws from its own stream (@own_stream).


@style(
    "status_card_updates",
    "bots' status cards: '📊 #SOL/USDT · LONG / Status: ✅ TP2 reached / SL: moved to entry', 'Status: Closed (stop loss) / Result: -1R', 'Status: Closed manually / Exit: 64,120.5', 'Status: Cancelled (entry not triggered)', 'Status: Running ⏳ / No changes'",
)
@own_stream
def status_card_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    head = rng.choice([f"📊 #{b}/USDT · {d.side.upper()}", f"🔔 {b}USDT {d.side.upper()}"])
    form = rng.randrange(5)
    if form == 0:
        n = rng.randint(1, 3)
        text = f"{head}\nStatus: ✅ TP{n} reached\nSL: moved to entry"
        return text, fu(b, "target_hit", "stop_moved", target_index=n, stop_to_entry=True)
    if form == 1:
        text = f"{head}\nStatus: Closed (stop loss)\nResult: -1R"
        return text, fu(b, "stop_hit")
    if form == 2:
        x = d.away(1)[0]
        r = f"{rng.uniform(0.5, 3):.1f}"
        text = f"{head}\nStatus: Closed manually\nExit: {num(x, d.dec, 'comma')}\nResult: +{r}R"
        return text, fu(b, "close", close_fraction=1.0, price=x)
    if form == 3:
        text = f"{head}\nStatus: Cancelled (entry not triggered)"
        return text, fu(b, "cancel")
    text = f"{head}\nStatus: Running ⏳\nNo changes"
    return text, {"kind": "not_signal"}


@style(
    "icon_led_updates",
    "updates led by an icon: '🔒 BE', '🛑 SL hit', '💰 TP2', '🚀 TP3 done', '✂️ Trimmed 30%', '⚠️ Close #ETH now', with and without the coin",
)
@own_stream
def icon_led_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    form = rng.randrange(6)
    if form == 0:
        return _with_coin("🔒 BE {c}", c), fu(sym, "stop_moved", stop_to_entry=True)
    if form == 1:
        return _with_coin("🛑 SL hit {c}", c), fu(sym, "stop_hit")
    if form == 2:
        n = rng.randint(1, 3)
        return _with_coin(f"💰 TP{n} {{c}}", c), fu(sym, "target_hit", target_index=n)
    if form == 3:
        n = rng.randint(2, 4)
        return _with_coin(f"🚀 TP{n} done {{c}}", c), fu(sym, "target_hit", target_index=n)
    if form == 4:
        p = rng.choice([20, 25, 30, 50])
        return _with_coin(f"✂️ Trimmed {p}% {{c}}", c), fu(sym, "close", close_fraction=p / 100)
    return _with_coin("⚠️ Close {c} now", c), fu(sym, "close", close_fraction=1.0)


@style(
    "update_as_list",
    "an update written as a list: '#SOL update 👇 / ✅ TP1 / ✅ TP2 / 🔒 SL → entry', '$ETH / TP1 ✔️ / TP2 ✔️ / TP3 ⏳', 'update: / - 50% closed at TP1 / - SL moved to …', '• TP1 hit / • moving SL to BE'",
)
@own_stream
def update_as_list(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    c = _coin(d, rng)
    form = rng.randrange(4)
    if form == 0:
        n = rng.randint(2, 3)
        checks = "\n".join(f"✅ TP{i}" for i in range(1, n + 1))
        text = f"{c} update 👇\n{checks}\n🔒 SL → entry"
        return text, fu(b, "target_hit", "stop_moved", target_index=n, stop_to_entry=True)
    if form == 1:
        n = rng.randint(1, 3)
        lines = [f"TP{i} ✔️" for i in range(1, n + 1)] + [f"TP{n + 1} ⏳"]
        return f"{c}\n" + "\n".join(lines), fu(b, "target_hit", target_index=n)
    if form == 2:
        s = d.against(0.004)
        text = f"{c} update:\n- 50% closed at TP1\n- SL moved to {num(s, d.dec, 'comma')}"
        return text, fu(
            b, "target_hit", "close", "stop_moved", target_index=1, close_fraction=0.5, new_stop=s
        )
    text = f"{c}\n• TP1 hit\n• moving SL to BE"
    return text, fu(b, "target_hit", "stop_moved", target_index=1, stop_to_entry=True)


@style(
    "copy_trading_notices",
    "copy-trading platforms' notices: 'Position closed: SOLUSDT Long / Close price: 152.3 / Realized PnL: +12.35 USDT', 'Position reduced by 30% · ETHUSDT Short @ 3,402.5', 'Stop loss updated: BTCUSDT → 63,800', 'Take profit 1 filled: ARBUSDT @ 1.1534', 'Order canceled: DOGEUSDT Limit Buy 0.1234'",
)
@own_stream
def copy_trading_notices(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    b = d.base
    pair = f"{b}USDT"
    side = d.side.title()
    form = rng.randrange(5)
    if form == 0:
        x = d.away(1)[0]
        pnl = f"{rng.uniform(1, 90):.2f}"
        text = f"Position closed: {pair} {side}\nClose price: {num(x, d.dec)}\nRealized PnL: +{pnl} USDT"
        return text, fu(b, "close", close_fraction=1.0, price=x)
    if form == 1:
        p = rng.choice([25, 30, 50])
        x = d.away(1)[0]
        text = f"Position reduced by {p}% · {pair} {side} @ {num(x, d.dec, 'comma')}"
        return text, fu(b, "close", close_fraction=p / 100, price=x)
    if form == 2:
        s = d.against(0.005)
        text = f"Stop loss updated: {pair} → {num(s, d.dec, 'comma')}"
        return text, fu(b, "stop_moved", new_stop=s)
    if form == 3:
        n = rng.randint(1, 3)
        x = d.away(n)[-1]
        text = f"Take profit {n} filled: {pair} @ {num(x, d.dec)}"
        return text, fu(b, "target_hit", target_index=n, price=x)
    verb = "Buy" if d.long else "Sell"
    text = f"Order canceled: {pair} Limit {verb} {num(d.entry, d.dec)}"
    return text, fu(b, "cancel")


_MORE_SCRIPTS: list[tuple[str, tuple[str, ...], dict[str, Any]]] = [
    ("{c} استاپ خورد ❌", ("stop_hit",), {}),  # fa: the stop was hit
    ("{c} تارگت ۲ زده شد ✅", ("target_hit",), {"target_index": 2}),  # fa: target 2 hit
    ("{c} تم ضرب الستوب ❌", ("stop_hit",), {}),  # ar: the stop was hit
    ("{c} إغلاق نصف الصفقة", ("close",), {"close_fraction": 0.5}),  # ar: close half the trade
    ("{c} ปิดครึ่ง", ("close",), {"close_fraction": 0.5}),  # th: close half
    ("{c} โดน SL ❌", ("stop_hit",), {}),  # th: SL hit
    ("{c} 利確50%", ("close",), {"close_fraction": 0.5}),  # ja: take 50% profit
    ("{c} 損切り済", ("stop_hit",), {}),  # ja: stop done
    ("{c} 50% 익절", ("close",), {"close_fraction": 0.5}),  # ko: take 50% profit
    ("{c} SL entry par shift karo", ("stop_moved",), {"stop_to_entry": True}),  # hi
    ("{c} aadha book karo", ("close",), {"close_fraction": 0.5}),  # hi: book half
]


@style(
    "update_words_more_scripts",
    "update words in Persian ('استاپ خورد', 'تارگت ۲ زده شد'), Arabic ('تم ضرب الستوب', 'إغلاق نصف الصفقة'), Thai ('ปิดครึ่ง', 'โดน SL'), Japanese ('利確50%', '損切り済'), Korean ('50% 익절') and Hinglish ('SL entry par shift karo', 'aadha book karo')",
)
@own_stream
def update_words_more_scripts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    template, actions, fields = rng.choice(_MORE_SCRIPTS)
    return _with_coin(template, c), fu(sym, *actions, **fields)


@style(
    "talk_with_numbers",
    "talk with numbers and update words that must not act: 'BTC to 70k soon 🚀', 'TP2 was 3,420, we got close', 'SL at 0.512 held perfectly 💪', 'bounced right off our entry 0.512 👀', 'Weekly recap: 12 TPs hit, 3 SL', 'cut through resistance at …', \"Don't get stopped out by wicks, use a proper SL\"",
)
@own_stream
def talk_with_numbers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    x = num(d.entry, d.dec, "comma")
    text = rng.choice(
        [
            "BTC to 70k soon 🚀",
            f"{c} TP2 was {x}, we got close",
            f"{c} SL at {x} held perfectly 💪",
            f"{c} bounced right off our entry {x} 👀",
            f"Weekly recap: {rng.randint(8, 20)} TPs hit, {rng.randint(1, 5)} SL",
            f"{c} cut through resistance at {x} 🔥",
            "Don't get stopped out by wicks, use a proper SL",
        ]
    )
    return text, {"kind": "not_signal"}


THIRD_FOLLOW_UP_ROUND_SECOND_SET = {
    "status_card_updates",
    "icon_led_updates",
    "update_as_list",
    "copy_trading_notices",
    "update_words_more_scripts",
    "talk_with_numbers",
}


# ---- scripts round three: sentences, word order, native names and marks, measured first ------
# Researched from public material in those languages (Binance Square posts in Vietnamese and
# Indonesian, open-source Russian copier bots' parsers and their example messages, exchange
# academies): Russian channels' "ТВХ" (точка входа), "Тейки", "Стоп за/под/над", the
# leverage typed with the Cyrillic "х" ("10х", "х20") and tickers typed on a Cyrillic layout
# ("ВТС", "ЕТН": copier bots map the look-alike letters back), thousands with a no-break space;
# Square's translated plans ("LOẠI GIAO DỊCH", "Nhập Chính", "Nhập DCA", "Mức Nhập Trung Bình
# (ước tính)", "Dừng lỗ", "MỤC TIÊU LỢI NHUẬN"); Vietnamese "kèo", "vào lệnh", "chốt lời",
# "cắt lỗ", "canh long … vùng"; Indonesian "Open Long … di area", "TP :", "Lev 10x cross",
# "×10" and dot thousands with a decimal comma; Chinese calls in sentences ("附近做多",
# "防守", "跌破 … 止损", "、" and "，" between fields, BTC in 万); Japanese, Korean and Hinglish
# putting the price before its word ("148.2でロング", "63450에 롱 진입", "62800 pe SL lagao");
# coin names in their own scripts (비트코인, ビットコイン, 比特币, Биткоин, بيتكوين, บิตคอยน์);
# right-to-left posts with direction marks, the Arabic comma and Persian digits; Thai written
# without spaces ("คัทลอส", "เป้า", "ทำกำไร"); German, French and Italian sentences; Turkish
# percentages written before the number ("%2,6"); sentences in Swahili, Hausa and Yoruba, no
# word of which any lexicon holds. Every style draws from a stream of its own (`own_stream`).

_NBSP = "\u00a0"
_RLM, _LRM = "\u200f", "\u200e"
_CYR_LOOKALIKE = str.maketrans("ABCEHKMOPTX", "АВСЕНКМОРТХ")
_FA_DIGITS_ONLY = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _grouped(value: float, dec: int, thousands: str, decimal: str) -> str:
    """A price with the given thousands mark (only from 1,000) and decimal mark."""
    whole, _, frac = num(value, dec).partition(".")
    if value >= 1000:
        whole = f"{int(whole):,}".replace(",", thousands)
    return whole + (decimal + frac if frac else "")


@style(
    "russian_tvh_cards",
    "Russian channel cards: 'ТВХ: 63 450' (no-break-space thousands) or 'Точка входа -', 'Тейки: a / b' or 'Тейк 1 - a' lines, 'Стоп-лосс - s', leverage with the Cyrillic 'х' ('Плечо: 10х', 'х20', '10-20х'), tickers typed in Cyrillic look-alike letters ('#ВТС', 'ЕТН'), decimal commas",
)
@own_stream
def ru_tvh_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    comma = rng.random() < 0.5
    p = lambda v: _grouped(v, d.dec, rng.choice([_NBSP, " "]), "," if comma else ".")  # noqa: E731
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    is_zone = rng.random() < 0.35
    entries = zone(d, 0.006) if is_zone else [d.entry]
    ticker = d.base
    if set(ticker) <= set("ABCEHKMOPTX") and rng.random() < 0.6:
        ticker = ticker.translate(_CYR_LOOKALIKE)
    side = rng.choice(["ЛОНГ", "Лонг 🟢"] if d.long else ["ШОРТ", "Шорт 🔴"])
    if rng.random() < 0.5:
        lines = [f"#{ticker} {side}"]
    else:
        lines = [f"Монета: {ticker}/USDT", f"Направление: {side}"]
    sep = rng.choice([": ", " - "])
    if is_zone:
        lines.append(f"{rng.choice(['ТВХ', 'Зона входа'])}{sep}{p(entries[0])} - {p(entries[1])}")
    else:
        lines.append(f"{rng.choice(['ТВХ', 'Точка входа', 'Вход'])}{sep}{p(d.entry)}")
    if rng.random() < 0.5:
        lines.append(f"{rng.choice(['Тейки', 'Тейк-профит'])}{sep}" + " / ".join(p(v) for v in tps))
    else:
        lines += [f"Тейк {i}{sep}{p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['Стоп', 'Стоп-лосс', 'СЛ'])}{sep}{p(sl)}")
    lo, lev = rng.choice([(None, 10), (None, 20), (10, 20), (5, 10), (None, None)])
    if lev:
        lines.append(
            rng.choice(
                [f"Плечо: {lev}х", f"Плечо: х{lev}", f"Плечо {lev}х"]
                if not lo
                else [f"Плечо: {lo}-{lev}х", f"Плечи: х{lo}-х{lev}"]
            )
        )
    if rng.random() < 0.4:
        lines.append(rng.choice(["Риск: 1-2% от депо", "Не является финсоветом", "Вход частями!"]))
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "russian_sentence_posts",
    "Russian signals written as sentences: 'Открываю лонг по #SOL от 148,2. Цели: 152 и 155. Стоп 144. Плечо 10х.', 'Шорт $ETH с 3412, тейки 3350 / 3300, стоп за 3460, х10', 'Беру лонг BTC в районе 63 450–63 800, цели …, стоп под …'",
)
@own_stream
def ru_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    comma = rng.random() < 0.5
    p = lambda v: _grouped(v, d.dec, " ", "," if comma else ".")  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    word = "лонг" if d.long else "шорт"
    join = " и " if len(tps) == 2 else " / "
    entries = [d.entry]
    form = rng.randrange(3)
    if form == 0:
        text = (
            f"Открываю {word} по #{d.base} от {p(d.entry)}. Цели: {join.join(p(v) for v in tps)}."
            f" Стоп {p(sl)}." + (f" Плечо {lev}х." if lev else "")
        )
    elif form == 1:
        text = (
            f"{word.title()} ${d.base} с {p(d.entry)}, тейки {' / '.join(p(v) for v in tps)}, "
            f"стоп за {p(sl)}" + (f", х{lev}" if lev else "")
        )
    else:
        entries = zone(d, 0.006)
        tsep = " / " if comma else ", "
        text = (
            f"Беру {word} {d.base} в районе {p(entries[0])}–{p(entries[1])}, "
            f"цели {tsep.join(p(v) for v in tps)}, стоп {'под' if d.long else 'над'} {p(sl)}"
            + (f". Плечо {lev}х" if lev else "")
        )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "vietnamese_square_plan",
    "Vietnamese trade plans as Square translates them: 'LOẠI GIAO DỊCH: Mua (Long)/Bán (Short)', 'Đòn bẩy: 20x', '🔻 CÁC MỨC NHẬP' then 'Nhập Chính: … USDT', 'Nhập DCA: … USDT', 'Mức Nhập Trung Bình (ước tính): …' (no order), '🛑 DỪNG THUA LỖ' / 'Dừng lỗ:', '🎯 MỤC TIÊU LỢI NHUẬN' / 'TP1: … USDT', an analysis block with RSI and EMA figures",
)
@own_stream
def vi_square_plan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    lev = rng.choice([10, 20, 25, 50])
    dca = d.round(d.entry * (1 - d.sign * rng.uniform(0.01, 0.02)))
    avg = d.round((d.entry + dca) / 2)
    sl = d.round(dca * (1 - d.sign * rng.uniform(0.015, 0.03)))
    tps = d.away(rng.randint(3, 6), 0.012)
    v = lambda x: num(x, d.dec)  # noqa: E731
    lines = [
        f"📊 {d.base}/USDT — KẾ HOẠCH GIAO DỊCH",
        f"LOẠI GIAO DỊCH: {'Mua (Long)' if d.long else 'Bán (Short)'}",
        f"KHUNG THỜI GIAN: {rng.choice(['1H', '4H', '1D'])}",
        "SÀN GIAO DỊCH: Binance Futures",
        f"Đòn bẩy: {lev}x",
        f"SỬ DỤNG VỐN: {rng.choice([4, 6, 8])}% Tổng",
        "",
        "🔻 CÁC MỨC NHẬP",
        f"Nhập Chính: {v(d.entry)} USDT",
        f"Nhập DCA: {v(dca)} USDT",
        f"Mức Nhập Trung Bình (ước tính): {v(avg)} USDT",
        "",
        "🛑 DỪNG THUA LỖ",
        f"Dừng lỗ: {v(sl)} USDT",
        f"(Khoảng ~{abs(sl / avg - 1) * 100:.2f}% từ mức trung bình)",
        "",
        "🎯 MỤC TIÊU LỢI NHUẬN",
    ]
    lines += [f"TP{i}: {v(x)} USDT" for i, x in enumerate(tps, 1)]
    if rng.random() < 0.6:
        lines += [
            "",
            "📊 PHÂN TÍCH",
            f"RSI: {rng.uniform(35, 65):.2f}, {'trên' if d.long else 'dưới'} mức trung lập 50",
            "MACD: giao cắt " + ("tăng" if d.long else "giảm"),
        ]
    return "\n".join(lines), signal(
        d, entries=[d.entry, dca], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "vi_id_chat_posts",
    "Vietnamese and Indonesian chat posts: 'Kèo Long #SOL: vào lệnh 148,2 | chốt lời 152 - 155 | cắt lỗ 144 | x10', 'Canh short ETH vùng 3.412 - 3.430', 'Open Long $SOL di area a - b' / 'TP : a / b' / 'SL : s' / 'Lev 10x cross', 'BTC BELI di harga 63.450, TP … & …, leverage ×10'; dot thousands and decimal commas",
)
@own_stream
def vi_id_chat(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    p = lambda v: eu(v, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    form = rng.randrange(4)
    entries = [d.entry]
    mode = None
    show_lev: int | None = lev
    if form == 0:
        text = (
            f"Kèo {'Long' if d.long else 'Short'} #{d.base}: vào lệnh {p(d.entry)} | chốt lời "
            + " - ".join(p(v) for v in tps)
            + f" | cắt lỗ {p(sl)} | x{lev}"
        )
    elif form == 1:
        entries = zone(d, 0.006)
        show_lev = None
        text = "\n".join(
            [
                f"Canh {'long' if d.long else 'short'} {d.base} vùng {p(entries[0])} - {p(entries[1])}",
                "TP: " + " / ".join(p(v) for v in tps),
                f"SL: {p(sl)}",
            ]
        )
    elif form == 2:
        entries = zone(d, 0.006)
        mode = rng.choice(["cross", "isolated"])
        text = "\n".join(
            [
                f"Open {'Long' if d.long else 'Short'} ${d.base} di area {p(entries[0])} - {p(entries[1])}",
                "TP : " + " / ".join(p(v) for v in tps),
                f"SL : {p(sl)}",
                f"Lev {lev}x {mode}",
            ]
        )
    else:
        text = (
            f"{d.base} {'BELI' if d.long else 'JUAL'} di harga {p(d.entry)}, TP "
            + " & ".join(p(v) for v in tps)
            + f", SL {p(sl)}, leverage ×{lev}"
        )
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=show_lev)
    if mode:
        exp["margin_mode"] = mode
    return text, exp


def _wan(value: float) -> str:
    """A price in units of 万 (ten thousand), as Chinese posts write BTC: '6.345万'."""
    return f"{value / 10000:.4f}".rstrip("0").rstrip(".") + "万"


@style(
    "chinese_sentence_calls",
    "Chinese calls written as one sentence: 'SOL 148.2附近做多，止盈152/155，止损144，10倍', 'ETH 空单 3412-3430 进场，目标 3350、3300，防守 3460', BTC in 万 ('6.345万附近多，看6.42万、6.5万，跌破6.28万止损'), '第一目标 … 第二目标 …'",
)
@own_stream
def zh_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    form = rng.randrange(4)
    if form == 2:
        d = Draw(rng, [m for m in MARKETS if m[0] == "BTC"])
        d.entry = float(round(d.entry / 10) * 10)
        tps = [float(round(v / 10) * 10) for v in d.away(2)]
        sl = float(round(d.against() / 10) * 10)
        text = (
            f"BTC {_wan(d.entry)}附近{'多' if d.long else '空'}，看{_wan(tps[0])}、{_wan(tps[1])}，"
            f"{'跌破' if d.long else '突破'}{_wan(sl)}止损"
        )
        return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    d = Draw(rng, MARKETS + SMALL_CAPS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20, 50])
    entries = [d.entry]
    if form == 0:
        text = (
            f"{d.base} {v(d.entry)}附近{'做多' if d.long else '做空'}，止盈{'/'.join(v(x) for x in tps)}，"
            f"止损{v(sl)}" + (f"，{lev}倍" if lev else "")
        )
    elif form == 1:
        entries = zone(d, 0.006)
        text = (
            f"{d.base} {'多单' if d.long else '空单'} {v(entries[0])}-{v(entries[1])} 进场，"
            f"目标 {'、'.join(v(x) for x in tps)}，防守 {v(sl)}" + (f"，杠杆{lev}倍" if lev else "")
        )
    else:
        ords = ["第一目标", "第二目标", "第三目标"]
        text = (
            f"#{d.base} {v(d.entry)}挂单{'做多' if d.long else '做空'}，"
            + "，".join(f"{ords[i]}{v(x)}" for i, x in enumerate(tps))
            + f"，止损放{v(sl)}"
            + (f"，{lev}倍杠杆" if lev else "")
        )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "price_before_word",
    "languages that put the price before its word: Japanese '#SOL 148.2でロング、152と155で利確、144で損切り（レバ10倍）', Korean 'SOL 148.2에 롱 진입, 152 / 155 익절, 144 손절, 10배', Hinglish 'SOL 148.2 pe long lo, 152 aur 155 target, 144 pe SL lagao, 10x'",
)
@own_stream
def price_before_word(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    lang = rng.randrange(3)
    if lang == 0:
        side = "ロング" if d.long else "ショート"
        text = (
            f"#{d.base} {v(d.entry)}で{side}、{v(tps[0])}と{v(tps[1])}で利確、{v(sl)}で損切り"
            + (f"（レバ{lev}倍）" if lev else "")
        )
    elif lang == 1:
        side = "롱" if d.long else "숏"
        text = (
            f"{d.base} {v(d.entry)}에 {side} 진입, {v(tps[0])} / {v(tps[1])} 익절, {v(sl)} 손절"
            + (f", {lev}배" if lev else "")
        )
    else:
        side = "long" if d.long else "short"
        text = (
            f"{d.base} {v(d.entry)} pe {side} lo, {v(tps[0])} aur {v(tps[1])} target, "
            f"{v(sl)} pe SL lagao" + (f", {lev}x" if lev else "")
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


_NATIVE_NAMES = {
    "BTC": {
        "ko": "비트코인",
        "ja": "ビットコイン",
        "zh": "比特币",
        "ru": "Биткоин",
        "ar": "بيتكوين",
        "th": "บิตคอยน์",
        "fa": "بیت‌کوین",
    },
    "ETH": {
        "ko": "이더리움",
        "ja": "イーサリアム",
        "zh": "以太坊",
        "ru": "Эфириум",
        "ar": "إيثريوم",
        "th": "อีเธอเรียม",
        "fa": "اتریوم",
    },
    "SOL": {
        "ko": "솔라나",
        "ja": "ソラナ",
        "zh": "索拉纳",
        "ru": "Солана",
        "ar": "سولانا",
        "th": "โซลานา",
        "fa": "سولانا",
    },
    "XRP": {
        "ko": "리플",
        "ja": "リップル",
        "zh": "瑞波币",
        "ru": "Рипл",
        "ar": "ريبل",
        "th": "ริปเปิล",
        "fa": "ریپل",
    },
    "DOGE": {
        "ko": "도지코인",
        "ja": "ドージコイン",
        "zh": "狗狗币",
        "ru": "Догикоин",
        "ar": "دوجكوين",
        "th": "ดอจคอยน์",
        "fa": "دوج‌کوین",
    },
}


@style(
    "native_coin_names",
    "the coin named only in the post's own script: '비트코인 롱', 'イーサリアム ショート', '比特币 做多', 'Солана — ЛОНГ', 'ريبل شراء', 'บิตคอยน์ Long', 'دوج‌کوین لانگ', with that language's labels",
)
@own_stream
def native_coin_names(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MARKETS if m[0] in _NATIVE_NAMES])
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    lang = rng.choice(["ko", "ja", "zh", "ru", "ar", "th", "fa"])
    name = _NATIVE_NAMES[d.base][lang]
    long = d.long
    t = f"{v(tps[0])} / {v(tps[1])}"
    if lang == "ko":
        lines = [
            f"{name} {'롱' if long else '숏'}",
            f"진입가: {v(d.entry)}",
            f"목표가: {t}",
            f"손절: {v(sl)}",
        ]
        lev_line = f"레버리지: {lev}배"
    elif lang == "ja":
        lines = [
            f"{name} {'ロング' if long else 'ショート'}",
            f"エントリー：{v(d.entry)}",
            f"利確：{t}",
            f"損切り：{v(sl)}",
        ]
        lev_line = f"レバレッジ：{lev}倍"
    elif lang == "zh":
        lines = [
            f"{name} {'做多' if long else '做空'}",
            f"入场：{v(d.entry)}",
            f"止盈：{t}",
            f"止损：{v(sl)}",
        ]
        lev_line = f"杠杆：{lev}倍"
    elif lang == "ru":
        lines = [
            f"{name} — {'ЛОНГ' if long else 'ШОРТ'}",
            f"Вход: {v(d.entry)}",
            f"Цели: {t}",
            f"Стоп: {v(sl)}",
        ]
        lev_line = f"Плечо: {lev}x"
    elif lang == "ar":
        lines = [
            f"{name} {'شراء' if long else 'بيع'}",
            f"الدخول: {v(d.entry)}",
            f"الأهداف: {v(tps[0])} - {v(tps[1])}",
            f"وقف الخسارة: {v(sl)}",
        ]
        lev_line = f"الرافعة: {lev}x"
    elif lang == "th":
        lines = [
            f"{name} {'Long' if long else 'Short'}",
            f"จุดเข้า: {v(d.entry)}",
            f"เป้าหมาย: {t}",
            f"SL: {v(sl)}",
        ]
        lev_line = f"เลเวอเรจ: {lev}x"
    else:
        lines = [
            f"{name} {'لانگ' if long else 'شورت'}",
            f"نقطه ورود: {v(d.entry)}",
            f"تارگت: {v(tps[0])} - {v(tps[1])}",
            f"حد ضرر: {v(sl)}",
        ]
        lev_line = f"لوریج: {lev}x"
    if lev:
        lines.append(lev_line)
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "rtl_marks_separators",
    "right-to-left posts as phones type them: direction marks (U+200F, U+200E, U+061C) around lines and numbers, targets split by the Arabic comma '،' or semicolon '؛', Persian digits with '٫' or '/' as the decimal mark, '٪' — Arabic, Persian, Urdu and Hebrew labels",
)
@own_stream
def rtl_marks(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    lang = rng.choice(["ar", "fa", "ur", "he"])
    mark = lambda s: rng.choice([f"{_LRM}{s}{_LRM}", s, f"\u061c{s}"])  # noqa: E731
    if lang == "fa":
        dmark = rng.choice(["٫", "/"])
        v = lambda x: num(x, d.dec).replace(".", dmark).translate(_FA_DIGITS_ONLY)  # noqa: E731
    else:
        v = lambda x: mark(num(x, d.dec))  # noqa: E731
    arsep = rng.choice([" ، ", "، ", " ؛ "])
    if lang == "ar":
        lines = [
            f"{_RLM}🔥 توصية #{d.base}USDT",
            f"{_RLM}الاتجاه: {'شراء' if d.long else 'بيع'}",
            f"{_RLM}الدخول: {v(d.entry)}",
            f"{_RLM}الأهداف: " + arsep.join(v(x) for x in tps),
            f"{_RLM}وقف الخسارة: {v(sl)}",
        ]
        lev_line = f"{_RLM}الرافعة: {lev}x"
        foot = f"{_RLM}المخاطرة: ٢٪ من المحفظة"
    elif lang == "fa":
        lines = [
            f"{_RLM}#{d.base}USDT",
            f"{_RLM}جهت: {'لانگ' if d.long else 'شورت'}",
            f"{_RLM}ورود: {v(d.entry)}",
            f"{_RLM}اهداف: " + "، ".join(v(x) for x in tps),
            f"{_RLM}حد ضرر: {v(sl)}",
        ]
        lev_line = f"{_RLM}لوریج: {str(lev).translate(_FA_DIGITS_ONLY)}x" if lev else ""
        foot = f"{_RLM}ریسک: ۲٪ سرمایه"
    elif lang == "ur":
        lines = [
            f"{_RLM}#{d.base}USDT {'لانگ' if d.long else 'شارٹ'}",
            f"{_RLM}انٹری: {v(d.entry)}",
            f"{_RLM}ٹارگٹ: " + arsep.join(v(x) for x in tps),
            f"{_RLM}اسٹاپ لاس: {v(sl)}",
        ]
        lev_line = f"{_RLM}لیوریج: {lev}x"
        foot = f"{_RLM}صرف ٢٪ سرمایہ لگائیں"
    else:
        lines = [
            f"{_RLM}מטבע: {d.base}/USDT",
            f"{_RLM}כיוון: {'לונג' if d.long else 'שורט'}",
            f"{_RLM}כניסה: {v(d.entry)}",
            f"{_RLM}יעדים: " + ", ".join(v(x) for x in tps),
            f"{_RLM}סטופ: {v(sl)}",
        ]
        lev_line = f"{_RLM}מינוף: x{lev}"
        foot = f"{_RLM}סיכון: 2% מהתיק"
    if lev:
        lines.append(lev_line)
    if rng.random() < 0.4:
        lines.append(foot)
    if lang == "fa" and dmark == "/" and min([d.entry, *tps, sl]) >= 1:
        # "۱/۳۹۹۶" with no "۰/…" beside it: a decimal or a list of two, nothing tells
        # (expected the signal when first measured; changed after, see the README)
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "thai_sentence_posts",
    "Thai posts written without spaces between words: 'เปิด Long #BTC ที่ 63450 เป้า 64200/65000 คัทลอส 62800 เลเวอเรจ 10x', 'ขาย ETH โซน 3412-3430' / 'ทำกำไร 3350, 3300' / 'ตัดขาดทุน 3460', numbers glued to Thai words ('เข้าที่148.2', 'เป้า152 155', 'คัท144')",
)
@own_stream
def th_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    side = "Long" if d.long else "Short"
    entries = [d.entry]
    form = rng.randrange(3)
    if form == 0:
        text = (
            f"เปิด {side} #{d.base} ที่ {v(d.entry)} เป้า {'/'.join(v(x) for x in tps)} "
            f"คัทลอส {v(sl)}" + (f" เลเวอเรจ {lev}x" if lev else "")
        )
    elif form == 1:
        entries = zone(d, 0.006)
        text = "\n".join(
            [
                f"{'ซื้อ' if d.long else 'ขาย'} {d.base} โซน {v(entries[0])}-{v(entries[1])}",
                "ทำกำไร " + ", ".join(v(x) for x in tps),
                f"ตัดขาดทุน {v(sl)}",
            ]
            + ([f"เลเวอเรจ {lev}x"] if lev else [])
        )
    else:
        text = "\n".join(
            [
                f"#{d.base} {side}",
                f"เข้าที่{v(d.entry)}",
                "เป้า" + " ".join(v(x) for x in tps),
                f"คัท{v(sl)}",
            ]
            + ([f"{lev}x"] if lev else [])
        )
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "european_sentences",
    "German, French and Italian signals as sentences: 'Long auf #ETH bei 3.412, Ziele 3.480 und 3.550, SL 3.350, Hebel 10x', 'Short sur BTC à 63 450, objectifs 62 900 et 62 200, stop 64 100, levier x10', 'Entriamo long su LINK a 14,85, target 15,2 e 15,6, stop 14,4, leva 5x'; their thousands and decimal marks",
)
@own_stream
def eu_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    lang = rng.choice(["de", "fr", "it"])
    if lang == "fr":
        p = lambda x: eu(x, d.dec, rng.choice([NNBSP, " "]))  # noqa: E731
    else:
        p = lambda x: eu(x, d.dec)  # noqa: E731
    side = "Long" if d.long else "Short"
    if lang == "de":
        if rng.random() < 0.5:
            text = f"{side} auf #{d.base} bei {p(d.entry)}, Ziele {p(tps[0])} und {p(tps[1])}, SL {p(sl)}"
            text += f", Hebel {lev}x" if lev else ""
        else:
            text = (
                f"Wir gehen {side.lower()} bei {d.base} ab {p(d.entry)} – Kursziele {p(tps[0])} / "
                f"{p(tps[1])}, Stopp {'unter' if d.long else 'über'} {p(sl)}."
            )
            text += f" Hebel {lev}x." if lev else ""
    elif lang == "fr":
        if rng.random() < 0.5:
            text = f"{side} sur {d.base} à {p(d.entry)}, objectifs {p(tps[0])} et {p(tps[1])}, stop {p(sl)}"
            text += f", levier x{lev}" if lev else ""
        else:
            text = (
                f"On prend un {side.lower()} sur #{d.base} vers {p(d.entry)}. Objectifs : {p(tps[0])} puis "
                f"{p(tps[1])}. Stop {'sous' if d.long else 'au-dessus de'} {p(sl)}."
            )
            text += f" Levier {lev}x." if lev else ""
    else:
        if rng.random() < 0.5:
            text = f"Entriamo {side.lower()} su {d.base} a {p(d.entry)}, target {p(tps[0])} e {p(tps[1])}, stop {p(sl)}"
            text += f", leva {lev}x" if lev else ""
        else:
            text = (
                f"{side} #{d.base} in zona {p(d.entry)} — obiettivi {p(tps[0])} e {p(tps[1])}, "
                f"stop loss {p(sl)}" + (f" (leva {lev}x)" if lev else "")
            )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "turkish_percent_prefix",
    "Turkish cards whose percentages are written before the number: 'Hedef 1: 152 (%2,6)', 'Stop: 144 (-%2,8)', 'Kaldıraç: 10 kat', 'Sermayenin %3'ü ile girin', 'Başarı: %78'; decimal commas",
)
@own_stream
def tr_percent_prefix(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    p = lambda x: eu(x, d.dec)  # noqa: E731
    pct = lambda x: f"{abs(x / d.entry - 1) * 100:.1f}".replace(".", ",")  # noqa: E731
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    lines = [f"#{d.base}USDT {'LONG 🟢' if d.long else 'SHORT 🔴'}", f"Giriş: {p(d.entry)}"]
    if rng.random() < 0.6:
        lines += [f"Hedef {i}: {p(x)} (%{pct(x)})" for i, x in enumerate(tps, 1)]
    else:
        lines.append("Hedefler: " + " - ".join(f"{p(x)} (%{pct(x)})" for x in tps))
    lines.append(f"Stop: {p(sl)} (-%{pct(sl)})")
    if lev:
        lines.append(
            rng.choice([f"Kaldıraç: {lev} kat", f"Kaldıraç: {lev}x", f"{lev} kat kaldıraç"])
        )
    if rng.random() < 0.5:
        lines.append(
            rng.choice(["Sermayenin %3'ü ile girin", "Risk: sermayenin %2'si", "Başarı oranı: %78"])
        )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "unknown_language_sentences",
    "signals as sentences in languages no lexicon holds, the targets joined by that language's 'and': Swahili 'Nunua BTC kwa 63450, malengo 64200 na 65000, hasara 62800', Hausa 'Sayar SOL a 148.2, manufa 145 da 142, tsayawa 151', Yoruba 'Ra ETH ni 3412, afojusun 3480 ati 3550, idaduro 3350'",
)
@own_stream
def unknown_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    lang = rng.randrange(3)
    if lang == 0:
        buy, at, tgt, andw, stop = (
            ("Nunua" if d.long else "Uza"),
            "kwa",
            "malengo",
            " na ",
            "hasara",
        )
    elif lang == 1:
        buy, at, tgt, andw, stop = ("Saya" if d.long else "Sayar"), "a", "manufa", " da ", "tsayawa"
    else:
        buy, at, tgt, andw, stop = ("Ra" if d.long else "Ta"), "ni", "afojusun", " ati ", "idaduro"
    listed = (
        andw.join(v(x) for x in tps)
        if len(tps) == 2
        else ", ".join(v(x) for x in tps[:-1]) + andw + v(tps[-1])
    )
    text = f"{buy} #{d.base} {at} {v(d.entry)}, {tgt} {listed}, {stop} {v(sl)}"
    if lev:
        text += f", x{lev}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


# Safety round: messages copied wrong or dropped — a level's value left out, a signal stated
# twice, talk about another trade beside a signal, a line written twice (development styles
# written for the rules they test; measured by bench_parser_pasted.py and
# bench_parser_rewritten.py, see the corpus README).


def _safety_num(d: Draw, value: float) -> str:
    return num(value, d.dec)


@style(
    "emptied_level_cards",
    "cards with one level's value left out — 'Stop:' over 'Leverage: 10x', '✅ TP 2:' among priced targets, 'Entry:' under a 'Current price:' line, a level under a word no lexicon knows — to review; and the same cards whole, a heading over numbered targets or a value on the next line, read as signals",
)
@own_stream
def emptied_level_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    v = functools.partial(_safety_num, d)
    tps = d.away(rng.choice([2, 3]))
    sl = d.against()
    lev = rng.choice([5, 10, 20])
    icon = rng.choice(["", "🔹 ", "✅ ", "• "])
    head = rng.choice([f"#{d.base}/USDT {d.side.upper()}", f"{d.base} — {d.side.title()} setup"])
    left_out = rng.choice(["stop", "target", "entry", "unknown", None, None])
    lines = [head]
    if left_out == "entry":
        lines.append(f"Current price: {v(d.round(d.entry * (1 + d.sign * 0.004)))}")
    lines.append(f"{icon}Entry:" + ("" if left_out == "entry" else f" {v(d.entry)}"))
    if rng.random() < 0.5:
        lines.append(f"{icon}Targets:")
        for i, tp in enumerate(tps, 1):
            gone = left_out == "target" and i == 2
            lines.append(f"{icon}TP {i}:" + ("" if gone else f" {v(tp)}"))
    else:
        for i, tp in enumerate(tps, 1):
            gone = left_out == "target" and i == 2
            lines.append(f"{icon}Target {i}:" + ("" if gone else f" {v(tp)}"))
    if left_out == "unknown":
        lines.append(f"{icon}Muda wa kusimama:")  # a stop under words no lexicon holds
    elif left_out == "stop":
        lines.append(f"{icon}Stop loss:")
    elif rng.random() < 0.3:
        lines += [f"{icon}Stop loss:", v(sl)]  # the value on the next line
    else:
        lines.append(f"{icon}Stop loss: {v(sl)}")
    lines.append(rng.choice([f"Leverage: {lev}x", f"Lev x{lev}", "Risk 1% per trade"]))
    text = "\n".join(lines)
    if left_out is not None:
        return text, {"kind": "needs_review"}
    shown_lev = None if lines[-1].startswith("Risk") else lev
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=shown_lev)


@style(
    "stated_twice_emptied",
    "a signal posted twice — in English and Russian or Spanish, or a card with a summary line — with one level left out of the first copy: the other copy holds it, read as the signal",
)
@own_stream
def stated_twice_emptied(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    v = functools.partial(_safety_num, d)
    tps = d.away(2)
    sl = d.against()
    left_out = rng.choice(["entry", "target", "stop"])
    first = [
        f"#{d.base}USDT {d.side.upper()}",
        "Entry:" + ("" if left_out == "entry" else f" {v(d.entry)}"),
        "Targets:" + ("" if left_out == "target" else f" {v(tps[0])} / {v(tps[1])}"),
        "Stop Loss:" + ("" if left_out == "stop" else f" {v(sl)}"),
    ]
    lang = rng.choice(["ru", "es"])
    if lang == "ru":
        side = "ЛОНГ" if d.long else "ШОРТ"
        second = [
            f"#{d.base}USDT {side}",
            f"Вход: {v(d.entry)}",
            f"Цели: {v(tps[0])} / {v(tps[1])}",
            f"Стоп: {v(sl)}",
        ]
    else:
        side = "COMPRA" if d.long else "VENTA"
        second = [
            f"#{d.base}USDT {side}",
            f"Entrada: {v(d.entry)}",
            f"Objetivos: {v(tps[0])} / {v(tps[1])}",
            f"Stop: {v(sl)}",
        ]
    text = "\n".join(first) + rng.choice(["\n———\n", "\n\n"]) + "\n".join(second)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "talk_beside_signal",
    "a line of channel talk about another coin's trade above or under a signal whose coin is written bare ('Reminder: move your SL to entry on the old BTC trade if you are still in' over 'shorted DOGE at …'): the signal of its own coin; talk that says the other trade closed or hit a target, to review",
)
@own_stream
def talk_beside_signal(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MARKETS if m[0] not in ("BTC", "ETH", "BNB")])
    v = functools.partial(_safety_num, d)
    tps = d.away(2)
    sl = d.against()
    other = rng.choice(["BTC", "ETH", "BNB"])
    done = rng.random() < 0.4
    talk = (
        rng.choice(
            [
                f"The {other} trade from Monday closed in profit, well done everyone 🔥",
                f"Yesterday's {other} call hit the second target, congrats to all of you ✅",
            ]
        )
        if done
        else rng.choice(
            [
                f"Reminder: move your SL to entry on the old {other} trade if you are still in",
                f"We are still watching {other} closely, no new position there for now",
            ]
        )
    )
    verb = ("longed" if d.long else "shorted") if rng.random() < 0.5 else d.side
    body = rng.choice(
        [
            f"{verb} {d.base} at {v(d.entry)}, tps {v(tps[0])}/{v(tps[1])}, stop {v(sl)}",
            f"{d.base} {d.side.upper()}\nEntry: {v(d.entry)}\nTP: {v(tps[0])} / {v(tps[1])}"
            f"\nSL: {v(sl)}",
        ]
    )
    text = f"{talk}\n\n{body}" if rng.random() < 0.5 else f"{body}\n\n{talk}"
    if done:
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- scripts round three, second set: the same rules on other languages, measured first -----
# Written after the first set's rules landed, before the parser saw them: the price before its
# word in more languages and on separate lines, sentences with the prepositions of Greek,
# Hebrew, Filipino and Polish, Serbian and Croatian cards in Latin letters with decimal commas,
# Bulgarian and Kazakh cards in Cyrillic with words no list holds.


@style(
    "value_first_lines",
    "the price before its word on lines of their own: Korean '148.2 진입' / '152 / 155 익절' / '144 손절', Japanese '148.2 エントリー' / '152、155 利確' / '144 損切り', Hinglish '148.2 entry' / '152, 155 target' / '144 SL'; a side word in the headline",
)
@own_stream
def value_first_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lang = rng.randrange(3)
    if lang == 0:
        head = f"#{d.base} {'롱' if d.long else '숏'}"
        lines = [f"{v(d.entry)} 진입", " / ".join(v(x) for x in tps) + " 익절", f"{v(sl)} 손절"]
    elif lang == 1:
        head = f"#{d.base} {'ロング' if d.long else 'ショート'}"
        lines = [
            f"{v(d.entry)} エントリー",
            "、".join(v(x) for x in tps) + " 利確",
            f"{v(sl)} 損切り",
        ]
    else:
        head = f"{d.base} {'long' if d.long else 'short'} call"
        lines = [f"{v(d.entry)} entry", ", ".join(v(x) for x in tps) + " target", f"{v(sl)} SL"]
    return "\n".join([head, *lines]), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "greek_hebrew_filipino_sentences",
    "signals as sentences with other languages' prepositions: Greek 'Long στο #SOL από 148,2, στόχοι 152 και 155, stop 144', Hebrew 'לונג על SOL מ-148.2, יעדים 152 ו-155, סטופ 144', Filipino 'Long tayo sa #SOL sa 148.2, TP 152 at 155, SL 144'",
)
@own_stream
def gr_he_fil_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    lang = rng.randrange(3)
    side = "Long" if d.long else "Short"
    if lang == 0:
        p = lambda x: eu(x, d.dec)  # noqa: E731
        text = f"{side} στο #{d.base} από {p(d.entry)}, στόχοι {p(tps[0])} και {p(tps[1])}, stop {p(sl)}"
        text += f", μόχλευση {lev}x" if lev else ""
    elif lang == 1:
        p = lambda x: num(x, d.dec)  # noqa: E731
        word = "לונג" if d.long else "שורט"
        text = f"{word} על {d.base} ב {p(d.entry)}, יעדים {p(tps[0])} ו {p(tps[1])}, סטופ {p(sl)}"
        text += f", מינוף x{lev}" if lev else ""
    else:
        p = lambda x: num(x, d.dec)  # noqa: E731
        text = (
            f"{side} tayo sa #{d.base} sa {p(d.entry)}, TP {p(tps[0])} at {p(tps[1])}, SL {p(sl)}"
        )
        text += f", {lev}x lang po" if lev else ""
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "balkan_latin_cards",
    "Serbian, Croatian and Bosnian cards in Latin letters, words no lexicon holds: 'Par: SOL/USDT', 'Smjer: LONG', 'Ulaz: 148,2', 'Ciljevi: 152 - 155' or 'Cilj 1: …', 'Stop: 144', 'Poluga: 10x'; decimal commas and dot thousands",
)
@own_stream
def balkan_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    p = lambda x: eu(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    lines = [
        f"Par: {d.base}/USDT",
        f"Smjer: {'LONG' if d.long else 'SHORT'}",
        f"Ulaz: {p(d.entry)}",
    ]
    if rng.random() < 0.5:
        lines.append("Ciljevi: " + " - ".join(p(x) for x in tps))
    else:
        lines += [f"Cilj {i}: {p(x)}" for i, x in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['Stop', 'Stop loss', 'Zaustavi gubitak'])}: {p(sl)}")
    if lev:
        lines.append(f"Poluga: {lev}x")
    if all(re.fullmatch(r"\d{1,3},\d{3}", p(x)) for x in [d.entry, *tps, sl]):
        # "Ulaz: 5,564" with every price so written: 5.564 or 5564, nothing in the card tells
        # (expected the signal when first measured; changed after, see the README)
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "bulgarian_kazakh_cyrillic_cards",
    "Bulgarian and Kazakh cards in Cyrillic, words no lexicon holds: 'Двойка: SOL/USDT', 'Посока: ЛОНГ' or 'Бағыт: ЛОНГ', 'Вход: 0,4512' or 'Кіру: 0,4512', 'Цели: …' or 'Мақсаттар: …', 'Стоп: …', 'Ливъридж: 10х'; decimal commas of three digits",
)
@own_stream
def bg_kz_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MARKETS + SMALL_CAPS if m[2] < 1000])
    p = lambda x: num(x, d.dec).replace(".", ",")  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    side = "ЛОНГ" if d.long else "ШОРТ"
    if rng.random() < 0.5:
        lines = [f"Двойка: {d.base}/USDT", f"Посока: {side}", f"Вход: {p(d.entry)}"]
        lines.append("Цели: " + " / ".join(p(x) for x in tps))
        lines.append(f"Стоп: {p(sl)}")
        lev_line = f"Ливъридж: {lev}х"
    else:
        lines = [f"Жұп: {d.base}/USDT", f"Бағыт: {side}", f"Кіру нүктесі: {p(d.entry)}"]
        lines.append("Мақсаттар: " + " / ".join(p(x) for x in tps))
        lines.append(f"Тоқтату: {p(sl)}")
        lev_line = f"Иінтірек: {lev}х"
    if lev:
        lines.append(lev_line)
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "turkish_hindi_value_first",
    "Turkish and Hindi sentences with the price before its word: '#SOL 148,2 giriş, 152 ve 155 hedef, 144 stop', 'SOL 148.2 पर लॉन्ग, 152 और 155 टारगेट, 144 स्टॉप लॉस'",
)
@own_stream
def tr_hi_value_first(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = d.away(2)
    sl = d.against()
    if rng.random() < 0.5:
        p = lambda x: eu(x, d.dec)  # noqa: E731
        text = (
            f"#{d.base} {'LONG' if d.long else 'SHORT'}: {p(d.entry)} giriş, {p(tps[0])} ve "
            f"{p(tps[1])} hedef, {p(sl)} stop"
        )
    else:
        p = lambda x: num(x, d.dec)  # noqa: E731
        word = "लॉन्ग" if d.long else "शॉर्ट"
        text = (
            f"{d.base} {p(d.entry)} पर {word}, {p(tps[0])} और {p(tps[1])} टारगेट, {p(sl)} स्टॉप लॉस"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# Styles measured and not yet read by the parser: written to ``pending/`` (not part of the
# corpus the tests and the benchmark read; ``bench_parser.py --corpus
# tests/sources/corpus/pending`` measures them). A style moves here into the corpus once the
# parser reads it.
# (The two styles first kept here, Chinese one-sentence calls with prices in 万 and one-line
# 'E … | T … | S …' posts, are read since the second leftovers round and live in the corpus.)
PENDING: set[str] = set()


# ---- leftovers round: layouts the blind rounds found read wrong, measured first ------------
# Researched from webhook payload documentation and copier projects' example payloads
# (TradingView alert JSON with 'ticker' / 'side' / 'price' / 'leverage' / 'tp' / 'sl' keys and a
# 'qty' that is no price; 3Commas smart-trade bodies: 'position': {'type', 'order_type',
# 'price': {'value'}}, 'take_profit': {'steps': [{'price': {'value'}, 'volume'}]},
# 'stop_loss': {'conditional': {'price': {'value'}}}, 'leverage': {'enabled', 'type', 'value'};
# Finandy-style 'open' / 'sl' / 'tp': {'orders': [{'price', 'piece'}]} bodies; Discord bots
# posting a signal object in a ```json block), decimal commas under labels in languages no
# lexicon holds (Latvian, Slovenian, Croatian, Albanian, Icelandic), bots' re-entry lines and
# re-entry zones, admins' compound scale-outs and trailing-stop notices (an exchange's trailing
# stop has an activation price and a callback: the stop is not at the activation price),
# hashtag section labels, spot DCA ladders numbered 'Buy 1:' / 'Buy #1:' / '1st buy:', X
# threads numbered '1/' '2/', size and risk lines beside the levels, and stop sections holding
# more than one price. Written anew with drawn prices; each style draws from its own stream.

LEFT_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def _left_targets(d: Draw, n: int, step: float = 0.015) -> list[float]:
    """``n`` distinct targets in the trade's favour, each further than the one before."""
    out: list[float] = []
    for i in range(n):
        value = d.round(d.entry * (1 + d.sign * step * (i + 1) * d.rng.uniform(0.9, 1.1)))
        if out and (value - out[-1]) * d.sign <= 0:
            value = d.round(out[-1] + d.sign * 10 ** (-d.dec) * 3)
        out.append(value)
    return out


def _left_pair(d: Draw, rng: random.Random) -> str:
    return rng.choice(
        [f"{d.base}USDT", f"{d.base}/USDT", f"{d.base}-USDT", f"BINANCE:{d.base}USDT.P"]
    )


def _json_value(text: str, rng: random.Random, quoted: float = 0.35) -> str:
    return f'"{text}"' if rng.random() < quoted else text


@style(
    "own_webhook_json",
    "webhook payloads relayed as JSON: flat TradingView alert bodies ('\"ticker\"', '\"side\": \"sell\"', '\"price\": 1.234', '\"leverage\": 20', '\"tp\": [..]', '\"sl\"', a '\"qty\"' that is no price), 3Commas smart-trade bodies with nested 'position' / 'take_profit.steps' / 'stop_loss.conditional' / 'leverage.value', Finandy-style 'open' / 'tp.orders' bodies, a Discord bot's ```json signal object; market orders carry no entry price",
)
@own_stream
def own_webhook_json(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20, 25, 50])
    market = rng.random() < 0.2
    p = lambda v: num(v, d.dec)  # noqa: E731
    indent = rng.choice([None, 2])
    shape = rng.choice(["flat", "flat", "threecommas", "finandy", "discord"])
    mode: str | None = None
    if shape == "flat":
        side_key, side_val = rng.choice(
            [
                ("side", "buy" if d.long else "sell"),
                ("side", "Buy" if d.long else "Sell"),
                ("side", d.side),
                ("action", "buy" if d.long else "sell"),
                ("action", "enter_long" if d.long else "enter_short"),
                ("direction", d.side.upper()),
            ]
        )
        fields: list[tuple[str, str]] = [
            (rng.choice(["ticker", "symbol", "pair"]), f'"{d.base}USDT"'),
            (side_key, f'"{side_val}"'),
        ]
        if market:
            fields.append(("type", rng.choice(['"market"', '"Market"'])))
            fields.append(("price", _json_value(p(d.entry), rng)))
        else:
            if rng.random() < 0.5:
                fields.append(("type", '"limit"'))
            fields.append(
                (rng.choice(["price", "entry", "entry_price"]), _json_value(p(d.entry), rng))
            )
        fields.append(("qty", _json_value(rng.choice(["0.5", "12", "250", "1000", "3.75"]), rng)))
        if lev is not None:
            lev_text = rng.choice([str(lev), f'"{lev}"', f'"{lev}x"'])
            fields.append((rng.choice(["leverage", "leverage", "lev"]), lev_text))
        if rng.random() < 0.3:
            mode = rng.choice(["isolated", "cross"])
            fields.append((rng.choice(["margin", "margin_mode", "marginType"]), f'"{mode}"'))
        tp_key = rng.choice(["tp", "take_profit", "tps", "targets"])
        if len(tps) == 1 and rng.random() < 0.5:
            fields.append((tp_key, _json_value(p(tps[0]), rng)))
        else:
            fields.append((tp_key, "[" + ", ".join(_json_value(p(t), rng, 0.2) for t in tps) + "]"))
        fields.append((rng.choice(["sl", "stop_loss", "stop"]), _json_value(p(sl), rng)))
        if rng.random() < 0.4:
            fields.append(
                (
                    "time",
                    f'"2026-12-0{rng.randint(1, 5)}T1{rng.randint(0, 9)}:{rng.randint(10, 59)}:00Z"',
                )
            )
        body: Any = None
        text = "{" + ", ".join(f'"{k}": {v}' for k, v in fields) + "}"
        if indent:
            text = "{\n" + ",\n".join(f'  "{k}": {v}' for k, v in fields) + "\n}"
    else:
        if shape == "threecommas":
            if lev is not None:
                mode = rng.choice(["cross", None])
            body = {
                "account_id": rng.randint(30000000, 39999999),
                "pair": f"USDT_{d.base}",
                "position": {
                    "type": "buy" if d.long else "sell",
                    "order_type": "market" if market else "limit",
                    "units": {"value": rng.choice(["0.5", "25", "1200"])},
                    **({} if market else {"price": {"value": "@E"}}),
                },
                "take_profit": {
                    "enabled": True,
                    "steps": [
                        {
                            "order_type": "limit",
                            "price": {"value": f"@T{i}", "type": "bid"},
                            "volume": v,
                        }
                        for i, v in zip(
                            range(len(tps)),
                            [100] if len(tps) == 1 else [50, 50] if len(tps) == 2 else [40, 30, 30],
                            strict=True,
                        )
                    ],
                },
                "stop_loss": {
                    "enabled": True,
                    "order_type": "market",
                    "conditional": {"price": {"value": "@S", "type": "bid"}},
                },
                "leverage": (
                    {"enabled": False}
                    if lev is None
                    else {"enabled": True, "type": mode or "custom", "value": lev}
                ),
            }
        elif shape == "finandy":
            if rng.random() < 0.4:
                mode = rng.choice(["isolated", "cross"])
            body = {
                "name": rng.choice(["Trend hook", "My signals", "Scalper v2"]),
                "secret": "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12)),
                "side": "buy" if d.long else "sell",
                "symbol": f"{d.base}USDT",
                "open": (
                    {"type": "market", "amountType": "sumUsd", "amount": "100"}
                    if market
                    else {"type": "limit", "price": "@E", "amountType": "sumUsd", "amount": "100"}
                ),
                "sl": {"price": "@S"},
                "tp": {"orders": [{"price": f"@T{i}", "piece": "50"} for i in range(len(tps))]},
                **({} if lev is None else {"leverage": str(lev)}),
                **({} if mode is None else {"marginMode": mode}),
            }
        else:
            if rng.random() < 0.3:
                mode = rng.choice(["isolated", "cross"])
            body = {
                "signal": {
                    "coin": d.base,
                    "direction": d.side,
                    "entry": "market" if market else "@E",
                    "targets": [f"@T{i}" for i in range(len(tps))],
                    "stop_loss": "@S",
                    **({} if lev is None else {"leverage": f"{lev}x"}),
                    **({} if mode is None else {"margin": mode}),
                },
                "posted_by": rng.choice(["SignalBot#4821", "alerts-bot", "VIP Relay"]),
            }
        text = json.dumps(body, indent=indent)
        text = text.replace('"@E"', p(d.entry)).replace('"@S"', p(sl))
        for i, t in enumerate(tps):
            text = text.replace(f'"@T{i}"', p(t))
        if shape == "discord":
            text = (
                rng.choice(["📡 New signal", "**Signal**", "<@&1180412203811033128> new call"])
                + "\n```json\n"
                + text
                + "\n```"
            )
    if shape == "flat" and rng.random() < 0.3:
        text = rng.choice(["Alert fired:", "📨 TradingView webhook", "webhook →"]) + "\n" + text
    fields_out: dict[str, Any] = {"take_profits": tps, "stop_loss": sl, "leverage": lev}
    if market:
        fields_out.update(order_type="market", entries=[])
    else:
        fields_out.update(entries=[d.entry])
    if mode is not None and not (shape == "threecommas" and mode == "custom"):
        fields_out["margin_mode"] = mode
    return text, signal(d, **fields_out)


_UNKNOWN_LABELS = [
    # (entry, targets, stop, leverage) in Latvian, Slovenian, Croatian, Albanian, Icelandic
    ("Ieeja", "Mērķi", "Zaudējumu apturēšana", "Svira"),
    ("Vstop", "Cilji", "Ustavitev izgube", "Vzvod"),
    ("Ulaz", "Ciljevi", "Zaustavljanje gubitka", "Poluga"),
    ("Hyrja", "Objektivat", "Ndalimi i humbjes", "Leva"),
    ("Inngangur", "Markmið", "Stöðvun taps", "Vogun"),
]


def _comma_price(value: float, dec: int, thousands: str) -> str:
    text = num(value, dec)
    whole, _, frac = text.partition(".")
    if value >= 1000 and thousands:
        whole = f"{int(whole):,}".replace(",", thousands)
    return whole + ("," + frac if frac else "")


@style(
    "own_decimal_comma_unknown_labels",
    "decimal commas under labels no lexicon holds (Latvian 'Ieeja', Slovenian 'Vstop', Croatian 'Ulaz', Albanian 'Hyrja', Icelandic 'Inngangur'): a price is read with its decimal comma when another number of the message decides the mark ('14,2' beside '14,495'), and the message goes to review when every comma could be a thousands group ('Ieeja: 14,495' for LINK)",
)
@own_stream
def own_decimal_comma_unknown_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    tps = _left_targets(d, rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.045))
    lev = rng.choice([None, 5, 10, 20])
    e_lab, t_lab, s_lab, l_lab = rng.choice(_UNKNOWN_LABELS)
    thousands = rng.choice([" ", ".", "\u202f"])
    c = lambda v: _comma_price(v, d.dec, thousands)  # noqa: E731
    rendered = [c(d.entry), *[c(t) for t in tps], c(sl)]
    lines = [
        rng.choice(
            [
                f"#{d.base}/USDT {d.side.upper()}",
                f"{d.base}USDT — {d.side.upper()}",
                f"💎 {d.base} {d.side.upper()}",
            ]
        ),
        f"{e_lab}: {rendered[0]}",
        f"{t_lab}: " + rng.choice([" / ", " - ", " | "]).join(rendered[1:-1]),
        f"{s_lab}: {rendered[-1]}",
    ]
    if lev is not None:
        lines.append(f"{l_lab}: {lev}x")
    ambiguous = all(re.fullmatch(r"\d{1,3},\d{3}|\d+", r) for r in rendered) and any(
        "," in r for r in rendered
    )
    if ambiguous:
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "own_reentry_lines",
    "re-entries as bots and admins post them: '🔁 1000SHIBUSDT · re-entry 0.025512', '♻️ SOL re-entry @ 148.2', 'ETHUSDT | RE-ENTRY | 3412.5', 'Re-entry on $LINK ➜ 14.85'; a re-entry zone ('Reentry zone 142-140', 'Re-enter SOL between 147 and 145') goes to review: one price would be a guess",
)
@own_stream
def own_reentry_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    p = lambda v: num(v, d.dec, "comma" if v >= 1000 and rng.random() < 0.4 else "plain")  # noqa: E731
    pair = rng.choice([f"{d.base}USDT", f"${d.base}", f"#{d.base}", f"{d.base}/USDT", d.base])
    if rng.random() < 0.3:
        other = d.round(d.entry * (1 - d.sign * rng.uniform(0.008, 0.02)))
        a, b = (d.entry, other) if rng.random() < 0.5 else (other, d.entry)
        text = rng.choice(
            [
                f"Reentry zone {p(a)}-{p(b)} {pair}",
                f"{pair} re-entry zone: {p(a)} - {p(b)}",
                f"♻️ {pair} re-entry {p(a)} – {p(b)}",
                f"Re-enter {pair} between {p(a)} and {p(b)}",
                f"🔁 {pair} · re-entry {p(a)}~{p(b)}",
            ]
        )
        return text, {"kind": "needs_review"}
    text = rng.choice(
        [
            f"🔁 {pair} · re-entry {p(d.entry)}",
            f"♻️ {pair} re-entry @ {p(d.entry)}",
            f"{pair} | RE-ENTRY | {p(d.entry)}",
            f"Re-entry on {pair} ➜ {p(d.entry)}",
            f"{pair} — re-entry: {p(d.entry)}",
            f"🔄 Re-entry {pair} {p(d.entry)}",
        ]
    )
    return text, follow("reentry", d.base, price=d.entry, actions=["reentry"])


@style(
    "own_scale_out_and_trailing",
    "admins' compound scale-outs ('Scale out half of ARB and trail SL to BE', 'Scaling out 30% of SOL, stop to 144.2', 'Took a quarter off ETH and moved the stop to entry') read as every action they state, and trailing-stop activation notices ('Trailing stop activated at 2.41', 'Trailing SL now active on SOL from 152.3'), which go to review: the stop trails below the activation price, not at it",
)
@own_stream
def own_scale_out_and_trailing(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    p = lambda v: num(v, d.dec)  # noqa: E731
    coin = rng.choice([d.base, f"${d.base}", f"#{d.base}", f"{d.base}USDT"])
    if rng.random() < 0.35:
        act = d.round(d.entry * (1 + d.sign * rng.uniform(0.02, 0.05)))
        text = rng.choice(
            [
                f"{coin} trailing stop activated at {p(act)}",
                f"Trailing stop activated at {p(act)} on {coin}",
                f"⚡ {coin}: trailing SL activated @ {p(act)}",
                f"Trailing SL now active on {coin} from {p(act)}",
            ]
        )
        return text, {"kind": "needs_review"}
    share_words = {"half": 0.5, "50%": 0.5, "30%": 0.3, "a quarter": 0.25, "25%": 0.25, "70%": 0.7}
    word = rng.choice(list(share_words))
    if "%" in word:
        rng.random()  # a draw kept: the messages stay as first measured
    to_entry = rng.random() < 0.6
    new_stop = None if to_entry else d.round(d.entry * (1 + d.sign * rng.uniform(0.005, 0.02)))
    stop_part = (
        rng.choice(["trail SL to BE", "stop to breakeven", "move SL to entry", "SL to BE"])
        if to_entry
        else rng.choice(
            [
                f"trail SL to {p(new_stop)}",
                f"stop to {p(new_stop)}",
                f"move the stop to {p(new_stop)}",
            ]
        )  # type: ignore[arg-type]
    )
    text = rng.choice(
        [
            f"Scale out {word} of {coin} and {stop_part}",
            f"Scaling out {word} of {coin} here, {stop_part}",
            f"{coin}: scale out {word} and {stop_part}",
            f"Took {word} off {coin} — {stop_part}",
        ]
    )
    extra: dict[str, Any] = {
        "close_fraction": share_words[word],
        "actions": ["close", "stop_moved"],
    }
    if to_entry:
        extra["stop_to_entry"] = True
    else:
        extra["new_stop"] = new_stop
    return text, follow("close", d.base, **extra)


@style(
    "own_hashtag_labels",
    "every section under a hashtag label: '#EntryZone 0.512 - 0.498', '#Entry', '#BuyZone', '#Targets', '#TP1 … #TP2 …' on lines of their own, '#StopLoss', '#SL', '#Leverage 10x', '#Lev 20x', beside '#SOL #SHORT'",
)
@own_stream
def own_hashtag_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    is_zone = rng.random() < 0.5
    entries = zone(d, 0.008) if is_zone else [d.entry]
    d.entry = entries[0] if d.long else entries[-1]
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.round((entries[0] if d.long else entries[-1]) * (1 - d.sign * rng.uniform(0.02, 0.04)))
    lev = rng.choice([None, 10, 20])
    head = rng.choice(
        [
            f"#{d.base} #{d.side.upper()}",
            f"#{d.base}USDT #{d.side.title()}",
            f"#{d.side.upper()} #{d.base}",
        ]
    )
    if is_zone:
        pair = entries if rng.random() < 0.5 else entries[::-1]
        zone_label = rng.choice(
            ["#EntryZone", "#Entry_Zone", "#BuyZone" if d.long else "#SellZone"]
        )
        entry_line = f"{zone_label} {p(pair[0])} - {p(pair[1])}"
    else:
        entry_line = f"{rng.choice(['#Entry', '#EntryPrice', '#Entry:'])} {p(d.entry)}"
    lines = [head, entry_line]
    if rng.random() < 0.5:
        lines.append(
            f"{rng.choice(['#Targets', '#TPs', '#TakeProfit'])} {' - '.join(p(t) for t in tps)}"
        )
    else:
        lines += [f"#TP{i} {p(t)}" for i, t in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['#StopLoss', '#SL', '#Stop'])} {p(sl)}")
    if lev is not None:
        lines.append(f"{rng.choice(['#Leverage', '#Lev'])} {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "own_spot_dca_buys",
    "spot DCA ladders: 'Buy 1: 14.85' / 'Buy 2: 14.40', 'Buy #1:', '1st buy:', 'Buy 1 @ …' then 'Sell 1:' / 'Sell #2:' targets and a stop, with and without the word spot; the buys are entries in the order written",
)
@own_stream
def own_spot_dca_buys(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    d.long, d.sign = True, 1
    n = rng.randint(2, 4)
    entries = [d.round(d.entry * (1 - 0.025 * i * rng.uniform(0.9, 1.1))) for i in range(n)]
    tps = _left_targets(d, rng.randint(1, 3), 0.05)
    sl = d.round(entries[-1] * (1 - rng.uniform(0.03, 0.06)))
    p = lambda v: num(v, d.dec)  # noqa: E731
    form = rng.choice(
        ["Buy {i}: {v}", "Buy #{i}: {v}", "{o} buy: {v}", "Buy {i} @ {v}", "BUY #{i} - {v}"]
    )
    sform = rng.choice(["Sell {i}: {v}", "Sell #{i}: {v}", "{o} sell: {v}", "TP{i}: {v}"])
    ords = ["1st", "2nd", "3rd", "4th"]
    spot = rng.random() < 0.6
    head = rng.choice(
        [
            f"${d.base} spot DCA plan",
            f"{d.base}/USDT (spot) accumulation",
            f"#{d.base} SPOT",
            f"{d.base} DCA ladder",
        ]
        if spot
        else [f"{d.base} DCA ladder", f"${d.base} accumulation plan", f"#{d.base}/USDT buys"]
    )
    spot = "spot" in head.lower()
    lines = [head]
    lines += [form.format(i=i, o=ords[i - 1], v=p(v)) for i, v in enumerate(entries, 1)]
    lines += [sform.format(i=i, o=ords[i - 1], v=p(v)) for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['Stop', 'SL', 'Stop loss', 'Invalidation'])}: {p(sl)}")
    extra: dict[str, Any] = {"market": "spot"} if spot else {}
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl, **extra)


@style(
    "own_thread_parts",
    "X/Twitter threads pasted whole, each part numbered at its line start ('1/', '2/', '3/ ', '1/5', '🧵 1/'): the part numbers are no prices",
)
@own_stream
def own_thread_parts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    fmt = rng.choice(["plain", "comma", "dollar"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10])
    parts = [
        rng.choice(
            [
                f"${d.base} is setting up for a {d.side}, plan below 🧵",
                f"{d.side.title()} ${d.base} — thread with the levels",
                f"Trade idea: {d.base} {d.side}",
            ]
        ),
        rng.choice(
            [
                f"Entry: {p(d.entry)}",
                f"Entry around {p(d.entry)}",
                f"{d.side.title()} entry {p(d.entry)}",
            ]
        ),
        rng.choice(["Targets: ", "TPs: ", "Take profits "]) + " / ".join(p(t) for t in tps),
        rng.choice([f"Stop: {p(sl)}", f"Invalidation {p(sl)}", f"SL {p(sl)}"]),
    ]
    if lev is not None:
        parts.append(f"Leverage {lev}x, size small")
    if rng.random() < 0.5:
        parts.append(
            rng.choice(["Not financial advice.", "Will update below.", "Like and share if useful"])
        )
    total = len(parts)
    numbering = rng.choice(["bare", "bare", "total", "thread"])
    out = []
    for i, part in enumerate(parts, 1):
        mark = f"{i}/{total}" if numbering == "total" else f"{i}/"
        if numbering == "thread" and i == 1:
            mark = "🧵 1/"
        out.append(f"{mark} {part}")
    sep = rng.choice(["\n", "\n\n"])
    return sep.join(out), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "own_size_risk_lines",
    "size and risk lines beside the levels: 'Size: 2%', 'Risk 1R', 'Risk: 0.5% of balance', 'Position size: 218.742 INJ', 'Qty: 0.35 BTC', 'Max loss: 21.4 USDT', 'Margin: 150 USDT', 'Amount: 500 USDT': none is a price",
)
@own_stream
def own_size_risk_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.against()
    coins = (
        round(rng.uniform(0.5, 3.0) * 100 / d.entry, 3)
        if d.entry < 50
        else round(rng.uniform(0.01, 0.9), 3)
    )
    extras = rng.sample(
        [
            f"Size: {rng.choice([1, 2, 3, 5])}%",
            f"Risk {rng.choice(['1R', '0.5R', '2R'])}",
            f"Risk: {rng.choice(['0.5', '1', '1.5'])}% of balance",
            f"Position size: {coins} {d.token}",
            f"Qty: {coins} {d.base}",
            f"Max loss: {round(rng.uniform(5, 60), 1)} USDT",
            f"Margin: {rng.choice([50, 100, 150, 250])} USDT",
            f"Amount: {rng.choice([100, 200, 500])} USDT",
        ],
        rng.randint(1, 3),
    )
    levels = [
        rng.choice(
            [
                f"{d.base}/USDT {d.side.upper()}",
                f"#{d.base} {d.side.title()}",
                f"${d.base} {d.side}",
            ]
        ),
        f"Entry: {p(d.entry)}",
        f"{rng.choice(['TP', 'Targets', 'Take profit'])}: {' / '.join(p(t) for t in tps)}",
        f"SL: {p(sl)}",
    ]
    where = rng.choice(["end", "middle"])
    lines = levels + extras if where == "end" else levels[:2] + extras + levels[2:]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "own_stop_section_lines",
    "a stop section with its price on the next line ('Stop loss:' over '144.0', Cornix 'Stop Targets:' over '1) 12.96') is read; one holding a second price on a later line ('SL:' / '144.0' / '141.5', '1) … 2) …', 'Stop: 144' over '141.5 (hard)') goes to review: one copied stop would drop the other",
)
@own_stream
def own_stop_section_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    p = lambda v: num(v, d.dec)  # noqa: E731
    tps = _left_targets(d, rng.randint(2, 3))
    sl = d.against(rng.uniform(0.02, 0.03))
    sl2 = d.round(sl * (1 - d.sign * rng.uniform(0.01, 0.02)))
    two = rng.random() < 0.5
    layout = rng.choice(["bare", "numbered", "inline_then_line"])
    head = [f"{d.base}/USDT {d.side.upper()}", f"Entry: {p(d.entry)}", "Targets:"]
    head += (
        [f"{i}) {p(t)}" for i, t in enumerate(tps, 1)]
        if layout == "numbered"
        else [" - ".join(p(t) for t in tps)]
    )
    if layout == "bare":
        stop = [rng.choice(["Stop loss:", "SL:", "Stop:"]), p(sl)] + ([p(sl2)] if two else [])
    elif layout == "numbered":
        stop = ["Stop Targets:", f"1) {p(sl)}"] + ([f"2) {p(sl2)}"] if two else [])
    else:
        stop = [f"{rng.choice(['Stop', 'SL'])}: {p(sl)}"] + (
            [rng.choice([f"{p(sl2)} (hard)", f"{p(sl2)} on a daily close", f"then {p(sl2)}"])]
            if two
            else []
        )
    tail = [f"Leverage: {rng.choice([5, 10, 20])}x"] if rng.random() < 0.4 else []
    lev = int(tail[0].split()[1][:-1]) if tail else None
    text = "\n".join(head + stop + tail)
    if two:
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


# ---- mainstream English, third round, second set: measured once before the parser saw it --
# Written after the first set's fixes: 'SIGNAL ID' posts with an 'OTE' price inside the zone
# and short-, mid- and long-term target groups; medal target lines with the leveraged profit
# each stands for ('🥉 150.1 (40% of profit)'); labels glued to their values with a dash or no
# space ('TP1-0.53', 'Entry:0.512', 'LONG SOL @148.2'); heavy-minus and '>' separators; cards
# followed by a trade-management block ('Take 50% at TP1 and move SL to entry'); '≈' and '±'
# notes beside prices; an 'Order Type:' line; Discord embed fields with a status; keycap and
# target-sign ordinals written inline.


@style(
    "signal_id_term_targets",
    "'📍SIGNAL ID: 0412📍', 'COIN: $LINK/USDT (2-5x)', 'Direction: LONG📈', 'ENTRY: a - b', 'OTE: c' (a price inside the zone, no order), 'TARGETS' over 'Short Term: x - y' / 'Mid Term: z' / 'Long Term: w', 'STOP LOSS: s'",
)
@own_stream
def ms3_signal_id(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, rng.choice([0.02, 0.03]))
    ote = d.round((entries[0] + entries[1]) / 2)
    tps = ms3_tps(d, entries, rng.randint(4, 6), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.03, 0.05))
    p = ms3_p(d, rng, 0.0)
    lo, hi = rng.choice([(2, 5), (3, 7), (5, 10)])
    groups = [("Short Term", tps[:2]), ("Mid Term", tps[2:4]), ("Long Term", tps[4:])]
    shown = entries if d.long else entries[::-1]
    lines = [
        f"📍SIGNAL ID: {rng.randint(100, 999):04d}📍",
        f"COIN: ${d.base}/USDT ({lo}-{hi}x)",
        f"Direction: {'LONG📈' if d.long else 'SHORT📉'}",
        f"ENTRY: {p(shown[0])} - {p(shown[1])}",
    ]
    if rng.random() < 0.7:
        lines.append(f"OTE: {p(ote)}")
    lines += ["", "TARGETS"]
    lines += [f"{name}: {' - '.join(p(v) for v in vals)}" for name, vals in groups if vals]
    lines += ["", f"STOP LOSS: {p(sl)}"]
    if rng.random() < 0.5:
        lines += ["", "This message cannot be forwarded or replicated", "- Signal Team✅"]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "medal_profit_share_targets",
    "'🔥 #SOL/USDT (Long📈, x20) 🔥', 'Entry - 148.2', 'Take-Profit:' over medal lines with the leveraged profit each stands for ('🥉 150.1 (40% of profit)', '🥈 …', '🥇 …', '🚀 … (100% of profit)'), 'Stop - 144'",
)
@own_stream
def ms3_medal_profit(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], 4, 0.01)
    sl = d.against(rng.uniform(0.02, 0.04))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([10, 20, 25])
    side = "Long📈" if d.long else "Short📉"
    head = rng.choice(
        [
            f"🔥 #{d.base}/USDT ({side}, x{lev}) 🔥",
            f"⚡️⚡️ #{d.base}/USDT ⚡️⚡️\n{side} x{lev}",
        ]
    )
    medals = ["🥉", "🥈", "🥇", "🚀"]
    lines = [
        head,
        "",
        rng.choice(["Entry - ", "Entry - ", "Entry: "]) + p(d.entry),
        "",
        "Take-Profit:",
    ]
    for i, v in enumerate(tps):
        gain = round(abs(v - d.entry) / d.entry * 100 * lev)
        lines.append(f"{medals[i]} {p(v)} ({gain}% of profit)")
    lines += ["", rng.choice(["Stop - ", "Stop: ", "Stop-Loss - "]) + p(sl)]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "glued_label_values",
    "labels written against their values: 'LONG SOL @148.2', 'Entry:0.512', 'TP1-0.53 TP2-0.55' or 'TP:0.53,0.55,0.58', 'SL-0.49' / 'SL:0.49', 'LEV:10X'",
)
@own_stream
def ms3_glued(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([None, 10, 20])
    form = rng.choice(["dash", "colon", "line"])
    side = d.side.upper()
    if form == "dash":
        lines = [
            f"{side} {d.base}USDT",
            f"Entry-{p(d.entry)}",
            " ".join(f"TP{i}-{p(v)}" for i, v in enumerate(tps, 1)),
            f"SL-{p(sl)}",
        ]
        if lev:
            lines.append(f"LEV-{lev}X")
        text = "\n".join(lines)
    elif form == "colon":
        lines = [
            f"#{d.base} {side}",
            f"Entry:{p(d.entry)}",
            "TP:" + ",".join(p(v) for v in tps),
            f"SL:{p(sl)}",
        ]
        if lev:
            lines.append(f"LEV:{lev}X")
        text = "\n".join(lines)
    else:
        text = f"{side} {d.base} @{p(d.entry)} TP:{'/'.join(p(v) for v in tps)} SL:{p(sl)}" + (
            f" {lev}X" if lev else ""
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "heavy_minus_separators",
    "separators drawn as signs: 'Entry: a ➖ b' (a zone), 'Targets: x > y > z' or 'x » y » z' or 'x ➖ y ➖ z', 'SL ➖ s' or 'Stop » s'",
)
@own_stream
def ms3_heavy_minus(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, 0.008)
    tps = ms3_tps(d, entries, rng.randint(3, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    shown = entries if rng.random() < 0.5 else entries[::-1]
    tsep = rng.choice([" > ", " » ", " ➖ ", " >> "])
    lines = [
        f"{'🟢' if d.long else '🔴'} {d.base}/USDT {d.side.upper()}",
        f"Entry: {p(shown[0])} ➖ {p(shown[1])}",
        f"Targets: {tsep.join(p(v) for v in tps)}",
        rng.choice(["SL ➖ ", "Stop » ", "SL: "]) + p(sl),
    ]
    lev = None
    if rng.random() < 0.5:
        lev = rng.choice([5, 10, 20])
        lines.append(f"Leverage ➖ {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "card_with_management_block",
    "a signal card followed by its trade-management plan: 'Trade management:' / 'Take 50% at TP1 and move SL to entry' / 'Close 25% at TP2, trail the rest' / 'If 4H closes below x, exit' — the plan reports nothing",
)
@own_stream
def ms3_management(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], 3, 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    lev = rng.choice([None, 5, 10])
    lines = [
        f"{ms2_pair(d, rng)} {d.side.upper()}",
        f"Entry: {p(d.entry)}",
        *[f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)],
        f"SL: {p(sl)}",
    ]
    if lev:
        lines.append(f"Leverage: {lev}x")
    plan = [
        rng.choice(
            [
                "Take 50% at TP1 and move SL to entry",
                "Book 30% at TP1, then move stop to breakeven",
                "At TP1: close half and set SL to BE",
            ]
        ),
        rng.choice(
            [
                "Close 25% at TP2, trail the rest",
                "TP2: take another 25%",
                "Let the last 25% run to TP3",
            ]
        ),
    ]
    if rng.random() < 0.4:
        plan.append("Cancel if TP1 is hit before entry")
    lines += ["", rng.choice(["Trade management:", "Management 👇", "Plan:"]), *plan]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "approx_plusminus_notes",
    "approximations beside prices: 'Entry around 0.512 (±0.5%)', 'TP1: 0.53 (≈ +3.5%)', 'SL: 0.49 (≈ -4.3%)', 'Entry: ~0.512'",
)
@own_stream
def ms3_approx(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.04))
    p = ms3_p(d, rng, 0.2)
    entry_line = rng.choice(
        [
            f"Entry around {p(d.entry)} (±{rng.choice(['0.5', '0.3', '1'])}%)",
            f"Entry: ~{p(d.entry)}",
            f"Entry: ≈{p(d.entry)}",
            f"Entry: {p(d.entry)} (± {rng.choice(['0.5', '1'])}%)",
        ]
    )
    lines = [
        f"{'📈' if d.long else '📉'} {d.side.upper()} ${d.base}",
        entry_line,
        *[f"TP{i}: {p(v)} (≈ {ms2_pct(d.entry, v)})" for i, v in enumerate(tps, 1)],
        f"SL: {p(sl)} (≈ {ms2_pct(d.entry, sl)})",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "order_type_line",
    "an 'Order Type:' line: 'Order Type: Limit' with 'Entry: a' (a limit order), or 'Order Type: Market' with 'Entry: a (current)' (a market order: the price is where it fills); 'Exchange: Binance Futures', 'Margin Mode: Isolated'",
)
@own_stream
def ms3_order_type(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    market = rng.random() < 0.4
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.04))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([5, 10, 20])
    mode = rng.choice(["Isolated", "Cross"])
    entry = f"Entry: {p(d.entry)}" + (
        rng.choice([" (current)", " (CMP)", " (now)"]) if market else ""
    )
    lines = [
        f"Pair: {d.base}USDT",
        f"Side: {rng.choice(['Long', 'Buy']) if d.long else rng.choice(['Short', 'Sell'])}",
        f"Order Type: {'Market' if market else 'Limit'}",
        entry,
        "Take Profit: " + ", ".join(p(v) for v in tps),
        f"Stop Loss: {p(sl)}",
        f"Margin Mode: {mode}",
        f"Leverage: {lev}x",
        "Exchange: Binance Futures",
    ]
    exp = signal(
        d,
        entries=[] if market else [d.entry],
        order_type="market" if market else "limit",
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
    )
    return "\n".join(lines), exp


@style(
    "discord_status_fields",
    "Discord embed fields copied as text: 'Status: Active 🟢', 'Type: Swing', 'Pair', 'Side', 'Entry', 'TP 1', 'TP 2', 'Stop Loss' each on its own line over its value, 'Posted by: @Analyst', 'Win rate: 78%'",
)
@own_stream
def ms3_discord_status(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.04))
    p = ms3_p(d, rng, 0.2)
    lev = rng.choice([None, 10, 20])
    lines = [
        f"**New Signal** • {rng.choice(['Swing', 'Scalp', 'Day trade'])}",
        "Status",
        "Active 🟢",
        "Pair",
        f"{d.base}USDT",
        "Side",
        d.side.title(),
        "Entry",
        p(d.entry),
    ]
    for i, v in enumerate(tps, 1):
        lines += [f"TP {i}", p(v)]
    lines += ["Stop Loss", p(sl)]
    if lev:
        lines += ["Leverage", f"{lev}x"]
    lines += [
        f"Posted by: @{rng.choice(['Analyst', 'WhaleDesk', 'Trader_Joe'])} • Win rate: {rng.randint(60, 85)}%"
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "inline_sign_ordinals",
    "target ordinals written inline with keycaps or target signs: 'Targets: 1⃣ 0.53 2⃣ 0.55 3⃣ 0.58', '🎯1: 0.53 🎯2: 0.55', 'TP ① 0.53 ② 0.55'",
)
@own_stream
def ms3_inline_signs(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    form = rng.choice(["keycap", "sign", "circled"])
    if form == "keycap":
        keycap = rng.choice(["\u20e3", "\ufe0f\u20e3"])
        tline = "Targets: " + " ".join(f"{i}{keycap} {p(v)}" for i, v in enumerate(tps, 1))
    elif form == "sign":
        tline = " ".join(f"🎯{i}: {p(v)}" for i, v in enumerate(tps, 1))
    else:
        tline = "TP " + " ".join(f"{MS3_CIRCLED_WHITE[i]} {p(v)}" for i, v in enumerate(tps))
    lines = [
        f"{d.side.upper()} #{d.base}USDT",
        f"Entry: {p(d.entry)}",
        tline,
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- leftovers round, second set: the same families written otherwise, measured first -------
# Written after the first set's rules, before the parser saw them: payloads from other bots
# (camelCase keys, target objects in a list, 'positionSide', OKX/FTX-style instruments, two
# entries in a list, a Python dict printed by a relay with single quotes), hashtag labels with
# an ordinal or an underscore and in other languages, numbered orders of other wordings (a
# short's 'Sell 1:' ladder with 'Buy back 1:' targets, 'Long 1:', 'Order #2:'), re-entries and
# trailing-stop notices in other languages and wordings, and stops given twice on one line.
# Each style draws from its own stream.


@style(
    "own_webhook_json_other_bots",
    "payloads from other bots: camelCase keys ('entryPrice', 'takeProfit1', 'stopLoss': {'price'}), 'takeProfits': [{'price', 'qty'}], 'positionSide': 'SHORT', 'instrument': 'SOL-USDT-SWAP', two entries in a list, 'orderType': 'MARKET'; the same body printed by a relay as a Python dict (single quotes, True)",
)
@own_stream
def own_webhook_json_other_bots(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    tps = _left_targets(d, rng.randint(1, 3))
    p = lambda v: num(v, d.dec)  # noqa: E731
    two = rng.random() < 0.3
    entries = [d.entry, d.round(d.entry * (1 - d.sign * 0.008))] if two else [d.entry]
    sl = d.round(entries[-1] * (1 - d.sign * rng.uniform(0.02, 0.04)))
    lev = rng.choice([None, 5, 10, 20])
    market = not two and rng.random() < 0.2
    body: dict[str, Any] = {
        rng.choice(["symbol", "instrument", "instId"]): rng.choice(
            [f"{d.base}-USDT-SWAP", f"{d.base}USDT", f"{d.base}-PERP", f"{d.base}/USDT:USDT"]
        ),
        rng.choice(["positionSide", "side", "direction"]): rng.choice(
            [d.side.upper(), "BUY" if d.long else "SELL", d.side]
        ),
        "orderType": "MARKET" if market else "LIMIT",
    }
    if not market:
        if two:
            body["entries"] = ["@E0", "@E1"]
        else:
            body[rng.choice(["entryPrice", "price", "limitPrice"])] = "@E0"
    shape = rng.choice(["list", "numbered"])
    if shape == "list":
        body["takeProfits"] = [
            {"price": f"@T{i}", "qty": rng.choice(["30%", "50%", "0.5"])} for i in range(len(tps))
        ]
    else:
        for i in range(len(tps)):
            body[f"takeProfit{i + 1}"] = f"@T{i}"
    body["stopLoss"] = rng.choice([{"price": "@S"}, "@S", {"triggerPrice": "@S", "type": "MARK"}])
    if lev is not None:
        body["leverage"] = rng.choice([lev, f"{lev}X", str(lev)])
    body["quantity"] = rng.choice([0.25, 12, 500])
    body["clientOrderId"] = f"tv-{rng.randint(100000, 999999)}"
    python_dict = rng.random() < 0.25
    text = repr(body) if python_dict else json.dumps(body, indent=rng.choice([None, 2]))
    for key, value in [("E0", entries[0]), ("S", sl)] + ([("E1", entries[1])] if two else []):
        text = text.replace(f"'@{key}'", p(value)).replace(f'"@{key}"', p(value))
    for i, t in enumerate(tps):
        text = text.replace(f"'@T{i}'", p(t)).replace(f'"@T{i}"', p(t))
    extra: dict[str, Any] = {"take_profits": tps, "stop_loss": sl, "leverage": lev}
    if market:
        extra.update(order_type="market", entries=[])
    else:
        extra["entries"] = entries
    return text, signal(d, **extra)


@style(
    "own_hashtag_labels_other",
    "hashtag labels with an ordinal, an underscore or a colon and in other languages: '#Entry: 148.2', '#ENTRY_PRICE 148.2', '#TakeProfit1', '#Target_2', '#Stop_Loss:', '#Вход', '#Цель1', '#Стоп', '#Entrada', '#Alvo1', '#Objetivo2'",
)
@own_stream
def own_hashtag_labels_other(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.against()
    lang = rng.choice(["en", "en", "ru", "pt", "es"])
    entry_w, tp_w, sl_w = {
        "en": (
            rng.choice(["#Entry:", "#ENTRY_PRICE", "#EntryPoint"]),
            rng.choice(["#TakeProfit{i}", "#Target_{i}", "#TP_{i}"]),
            rng.choice(["#Stop_Loss:", "#STOPLOSS", "#StopLoss"]),
        ),
        "ru": ("#Вход", "#Цель{i}", "#Стоп"),
        "pt": ("#Entrada", "#Alvo{i}", "#Stop"),
        "es": ("#Entrada", "#Objetivo{i}", "#StopLoss"),
    }[lang]
    side = {
        "en": d.side.upper(),
        "ru": "ЛОНГ" if d.long else "ШОРТ",
        "pt": "COMPRA" if d.long else "VENDA",
        "es": d.side.upper(),
    }[lang]
    lines = [
        rng.choice([f"#{d.base}USDT #{side}", f"#{side} #{d.base}"]),
        f"{entry_w} {p(d.entry)}",
    ]
    lines += [f"{tp_w.format(i=i)} {p(t)}" for i, t in enumerate(tps, 1)]
    lines.append(f"{sl_w} {p(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "own_numbered_orders_other",
    "numbered orders of other wordings: a short's 'Sell 1:' / 'Sell 2:' ladder with 'Buy back 1:' or 'Cover 1:' targets, 'Long 1:' / 'Long 2:', 'Order #1:' / 'Order #2:' beside 'Target 1:'; spot 'Buy (1):'",
)
@own_stream
def own_numbered_orders_other(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MULTIPLIED)
    n = rng.randint(2, 3)
    entries = [d.round(d.entry * (1 - d.sign * 0.012 * i)) for i in range(n)]
    d.entry = entries[0]
    tps = _left_targets(d, rng.randint(1, 3), 0.025)
    sl = d.round(entries[-1] * (1 - d.sign * rng.uniform(0.02, 0.04)))
    p = lambda v: num(v, d.dec)  # noqa: E731
    form = (
        rng.choice(["sellbuy", "long", "order"])
        if not d.long
        else rng.choice(["long", "order", "paren"])
    )
    if form == "sellbuy":
        e_form, t_form = (
            "Sell {i}: {v}",
            rng.choice(["Buy back {i}: {v}", "Cover {i}: {v}", "Buy {i}: {v}"]),
        )
    elif form == "long":
        e_form, t_form = f"{d.side.title()} {{i}}: {{v}}", "Target {i}: {v}"
    elif form == "order":
        e_form, t_form = "Order #{i}: {v}", "TP{i}: {v}"
    else:
        e_form, t_form = "Buy ({i}): {v}", "Sell ({i}): {v}"
    lines = [
        rng.choice(
            [
                f"{d.base}/USDT {d.side.upper()} ladder",
                f"#{d.base} {d.side.upper()}",
                f"${d.base} plan",
            ]
        )
    ]
    lines += [e_form.format(i=i, v=p(v)) for i, v in enumerate(entries, 1)]
    lines += [t_form.format(i=i, v=p(v)) for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {p(sl)}")
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "own_reentry_trailing_other",
    "re-entries and trailing-stop notices in other wordings and languages: 'Reentrada SOL 148.2', 'Повторный вход ETH 3412', 'Re-entry point: 0.5231', 'zona de reentrada 142-140', 'TSL activated at 2.41', 'Trailing stop ON from 152.3', 'Trailing-Stop aktiviert bei 2.41', 'трейлинг-стоп активирован'",
)
@own_stream
def own_reentry_trailing_other(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    p = lambda v: num(v, d.dec)  # noqa: E731
    coin = rng.choice([d.base, f"#{d.base}", f"${d.base}", f"{d.base}USDT"])
    kind = rng.choice(["reentry", "reentry", "zone", "trailing"])
    if kind == "reentry":
        text = rng.choice(
            [
                f"Reentrada {coin} {p(d.entry)}",
                f"Re-entry point for {coin}: {p(d.entry)}",
                f"{coin} re-entering at {p(d.entry)} 🔁",
                f"Re-entry {coin} → {p(d.entry)}",
            ]
        )
        return text, follow("reentry", d.base, price=d.entry, actions=["reentry"])
    if kind == "zone":
        other = d.round(d.entry * (1 - d.sign * rng.uniform(0.008, 0.02)))
        text = rng.choice(
            [
                f"{coin} re-entry area {p(d.entry)} to {p(other)}",
                f"Re-entry {coin} {p(d.entry)}/{p(other)}",
                f"Zona de reentrada {coin}: {p(d.entry)} - {p(other)}",
                f"{coin} re-entry range {p(other)} – {p(d.entry)}",
            ]
        )
        return text, {"kind": "needs_review"}
    act = d.round(d.entry * (1 + d.sign * rng.uniform(0.02, 0.05)))
    text = rng.choice(
        [
            f"{coin} TSL activated at {p(act)}",
            f"Trailing stop ON for {coin} from {p(act)}",
            f"{coin}: trailing stop-loss activated, activation price {p(act)}",
            f"Trailing stop activation hit on {coin} ({p(act)})",
        ]
    )
    return text, {"kind": "needs_review"}


@style(
    "own_two_stops_one_line",
    "two stops given on one line or as numbered stop labels: 'SL: 144 / 141.5', 'Stop loss 144 or 141.5 (hard)', 'SL1: 144' over 'SL2: 141.5', 'Stops: 144 (50%) 141.5 (50%)'; one copied stop would drop the other",
)
@own_stream
def own_two_stops_one_line(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    p = lambda v: num(v, d.dec)  # noqa: E731
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.against(rng.uniform(0.02, 0.03))
    sl2 = d.round(sl * (1 - d.sign * rng.uniform(0.01, 0.02)))
    lines = [
        f"{d.base}/USDT {d.side.upper()}",
        f"Entry: {p(d.entry)}",
        f"TP: {' / '.join(p(t) for t in tps)}",
    ]
    lines += rng.choice(
        [
            [f"SL: {p(sl)} / {p(sl2)}"],
            [f"Stop loss {p(sl)} or {p(sl2)} (hard)"],
            [f"SL1: {p(sl)}", f"SL2: {p(sl2)}"],
            [f"Stops: {p(sl)} (50%) {p(sl2)} (50%)"],
        ]
    )
    return "\n".join(lines), {"kind": "needs_review"}


@style(
    "own_size_risk_lines_other",
    "size and risk lines in other languages beside the levels: 'Tamaño: 2%', 'Riesgo: 1%', 'Объём: 0.5 BTC', 'Риск: 1%', 'Risiko: 1R', 'Tamanho da posição: 150 USDT', 'Lot: 0.35'",
)
@own_stream
def own_size_risk_lines_other(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, LEFT_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    p = lambda v: num(v, d.dec, fmt)  # noqa: E731
    tps = _left_targets(d, rng.randint(1, 3))
    sl = d.against()
    coins = (
        round(rng.uniform(0.5, 3.0) * 100 / d.entry, 3)
        if d.entry < 50
        else round(rng.uniform(0.01, 0.9), 3)
    )
    extras = rng.sample(
        [
            f"Tamaño: {rng.choice([1, 2, 3])}%",
            f"Riesgo: {rng.choice(['0.5', '1', '2'])}%",
            f"Объём: {coins} {d.token}",
            f"Риск: {rng.choice(['0.5', '1'])}%",
            f"Risiko: {rng.choice(['1R', '0.5R'])}",
            f"Tamanho da posição: {rng.choice([100, 150, 250])} USDT",
            f"Lot: {coins}",
            f"Pozisyon büyüklüğü: {rng.choice([100, 200])} USDT",
        ],
        rng.randint(1, 2),
    )
    lines = [
        rng.choice([f"{d.base}/USDT {d.side.upper()}", f"#{d.base} {d.side.title()}"]),
        f"Entry: {p(d.entry)}",
        f"TP: {' / '.join(p(t) for t in tps)}",
        f"SL: {p(sl)}",
        *extras,
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- mainstream English, third round, third set: measured once before the parser saw it ---
# Written after the second set's fixes: a risk/reward ratio between a target's label and its
# price ('TP1 (R:R 1:1.5): 0.53'), spot targets with the price multiple they stand for ('(x2
# from entry)'), entries named by ordinal words ('First entry:', '2nd entry:'), values written
# before their labels ('148.2 entry, 152/155 targets, 144 stop'), lists as dash bullets under
# their label, recommended and suggested leverages beside a maximum, a news line with figures
# above the card, and zones written with a slash under a zone label or with dollar signs.


@style(
    "ratio_before_target_price",
    "a risk/reward ratio between a target's label and its price: 'TP1 (R:R 1:1.5): 0.53', 'TP2 (RR 2.4) → 0.55', 'Target 3 [1:3.2] 0.58'; 'SL (-1R): 0.49'",
)
@own_stream
def ms3_ratio_before(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.015)
    sl = d.against(rng.uniform(0.01, 0.025))
    p = ms3_p(d, rng, 0.2)
    risk = abs(d.entry - sl)
    form = rng.choice(["rr_colon", "rr_arrow", "bracket"])
    lines = [f"{ms2_pair(d, rng)} — {d.side.upper()}", f"Entry: {p(d.entry)}"]
    for i, v in enumerate(tps, 1):
        r = abs(v - d.entry) / risk
        if form == "rr_colon":
            lines.append(f"TP{i} (R:R 1:{r:.1f}): {p(v)}")
        elif form == "rr_arrow":
            lines.append(f"TP{i} (RR {r:.1f}) → {p(v)}")
        else:
            lines.append(f"Target {i} [1:{r:.1f}] {p(v)}")
    lines.append(rng.choice([f"SL (-1R): {p(sl)}", f"SL: {p(sl)}", f"Stop (1R): {p(sl)}"]))
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "spot_price_multiples",
    "spot calls whose targets carry the multiple of the entry they stand for: '#ARB (SPOT) 💎', 'Buy: a - b', 'Targets: x (+20%) / y (x1.5) / z (x2 from entry) 🚀', 'SL: s', 'No leverage, spot only'",
)
@own_stream
def ms3_spot_multiples(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS + MEME)
    d.long, d.sign = True, 1
    entries = zone(d, 0.04)
    near = entries[1]
    mults = [1.2, 1.5, 2.0][: rng.randint(2, 3)]
    tps = [d.round(near * m) for m in mults]
    sl = d.round(entries[0] * rng.uniform(0.8, 0.88))
    p = ms3_p(d, rng, 0.2)
    notes = ["(+20%)", "(x1.5)", rng.choice(["(x2 from entry)", "(2x 🚀)", "(2x from the zone)"])]
    sep = rng.choice([" / ", "\n"])
    body = sep.join(f"{p(v)} {n}" for v, n in zip(tps, notes, strict=False))
    lines = [
        f"#{d.base} (SPOT) 💎",
        f"Buy: {p(entries[0])} - {p(entries[1])}",
        ("Targets: " if sep == " / " else "Targets:\n") + body,
        f"SL: {p(sl)}",
        rng.choice(["No leverage, spot only", "Spot only — no leverage", "Hold, no futures"]),
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "ordinal_word_entries",
    "entries named by ordinal words: 'First entry: a' / 'Second entry: b' (or '1st entry', '2nd entry', 'Third entry'), 'Targets: …', 'Final target: x', 'Stop: s'",
)
@own_stream
def ms3_ordinal_entries(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n = rng.choice([2, 2, 3])
    entries = d.ladder(n)
    far = entries[-1]
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    final = d.round(tps[-1] * (1 + d.sign * 0.03))
    sl = d.round(far * (1 - d.sign * rng.uniform(0.015, 0.03)))
    p = ms3_p(d, rng, 0.2)
    words = rng.choice([["First", "Second", "Third"], ["1st", "2nd", "3rd"]])
    lines = [f"{'🟢' if d.long else '🔴'} {d.side.upper()} {ms2_pair(d, rng)}", ""]
    lines += [f"{words[i]} entry: {p(v)}" for i, v in enumerate(entries)]
    lines += [
        "",
        "Targets: " + " - ".join(p(v) for v in tps),
        f"Final target: {p(final)}",
        f"Stop: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=[*tps, final], stop_loss=sl)


@style(
    "value_before_label",
    "values written before their labels: 'SOL long: 148.2 entry, 152/155 targets, 144 stop, 10x' or lines '0.512 — entry' / '0.53 — TP1' / '0.55 — TP2' / '0.49 — SL'",
)
@own_stream
def ms3_value_first(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([None, 10, 20])
    if rng.random() < 0.5:
        text = (
            f"{d.base} {d.side}: {p(d.entry)} entry, {'/'.join(p(v) for v in tps)} targets, "
            f"{p(sl)} stop" + (f", {lev}x" if lev else "")
        )
    else:
        dash = rng.choice([" — ", " - ", " → "])
        lines = [f"#{d.base}USDT {d.side.upper()}", f"{p(d.entry)}{dash}entry"]
        lines += [f"{p(v)}{dash}TP{i}" for i, v in enumerate(tps, 1)]
        lines.append(f"{p(sl)}{dash}SL")
        if lev:
            lines.append(f"{lev}x{dash}leverage")
        text = "\n".join(lines)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "dash_bullet_lists",
    "lists as dash or plus bullets under their labels: 'Entry:' over '- a' / '- b', 'Targets:' over '- x' / '- y' / '- z', 'Stop:' over '- s' (a dash that is a bullet, no minus sign)",
)
@own_stream
def ms3_dash_bullets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    two = rng.random() < 0.5
    entries = d.ladder(2) if two else [d.entry]
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    b = rng.choice(["- ", "-", "+ ", " - "])
    lines = [f"{d.base}/USDT {d.side.upper()} {rng.choice(['⚡️', '📊', ''])}".rstrip(), "Entry:"]
    lines += [b + p(v) for v in entries]
    lines.append(rng.choice(["Targets:", "Take profit:", "TPs:"]))
    lines += [b + p(v) for v in tps]
    lines += [rng.choice(["Stop:", "SL:", "Stop loss:"]), b + p(sl)]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "recommended_leverage_words",
    "leverage advice in words: 'Recommended leverage: 5x-10x', 'Suggested lev: 3x', 'Leverage: 10x (max 20x)', 'Use 5x only', 'Lev 10 (cross)'",
)
@own_stream
def ms3_recommended_lev(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    form = rng.choice(["range", "suggested", "max", "use", "bare"])
    mode = None
    if form == "range":
        lo, hi = rng.choice([(5, 10), (3, 5), (10, 20)])
        lev_line, lev = f"Recommended leverage: {lo}x-{hi}x", hi
    elif form == "suggested":
        lev = rng.choice([3, 5, 10])
        lev_line = f"Suggested lev: {lev}x"
    elif form == "max":
        lev = rng.choice([5, 10])
        lev_line = f"Leverage: {lev}x (max {lev * 2}x)"
    elif form == "use":
        lev = rng.choice([3, 5])
        lev_line = f"Use {lev}x only"
    else:
        lev = rng.choice([10, 20])
        mode = rng.choice(["cross", "isolated"])
        lev_line = f"Lev {lev} ({mode})"
    lines = [
        f"{d.side.upper()} {ms2_pair(d, rng)}",
        f"Entry: {p(d.entry)}",
        "TP: " + " / ".join(p(v) for v in tps),
        f"SL: {p(sl)}",
        lev_line,
    ]
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "news_line_above_card",
    "a news line with its own figures above a labelled card: 'ETF inflows hit $1.2B yesterday, funding flipped negative 📰' or 'CPI at 3.1% — DXY drops to 103.4', then 'ETH LONG' / 'Entry:' / 'TP1:' / 'SL:'",
)
@own_stream
def ms3_news_line(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    news = rng.choice(
        [
            f"ETF inflows hit ${rng.uniform(0.5, 2.5):.1f}B yesterday, funding flipped negative 📰",
            f"CPI came in at {rng.uniform(2.5, 3.9):.1f}% — DXY drops to {rng.uniform(100, 106):.1f} 📉",
            f"Open interest up {rng.randint(8, 25)}% in 24h while {d.base} holds its range 👀",
            f"Fed cut by 25 bps; S&P at {rng.randint(5600, 6200)} 🏦",
        ]
    )
    lines = [
        news,
        "",
        f"{d.base} {d.side.upper()}",
        f"Entry: {p(d.entry)}",
        *[f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)],
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "zone_slash_and_dollar_ranges",
    "zones written with a slash under a zone label ('Buy zone: 0.505/0.512', 'Entry zone 0.505 / 0.512'), with dollar signs on both ends ('Entry: $0.505 to $0.512', '$0.505–$0.512') or with the dollar after ('0.505-0.512$')",
)
@own_stream
def ms3_zone_slash(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, rng.choice([0.006, 0.012]))
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    a, b = entries if rng.random() < 0.5 else entries[::-1]
    form = rng.choice(["slash", "dollar_to", "dollar_dash", "dollar_after"])
    label = ("Buy zone" if d.long else "Sell zone") if rng.random() < 0.5 else "Entry zone"
    if form == "slash":
        line = f"{label}: {p(a)}/{p(b)}" if rng.random() < 0.5 else f"{label} {p(a)} / {p(b)}"
    elif form == "dollar_to":
        line = f"Entry: ${p(a)} to ${p(b)}"
    elif form == "dollar_dash":
        line = f"Entry: ${p(a)}–${p(b)}"
    else:
        line = f"Entry: {p(a)}-{p(b)}$"
    lines = [
        f"{'🟢' if d.long else '🔴'} {d.base}USDT {d.side.upper()}",
        line,
        "Targets: " + ", ".join(p(v) for v in tps),
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


# ---- mainstream English, third round, fourth set: measured once before the parser saw it --
# Written after the third set's fixes: capital-letter blocks whose lists are split by spaces
# only ('ENTRY 63450 63200', 'TP 64200 65000 66000'), single-letter labels of terse posts ('E:',
# 'T:', 'S:'), zones with their middle noted ('Entry: 0.505 - 0.512 (mid 0.508)') and the
# leverage in brackets in the headline ('ETH/USDT [10x] LONG', 'BTC (x20) SHORT').


@style(
    "caps_space_lists",
    "capital-letter blocks whose lists are split by spaces only: 'BUY BTCUSDT', 'ENTRY 63450 63200', 'TP 64200 65000 66000', 'SL 62500', 'LEVERAGE 10X'",
)
@own_stream
def ms3_caps_space(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    two = rng.random() < 0.5
    entries = d.ladder(2) if two else [d.entry]
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([None, 10, 20])
    lines = [
        f"{'BUY' if d.long else 'SELL'} {d.base}USDT",
        "ENTRY " + " ".join(p(v) for v in entries),
        "TP " + " ".join(p(v) for v in tps),
        f"SL {p(sl)}",
    ]
    if lev:
        lines.append(f"LEVERAGE {lev}X")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "single_letter_labels",
    "terse posts with single-letter labels: '$ARB LONG 🟢' / 'E: 1.12' / 'T: 1.18 / 1.25' / 'S: 1.06', or 'E 1.12 | T 1.18, 1.25 | S 1.06'",
)
@own_stream
def ms3_letters(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    head = f"${d.base} {d.side.upper()} {'🟢' if d.long else '🔴'}"
    if rng.random() < 0.5:
        text = "\n".join(
            [head, f"E: {p(d.entry)}", "T: " + " / ".join(p(v) for v in tps), f"S: {p(sl)}"]
        )
    else:
        text = f"{head}\nE {p(d.entry)} | T {', '.join(p(v) for v in tps)} | S {p(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "zone_with_mid_note",
    "zones with their middle or average noted in brackets: 'Entry: 0.505 - 0.512 (mid 0.508)', 'Buy zone 0.505-0.512 (avg ~0.5085)', then 'Targets:' and 'SL:'",
)
@own_stream
def ms3_zone_mid(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, rng.choice([0.008, 0.015]))
    mid = d.round((entries[0] + entries[1]) / 2)
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    note = rng.choice([f"(mid {p(mid)})", f"(avg ~{p(mid)})", f"(midpoint {p(mid)})"])
    label = rng.choice(["Entry:", "Entry zone:", "Buy zone" if d.long else "Sell zone"])
    lines = [
        f"{ms2_pair(d, rng)} {d.side.upper()}",
        f"{label} {p(entries[0])} - {p(entries[1])} {note}",
        "Targets: " + " / ".join(p(v) for v in tps),
        f"SL: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "leverage_brackets_headline",
    "the leverage in brackets in the headline: 'ETH/USDT [10x] LONG', 'BTC (x20) SHORT 🔻', '#SOL {25x} Long', then 'Entry', 'TP1..', 'SL' lines",
)
@own_stream
def ms3_lev_headline(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    lev = rng.choice([5, 10, 20, 25, 50])
    head = rng.choice(
        [
            f"{d.base}/USDT [{lev}x] {d.side.upper()}",
            f"{d.base} (x{lev}) {d.side.upper()} {'🔺' if d.long else '🔻'}",
            f"#{d.base} {{{lev}x}} {d.side.title()}",
        ]
    )
    lines = [
        head,
        f"Entry {p(d.entry)}",
        *[f"TP{i} {p(v)}" for i, v in enumerate(tps, 1)],
        f"SL {p(sl)}",
    ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- mainstream English, fifth round: measured once before the parser saw it --------------
# Researched from Discord signal bots' embeds as relays transcribe them (field names alone on a
# line with the value under them, ':dart:'-style shortcodes left as text, a footer with the
# signal's id and a timestamp), Telegram bots' Cornix-compatible auto-posts ('Signal ID',
# 'Signal Type: Regular (Long)', 'Risk Level', 'Exchange(s)', 'Cross (20.0X)'), spot-only
# accumulation posts (a buy zone, sell targets, no leverage, 'long term hold'), coins written by
# their full names ('Solana (SOL)', 'Shiba Inu'), pairs with exchanges' separators
# ('SOL/USDT:USDT', 'SOL-USDT-SWAP', 'SOLUSDT.P', 'BYBIT:SOLUSDT.P'), numbers written short
# ('.512', '0.0₅812', '3.41K', scientific notation) and dates, clock times and validity
# windows on the lines of the prices ('04/12 14:00 UTC', 'valid 24h').

MS5_NAMES = {
    "BTC": ["Bitcoin"],
    "ETH": ["Ethereum"],
    "SOL": ["Solana"],
    "BNB": ["BNB"],
    "XRP": ["Ripple", "XRP"],
    "DOGE": ["Dogecoin"],
    "ADA": ["Cardano"],
    "AVAX": ["Avalanche"],
    "LINK": ["Chainlink"],
    "DOT": ["Polkadot"],
    "ARB": ["Arbitrum"],
    "OP": ["Optimism"],
    "APT": ["Aptos"],
    "SUI": ["Sui"],
    "INJ": ["Injective"],
    "TIA": ["Celestia"],
    "WIF": ["dogwifhat"],
    "LTC": ["Litecoin"],
    "ATOM": ["Cosmos"],
    "NEAR": ["NEAR Protocol"],
    "SEI": ["Sei"],
    "TRX": ["TRON", "Tron"],
    "SHIB": ["Shiba Inu"],
    "PEPE": ["Pepe"],
}
MS5_NAMED = [m for m in MARKETS + MEME if m[0] in MS5_NAMES]
MS5_SHORTCODES = {
    "entry": [":inbox_tray:", ":pushpin:", ":moneybag:"],
    "tp": [":dart:", ":white_check_mark:", ":money_with_wings:"],
    "sl": [":octagonal_sign:", ":x:", ":no_entry:"],
    "lev": [":gear:", ":zap:"],
}


def ms5_stamp(rng: random.Random) -> str:
    """A footer timestamp as bots print it: '04/12 14:00 UTC', '2026-12-04 14:00', 'Today at 14:02'."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(0, 23), rng.choice([0, 5, 15, 30, 45, 2, 37])
    return rng.choice(
        [
            f"{day:02d}/{month:02d} {hour:02d}:{minute:02d} UTC",
            f"2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
            f"Today at {hour:02d}:{minute:02d}",
            f"{day:02d}.{month:02d}.2026 {hour:02d}:{minute:02d}",
            f"{month}/{day}/2026 {hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}",
        ]
    )


def ms5_pair(d: Draw, rng: random.Random) -> str:
    """A USDT-margined pair spelled the way exchanges and charting sites spell it."""
    b = d.base
    return rng.choice(
        [
            f"{b}/USDT:USDT",
            f"{b}-USDT-SWAP",
            f"{b}USDT.P",
            f"BINANCE:{b}USDT.P",
            f"BYBIT:{b}USDT.P",
            f"{b}_USDT",
            f"{b}-USDT",
            f"{b}USDT PERP",
            f"{b}/USDT",
        ]
    )


@style(
    "embed_bold_fields_footer",
    "Discord embeds transcribed with bold field names alone on their lines and the values under them in code spans: '**Entry Price**' / '`148.2`', '**Take Profit 1**', '**Stop Loss**', '**Leverage**'; a bot name and timestamp above, 'Signal #4821 • 04/12 14:02 UTC' footer",
)
@own_stream
def ms5_embed_bold_fields(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n = rng.randint(1, 4)
    tps = ms3_tps(d, [d.entry], n, 0.015)
    sl = d.against(rng.uniform(0.015, 0.04))
    lev = rng.choice([None, 5, 10, 20, 25])
    tick = rng.choice(["`", "", "**"])
    bot = rng.choice(["SignalBot", "Apex Calls", "Whale Radar", "FuturesDesk"])
    lines = [
        f"{bot} BOT — {ms5_stamp(rng)}",
        f"{'📈' if d.long else '📉'} **{ms2_pair(d, rng)} · {d.side.upper()}**",
        "**Entry Price**",
        f"{tick}{num(d.entry, d.dec)}{tick}",
    ]
    for i, v in enumerate(tps, 1):
        label = f"Take Profit {i}" if n > 1 or rng.random() < 0.5 else "Take Profit"
        lines += [f"**{label}**", f"{tick}{num(v, d.dec)}{tick}"]
    lines += ["**Stop Loss**", f"{tick}{num(sl, d.dec)}{tick}"]
    if lev:
        lines += ["**Leverage**", f"{tick}{lev}x{tick}"]
    lines.append(f"Signal #{rng.randint(1000, 99999)} • {ms5_stamp(rng)}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "embed_shortcode_fields",
    "Discord embeds relayed with their emoji as shortcode text: ':dart: Take Profit 1' over '150.4', ':octagonal_sign: Stop Loss' over the stop, ':inbox_tray: Entry Zone' over 'a - b', ':gear: Leverage' over 'Cross 20x', footer 'ID 4821 | 04/12 14:00 UTC'",
)
@own_stream
def ms5_embed_shortcodes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    two = rng.random() < 0.5
    entries = zone(d, 0.01) if two else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    sc = {k: rng.choice(v) for k, v in MS5_SHORTCODES.items()}
    lines = [
        f"{':green_circle:' if d.long else ':red_circle:'} **{d.side.upper()}** — {ms2_pair(d, rng)}",
        f"{sc['entry']} {'Entry Zone' if two else 'Entry'}",
        " - ".join(num(v, d.dec) for v in entries),
    ]
    for i, v in enumerate(tps, 1):
        lines += [f"{sc['tp']} Take Profit {i}", num(v, d.dec)]
    lines += [f"{sc['sl']} Stop Loss", num(sl, d.dec)]
    if lev:
        lines += [
            f"{sc['lev']} Leverage",
            rng.choice([f"Cross {lev}x", f"{lev}x", f"Isolated ({lev}X)"]),
        ]
    lines.append(rng.choice([f"ID {rng.randint(100, 9999)} | {ms5_stamp(rng)}", ms5_stamp(rng)]))
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "cornix_autopost_meta",
    "Telegram bots' Cornix-compatible auto-posts with meta lines: 'Signal ID: 48213', 'Exchange(s): Binance Futures, Bybit USDT', 'Signal Type: Regular (Long)', 'Risk Level: 7/10' or 'Medium ⚠️', 'Leverage: Cross (20.0X)', numbered Entry/Take-Profit/Stop Targets",
)
@own_stream
def ms5_cornix_meta(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    ne = rng.choice([1, 2, 2])
    entries = d.ladder(ne) if ne > 1 else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 5), 0.012)
    sl = ms3_far_stop(d, entries, rng.uniform(0.02, 0.04))
    lev = rng.choice([5, 10, 20, 25])
    risk = rng.choice(
        ["Low ✅", "Medium ⚠️", "High 🔥", f"{rng.randint(3, 9)}/10", f"{rng.randint(1, 5)} of 5"]
    )
    lines = [
        f"⚡️⚡️ #{d.base}/USDT ⚡️⚡️",
        f"Signal ID: {rng.randint(10000, 99999)}",
        "Exchange(s): "
        + rng.choice(
            ["Binance Futures, Bybit USDT", "ByBit USDT, OKX Futures, Bitget", "Binance Futures"]
        ),
        f"Signal Type: Regular ({d.side.capitalize()})",
        f"Risk Level: {risk}",
        rng.choice(
            [
                f"Leverage: Cross ({lev}.0X)",
                f"Leverage: Isolated ({lev}X)",
                f"Leverage: Cross {lev}x",
            ]
        ),
        "",
        "Entry Targets:",
    ]
    lines += [f"{i}) {num(v, d.dec)}" for i, v in enumerate(entries, 1)]
    lines += ["", "Take-Profit Targets:"]
    lines += [f"{i}) {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines += ["", "Stop Targets:", f"1) {num(sl, d.dec)}", ""]
    lines.append(
        rng.choice(
            [
                "Published By: @autobot",
                f"Posted: {ms5_stamp(rng)}",
                "Trailing Configuration:\nStop: Breakeven -\n Trigger: Target (1)",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "bot_autopost_compact",
    "auto-posting bots' compact cards: '🤖 AUTO SIGNAL | ID: 48213', 'Coin: #SOL/USDT', 'Position: LONG 📈', 'Exchange(s): …', 'Risk Level: High (3/5)', 'Entry: a' or 'Entry: Market (CMP)', 'Targets: x • y • z', 'Stoploss: s', 'Lev: 10x', '⏰ 04/12 14:00 UTC | valid 24h'",
)
@own_stream
def ms5_bot_compact(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    market_ = rng.random() < 0.3
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.015)
    sl = d.against(rng.uniform(0.015, 0.04))
    lev = rng.choice([5, 10, 15, 20])
    sep = rng.choice([" • ", " | ", " → ", ", "])
    lines = [
        f"🤖 AUTO SIGNAL | ID: {rng.randint(10000, 99999)}",
        f"Coin: #{d.base}/USDT",
        f"Position: {d.side.upper()} {'📈' if d.long else '📉'}",
        "Exchange(s): " + rng.choice(["Binance, Bybit, OKX", "Bybit", "Binance Futures / BingX"]),
        f"Risk Level: {rng.choice(['Low', 'Medium', 'High'])} ({rng.randint(1, 5)}/5)",
        "Entry: "
        + (rng.choice(["Market (CMP)", "CMP", "Market now"]) if market_ else num(d.entry, d.dec)),
        "Targets: " + sep.join(num(v, d.dec) for v in tps),
        f"Stoploss: {num(sl, d.dec)}",
        rng.choice([f"Lev: {lev}x", f"Leverage: {lev}X (cross)", f"Lev {lev}x isolated"]),
        f"⏰ {ms5_stamp(rng)} | valid {rng.choice(['24h', '48h', '12h', '3 days'])}",
    ]
    if market_:
        return "\n".join(lines), signal(
            d, order_type="market", take_profits=tps, stop_loss=sl, leverage=lev
        )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "spot_accumulation_hold",
    "spot-only accumulation posts: '💎 Solana (SOL) — SPOT', 'Buy zone: a – b' or 'Accumulate between a and b', 'Sell targets:' over '🎯 x' lines, 'No leverage • long term hold (3–6 months)', 'Invalidation: weekly close below s'",
)
@own_stream
def ms5_spot_hold(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS5_NAMED)
    d.long, d.sign = True, 1
    entries = zone(d, rng.uniform(0.03, 0.08))
    tps = [
        d.round(entries[1] * m)
        for m in sorted(rng.sample([1.2, 1.35, 1.5, 1.8, 2.0, 2.5, 3.0], rng.randint(2, 4)))
    ]
    sl = d.round(entries[0] * rng.uniform(0.75, 0.88))
    name = rng.choice(MS5_NAMES[d.base])
    head = rng.choice(
        [
            f"💎 {name} ({d.base}) — SPOT",
            f"{name} (${d.base}) spot buy",
            f"#{d.base} | {name} | Spot only",
        ]
    )
    zone_line = rng.choice(
        [
            f"Buy zone: {num(entries[0], d.dec)} – {num(entries[1], d.dec)}",
            f"Accumulate between {num(entries[0], d.dec)} and {num(entries[1], d.dec)}",
            f"Buy zone: ${num(entries[0], d.dec)} - ${num(entries[1], d.dec)}",
        ]
    )
    if rng.random() < 0.5:
        tp_lines = ["Sell targets:", *[f"🎯 {num(v, d.dec)}" for v in tps]]
    else:
        tp_lines = ["Sell targets: " + " / ".join(num(v, d.dec) for v in tps)]
    stop = rng.choice(
        [
            f"Invalidation: weekly close below {num(sl, d.dec)}",
            f"Stop: daily close under {num(sl, d.dec)}",
            f"SL: {num(sl, d.dec)} (on close)",
        ]
    )
    hold = rng.choice(
        [
            "No leverage • long term hold (3–6 months)",
            "Long term hold, no leverage, no futures",
            "Spot only. Hold 6-12 months 🧊",
        ]
    )
    lines = [head, "", zone_line, *tp_lines, stop, hold]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, market="spot"
    )


@style(
    "full_coin_names",
    "coins written by their full names: 'Solana (SOL) LONG', 'Long Shiba Inu', 'Chainlink/USDT short', 'Going long on Cardano' — with or without the ticker beside the name",
)
@own_stream
def ms5_full_names(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS5_NAMED)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    name = rng.choice(MS5_NAMES[d.base])
    form = rng.choice(["paren", "paren", "bare", "pair", "sentence"])
    p = ms3_p(d, rng, 0.2)
    if form == "sentence":
        verb = "long" if d.long else "short"
        text = (
            f"Going {verb} on {name} here at {p(d.entry)}. Targets {', '.join(p(v) for v in tps)}. "
            f"Stop {p(sl)}." + (f" {lev}x leverage." if lev else "")
        )
        return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    head = {
        "paren": f"{name} ({d.base}) {d.side.upper()}",
        "bare": rng.choice([f"{d.side.capitalize()} {name}", f"{name.upper()} — {d.side.upper()}"]),
        "pair": f"{name}/USDT {d.side}",
    }[form]
    lines = [head, f"Entry: {p(d.entry)}", "TP: " + " / ".join(p(v) for v in tps), f"SL: {p(sl)}"]
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "exchange_pair_separators",
    "pairs spelled with exchanges' and charting sites' separators in one-liners and cards: 'BINANCE:SOLUSDT.P — Long 148.2 | TP 150.4 / 152.1 | SL 144 | 10x', 'SOL-USDT-SWAP', 'SOL/USDT:USDT', 'SOL_USDT', 'SOLUSDT PERP'",
)
@own_stream
def ms5_pair_separators(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED + SMALL_CAPS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20, 50])
    pair = ms5_pair(d, rng)
    p = ms3_p(d, rng, 0.0)
    if rng.random() < 0.5:
        text = (
            f"{pair} — {d.side.capitalize()} {p(d.entry)} | TP {' / '.join(p(v) for v in tps)} | SL {p(sl)}"
            + (f" | {lev}x" if lev else "")
        )
    else:
        lines = [
            f"Symbol: {pair}",
            f"Side: {'Buy / Long' if d.long else 'Sell / Short'}",
            f"Entry: {p(d.entry)}",
            *[f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)],
            f"SL: {p(sl)}",
        ]
        if lev:
            lines.append(f"Lev: {lev}x")
        text = "\n".join(lines)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


def ms5_lead_dot(v: float, dec: int) -> str:
    """0.512 as '.512' (the leading zero left out)."""
    return num(v, dec).removeprefix("0")


@style(
    "short_number_forms",
    "numbers written short: '.512' without the leading zero, '0.0₅812' with its zeros counted, '3.41K' / '63.45k' thousands, and scientific notation ('8.12e-6', refused: review)",
)
@own_stream
def ms5_short_numbers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    kind = rng.choice(["dot", "dot", "dot", "sub", "sub", "k", "k", "sci"])
    if kind == "dot":
        d = Draw(rng, [m for m in MARKETS + SMALL_CAPS + MULTIPLIED if 0.1 <= m[2] < 1])
        f = functools.partial(ms5_lead_dot, dec=d.dec)
    elif kind == "sub":
        d = Draw(rng, MEME)
        f = functools.partial(_subscript, dec=d.dec, rng=random.Random(rng.random()))
    elif kind == "k":
        d = Draw(rng, [("BTC", "BTC", 63450.0, 0), ("ETH", "ETH", 3412.0, 0)])
        step = 10 if d.base == "BTC" else 1
        d.entry = round(d.entry / step) * step

        def f(v: float) -> str:
            return f"{v / 1000:g}{'K' if d.base == 'ETH' else 'k'}"
    else:
        d = Draw(rng, MEME)

        def f(v: float) -> str:
            return f"{v:.2e}".replace("e-0", "e-")

    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.04))
    if kind == "k":
        step = 10 if d.base == "BTC" else 1
        tps = [round(v / step) * step for v in tps]
        sl = round(sl / step) * step
    lev = rng.choice([None, 10, 20])
    if rng.random() < 0.5:
        text = f"${d.base} {d.side} {f(d.entry)} tp {' / '.join(f(v) for v in tps)} sl {f(sl)}" + (
            f" {lev}x" if lev else ""
        )
    else:
        lines = [
            f"{'🟢' if d.long else '🔴'} {d.base} {d.side.upper()}",
            f"Entry: {f(d.entry)}",
            "Targets: " + ", ".join(f(v) for v in tps),
            f"Stop: {f(sl)}",
        ]
        if lev:
            lines.append(f"{lev}x")
        text = "\n".join(lines)
    if kind == "sci":
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "dates_times_beside_prices",
    "dates, clock times and validity windows on the lines of the prices: 'Entry 148.2 (04/12 14:00 UTC)', 'TP1 150.4 — by 18:00', 'SL 144 ⏳ valid 24h', 'Posted 05.12.2026 09:30', 'Timeframe: 4h'",
)
@own_stream
def ms5_times_beside(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    stamp = ms5_stamp(rng)
    hour = rng.randint(0, 23)
    lines = [
        f"{ms2_pair(d, rng)} {d.side.upper()} {rng.choice(['⏱', '🕒', ''])}".rstrip(),
        rng.choice(
            [
                f"Entry {p(d.entry)} ({stamp})",
                f"Entry: {p(d.entry)} @ {stamp}",
                f"Entry {p(d.entry)} — posted {stamp}",
            ]
        ),
    ]
    for i, v in enumerate(tps, 1):
        extra = rng.choice(
            ["", f" — by {hour:02d}:00", f" (within {rng.choice([12, 24, 48])}h)", ""]
        )
        lines.append(f"TP{i} {p(v)}{extra}")
    lines.append(
        rng.choice(
            [
                f"SL {p(sl)} ⏳ valid 24h",
                f"SL: {p(sl)} | valid {rng.choice([12, 24, 36])}h",
                f"Stop {p(sl)}, cancel if not filled by {hour:02d}:30 UTC",
            ]
        )
    )
    lines.append(
        rng.choice(
            [
                f"Timeframe: {rng.choice(['4h', '1H', '15m', '1D'])}",
                f"Expires: 2026-12-{rng.randint(6, 28):02d} {hour:02d}:00",
                "",
            ]
        )
    )
    return "\n".join(lines).rstrip(), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- mainstream English, fourth round: measured once before the parser saw it -------------
# Researched from exchange copy-trading share cards and signal-format guides (a position card
# with its entry and mark price beside the trader's own plan), WhatsApp relays (`*bold*`,
# `_italic_`, `~struck~` values, a forwarded header), analysis posts that end in a 'Plan:'
# paragraph, posts with two timeframes of which only one is a trade, stop and limit order
# words ('Buy stop above', 'Stop-limit buy at', 'Place a sell limit at'), zones written as
# 'between a and b' / 'from a down to b' / 'a–b zone (ideal c)', leverage and margin written
# as 'Lev 10 cross', '10x iso', 'ISO 10', and price-first lines ('0.512 in, 0.55 / 0.58 out,
# 0.49 invalidation'). Written anew with drawn prices; each style its own stream.

MS4_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def ms4_mode(rng: random.Random) -> str:
    return rng.choice(["cross", "isolated"])


@style(
    "share_card_with_caption",
    "a copy-trading share card transcribed to text ('Bybit | SOLUSDT Perpetual', 'Long 10x Cross', 'Entry Price 148.2', 'Mark Price 149.1', 'Unrealized ROI +6.1%', 'Referral code') with the trader's plan under it ('My plan: TP 152 / 155, SL 144')",
)
@own_stream
def ms4_share_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    lev = rng.choice([5, 10, 20, 25, 50])
    mode = ms4_mode(rng)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.02)
    sl = d.against(rng.uniform(0.015, 0.03))
    mark = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.006)))
    roi = abs(mark - d.entry) / d.entry * lev * 100
    p = ms3_p(d, rng, 0.0)
    exch = rng.choice(["Bybit", "OKX", "Bitget", "BingX"])
    m = "Cross" if mode == "cross" else rng.choice(["Isolated", "Isolated Margin"])
    head = rng.choice(
        [
            f"{exch} | {d.base}USDT Perpetual",
            f"{exch} Futures · {d.base}USDT Perp",
            f"{d.base}USDT · Perpetual · {exch}",
        ]
    )
    side = d.side.title()
    lines = [
        head,
        rng.choice([f"{side} {lev}x {m}", f"{side} · {m} {lev}x", f"{m} {lev}.00x · {side}"]),
        f"Entry Price {p(d.entry)}",
        f"{rng.choice(['Mark Price', 'Last Price', 'Current Price'])} {p(mark)}",
        f"{rng.choice(['Unrealized ROI', 'ROI', 'Unrealized PnL %'])} +{roi:.2f}%",
        f"Referral code: {rng.choice(['KX8Q2', 'TRADE77', 'VIP2026', 'B9XZ4'])}",
        "",
    ]
    tp_text = " / ".join(p(v) for v in tps)
    lines.append(
        rng.choice(
            [
                f"My plan: TP {tp_text}, SL {p(sl)}",
                f"Targets {tp_text} — stop {p(sl)}",
                f"TP: {tp_text}\nSL: {p(sl)}",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode
    )


@style(
    "whatsapp_italic_relay",
    "WhatsApp relays: a forwarded header, '*🚀 SOL/USDT — LONG*', labels in italics ('_Entry:_ a - b', '_Targets:_ x | y', '_Stop:_ s'), a struck-out old value before the new one ('_Stop:_ ~143~ 144'), leverage in monospace ('```10x```')",
)
@own_stream
def ms4_whatsapp(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    zoned = rng.random() < 0.5
    entries = zone(d, 0.008) if zoned else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.018)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([None, 5, 10, 20])
    lines = [
        rng.choice(["Forwarded", "↪️ Forwarded", "Forwarded many times", "*Forwarded from VIP*"])
    ]
    lines.append(f"*{rng.choice(['🚀', '📢', '⚡'])} {d.base}/USDT — {d.side.upper()}*")
    entry_text = f"{p(entries[0])} - {p(entries[1])}" if zoned else p(d.entry)
    lines.append(f"_Entry:_ {entry_text}")
    sep = rng.choice([" | ", ", ", " - "])
    lines.append(f"_Targets:_ {sep.join(p(v) for v in tps)}")
    if rng.random() < 0.35:
        old = d.round(sl * (1 - d.sign * 0.01))
        lines.append(f"_Stop:_ ~{p(old)}~ {p(sl)}")
    else:
        lines.append(f"_Stop:_ {p(sl)}")
    if lev:
        lines.append(rng.choice([f"_Leverage:_ ```{lev}x```", f"*Lev* {lev}x"]))
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


def ms4_talk(d: Draw, rng: random.Random) -> list[str]:
    """Three paragraphs of market talk with numbers of their own, some of them the coin's."""
    support = d.round(d.entry * (1 - rng.uniform(0.04, 0.07)))
    magnet = d.round(d.entry * (1 + rng.uniform(0.08, 0.12)))
    p = ms3_p(d, rng, 0.0)
    return [
        rng.choice(
            [
                f"BTC dominance slipped to {rng.uniform(52, 58):.1f}% and funding is flat at 0.01%.",
                f"Open interest rose {rng.randint(5, 19)}% overnight while spot volume stayed thin.",
                "Majors chopped all week; alts are finally waking up.",
            ]
        ),
        rng.choice(
            [
                f"On the 4H, {d.base} swept {p(support)} and reclaimed it; RSI {rng.randint(52, 66)}, volume up {rng.randint(8, 30)}% on the day.",
                f"{d.base} printed a higher low at {p(support)} with the 50 EMA curling up.",
            ]
        ),
        rng.choice(
            [
                f"If the market holds, {p(magnet)} is the next magnet on the weekly.",
                f"The big level overhead is {p(magnet)}; a weekly close there changes the picture.",
            ]
        ),
    ]


@style(
    "plan_after_analysis",
    "a signal at the end of a longer analysis post: three paragraphs of market talk with numbers of their own (dominance, RSI, a swept low, a weekly magnet), then 'Plan: long a–b, targets x / y, stop s (10x)' or a 'Plan:' paragraph of labelled lines",
)
@own_stream
def ms4_plan_after(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    zoned = rng.random() < 0.4
    entries = zone(d, 0.006) if zoned else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([None, 5, 10])
    talk = ms4_talk(d, rng)
    entry_text = f"{p(entries[0])}–{p(entries[1])}" if zoned else p(d.entry)
    if rng.random() < 0.5:
        plan = (
            f"Plan: {d.side} {entry_text}, targets {' / '.join(p(v) for v in tps)}, "
            f"stop {p(sl)}" + (f" ({lev}x)." if lev else ".")
        )
    else:
        plan = "\n".join(
            [
                f"Plan ({d.base} {d.side}):",
                f"Entry {entry_text}",
                "TP " + " / ".join(p(v) for v in tps),
                f"SL {p(sl)}",
                *([f"Lev {lev}x"] if lev else []),
            ]
        )
    text = f"{d.base} update 🧵\n\n" + "\n\n".join([*talk, plan])
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "two_timeframes_one_trade",
    "two timeframes' plans of which only one is a trade: 'Daily: bullish above 139, bigger target 170 — no position yet' beside '4H trade (active): Long 148.2, TP 152 / 155, SL 144, 5x'",
)
@own_stream
def ms4_two_timeframes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    lev = rng.choice([None, 5, 10])
    key = d.round(d.entry * (1 - d.sign * rng.uniform(0.05, 0.08)))
    big = d.round(d.entry * (1 + d.sign * rng.uniform(0.12, 0.18)))
    bias = "bullish above" if d.long else "bearish below"
    idea = rng.choice(
        [
            f"Daily: {bias} {p(key)}, bigger target {p(big)} — no position yet.",
            f"Weekly view: {bias} {p(key)}; {p(big)} is the swing objective. Not a trade, just the map.",
            f"HTF (1D): watching {p(key)} for a retest, {p(big)} later. Will post separately if it triggers.",
        ]
    )
    tf = rng.choice(["4H trade (active)", "Scalp (15m) — live", "1H setup ✅ ACTIVE"])
    trade = (
        f"{tf}: {d.side.title()} {p(d.entry)}, TP {' / '.join(p(v) for v in tps)}, SL {p(sl)}"
        + (f", {lev}x" if lev else "")
    )
    lines = [f"#{d.base} — two timeframes", ""]
    lines += [idea, trade] if rng.random() < 0.5 else [trade, idea]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "stop_and_limit_order_words",
    "pending-order words: 'Buy stop above 0.5312', 'Sell stop below 0.5312', 'Stop-limit buy at 0.5312', 'Place a sell limit at 0.512', 'Limit order — buy 0.512', then 'TP1 / TP2' and 'SL' lines",
)
@own_stream
def ms4_stop_limit(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    verb = "buy" if d.long else "sell"
    form = rng.choice(["stop", "stoplimit", "place", "limit_order"])
    if form == "stop":
        line = f"{verb.title()} stop {'above' if d.long else 'below'} {p(d.entry)}"
    elif form == "stoplimit":
        line = f"Stop-limit {verb} at {p(d.entry)}"
    elif form == "place":
        line = f"Place a {verb} limit at {p(d.entry)}"
    else:
        line = f"Limit order — {verb} {p(d.entry)}"
    lines = [f"{ms2_pair(d, rng)}", line]
    lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {p(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "between_and_down_to_zones",
    "entry zones in words: 'Entry between 0.505 and 0.512', 'Buy from 0.512 down to 0.505', 'Short from 0.505 up to 0.512', '0.505–0.512 zone (ideal 0.508)', 'Accumulate 0.505 to 0.512, best fill 0.508'",
)
@own_stream
def ms4_between(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    entries = zone(d, rng.choice([0.008, 0.015]))
    lo, hi = entries
    ideal = d.round((lo + hi) / 2)
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    near, far = (hi, lo) if d.long else (lo, hi)
    form = rng.choice(["between", "down_to", "zone_ideal", "best_fill"])
    head = f"{ms2_pair(d, rng)} {d.side.upper()}"
    if form == "between":
        line = f"Entry between {p(lo)} and {p(hi)}"
    elif form == "down_to":
        word = "Buy" if d.long else "Short"
        line = f"{word} from {p(near)} {'down' if d.long else 'up'} to {p(far)}"
    elif form == "zone_ideal":
        line = f"{p(lo)}–{p(hi)} zone (ideal {p(ideal)})"
    else:
        line = f"{'Accumulate' if d.long else 'Sell into'} {p(lo)} to {p(hi)}, best fill {p(ideal)}"
    lines = [
        head,
        line,
        "Targets: " + " / ".join(p(v) for v in tps),
        f"Stop: {p(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "leverage_margin_spellings",
    "leverage and margin as channels abbreviate them: 'Lev 10 cross', '10x iso', 'ISO 10', 'Cross 25', '20x ISO', 'Margin: ISO | Lev: 15', '⚙️ 10X (Isolated)', on the header or a line of their own",
)
@own_stream
def ms4_lev_margin(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    lev = rng.choice([5, 10, 15, 20, 25])
    mode = ms4_mode(rng)
    short = "cross" if mode == "cross" else "iso"
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    form = rng.choice(["lev_mode", "x_mode", "mode_num", "margin_pipe", "gear"])
    if form == "lev_mode":
        lv = f"Lev {lev} {short}"
    elif form == "x_mode":
        lv = f"{lev}x {rng.choice([short, short.upper()])}"
    elif form == "mode_num":
        lv = f"{short.upper()} {lev}"
    elif form == "margin_pipe":
        lv = f"Margin: {short.upper()} | Lev: {lev}"
    else:
        lv = f"⚙️ {lev}X ({mode.title()})"
    on_header = rng.random() < 0.4 and form != "margin_pipe"
    head = f"{ms2_pair(d, rng)} {d.side.upper()}" + (f" {lv}" if on_header else "")
    lines = [head, f"Entry: {p(d.entry)}"]
    lines.append("TP: " + " - ".join(p(v) for v in tps))
    lines.append(f"SL: {p(sl)}")
    if not on_header:
        lines.insert(1, lv)
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode
    )


@style(
    "price_first_in_out",
    "price-first English lines: '0.512 entry, 0.55 / 0.58 targets, 0.49 invalidation', 'Long SOL — 148.2 in, 152/155 out, 144 stop', '148.2 long · 152 & 155 tp · 144 sl'",
)
@own_stream
def ms4_price_first(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS4_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.0)
    form = rng.choice(["invalidation", "in_out", "dot_sep"])
    if form == "invalidation":
        text = (
            f"{ms2_pair(d, rng)} {d.side}\n{p(d.entry)} entry, "
            f"{' / '.join(p(v) for v in tps)} targets, {p(sl)} invalidation"
        )
    elif form == "in_out":
        text = (
            f"{d.side.title()} {d.base} — {p(d.entry)} in, "
            f"{'/'.join(p(v) for v in tps)} out, {p(sl)} stop"
        )
    else:
        amp = " & ".join(p(v) for v in tps)
        text = f"${d.base}: {p(d.entry)} {d.side} · {amp} tp · {p(sl)} sl"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- mainstream English, fifth round, second set: measured once before the parser saw it ---
# The same families written otherwise: dates with dots before a clock time beside prices of
# coins priced like a date ('05.12 14:00'), zones written short ('.505 - .512', '0.0₅812 –
# 0.0₅790', '3.4K-3.45K'), coins' names in small letters inside a sentence ('shorting chainlink
# at 15.75'), and bot headers that put side, exchange, id and risk on one line.


@style(
    "dotted_date_clock_beside_prices",
    "a date written with dots before a clock time beside the prices of coins priced like a date: 'Entry 6.42 — 05.12 14:00 UTC', 'Posted 12.11 09:30', 'SL 6.21 (till 06.12 00:00)'",
)
@own_stream
def ms5b_dotted_dates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MARKETS + SMALL_CAPS if 1 <= m[2] <= 40])
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    day, month, hour = rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 23)
    stamp = f"{day:02d}.{month:02d} {hour:02d}:{rng.choice([0, 15, 30, 45]):02d}"
    lines = [f"#{d.base}USDT {d.side.upper()}"]
    lines.append(
        rng.choice(
            [
                f"Entry {num(d.entry, d.dec)} — {stamp} UTC",
                f"Entry: {num(d.entry, d.dec)} ({stamp})",
                f"Posted {stamp}\nEntry: {num(d.entry, d.dec)}",
            ]
        )
    )
    lines.append("Targets: " + " / ".join(num(v, d.dec) for v in tps))
    end = f"{min(day + 1, 28):02d}.{month:02d} 00:00"
    lines.append(
        rng.choice(
            [
                f"SL {num(sl, d.dec)} (till {end})",
                f"SL: {num(sl, d.dec)}",
                f"Stop {num(sl, d.dec)}, valid until {end}",
            ]
        )
    )
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "short_number_zones",
    "entry zones written short: '.505 - .512' without leading zeros, '0.0₅812 – 0.0₅790' with zeros counted, '3.4K-3.45K' / '63.2k to 63.5k' thousands",
)
@own_stream
def ms5b_short_zones(rng: random.Random) -> tuple[str, dict[str, Any]]:
    kind = rng.choice(["dot", "dot", "sub", "k"])
    if kind == "dot":
        d = Draw(rng, [m for m in MARKETS + SMALL_CAPS + MULTIPLIED if 0.1 <= m[2] < 0.9])
        f = functools.partial(ms5_lead_dot, dec=d.dec)
        width = 0.012
    elif kind == "sub":
        d = Draw(rng, MEME)
        sub = random.Random(rng.random())

        def f(v: float) -> str:
            return _subscript(v, d.dec, sub) if sub.random() < 2 else ""

        width = 0.025
    else:
        d = Draw(rng, [("BTC", "BTC", 63450.0, 0), ("ETH", "ETH", 3412.0, 0)])
        step = 100 if d.base == "BTC" else 10
        d.entry = round(d.entry / step) * step

        def f(v: float) -> str:
            return f"{v / 1000:g}{rng.choice(['k', 'K'])}"

        width = 0.006
    entries = zone(d, width)
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.02, 0.035))
    if kind == "k":
        step = 100 if d.base == "BTC" else 10
        entries = [round(v / step) * step for v in entries]
        tps = [round(v / step) * step for v in tps]
        sl = round(sl / step) * step
    sep = rng.choice([" - ", " – ", " to ", "-"])
    lines = [
        f"{'🟢' if d.long else '🔴'} ${d.base} {d.side.upper()}",
        f"Entry zone: {f(entries[0])}{sep}{f(entries[1])}",
        "TP: " + " / ".join(f(v) for v in tps),
        f"SL: {f(sl)}",
    ]
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "lowercase_name_sentences",
    "coins' names in small letters inside a sentence: 'shorting chainlink at 15.75, tp 15.5 / 15.3, sl 16.1, 10x', 'longing solana here 148.2 — targets 150 and 152, stop 144'",
)
@own_stream
def ms5b_lowercase_names(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MS5_NAMED if m[0] not in ("BNB", "XRP", "SEI", "SUI", "PEPE")])
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    name = MS5_NAMES[d.base][0].lower()
    verb = (
        ("longing" if d.long else "shorting")
        if rng.random() < 0.6
        else ("going long on" if d.long else "going short on")
    )
    if rng.random() < 0.5:
        text = (
            f"{verb} {name} at {num(d.entry, d.dec)}, tp {' / '.join(num(v, d.dec) for v in tps)}, "
            f"sl {num(sl, d.dec)}" + (f", {lev}x" if lev else "")
        )
    else:
        tl = " and ".join(num(v, d.dec) for v in tps)
        text = (
            f"{verb} {name} here {num(d.entry, d.dec)} — target{'s' if len(tps) > 1 else ''} {tl}, "
            f"stop {num(sl, d.dec)}" + (f" ({lev}x)" if lev else "")
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "bot_header_meta_line",
    "bots that put side, exchange, id and risk on one header line: 'LONG | Binance Futures | Signal ID #4821 | Risk 3/5', then 'Pair: SOL-USDT-SWAP', 'Entry:', 'TP1:'…, 'SL:', footer 'Posted 04/12 14:00 UTC · expires in 24h'",
)
@own_stream
def ms5b_header_meta(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED + SMALL_CAPS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.012)
    sl = d.against(rng.uniform(0.015, 0.035))
    lev = rng.choice([None, 5, 10, 20])
    exch = rng.choice(["Binance Futures", "Bybit", "OKX", "Bitget"])
    head = " | ".join(
        [
            d.side.upper(),
            exch,
            f"Signal ID #{rng.randint(100, 99999)}",
            f"Risk {rng.randint(1, 5)}/5",
        ]
    )
    lines = [head, f"Pair: {ms5_pair(d, rng)}", f"Entry: {num(d.entry, d.dec)}"]
    lines += [f"TP{i}: {num(v, d.dec)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {num(sl, d.dec)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    lines.append(f"Posted {ms5_stamp(rng)} · expires in {rng.choice([12, 24, 48])}h")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- mainstream English, sixth round: measured once before the parser saw it --------------
# Layouts from copier bots' test messages, strategy bots' alerts, signal-reading guides, X
# calls and copy-trading share posts: bold alert cards with risk colours and size ranges, bots
# printing six decimals beside a risk/reward 'x', target percentages before the price with the
# share to close after it, targets before the entry, stacked emojis before mixed-case labels,
# R multiples and stop percentages beside the levels, ids, links and disclaimers around the
# card, market entries with size and margin lines, position sizes in coins beside
# comma-thousands prices, lowercase X calls, copy-trading share sentences and arrow ladders.


def ms6_p(d: Draw, rng: random.Random, dollar: float = 0.3) -> Callable[[float], str]:
    """A price as the post writes it: comma thousands or not, with a '$' or not."""
    comma = rng.random() < 0.6
    sign = rng.random() < dollar

    def p(v: float) -> str:
        text = num(v, d.dec, "comma" if comma else "plain")
        return "$" + text if sign else text

    return p


def ms6_pct(a: float, b: float) -> float:
    """The move from ``a`` to ``b`` in percent, unsigned."""
    return abs(b - a) / a * 100


@style(
    "bold_alert_size_type",
    "bold alert cards: '**TRADING SIGNAL ALERT**', '**📝PAIR:** TIA/USDT __(LOW RISK)__🟢' (a risk colour, not the side), '**TYPE:** __SWING 🚀__', '**SIZE: 1-4%**', '**SIDE:** __SHORT📉__', values in code spans, '**⚖️LEVERAGE:** 16x'",
)
@own_stream
def ms6_bold_alert(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.3
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(1, 4), 0.012)
    sl = ms3_far_stop(d, entries, rng.uniform(0.01, 0.03))
    lev = rng.choice([None, 5, 10, 16, 25])
    risk, dot = rng.choice([("LOW RISK", "🟢"), ("MEDIUM RISK", "🟡"), ("HIGH RISK", "🔴")])
    kind = rng.choice(["SWING 🚀", "SCALP ⚡", "DAY TRADE", "MID-TERM"])
    lo = rng.randint(1, 3)
    size = f"{lo}-{lo + rng.randint(1, 4)}%"
    arrow = "📈" if d.long else "📉"
    entry_txt = (
        f"`{num(entries[0], d.dec)}` - `{num(entries[1], d.dec)}`"
        if is_zone and rng.random() < 0.5
        else (
            f"`{num(entries[0], d.dec)} - {num(entries[1], d.dec)}`"
            if is_zone
            else f"`{num(d.entry, d.dec)}`"
        )
    )
    head = rng.choice(["**TRADING SIGNAL ALERT**", "**🚨 SIGNAL ALERT 🚨**", "**NEW TRADE ALERT**"])
    body = [
        f"**📝PAIR:** {d.base}/USDT __({risk})__{dot}",
        "",
        f"**TYPE:** __{kind}__",
        f"**SIZE: {size}**",
        f"**SIDE:** __{d.side.upper()}{arrow}__",
        "",
        f"**📍ENTRY:** {entry_txt}",
        f"**✖️SL:** `{num(sl, d.dec)}`",
        "",
        "**💰TAKE PROFIT TARGETS:**",
    ]
    body += [f"**TP{i}:** `{num(v, d.dec)}`" for i, v in enumerate(tps, 1)]
    if lev:
        body += ["", f"**⚖️LEVERAGE:** {lev}x"]
    return "\n".join([head, "", *body]), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "strategy_bot_fixed_decimals",
    "strategy-bot alerts: '🚀 BUY SIGNAL - BTCUSDT' over a rule of '=', prices printed with six or more decimals ('43250.500000'), '📊 Risk/Reward: 3.0x' (no leverage), '⏰ Timeframe: 15m entry, 1h trend', '💡 Strategy: EMA 20/50 cross'",
)
@own_stream
def ms6_strategy_bot(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    places = max(6, d.dec)
    tps = ms3_tps(d, [d.entry], rng.choice([1, 1, 2, 3]), 0.02)
    sl = d.against(rng.uniform(0.008, 0.02))
    lev = rng.choice([None, None, 5, 10])
    word = "BUY" if d.long else "SELL"
    head = rng.choice(
        [
            f"🚀 {word} SIGNAL - {d.base}USDT",
            f"{'🟢' if d.long else '🔴'} {word} SIGNAL — {d.base}/USDT",
        ]
    )
    lines = [head, "=" * rng.choice([16, 24]), "", f"📍 Entry: {fixed(d.entry, places)}"]
    lines.append(f"🛑 Stop Loss: {fixed(sl, places)}")
    if len(tps) == 1:
        lines.append(f"🎯 Take Profit: {fixed(tps[0], places)}")
    else:
        lines += [f"🎯 Take Profit {i}: {fixed(v, places)}" for i, v in enumerate(tps, 1)]
    rr = abs(tps[-1] - d.entry) / abs(d.entry - sl)
    lines += ["", f"📊 Risk/Reward: {rr:.1f}x"]
    if lev:
        lines.append(f"⚙️ Leverage: {lev}x")
    lines.append(
        "⏰ Timeframe: "
        + rng.choice(["15m entry, 1h trend", "5m entry, 15m trend", "1h", "4H / 1D bias"])
    )
    lines.append(
        "💡 Strategy: "
        + rng.choice(
            [
                "Triple EMA + Breakout",
                "EMA 20/50 cross",
                "RSI(14) divergence + VWAP reclaim",
                "MACD 12/26/9 flip",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "tp_percent_before_price_allocation",
    "targets with their percentage before the price and the share to close after it: 'TP1 (+3%): $66,200 — close 30% of position', 'SL: $62,100 (-3.5%)', 'Leverage: 3x Isolated', 'Confidence: 8/10'",
)
@own_stream
def ms6_tp_pct_alloc(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, 0.005) if rng.random() < 0.6 else [d.entry]
    tps = ms3_tps(d, entries, 3, 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.04))
    p = ms6_p(d, rng, 0.7)
    ref = entries[0] if len(entries) == 1 else (entries[0] + entries[1]) / 2
    lev = rng.choice([2, 3, 5, 10])
    mode = rng.choice(["Isolated", "Cross"])
    conf = rng.randint(6, 9)
    shares = rng.choice([(30, 40, 30), (50, 30, 20), (40, 30, 30)])
    entry_txt = p(entries[0]) if len(entries) == 1 else f"{p(entries[0])} - {p(entries[1])}"
    lines = [
        f"{d.base}/USDT — {d.side.upper()}",
        f"Entry: {entry_txt}",
    ]
    for i, (v, s) in enumerate(zip(tps, shares, strict=True), 1):
        tail = "close remaining" if i == 3 else "close"
        lines.append(
            f"TP{i} (+{ms6_pct(ref, v):.0f}%): {p(v)} — {tail} {s}%"
            + (" of position" if i == 1 else "")
        )
    lines.append(f"SL: {p(sl)} (-{ms6_pct(ref, sl):.1f}%)")
    lines.append(f"Leverage: {lev}x {mode}")
    lines.append(f"Confidence: {conf}/10")
    return "\n".join(lines), signal(
        d,
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
        confidence=round(conf / 10, 4),
    )


@style(
    "targets_first_setup",
    "setups that list the targets first and the entry last: '#ICNT SHORT SETUP', 'Target 1: $0.2045' …, 'Stop: $0.22', then 'Entry: $0.208 – $0.21', 'Leverage: 5x-10x'; blank lines between",
)
@own_stream
def ms6_targets_first(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.6
    entries = zone(d, 0.01) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.04))
    p = ms6_p(d, rng, 0.6)
    lo, hi = rng.choice([(5, 10), (3, 5), (10, 20), (10, 10)])
    lev_txt = f"{hi}x" if lo == hi else f"{lo}x-{hi}x"
    head = rng.choice(
        [
            f"#{d.base} {d.side.upper()} SETUP",
            f"{d.base}/USDT — {d.side} setup",
            f"${d.base} {d.side.title()} Setup 📊",
        ]
    )
    lines = [head, ""]
    lines += [f"Target {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines += ["", f"{rng.choice(['Stop', 'SL', 'Stop loss'])}: {p(sl)}", ""]
    sep = rng.choice([" – ", " - ", " to "])
    lines.append(
        f"Entry: {p(entries[0])}{sep}{p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}"
    )
    lines.append(f"Leverage: {lev_txt}")
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=hi)


@style(
    "stacked_emoji_mixed_case_labels",
    "two emojis before every label and labels in any case: '🔥🔥 #SOL/usdt 🔥🔥', '📈📈 Direction ➜ long', '💵💰 ENTRY zone ➜ a - b', '🎯🎯 tP 1 ➜ x', '🛑⛔ stop LOSS ➜ s', '⚡⚡ LEVERAGE ➜ 20X'; separators '➜', '»', '=>', '::'; blank lines",
)
@own_stream
def ms6_stacked_emoji(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.5
    entries = zone(d, 0.01) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.035))
    lev = rng.choice([10, 20, 25, 50])
    p = ms6_p(d, rng, 0.3)
    sep = rng.choice(["➜", "»", "=>", "::"])

    def case(word: str) -> str:
        return rng.choice(
            [word.upper(), word.lower(), word.title(), word[0].lower() + word[1:].upper()]
        )

    pair = rng.choice(
        [f"#{d.base}/usdt", f"#{d.base}/USDT", f"{d.base.lower()}usdt", f"#{d.base}USDT"]
    )
    side = rng.choice([d.side, d.side.upper(), d.side.title()])
    entry_label = case("entry") + (" " + case("zone") if is_zone else "")
    entry_txt = f"{p(entries[0])} - {p(entries[1])}" if is_zone else p(d.entry)
    lines = [
        f"🔥🔥 {pair} 🔥🔥",
        "",
        f"{'📈📈' if d.long else '📉📉'} {case('direction')} {sep} {side}",
        "",
        f"💵💰 {entry_label} {sep} {entry_txt}",
        "",
    ]
    tp_word = rng.choice(["tP", "Tp", "TP", "tp"])
    icons = ["🎯🎯", "✅🎯", "🎯💸", "🎯🚀"]
    lines += [f"{icons[(i - 1) % 4]} {tp_word} {i} {sep} {p(v)}" for i, v in enumerate(tps, 1)]
    lines += ["", f"🛑⛔ {case('stop')} {case('loss')} {sep} {p(sl)}", ""]
    lines.append(f"⚡⚡ {case('leverage')} {sep} {lev}{rng.choice(['X', 'x'])}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "rr_and_percent_beside_levels",
    "R multiples and stop percentages beside the levels: 'TP1: 150.4 | 0.5R', 'TP2: 152.1 (RR 1:1.2)', 'TP3 155 — 1.6R', 'SL: 144 (−2.83%)' with a true minus, 'Lev: 10x (cross)'",
)
@own_stream
def ms6_rr_beside(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 4), 0.012)
    sl = d.against(rng.uniform(0.01, 0.03))
    lev = rng.choice([None, 5, 10, 20])
    mode = rng.choice(["cross", "isolated"])
    p = ms6_p(d, rng, 0.25)
    risk = abs(d.entry - sl)
    form = rng.choice(["bar", "rr", "dash", "bracket"])

    def r_text(v: float) -> str:
        r = abs(v - d.entry) / risk
        return {
            "bar": f" | {r:.1f}R",
            "rr": f" (RR 1:{r:.1f})",
            "dash": f" — {r:.1f}R",
            "bracket": f" [R:R {r:.1f}]",
        }[form]

    minus = rng.choice(["−", "-", "–"])
    stop_pct = ms6_pct(d.entry, sl)
    stop_note = rng.choice(
        [f" ({minus}{stop_pct:.2f}%)", f" = {minus}{stop_pct:.1f}%", f" (risk {stop_pct:.1f}%)"]
    )
    lines = [
        f"{d.base} {d.side.upper()} {'🟢' if d.long else '🔴'}",
        f"Entry: {p(d.entry)}",
        f"SL: {p(sl)}{stop_note}",
    ]
    lines += [f"TP{i}: {p(v)}{r_text(v)}" for i, v in enumerate(tps, 1)]
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    if lev:
        lines.append(f"Lev: {lev}x ({mode})")
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "id_header_links_disclaimer",
    "cards between rules with an id header, links and a disclaimer: '🔔 Signal ID: ALP-2291 | #LINKUSDT', '━━━━', 'Side: SHORT 🔴', levels, '📊 Chart: https://www.tradingview.com/x/Ab12Cd34/', '💬 t.me/…/4412', '⚠️ Not financial advice. Never risk more than 2% per trade.'",
)
@own_stream
def ms6_id_links(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.01) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.035))
    lev = rng.choice([None, 5, 10, 20])
    p = ms6_p(d, rng, 0.2)
    sid = rng.choice(
        [
            f"Signal ID: {rng.choice(['ALP', 'VX', 'KT'])}-{rng.randint(100, 9999)}",
            f"Signal #{rng.randint(100, 9999)}",
            f"Call No. {rng.randint(1, 999):04d}",
        ]
    )
    rule = rng.choice(["━━━━━━━━━━━━", "──────────", "➖➖➖➖➖➖"])
    code = "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8)
    )
    lines = [
        f"🔔 {sid} | #{d.base}USDT",
        rule,
        f"Side: {d.side.upper()} {'🟢' if d.long else '🔴'}",
    ]
    sep = rng.choice([" - ", " / ", ", "])
    lines.append(f"Entry: {p(entries[0])} - {p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}")
    lines.append("Targets: " + sep.join(p(v) for v in tps))
    lines.append(f"Stop: {p(sl)}")
    if lev:
        lines.append(f"Lev: {lev}x")
    lines.append(rule)
    lines.append(f"📊 Chart: https://www.tradingview.com/x/{code}/")
    if rng.random() < 0.6:
        lines.append(
            f"💬 Discuss: t.me/{rng.choice(['alphacalls', 'vxtrades', 'kt_signals'])}_chat/{rng.randint(100, 9999)}"
        )
    lines.append(
        "⚠️ "
        + rng.choice(
            [
                f"Not financial advice. Never risk more than {rng.randint(1, 3)}% per trade.",
                "DYOR — this is not investment advice.",
                f"Trade at your own risk. Use max {rng.randint(1, 5)}% of your portfolio.",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "market_now_size_margin",
    "market entries with size and margin lines: '⚡ $AVAX — OPEN SHORT NOW (market)', 'Order type: Market', 'Entry: CMP' or 'Enter at market 🏃', 'Margin: Isolated | Leverage: 15x', 'Size: 2% of balance'",
)
@own_stream
def ms6_market_now(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([5, 10, 15, 20])
    mode = rng.choice(["Isolated", "Cross"])
    p = ms6_p(d, rng, 0.3)
    verb = (
        ("OPEN LONG" if d.long else "OPEN SHORT")
        if rng.random() < 0.5
        else ("BUY" if d.long else "SELL")
    )
    head = rng.choice(
        [
            f"⚡ ${d.base} — {verb} NOW (market)",
            f"⚡ {verb} #{d.base}USDT NOW",
            f"🏃 ${d.base}: {verb} at market",
        ]
    )
    lines = [head]
    lines.append(
        rng.choice(
            ["Order type: Market", "Entry: CMP", "Enter at market 🏃", "Entry: market price"]
        )
    )
    lines.append(
        rng.choice(
            [
                f"Margin: {mode} | Leverage: {lev}x",
                f"{mode} {lev}x",
                f"Leverage: {lev}x ({mode.lower()})",
            ]
        )
    )
    lines.append(
        rng.choice(
            [
                f"Size: {rng.randint(1, 5)}% of balance",
                f"Risk: {rng.choice(['0.5', '1', '2'])}% per trade",
                "Size: small",
            ]
        )
    )
    lines.append("TP: " + " / ".join(p(v) for v in tps))
    lines.append(f"SL: {p(sl)}")
    return "\n".join(lines), signal(
        d,
        order_type="market",
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
        margin_mode=mode.lower(),
    )


MS6_BIG = [m for m in MARKETS if m[2] >= 80]


@style(
    "thousands_size_in_coin",
    "comma-thousands prices beside a size in coins and its dollar value: 'BTCUSDT Perp · Long', 'Entry: 63,450 – 63,800', 'TP: 64,200 | 65,000 | 66,500', 'SL: 62,150', 'Size: 0.05 BTC (~$3,180)', 'Risk: 1% of account', 'Lev: x25 · Margin: CROSS'",
)
@own_stream
def ms6_size_in_coin(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS6_BIG + [m for m in MARKETS if m[2] < 1])
    is_zone = rng.random() < 0.6
    entries = zone(d, 0.005) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.01)
    sl = ms3_far_stop(d, entries, rng.uniform(0.01, 0.025))
    lev = rng.choice([10, 20, 25])
    mode = rng.choice(["CROSS", "ISOLATED", "Cross", "Isolated"])
    dollars = rng.choice([500, 1000, 2500, 5000])
    qty = dollars / d.entry
    qty_txt = f"{qty:.3f}" if qty < 10 else f"{round(qty):,}"
    p = ms6_p(d, rng, 0.3)
    sep = rng.choice([" – ", " - "])
    lines = [
        f"{d.base}USDT {rng.choice(['Perp', 'Perpetual', 'PERP'])} · {d.side.title()}",
        f"Entry: {p(entries[0])}{sep}{p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}",
        "TP: " + " | ".join(p(v) for v in tps),
        f"SL: {p(sl)}",
        f"Size: {qty_txt} {d.base} (~${dollars:,})",
        f"Risk: {rng.choice(['1', '0.5', '2'])}% of account",
        f"Lev: x{lev} · Margin: {mode}",
    ]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode.lower()
    )


@style(
    "x_call_lowercase_thread",
    "X calls in small letters: '$sol long here 🫡', 'entry 148.2-147.5', 'tp 152 / 155 / 160', 'sl 144', 'lev 10x', then 'nfa dyor 👇 #Solana #crypto', an '@' hat tip or a chart link",
)
@own_stream
def ms6_x_call(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.5
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(1, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.04))
    lev = rng.choice([None, 5, 10, 20])
    tag = rng.choice([f"${d.base.lower()}", f"${d.base}"])
    head = rng.choice(
        [f"{tag} {d.side} here 🫡", f"{d.side}ing {tag} 👀", f"{tag} — {d.side}, small size"]
    )
    shown = entries[::-1] if is_zone and rng.random() < 0.5 else entries
    lines = [head, ""]
    lines.append("entry " + "-".join(num(v, d.dec) for v in shown))
    lines.append("tp " + " / ".join(num(v, d.dec) for v in tps))
    lines.append(f"sl {num(sl, d.dec)}")
    if lev:
        lines.append(f"lev {lev}x")
    lines.append("")
    lines.append(
        rng.choice(
            [
                f"nfa dyor 👇 #{d.base} #crypto",
                f"h/t @{rng.choice(['whale_watch', 'chartguy88', 'degen_mike'])} for the chart",
                f"chart: https://x.com/{rng.choice(['trader', 'charts'])}/status/{rng.randint(10**17, 10**18)}",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "copytrade_sentence_share",
    "copy-trading share posts in a sentence: 'Just opened a LONG on SOLUSDT (Bitget Futures) — 20x isolated.', 'Avg. open price: 148.2', 'TP: 152 · SL: 144', 'Copy my trades 👉 https://…'; 'New position: ETH-USDT-SWAP Short 10x cross @ 3,412.5 | TP … | SL … | copy on OKX'",
)
@own_stream
def ms6_copytrade_sentence(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 2), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([5, 10, 20, 25])
    mode = rng.choice(["isolated", "cross"])
    p = ms6_p(d, rng, 0.2)
    uid = rng.randint(10**6, 10**9)
    if rng.random() < 0.5:
        exch = rng.choice(["Bitget Futures", "Bybit", "Binance Futures"])
        lines = [
            f"Just opened a {d.side.upper()} on {d.base}USDT ({exch}) — {lev}x {mode}.",
            f"Avg. open price: {p(d.entry)}",
            "TP: " + " / ".join(p(v) for v in tps) + f" · SL: {p(sl)}",
            f"Copy my trades 👉 https://www.bitget.com/copy-trading/trader/{uid}/futures",
        ]
    else:
        lines = [
            f"New position: {d.base}-USDT-SWAP {d.side.title()} {lev}x {mode} @ {p(d.entry)} | "
            + "TP "
            + " / ".join(p(v) for v in tps)
            + f" | SL {p(sl)} | copy on OKX: https://www.okx.com/join/{uid}"
        ]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode
    )


@style(
    "arrow_dca_ladder_weights",
    "ladders and lists chained with arrows, each order's weight after it: 'DCA ➤ 0.4512 (40%) ➤ 0.4485 (30%) ➤ 0.4458 (30%)', 'Targets ➤ 0.46 ➤ 0.47 ➤ 0.48', 'SL ➤ 0.437', 'Lev: 5x'",
)
@own_stream
def ms6_arrow_ladder(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n = rng.randint(2, 3)
    entries = d.ladder(n)
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 3, 5, 10])
    arrow = rng.choice([" ➤ ", " → ", " ▸ "])
    weights = rng.choice([[40, 30, 30], [50, 25, 25], [34, 33, 33]])[:n]
    if n == 2:
        weights = [50, 50]
    p = ms6_p(d, rng, 0.3)
    label = rng.choice(["DCA", "Entries", "Buy ladder" if d.long else "Sell ladder"])
    lines = [f"#{d.base}/USDT  {d.side.upper()}"]
    lines.append(
        label + arrow + arrow.join(f"{p(v)} ({w}%)" for v, w in zip(entries, weights, strict=True))
    )
    lines.append("Targets" + arrow + arrow.join(p(v) for v in tps))
    lines.append("SL" + arrow + p(sl))
    if lev:
        lines.append(f"Lev: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- mainstream English, sixth round, second set: measured once before the parser saw it ---
# The sixth round's families written otherwise, after its first set's rules: every field on
# one line split by dashes, lists with their count in the label, the market's price noted
# beside a limit entry, margin given as an amount of USDT, win-rate and results headers above
# the card, durations and validity windows, and side, leverage and margin as bracketed tags.


@style(
    "dash_separated_fields_line",
    "every field on one line split by dashes: 'ETH - Long - Entry 3,412.5 - TP 3,480 / 3,550 - SL 3,350 - 10x', 'SOL — SHORT — Entry: 148.2 — Targets: 145, 142 — Stop: 151 — Lev 20x'",
)
@own_stream
def ms6b_dash_fields(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10, 20])
    p = ms6_p(d, rng, 0.25)
    sep = rng.choice([" - ", " — ", " – "])
    side = rng.choice([d.side.title(), d.side.upper()])
    coin = rng.choice([d.base, f"#{d.base}", f"{d.base}/USDT", f"${d.base}"])
    colon = rng.choice(["", ":"])
    tp_label, tp_join = rng.choice([("TP", " / "), ("Targets", ", "), ("TPs", " / ")])
    stop_label = rng.choice(["SL", "Stop"])
    parts = [
        coin,
        side,
        f"Entry{colon} {p(d.entry)}",
        f"{tp_label}{colon} " + tp_join.join(p(v) for v in tps),
        f"{stop_label}{colon} {p(sl)}",
    ]
    if lev:
        parts.append(rng.choice([f"{lev}x", f"Lev {lev}x"]))
    return sep.join(parts), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "counted_lists",
    "lists with their count in the label: 'Entries (2): a / b', 'Take profit (4 targets): a, b, c, d', '3 targets ➜ a | b | c', 'Targets x3:', 'SL (1): s'",
)
@own_stream
def ms6b_counted_lists(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n_entries = rng.choice([1, 2, 2, 3])
    entries = d.ladder(n_entries)
    n = rng.randint(2, 5)
    tps = ms3_tps(d, entries, n, 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.035))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.3)
    lines = [f"{'🟢' if d.long else '🔴'} {d.base}USDT {d.side.upper()}"]
    if n_entries == 1:
        lines.append(f"Entry: {p(entries[0])}")
    else:
        lines.append(
            rng.choice(
                [
                    f"Entries ({n_entries}): ",
                    f"{n_entries} entries: ",
                    f"Entry orders x{n_entries}: ",
                ]
            )
            + " / ".join(p(v) for v in entries)
        )
    lines.append(
        rng.choice(
            [f"Take profit ({n} targets): ", f"{n} targets ➜ ", f"Targets x{n}: ", f"TPs ({n}): "]
        )
        + rng.choice([", ", " | "]).join(p(v) for v in tps)
    )
    lines.append(rng.choice([f"SL (1): {p(sl)}", f"Stop: {p(sl)}", f"SL: {p(sl)}"]))
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "entry_with_market_price_note",
    "a limit entry with the market's price noted beside it: 'Entry: 148.2 (CMP 149.1)', 'Entry 148.2 — now 149.05', 'Buy: 0.512 (price now: 0.515)', 'Entry: 148.2 | Mark: 149.1'",
)
@own_stream
def ms6b_entry_cmp_note(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10])
    p = ms6_p(d, rng, 0.25)
    now = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.006)))
    label = rng.choice(["Entry", "Entry price", "Limit entry"])
    entry_line = rng.choice(
        [
            f"{label}: {p(d.entry)} (CMP {p(now)})",
            f"{label} {p(d.entry)} — now {p(now)}",
            f"{label}: {p(d.entry)} (price now: {p(now)})",
            f"{label}: {p(d.entry)} | Mark: {p(now)}",
            f"{label}: {p(d.entry)} (currently {p(now)})",
        ]
    )
    lines = [f"#{d.base}USDT {d.side.upper()}", entry_line]
    lines.append("TP: " + " / ".join(p(v) for v in tps))
    lines.append(f"SL: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "margin_amount_lines",
    "margin given as an amount beside the margin mode: 'Margin: 100 USDT (Isolated)', 'Position size: 1,000 USDT', 'Initial margin: 50 USDT', 'Margin mode: Cross', 'Leverage: 20x'",
)
@own_stream
def ms6b_margin_amount(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([5, 10, 20, 25])
    mode = rng.choice(["Isolated", "Cross"])
    amount = rng.choice([20, 50, 100, 150, 200, 500])
    p = ms6_p(d, rng, 0.2)
    lines = [
        f"📌 {d.base}/USDT {d.side.upper()}",
        f"Entry: {p(entries[0])} - {p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}",
        "Targets: " + " / ".join(p(v) for v in tps),
        f"Stop loss: {p(sl)}",
    ]
    money = rng.choice(
        [
            [f"Margin: {amount} USDT ({mode})", f"Leverage: {lev}x"],
            [f"Margin mode: {mode}", f"Leverage: {lev}x", f"Position size: {amount * lev:,} USDT"],
            [f"Initial margin: {amount} USDT", f"Margin mode: {mode}", f"Leverage: {lev}x"],
            [f"{mode} {lev}x | Margin {amount}$"],
        ]
    )
    lines += money
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev, margin_mode=mode.lower()
    )


@style(
    "stats_header_above_card",
    "win-rate and results headers above the card: '📈 Win rate 87% | 30D PnL +245%', 'Signal 12 of December', 'Last 10 calls: 8 ✅ 2 ❌', then the coin, side, entry, targets and stop",
)
@own_stream
def ms6b_stats_header(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.25)
    wins = rng.randint(6, 9)
    header = rng.choice(
        [
            f"📈 Win rate {rng.randint(70, 92)}% | 30D PnL +{rng.randint(80, 400)}%",
            f"Signal {rng.randint(2, 28)} of December · Win rate {rng.randint(70, 92)}%",
            f"Last 10 calls: {wins} ✅ {10 - wins} ❌",
            f"🏆 Month so far: +{rng.randint(50, 300)}% ({rng.randint(10, 40)} trades)",
        ]
    )
    lines = [header, "", f"{d.base}/USDT · {d.side.upper()}"]
    lines.append(f"Entry: {p(d.entry)}")
    lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "duration_validity_lines",
    "durations and validity windows beside the levels: 'Timeframe: 4H', 'Hold: 2-5 days', 'Valid for 48h', 'Expected duration: 6-12 hours', 'Cancel if not filled in 24h'",
)
@own_stream
def ms6b_durations(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10])
    p = ms6_p(d, rng, 0.2)
    lines = [
        f"{d.base}USDT — {d.side.upper()}",
        f"Timeframe: {rng.choice(['4H', '1H', '15m', '1D'])}",
    ]
    lines.append(f"Entry: {p(entries[0])} - {p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}")
    lines.append("Targets: " + " / ".join(p(v) for v in tps))
    lines.append(f"Stop: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    a = rng.randint(1, 4)
    lines += rng.sample(
        [
            f"Hold: {a}-{a + rng.randint(2, 4)} days",
            f"Valid for {rng.choice([12, 24, 48, 72])}h",
            f"Expected duration: {a * 3}-{a * 3 + 6} hours",
            f"Cancel if not filled in {rng.choice([6, 12, 24])}h",
        ],
        2,
    )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "bracket_tag_headline",
    "side, leverage and margin as bracketed tags on the headline: '[LONG] [20x] [ISOLATED] BTC/USDT', '[SHORT][10X][CROSS] #ETHUSDT', then 'Entry:', 'TP:', 'SL:' lines",
)
@own_stream
def ms6b_bracket_tags(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.3
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(1, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([5, 10, 20, 50])
    mode = rng.choice(["ISOLATED", "CROSS", "Isolated", "Cross", None])
    p = ms6_p(d, rng, 0.25)
    tags = [f"[{d.side.upper()}]", f"[{lev}{rng.choice(['x', 'X'])}]"]
    if mode:
        tags.append(f"[{mode}]")
    joiner = rng.choice([" ", ""])
    coin = rng.choice([f"{d.base}/USDT", f"#{d.base}USDT", f"${d.base}"])
    head = joiner.join(tags) + " " + coin if rng.random() < 0.7 else coin + " " + joiner.join(tags)
    lines = [head]
    lines.append(f"Entry: {p(entries[0])} - {p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}")
    lines.append("TP: " + " / ".join(p(v) for v in tps))
    lines.append(f"SL: {p(sl)}")
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode.lower()
    return "\n".join(lines), exp


# ---- third blind round's families, development round: measured once before the parser saw it
# The families the third held-out round read wrong, written anew in more variants than it had
# (that round's own styles stay held out): labels in letters styled by font bots (small
# capitals, mathematical bold / sans-serif bold / italic / monospace, full-width and circled
# letters, digits styled too when a whole message was converted), WhatsApp and Telegram/Discord
# markup around labels, sides and values ('*Entry:* _0.022144_', '_LONG_', '~struck~', '__x__',
# '**x**', '||x||'), order-type words on every level as forex and exchange order tickets write
# them ('Buy limit', 'Limit sell', 'Sell stop', 'Stop market'), rows pasted from a spreadsheet
# under a header row (pipes, markdown, comma or semicolon CSV with quoted or decimal-comma
# cells, tabs), follow-ups told as sentences, 'all targets hit … trade closed' posts (the
# copy's targets closed it already: a target hit, no close of its own) and channel
# housekeeping that names a results or signals channel. Every style draws from its own stream.

FX3_MARKETS = MARKETS + MULTIPLIED + MEME + SMALL_CAPS

FX3_SMALL_CAPS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ",
        strict=True,
    )
)
# First code point of 'A', 'a' and '0' in each styled alphabet (digits None: not styled).
FX3_ALPHABETS: dict[str, tuple[int, int, int | None]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "bold_italic": (0x1D468, 0x1D482, None),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
    "fullwidth": (0xFF21, 0xFF41, 0xFF10),
    "circled": (0x24B6, 0x24D0, None),
}


def fx3_small_caps(text: str) -> str:
    """Small capitals as font bots write them: lower-case letters only, capitals kept."""
    return "".join(FX3_SMALL_CAPS.get(c, c) for c in text.lower())


def fx3_styled(text: str, alphabet: str, digits: bool = False) -> str:
    """``text`` in one styled alphabet; digits too when ``digits`` and the alphabet has them."""
    upper, lower, zero = FX3_ALPHABETS[alphabet]
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(upper + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lower + ord(c) - 97))
        elif digits and zero is not None and "0" <= c <= "9":
            out.append(chr(zero + ord(c) - 48))
        elif alphabet == "fullwidth" and c == ":":
            out.append("：")
        else:
            out.append(c)
    return "".join(out)


def fx3_levels(d: Draw, rng: random.Random) -> tuple[list[float], list[float], float]:
    """One entry or a zone, two to four targets beyond it and a stop beyond the far entry."""
    entries = zone(d, rng.uniform(0.006, 0.015)) if rng.random() < 0.3 else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), rng.uniform(0.01, 0.025))
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.04))
    return entries, tps, sl


def fx3_price(d: Draw, rng: random.Random) -> Callable[[float], str]:
    """Prices as one message writes them: plain, with thousands commas, or with a dollar."""
    how = rng.choice(["plain", "plain", "comma", "dollar"])
    return lambda v: num(v, d.dec, how)


@style(
    "fx3_small_caps_cards",
    "cards whose labels, side and margin mode a font bot wrote in small capitals: '#SOL/USDT ʟᴏɴɢ' or 'ᴅɪʀᴇᴄᴛɪᴏɴ: ꜱʜᴏʀᴛ' on a line of its own, 'ᴇɴᴛʀʏ: …' / 'ᴇɴᴛʀʏ ᴢᴏɴᴇ: a - b' / 'ᴇɴᴛʀʏ: ᴍᴀʀᴋᴇᴛ', 'ᴛᴀʀɢᴇᴛ 1:' or 'ᴛᴘ1' lines, 'ꜱᴛᴏᴘ ʟᴏꜱꜱ:', 'ʟᴇᴠᴇʀᴀɢᴇ: ᴄʀᴏꜱꜱ 10x' / 'ɪꜱᴏʟᴀᴛᴇᴅ (20x)' / 'ᴍᴀʀɢɪɴ: ᴄʀᴏꜱꜱ'",
)
@own_stream
def fx3_small_caps_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    p = fx3_price(d, rng)
    sc = fx3_small_caps
    market = rng.random() < 0.15
    lev = rng.choice([5, 10, 20, 25, 50])
    mode = rng.choice([None, "cross", "isolated"])
    pair = rng.choice([f"#{d.base}/USDT", f"{d.base}USDT", f"${d.base}", f"#{d.base}"])
    if rng.random() < 0.5:
        lines = [f"{pair} {sc(d.side)}" if rng.random() < 0.5 else f"{pair} — {sc(d.side)}"]
    else:
        lines = [f"{sc('Pair')}: {pair}", f"{sc(rng.choice(['Direction', 'Side']))}: {sc(d.side)}"]
    if market:
        lines.append(f"{sc('Entry')}: {sc(rng.choice(['Market', 'Market price', 'Now']))}")
        entries = []
    elif len(entries) == 2:
        lines.append(f"{sc('Entry zone')}: {p(entries[0])} - {p(entries[1])}")
    else:
        lines.append(
            f"{sc(rng.choice(['Entry', 'Entry price', 'Buy']) if d.long else rng.choice(['Entry', 'Entry price', 'Sell']))}: {p(entries[0])}"
        )
    if rng.random() < 0.5:
        lines += [f"{sc(rng.choice(['Target', 'TP']))} {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines.append(f"{sc('Targets')}: " + " | ".join(p(v) for v in tps))
    lines.append(f"{sc(rng.choice(['Stop loss', 'Stop', 'SL']))}: {p(sl)}")
    if mode and rng.random() < 0.4:
        lines.append(f"{sc('Margin')}: {sc(mode)}")
        lines.append(f"{sc('Leverage')}: {lev}x")
    elif mode:
        lines.append(
            rng.choice(
                [
                    f"{sc('Leverage')}: {sc(mode)} {lev}x",
                    f"{sc('Leverage')}: {sc(mode)} ({lev}x)",
                    f"{sc('Lev')}: {lev}x {sc(mode)}",
                ]
            )
        )
    else:
        lines.append(f"{sc('Leverage')}: {lev}x")
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if market:
        exp["order_type"] = "market"
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "fx3_math_letter_cards",
    "cards written with a font generator's mathematical or full-width letters: '𝐄𝐧𝐭𝐫𝐲:', '𝗟𝗲𝘃𝗲𝗿𝗮𝗴𝗲: 𝗖𝗿𝗼𝘀𝘀 𝟭𝟬𝘅', '𝙏𝙖𝙧𝙜𝙚𝙩𝙨', '𝚂𝚝𝚘𝚙', 'Ｅｎｔｒｙ：', 'Ⓛⓞⓝⓖ' — labels only, or the whole message with its digits and coin",
)
@own_stream
def fx3_math_letter_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    alphabet = rng.choice(list(FX3_ALPHABETS))
    whole = rng.random() < 0.35

    def st(text: str) -> str:
        return fx3_styled(text, alphabet)

    def p(v: float) -> str:
        return num(v, d.dec)

    lev = rng.choice([None, 5, 10, 20, 75])
    mode = rng.choice([None, "Cross", "Isolated"]) if lev else None
    side = rng.choice([d.side.upper(), d.side.title()])
    lines = [
        rng.choice(
            [
                f"{'🟢' if d.long else '🔴'} {st(side)} #{d.base}USDT",
                f"#{d.base}/USDT {st(side)}",
                f"{st('Coin')}: {d.base}/USDT\n{st('Direction')}: {st(side)}",
            ]
        )
    ]
    if len(entries) == 2:
        lines.append(f"{st('Entry Zone')}: {p(entries[0])} - {p(entries[1])}")
    else:
        lines.append(f"{st('Entry')}: {p(entries[0])}")
    if rng.random() < 0.5:
        lines += [f"{st('Target')} {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines.append(f"{st('Targets')}: " + " - ".join(p(v) for v in tps))
    lines.append(f"{st(rng.choice(['Stop Loss', 'Stoploss', 'Stop']))}: {p(sl)}")
    if lev and mode:
        lines.append(
            rng.choice(
                [f"{st('Leverage')}: {st(mode)} {lev}x", f"{st('Leverage')}: {lev}x ({st(mode)})"]
            )
        )
    elif lev:
        lines.append(f"{st('Leverage')}: {lev}x")
    text = "\n".join(lines)
    if whole:
        text = fx3_styled(text, alphabet, digits=True)
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode.lower()
    return text, exp


def fx3_wa(rng: random.Random, text: str, marks: str = "*_") -> str:
    """``text`` between one of WhatsApp's marks, or left plain."""
    mark = rng.choice(marks + " ")
    return text if mark == " " else f"{mark}{text}{mark}"


@style(
    "fx3_whatsapp_markup",
    "WhatsApp relays: '_LONG_' / '*SHORT*' side words, '*Entry:* _0.022144_', '_TP1:_ *152*', '*_SL_*: 144', '~148.5~ 148.2' struck then corrected, a bold-italic header '*_SOL/USDT_*', monospace ```price```",
)
@own_stream
def fx3_whatsapp_markup(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    p = fx3_price(d, rng)
    lev = rng.choice([None, 10, 20])
    side = rng.choice([d.side.upper(), d.side.title()])
    head = rng.choice(
        [
            f"*{d.base}/USDT* {fx3_wa(rng, side)}",
            f"{fx3_wa(rng, side, '*_')} {fx3_wa(rng, '#' + d.base)}",
            f"*_{d.base}USDT_*\n_{side}_",
            f"📣 *{d.base}* — _{side}_ 📣",
        ]
    )
    lines = [head]
    if len(entries) == 2:
        lines.append(
            f"{fx3_wa(rng, 'Entry zone:')} {fx3_wa(rng, p(entries[0]))} - {fx3_wa(rng, p(entries[1]))}"
        )
    elif rng.random() < 0.3:
        wrong = d.round(entries[0] * (1 + d.sign * rng.uniform(0.003, 0.01)))
        lines.append(f"{fx3_wa(rng, 'Entry:')} ~{p(wrong)}~ {fx3_wa(rng, p(entries[0]))}")
    else:
        lines.append(f"{fx3_wa(rng, 'Entry:')} {fx3_wa(rng, p(entries[0]), '_*`')}")
    lab = rng.choice(["TP", "Target "])
    lines += [f"{fx3_wa(rng, f'{lab}{i}:')} {fx3_wa(rng, p(v))}" for i, v in enumerate(tps, 1)]
    lines.append(
        rng.choice(
            [
                f"*_SL_*: {p(sl)}",
                f"{fx3_wa(rng, 'Stop loss:')} {fx3_wa(rng, p(sl))}",
                f"_SL:_ *{p(sl)}*",
            ]
        )
    )
    if lev:
        lines.append(rng.choice([f"*Leverage:* _{lev}x_", f"_Lev {lev}x_", f"```{lev}x```"]))
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx3_markdown_markup",
    "Telegram/Discord markdown kept as text: '**LONG**', '__Entry__: 148.2', '**TP1** → __152__', '~~150~~ 152', '||SL 144||' spoilers, '`148.2`', '***Stop***', a '> ' quote before each line",
)
@own_stream
def fx3_markdown_markup(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    p = fx3_price(d, rng)
    lev = rng.choice([None, 5, 10, 25])

    def mk(text: str) -> str:
        m = rng.choice(["**", "__", "***", "`", ""])
        return f"{m}{text}{m}"

    side = d.side.upper()
    lines = [
        rng.choice(
            [
                f"**{d.base}USDT** {mk(side)}",
                f"{mk(side)} **${d.base}**",
                f"__**{d.base}/USDT {side}**__",
            ]
        )
    ]
    if len(entries) == 2:
        lines.append(f"{mk('Entry')}: {mk(p(entries[0]))} - {mk(p(entries[1]))}")
    else:
        lines.append(f"{mk('Entry')}: {mk(p(entries[0]))}")
    if rng.random() < 0.3:
        first = d.round(tps[0] * (1 - d.sign * rng.uniform(0.003, 0.008)))
        lines.append(f"{mk('TP1')}: ~~{p(first)}~~ {mk(p(tps[0]))}")
        rest = list(enumerate(tps[1:], 2))
    else:
        rest = list(enumerate(tps, 1))
    lines += [f"{mk(f'TP{i}')}: {mk(p(v))}" for i, v in rest]
    lines.append(
        rng.choice([f"||SL {p(sl)}||", f"{mk('Stop')}: {mk(p(sl))}", f"**SL**: `{p(sl)}`"])
    )
    if lev:
        lines.append(f"{mk('Leverage')}: {mk(f'{lev}x')}")
    if rng.random() < 0.3:
        lines = ["> " + line for line in lines]
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx3_order_word_levels",
    "order-type words on every level as forex signals and exchange tickets write them: 'BUY LIMIT 148.2' / 'Limit buy @' entries, 'Sell limit' / 'TP (limit sell)' targets, 'Sell stop' / 'Stop market' stops (mirrored for a short), with or without a side word",
)
@own_stream
def fx3_order_word_levels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries = d.ladder(rng.choice([1, 1, 2])) if rng.random() < 0.7 else zone(d, 0.01)
    tps = ms3_tps(d, entries, rng.randint(1, 3), rng.uniform(0.012, 0.025))
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.04))
    p = fx3_price(d, rng)
    into, out = ("buy", "sell") if d.long else ("sell", "buy")
    caps = rng.choice([str.upper, str.title, str.lower])
    word_order = rng.random() < 0.5

    def order(side: str, kind: str) -> str:
        return caps(f"{side} {kind}" if word_order else f"{kind} {side}")

    at = rng.choice([" ", " @ ", ": ", " at "])
    lines = []
    if rng.random() < 0.6:
        lines.append(
            rng.choice([f"{d.base}USDT {d.side.upper()}", f"#{d.base} — {d.side.title()}"])
        )
    else:
        lines.append(rng.choice([f"{d.base}/USDT", f"${d.base}", f"{d.base}USDT perp"]))
    for i, v in enumerate(entries, 1):
        tag = f" ({i})" if len(entries) > 1 and rng.random() < 0.5 else ""
        lines.append(f"{order(into, 'limit')}{tag}{at}{p(v)}")
    for i, v in enumerate(tps, 1):
        lines.append(
            rng.choice(
                [f"{order(out, 'limit')}{at}{p(v)}", f"TP{i} ({order(out, 'limit')}){at}{p(v)}"]
            )
        )
    lines.append(
        rng.choice(
            [
                f"{order(out, 'stop')}{at}{p(sl)}",
                f"{caps('stop market')}{at}{p(sl)}",
                f"SL ({order(out, 'stop')}){at}{p(sl)}",
            ]
        )
    )
    return "\n".join(lines), signal(d, entries=entries, take_profits=tps, stop_loss=sl)


def fx3_cell(value: str, sep: str) -> str:
    """A spreadsheet cell as exported: quoted when it holds the separator."""
    return f'"{value}"' if sep in value else value


@style(
    "fx3_sheet_rows",
    "one trade pasted from a spreadsheet under its header row: pipes, a markdown table with '|---|', comma CSV (quoted '\"63,450.5\"'), semicolon CSV with decimal commas, tab-separated; columns in varied order, a 'market' entry cell, a leverage or margin column",
)
@own_stream
def fx3_sheet_rows(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    kind = rng.choice(["pipe", "markdown", "csv", "semicolon", "tab"])
    market = rng.random() < 0.15
    lev = rng.choice([None, 5, 10, 20])
    mode = rng.choice([None, "Cross", "Isolated"]) if lev and kind != "semicolon" else None
    comma_thousands = kind in ("csv", "pipe") and rng.random() < 0.5

    def p(v: float) -> str:
        if kind == "semicolon":
            return eu(v, d.dec, rng.choice([".", ""]))
        return num(v, d.dec, "comma" if comma_thousands else "plain")

    cols: list[tuple[str, str]] = [
        (
            rng.choice(["Pair", "Coin", "Symbol", "Ticker"]),
            rng.choice([f"{d.base}USDT", f"{d.base}/USDT", d.base]),
        ),
        (
            rng.choice(["Side", "Direction", "Position"]),
            rng.choice([d.side.upper(), d.side.title()]),
        ),
    ]
    if market:
        cols.append(("Entry", rng.choice(["market", "Market", "CMP"])))
    elif len(entries) == 2:
        if rng.random() < 0.5:
            cols.append(("Entry", f"{p(entries[0])} - {p(entries[1])}"))
        else:
            cols += [("Entry 1", p(entries[0])), ("Entry 2", p(entries[1]))]
    else:
        cols.append((rng.choice(["Entry", "Entry price", "Open"]), p(entries[0])))
    tlab = rng.choice(["TP", "Target ", "T"])
    cols += [(f"{tlab}{i}", p(v)) for i, v in enumerate(tps, 1)]
    cols.append((rng.choice(["SL", "Stop", "Stop loss"]), p(sl)))
    if lev:
        cols.append((rng.choice(["Lev", "Leverage"]), rng.choice([f"{lev}x", str(lev), f"x{lev}"])))
    if mode:
        cols.append(("Margin", mode))
    if rng.random() < 0.4:
        keep = cols[:2]
        moved = cols[2:]
        if lev and rng.random() < 0.5:
            moved = moved[-1:] + moved[:-1]
        cols = keep + moved
    head = [c[0] for c in cols]
    row = [c[1] for c in cols]
    if kind == "pipe":
        lines = [" | ".join(head), " | ".join(row)]
    elif kind == "markdown":
        lines = [
            "| " + " | ".join(head) + " |",
            "|" + "|".join("---" for _ in head) + "|",
            "| " + " | ".join(row) + " |",
        ]
    elif kind == "csv":
        lines = [
            ",".join(h.lower().replace(" ", "_") for h in head),
            ",".join(fx3_cell(v, ",") for v in row),
        ]
    elif kind == "semicolon":
        lines = [";".join(head), ";".join(row)]
    else:
        lines = ["\t".join(head), "\t".join(row)]
    if rng.random() < 0.4:
        lines.insert(0, rng.choice(["📋 New setup", "Today's trade:", "Signal sheet — copy below"]))
    exp = signal(d, entries=[] if market else entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if market:
        exp["order_type"] = "market"
    if mode:
        exp["margin_mode"] = mode.lower()
    return "\n".join(lines), exp


@style(
    "fx3_told_follow_ups",
    "follow-ups an admin tells as a sentence: 'Adding back LTC at 74.04', 'Took some off the table on ARB at 1.23', 'Moved my stop up to 0.93 on SUI', 'Got stopped out of DOT at 6.21', 'SOL filled at 148.2, we're in', 'Pulled the NEAR orders, idea is invalid', 'Half of my WIF is off at 2.61'",
)
@own_stream
def fx3_told_follow_ups(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    c = rng.choice([d.base, f"${d.base}", f"#{d.base}", f"{d.base}USDT"])
    p = fx3_price(d, rng)
    kind = rng.randrange(9)
    if kind == 0:
        price = d.against(rng.uniform(0.005, 0.02))
        text = rng.choice(
            [
                f"Adding back {c} at {p(price)}",
                f"Adding back some {c} here at {p(price)}, same stop",
            ]
        )
        return text, follow("reentry", d.base, price=price, actions=["reentry"])
    if kind == 1:
        price = d.away(1)[0]
        text = rng.choice(
            [
                f"Took some off the table on {c} at {p(price)}",
                f"Took a bit off {c} around {p(price)} 💰",
            ]
        )
        return text, follow("close", d.base, price=price, actions=["close"])
    if kind == 2:
        price = d.away(1)[0]
        text = rng.choice(
            [
                f"Half of my {c} is off at {p(price)}",
                f"Sold half my {c} at {p(price)}, letting the rest run",
            ]
        )
        return text, follow("close", d.base, price=price, close_fraction=0.5, actions=["close"])
    if kind == 3:
        stop = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.01)))
        way = "up" if d.long else "down"
        text = rng.choice(
            [
                f"Moved my stop {way} to {p(stop)} on {c}",
                f"{c}: I've moved my stop {way} to {p(stop)}",
            ]
        )
        return text, follow("stop_moved", d.base, new_stop=stop, actions=["stop_moved"])
    if kind == 4:
        price = d.against(rng.uniform(0.015, 0.04))
        text = rng.choice(
            [
                f"Got stopped out of {c} at {p(price)}, on to the next",
                f"{c} hit my stop at {p(price)} unfortunately",
            ]
        )
        return text, follow("stop_hit", d.base, price=price, actions=["stop_hit"])
    if kind == 5:
        text = rng.choice(
            [f"{c} filled at {p(d.entry)}, we're in", f"Our {c} order got filled at {p(d.entry)}"]
        )
        return text, follow("entry_filled", d.base, price=d.entry, actions=["entry_filled"])
    if kind == 6:
        text = rng.choice(
            [
                f"Pulled the {c} orders, the idea is invalid now",
                f"Cancelling {c}, setup no longer valid",
            ]
        )
        return text, follow("cancel", d.base, actions=["cancel"])
    if kind == 7:
        price = d.away(1)[0]
        text = rng.choice(
            [
                f"Closed the rest of my {c} at {p(price)}, done with this one",
                f"Fully out of {c} at {p(price)}",
            ]
        )
        return text, follow("close", d.base, price=price, close_fraction=1.0, actions=["close"])
    text = rng.choice(
        [
            f"{c} is running nicely, pulled my stop to entry",
            f"Stop on {c} now sits at my entry, risk free",
        ]
    )
    return text, follow("stop_moved", d.base, stop_to_entry=True, actions=["stop_moved"])


@style(
    "fx3_all_targets_closed",
    "every target hit and the trade over, told together: 'All targets hit on DOGE 🎯 trade closed in profit', '#SOL all 3 TPs reached ✅ position closed', 'ARB: every target done, closed +84%' — a target hit (the targets closed the copy), no separate close",
)
@own_stream
def fx3_all_targets_closed(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    c = rng.choice([d.base, f"${d.base}", f"#{d.base}", f"#{d.base}USDT", f"{d.base}/USDT"])
    n = rng.randint(2, 5)
    pct = rng.randint(20, 240)
    text = rng.choice(
        [
            f"All targets hit on {c} 🎯 trade closed in profit",
            f"{c} all {n} TPs reached ✅ position closed",
            f"{c}: every target done, closed +{pct}%",
            f"All take-profits filled on {c} — trade closed 🏁",
            f"{c} ✅✅✅ all targets achieved, trade is closed. +{pct}% with {rng.choice([10, 20])}x",
            f"Closed: {c} hit all {n} targets 🎯🎯",
            f"{c} smashed all targets, this one is closed 💰 +{pct}%",
        ]
    )
    # "all 4 TPs reached", "hit all 4 targets": the count is the last target's number
    last = n if f"all {n} " in text else None
    return text, follow("target_hit", d.base, actions=["target_hit"], target_index=last)


@style(
    "fx3_channel_housekeeping",
    "channel housekeeping that names a results, signals or closed-trades channel: 'Closed trades go to #results from today', 'check #signals for the setups', 'PnL screenshots in #wins please', 'TP hits are posted in the #results channel' — talk",
)
@own_stream
def fx3_channel_housekeeping(rng: random.Random) -> tuple[str, dict[str, Any]]:
    ch = rng.choice(
        ["#results", "#signals", "#closed-trades", "#wins", "#trade-results", "#vip-signals"]
    )
    other = rng.choice(["#chat", "#general", "#announcements", "#questions"])
    text = rng.choice(
        [
            f"Closed trades go to {ch} from today, keep this channel for new calls",
            f"Reminder: check {ch} for the setups, no trades are posted in {other}",
            f"PnL screenshots in {ch} please 🙏 not in {other}",
            f"TP hits and stop outs are posted in the {ch} channel now",
            f"All closed calls are archived in {ch}. Questions go to {other}",
            f"{ch} is read-only from now on; discussion moves to {other}",
            f"Weekly results will be in {ch} on Sunday, stay tuned",
            f"Missed a trade? Everything that hit target is listed in {ch}",
        ]
    )
    return text, {"kind": "not_signal"}


@style(
    "fx3_marked_follow_ups",
    "follow-ups written with styled letters or markup: '*TP1 hit* ✅ _SOL_', 'ᴛᴘ2 ʜɪᴛ #ARB', '_Stop moved to 0.93_ *SUI*', '𝐒𝐋 𝐡𝐢𝐭 #DOT', '~~1.2~~ new stop 1.25', '**#WIF closed** at 2.61'",
)
@own_stream
def fx3_marked_follow_ups(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    c = rng.choice([f"#{d.base}", f"${d.base}", f"{d.base}USDT", d.base])
    p = fx3_price(d, rng)
    how = rng.choice(["wa", "md", "caps", "bold"])

    def mark(text: str) -> str:
        if how == "md":
            return f"**{text}**"
        if how == "caps":
            return fx3_small_caps(text)
        return fx3_styled(text, rng.choice(["bold", "sans_bold"]))

    def wrap(text: str) -> str:
        if how == "wa":
            m = rng.choice("*_")
            return f"{m}{text}{m}"
        return mark(text)

    kind = rng.randrange(4)
    if kind == 0:
        i = rng.randint(1, 3)
        text = rng.choice([f"{wrap(f'TP{i} hit')} ✅ {c}", f"{c} {wrap(f'Target {i} reached')} 🎯"])
        return text, follow("target_hit", d.base, target_index=i, actions=["target_hit"])
    if kind == 1:
        stop = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.01)))
        old = d.against(0.02)
        text = rng.choice(
            [
                f"{c} {wrap('Stop moved to')} {p(stop)}",
                f"{c} {wrap('new stop')} ~{p(old)}~ {p(stop)}"
                if how == "wa"
                else f"{c} {wrap('SL moved to')} {p(stop)}",
            ]
        )
        return text, follow("stop_moved", d.base, new_stop=stop, actions=["stop_moved"])
    if kind == 2:
        text = rng.choice([f"{wrap('SL hit')} {c} ❌", f"{c} {wrap('stopped out')}"])
        return text, follow("stop_hit", d.base, actions=["stop_hit"])
    price = d.away(1)[0]
    text = rng.choice(
        [f"{wrap(c + ' closed')} at {p(price)}", f"{c} {wrap('closed')} @ {p(price)}"]
    )
    return text, follow("close", d.base, price=price, close_fraction=1.0, actions=["close"])


# ---- mainstream English, sixth round, third set: measured once before the parser saw it ----
# Sentences whose verbs carry the levels ('from 148.2 targeting 152', 'aiming for', 'invalid
# under'), buy/sell/stop with '@' on one line, targets with a note of how much to close, coin
# tags repeated in several forms beside topic tags that look like a leverage ('#100x'), and
# prices with their currency after them.


@style(
    "sentence_targeting_verbs",
    "sentences whose verbs carry the levels: 'Long $SOL from 148.2 targeting 152 / 155, invalid under 144 (10x)', 'Shorting ETH at 3,412 aiming for 3,350 then 3,300 — stop above 3,460', 'Eyeing a long on LINK around 14.85, looking for 15.2 and 15.6, stop below 14.4'",
)
@own_stream
def ms6c_targeting_verbs(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10])
    p = ms6_p(d, rng, 0.3)
    coin = rng.choice([d.base, f"${d.base}", f"#{d.base}"])
    joiner = rng.choice([" / ", " then ", " and ", ", "])
    tl = joiner.join(p(v) for v in tps)
    below = "under" if rng.random() < 0.5 else "below"
    above = "over" if below == "under" else "above"
    stop_word = rng.choice(
        [
            f"invalid {below if d.long else above} {p(sl)}",
            f"stop {below if d.long else above} {p(sl)}",
        ]
    )
    form = rng.randrange(3)
    if form == 0:
        text = f"{d.side.title()} {coin} from {p(d.entry)} targeting {tl}, {stop_word}"
    elif form == 1:
        verb = "Longing" if d.long else "Shorting"
        text = f"{verb} {coin} at {p(d.entry)} aiming for {tl} — {stop_word}"
    else:
        text = f"Eyeing a {d.side} on {coin} around {p(d.entry)}, looking for {tl}, {stop_word}"
    if lev:
        text += f" ({lev}x)"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "buy_sell_at_pointers",
    "buy, sell and stop with '@' on one line: 'BUY #SOL @ 148.2 | SELL @ 152 / 155 | STOP @ 144'; a short as 'SELL #ETH @ 3412 | BUY BACK @ 3350 / 3300 | STOP @ 3460'; lines of their own too",
)
@own_stream
def ms6c_buy_sell_at(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms6_p(d, rng, 0.3)
    coin = rng.choice([f"#{d.base}", d.base, f"{d.base}USDT", f"${d.base}"])
    if d.long:
        parts = [f"BUY {coin} @ {p(d.entry)}", "SELL @ " + " / ".join(p(v) for v in tps)]
    else:
        parts = [f"SELL {coin} @ {p(d.entry)}", "BUY BACK @ " + " / ".join(p(v) for v in tps)]
    parts.append(f"STOP @ {p(sl)}")
    if rng.random() < 0.5:
        parts = [x.title() if rng.random() < 0.3 else x for x in parts]
    text = rng.choice([" | ", "\n"]).join(parts)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "tp_partial_close_notes",
    "targets with a note of how much to close and labels with a note of their kind: 'Entry 148.2 — limit', 'TP1 152 — take 50%', 'TP2 155 — close the rest', 'SL 144 — hard stop'; 'TP: 152 (partial) / 155 (full)'",
)
@own_stream
def ms6c_partial_notes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], 2, 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.25)
    lines = [f"{'🟢' if d.long else '🔴'} {d.base}/USDT {d.side.upper()}"]
    if rng.random() < 0.5:
        lines.append(
            f"Entry {p(d.entry)} — {rng.choice(['limit', 'limit order', 'market is fine'])}"
        )
        share = rng.choice([30, 50, 70])
        lines.append(f"TP1 {p(tps[0])} — take {share}%")
        lines.append(
            f"TP2 {p(tps[1])} — {rng.choice(['close the rest', 'let it ride', 'close remaining'])}"
        )
        lines.append(f"SL {p(sl)} — {rng.choice(['hard stop', 'no exceptions', 'on close'])}")
    else:
        lines.append(f"Entry: {p(d.entry)}")
        lines.append(f"TP: {p(tps[0])} (partial) / {p(tps[1])} (full)")
        lines.append(f"SL: {p(sl)} (hard)")
    if lev:
        lines.append(f"{lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "repeated_coin_tags_header",
    "the coin tagged in several forms beside topic tags that look like a leverage: '#SOL #SOLUSDT $SOL 🚀 LONG', '#Solana #Altseason #100x', then 'Entry', 'TP', 'SL' and 'Lev: 10x' (the leverage), or no leverage at all",
)
@own_stream
def ms6c_repeated_tags(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10, 20])
    p = ms6_p(d, rng, 0.25)
    tags = [f"#{d.base}", f"#{d.base}USDT", f"${d.base}"]
    rng.shuffle(tags)
    head = " ".join(tags) + f" {rng.choice(['🚀', '🔥', ''])} {d.side.upper()}".replace("  ", " ")
    topic = " ".join(
        rng.sample(["#Altseason", "#100x", "#50x", "#Gem", "#Crypto", "#Futures", "#1000x"], 3)
    )
    lines = [head, f"Entry: {p(d.entry)}", "TP: " + " / ".join(p(v) for v in tps), f"SL: {p(sl)}"]
    if lev:
        lines.append(f"Lev: {lev}x")
    lines.append(topic)
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "price_currency_suffixes",
    "prices with their currency after them, mixed in one card: '148.2$', '148.2 USD', '0.512 usdt', '$0.512 USDT', 'Entry: 63,450 USDT', 'SL 144$'",
)
@own_stream
def ms6c_currency_suffix(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    comma = rng.random() < 0.5

    def p(v: float) -> str:
        text = num(v, d.dec, "comma" if comma else "plain")
        return rng.choice(
            [f"{text}$", f"{text} USD", f"{text} usdt", f"${text} USDT", f"{text} USDT"]
        )

    lines = [f"{d.base}USDT {d.side.upper()}"]
    lines.append(f"Entry: {p(entries[0])} - {p(entries[1])}" if is_zone else f"Entry: {p(d.entry)}")
    lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- fourth follow-up round: narrative updates, result cards, bare replies, several coins ----
# Researched from copier bots' update keyword lists (per-channel "update keywords": close TPn,
# break even, set TP/SL, delete, close all, remove SL; Cornix's "CLOSE / CANCEL / EXIT" with the
# pair and its replies under the signal), bots' result cards ("Take-Profit target 2 ✅ / Profit:
# … / Period: …" with the leverage beside the percentage), admins' first-person updates, replies
# holding only a price or an icon, posts naming several coins, plans and expectations worded in
# the future or under a condition (which must move nothing), "Closed manually", "Cancel the limit
# orders", fills of a DCA ladder's entries (information), leverage changes for an open trade
# (which a copy that is already open cannot follow: review), signals edited in one field, and
# the same update words in Russian, Turkish, Spanish, Portuguese, Vietnamese, Persian,
# Indonesian and Chinese. Written anew with drawn prices; each style draws from its own stream.


def _fu4_pct(rng: random.Random) -> str:
    return f"{rng.uniform(4, 190):.{rng.choice([1, 2])}f}"


def _fu4_pair(d: Draw, rng: random.Random) -> str:
    return rng.choice([f"#{d.base}", f"${d.base}", f"#{d.base}/USDT", f"{d.base}USDT", d.base])


@style(
    "fu4_first_person",
    "updates told in the first person: 'I'm taking profits on half here', 'We're out of DOGE', 'Letting the rest run with stop at entry', 'I've moved my stop up to …', 'Just sold a third of my SOL at …', 'I got stopped out of AVAX', with and without the coin",
)
@own_stream
def fu4_first_person(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(8)
    if form == 0:
        t = rng.choice(
            [
                "I'm taking profits on half here {c}",
                "{c} — I'm closing half of my position now, nice move",
                "Taking profit on 50% of my {c} here 💸",
            ]
        )
        if "my {c}" in t and not c:
            t = t.replace("my {c}", "my position")
        return _with_coin(t, c), fu(sym, "close", close_fraction=0.5)
    if form == 1:
        x = d.away(1)[0]
        c = c or _coin(d, rng)
        t = rng.choice(
            [
                "We're out of {c} 👋",
                "I'm out of {c} completely, closed at {x}",
                "We exited {c} at {x}, good trade 🤝",
                "Out of {c} for now, whole position closed",
            ]
        )
        got = "{x}" in t
        t = t.replace("{x}", num(x, d.dec, fmt))
        return _with_coin(t, c), fu(d.base, "close", close_fraction=1.0, price=x if got else None)
    if form == 2:
        t = rng.choice(
            [
                "Letting the rest run with stop at entry {c}",
                "{c} I moved my stop to entry, letting the rest run",
                "My SL is now at breakeven on {c} 🔒",
                "{c}: I've put my stop at my entry, free trade now",
            ]
        )
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t, c), fu(sym, "stop_moved", stop_to_entry=True)
    if form == 3:
        s = d.away(1, 0.006)[0]
        way = "up" if d.long else "down"
        t = rng.choice(
            [
                "I've moved my stop " + way + " to {x} on {c}",
                "{c} I'm trailing my stop to {x} now",
                "{c}: I have my SL at {x} now",
            ]
        )
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t.replace("{x}", num(s, d.dec, fmt)), c), fu(
            sym, "stop_moved", new_stop=s
        )
    if form == 4:
        p = rng.choice([25, 30, 40, 50, 60])
        t = rng.choice(
            [
                "I took {p}% off {c} and I'm letting the rest run with my stop at entry",
                "{c} — took {p}% profit, rest rides with SL at breakeven",
            ]
        )
        c = c or _coin(d, rng)
        return _with_coin(t.replace("{p}", str(p)), c), fu(
            d.base, "close", "stop_moved", close_fraction=p / 100, stop_to_entry=True
        )
    if form == 5:
        c = c or _coin(d, rng)
        t = rng.choice(
            [
                "I got stopped out of {c} 😕 on to the next",
                "My {c} stop got hit, it happens",
                "Got stopped out on {c}, small loss taken",
            ]
        )
        return _with_coin(t, c), fu(d.base, "stop_hit")
    if form == 6:
        x = d.away(2)[1]
        c = c or _coin(d, rng)
        t = rng.choice(
            [
                "I'm taking the rest off here, fully out of {c} at {x}",
                "{c}: closed my whole position at {x} ✅",
            ]
        )
        t = t.replace("{x}", num(x, d.dec, fmt))
        return _with_coin(t, c), fu(d.base, "close", close_fraction=1.0, price=x)
    x = d.away(1)[0]
    c = c or _coin(d, rng)
    t = rng.choice(
        ["Just sold a third of my {c} at {x}", "{c}: I closed 1/3 of my position at {x}"]
    )
    t = t.replace("{x}", num(x, d.dec, fmt))
    return _with_coin(t, c), fu(d.base, "close", close_fraction=1 / 3, price=x)


@style(
    "fu4_result_cards",
    "result cards with the profit, the leverage and the time taken: '✅ #SOL TP2 reached | Profit: +48.2% (20x) | Period: 3h', '🔥 #ETH/USDT Target 3 ✅ / Profit +126.4% 📈 (25x) / ⏱ 14h 20m', '❌ #ARB Stop loss hit | Loss: -35.6% (10x)', 'TP1 ✅ 3,480.5 | +20.1% ROI', and the same cards in Russian, Turkish, Spanish, Portuguese and Vietnamese",
)
@own_stream
def fu4_result_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    pair = _fu4_pair(d, rng)
    n = rng.randint(1, 4)
    lev = rng.choice([5, 10, 20, 25, 50])
    pct = _fu4_pct(rng)
    h, m = rng.randint(1, 40), rng.randint(1, 59)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(9)
    if form == 0:
        text = f"✅ {pair} TP{n} reached | Profit: +{pct}% ({lev}x) | Period: {h}h"
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 1:
        text = f"🔥 {pair} Target {n} ✅\nProfit +{pct}% 📈 ({lev}x)\n⏱ {h}h {m}m"
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 2:
        text = f"❌ {pair} Stop loss hit | Loss: -{pct}% ({lev}x) | Period: {h}h {m}m"
        return text, fu(d.base, "stop_hit")
    if form == 3:
        x = d.away(n)[n - 1]
        text = f"🟢 {d.base}USDT {d.side.upper()} | TP{n} ✅ {num(x, d.dec, fmt)} | +{pct}% ROI"
        return text, fu(d.base, "target_hit", target_index=n, price=x)
    if form == 4:
        text = f"{pair}\n✅ Take Profit {n} — +{pct}% with {lev}x\nDuration: {h}h {m}m"
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 5:
        text = rng.choice(
            [
                f"{pair} ✅ Тейк {n} | Прибыль: +{pct}% (x{lev})",
                f"{pair} TP{n} ✅ Kâr: %{pct} ({lev}x) | Süre: {h} saat",
            ]
        )
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 6:
        text = rng.choice(
            [
                f"✅ {pair} Objetivo {n} alcanzado | Ganancia: +{pct}% ({lev}x)",
                f"✅ {pair} Alvo {n} atingido | Lucro: +{pct}% ({lev}x) | Tempo: {h}h",
            ]
        )
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 7:
        text = f"{pair} chốt lời TP{n} ✅ Lợi nhuận: +{pct}% (x{lev})"
        return text, fu(d.base, "target_hit", target_index=n)
    text = rng.choice(
        [
            f"⛔ {pair} Stopped out | -{pct}% ({lev}x) | {h}h {m}m",
            f"{pair} ❌ Стоп | Убыток: -{pct}% (x{lev})",
        ]
    )
    return text, fu(d.base, "stop_hit")


@style(
    "fu4_bare_replies",
    "replies under a signal holding only a price or only icons: '0.5312', '✅ 148.2', '✅✅', '🔥🔥🔥', '❌', '🎯🎯✅' (target 2), '148.2 ✅ TP2', 'Filled ✅', '+48% 🚀' (a result: talk)",
)
@own_stream
def fu4_bare_replies(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    x = d.away(1)[0]
    xs = num(x, d.dec, fmt)
    form = rng.randrange(8)
    if form == 0:
        return rng.choice([xs, f"{xs} 👀", f"{xs}!"]), {"kind": "needs_review"}
    if form == 1:
        return rng.choice([f"✅ {xs}", f"{xs} ✅", f"{xs} 🎯"]), {"kind": "needs_review"}
    if form == 2:
        return rng.choice(["✅", "✅✅", "🔥🔥🔥", "💰💰", "❌", "🛑"]), {"kind": "needs_review"}
    if form == 3:
        n = rng.randint(1, 4)
        return "🎯" * n + "✅", fu(None, "target_hit", target_index=n)
    if form == 4:
        n = rng.randint(1, 4)
        x = d.away(n)[n - 1]
        return f"{num(x, d.dec, fmt)} ✅ TP{n}", fu(None, "target_hit", target_index=n, price=x)
    if form == 5:
        return rng.choice(["Filled ✅", "filled", "Entry filled ✅"]), fu(None, "entry_filled")
    if form == 6:
        return rng.choice([f"+{_fu4_pct(rng)}% 🚀", f"+{_fu4_pct(rng)}% ✅"]), {
            "kind": "not_signal"
        }
    n = rng.randint(1, 4)
    return rng.choice([f"TP{n} ✅", f"tp{n} ✅✅", f"TP{n} done"]), fu(
        None, "target_hit", target_index=n
    )


def _fu4_two_coins(rng: random.Random) -> tuple[Draw, Draw]:
    while True:
        a, b = Draw(rng, ALL_MARKETS), Draw(rng, ALL_MARKETS)
        if a.token != b.token:
            return a, b


@style(
    "fu4_several_coins",
    "updates naming several coins, each with an action: '#SOL TP2 ✅ and #AVAX TP1 ✅', 'DOGE stopped out, LINK moved to breakeven', 'Close ETH and SOL now', 'ORDI, TIA, SEI all hit TP1', a list 'SOL: TP1 ✅ / AVAX: SL to entry' (review); one coin written twice or by name and ticker ('$SOL (Solana) TP2 done') is one",
)
@own_stream
def fu4_several_coins(rng: random.Random) -> tuple[str, dict[str, Any]]:
    a, b = _fu4_two_coins(rng)
    ca, cb = _coin(a, rng), _coin(b, rng)
    n = rng.randint(1, 3)
    form = rng.randrange(7)
    review = {"kind": "needs_review"}
    if form == 0:
        t = rng.choice(
            [
                f"{ca} TP{n} ✅ and {cb} TP{n + 1} ✅",
                f"{ca} TP{n} hit 🎯 | {cb} TP{n} hit 🎯",
            ]
        )
        return t, review
    if form == 1:
        t = rng.choice(
            [
                f"{ca} stopped out, {cb} moved to breakeven",
                f"{ca} SL hit ❌\n{cb} stop to entry 🔒",
            ]
        )
        return t, review
    if form == 2:
        return rng.choice([f"Close {ca} and {cb} now", f"Closing {ca} & {cb} here"]), review
    if form == 3:
        return rng.choice(
            [f"{ca} and {cb} both hit TP{n} 🎯", f"TP{n} ✅ for {ca} and {cb}"]
        ), review
    if form == 4:
        return f"{a.base}: TP{n} ✅\n{b.base}: SL moved to entry\nOthers still running", review
    if form == 5:
        names = {
            "SOL": "Solana",
            "ETH": "Ethereum",
            "BTC": "Bitcoin",
            "DOGE": "Dogecoin",
            "AVAX": "Avalanche",
            "LINK": "Chainlink",
            "XRP": "Ripple",
            "ADA": "Cardano",
        }
        while a.base not in names:
            a = Draw(rng, MARKETS)
        t = rng.choice(
            [
                f"${a.base} ({names[a.base]}) TP{n} done ✅",
                f"{names[a.base]} (#{a.base}) target {n} reached 🎯",
            ]
        )
        return t, fu(a.base, "target_hit", target_index=n)
    t = rng.choice(
        [
            f"#{a.base}USDT TP{n} ✅ — {a.base}/USDT perpetual",
            f"{a.base} TP{n} ✅ ({a.base}/USDT on Binance Futures)",
        ]
    )
    return t, fu(a.base, "target_hit", target_index=n)


@style(
    "fu4_plans_not_done",
    "plans and expectations that must move nothing: 'Planning to take profits on SOL at TP2', 'Will move SL to entry once it breaks …', 'If TP1 hits I'll close half', 'Thinking about closing here 🤔', 'Might cancel the order if it doesn't fill today' (review); 'SOL about to hit TP2 👀', 'almost at TP1' (talk)",
)
@own_stream
def fu4_plans_not_done(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng) if rng.random() < 0.7 else ""
    n = rng.randint(1, 3)
    x = num(d.away(1)[0], d.dec, rng.choice(["plain", "comma"]))
    form = rng.randrange(7)
    review = {"kind": "needs_review"}
    if form == 0:
        t = rng.choice(
            [
                "Planning to take profits on {c} at TP{n}",
                "{c}: I plan to close half at TP{n}",
                "Going to book some profit on {c} around TP{n}",
            ]
        )
        return _with_coin(t.replace("{n}", str(n)), c), review
    if form == 1:
        t = rng.choice(
            [
                "Will move SL to entry once {c} breaks {x}",
                "{c}: we'll move the stop to breakeven when {x} is reclaimed",
                "As soon as {x} breaks I'll trail the stop on {c}",
            ]
        )
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        if "once {c}" in t and not c:
            t = t.replace("once {c}", "once it")
        return _with_coin(t.replace("{x}", x), c), review
    if form == 2:
        t = rng.choice(
            [
                "If TP{n} hits I'll close half of {c}",
                "{c} — in case TP{n} gets hit we close 50%",
                "When TP{n} is reached, I'm going to close {c} fully",
            ]
        )
        if "of {c}" in t and not c:
            t = t.replace(" of {c}", "")
        return _with_coin(t.replace("{n}", str(n)), c), review
    if form == 3:
        t = rng.choice(
            [
                "Thinking about closing {c} here 🤔",
                "{c} considering taking some profit here",
                "Not sure yet whether to close {c} or hold",
            ]
        )
        return _with_coin(t, c), review
    if form == 4:
        t = rng.choice(
            [
                "Might cancel the {c} order if it doesn't fill today",
                "{c} limit may get cancelled tomorrow if price doesn't come back",
            ]
        )
        return _with_coin(t, c), review
    if form == 5:
        t = rng.choice(
            [
                "Be ready to close {c} on my signal",
                "Get ready to take profits on {c} ⚠️",
                "{c}: prepare to move your stop, update coming",
            ]
        )
        return _with_coin(t, c), review
    t = rng.choice(
        [
            "{c} about to hit TP{n} 👀",
            "{c} almost at TP{n} 🔥",
            "{c} is very close to TP{n}",
            "{c} TP{n} loading ⏳",
        ]
    )
    return _with_coin(t.replace("{n}", str(n)), c), {"kind": "not_signal"}


@style(
    "fu4_manual_and_cancel",
    "'Closed manually ✅', 'Manually closed #SOL @ 148.2 (+12%)', 'Closing #ETH manually here at …', 'Cancel the limit orders', 'Cancel all limit orders on #ARB', 'Order cancelled ❌ price ran without us', 'Delete the order', Cornix-style 'cancel BTCUSDT' / 'close ETH/USDT' / 'exit SOLUSDT'",
)
@own_stream
def fu4_manual_and_cancel(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    x = d.away(1)[0] if rng.random() < 0.5 else d.against(0.01)
    xs = num(x, d.dec, fmt)
    form = rng.randrange(7)
    if form == 0:
        t = rng.choice(["Closed manually ✅ {c}", "{c} closed manually", "Manually closed {c} 🔒"])
        return _with_coin(t, c), fu(sym, "close", close_fraction=1.0)
    if form == 1:
        t = rng.choice(
            [
                "Closed manually at {x} {c}",
                "{c} manually closed @ {x} (" + f"{rng.choice(['+', '-'])}{_fu4_pct(rng)}%)",
                "Closing {c} manually here at {x}, not liking the price action",
            ]
        )
        return _with_coin(t.replace("{x}", xs), c), fu(sym, "close", close_fraction=1.0, price=x)
    if form == 2:
        t = rng.choice(
            [
                "Cancel the limit orders {c}",
                "{c}: cancel the limit orders",
                "Cancel all limit orders on {c}",
                "Cancel the pending limit order {c} ❌",
            ]
        )
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t, c), fu(sym, "cancel")
    if form == 3:
        t = rng.choice(
            [
                "{c} order cancelled ❌ price ran without us",
                "{c} not filled, cancelled",
                "{c} limit never filled — cancelled 🚫",
            ]
        )
        return _with_coin(t, c), fu(sym, "cancel")
    if form == 4:
        t = rng.choice(
            ["Delete the {c} order", "{c} remove the pending order", "Delete this order ❌"]
        )
        return _with_coin(t, c), fu(sym if "{c}" in t else None, "cancel")
    if form == 5:
        t = rng.choice(["{c} closed manually in a small loss", "{c} I closed it manually, -3%"])
        c = c or _coin(d, rng)
        return _with_coin(t, c), fu(d.base, "close", close_fraction=1.0)
    pair = rng.choice([f"{d.base}USDT", f"{d.base}/USDT", f"{d.base}.USDT"])
    word = rng.choice(["cancel", "close", "exit", "CANCEL", "CLOSE"])
    if word.lower() == "cancel":
        return f"{word} {pair}", fu(d.base, "cancel")
    return f"{word} {pair}", fu(d.base, "close", close_fraction=1.0)


@style(
    "fu4_fills_and_leverage",
    "entries of a ladder filled ('Entry 2 filled ✅', '2nd entry filled at …', 'DCA 3 filled', 'All entries filled, avg …', 'entrada 2 ejecutada', 'второй вход исполнен', '2. giriş doldu', 'entry 2 terisi') and leverage changes for an open trade ('Reduce leverage to 10x', 'Снижаем плечо до 5x', 'Kaldıracı 10x'e düşürün': review)",
)
@own_stream
def fu4_fills_and_leverage(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    n = rng.randint(2, 3)
    fmt = rng.choice(["plain", "comma"])
    lev = rng.choice([3, 5, 10, 15, 20])
    form = rng.randrange(6)
    if form == 0:
        t = rng.choice(["Entry {n} filled ✅ {c}", "{c} 2nd entry filled", "{c} DCA {n} filled"])
        if "2nd" in t:
            t = t.replace("2nd", {2: "2nd", 3: "3rd"}[n])
        return _with_coin(t.replace("{n}", str(n)), c), fu(sym, "entry_filled")
    if form == 1:
        x = d.ladder(n)[n - 1]
        t = rng.choice(["{c} second entry filled at {x}", "{c} entry 2 filled @ {x}"])
        return _with_coin(t.replace("{x}", num(x, d.dec, fmt)), c), fu(sym, "entry_filled", price=x)
    if form == 2:
        avg = d.ladder(3)[1]
        t = rng.choice(["All entries filled ✅ {c} avg {x}", "{c} all entries filled, average {x}"])
        return _with_coin(t.replace("{x}", num(avg, d.dec, fmt)), c), fu(
            sym, "entry_filled", price=avg
        )
    if form == 3:
        t = rng.choice(
            [
                "{c} второй вход исполнен ✅",
                "{c} 2. giriş doldu ✅",
                "{c} entrada 2 ejecutada ✅",
                "{c} entrada 2 executada ✅",
                "{c} entry 2 terisi ✅",
                "{c} đã khớp entry 2 ✅",
                "{c} 第二个入场已成交 ✅",
            ]
        )
        return _with_coin(t, c), fu(sym, "entry_filled")
    if form == 4:
        t = rng.choice(
            [
                "Reduce leverage to {l}x {c}",
                "{c}: lower the leverage to {l}x",
                "Use {l}x max on {c} from now on",
                "{c} leverage changed to {l}x",
            ]
        )
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t.replace("{l}", str(lev)), c), {"kind": "needs_review"}
    t = rng.choice(
        [
            "{c} снижаем плечо до {l}x",
            "{c} kaldıracı {l}x'e düşürün",
            "{c} bajen el apalancamiento a {l}x",
            "{c} giảm đòn bẩy xuống {l}x",
            "{c} 杠杆降到{l}倍",
        ]
    )
    return _with_coin(t.replace("{l}", str(lev)), c), {"kind": "needs_review"}


_FU4_WORDS = {
    # language: (close half, close all, stop to entry, cancel, stop hit)
    "ru": (
        ["Фиксируем 50% по {c}", "{c} закрываем половину позиции"],
        ["{c} закрываем полностью", "{c} закрыли вручную"],
        ["{c} стоп переставляем в безубыток", "{c} переносим стоп на точку входа"],
        ["{c} отменяем ордер", "{c} сигнал отменён ❌"],
        ["{c} выбило по стопу ❌", "{c} сработал стоп-лосс"],
    ),
    "tr": (
        ["{c} pozisyonun yarısını kapatın", "{c} yarısını kapattık"],
        ["{c} pozisyonun tamamını kapattık", "{c} işlem kapatıldı"],
        ["{c} stopu girişe çekiyoruz", "{c} stop giriş seviyesine çekildi"],
        ["{c} işlem iptal ❌", "{c} emri iptal edin"],
        ["{c} stop olduk ❌", "{c} stop çalıştı"],
    ),
    "es": (
        ["{c} cerramos la mitad", "{c} cierren el 50% de la posición"],
        ["{c} cerrado manualmente", "{c} cerramos toda la posición"],
        ["{c} mover el stop a entrada", "{c} stop a precio de entrada"],
        ["{c} cancelen la orden", "{c} señal cancelada ❌"],
        ["{c} tocó el stop ❌", "{c} saltó el stop loss"],
    ),
    "pt": (
        ["{c} fechamos metade", "{c} realizem 50% da posição"],
        ["{c} fechado manualmente", "{c} fechem a posição toda"],
        ["{c} stop no preço de entrada", "{c} movam o stop para a entrada"],
        ["{c} ordem cancelada ❌", "{c} cancelem a ordem"],
        ["{c} stopou ❌", "{c} bateu o stop"],
    ),
    "vi": (
        ["{c} chốt 50% vị thế", "{c} chốt một nửa"],
        ["{c} đóng toàn bộ lệnh", "{c} đóng lệnh thủ công"],
        ["{c} dời SL về entry", "{c} kéo SL về điểm vào lệnh"],
        ["{c} hủy lệnh ❌", "{c} hủy lệnh chờ"],
        ["{c} dính SL ❌", "{c} chạm SL"],
    ),
    "fa": (
        ["{c} نصف پوزیشن را ببندید", "{c} ۵۰٪ سود را سیو کنید"],
        ["{c} پوزیشن کامل بسته شد", "{c} معامله را دستی بستیم"],
        ["{c} استاپ را به نقطه ورود منتقل کنید", "{c} استاپ روی نقطه ورود"],
        ["{c} سیگنال کنسل شد ❌", "{c} سفارش را لغو کنید"],
        ["{c} استاپ خورد ❌", "{c} حد ضرر فعال شد"],
    ),
    "id": (
        ["{c} tutup setengah posisi", "{c} amankan 50% profit"],
        ["{c} tutup semua posisi", "{c} ditutup manual"],
        ["{c} geser SL ke entry", "{c} pindahkan SL ke harga entry"],
        ["{c} batalkan order ❌", "{c} sinyal dibatalkan"],
        ["{c} kena SL ❌", "{c} tersentuh SL"],
    ),
    "zh": (
        ["{c} 平仓一半", "{c} 先平50%"],
        ["{c} 全部平仓", "{c} 手动平仓"],
        ["{c} 止损移到开仓价", "{c} 止损上移至成本价"],
        ["{c} 取消挂单 ❌", "{c} 信号取消"],
        ["{c} 止损出局 ❌", "{c} 打止损了"],
    ),
}


@style(
    "fu4_update_words_eight_languages",
    "close half, close all, stop to the entry, cancel and the stop hit in Russian, Turkish, Spanish, Portuguese, Vietnamese, Persian, Indonesian and Chinese, written as those channels write them ('Фиксируем 50% по #SOL', 'stopu girişe çekiyoruz', 'cierren el 50% de la posición', 'stopou ❌', 'dời SL về entry', 'استاپ را به نقطه ورود منتقل کنید', 'geser SL ke entry', '止损上移至成本价')",
)
@own_stream
def fu4_update_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    words = _FU4_WORDS[rng.choice(list(_FU4_WORDS))]
    which = rng.randrange(5)
    text = _with_coin(rng.choice(words[which]), c)
    if which == 0:
        return text, fu(d.base, "close", close_fraction=0.5)
    if which == 1:
        return text, fu(d.base, "close", close_fraction=1.0)
    if which == 2:
        return text, fu(d.base, "stop_moved", stop_to_entry=True)
    if which == 3:
        return text, fu(d.base, "cancel")
    return text, fu(d.base, "stop_hit")


@style(
    "fu4_edited_signals",
    "signals edited after posting in one or two fields, in layouts of their own: an emoji card whose stop is moved ('🛑 SL: 142.1 (updated)'), a one-liner whose target is added, a card whose leverage or entry is corrected, BTC prices with thousands separators; the parse names the fields the edit changed",
)
@own_stream
def fu4_edited_signals(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    fmt = rng.choice(["plain", "comma"])
    lev = rng.choice([5, 10, 20])
    tps = d.away(3)
    sl = d.against()
    layout = rng.randrange(3)
    change = rng.choice(["stop", "target", "leverage", "entry", "stop+target"])
    new = {"e": d.entry, "tps": list(tps), "sl": sl, "lev": lev}
    if "stop" in change:
        new["sl"] = d.against(rng.uniform(0.004, 0.012))
    if "target" in change:
        new["tps"] = [*tps, d.away(5)[4]]
    if change == "leverage":
        new["lev"] = rng.choice([v for v in (5, 10, 20, 25) if v != lev])
    if change == "entry":
        new["e"] = d.round(d.entry * (1 - d.sign * 0.004))
    mark = rng.choice(["", " (updated)", " ✏️"])

    def render(e: float, ts: list[float], s: float, lv: int, note: str) -> str:
        n = lambda v: num(v, d.dec, fmt)  # noqa: E731
        if layout == 0:
            lines = [f"📈 {d.base}/USDT {d.side.upper()}", f"💵 Entry: {n(e)}"]
            lines += [f"🎯 TP{i}: {n(v)}" for i, v in enumerate(ts, 1)]
            lines += [f"🛑 SL: {n(s)}{note}", f"⚡ Leverage: {lv}x"]
            return "\n".join(lines)
        if layout == 1:
            return (
                f"{d.base.lower()} {d.side} {n(e)} tp {' '.join(n(v) for v in ts)} "
                f"sl {n(s)} {lv}x{note}"
            )
        return (
            f"#{d.base}USDT — {d.side.title()}\nEntry: {n(e)}\nTargets: "
            f"{' | '.join(n(v) for v in ts)}\nStop: {n(s)}{note}\nLev: {lv}x"
        )

    changed = [
        f
        for f, a, b in (
            ("entries", d.entry, new["e"]),
            ("take_profits", tps, new["tps"]),
            ("stop_loss", sl, new["sl"]),
            ("leverage", lev, new["lev"]),
        )
        if a != b
    ]
    exp = signal(
        d,
        entries=[new["e"]],
        take_profits=new["tps"],
        stop_loss=new["sl"],
        leverage=new["lev"],
        edited_fields=changed,
        previous=render(d.entry, tps, sl, lev, ""),
    )
    return render(new["e"], new["tps"], new["sl"], new["lev"], mark), exp


# ---- fourth follow-up round, second set: longer and less regular updates, measured first ----
# The same research read again for what the first set left regular: updates told over a few
# sentences by an admin, bots' "TRADE UPDATE" cards with an Action: line, results with the
# entry and the exit, one coin's update beside another coin named only as the market's
# weather, plans and advice, close and stop words traders vary, and fills told as a trade
# activated. Written anew with drawn prices; each style draws from its own stream.


@style(
    "fu4b_narrative_paragraphs",
    "updates told over two or three sentences: 'Quick update on $SOL: price tagged our first target overnight, so I've taken 30% off and moved the stop to entry.', 'Guys, DOGE didn't work out. We're out with a small loss at 0.1182.', 'ETH update — we got stopped out on the wick last night. It happens.', 'Update on #LINK 👇 / TP2 hit ✅ / Closing another 25% and trailing the stop to 15.12'",
)
@own_stream
def fu4b_narrative_paragraphs(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    p = rng.choice([20, 25, 30, 40, 50])
    form = rng.randrange(5)
    if form == 0:
        first = rng.choice(["first", "1st"])
        t = rng.choice(
            [
                f"Quick update on {c}: price tagged our {first} target overnight, so I've taken {p}% off and moved the stop to entry. Let the rest ride 🙏",
                f"{c} update 👇 TP1 got hit while we slept. I booked {p}% there and my stop is at breakeven now, no risk left on this one.",
            ]
        )
        return t, fu(
            d.base,
            "target_hit",
            "close",
            "stop_moved",
            target_index=1,
            close_fraction=p / 100,
            stop_to_entry=True,
        )
    if form == 1:
        x = d.against(0.012)
        t = rng.choice(
            [
                f"Guys, {c} didn't work out. We're out with a small loss at {num(x, d.dec, fmt)}. Next one will be better 💪",
                f"Not every trade wins. Closed {c} at {num(x, d.dec, fmt)} for a small loss, capital protected.",
            ]
        )
        return t, fu(d.base, "close", close_fraction=1.0, price=x)
    if form == 2:
        t = rng.choice(
            [
                f"{c} update — we got stopped out on the wick last night. It happens, risk was managed.",
                f"Unfortunately {c} hit our stop loss this morning ❌ Risk was 1% as always, moving on.",
            ]
        )
        return t, fu(d.base, "stop_hit")
    if form == 3:
        s = d.away(1, 0.006)[0]
        t = (
            f"Update on {c} 👇\nTP2 hit ✅\nClosing another {p}% and trailing the stop to "
            f"{num(s, d.dec, fmt)}"
        )
        return t, fu(
            d.base,
            "target_hit",
            "close",
            "stop_moved",
            target_index=2,
            close_fraction=p / 100,
            new_stop=s,
        )
    t = rng.choice(
        [
            f"{c} is moving nicely. I'm not touching it yet, stop stays where it is. Patience 🧘",
            f"Still holding {c}. Nothing to do for now, the plan hasn't changed.",
        ]
    )
    return t, {"kind": "not_signal"}


@style(
    "fu4b_update_action_cards",
    "bots' 'TRADE UPDATE' cards with an Action line: '🔔 TRADE UPDATE / Pair: SOL/USDT / Action: Close 50% / Reason: resistance', 'Action: Move SL / New SL: 144.2', 'Action: Cancel / Reason: entry not reached', 'Action: Close / Exit: 151.2', '📢 UPDATE #AVAX ━━━ 🎯 TP1 ✅ 36.12 / 🔐 SL → Entry / 📊 Status: Running'",
)
@own_stream
def fu4b_update_action_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    pair = rng.choice([f"{d.base}/USDT", f"{d.base}USDT", f"#{d.base}"])
    head = rng.choice(["🔔 TRADE UPDATE", "📣 POSITION UPDATE", "⚙️ Update"])
    form = rng.randrange(5)
    if form == 0:
        p = rng.choice([25, 30, 50, 70])
        reason = rng.choice(["resistance ahead", "weak momentum", "news in 1h"])
        text = f"{head}\nPair: {pair}\nAction: Close {p}%\nReason: {reason}"
        return text, fu(d.base, "close", close_fraction=p / 100)
    if form == 1:
        s = d.away(1, 0.005)[0] if rng.random() < 0.5 else d.against(0.008)
        text = f"{head}\nPair: {pair}\nAction: Move SL\nNew SL: {num(s, d.dec, fmt)}"
        return text, fu(d.base, "stop_moved", new_stop=s)
    if form == 2:
        reason = rng.choice(["entry not reached", "setup invalidated", "market conditions changed"])
        text = f"{head}\nPair: {pair}\nAction: Cancel\nReason: {reason}"
        return text, fu(d.base, "cancel")
    if form == 3:
        x = d.away(2)[1]
        text = f"{head}\nPair: {pair}\nAction: Close\nExit: {num(x, d.dec, fmt)}"
        return text, fu(d.base, "close", close_fraction=1.0, price=x)
    n = rng.randint(1, 3)
    x = d.away(n)[n - 1]
    text = (
        f"📢 UPDATE {pair}\n━━━━━━━━━━\n🎯 TP{n} ✅ {num(x, d.dec, fmt)}\n🔐 SL → Entry\n"
        f"📊 Status: Running"
    )
    return text, fu(d.base, "target_hit", "stop_moved", target_index=n, price=x, stop_to_entry=True)


@style(
    "fu4b_close_with_entry_exit",
    "a close reported with the entry beside the exit: '#SOL closed ✅ Entry 142.1 → Exit 151.3 | +6.5% (x10 = +65%)', 'Closed $ETH long / Entry: 3,412 / Exit: 3,498.5 / PnL: +25.2%', 'ARB short closed at 1.082 (entry was 1.12)'",
)
@own_stream
def fu4b_close_with_entry_exit(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    x = d.away(2)[1] if rng.random() < 0.75 else d.against(0.01)
    e, xs = num(d.entry, d.dec, fmt), num(x, d.dec, fmt)
    pct = abs(x / d.entry - 1) * 100
    sign = "+" if (x > d.entry) == d.long else "-"
    lev = rng.choice([5, 10, 20])
    form = rng.randrange(3)
    if form == 0:
        text = (
            f"#{d.base} closed ✅ Entry {e} → Exit {xs} | {sign}{pct:.1f}% "
            f"(x{lev} = {sign}{pct * lev:.0f}%)"
        )
    elif form == 1:
        text = f"Closed ${d.base} {d.side}\nEntry: {e}\nExit: {xs}\nPnL: {sign}{pct * lev:.1f}%"
    else:
        text = f"{d.base} {d.side} closed at {xs} (entry was {e})"
    return text, fu(d.base, "close", close_fraction=1.0, price=x)


@style(
    "fu4b_other_coin_as_weather",
    "one coin's update beside another coin named only as the market's weather ('$LINK TP1 ✅ even with BTC bleeding', 'SOL stopped out — BTC dump took everything down', 'AVAX SL to entry, BTC dominance rising') and several coins with one action ('SOL TP1 ✅, same for AVAX', 'Move SL to entry on SOL and LINK': review)",
)
@own_stream
def fu4b_other_coin_as_weather(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in ALL_MARKETS if m[0] not in ("BTC", "ETH")])
    c = _coin(d, rng)
    n = rng.randint(1, 3)
    form = rng.randrange(5)
    if form == 0:
        t = rng.choice(
            [f"{c} TP{n} ✅ even with BTC bleeding", f"{c} TP{n} hit 🎯 despite the BTC dump"]
        )
        return t, fu(d.base, "target_hit", target_index=n)
    if form == 1:
        t = rng.choice(
            [
                f"{c} stopped out — BTC dump took everything down",
                f"{c} SL hit ❌ BTC dragged the whole market",
            ]
        )
        return t, fu(d.base, "stop_hit")
    if form == 2:
        t = rng.choice(
            [
                f"{c} SL to entry, BTC dominance rising",
                f"{c}: moving stop to breakeven, BTC looks shaky",
            ]
        )
        return t, fu(d.base, "stop_moved", stop_to_entry=True)
    other = Draw(rng, [m for m in ALL_MARKETS if m[1] != d.token])
    o = _coin(other, rng)
    if form == 3:
        return rng.choice([f"{c} TP{n} ✅, same for {o}", f"{c} TP{n} done, {o} too"]), {
            "kind": "needs_review"
        }
    return rng.choice([f"Move SL to entry on {c} and {o}", f"Cancel {c} and {o} limit orders"]), {
        "kind": "needs_review"
    }


@style(
    "fu4b_advice_and_waiting",
    "advice and waiting that must move nothing: 'If you're still in ETH, consider closing here', 'Those who entered late can move SL to entry', 'We'll close the rest at TP3' (review); 'Waiting for TP2 before moving the SL', 'No need to panic, SL still at 142', 'TP1 not reached yet, stay patient' (talk)",
)
@own_stream
def fu4b_advice_and_waiting(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng) if rng.random() < 0.7 else ""
    n = rng.randint(1, 3)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(6)
    review = {"kind": "needs_review"}
    if form == 0:
        t = rng.choice(
            [
                "If you're still in {c}, consider closing here",
                "Anyone still holding {c} may want to take some profit",
            ]
        )
        if not c:
            t = t.replace(" in {c}", "").replace(" holding {c}", " holding")
        return _with_coin(t, c), review
    if form == 1:
        t = rng.choice(
            [
                "Those who entered {c} late can move SL to entry",
                "Late entries on {c}: you can put the stop at breakeven if you like",
            ]
        )
        if not c:
            t = t.replace(" {c}", "").replace(" on:", ":")
        return _with_coin(t, c), review
    if form == 2:
        t = rng.choice(
            ["We'll close the rest of {c} at TP{n}", "{c}: the remainder gets closed at TP{n}"]
        )
        if not c:
            t = t.replace(" of {c}", "")
        return _with_coin(t.replace("{n}", str(n)), c), review
    if form == 3:
        t = rng.choice(
            [
                "{c} waiting for TP{n} before moving the SL",
                "{c} — SL stays put until TP{n} is in",
            ]
        )
        return _with_coin(t.replace("{n}", str(n)), c), {"kind": "not_signal"}
    if form == 4:
        s = num(d.against(), d.dec, fmt)
        t = rng.choice(
            ["No need to panic, {c} SL still at {x}", "{c} stop remains {x}, nothing changes"]
        )
        return _with_coin(t.replace("{x}", s), c), {"kind": "not_signal"}
    t = rng.choice(["{c} TP{n} not reached yet, stay patient", "{c} hasn't hit TP{n} yet 🙏"])
    return _with_coin(t.replace("{n}", str(n)), c), {"kind": "not_signal"}


@style(
    "fu4b_close_words_varied",
    "close words traders vary: 'Exit half here', 'Secure profits now, close 70%', 'Take profit on everything', 'Close the position at market', 'Closing out #SOL, target area reached', 'Sell 50% here' (spot), 'TP manually at …', 'Market close ETH now', 'Flat on DOGE'",
)
@own_stream
def fu4b_close_words_varied(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(6)
    if form == 0:
        p = rng.choice([30, 50, 70, 75])
        word = "half" if p == 50 and rng.random() < 0.5 else f"{p}%"
        t = rng.choice(
            [
                "Exit " + word + " here {c}",
                "{c} secure profits now, close " + word,
                "{c} sell " + word + " here",
            ]
        )
        return _with_coin(t, c), fu(sym, "close", close_fraction=p / 100)
    if form == 1:
        t = rng.choice(
            [
                "Take profit on everything {c}",
                "{c} close the position at market",
                "Market close {c} now",
                "Closing out {c}, target area reached",
            ]
        )
        return _with_coin(t, c), fu(sym, "close", close_fraction=1.0)
    if form == 2:
        x = d.away(2)[1]
        t = rng.choice(["{c} TP manually at {x}", "{c} took profit manually @ {x} ✅"])
        return _with_coin(t.replace("{x}", num(x, d.dec, fmt)), c), fu(
            sym, "close", close_fraction=1.0, price=x
        )
    if form == 3:
        c = c or _coin(d, rng)
        t = rng.choice(["Flat on {c} now", "{c}: we are flat, position closed"])
        return _with_coin(t, c), fu(d.base, "close", close_fraction=1.0)
    if form == 4:
        t = rng.choice(["Close 1/4 {c}", "{c} close a quarter here", "{c} take 25% off"])
        return _with_coin(t, c), fu(sym, "close", close_fraction=0.25)
    t = rng.choice(["{c} close two thirds now", "Exit 2/3 of {c} here"])
    if not c:
        t = t.replace(" of {c}", "")
    return _with_coin(t, c), fu(sym, "close", close_fraction=2 / 3)


@style(
    "fu4b_stop_words_varied",
    "stop updates traders vary: 'Stop now at 145.2 (was 142)', 'Update SL: 142 → 145.2', 'Trail SL below the last swing low at …', 'SL: entry', 'Protect the position, stop at entry', 'SL widened to …', 'Remove the stop loss' (review)",
)
@own_stream
def fu4b_stop_words_varied(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    old = d.against()
    new = d.away(1, 0.005)[0] if rng.random() < 0.5 else d.against(0.006)
    o, n = num(old, d.dec, fmt), num(new, d.dec, fmt)
    form = rng.randrange(5)
    if form == 0:
        t = rng.choice(["{c} stop now at {n} (was {o})", "Update SL: {o} → {n} {c}"])
        return _with_coin(t.replace("{n}", n).replace("{o}", o), c), fu(
            sym, "stop_moved", new_stop=new
        )
    if form == 1:
        low = "low" if d.long else "high"
        t = "{c} trail SL below the last swing " + low + " at {n}"
        if not d.long:
            t = t.replace("below", "above")
        return _with_coin(t.replace("{n}", n), c), fu(sym, "stop_moved", new_stop=new)
    if form == 2:
        t = rng.choice(
            ["{c} SL: entry", "Protect the position, stop at entry {c}", "{c} stop → entry price"]
        )
        return _with_coin(t, c), fu(sym, "stop_moved", stop_to_entry=True)
    if form == 3:
        wide = d.against(0.06)
        t = rng.choice(["{c} SL widened to {x}", "{c} giving it more room, stop to {x}"])
        return _with_coin(t.replace("{x}", num(wide, d.dec, fmt)), c), fu(
            sym, "stop_moved", new_stop=wide
        )
    t = rng.choice(["Remove the stop loss on {c}", "{c} no SL for now, I'm managing it manually"])
    if not c:
        t = t.replace(" on {c}", "")
    return _with_coin(t, c), {"kind": "needs_review"}


@style(
    "fu4b_fills_as_activation",
    "fills told as a trade activated: 'Long activated ✅ #SOL', '#ETH entered ✅ at 3,412', 'Buy order 2 executed at 0.512', 'Order triggered on $ARB', 'Trade is live now', 'Entry zone reached, we are in'",
)
@own_stream
def fu4b_fills_as_activation(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(4)
    if form == 0:
        side = d.side.title()
        t = rng.choice(
            [side + " activated ✅ {c}", "{c} trade activated 🟢", "{c} trade is live now ✅"]
        )
        return _with_coin(t, c), fu(sym, "entry_filled")
    if form == 1:
        x = d.entry
        t = rng.choice(
            [
                "{c} entered ✅ at {x}",
                "{c} order triggered at {x}",
                "Buy order 2 executed at {x} {c}",
            ]
        )
        if d.long is False:
            t = t.replace("Buy order", "Sell order")
        return _with_coin(t.replace("{x}", num(x, d.dec, fmt)), c), fu(sym, "entry_filled", price=x)
    if form == 2:
        t = rng.choice(["Entry zone reached on {c}, we are in ✅", "{c} entry hit, position open"])
        if not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t, c), fu(sym, "entry_filled")
    t = rng.choice(["Order triggered on {c}", "{c} limit order filled ✅"])
    if not c:
        t = t.replace(" on {c}", "")
    return _with_coin(t, c), fu(sym, "entry_filled")


# ---- mainstream English, seventh round: typed fast and mangled by relays, measured first -----
# Researched from how traders type a call in a hurry (side letters, 'k' thousands, labels glued
# to their values, typos, everything in small letters, the price before the coin), and from
# what clients and relays wrap around a post: a reply under a quote of the signal it answers, a
# 'Forwarded from' header or a desktop client's 'Name, [date time]' line, a channel tag or '>'
# before every line, a Discord copy with the author, clock time, role mentions and reaction
# counts, a chart's caption and snapshot line, an analysis paragraph after the levels, and two
# alternative scenarios (both sides: to review, never one copied).

MS7_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME
MS7_BIG = [("BTC", "BTC", 63450.0, 0), ("ETH", "ETH", 3412.0, 0)]
MS7_CHANNELS = [
    "Whale Calls",
    "Binance 360 Signals",
    "Crypto 2.0 Club",
    "Alpha Futures VIP",
    "Degen Scalps 24/7",
    "Moon Hunters",
]
MS7_ADMINS = ["WhaleAdmin", "jay_trades", "Alpha_Mod", "kriptokid", "SignalDesk"]


def ms7_big(rng: random.Random) -> Draw:
    """BTC or ETH with levels on round steps, so '64.2k' and '3.42k' are exact."""
    d = Draw(rng, MS7_BIG)
    d.entry = ms7_step(d, d.entry)
    return d


def ms7_step(d: Draw, v: float) -> float:
    step = 50 if d.base == "BTC" else 10
    return float(round(v / step) * step)


def ms7_k(v: float, rng: random.Random | None = None) -> str:
    mark = rng.choice(["k", "k", "K"]) if rng else "k"
    return f"{v / 1000:g}{mark}"


def ms7_levels(d: Draw, rng: random.Random, n: int, big: bool = False) -> tuple[list[float], float]:
    tps = ms3_tps(d, [d.entry], n, 0.015)
    sl = d.against(rng.uniform(0.015, 0.035))
    if big:
        tps = [ms7_step(d, v) for v in tps]
        sl = ms7_step(d, sl)
    return tps, sl


@style(
    "ms7_terse_side_letters",
    "terse one- and two-liners typed fast: 'eth s 3420-3450' / 't 3380/3330 sl 3490', 'btc l 64200 tp 65k 66k sl 63.1k 10x', 'sol L 148.2 / tp 152 155 / sl 144'",
)
@own_stream
def ms7_terse_side_letters(rng: random.Random) -> tuple[str, dict[str, Any]]:
    big = rng.random() < 0.35
    d = ms7_big(rng) if big else Draw(rng, MS7_MARKETS)
    coin = d.base.lower()
    letter = ("l" if d.long else "s") if rng.random() < 0.6 else ("L" if d.long else "S")
    form = rng.randrange(4)
    lev = rng.choice([None, None, 5, 10, 20])
    if form == 0:
        entries = zone(d, 0.008)
        if big:
            entries = sorted({ms7_step(d, v) for v in entries})
            if len(entries) < 2:
                entries = sorted([entries[0], entries[0] + (50 if d.base == "BTC" else 10)])
        tps = ms3_tps(d, entries, rng.randint(2, 3), 0.018)
        sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
        if big:
            tps, sl = [ms7_step(d, v) for v in tps], ms7_step(d, sl)
        p = functools.partial(num, dec=d.dec)
        text = f"{coin} {letter} {p(entries[0])}-{p(entries[1])}\nt {'/'.join(p(v) for v in tps)} sl {p(sl)}"
        if lev:
            text += f" {lev}x"
        return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    tps, sl = ms7_levels(d, rng, rng.randint(1, 3), big)

    def p(v: float) -> str:
        if big and v != d.entry:
            return ms7_k(v)
        return num(v, d.dec)

    if form == 1:
        word = "long" if d.long else "short"
        text = f"{coin} {rng.choice([letter, word])} {p(d.entry)} tp {' '.join(p(v) for v in tps)} sl {p(sl)}"
        text += f" {lev}x" if lev else ""
    elif form == 2:
        text = f"{coin} {letter} {p(d.entry)} / tp {' '.join(p(v) for v in tps)} / sl {p(sl)}"
        text += f" / {lev}x" if lev else ""
    else:
        text = f"{coin} {letter} @{p(d.entry)}\ntps {', '.join(p(v) for v in tps)}\nsl {p(sl)}"
        text += f" lev {lev}" if lev else ""
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7_k_m_shorthand",
    "thousands and millions written short, mixed with plain prices: 'btc long 64200 tp 65k 66.5k sl 63.1k', '$ETH short 3.42k-3.45K', alt calls with 'mc 45m, vol 3.2m' notes that are no prices",
)
@own_stream
def ms7_k_m_shorthand(rng: random.Random) -> tuple[str, dict[str, Any]]:
    if rng.random() < 0.6:
        d = ms7_big(rng)
        form = rng.randrange(3)
        lev = rng.choice([None, 10, 20, 25])
        if form == 0:
            tps, sl = ms7_levels(d, rng, rng.randint(2, 3), True)
            text = (
                f"{d.base.lower()} {d.side} {num(d.entry, 0)} tp {' '.join(ms7_k(v, rng) for v in tps)} "
                f"sl {ms7_k(sl, rng)}" + (f" {lev}x" if lev else "")
            )
            return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
        other = ms7_step(d, d.entry * (1 - d.sign * 0.006))
        entries = sorted([d.entry, other])
        tps = [ms7_step(d, v) for v in ms3_tps(d, entries, rng.randint(2, 3), 0.015)]
        sl = ms7_step(d, ms3_far_stop(d, entries, rng.uniform(0.012, 0.025)))
        note = rng.choice(
            [
                f"OI {rng.uniform(1, 30):.1f}b, funding +0.01%",
                f"24h vol {rng.uniform(10, 60):.1f}b",
                f"liqs {rng.randint(20, 400)}m overnight",
            ]
        )
        if form == 1:
            text = (
                f"${d.base} {d.side} {ms7_k(entries[0])}-{ms7_k(entries[1], rng)} | "
                f"tp {', '.join(ms7_k(v) for v in tps)} | sl {ms7_k(sl)} | {note}"
            )
        else:
            text = (
                f"{d.base} {d.side.upper()}\nentry {ms7_k(entries[0], rng)} – {ms7_k(entries[1], rng)}\n"
                + " ".join(f"TP{i} {ms7_k(v, rng)}" for i, v in enumerate(tps, 1))
                + f"\nSL {ms7_k(sl, rng)}\n({note})"
            )
        if lev:
            text += f"\n{lev}x"
        return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    d = Draw(rng, SMALL_CAPS + MEME + MULTIPLIED)
    tps, sl = ms7_levels(d, rng, rng.randint(1, 3))
    mc = rng.choice([f"{rng.randint(12, 900)}m", f"{rng.uniform(1, 9):.1f}b"])
    vol = f"{rng.uniform(0.5, 90):.1f}m"
    p = functools.partial(num, dec=d.dec)
    if rng.random() < 0.5:
        text = (
            f"{d.base.lower()} {d.side} {p(d.entry)} tp {' '.join(p(v) for v in tps)} sl {p(sl)} "
            f"— mc {mc}, vol {vol}"
        )
    else:
        text = (
            f"${d.base} {d.side} @ {p(d.entry)}\ntp {' / '.join(p(v) for v in tps)}\nsl {p(sl)}\n"
            f"mcap {mc} | {rng.randint(2, 90)}k holders | 24h vol {vol}"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "ms7_glued_typo_labels",
    "labels glued to their values and mistyped: 'entry:0.512', 'TP1-0.55', 'sl0.49', 'tp2-0.58', 'Entery:1.12', 'Stoplos:1.08', 'lev:10x', 'levrage 10x'",
)
@own_stream
def ms7_glued_typo_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(2, 3))
    p = functools.partial(num, dec=d.dec)
    lev = rng.choice([None, 10, 20])
    entry_label = rng.choice(["entry:", "Entry:", "Entery:", "entri:", "ENTRY-", "Entry-"])
    tp_label = rng.choice(["TP{i}-", "tp{i}-", "Tp{i}:", "Target{i}-", "TP{i}="])
    sl_label = rng.choice(["sl", "SL-", "Stoplos:", "stoploss-", "SL:", "sl="])
    lev_text = rng.choice(["lev:{n}x", "levrage {n}x", "Leverge:{n}x", "LEV-{n}X"])
    head = rng.choice(
        [f"#{d.base} {d.side.upper()}", f"{d.base}USDT {d.side}", f"{d.side.upper()}#{d.base}"]
    )
    parts = [f"{entry_label}{p(d.entry)}"]
    parts += [tp_label.format(i=i) + p(v) for i, v in enumerate(tps, 1)]
    parts.append(f"{sl_label}{p(sl)}")
    if lev:
        parts.append(lev_text.format(n=lev))
    sep = rng.choice(["\n", "\n", " ", "  "])
    text = head + ("\n" if sep == "\n" else " ") + sep.join(parts)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7_price_before_coin",
    "the price typed before the coin: '64200 btc long, tp 65100 / 66000, sl 63100', 'long 0.512 arb tp 0.53 0.55 sl 0.49', 'sell 3412 eth', '@148.2 sol short | t 145 142 | sl 151'",
)
@own_stream
def ms7_price_before_coin(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(1, 3))
    p = functools.partial(num, dec=d.dec)
    coin = rng.choice([d.base.lower(), d.base, f"${d.base.lower()}"])
    lev = rng.choice([None, None, 10, 15])
    form = rng.randrange(4)
    if form == 0:
        text = f"{p(d.entry)} {coin} {d.side}, tp {' / '.join(p(v) for v in tps)}, sl {p(sl)}"
    elif form == 1:
        text = f"{d.side} {p(d.entry)} {coin} tp {' '.join(p(v) for v in tps)} sl {p(sl)}"
    elif form == 2:
        verb = "buy" if d.long else "sell"
        text = f"{verb} {p(d.entry)} {coin}\ntp {' '.join(p(v) for v in tps)}\nsl {p(sl)}"
    else:
        text = f"@{p(d.entry)} {coin} {d.side} | t {' '.join(p(v) for v in tps)} | sl {p(sl)}"
    if lev:
        text += f" | {lev}x" if form == 3 else f" {lev}x"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7_reply_quote_signal",
    "a reply under the signal it answers as clients and relays show it: 'Replying to @admin: \"sol long 148.2 tp 152 155 sl 144\"', '↩️ In reply to: #SOL LONG | Entry 148.2 | …', '┌ admin: sol long 148.2 tp 15…' (the quote cut), 'Re: SOL long 148.2', '│ '-quoted lines; then 'tp1 hit, sl to entry', 'close half', 'stopped out', 'sl to 146.1', 'cancel this one'",
)
@own_stream
def ms7_reply_quote_signal(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(2, 3))
    p = functools.partial(num, dec=d.dec)
    admin = rng.choice(MS7_ADMINS)
    one = f"{d.base.lower()} {d.side} {p(d.entry)} tp {' '.join(p(v) for v in tps)} sl {p(sl)}"
    card = [
        f"#{d.base} {d.side.upper()}",
        f"Entry {p(d.entry)}",
        "TP " + " / ".join(p(v) for v in tps),
        f"SL {p(sl)}",
    ]
    form = rng.randrange(5)
    if form == 0:
        quote = f'Replying to @{admin}:\n"{one}"\n'
    elif form == 1:
        quote = "↩️ In reply to: " + " | ".join(card) + "\n"
    elif form == 2:
        quote = f"┌ {admin}: {one[: rng.randint(14, len(one) - 4)]}…\n"
    elif form == 3:
        quote = f"Re: {d.base} {d.side} {p(d.entry)}\n"
    else:
        quote = "\n".join(f"│ {line}" for line in card) + "\n"
    reply = rng.randrange(6)
    if reply == 0:
        n = rng.randint(1, len(tps) - 1)
        return quote + rng.choice([f"tp{n} hit, sl to entry", f"TP{n} ✅ move sl to be"]), fu(
            d.base, "target_hit", "stop_moved", target_index=n, stop_to_entry=True
        )
    if reply == 1:
        return quote + rng.choice(["close half here", "closing 50% now"]), fu(
            d.base, "close", close_fraction=0.5
        )
    if reply == 2:
        return quote + rng.choice(["stopped out ❌", "sl hit, next one"]), fu(d.base, "stop_hit")
    if reply == 3:
        s = d.round(d.entry * (1 + d.sign * 0.004))
        return quote + rng.choice([f"sl to {p(s)}", f"move stop to {p(s)}"]), fu(
            d.base, "stop_moved", new_stop=s
        )
    if reply == 4:
        n = rng.randint(2, len(tps))
        return quote + f"tp{n} done ✅", fu(d.base, "target_hit", target_index=n)
    return quote + rng.choice(["cancel this one, entry not hit", "cancelled ❌ didn't fill"]), fu(
        d.base, "cancel"
    )


def ms7_card(d: Draw, rng: random.Random) -> tuple[list[str], dict[str, Any]]:
    """A plain labelled card and its expected parse, for the wrappers of this round."""
    zoned = rng.random() < 0.35
    entries = zone(d, 0.008) if zoned else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 4), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.035))
    lev = rng.choice([None, 5, 10, 20])
    fmt = rng.choice(["plain", "comma"])
    p = functools.partial(num, dec=d.dec, style=fmt)
    lines = [
        rng.choice(
            [
                f"#{d.base}/USDT {d.side.upper()}",
                f"{'🟢' if d.long else '🔴'} {d.base} {d.side.upper()}",
                f"${d.base} — {d.side.title()}",
            ]
        ),
        "Entry: " + (f"{p(entries[0])} - {p(entries[1])}" if zoned else p(d.entry)),
        "Targets: " + rng.choice([" / ", " - ", ", "]).join(p(v) for v in tps),
        f"SL: {p(sl)}",
    ]
    if lev:
        lines.append(f"Leverage: {lev}x")
    return lines, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7_forwarded_headers",
    "forwarded posts under the header a client or relay adds: '[Forwarded from Binance 360 Signals]', 'Forwarded from Crypto 2.0 Club (@crypto20club)', 'Fwd: Whale Calls', an e-mail style '---- Forwarded message ----' block with From and Date, a desktop copy's 'Moon Hunters, [05.12.26 14:32]'",
)
@own_stream
def ms7_forwarded_headers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    lines, exp = ms7_card(d, rng)
    name = rng.choice(MS7_CHANNELS)
    handle = re.sub(r"[^a-z0-9]", "", name.lower())
    day, month, hour, minute = (
        rng.randint(1, 28),
        rng.randint(1, 12),
        rng.randint(0, 23),
        rng.randint(0, 59),
    )
    form = rng.randrange(5)
    if form == 0:
        head = f"[Forwarded from {name}]"
    elif form == 1:
        head = f"Forwarded from {name} (@{handle})"
    elif form == 2:
        head = f"Fwd: {name}"
    elif form == 3:
        head = (
            f"---------- Forwarded message ----------\nFrom: {name}\n"
            f"Date: {day:02d}.{month:02d}.2026 {hour:02d}:{minute:02d}"
        )
    else:
        head = f"{name}, [{day:02d}.{month:02d}.26 {hour:02d}:{minute:02d}]"
    return head + "\n" + "\n".join(lines), exp


@style(
    "ms7_line_tag_prefix",
    "relays that put a channel tag or quote marks before every line: '[VIP] Entry: 148.2', 'WC | TP: 152 / 155', '> Entry: …', '>> SL: …', '» …', '┃ …', '📡 …'",
)
@own_stream
def ms7_line_tag_prefix(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    lines, exp = ms7_card(d, rng)
    prefix = rng.choice(
        ["[VIP] ", "[WhaleCalls] ", "WC | ", "> ", ">> ", ">", "» ", "┃ ", "📡 ", "> [VIP] "]
    )
    return "\n".join(prefix + line for line in lines), exp


@style(
    "ms7_discord_copy_header",
    "Discord posts copied as text with their header and trimmings: 'TraderJoe — Today at 2:32 PM', 'APP SignalBot BOT — 12/05/2026 14:32', '[14:32] Admin:', role mentions '@Futures VIP @everyone', '(edited)', reaction counts '🔥 12  🚀 7'",
)
@own_stream
def ms7_discord_copy_header(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(1, 3))
    p = functools.partial(num, dec=d.dec)
    lev = rng.choice([None, 10, 20])
    user = rng.choice(MS7_ADMINS)
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    ampm = rng.choice(["AM", "PM"])
    head = rng.choice(
        [
            f"{user} — Today at {hour}:{minute:02d} {ampm}",
            f"APP SignalBot BOT — {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026 {hour + 8}:{minute:02d}",
            f"[{hour + 8}:{minute:02d}] {user}:",
            f"{user} — Yesterday at {hour}:{minute:02d} {ampm}",
        ]
    )
    roles = rng.choice(["@Futures VIP", "@everyone", "@Signals @Scalps", "@VIP 2.0 @everyone"])
    body = [
        rng.choice(
            [f"**{d.base}** {d.side}", f"{d.base}/USDT {d.side.upper()}", f"${d.base} {d.side}"]
        ),
        f"entry {p(d.entry)}",
        "tp " + " / ".join(p(v) for v in tps),
        f"sl {p(sl)}",
    ]
    if lev:
        body.append(f"{lev}x")
    tail = []
    if rng.random() < 0.5:
        body[-1] += " (edited)"
    if rng.random() < 0.7:
        tail.append(f"🔥 {rng.randint(2, 60)}  🚀 {rng.randint(1, 30)}  👀 {rng.randint(1, 9)}")
    text = "\n".join([head, roles, *body, *tail])
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7_if_else_scenarios",
    "two alternative trades in one post, to review (never one copied): 'if btc breaks 64.2k long tp 65k sl 63.8k, else short 63.5k …', 'Plan A (long): … Plan B (short): …', 'bullish case: … bearish case: …', 'above 150 → long … | below 145 → short …', 'either long the retest … or short the rejection …'",
)
@own_stream
def ms7_if_else_scenarios(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    d.long = True
    d.sign = 1
    p = functools.partial(num, dec=d.dec)
    up = d.round(d.entry * 1.01)
    dn = d.round(d.entry * 0.99)
    up_t = [d.round(up * (1 + 0.015 * i)) for i in (1, 2)]
    up_s = d.round(up * 0.985)
    dn_t = [d.round(dn * (1 - 0.015 * i)) for i in (1, 2)]
    dn_s = d.round(dn * 1.015)
    coin = rng.choice([d.base.lower(), d.base, f"#{d.base}"])
    form = rng.randrange(5)
    if form == 0:
        text = (
            f"if {coin} breaks {p(up)} long tp {p(up_t[0])} sl {p(up_s)}, "
            f"else short {p(dn)} tp {p(dn_t[0])} sl {p(dn_s)}"
        )
    elif form == 1:
        text = (
            f"{coin} plan\nPlan A (long): entry {p(up)}, tp {p(up_t[0])} / {p(up_t[1])}, sl {p(up_s)}\n"
            f"Plan B (short): entry {p(dn)}, tp {p(dn_t[0])} / {p(dn_t[1])}, sl {p(dn_s)}"
        )
    elif form == 2:
        text = (
            f"{coin} today\nbullish case: above {p(up)} we long, targets {p(up_t[0])} {p(up_t[1])}, stop {p(up_s)}\n"
            f"bearish case: lose {p(dn)} and we short, targets {p(dn_t[0])} {p(dn_t[1])}, stop {p(dn_s)}"
        )
    elif form == 3:
        text = (
            f"{coin}: above {p(up)} → long, tp {p(up_t[0])}/{p(up_t[1])}, sl {p(up_s)} | "
            f"below {p(dn)} → short, tp {p(dn_t[0])}, sl {p(dn_s)}"
        )
    else:
        text = (
            f"{coin} — either long the retest of {p(dn)} (tp {p(up_t[0])}, sl {p(d.round(dn * 0.985))}) "
            f"or short the rejection at {p(up_t[0])} (tp {p(dn)}, sl {p(d.round(up_t[0] * 1.015))}). "
            "will post which one triggers"
        )
    return text, {"kind": "needs_review"}


@style(
    "ms7_chart_caption",
    "a signal posted as a chart's caption: '[Photo]', '🖼 IMG_2041.jpg', 'Chart: SOLUSDT · 4h · Binance', a TradingView header with the candle's 'O148.20 H149.35 L147.10 C148.95', a snapshot link, 'chart 👆' — none of them levels",
)
@own_stream
def ms7_chart_caption(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    lines, exp = ms7_card(d, rng)
    p = functools.partial(num, dec=d.dec)
    tf = rng.choice(["15m", "1h", "4h", "4H", "1D", "240"])
    o = d.round(d.entry * rng.uniform(0.995, 1.005))
    h = d.round(max(o, d.entry) * rng.uniform(1.002, 1.01))
    lo = d.round(min(o, d.entry) * rng.uniform(0.99, 0.998))
    c = d.round(d.entry * rng.uniform(0.997, 1.003))
    caption = rng.choice(
        [
            ["[Photo]"],
            [f"🖼 IMG_{rng.randint(1000, 9999)}.jpg"],
            [f"Chart: {d.base}USDT · {tf} · Binance"],
            [f"{d.base}USDT Perpetual · {tf} · BINANCE", f"O{p(o)} H{p(h)} L{p(lo)} C{p(c)}"],
            [f"📷 {d.base}/USDT {tf} chart"],
        ]
    )
    foot = rng.choice(
        [
            [f"snapshot: tradingview.com/x/{rng.randint(10000000, 99999999)}/"],
            ["chart 👆"],
            [],
        ]
    )
    if rng.random() < 0.5:
        text = "\n".join([*caption, *lines, *foot])
    else:
        text = "\n".join([*lines, *foot, *caption])
    return text, exp


@style(
    "ms7_signal_then_explanation",
    "a signal, then a paragraph explaining it with numbers of its own: support and resistance prices, 'RSI 34 on the 4h', 'the 200 EMA at …', '+120% last week', volume and funding figures — none of them fields",
)
@own_stream
def ms7_signal_then_explanation(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    lines, exp = ms7_card(d, rng)
    p = functools.partial(num, dec=d.dec)
    support = d.round(d.entry * rng.uniform(0.96, 0.985))
    resist = d.round(d.entry * rng.uniform(1.02, 1.05))
    ema = d.round(d.entry * rng.uniform(0.97, 1.03))
    rsi = rng.randint(28, 72)
    sentences = [
        f"Price is holding the {rng.choice(['4h', '1h', 'daily'])} support at {p(support)} and RSI is {rsi}"
        + (" (oversold)." if rsi < 35 else "."),
        f"The 200 EMA sits around {p(ema)}, resistance above at {p(resist)}.",
        f"{d.base} did +{rng.randint(20, 160)}% last week and volume is up {rng.randint(10, 80)}%.",
        f"Funding {rng.choice(['0.01', '-0.005', '0.03'])}%, OI up {rng.randint(3, 25)}% on the day.",
        f"Risk 1-2% per trade, {rng.randint(2, 4)}:1 R:R on the first target.",
    ]
    rng.shuffle(sentences)
    paragraph = rng.choice(["Why: ", "Reasoning: ", "", "Idea — "]) + " ".join(
        sentences[: rng.randint(3, 5)]
    )
    return "\n".join(lines) + "\n\n" + paragraph, exp


@style(
    "ms7_quick_lowercase_lines",
    "quick posts in small letters, one field a line without colons: 'sol long' / 'entry 148.2' / 'tgt 152 155' / 'sl 144' / 'lev 10', 'arb short now' / 'in 1.12' / 'out 1.08 1.05' / 'stop 1.15'",
)
@own_stream
def ms7_quick_lowercase_lines(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    zoned = rng.random() < 0.3
    entries = zone(d, 0.008) if zoned else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(1, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    p = functools.partial(num, dec=d.dec)
    lev = rng.choice([None, 5, 10, 20])
    coin = rng.choice([d.base.lower(), f"{d.base.lower()}usdt", f"#{d.base.lower()}"])
    e = f"{p(entries[0])}-{p(entries[1])}" if zoned else p(d.entry)
    words = rng.choice(
        [
            ("entry", "tgt", "sl"),
            ("in", "out", "stop"),
            ("buy" if d.long else "sell", "tp", "sl"),
            ("entry", "tps", "invalidation"),
        ]
    )
    lines = [f"{coin} {d.side}" + rng.choice(["", " now", " here", " scalp"])]
    lines.append(f"{words[0]} {e}")
    lines.append(f"{words[1]} " + rng.choice([" ", " / ", ", "]).join(p(v) for v in tps))
    lines.append(f"{words[2]} {p(sl)}")
    if lev:
        lines.append(f"lev {lev}" if rng.random() < 0.5 else f"{lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- leftovers round two: readings known wrong and left alone, measured first --------------
# Each kind the earlier rounds recorded as read wrong, written for every layout of its kind
# with drawn prices of every magnitude and both sides: a card whose coin line is missing while
# a channel's name, a clock time's 'PM', a margin word or a headline in capitals stands above
# the levels; cut fragments whose first capital word is a label ('OTE: …', '#STOPLOSS …'); a
# leverage the message gives that cannot be read ('Leverage: TBD'); several webhook payloads in
# one message (objects one after another, an array, a list under 'signals'); two small coins'
# updates with no clause between them; a current-price label left empty over 'Add more:' and a
# first target heading left empty over a later one; Korean and Japanese target lists written
# before or after their word; Chinese sentences with '多' / '看'.

LO2_BANNERS = [
    "🏆 CRYPTO KINGS 🏆 | {pct}% accuracy | {k}K members",
    "🐋 WHALE HUNTERS VIP 🐋",
    "🤖 AUTO SIGNAL | ID: {id}",
    "📊 OPERAÇÃO FUTUROS",
    "⚡ MOON SQUAD CALLS ⚡",
    "FUTURES SIGNAL — {hh}:{mm} PM",
    "ELITE TRADERS CLUB • signal #{id}",
    "📢 NEW TRADE SETUP",
]
LO2_FOOTERS = [
    "⚠️ PROTECT YOUR CAPITAL, MANAGE RISK!",
    "Posted {d}/{m}/2026 {hh}:{mm} AM",
    "JOIN VIP FOR MORE",
    "Margin: ISO | Lev: {lev}",
    "ETF inflows hit ${b}B yesterday 📰",
]


def lo2_fill(rng: random.Random, template: str) -> str:
    return template.format(
        pct=rng.randint(80, 97),
        k=rng.randint(5, 90),
        id=rng.randint(100, 99999),
        hh=rng.randint(1, 12),
        mm=f"{rng.choice([0, 15, 30, 45]):02d}",
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        lev=rng.choice([5, 10, 20]),
        b=f"{rng.uniform(0.2, 1.5):.1f}",
    )


@style(
    "caps_banner_without_coin_line",
    "cards whose coin line is missing under a channel banner in capitals ('🏆 CRYPTO KINGS 🏆', '🤖 AUTO SIGNAL | ID: 83719', '📊 OPERAÇÃO FUTUROS', '… 4:05 PM', '⚠️ PROTECT YOUR CAPITAL'): review; the same cards with their coin line: the signal",
)
@own_stream
def lo2_caps_banner(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    with_coin = rng.random() < 0.4
    lines = [lo2_fill(rng, rng.choice(LO2_BANNERS))]
    if with_coin:
        lines.append(f"Pair: {d.base}/USDT")
    lines.append(f"Direction: {d.side.upper()}")
    lines.append(f"Entry: {p(d.entry)}")
    lines.append("Targets: " + ", ".join(p(v) for v in tps))
    lines.append(f"Stop: {p(sl)}")
    footer = lo2_fill(rng, rng.choice(LO2_FOOTERS))
    lines.append(footer)
    if not with_coin:
        return "\n".join(lines), {"kind": "needs_review"}
    lev = None
    mode = None
    if footer.startswith("Margin:"):
        lev = int(footer.rsplit(" ", 1)[1])
        mode = "isolated"
    exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "label_word_fragments",
    "cut fragments whose only capital word is a label: '4' / 'OTE: 0.4512' / 'TARGETS: …', '#STOPLOSS 0.4256' under '#EntryPoint', 'ZONE: a - b' / 'TP: …', 'CMP: a' / 'SL: b': review; with a coin over them: the signal",
)
@own_stream
def lo2_label_fragments(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    entries = zone(d, 0.01)
    mid = d.round((entries[0] + entries[1]) / 2)
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.02)
    sl = ms3_far_stop(d, entries, rng.uniform(0.02, 0.035))
    p = ms3_p(d, rng, 0.0)
    form = rng.randrange(4)
    if form == 0:
        lines = [
            str(rng.randint(2, 9)),
            f"OTE: {p(mid)}",
            "TARGETS: " + " - ".join(p(v) for v in tps),
            f"STOP LOSS: {p(sl)}",
        ]
    elif form == 1:
        lines = [f"#EntryPoint {p(d.entry)}"]
        lines += [f"#Target_{i} {p(v)}" for i, v in enumerate(tps, 1)]
        lines.append(f"#STOPLOSS {p(sl)}")
    elif form == 2:
        lines = [
            f"ZONE: {p(entries[0])} - {p(entries[1])}",
            "TP: " + " / ".join(p(v) for v in tps),
            f"SL: {p(sl)}",
        ]
    else:
        lines = [f"CMP: {p(d.entry)}", "TGT: " + " / ".join(p(v) for v in tps), f"SL: {p(sl)}"]
    if rng.random() < 0.6:
        return "\n".join(lines), {"kind": "needs_review"}
    head = f"#{d.base}/USDT {d.side.upper()}"
    if form == 0:
        lines = [head, f"ENTRY: {p(entries[0])} - {p(entries[1])}", *lines[1:]]
        exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl)
    elif form == 2:
        exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl)
        lines = [head, *lines]
    else:
        exp = signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
        lines = [head, *lines]
    return "\n".join(lines), exp


@style(
    "unreadable_leverage",
    "a leverage the message gives that cannot be read ('Leverage: TBD', 'Lev: see pinned', 'Leverage: abc', 'Leverage: —', '⚙️ Leverage: ?x'): review; a readable one beside it ('Leverage: 10x', 'Lev: x20'): the signal",
)
@own_stream
def lo2_unreadable_leverage(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    p = ms3_p(d, rng, 0.2)
    readable = rng.random() < 0.35
    lev = rng.choice([5, 10, 20, 25])
    if readable:
        lv = rng.choice([f"Leverage: {lev}x", f"Lev: x{lev}", f"⚙️ Leverage: {lev}X"])
    else:
        lv = rng.choice(
            [
                "Leverage: TBD",
                "Lev: see pinned",
                "Leverage: abc",
                "Leverage: —",
                "⚙️ Leverage: ?x",
                "Leverage: your choice",
                "Leverage: N/A",
            ]
        )
    lines = [f"{ms2_pair(d, rng)} {d.side.upper()}", f"Entry: {p(d.entry)}"]
    lines.insert(rng.choice([1, 2]), lv)
    lines += ["TP: " + " / ".join(p(v) for v in tps), f"SL: {p(sl)}"]
    if readable:
        return "\n".join(lines), signal(
            d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
        )
    return "\n".join(lines), {"kind": "needs_review"}


def lo2_payload(d: Draw, rng: random.Random, tps: list[float], sl: float) -> dict[str, Any]:
    return {
        "ticker": f"{d.base}USDT",
        "side": "buy" if d.long else "sell",
        "price": d.entry,
        "tp": tps if len(tps) > 1 else tps[0],
        "sl": sl,
        "qty": rng.choice([0.5, 1, 25, 120]),
    }


@style(
    "several_payloads",
    "webhook payloads several to a message: two objects one after another, an array of signals, a list under 'signals': review; an array holding one object: the signal",
)
@own_stream
def lo2_several_payloads(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    first = lo2_payload(d, rng, tps, sl)
    form = rng.randrange(5)
    if form == 4:
        text = json.dumps([first])
        return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    same = rng.random() < 0.4
    d2 = Draw(rng, MS3_MARKETS)
    if same:
        d2 = Draw(rng, [m for m in MS3_MARKETS if m[0] == d.base])
    tps2 = ms3_tps(d2, [d2.entry], rng.randint(1, 3), 0.015)
    sl2 = d2.against(rng.uniform(0.015, 0.03))
    second = lo2_payload(d2, rng, tps2, sl2)
    if form == 0:
        text = json.dumps(first) + "\n" + json.dumps(second)
    elif form == 1:
        text = json.dumps([first, second])
    elif form == 2:
        text = json.dumps({"signals": [first, second]})
    else:
        text = json.dumps(first) + " " + json.dumps(second)
    return text, {"kind": "needs_review"}


LO2_SMALL = ["DOT", "LINK", "ATOM", "INJ", "ARB", "TIA", "APT", "NEAR", "OP", "AVAX", "LTC"]


@style(
    "two_coin_updates_run_on",
    "two smaller coins' updates with no clause break between them ('DOT TP1 hit LINK stop moved to entry', 'ATOM closed INJ TP2 done', '#ARB tp2 ✅ #TIA sl hit'): review; one coin's update: the follow-up",
)
@own_stream
def lo2_two_coin_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(LO2_SMALL, 2)
    n = rng.randint(1, 3)
    first = rng.choice(
        [
            (f"{a} TP{n} hit", follow("target_hit", a, target_index=n)),
            (f"#{a} tp{n} ✅", follow("target_hit", a, target_index=n)),
            (f"{a} closed", follow("close", a, close_fraction=1.0)),
        ]
    )
    second = rng.choice(
        [
            f"{b} stop moved to entry",
            f"#{b} sl hit",
            f"{b} TP{rng.randint(1, 3)} done",
            f"{b} closed in profit",
        ]
    )
    if rng.random() < 0.3:
        return first[0], first[1]
    return f"{first[0]} {second}", {"kind": "needs_review"}


@style(
    "current_price_label_emptied",
    "a current-price label or a first target heading left empty ('CMP:' over 'Add more: a', 'Short-term targets:' over 'Long-term targets: …', 'Short Term:' under 'TARGETS' over 'Long Term: …'): review; filled: the signal",
)
@own_stream
def lo2_emptied(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    add = d.round(d.entry * (1 - d.sign * rng.uniform(0.01, 0.03)))
    tps = ms3_tps(d, [d.entry], 4, 0.02)
    sl = d.round(add * (1 - d.sign * rng.uniform(0.02, 0.04)))
    p = ms3_p(d, rng, 0.0)
    head = rng.choice(
        [f"#{d.base} — {d.side.title()}", f"{d.base}/USDT {'BUY' if d.long else 'SELL'}"]
    )
    form = rng.randrange(3)
    filled = rng.random() < 0.3
    if form == 0:
        lines = [
            head,
            f"CMP: {p(d.entry)}" if filled else "CMP:",
            f"Add more: {p(add)}",
            "Targets: " + " ".join(p(v) for v in tps),
            f"SL: {p(sl)} (4h close)",
        ]
    elif form == 1:
        lines = [
            head,
            f"CMP: {p(d.entry)}",
            f"Add more at {p(add)}",
            "Short-term targets: " + (" ".join(p(v) for v in tps[:2]) if filled else ""),
            "Long-term targets: " + " ".join(p(v) for v in tps[2:]),
            f"SL: {p(sl)} (1D close)",
        ]
    else:
        lines = [
            head,
            f"ENTRY: {p(d.entry)} - {p(add)}",
            "",
            "TARGETS",
            "Short Term: " + (" - ".join(p(v) for v in tps[:2]) if filled else ""),
            f"Mid Term: {p(tps[2])}",
            f"Long Term: {p(tps[3])}",
            "",
            f"STOP LOSS: {p(sl)}",
        ]
    text = "\n".join(line.rstrip() for line in lines)
    if not filled:
        return text, {"kind": "needs_review"}
    entries = sorted([d.entry, add]) if form == 2 else [d.entry, add]
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl)


@style(
    "cjk_target_lists",
    "Korean and Japanese target lists of two or three prices, written after or before their word ('익절 152 / 155', '152 / 155 익절', '利確：152 / 155', '目標 152・155'), with prices of every size",
)
@own_stream
def lo2_cjk_targets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    v = lambda x: num(x, d.dec)  # noqa: E731
    sep = rng.choice([" / ", "/", " , ", "・" if rng.random() < 0.5 else " / "])
    tl = sep.join(v(x) for x in tps)
    lang = rng.randrange(4)
    if lang == 0:
        side = "롱" if d.long else "숏"
        text = f"{d.base} {side}\n진입 {v(d.entry)}\n익절 {tl}\n손절 {v(sl)}"
    elif lang == 1:
        side = "롱" if d.long else "숏"
        text = f"{d.base} {v(d.entry)} {side} 진입, {tl} 익절, {v(sl)} 손절"
    elif lang == 2:
        side = "ロング" if d.long else "ショート"
        text = f"#{d.base} {side}\nエントリー：{v(d.entry)}\n利確：{tl}\n損切り：{v(sl)}"
    else:
        side = "ロング" if d.long else "ショート"
        text = f"{d.base} {v(d.entry)}で{side}、目標 {tl}、損切り {v(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "chinese_duo_kan_sentences",
    "Chinese sentences with the one-character side '多' / '空' and '看' before the targets ('SOL 148.2附近多，看152、155，止损144', 'ETH 3412空，看3350/3300，破3460止损', '现价多 LINK 14.85，看15.1'), prices of every size",
)
@own_stream
def lo2_zh_duo_kan(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    v = lambda x: num(x, d.dec)  # noqa: E731
    side = "多" if d.long else "空"
    tl = rng.choice(["、", "/", " "]).join(v(x) for x in tps)
    form = rng.randrange(3)
    if form == 0:
        text = f"{d.base} {v(d.entry)}附近{side}，看{tl}，止损{v(sl)}"
    elif form == 1:
        brk = "跌破" if d.long else "突破"
        text = f"{d.base} {v(d.entry)}{side}，看{tl}，{brk}{v(sl)}止损"
    else:
        text = f"#{d.base} 在{v(d.entry)}进{side}单，目标看{tl}，止损{v(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "italic_labels_after_label_line",
    "WhatsApp italic labels after a label line of their own: '*Targets:*' over a list then '_Stop:_ s', '_Entry:_' over its value then '_Stop:_ s', '_SL:_' after a 'TP' line",
)
@own_stream
def lo2_italic_stop(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    v = lambda x: num(x, d.dec)  # noqa: E731
    head = f"*{d.base}/USDT — {d.side.upper()}*"
    form = rng.randrange(3)
    if form == 0:
        lines = [
            head,
            f"_Entry:_ {v(d.entry)}",
            "_Targets:_",
            *[f"• {v(x)}" for x in tps],
            f"_Stop:_ {v(sl)}",
        ]
    elif form == 1:
        lines = [
            head,
            "_Entry:_",
            v(d.entry),
            "_Targets:_ " + " | ".join(v(x) for x in tps),
            f"_Stop:_ {v(sl)}",
        ]
    else:
        lines = [
            head,
            f"_Entry:_ {v(d.entry)}",
            "*TP:* " + " - ".join(v(x) for x in tps),
            f"_SL:_ {v(sl)}",
        ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# ---- mainstream English, sixth round, fourth set: measured once before the parser saw it ---
# Notes in brackets that name another price ('just under the 152.5 resistance', 'to BE after
# TP1'), dates with month names in headers, a line splitting the position over the targets
# ('TP split: 50/30/20'), the coin and side written at the foot, and units in brackets after
# the labels ('Entry (USDT):', 'Leverage (x):').


@style(
    "levels_with_priced_reasons",
    "levels with a reason in brackets that names another price: 'TP2: 152.1 (just under the 152.5 resistance)', 'SL: 144 (below the 144.8 swing low)', 'Entry: 148.2 (after a 4H close above 147.9)', 'SL: 144 (to BE after TP1)'",
)
@own_stream
def ms6d_priced_reasons(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.02)
    sl = d.against(rng.uniform(0.02, 0.035))
    lev = rng.choice([None, 5, 10])
    p = ms6_p(d, rng, 0.25)
    s = d.sign
    lines = [f"#{d.base}USDT {d.side.upper()}"]
    trigger = d.round(d.entry * (1 - s * 0.002))
    lines.append(
        rng.choice(
            [
                f"Entry: {p(d.entry)} (after a 4H close {'above' if d.long else 'below'} {p(trigger)})",
                f"Entry: {p(d.entry)} (retest of the {p(trigger)} breakout)",
                f"Entry: {p(d.entry)}",
            ]
        )
    )
    for i, v in enumerate(tps, 1):
        wall = d.round(v * (1 + s * 0.003))
        note = rng.choice(
            [
                f" (just {'under' if d.long else 'above'} the {p(wall)} resistance)"
                if d.long
                else f" (just above the {p(wall)} support)",
                f" (front-run of the {p(wall)} level)",
                "",
            ]
        )
        lines.append(f"TP{i}: {p(v)}{note}")
    low = d.round(sl * (1 + s * 0.004))
    lines.append(
        rng.choice(
            [
                f"SL: {p(sl)} ({'below' if d.long else 'above'} the {p(low)} swing {'low' if d.long else 'high'})",
                f"SL: {p(sl)} (to BE after TP1)",
                f"SL: {p(sl)} — move to entry once TP1 hits",
            ]
        )
    )
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


MS6_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MS6_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@style(
    "month_name_date_header",
    "headers with dates written with month names: '📅 5 Dec 2026 · 14:30 UTC', 'Dec 5, 2026', 'December 5th', '05-Dec-26', 'Posted: Fri, 5 Dec' above the card",
)
@own_stream
def ms6d_month_dates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(2, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.25)
    day, m = rng.randint(1, 28), rng.randrange(12)
    hh, mm = rng.randint(0, 23), rng.choice([0, 15, 30, 45])
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    stamp = rng.choice(
        [
            f"📅 {day} {MS6_MONTHS[m]} 2026 · {hh:02d}:{mm:02d} UTC",
            f"{MS6_MONTHS[m]} {day}, 2026",
            f"🗓 {MS6_MONTH_NAMES[m]} {day}{suffix}",
            f"{day:02d}-{MS6_MONTHS[m]}-26 {hh:02d}:{mm:02d}",
            f"Posted: {rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {day} {MS6_MONTHS[m]}",
        ]
    )
    lines = [stamp, f"{d.base}/USDT {d.side.upper()}", f"Entry: {p(d.entry)}"]
    lines.append("Targets: " + " / ".join(p(v) for v in tps))
    lines.append(f"Stop: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    if rng.random() < 0.4:
        lines = [*lines[1:], stamp]
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "tp_split_ratio_line",
    "a line splitting the position over the targets: 'TP split: 50/30/20', 'Close 40/30/30 at TP1/TP2/TP3', 'Allocation: 25-25-50', 'Scale out 50% / 50%'",
)
@own_stream
def ms6d_split_line(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n = rng.randint(2, 3)
    tps = ms3_tps(d, [d.entry], n, 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.25)
    parts = rng.choice([[50, 30, 20], [40, 30, 30], [25, 25, 50], [34, 33, 33]])[:n]
    if n == 2:
        parts = rng.choice([[50, 50], [60, 40], [70, 30]])
    labels = "/".join(f"TP{i}" for i in range(1, n + 1))
    split = rng.choice(
        [
            "TP split: " + "/".join(str(x) for x in parts),
            f"Close {'/'.join(str(x) for x in parts)} at {labels}",
            "Allocation: " + "-".join(str(x) for x in parts),
            "Scale out " + " / ".join(f"{x}%" for x in parts),
        ]
    )
    lines = [f"{'🟢' if d.long else '🔴'} {d.base}USDT {d.side.upper()}", f"Entry: {p(d.entry)}"]
    lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {p(sl)}")
    lines.append(split)
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "coin_and_side_at_foot",
    "the levels first and the coin and side at the foot: 'Entry 148.2 / TP 152 · 155 / SL 144' then '— LONG $SOL', or 'Pair: SOL/USDT · Side: Long' as the last line",
)
@own_stream
def ms6d_foot_coin(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10, 20])
    p = ms6_p(d, rng, 0.25)
    lines = [f"Entry: {p(d.entry)}", "TP: " + " · ".join(p(v) for v in tps), f"SL: {p(sl)}"]
    if lev:
        lines.append(f"Lev: {lev}x")
    lines.append(
        rng.choice(
            [
                f"— {d.side.upper()} ${d.base}",
                f"Pair: {d.base}/USDT · Side: {d.side.title()}",
                f"#{d.base}USDT #{d.side.upper()}",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "label_unit_brackets",
    "units in brackets after the labels: 'Entry (USDT): 148.2', 'Targets ($): 150 / 152', 'Stop-loss (USDT) — 144', 'Leverage (x): 10', 'Size (%): 2'",
)
@own_stream
def ms6d_unit_brackets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10, 20])
    p = ms6_p(d, rng, 0.0)
    unit = rng.choice(["(USDT)", "($)", "(USD)", "[USDT]"])
    sep = rng.choice([": ", " — ", " - "])
    lines = [f"{d.base}/USDT · {d.side.upper()}"]
    lines.append(
        f"Entry {unit}{sep}{p(entries[0])} - {p(entries[1])}"
        if is_zone
        else f"Entry {unit}{sep}{p(d.entry)}"
    )
    lines.append(f"Targets {unit}{sep}" + " / ".join(p(v) for v in tps))
    lines.append(f"Stop-loss {unit}{sep}{p(sl)}")
    if lev:
        lines.append(f"Leverage (x){sep}{lev}")
    if rng.random() < 0.5:
        lines.append(f"Size (%){sep}{rng.randint(1, 5)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- mainstream English, sixth round, fifth set: measured once before the parser saw it ----
# Pairs quoted in other stablecoins ('SOL/USDC', 'ETH-USDC', 'BTCUSDC', 'SOL/FDUSD'), targets
# named by their tier ('Conservative TP', 'Aggressive TP', 'Moon target') and cards whose every
# line opens with a check mark or a cross ('✅ Entry: …', '❌ SL: …').


@style(
    "other_stablecoin_quotes",
    "pairs quoted in other stablecoins: 'SOL/USDC', 'ETH-USDC', 'BTCUSDC Perp', '#SOL/FDUSD', 'LINK/BUSD', with the usual Entry / TP / SL lines",
)
@own_stream
def ms6e_other_quotes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), 0.015)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 5, 10, 20])
    p = ms6_p(d, rng, 0.25)
    quote = rng.choice(["USDC", "USDC", "FDUSD", "BUSD"])
    pair = rng.choice(
        [f"{d.base}/{quote}", f"{d.base}-{quote}", f"{d.base}{quote} Perp", f"#{d.base}/{quote}"]
    )
    lines = [f"{pair} {d.side.upper()}", f"Entry: {p(d.entry)}"]
    lines.append("TP: " + " / ".join(p(v) for v in tps))
    lines.append(f"SL: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "named_target_tiers",
    "targets named by their tier: 'Conservative TP: 150', 'Aggressive TP: 155', 'Moon target: 160'; 'Safe target', 'Main target', 'Extended target'",
)
@own_stream
def ms6e_target_tiers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    n = rng.randint(2, 3)
    tps = ms3_tps(d, [d.entry], n, 0.02)
    sl = d.against(rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.25)
    names = rng.choice(
        [
            ["Conservative TP", "Aggressive TP", "Moon target"],
            ["Safe target", "Main target", "Extended target"],
            ["TP (safe)", "TP (mid)", "TP (moon)"],
        ]
    )[:n]
    lines = [f"${d.base} {d.side.upper()} {'📈' if d.long else '📉'}", f"Entry: {p(d.entry)}"]
    lines += [f"{name}: {p(v)}" for name, v in zip(names, tps, strict=True)]
    lines.append(f"Stop: {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "checkmark_bulleted_card",
    "a new card whose every line opens with a check mark or a cross: '✅ Coin: #SOL', '✅ Side: LONG', '✅ Entry: 148.2', '✅ TP1: 150.4', '❌ SL: 144', '✅ Leverage: 10x' — no update",
)
@own_stream
def ms6e_checkmarks(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS3_MARKETS)
    is_zone = rng.random() < 0.4
    entries = zone(d, 0.008) if is_zone else [d.entry]
    tps = ms3_tps(d, entries, rng.randint(2, 3), 0.015)
    sl = ms3_far_stop(d, entries, rng.uniform(0.015, 0.03))
    lev = rng.choice([None, 10, 20])
    p = ms6_p(d, rng, 0.25)
    ok = rng.choice(["✅", "✔️", "☑️"])
    lines = [f"{ok} Coin: #{d.base}", f"{ok} Side: {d.side.upper()}"]
    lines.append(
        f"{ok} Entry: {p(entries[0])} - {p(entries[1])}" if is_zone else f"{ok} Entry: {p(d.entry)}"
    )
    lines += [f"{ok} TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['❌', '✖️', '⛔'])} SL: {p(sl)}")
    if lev:
        lines.append(f"{ok} Leverage: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


# ---- third blind round's families, development round, second set: measured once first ------
# The same families in wordings the first set did not write: double-struck, script and squared
# letters ('𝔼𝕟𝕥𝕣𝕪', '𝕊𝕋𝕆ℙ', '𝓔𝓷𝓽𝓻𝔂', '🅻🅾🅽🅶'), only the digits styled ('𝟭𝟰𝟴.𝟮'), header cells
# with units ('Entry (USDT)', 'TP1 ($)', 'Lev.'), order types on exchange tickets and in a
# sentence ('Type: Buy Limit', 'placing a buy limit at …'), and follow-ups worded otherwise
# ('Trade closed, all TPs hit', 'Added more SOL at 141.2', 'Results are in #trade-log').

FX3B_DOUBLE_STRUCK = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
FX3B_SQUARED = 0x1F170  # negative squared Latin capital A ('🅰'): capitals only


def fx3b_letters(text: str, how: str) -> str:
    out = []
    for c in text:
        if how == "double" and "A" <= c <= "Z":
            out.append(FX3B_DOUBLE_STRUCK.get(c) or chr(0x1D538 + ord(c) - 65))
        elif how == "double" and "a" <= c <= "z":
            out.append(chr(0x1D552 + ord(c) - 97))
        elif how == "script" and "A" <= c <= "Z":
            out.append(chr(0x1D4D0 + ord(c) - 65))
        elif how == "script" and "a" <= c <= "z":
            out.append(chr(0x1D4EA + ord(c) - 97))
        elif how == "squared" and c.isalpha() and c.isascii():
            out.append(chr(FX3B_SQUARED + ord(c.upper()) - 65))
        else:
            out.append(c)
    return "".join(out)


def fx3b_digits(text: str) -> str:
    """Digits in sans-serif bold ('𝟭𝟰𝟴.𝟮'), the rest as typed."""
    return "".join(chr(0x1D7EC + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


@style(
    "fx3b_other_styled_letters",
    "labels in double-struck ('𝔼𝕟𝕥𝕣𝕪', '𝕊𝕋𝕆ℙ' with its letters outside the block), bold script ('𝓣𝓪𝓻𝓰𝓮𝓽𝓼') or squared capitals ('🅴🅽🆃🆁🆈', '🅻🅾🅽🅶'), or only the digits styled ('Entry: 𝟭𝟰𝟴.𝟮')",
)
@own_stream
def fx3b_other_styled_letters(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    how = rng.choice(["double", "script", "squared", "digits"])

    def lab(text: str) -> str:
        return text if how == "digits" else fx3b_letters(text, how)

    def p(v: float) -> str:
        text = num(v, d.dec)
        return fx3b_digits(text) if how == "digits" else text

    side = d.side.upper() if how in ("squared", "double") else d.side.title()
    lev = rng.choice([None, 10, 20])
    lines = [f"#{d.base}/USDT {lab(side)}"]
    if len(entries) == 2:
        lines.append(f"{lab('Entry')}: {p(entries[0])} - {p(entries[1])}")
    else:
        lines.append(f"{lab('Entry')}: {p(entries[0])}")
    lines += [f"{lab('TP')}{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{lab(rng.choice(['Stop', 'SL', 'Stop Loss']))}: {p(sl)}")
    if lev:
        lines.append(f"{lab('Leverage')}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx3b_sheet_units",
    "a spreadsheet header whose cells carry units or dots ('Entry (USDT)', 'TP1 ($)', 'SL price', 'Lev.'), over one row; pipes, tabs or comma CSV; a '#' or 'No.' first column with the row's number",
)
@own_stream
def fx3b_sheet_units(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    entries, tps, sl = fx3_levels(d, rng)
    entries = entries[:1]
    sep = rng.choice([" | ", "\t", ","])
    lev = rng.choice([None, 5, 10])
    unit = rng.choice(["(USDT)", "($)", "price"])
    cols = []
    if rng.random() < 0.4:
        cols.append((rng.choice(["#", "No."]), str(rng.randint(1, 40))))
    cols += [("Pair", f"{d.base}USDT"), ("Side", d.side.upper())]
    cols.append((f"Entry {unit}", num(entries[0], d.dec)))
    cols += [
        (f"TP{i} {unit}" if unit != "price" else f"TP{i}", num(v, d.dec))
        for i, v in enumerate(tps, 1)
    ]
    cols.append((f"SL {unit}", num(sl, d.dec)))
    if lev:
        cols.append((rng.choice(["Lev.", "Leverage (x)"]), str(lev)))
    text = "\n".join([sep.join(c[0] for c in cols), sep.join(c[1] for c in cols)])
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "fx3b_order_tickets_and_sentences",
    "order types on exchange tickets ('Type: Buy Limit' / 'Price: 148.2', one ticket per order) and in a sentence ('Placing a buy limit at 148.2, sell limits at 152 and 155, stop market at 144')",
)
@own_stream
def fx3b_order_tickets_and_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    tps = ms3_tps(d, [d.entry], rng.randint(1, 3), rng.uniform(0.012, 0.025))
    sl = d.against(rng.uniform(0.015, 0.04))
    into, out = ("buy", "sell") if d.long else ("sell", "buy")
    p = fx3_price(d, rng)
    if rng.random() < 0.5:
        blocks = [f"{d.base}USDT · {d.side.title()}"]
        blocks.append(f"Type: {into.title()} Limit\nPrice: {p(d.entry)}")
        blocks += [f"Type: {out.title()} Limit\nPrice: {p(v)}" for v in tps]
        blocks.append(f"Type: Stop Market\nTrigger: {p(sl)}")
        text = "\n\n".join(blocks)
    else:
        tl = " and ".join(p(v) for v in tps)
        text = (
            f"{d.base}: placing a {into} limit at {p(d.entry)}, {out} limit{'s' if len(tps) > 1 else ''} at {tl}, "
            f"stop market at {p(sl)}."
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "fx3b_follow_ups_worded_otherwise",
    "'Trade closed, all TPs hit on SOL', 'Added more SOL at 141.2', 'Cut half my ETH at 3,401', 'Stop for SUI is now 0.93', 'Results are in #trade-log', 'join #vip-chat for questions'",
)
@own_stream
def fx3b_follow_ups_worded_otherwise(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX3_MARKETS)
    c = rng.choice([d.base, f"${d.base}", f"#{d.base}"])
    p = fx3_price(d, rng)
    kind = rng.randrange(6)
    if kind == 0:
        text = rng.choice(
            [f"Trade closed, all TPs hit on {c} ✅", f"{c} closed — every take profit reached 🎯"]
        )
        return text, follow("target_hit", d.base, actions=["target_hit"])
    if kind == 1:
        price = d.against(rng.uniform(0.005, 0.02))
        return f"Added more {c} at {p(price)}", follow(
            "reentry", d.base, price=price, actions=["reentry"]
        )
    if kind == 2:
        price = d.away(1)[0]
        return f"Cut half my {c} at {p(price)}", follow(
            "close", d.base, price=price, close_fraction=0.5, actions=["close"]
        )
    if kind == 3:
        stop = d.round(d.entry * (1 + d.sign * rng.uniform(0.002, 0.01)))
        return f"Stop for {c} is now {p(stop)}", follow(
            "stop_moved", d.base, new_stop=stop, actions=["stop_moved"]
        )
    ch = rng.choice(["#trade-log", "#vip-chat", "#closed", "#pnl", "#announcements"])
    text = rng.choice(
        [
            f"Results are in {ch}, closed trades included",
            f"Join {ch} for questions about open trades",
            f"See the pinned message in {ch} before asking about closed calls",
        ]
    )
    return text, {"kind": "not_signal"}


# ---- mainstream English, seventh round, second set: the same families written otherwise ------
# Measured once with the first set's rules landed: reply previews of other clients (guillemets,
# '[reply]' tags, 'Reply to message from …:' over '>' lines), terse shorthands ('lng', 'shrt',
# 'TGT', 'x10' after), labels glued by '=', '@' or an arrow, other clients' trimmings (view
# counts, 'edited 14:32', a WhatsApp export's '[05/12/26, 14:32:10] name:' line), alternatives
# as options and scenarios (to review), reasons as bullets under the signal.


@style(
    "ms7b_reply_previews_other",
    "replies under other clients' previews: '⤷ replying to jay_trades: «sol long 148.2 tp 152 sl 144»', '[reply] SOL LONG 148.2 | TP 152 155 | SL 144' / '→ close 50%', 'Reply to message from Whale Calls:' over '>' lines, 'In reply to Whale Calls' over the quoted card",
)
@own_stream
def ms7b_reply_previews_other(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(2, 3))
    p = functools.partial(num, dec=d.dec)
    who = rng.choice(MS7_ADMINS + MS7_CHANNELS)
    one = f"{d.base.lower()} {d.side} {p(d.entry)} tp {' '.join(p(v) for v in tps)} sl {p(sl)}"
    form = rng.randrange(4)
    if form == 0:
        quote = f"⤷ replying to {who}: «{one}»\n"
    elif form == 1:
        quote = f"[reply] {d.base} {d.side.upper()} {p(d.entry)} | TP {' '.join(p(v) for v in tps)} | SL {p(sl)}\n→ "
    elif form == 2:
        quote = (
            f"Reply to message from {who}:\n> #{d.base} {d.side.upper()}\n> Entry {p(d.entry)}\n"
            f"> TP {' / '.join(p(v) for v in tps)}\n> SL {p(sl)}\n"
        )
    else:
        quote = (
            f"In reply to {who}\n#{d.base}/USDT {d.side.upper()}\nEntry: {p(d.entry)}\n"
            f"Targets: {' - '.join(p(v) for v in tps)}\nSL: {p(sl)}\n\n"
        )
    reply = rng.randrange(4)
    if reply == 0:
        return quote + rng.choice(["close 50%", "closed half ✅"]), fu(
            d.base, "close", close_fraction=0.5
        )
    if reply == 1:
        n = rng.randint(1, len(tps) - 1)
        return quote + f"TP{n} hit ✅ sl to entry", fu(
            d.base, "target_hit", "stop_moved", target_index=n, stop_to_entry=True
        )
    if reply == 2:
        return quote + rng.choice(["stopped ❌", "stop hit"]), fu(d.base, "stop_hit")
    s = d.round(d.entry * (1 + d.sign * 0.004))
    return quote + f"new sl {p(s)}", fu(d.base, "stop_moved", new_stop=s)


@style(
    "ms7b_terse_shorthand",
    "terse calls with other shorthands: 'btc lng 64200 tp 65k/66k sl 63.1k', 'sol shrt 148 tps 145 142 sl 151', 'ETH L 3420 TGT 3480 3550 SL 3380 x10'",
)
@own_stream
def ms7b_terse_shorthand(rng: random.Random) -> tuple[str, dict[str, Any]]:
    big = rng.random() < 0.3
    d = ms7_big(rng) if big else Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(1, 3), big)

    def p(v: float) -> str:
        return ms7_k(v) if big and v != d.entry else num(v, d.dec)

    lev = rng.choice([None, 10, 20])
    form = rng.randrange(3)
    if form == 0:
        side = "lng" if d.long else "shrt"
        text = f"{d.base.lower()} {side} {p(d.entry)} tp {'/'.join(p(v) for v in tps)} sl {p(sl)}"
    elif form == 1:
        side = "long" if d.long else "short"
        text = f"{d.base.lower()} {side} {p(d.entry)} tps {' '.join(p(v) for v in tps)} sl {p(sl)}"
    else:
        side = "L" if d.long else "S"
        text = f"{d.base} {side} {p(d.entry)} TGT {' '.join(p(v) for v in tps)} SL {p(sl)}"
    if lev:
        text += f" x{lev}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7b_glued_other_marks",
    "labels glued by other marks: 'ENTRY=0.512 TP=0.53,0.55 SL=0.49', 'Entry@0.512', 'TP→0.53/0.55', 'SL@0.49', 'lev=10x', 'Targets:0.53-0.55'",
)
@own_stream
def ms7b_glued_other_marks(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    tps, sl = ms7_levels(d, rng, rng.randint(2, 3))
    p = functools.partial(num, dec=d.dec)
    lev = rng.choice([None, 10, 20])
    mark = rng.choice(["=", "@", "→", ":"])
    sep = rng.choice([",", "/", "-"])
    head = rng.choice(
        [f"{d.base}USDT {d.side.upper()}", f"#{d.base} {d.side}", f"{d.side.upper()} {d.base}"]
    )
    parts = [
        f"ENTRY{mark}{p(d.entry)}" if rng.random() < 0.5 else f"Entry{mark}{p(d.entry)}",
        f"{rng.choice(['TP', 'Targets', 'tp'])}{mark}{sep.join(p(v) for v in tps)}",
        f"SL{mark}{p(sl)}",
    ]
    if lev:
        parts.append(f"lev{'=' if mark != ':' else ':'}{lev}x")
    text = head + rng.choice(["\n", " "]) + rng.choice(["\n", " ", " | "]).join(parts)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "ms7b_client_trimmings_other",
    "other clients' trimmings around a post: a WhatsApp export's '[05/12/26, 14:32:10] Alpha Calls:' line, a Telegram copy's '👁 1.2K' views and 'edited 14:32', 'Views: 12.4K', '❤️ 45 🔥 12 👍 3' reactions",
)
@own_stream
def ms7b_client_trimmings_other(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    lines, exp = ms7_card(d, rng)
    day, month, hour, minute, sec = (
        rng.randint(1, 28),
        rng.randint(1, 12),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )
    head = rng.choice(
        [
            [
                f"[{day:02d}/{month:02d}/26, {hour:02d}:{minute:02d}:{sec:02d}] {rng.choice(MS7_CHANNELS)}:"
            ],
            [],
        ]
    )
    foot = rng.choice(
        [
            [f"👁 {rng.uniform(1, 40):.1f}K  edited {hour:02d}:{minute:02d}"],
            [f"Views: {rng.uniform(1, 40):.1f}K"],
            [f"❤️ {rng.randint(5, 90)} 🔥 {rng.randint(2, 40)} 👍 {rng.randint(1, 20)}"],
            [f"👁 {rng.randint(300, 9000)}  {hour:02d}:{minute:02d}"],
        ]
    )
    return "\n".join([*head, *lines, *foot]), exp


@style(
    "ms7b_options_to_review",
    "two alternative trades as options (to review): 'Option 1 — long 148.2, tp 152, sl 146 / Option 2 — short 144.5, tp 141, sl 146.5', 'Scenario 1: … Scenario 2: …', 'LONG if reclaim 150 … SHORT if lose 145 …', 'long above …, if rejected short …'",
)
@own_stream
def ms7b_options_to_review(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    p = functools.partial(num, dec=d.dec)
    up, dn = d.round(d.entry * 1.012), d.round(d.entry * 0.988)
    ut, us = d.round(up * 1.02), d.round(up * 0.985)
    dt, ds = d.round(dn * 0.98), d.round(dn * 1.015)
    coin = rng.choice([d.base, f"#{d.base}", f"${d.base}", f"{d.base}/USDT"])
    form = rng.randrange(4)
    if form == 0:
        text = (
            f"{coin}\nOption 1 — long {p(up)}, tp {p(ut)}, sl {p(us)}\n"
            f"Option 2 — short {p(dn)}, tp {p(dt)}, sl {p(ds)}"
        )
    elif form == 1:
        text = (
            f"{coin} 4H\nScenario 1: break and hold above {p(up)} → LONG, TP {p(ut)}, SL {p(us)}\n"
            f"Scenario 2: rejection, lose {p(dn)} → SHORT, TP {p(dt)}, SL {p(ds)}"
        )
    elif form == 2:
        text = (
            f"{coin}: LONG if reclaim {p(up)} (TP {p(ut)} / SL {p(us)}); "
            f"SHORT if lose {p(dn)} (TP {p(dt)} / SL {p(ds)})"
        )
    else:
        text = (
            f"{coin} long above {p(up)}, tp {p(ut)}, sl {p(us)}. "
            f"if rejected, short {p(dn)}, tp {p(dt)}, sl {p(ds)}"
        )
    return text, {"kind": "needs_review"}


@style(
    "ms7b_reason_bullets",
    "a signal with its reasons as bullets under it: '• 4H RSI 31 (oversold)', '• holding the 145.3 support', '• 200 EMA at 146.1 reclaimed', '• +85% in 7 days', 'Context:' / 'TA:' headings — none of them fields",
)
@own_stream
def ms7b_reason_bullets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MS7_MARKETS)
    lines, exp = ms7_card(d, rng)
    p = functools.partial(num, dec=d.dec)
    support = d.round(d.entry * rng.uniform(0.96, 0.985))
    ema = d.round(d.entry * rng.uniform(0.97, 1.03))
    resist = d.round(d.entry * rng.uniform(1.02, 1.05))
    bullet = rng.choice(["•", "-", "▫️", "✔️"])
    reasons = [
        f"{bullet} {rng.choice(['4H', '1H', 'daily'])} RSI {rng.randint(25, 75)}",
        f"{bullet} holding the {p(support)} support",
        f"{bullet} 200 EMA at {p(ema)}",
        f"{bullet} resistance {p(resist)} above",
        f"{bullet} +{rng.randint(20, 140)}% in 7 days",
        f"{bullet} funding {rng.choice(['0.01', '-0.01', '0.02'])}%",
    ]
    rng.shuffle(reasons)
    head = rng.choice(["Context:", "TA:", "Why this trade:", "Reasons:"])
    return "\n".join(lines) + "\n\n" + head + "\n" + "\n".join(reasons[: rng.randint(3, 5)]), exp


# ---- fourth follow-up round, third set: webhook updates, spot sells, times, questions -----
# Written after the first two sets were fixed, before the parser saw these: update payloads
# that copier webhooks receive (TradingView-alert JSON with an action and its share, stop or
# target), spot channels' sells ('Sold 50% of our SOL bag at 162'), update logs stamped with
# clock times, questions and polls that only sound like updates, results with a percentage
# beside the target, Hinglish updates ('50% book karo', 'SL hit ho gaya'), a trade made
# "risk-free", and a target named with its price beside its number. Each style draws from
# its own stream.


@style(
    "fu4c_webhook_updates",
    'update payloads as copier webhooks receive them: \'{"action": "close", "symbol": "SOLUSDT", "percent": 50}\', \'{"action": "move_sl", "symbol": "ETHUSDT", "sl": 3420.5}\', \'{"event": "tp_hit", "ticker": "BTCUSDT", "tp": 2}\', \'{"action": "cancel", …}\', \'{"event": "sl_hit", …}\', keys and spacing varied',
)
@own_stream
def fu4c_webhook_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    sym_key = rng.choice(["symbol", "ticker", "pair"])
    act_key = rng.choice(["action", "event", "type"])
    pair = f"{d.base}USDT"
    form = rng.randrange(5)
    sep = rng.choice([", ", ",", ",\n  "])
    if form == 0:
        p = rng.choice([25, 30, 50, 75, 100])
        share_key = rng.choice(["percent", "qty_pct", "close_pct", "size_pct"])
        body = [f'"{act_key}": "close"', f'"{sym_key}": "{pair}"', f'"{share_key}": {p}']
        exp = fu(d.base, "close", close_fraction=p / 100)
    elif form == 1:
        s = d.against(0.008) if rng.random() < 0.5 else d.away(1, 0.006)[0]
        stop_key = rng.choice(["sl", "stop_loss", "new_sl", "stop"])
        verb = rng.choice(["move_sl", "update_sl", "sl_update"])
        body = [
            f'"{act_key}": "{verb}"',
            f'"{sym_key}": "{pair}"',
            f'"{stop_key}": {num(s, d.dec)}',
        ]
        exp = fu(d.base, "stop_moved", new_stop=s)
    elif form == 2:
        n = rng.randint(1, 3)
        tp_key = rng.choice(["tp", "target", "tp_index"])
        body = [f'"{act_key}": "tp_hit"', f'"{sym_key}": "{pair}"', f'"{tp_key}": {n}']
        exp = fu(d.base, "target_hit", target_index=n)
    elif form == 3:
        body = [f'"{act_key}": "cancel"', f'"{sym_key}": "{pair}"']
        exp = fu(d.base, "cancel")
    else:
        body = [f'"{act_key}": "sl_hit"', f'"{sym_key}": "{pair}"']
        exp = fu(d.base, "stop_hit")
    inner = sep.join(body)
    text = "{\n  " + inner + "\n}" if "\n" in sep else "{" + inner + "}"
    return text, exp


@style(
    "fu4c_spot_sold",
    "spot channels' sells: 'Sold 50% of our SOL bag at 162', 'Sold the rest of ARB at 1.21', 'Sell half of your DOGE here', 'Sold a third of LINK at …', 'Sold everything, out of TIA'",
)
@own_stream
def fu4c_spot_sold(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    d.long = True
    d.sign = 1
    c = _coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    x = d.away(2)[1]
    xs = num(x, d.dec, fmt)
    form = rng.randrange(5)
    if form == 0:
        p = rng.choice([20, 25, 30, 50])
        t = rng.choice([f"Sold {p}% of our {c} bag at {xs}", f"{c}: sold {p}% at {xs} 💰"])
        return t, fu(d.base, "close", close_fraction=p / 100, price=x)
    if form == 1:
        t = rng.choice([f"Sold the rest of {c} at {xs}", f"{c} — sold all remaining at {xs} ✅"])
        return t, fu(d.base, "close", close_fraction=1.0, price=x)
    if form == 2:
        t = rng.choice([f"Sell half of your {c} here", f"{c}: sell 50% here, keep the rest"])
        return t, fu(d.base, "close", close_fraction=0.5)
    if form == 3:
        t = rng.choice([f"Sold a third of {c} at {xs}", f"{c}: sold 1/3 at {xs}"])
        return t, fu(d.base, "close", close_fraction=1 / 3, price=x)
    t = rng.choice([f"Sold everything, out of {c}", f"{c} fully sold ✅"])
    return t, fu(d.base, "close", close_fraction=1.0)


@style(
    "fu4c_update_logs_with_times",
    "updates stamped with clock times that are no prices: '✅ TP1 — 12:40 UTC / ✅ TP2 — 15:10 UTC / 🔒 SL moved to entry', '[14:05] #SOL TP1 ✅', 'SOL TP2 hit at 15:32 ✅', 'Stopped out at 09:15 UTC ❌', 'Closed at 18:20, +12%'",
)
@own_stream
def fu4c_update_logs_with_times(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)

    def clock() -> str:
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"

    form = rng.randrange(5)
    if form == 0:
        lines = [f"✅ TP1 — {clock()} UTC", f"✅ TP2 — {clock()} UTC", "🔒 SL moved to entry"]
        if c:
            lines.insert(0, f"{c} log")
        return "\n".join(lines), fu(
            sym, "target_hit", "stop_moved", target_index=2, stop_to_entry=True
        )
    if form == 1:
        n = rng.randint(1, 3)
        return _with_coin(f"[{clock()}] {{c}} TP{n} ✅", c), fu(sym, "target_hit", target_index=n)
    if form == 2:
        n = rng.randint(1, 3)
        return _with_coin(f"{{c}} TP{n} hit at {clock()} ✅", c), fu(
            sym, "target_hit", target_index=n
        )
    if form == 3:
        return _with_coin(f"{{c}} stopped out at {clock()} UTC ❌", c), fu(sym, "stop_hit")
    return _with_coin(f"{{c}} closed at {clock()}, +{_fu4_pct(rng)}%", c), fu(
        sym, "close", close_fraction=1.0
    )


@style(
    "fu4c_questions_and_polls",
    "questions and polls that only sound like updates: 'Should we close ETH here? 🤔', 'Who's still holding SOL? 🙋', 'TP1 hit already? 👀', 'Close now or wait for TP3? Vote 👇', 'Did anyone get filled on ARB?'",
)
@own_stream
def fu4c_questions_and_polls(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    n = rng.randint(1, 3)
    t = rng.choice(
        [
            f"Should we close {c} here? 🤔",
            f"Who's still holding {c}? 🙋",
            f"{c} TP{n} hit already? 👀",
            f"{c}: close now or wait for TP{n + 1}? Vote 👇",
            f"Did anyone get filled on {c}?",
            f"Move SL to entry on {c} or give it room? What do you think?",
        ]
    )
    return t, {"kind": "not_signal"}


@style(
    "fu4c_percent_beside_target",
    "results with the percentage beside the target: 'SOL +32% 🚀 (TP2)', 'ETH TP1 ✅ +18.5% from entry', 'DOGE −12% ❌ stopped', '+120% on LINK with 20x, TP3 smashed'",
)
@own_stream
def fu4c_percent_beside_target(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    n = rng.randint(1, 4)
    pct = _fu4_pct(rng)
    form = rng.randrange(4)
    if form == 0:
        return f"{c} +{pct}% 🚀 (TP{n})", fu(d.base, "target_hit", target_index=n)
    if form == 1:
        return f"{c} TP{n} ✅ +{pct}% from entry", fu(d.base, "target_hit", target_index=n)
    if form == 2:
        return f"{c} −{pct}% ❌ stopped", fu(d.base, "stop_hit")
    lev = rng.choice([10, 20, 25])
    return f"+{pct}% on {c} with {lev}x, TP{n} smashed", fu(d.base, "target_hit", target_index=n)


@style(
    "fu4c_hinglish_updates",
    "Hinglish updates: 'SOL me 50% book karo', 'SL entry pe shift karo', 'trade cancel karo', 'SL hit ho gaya', 'TP1 hit ho gaya ✅', 'poora close karo'",
)
@own_stream
def fu4c_hinglish_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    form = rng.randrange(6)
    if form == 0:
        p = rng.choice([25, 30, 50])
        return f"{c} me {p}% book karo", fu(d.base, "close", close_fraction=p / 100)
    if form == 1:
        return f"{c} SL entry pe shift karo", fu(d.base, "stop_moved", stop_to_entry=True)
    if form == 2:
        return f"{c} trade cancel karo ❌", fu(d.base, "cancel")
    if form == 3:
        return f"{c} SL hit ho gaya ❌", fu(d.base, "stop_hit")
    if form == 4:
        n = rng.randint(1, 3)
        return f"{c} TP{n} hit ho gaya ✅", fu(d.base, "target_hit", target_index=n)
    return f"{c} poora close karo", fu(d.base, "close", close_fraction=1.0)


@style(
    "fu4c_risk_free",
    "a trade made risk-free (the stop at the entry): 'Trade is risk-free now ✅', 'Make SOL risk free', 'We're risk free on ETH', 'Stop is breakeven now', 'Put SL on entry'",
)
@own_stream
def fu4c_risk_free(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c, sym = _maybe_coin(d, rng)
    t = rng.choice(
        [
            "{c} trade is risk-free now ✅",
            "Make {c} risk free 🔒",
            "We're risk free on {c}",
            "{c} stop is breakeven now",
            "Put SL on entry {c}",
        ]
    )
    if "on {c}" in t and not c:
        t = t.replace(" on {c}", "")
    if t.startswith("Make") and not c:
        t = "Make it risk free 🔒"
    return _with_coin(t, c), fu(sym, "stop_moved", stop_to_entry=True)


@style(
    "fu4c_target_with_its_price",
    "a target hit named with its price beside its number: 'SOL hit 158.4 🎯 (TP2)', '#ETH 3,450 reached ✅ — that was TP1', 'TP2 (158.4) done ✅', '158.4 tapped, TP2 ✅'; a price with no number ('target 158.4 reached'): a hit at that price, matched to the copy's target where it is applied",
)
@own_stream
def fu4c_target_with_its_price(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    fmt = rng.choice(["plain", "comma"])
    n = rng.randint(1, 3)
    x = d.away(n)[n - 1]
    xs = num(x, d.dec, fmt)
    form = rng.randrange(5)
    if form == 0:
        return f"{c} hit {xs} 🎯 (TP{n})", fu(d.base, "target_hit", target_index=n, price=x)
    if form == 1:
        return f"{c} {xs} reached ✅ — that was TP{n}", fu(
            d.base, "target_hit", target_index=n, price=x
        )
    if form == 2:
        return f"{c} TP{n} ({xs}) done ✅", fu(d.base, "target_hit", target_index=n, price=x)
    if form == 3:
        return f"{c} {xs} tapped, TP{n} ✅", fu(d.base, "target_hit", target_index=n, price=x)
    # no target number: the copy matches the price to its own targets (or sends it to review)
    return f"{c} target {xs} reached ✅", fu(d.base, "target_hit", price=x)


# ---- fourth follow-up round, held out: measured once, never tuned on ----------------------
# Two follow-up layouts none of the round's development styles writes, kept out of the rules'
# reach (the held-out part's share of the corpus stays above 15 %): bot update embeds relayed
# from Discord with quoted status and action lines, and update words in Italian, German and
# French that no development style of the round holds.


@style(
    "fu4h_discord_update_embeds",
    "Discord bot update embeds relayed as text: '**Trade Update — SOL/USDT**' over quoted lines '> Status: TP2 filled ✅', '> Status: Stopped ❌', '> Status: Closed manually at 0.512', '> Status: Cancelled (not filled)', '> Action: close 25%'",
)
@own_stream
def fu4h_discord_update_embeds(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    head = f"**Trade Update — {d.base}/USDT**"
    fmt = rng.choice(["plain", "comma"])
    form = rng.randrange(5)
    if form == 0:
        n = rng.randint(1, 3)
        lines = [f"> Status: TP{n} filled ✅", f"> Remaining: {rng.choice([25, 40, 50, 60])}%"]
        exp = fu(d.base, "target_hit", target_index=n)
    elif form == 1:
        lines = ["> Status: Stopped ❌", f"> Result: -{_fu4_pct(rng)}%"]
        exp = fu(d.base, "stop_hit")
    elif form == 2:
        x = d.away(1)[0]
        lines = [f"> Status: Closed manually at {num(x, d.dec, fmt)}"]
        exp = fu(d.base, "close", close_fraction=1.0, price=x)
    elif form == 3:
        lines = ["> Status: Cancelled (not filled)"]
        exp = fu(d.base, "cancel")
    else:
        p = rng.choice([20, 25, 30, 50])
        lines = [f"> Action: close {p}%", "> Status: Running"]
        exp = fu(d.base, "close", close_fraction=p / 100)
    return "\n".join([head, *lines]), exp


_FU4H_WORDS = {
    # language: (close half, close all, stop to the entry, cancel)
    "it": (
        ["{c} chiudiamo metà posizione", "{c} chiudete il 50%"],
        ["{c} posizione chiusa", "{c} chiudiamo tutto"],
        ["{c} stop a pareggio", "{c} spostate lo stop al prezzo di entrata"],
        ["{c} ordine annullato ❌", "{c} annullate l'ordine"],
    ),
    "de": (
        ["{c} 50% der Position schließen", "{c} wir schließen die Hälfte"],
        ["{c} Position geschlossen ✅", "{c} komplett schließen"],
        ["{c} Stop auf Break-even", "{c} SL auf Einstieg nachziehen"],
        ["{c} Order storniert ❌", "{c} Order bitte stornieren"],
    ),
    "fr": (
        ["{c} on sécurise 50%", "{c} fermez la moitié de la position"],
        ["{c} position clôturée ✅", "{c} on ferme tout"],
        ["{c} stop au prix d'entrée", "{c} SL à breakeven"],
        ["{c} ordre annulé ❌", "{c} annulez l'ordre"],
    ),
}


@style(
    "fu4h_italian_german_french_updates",
    "update words in Italian, German and French: 'chiudiamo metà posizione', 'stop a pareggio', 'ordine annullato', '50% der Position schließen', 'Order storniert', 'on sécurise 50%', 'position clôturée', 'ordre annulé'",
)
@own_stream
def fu4h_italian_german_french_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, ALL_MARKETS)
    c = _coin(d, rng)
    words = _FU4H_WORDS[rng.choice(list(_FU4H_WORDS))]
    which = rng.randrange(4)
    text = _with_coin(rng.choice(words[which]), c)
    if which == 0:
        return text, fu(d.base, "close", close_fraction=0.5)
    if which == 1:
        return text, fu(d.base, "close", close_fraction=1.0)
    if which == 2:
        return text, fu(d.base, "stop_moved", stop_to_entry=True)
    return text, fu(d.base, "cancel")


HOLDOUT.update({"fu4h_discord_update_embeds", "fu4h_italian_german_french_updates"})


# ---- scripts round four: layouts the earlier language rounds did not write, measured first ---
# Researched from public material (Korean futures guides writing 스탑로스 / 롱 / 숏, Hong Kong and
# Taiwan contract guides writing 止蝕 / 止賺 / 沽空, Arabic and Persian posts writing English trade
# words in their own letters, Russian copier bots' look-alike tables): cards pasted from a
# right-to-left screen in visual order ('148.2 :ورود'), cards in scripts no earlier round wrote
# (Sinhala, Kannada, Gurmukhi, Malayalam, Odia, Mongolian) with no side word, side words no
# lexicon holds over English labels, Hong Kong Cantonese calls, prices with a currency word,
# English trade words transliterated into other scripts, sentences with Bengali, Devanagari and
# Arabic-Indic digits, and sentences in Polish, Dutch, Czech and Brazilian Portuguese.

L5_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED


def l5_comma(value: float, dec: int) -> str:
    """A decimal comma, no thousands mark below 1,000 ('148,2'; '63.450,5' above)."""
    return eu(value, dec)


def l5_unclear(texts: list[str]) -> bool:
    """Every price written 'd,ddd': thousands or a decimal comma, nothing in the post tells."""
    return all(re.fullmatch(r"\d{1,3},\d{3}", t) for t in texts)


L5_DIGITS = {
    "bengali": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"),
    "devanagari": str.maketrans("0123456789", "०१२३४५६७८९"),
    "arabic": str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫"),
}


@style(
    "rtl_visual_order_cards",
    "Persian, Arabic, Hebrew and Urdu cards pasted from a right-to-left screen in visual order: the value before its label and the colon after it ('148.2 :ورود', '152 - 155 :اهداف', '144 :حد ضرر', '10x :اهرم')",
)
@own_stream
def l5_rtl_visual_order_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    words = rng.choice(
        [
            ("لانگ", "شورت", "ورود", "اهداف", "حد ضرر", "اهرم"),
            ("شراء", "بيع", "الدخول", "الأهداف", "وقف الخسارة", "الرافعة"),
            ("לונג", "שורט", "כניסה", "יעדים", "סטופ", "מינוף"),
            ("لانگ", "شارٹ", "انٹری", "ٹارگٹ", "اسٹاپ لاس", "لیوریج"),
        ]
    )
    side = words[0] if d.long else words[1]
    lines = [f"{d.base}/USDT {side}" if rng.random() < 0.5 else f"{side} #{d.base}"]
    lines.append(f"{v(d.entry)} :{words[2]}")
    lines.append(f"{' - '.join(v(x) for x in tps)} :{words[3]}")
    lines.append(f"{v(sl)} :{words[4]}")
    if lev:
        lines.append(f"{lev}x :{words[5]}")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "unseen_script_cards_no_side",
    "cards in scripts no earlier round wrote, words no lexicon holds and no side word: Sinhala 'ඇතුල්වීම' / 'ඉලක්ක' / 'නැවතුම', Kannada, Gurmukhi, Malayalam, Odia, Mongolian 'Орох' / 'Зорилтууд' / 'Зогсоол'; the side only from the levels",
)
@own_stream
def l5_unseen_script_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 4))
    sl = d.against()
    entry_w, tp_w, sl_w = rng.choice(
        [
            ("ඇතුල්වීම", "ඉලක්ක", "නැවතුම"),
            ("ಪ್ರವೇಶ", "ಗುರಿಗಳು", "ನಿಲುಗಡೆ"),
            ("ਐਂਟਰੀ", "ਟੀਚੇ", "ਰੋਕ"),
            ("പ്രവേശനം", "ലക്ഷ്യങ്ങൾ", "നിർത്തൽ"),
            ("ପ୍ରବେଶ", "ଲକ୍ଷ୍ୟ", "ରୋକ"),
            ("Орох", "Зорилтууд", "Зогсоол"),
        ]
    )
    sep = rng.choice([": ", " - ", " ➜ "])
    lines = [rng.choice([f"{d.base}/USDT", f"#{d.base}USDT", f"💎 {d.base}"])]
    lines.append(f"{entry_w}{sep}{v(d.entry)}")
    if rng.random() < 0.5:
        lines.append(f"{tp_w}{sep}" + rng.choice([", ", " / ", " - "]).join(v(x) for x in tps))
    else:
        lines.append(f"{tp_w}:")
        lines += [f"{i}) {v(x)}" for i, x in enumerate(tps, 1)]
    lines.append(f"{sl_w}{sep}{v(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "unknown_side_words_known_labels",
    "a side word no lexicon holds in the headline (Polish 'KUPNO' / 'SPRZEDAŻ', Dutch 'KOPEN' / 'VERKOPEN', Swahili 'NUNUA' / 'UZA', Tagalog 'BILI' / 'BENTA', Hausa 'SAYA' / 'SAYARWA') over English labels; the side from the levels",
)
@own_stream
def l5_unknown_side_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    buy, sell = rng.choice(
        [
            ("KUPNO", "SPRZEDAŻ"),
            ("KOPEN", "VERKOPEN"),
            ("NUNUA", "UZA"),
            ("BILI", "BENTA"),
            ("SAYA", "SAYARWA"),
        ]
    )
    side = buy if d.long else sell
    lines = [rng.choice([f"#{d.base}/USDT {side}", f"{side} — {d.base}USDT", f"{d.base} ({side})"])]
    lines.append(f"Entry: {v(d.entry)}")
    lines.append("Targets: " + " - ".join(v(x) for x in tps))
    lines.append(f"SL: {v(sl)}")
    if lev:
        lines.append(f"Lev: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "cantonese_hk_calls",
    "Hong Kong Cantonese calls: '買入' / '沽空' for the side, '入市' or '入市價' for the entry, '目標' or '止賺' for the targets, '止蝕' for the stop, '槓桿 10倍'; one line with '，' between fields or a card",
)
@own_stream
def l5_cantonese_calls(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    side = rng.choice(["買入", "做多"]) if d.long else rng.choice(["沽空", "做空"])
    entry_w = rng.choice(["入市", "入市價"])
    tp_w = rng.choice(["目標", "止賺"])
    tl = rng.choice(["、", " / "]).join(v(x) for x in tps)
    if rng.random() < 0.5:
        parts = [f"{d.base} {side}", f"{entry_w} {v(d.entry)}", f"{tp_w} {tl}", f"止蝕 {v(sl)}"]
        if lev:
            parts.append(f"槓桿 {lev}倍")
        text = "，".join(parts)
    else:
        lines = [f"【{d.base}/USDT】{side}", f"{entry_w}：{v(d.entry)}", f"{tp_w}：{tl}"]
        lines.append(f"止蝕：{v(sl)}")
        if lev:
            lines.append(f"槓桿：{lev}倍")
        text = "\n".join(lines)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "currency_word_prices",
    "prices followed or led by a currency word or sign: Spanish '148,2 dólares', Brazilian 'US$ 148,20', French '148,2 $', German '148,2 USD', Turkish '148,2 dolar', Vietnamese '148.2 đô'; decimal commas",
)
@own_stream
def l5_currency_word_prices(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    tps = d.away(2)
    sl = d.against()
    lang = rng.randrange(6)
    c = lambda x: l5_comma(x, d.dec)  # noqa: E731
    if lang == 0:
        side = "Compra" if d.long else "Venta"
        f = lambda x: f"{c(x)} dólares"  # noqa: E731
        text = (
            f"{side} #{d.base} en {f(d.entry)}, objetivos {f(tps[0])} y {f(tps[1])}, stop {f(sl)}"
        )
    elif lang == 1:
        side = "COMPRA" if d.long else "VENDA"
        f = lambda x: f"US$ {c(x)}"  # noqa: E731
        text = "\n".join(
            [
                f"{d.base}/USDT — {side}",
                f"Entrada: {f(d.entry)}",
                f"Alvos: {f(tps[0])} / {f(tps[1])}",
                f"Stop: {f(sl)}",
            ]
        )
    elif lang == 2:
        side = "ACHAT" if d.long else "VENTE"
        f = lambda x: f"{c(x)} $"  # noqa: E731
        text = "\n".join(
            [
                f"{d.base} {side}",
                f"Entrée : {f(d.entry)}",
                f"Objectifs : {f(tps[0])} – {f(tps[1])}",
                f"Stop : {f(sl)}",
            ]
        )
    elif lang == 3:
        side = "Long" if d.long else "Short"
        f = lambda x: f"{c(x)} USD"  # noqa: E731
        text = f"{d.base} {side}: Einstieg {f(d.entry)}, Ziele {f(tps[0])} und {f(tps[1])}, Stop {f(sl)}"
    elif lang == 4:
        side = "LONG" if d.long else "SHORT"
        f = lambda x: f"{c(x)} dolar"  # noqa: E731
        text = "\n".join(
            [
                f"#{d.base} {side}",
                f"Giriş: {f(d.entry)}",
                f"Hedef: {f(tps[0])} - {f(tps[1])}",
                f"Stop: {f(sl)}",
            ]
        )
    else:
        side = "Long" if d.long else "Short"
        f = lambda x: f"{num(x, d.dec)} đô"  # noqa: E731
        text = f"Kèo {side} #{d.base}: vào lệnh {f(d.entry)} | chốt lời {f(tps[0])} - {f(tps[1])} | cắt lỗ {f(sl)}"
    if lang != 5 and l5_unclear([c(x) for x in [d.entry, *tps, sl]]):
        # 'objetivos 5,564 y 5,715': thousands or decimals, nothing in the post tells
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "transliterated_english_labels",
    "English trade words written in other scripts: Arabic 'انتري' / 'تارجت' / 'ستوب لوس' / 'لونج', Persian 'انتری' / 'تارگت' / 'استاپ', Korean '엔트리' / '타겟' / '스탑로스', Thai 'เอ็นทรี' / 'ทาร์เก็ต' / 'สต็อปลอส', Russian 'Энтри' / 'Таргеты', Greek 'Έντρι' / 'Τάργκετ'",
)
@own_stream
def l5_transliterated_english(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    long_w, short_w, entry_w, tp_w, sl_w, lev_w = rng.choice(
        [
            ("لونج", "شورت", "انتري", "تارجت", "ستوب لوس", "ليفريج"),
            ("لانگ", "شورت", "انتری", "تارگت", "استاپ", "لوریج"),
            ("롱", "숏", "엔트리", "타겟", "스탑로스", "레버리지"),
            ("ลอง", "ชอร์ต", "เอ็นทรี", "ทาร์เก็ต", "สต็อปลอส", "เลเวอเรจ"),
            ("ЛОНГ", "ШОРТ", "Энтри", "Таргеты", "Стоп", "Левередж"),
            ("LONG", "SHORT", "Έντρι", "Τάργκετ", "Στοπ λος", "Λέβερετζ"),
        ]
    )
    side = long_w if d.long else short_w
    lines = [f"#{d.base} {side}"]
    lines.append(f"{entry_w}: {v(d.entry)}")
    lines.append(f"{tp_w}: " + " / ".join(v(x) for x in tps))
    lines.append(f"{sl_w}: {v(sl)}")
    if lev:
        lines.append(f"{lev_w}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "native_digit_sentences",
    "one-line calls written with the digits of their script: Bengali 'SOL লং ১৪৮.২ থেকে, টার্গেট ১৫২ ও ১৫৫, স্টপ ১৪৪', Hindi with Devanagari digits, Arabic with Arabic-Indic digits and '٫' as the decimal mark",
)
@own_stream
def l5_native_digit_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    tps = d.away(2)
    sl = d.against()
    script = rng.choice(["bengali", "devanagari", "arabic"])
    n = lambda x: num(x, d.dec).translate(L5_DIGITS[script])  # noqa: E731
    if script == "bengali":
        side = "লং" if d.long else "শর্ট"
        text = f"{d.base} {side} {n(d.entry)} থেকে, টার্গেট {n(tps[0])} ও {n(tps[1])}, স্টপ {n(sl)}"
    elif script == "devanagari":
        side = "लॉन्ग" if d.long else "शॉर्ट"
        text = f"{d.base} {side} {n(d.entry)} पर, टारगेट {n(tps[0])} और {n(tps[1])}, स्टॉप {n(sl)}"
    else:
        side = "شراء" if d.long else "بيع"
        text = f"{side} {d.base} من {n(d.entry)} الأهداف {n(tps[0])} و {n(tps[1])} وقف {n(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "polish_dutch_czech_sentences",
    "signals as sentences in Polish ('Otwieram longa na #SOL po 148,2, cele 152 i 155, SL 144'), Dutch ('Ik ga long op #SOL vanaf 148,2, doelen 152 en 155, stop 144'), Czech ('Otevírám short na #SOL za …, cíle … a …') and Brazilian Portuguese ('Entrei comprado em #SOL a …, alvos … e …')",
)
@own_stream
def l5_european_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([None, 5, 10])
    c = lambda x: l5_comma(x, d.dec)  # noqa: E731
    lang = rng.randrange(4)
    if lang == 0:
        side = "longa" if d.long else "shorta"
        text = f"Otwieram {side} na #{d.base} po {c(d.entry)}, cele {c(tps[0])} i {c(tps[1])}, SL {c(sl)}"
        text += f", dźwignia {lev}x" if lev else ""
    elif lang == 1:
        side = "long" if d.long else "short"
        text = f"Ik ga {side} op #{d.base} vanaf {c(d.entry)}, doelen {c(tps[0])} en {c(tps[1])}, stop {c(sl)}"
        text += f", hefboom {lev}x" if lev else ""
    elif lang == 2:
        side = "long" if d.long else "short"
        text = f"Otevírám {side} na #{d.base} za {c(d.entry)}, cíle {c(tps[0])} a {c(tps[1])}, stop {c(sl)}"
        text += f", páka {lev}x" if lev else ""
    else:
        side = "comprado" if d.long else "vendido"
        text = f"Entrei {side} em #{d.base} a {c(d.entry)}, alvos {c(tps[0])} e {c(tps[1])}, stop {c(sl)}"
        text += f", alavancagem {lev}x" if lev else ""
    if l5_unclear([c(x) for x in [d.entry, *tps, sl]]):
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


# ---- scripts round four, second set: the same rules on layouts they were not made on ------
# Written after the first set's rules landed, before the parser saw them: bare tickers over
# cards in Amharic, Georgian, Armenian and Tibetan letters with other separators and the stop
# line before the targets; sentences in Zulu, Yoruba, Icelandic and Estonian with a known
# side word and target words no lexicon holds; sentences whose clauses a semicolon or a bar
# separates; and Bengali and Devanagari digits in cards under unknown labels.


@style(
    "bare_ticker_other_scripts",
    "a bare ticker line over Amharic, Georgian, Armenian or Tibetan labels with '=' / '→' / ':' separators, the stop line before or after the targets, no side word",
)
@own_stream
def l5b_bare_ticker_other_scripts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    entry_w, tp_w, sl_w = rng.choice(
        [
            ("መግቢያ", "ግቦች", "ማቆሚያ"),
            ("შესვლა", "მიზნები", "გაჩერება"),
            ("Մուտք", "Նպատակներ", "Կանգառ"),
            ("འཛུལ།", "དམིགས་ཡུལ།", "འགོག"),
        ]
    )
    sep = rng.choice([" = ", " → ", ": "])
    entry = f"{entry_w}{sep}{v(d.entry)}"
    targets = f"{tp_w}{sep}" + " / ".join(v(x) for x in tps)
    stop = f"{sl_w}{sep}{v(sl)}"
    body = [entry, targets, stop] if rng.random() < 0.5 else [entry, stop, targets]
    head = rng.choice([d.base, f"{d.base} 🔥", f"⚡ {d.base}"])
    return "\n".join([head, *body]), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "known_side_unknown_target_words",
    "sentences with a known side word and target words no lexicon holds: Zulu 'Long #SOL ku 148.2, izinhloso 152 no 155, stop 144', Yoruba 'afojusun', Icelandic 'markmið', Estonian 'eesmärgid'",
)
@own_stream
def l5b_known_side_unknown_targets(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(2)
    sl = d.against()
    side = "Long" if d.long else "Short"
    prep, word, joiner = rng.choice(
        [
            ("ku", "izinhloso", "no"),
            ("ni", "afojusun", "ati"),
            ("á", "markmið", "og"),
            ("hinnaga", "eesmärgid", "ja"),
        ]
    )
    text = (
        f"{side} #{d.base} {prep} {v(d.entry)}, {word} {v(tps[0])} {joiner} {v(tps[1])}, SL {v(sl)}"
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "semicolon_bar_clauses",
    "one-line calls whose clauses a semicolon or a bar separates, target words of several languages (known or not): 'LONG #SOL 148.2; Ziele 152 / 155; Stop 144', 'SHORT $ETH 3412 | malengo 3350 / 3300 | SL 3480'",
)
@own_stream
def l5b_semicolon_bar_clauses(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    sep = rng.choice(["; ", " | "])
    word = rng.choice(["Ziele", "objetivos", "malengo", "hedefler", "doelen", "mål"])
    side = "LONG" if d.long else "SHORT"
    tag = rng.choice([f"#{d.base}", f"${d.base}"])
    text = sep.join(
        [f"{side} {tag} {v(d.entry)}", f"{word} " + " / ".join(v(x) for x in tps), f"SL {v(sl)}"]
    )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "native_digit_unknown_label_cards",
    "cards with Bengali or Devanagari digits under labels no lexicon holds (Assamese 'প্ৰৱেশ' / 'লক্ষ্য' / 'ৰখা', Marathi 'प्रवेश' / 'उद्दिष्टे' / 'थांबा'), a '#' ticker and a side word",
)
@own_stream
def l5b_native_digit_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L5_MARKETS)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    if rng.random() < 0.5:
        digits, words = L5_DIGITS["bengali"], ("প্ৰৱেশ", "লক্ষ্য", "ৰখা")
    else:
        digits, words = L5_DIGITS["devanagari"], ("प्रवेश", "उद्दिष्टे", "थांबा")
    n = lambda x: num(x, d.dec).translate(digits)  # noqa: E731
    lines = [f"#{d.base} {'LONG' if d.long else 'SHORT'}"]
    lines.append(f"{words[0]}: {n(d.entry)}")
    lines.append(f"{words[1]}: " + ", ".join(n(x) for x in tps))
    lines.append(f"{words[2]}: {n(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# read since the entry's clause may hold a word of any length (README: scripts round four,
# second set); in pending/ until then


# ---- scripts round five: languages, marks and layouts no earlier round wrote, measured first --
# Researched from public material in those languages (Binance Square posts translated into
# Romanian with their parameter tables flattened to one cell a line — 'Poziție' / 'Lung',
# 'Zona de Preț de Intrare', 'Realizare Profit 1 (TP1)', 'Leverage Recomandat' / '5x - 8x' —,
# Hungarian, Finnish, Croatian and Romanian exchange academies and blogs writing prices with
# case endings ('950-en', '25 000 dollárnál', '45 euroon', 'hintaan 50 €'), Georgian and Ethiopic
# pages for their marks, Russian and Balkan copier bots' keyword lists): flattened parameter
# tables, numbers carrying a case ending after a hyphen, an apostrophe or a colon, Serbian,
# Macedonian and Bulgarian sentences in Cyrillic, code-mixed South Asian posts in Latin letters,
# right-to-left sentences with 'and' glued to a number, Amharic and Tigrinya cards with Ethiopic
# marks, calls whose clauses end with a script's own full stop (danda, Burmese and Khmer marks),
# follow-ups and talk in these languages, Turkic cards in Latin letters, thousands written with
# the Arabic separator, Georgian and Armenian sentences. Each style draws from its own stream.

L6_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED


def l6_draw(rng: random.Random, markets: list[tuple[str, str, float, int]], comma: bool) -> Draw:
    """A draw whose prices a decimal comma cannot leave unclear: not every one 'd,ddd'."""
    while True:
        d = Draw(rng, markets)
        if not comma or d.entry >= 1000 or not re.fullmatch(r"\d{1,3},\d{3}", eu(d.entry, d.dec)):
            return d


@style(
    "flattened_parameter_tables",
    "Binance Square plans translated into Romanian, Hungarian, Czech, Swedish or Finnish whose parameter table is pasted one cell a line with blank lines between: 'Activ' / 'SOL/USDT Futures Perpetuu', 'Poziție' / 'Lung', 'Zona de Preț de Intrare' / '$147.50 - $148.90', 'Realizare Profit 1 (TP1)' / '$152', 'Stop Loss (SL)' / '$144', 'Leverage Recomandat' / '5x - 8x'; the side word is the language's own",
)
@own_stream
def l6_flattened_parameter_tables(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    v = lambda x: num(x, d.dec, "comma" if rng.random() < 0.7 else "plain")  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    w = rng.choice(
        [
            (
                "Planul tranzacției",
                "Parametru",
                "Valoare",
                "Activ",
                "Futures Perpetuu",
                "Poziție",
                "Lung",
                "Scurt",
                "Zona de Preț de Intrare",
                "Preț de Intrare",
                "Realizare Profit {i} (TP{i})",
                "Stop Loss (SL)",
                "Leverage Recomandat",
            ),
            (
                "A kereskedés paraméterei",
                "Paraméter",
                "Érték",
                "Eszköz",
                "örökös határidős",
                "Pozíció",
                "Hosszú",
                "Rövid",
                "Belépési ártartomány",
                "Belépési ár",
                "Profitrealizálás {i} (TP{i})",
                "Veszteségkorlát (SL)",
                "Ajánlott tőkeáttétel",
            ),
            (
                "Parametry obchodu",
                "Parametr",
                "Hodnota",
                "Aktivum",
                "Perpetual Futures",
                "Pozice",
                "Dlouhá",
                "Krátká",
                "Vstupní cenová zóna",
                "Vstupní cena",
                "Výběr zisku {i} (TP{i})",
                "Stop Loss (SL)",
                "Doporučená páka",
            ),
            (
                "Handelsplan",
                "Parameter",
                "Värde",
                "Tillgång",
                "Perpetual Futures",
                "Position",
                "Lång",
                "Kort",
                "Inträdesintervall",
                "Inträdespris",
                "Vinstmål {i} (TP{i})",
                "Stop Loss (SL)",
                "Rekommenderad hävstång",
            ),
            (
                "Kaupan parametrit",
                "Parametri",
                "Arvo",
                "Kohde",
                "ikuinen futuuri",
                "Positio",
                "Pitkä",
                "Lyhyt",
                "Sisääntulon hinta-alue",
                "Sisääntulohinta",
                "Voitonotto {i} (TP{i})",
                "Stop Loss (SL)",
                "Suositeltu vipu",
            ),
        ]
    )
    cells = []
    if rng.random() < 0.5:
        cells += [w[1], w[2]]
    cells += [w[3], f"{d.base}/USDT {w[4]}", w[5], w[6] if d.long else w[7]]
    zoned = rng.random() < 0.5
    if zoned:
        lo, hi = zone(d)
        cells += [w[8], f"${v(lo)} - ${v(hi)}"]
        entries = [lo, hi]
    else:
        cells += [w[9], f"${v(d.entry)}"]
        entries = [d.entry]
    for i, x in enumerate(tps, 1):
        cells += [w[10].format(i=i), f"${v(x)}"]
    cells += [w[11], f"${v(sl)}"]
    lev = None
    if rng.random() < 0.7:
        a = rng.choice([3, 5, 10])
        b = a + rng.choice([0, 2, 3, 5])
        lev = b
        cells += [w[12], f"{a}x - {b}x" if b != a else f"{a}x"]
    text = f"{w[0]}\n\n" + "\n\n".join(cells)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "case_suffixed_numbers",
    "cards whose prices carry the language's case ending: Hungarian 'Belépő: 148,2-nél' / 'Célok: 152-ig, 155-ig', Turkish 'Giriş: 148,2'den' / 'Hedefler: 152'ye, 155'e', Finnish 'Sisääntulo: 148,2:sta' / 'Tavoitteet: 152:een, 155:een', Estonian '148,2-lt' / '152-ni', Georgian 'შესვლა: 148.2-ზე' / 'მიზნები: 152-მდე'",
)
@own_stream
def l6_case_suffixed_numbers(rng: random.Random) -> tuple[str, dict[str, Any]]:
    lang = rng.choice(["hu", "tr", "fi", "et", "ka"])
    comma = lang != "ka"
    d = l6_draw(rng, L6_MARKETS, comma)
    v = (lambda x: eu(x, d.dec, " ")) if comma else (lambda x: num(x, d.dec))
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    side = "LONG" if d.long else "SHORT"
    head = rng.choice([f"#{d.base} {side}", f"{d.base}/USDT — {side}", f"{side} #{d.base}USDT"])
    if lang == "hu":
        lines = [f"Belépő: {v(d.entry)}-{rng.choice(['nél', 'nál', 'en'])}"]
        lines.append("Célok: " + ", ".join(f"{v(x)}-ig" for x in tps))
        lines.append(f"Stop: {v(sl)} {'alatt' if d.long else 'felett'}")
        levl = f"Tőkeáttétel: {lev}x"
    elif lang == "tr":
        lines = [f"Giriş: {v(d.entry)}'den"]
        lines.append(
            "Hedefler: " + ", ".join(f"{v(x)}'{rng.choice(['e', 'ye', 'a'])}" for x in tps)
        )
        lines.append(f"Stop: {v(sl)}'{rng.choice(['ün', 'in'])} {'altı' if d.long else 'üstü'}")
        levl = f"Kaldıraç: {lev}x"
    elif lang == "fi":
        lines = [f"Sisääntulo: {v(d.entry)}:{rng.choice(['sta', 'llä'])}"]
        lines.append("Tavoitteet: " + ", ".join(f"{v(x)}:een" for x in tps))
        lines.append(f"Stop: {v(sl)}:n {'alle' if d.long else 'yli'}")
        levl = f"Vipu: {lev}x"
    elif lang == "et":
        lines = [f"Sisenemine: {v(d.entry)}-lt"]
        lines.append("Eesmärgid: " + ", ".join(f"{v(x)}-ni" for x in tps))
        lines.append(f"Stopp: {v(sl)}-l")
        levl = f"Võimendus: {lev}x"
    else:
        lines = [f"შესვლა: {v(d.entry)}-ზე"]
        lines.append("მიზნები: " + ", ".join(f"{v(x)}-მდე" for x in tps))
        lines.append(f"სტოპი: {v(sl)}-ზე")
        levl = f"ბერკეტი: {lev}x"
    if lev:
        lines.append(levl)
    return "\n".join([head, *lines]), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "balkan_cyrillic_sentences",
    "signals as sentences in Serbian, Macedonian and Bulgarian Cyrillic with decimal commas: 'Отварам лонг на #SOL по 148,2, циљеви 152 и 155, стоп 144', 'Отворам шорт на #ETH на 3412, цели 3350 и 3300, стоп 3480', 'Влизам в лонг на #SOL при 148,2, цели …, стоп …'",
)
@own_stream
def l6_balkan_cyrillic_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = l6_draw(rng, L6_MARKETS, True)
    v = lambda x: eu(x, d.dec, " ")  # noqa: E731
    tps = d.away(2)
    sl = d.against()
    lev = rng.choice([None, None, 10, 20])
    side = "лонг" if d.long else "шорт"
    opening, prep, word = rng.choice(
        [
            ("Отварам", "по", "циљеви"),
            ("Улазим у", "на", "циљеви"),
            ("Отворам", "на", "цели"),
            ("Влизам в", "при", "цели"),
            ("Отварям", "на", "таргети"),
        ]
    )
    text = f"{opening} {side} на #{d.base} {prep} {v(d.entry)}, {word} {v(tps[0])} и {v(tps[1])}, стоп {v(sl)}"
    if lev:
        text += f", {lev}x"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "code_mixed_south_asian",
    "South Asian posts mixing English trade words with Tamil, Bengali, Nepali, Marathi, Sinhala or Telugu in Latin letters, the entry between a verb and a postposition: 'SOL long podunga 148.2 la, target 152 / 155, SL 144', 'SOL short nin 148.2 te', 'long garnu 148.2 ma', 'long ghya 148.2 la', 'long ganna 148.2 walin', 'long cheyandi 148.2 daggara'",
)
@own_stream
def l6_code_mixed_south_asian(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS + MEME)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    verb, post, tgt = rng.choice(
        [
            ("podunga", "la", "target"),
            ("nin", "te", "target"),
            ("garnu", "ma", "target"),
            ("ghya", "la", "target"),
            ("ganna", "walin", "target"),
            ("cheyandi", "daggara", "targets"),
        ]
    )
    coin = rng.choice([f"#{d.base}", f"${d.base}", d.base])
    side = d.side
    tl = rng.choice([" / ", ", "]).join(v(x) for x in tps)
    text = f"{coin} {side} {verb} {v(d.entry)} {post}, {tgt} {tl}, SL {v(sl)}"
    if lev:
        text += rng.choice([f", {lev}x", f", lev {lev}x"])
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "rtl_glued_conjunction_sentences",
    "right-to-left sentences whose 'and' is written against the next number: Arabic 'شراء #SOL عند 148.2 والأهداف 152 و155 ووقف الخسارة 144' (Arabic-Indic digits at times), Hebrew 'לונג על #SOL ב-148.2, יעדים 152 ו-155, סטופ 144'",
)
@own_stream
def l6_rtl_glued_conjunction(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    tps = d.away(2)
    sl = d.against()
    lang = rng.choice(["ar", "ar_digits", "he"])
    if lang == "he":
        v = lambda x: num(x, d.dec)  # noqa: E731
        side = "לונג" if d.long else "שורט"
        text = f"{side} על #{d.base} ב-{v(d.entry)}, יעדים {v(tps[0])} ו-{v(tps[1])}, סטופ {v(sl)}"
        if rng.random() < 0.5:
            text = text.replace(" ו-", " ו")
    else:
        tr = L5_DIGITS["arabic"] if lang == "ar_digits" else str.maketrans("", "")
        v = lambda x: num(x, d.dec).translate(tr)  # noqa: E731
        side = "شراء" if d.long else "بيع"
        text = f"{side} #{d.base} عند {v(d.entry)} والأهداف {v(tps[0])} و{v(tps[1])} ووقف الخسارة {v(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "ethiopic_cards",
    "Amharic and Tigrinya cards with Ethiopic marks, no side word any lexicon holds: 'መግቢያ፡ 148.2', 'ዒላማዎች፡ 152 ፣ 155', 'ማቆሚያ፡ 144' (Ethiopic colon '፡' or preface colon '፦', Ethiopic comma '፣' between targets); 'ግዛ' / 'ሽጥ' in the header",
)
@own_stream
def l6_ethiopic_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    words = rng.choice(
        [
            ("ግዛ", "ሽጥ", "መግቢያ", "ዒላማዎች", "ማቆሚያ"),
            ("ግዛ", "ሽጥ", "መግቢያ ዋጋ", "ግቦች", "የኪሳራ ገደብ"),
            ("ግዛእ", "ሽየጥ", "ምእታው", "ዕላማታት", "መደረቲ"),
        ]
    )
    colon = rng.choice(["፡ ", "፦ ", ": "])
    side = words[0] if d.long else words[1]
    lines = [
        rng.choice([f"#{d.base}/USDT {side}", f"{d.base}USDT ({side})", f"💎 #{d.base} — {side}"])
    ]
    lines.append(f"{words[2]}{colon}{v(d.entry)}")
    lines.append(f"{words[3]}{colon}" + rng.choice([" ፣ ", "፣ ", " - "]).join(v(x) for x in tps))
    lines.append(f"{words[4]}{colon}{v(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "script_full_stop_calls",
    "one-line calls whose clauses end with the script's own full stop: the danda '।' of Hindi, Nepali, Marathi and Bengali posts ('#SOL Long । एंट्री 148.2 । टारगेट 152 / 155 । स्टॉप 144 ।'), Burmese '၊' and '။', Khmer '។'",
)
@own_stream
def l6_script_full_stop_calls(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = "Long" if d.long else "Short"
    mark, end, entry_w, tp_w, sl_w = rng.choice(
        [
            ("।", "।", "एंट्री", "टारगेट", "स्टॉप लॉस"),
            ("।", "।", "प्रवेश", "लक्ष्य", "स्टॉप"),
            ("।", "।", "এন্ট্রি", "টার্গেট", "স্টপ লস"),
            ("၊", "။", "ဝင်ရန်", "ပစ်မှတ်", "Stop"),
            ("។", "។", "ចូល", "គោលដៅ", "SL"),
        ]
    )
    parts = [
        f"#{d.base} {side}",
        f"{entry_w} {v(d.entry)}",
        f"{tp_w} " + " / ".join(v(x) for x in tps),
        f"{sl_w} {v(sl)}",
    ]
    text = f" {mark} ".join(parts) + f" {end}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "follow_ups_round_five_languages",
    "follow-ups in Romanian, Hungarian, Czech, Swedish, Finnish, Serbian and Georgian: 'TP1 atins ✅', '2. cél elérve ✅', 'Cíl 2 splněn ✅', 'Mål 1 nått ✅', 'Tavoite 2 saavutettu ✅', 'Циљ 1 достигнут ✅', 'მიზანი 1 მიღწეულია ✅'; the stop moved to the entry and the stop hit in the same languages",
)
@own_stream
def l6_follow_ups(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    c = rng.choice([f"#{d.base}", f"{d.base}/USDT", f"${d.base}"])
    n = rng.randint(1, 3)
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice(
            [
                f"{c} TP{n} atins ✅",
                f"{c} Ținta {n} atinsă ✅",
                f"{c} {n}. cél elérve ✅",
                f"{c} Cíl {n} splněn ✅",
                f"{c} Mål {n} nått ✅",
                f"{c} Tavoite {n} saavutettu ✅",
                f"{c} Циљ {n} достигнут ✅",
                f"{c} მიზანი {n} მიღწეულია ✅",
            ]
        )
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 1:
        text = rng.choice(
            [
                f"{c} Stop mutat la intrare 🔒",
                f"{c} Stop a belépőre húzva 🔒",
                f"{c} Stop posunut na vstup 🔒",
                f"{c} Stoppen flyttad till ingång 🔒",
                f"{c} Stop siirretty sisääntuloon 🔒",
                f"{c} Стоп померен на улаз 🔒",
            ]
        )
        return text, fu(d.base, "stop_moved", stop_to_entry=True)
    text = rng.choice(
        [
            f"{c} Stop loss atins ❌",
            f"{c} Stop aktiválódott ❌",
            f"{c} Stop loss zasažen ❌",
            f"{c} Stoppen slog till ❌",
            f"{c} Stop loss laukesi ❌",
            f"{c} Стоп погођен ❌",
        ]
    )
    return text, fu(d.base, "stop_hit")


_L6_TALK = itertools.cycle(range(14))


@style(
    "talk_round_five_languages",
    "talk in these languages that names coins and prices but gives no trade: Romanian, Hungarian, Czech, Swedish, Finnish, Serbian, Georgian, Amharic market comments ('BTC a închis ziua peste 63.450, ce părere aveți?', 'A BTC 63 450 felett zárt', 'ETH se drží nad 3 400', 'BTC höll 63 450 i natt')",
)
@own_stream
def l6_talk(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    p = num(d.entry, d.dec)
    e = eu(d.entry, d.dec, " ")
    b = d.base
    texts = [
        f"{b} a închis ziua peste {e}, ce părere aveți? 🤔",
        f"A {b} {e} felett zárt tegnap, szerintetek meddig megy?",
        f"{b} se drží nad {e}, sledujeme dál 👀",
        f"{b} höll {e} i natt, bra styrka 💪",
        f"{b} pysyi {e}:n yläpuolella koko päivän",
        f"{b} је пробио {e}, видећемо сутра",
        f"{b}-მა {p}-ს გადააჭარბა, ვნახოთ ხვალ",
        f"{b} ዛሬ {p} ደርሷል፣ ነገ እናያለን።",
        f"Analiza săptămânii pentru {b}: suport la {e}, fără semnal încă",
        f"{b} heti elemzés: támasz {e}-nél, jelzés még nincs",
        f"Kdo z vás drží {b}? Cena teď {e}",
        f"Vem handlar {b} idag? Priset är {e}",
        f"Miten {b} jatkaa? Hinta nyt {e}",
        f"Ко тргује {b} данас? Цена {e}",
    ]
    return texts[next(_L6_TALK)], {"kind": "not_signal"}


@style(
    "turkic_latin_cards",
    "cards in the Latin alphabets of Kazakh ('Jūptyq', 'Kıru', 'Maqsattar', 'Toqtatu', 'Iyintirek'), Turkmen ('Jübüt', 'Giriş', 'Maksatlar', 'Stop', 'Leveraž') and Uzbek ('Juftlik', 'Kirish', 'Maqsadlar', 'To'xtatish', 'Leveraj'); the side as the language's buy/sell word ('Satyp alu' / 'Satu', 'Satyn al' / 'Sat', 'Sotib olish' / 'Sotish'), decimal commas at times",
)
@own_stream
def l6_turkic_latin_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    comma = rng.random() < 0.5
    d = l6_draw(rng, L6_MARKETS, comma)
    v = (lambda x: eu(x, d.dec, " ")) if comma else (lambda x: num(x, d.dec))
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    w = rng.choice(
        [
            ("Jūptyq", "Bağyt", "Satyp alu", "Satu", "Kıru", "Maqsattar", "Toqtatu", "Iyintirek"),
            ("Jübüt", "Ugur", "Satyn al", "Sat", "Giriş", "Maksatlar", "Stop", "Leveraž"),
            (
                "Juftlik",
                "Yo'nalish",
                "Sotib olish",
                "Sotish",
                "Kirish",
                "Maqsadlar",
                "To'xtatish",
                "Leveraj",
            ),
        ]
    )
    lines = [f"{w[0]}: {d.base}/USDT", f"{w[1]}: {w[2] if d.long else w[3]}"]
    lines.append(f"{w[4]}: {v(d.entry)}")
    lines.append(f"{w[5]}: " + " – ".join(v(x) for x in tps))
    lines.append(f"{w[6]}: {v(sl)}")
    if lev:
        lines.append(f"{w[7]}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


_ARABIC_SEPARATORS = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")
_PERSIAN_SEPARATORS = str.maketrans("0123456789,.", "۰۱۲۳۴۵۶۷۸۹٬٫")
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@style(
    "native_thousands_separators",
    "five-digit and four-digit prices with the thousands separator of the script: Arabic and Persian '٬' with '٫' for the decimal ('٦٣٬٤٥٠٫٥', '۳٬۴۱۲'), Devanagari digits with a comma ('६३,४५०.५'); known labels of those languages",
)
@own_stream
def l6_native_thousands(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, [m for m in MARKETS if m[2] >= 500])
    lang = rng.choice(["ar", "fa", "hi"])
    table = {"ar": _ARABIC_SEPARATORS, "fa": _PERSIAN_SEPARATORS, "hi": _DEVANAGARI}[lang]
    v = lambda x: num(x, d.dec, "comma").translate(table)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    if lang == "ar":
        words = ("شراء" if d.long else "بيع", "الدخول", "الأهداف", "وقف الخسارة", " - ")
    elif lang == "fa":
        words = ("لانگ" if d.long else "شورت", "ورود", "اهداف", "حد ضرر", " - ")
    else:
        words = ("लॉन्ग" if d.long else "शॉर्ट", "एंट्री", "टारगेट", "स्टॉप लॉस", " / ")
    lines = [f"#{d.base}/USDT {words[0]}", f"{words[1]}: {v(d.entry)}"]
    lines.append(f"{words[2]}: " + words[4].join(v(x) for x in tps))
    lines.append(f"{words[3]}: {v(sl)}")
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "georgian_armenian_sentences",
    "signals as sentences in Georgian and Armenian, the English side word written in their letters and the price with a case ending: 'ლონგი #SOL 148.2-დან, მიზნები 152 და 155, სტოპი 144', 'Լոնգ #SOL 148.2-ից, թիրախներ 152 և 155, ստոպ 144'",
)
@own_stream
def l6_georgian_armenian_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(2)
    sl = d.against()
    if rng.random() < 0.5:
        side = "ლონგი" if d.long else "შორტი"
        text = (
            f"{side} #{d.base} {v(d.entry)}-დან, მიზნები {v(tps[0])} და {v(tps[1])}, სტოპი {v(sl)}"
        )
    else:
        side = "Լոնգ" if d.long else "Շորտ"
        text = f"{side} #{d.base} {v(d.entry)}-ից, թիրախներ {v(tps[0])} և {v(tps[1])}, ստոպ {v(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


# Second set, written after the first set's rules, measured before the parser saw it: the same
# rules on layouts and languages they were not made on — Armenian sentences ending clauses with
# the Armenian full stop '։', Greek posts with the ano teleia '·', Urdu calls with the Arabic
# full stop '۔', flattened tables in Polish, Dutch, Indonesian and Vietnamese whose target
# labels number the bracket with a space ('Take Profit 1 (TP 1)'), and follow-ups in Polish,
# Dutch, Slovak, Lithuanian, Ukrainian, Bulgarian, Greek and Hebrew.


@style(
    "armenian_greek_clause_marks",
    "one-line calls whose clauses end with the Armenian full stop '։' ('Լոնգ #SOL 148.2-ից։ Թիրախներ 152, 155։ Ստոպ 144։') or the Greek ano teleia '·' ('Long #SOL 148,2· στόχοι 152, 155· stop 144')",
)
@own_stream
def l6b_armenian_greek_clause_marks(rng: random.Random) -> tuple[str, dict[str, Any]]:
    greek = rng.random() < 0.5
    d = l6_draw(rng, L6_MARKETS, greek)
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    if greek:
        v = lambda x: eu(x, d.dec, ".")  # noqa: E731
        side = "Long" if d.long else "Short"
        text = (
            f"{side} #{d.base} {v(d.entry)}· στόχοι "
            + ", ".join(v(x) for x in tps)
            + f"· stop {v(sl)}"
        )
    else:
        v = lambda x: num(x, d.dec)  # noqa: E731
        side = "Լոնգ" if d.long else "Շորտ"
        text = (
            f"{side} #{d.base} {v(d.entry)}-ից։ Թիրախներ "
            + ", ".join(v(x) for x in tps)
            + f"։ Ստոպ {v(sl)}։"
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "urdu_full_stop_calls",
    "Urdu one-line calls ending each clause with the Arabic full stop '۔': '#SOL لانگ۔ انٹری 148.2۔ ٹارگٹ 152 / 155۔ اسٹاپ لاس 144۔'",
)
@own_stream
def l6b_urdu_full_stop_calls(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    v = lambda x: num(x, d.dec)  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    side = "لانگ" if d.long else "شارٹ"
    sep = rng.choice(["۔ ", " ۔ "])
    parts = [
        f"#{d.base} {side}",
        f"انٹری {v(d.entry)}",
        "ٹارگٹ " + " / ".join(v(x) for x in tps),
        f"اسٹاپ لاس {v(sl)}",
    ]
    return sep.join(parts) + sep.rstrip(), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl
    )


@style(
    "flattened_tables_spaced_ordinals",
    "Square plans translated into Polish, Dutch, Indonesian or Vietnamese, the parameter table pasted one cell a line, target labels numbering their bracket with a space ('Realizacja zysku 1 (TP 1)', 'Winstneming 2 (TP 2)', 'Ambil Untung 1 (TP 1)', 'Chốt lời 1 (TP 1)'); the side in the language's word",
)
@own_stream
def l6b_flattened_tables_spaced(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    v = lambda x: num(x, d.dec, "comma")  # noqa: E731
    tps = d.away(rng.randint(2, 3))
    sl = d.against()
    w = rng.choice(
        [
            (
                "Plan transakcji",
                "Aktywo",
                "Pozycja",
                "Długa",
                "Krótka",
                "Cena wejścia",
                "Realizacja zysku {i} (TP {i})",
                "Stop Loss (SL)",
                "Zalecana dźwignia",
            ),
            (
                "Handelsplan",
                "Activum",
                "Positie",
                "Lang",
                "Kort",
                "Instapprijs",
                "Winstneming {i} (TP {i})",
                "Stop Loss (SL)",
                "Aanbevolen hefboom",
            ),
            (
                "Rencana Trading",
                "Aset",
                "Posisi",
                "Panjang",
                "Pendek",
                "Harga Masuk",
                "Ambil Untung {i} (TP {i})",
                "Stop Loss (SL)",
                "Leverage yang Disarankan",
            ),
            (
                "Kế hoạch giao dịch",
                "Tài sản",
                "Vị thế",
                "Mua",
                "Bán",
                "Giá vào",
                "Chốt lời {i} (TP {i})",
                "Cắt lỗ (SL)",
                "Đòn bẩy khuyến nghị",
            ),
        ]
    )
    cells = [
        w[1],
        f"{d.base}/USDT Perpetual",
        w[2],
        w[3] if d.long else w[4],
        w[5],
        f"${v(d.entry)}",
    ]
    for i, x in enumerate(tps, 1):
        cells += [w[6].format(i=i), f"${v(x)}"]
    cells += [w[7], f"${v(sl)}"]
    lev = rng.choice([None, 5, 10])
    if lev:
        cells += [w[8], f"{lev}x"]
    text = f"{w[0]}\n\n" + "\n\n".join(cells)
    if w[5] == "Giá vào" and all(
        re.fullmatch(r"\d{1,3}\.\d{3}", v(x)) for x in [d.entry, *tps, sl]
    ):
        # (changed after the first pass) every price 'd.ddd' under Vietnamese labels, a
        # language that writes a decimal comma and dot thousands: 9.764 or 9,764 — nothing in
        # the post tells, so it must go to review
        return text, {"kind": "needs_review"}
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "follow_ups_more_languages",
    "target hits, stops hit and stops moved to the entry in Polish, Dutch, Slovak, Lithuanian, Ukrainian, Bulgarian, Greek and Hebrew: 'Cel 2 osiągnięty ✅', 'Doel 1 bereikt ✅', 'Cieľ 2 splnený ✅', 'Tikslas 1 pasiektas ✅', 'Ціль 2 досягнута ✅', 'Цел 1 постигната ✅', 'Στόχος 2 επιτεύχθηκε ✅', 'יעד 1 הושג ✅'",
)
@own_stream
def l6b_follow_ups_more(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, L6_MARKETS)
    c = rng.choice([f"#{d.base}", f"{d.base}/USDT", f"${d.base}"])
    n = rng.randint(1, 3)
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice(
            [
                f"{c} Cel {n} osiągnięty ✅",
                f"{c} Doel {n} bereikt ✅",
                f"{c} Cieľ {n} splnený ✅",
                f"{c} Tikslas {n} pasiektas ✅",
                f"{c} Ціль {n} досягнута ✅",
                f"{c} Цел {n} постигната ✅",
                f"{c} Στόχος {n} επιτεύχθηκε ✅",
                f"{c} יעד {n} הושג ✅",
            ]
        )
        return text, fu(d.base, "target_hit", target_index=n)
    if form == 1:
        text = rng.choice(
            [
                f"{c} Stop loss aktywowany ❌",
                f"{c} Stoploss geraakt ❌",
                f"{c} Stop loss zasiahnutý ❌",
                f"{c} Стоп спрацював ❌",
                f"{c} Стопът е ударен ❌",
                f"{c} Το stop χτυπήθηκε ❌",
            ]
        )
        return text, fu(d.base, "stop_hit")
    text = rng.choice(
        [
            f"{c} Stop przesunięty na wejście 🔒",
            f"{c} Stop verplaatst naar instap 🔒",
            f"{c} Stop posunutý na vstup 🔒",
            f"{c} Стоп переміщено на вхід 🔒",
            f"{c} Стопът е преместен на входа 🔒",
            f"{c} Το stop μετακινήθηκε στην είσοδο 🔒",
        ]
    )
    return text, fu(d.base, "stop_moved", stop_to_entry=True)


@style(
    "case_endings_sentences",
    "sentences whose prices carry a case ending and whose target word no lexicon holds: Hungarian 'Long #SOL 148,2-nél, célok 152-ig és 155-ig, stop 144', Finnish 'Long #SOL 148,2:sta, tavoitteet 152:een ja 155:een, stop 144', Turkish 'Long #SOL 148,2'den, hedefler 152'ye ve 155'e, stop 144', Estonian '148,2-lt, eesmärgid 152-ni ja 155-ni'",
)
@own_stream
def l6b_case_endings_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = l6_draw(rng, L6_MARKETS, True)
    v = lambda x: eu(x, d.dec, " ")  # noqa: E731
    tps = d.away(2)
    sl = d.against()
    side = "Long" if d.long else "Short"
    form = rng.choice(
        [
            "{}-nél, célok {}-ig és {}-ig",
            "{}:sta, tavoitteet {}:een ja {}:een",
            "{}'den, hedefler {}'ye ve {}'e",
            "{}-lt, eesmärgid {}-ni ja {}-ni",
        ]
    )
    body = form.format(v(d.entry), v(tps[0]), v(tps[1]))
    return f"{side} #{d.base} {body}, stop {v(sl)}", signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl
    )


# ---- cut, joined and pasted cards: messages copied wrong today, measured first ------------
# A card cut inside its stop label or right after its entry, a follow-up line pasted above a
# card, a one-line call for one coin joined to another coin's card, a conditional close beside
# a signal. Every magnitude, both sides; each draws from its own stream (@own_stream).
CUT_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def _cut_card_lines(d: Draw, rng: random.Random, tps: list[float]) -> list[str]:
    """Header, side and entry, then the targets: English labels, icons or a terse strip."""
    fmt = rng.choice(["plain", "comma"]) if d.entry >= 1000 else "plain"
    e, t = num(d.entry, d.dec, fmt), [num(x, d.dec, fmt) for x in tps]
    side = d.side.upper()
    head = rng.choice([f"#{d.base}/USDT {side}", f"{d.base}USDT — {side}", f"${d.base} {side}"])
    layout = rng.choice(["numbered", "inline", "icons"])
    if layout == "numbered":
        return [head, f"Entry: {e}", *[f"TP{i + 1}: {x}" for i, x in enumerate(t)]]
    if layout == "inline":
        return [head, f"Entry: {e}", f"Targets: {' - '.join(t)}"]
    return [head, f"📍 Entry {e}", *[f"🎯 {x}" for x in t]]


def _full_cut_card(d: Draw, rng: random.Random) -> tuple[str, list[float], float]:
    tps = d.away(rng.randint(1, 3))
    sl = d.against(rng.uniform(0.02, 0.05))
    fmt = rng.choice(["plain", "comma"]) if d.entry >= 1000 else "plain"
    lines = _cut_card_lines(d, rng, tps)
    lines.append(f"{rng.choice(['SL', 'Stop Loss', 'STOP LOSS', '🛑 SL'])}: {num(sl, d.dec, fmt)}")
    return "\n".join(lines), tps, sl


@style(
    "cut_inside_stop_label",
    "a card cut inside its stop label or a stop word's start, after its targets ('TP3: 0.61' over 'STOP L', 'SL', 'Stop Los', 'St', '🛑 S'): review, never copied without its stop",
)
@own_stream
def cut_inside_stop_label(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, CUT_MARKETS)
    lines = _cut_card_lines(d, rng, d.away(rng.randint(1, 3)))
    label = rng.choice(["Stop Loss", "STOP LOSS", "Stop-loss", "Stoploss", "SL", "S/L", "Stop"])
    cut = rng.randint(1, len(label))
    lines.append(rng.choice(["", "🛑 ", "❌ "]) + label[:cut])
    return "\n".join(lines), {"kind": "needs_review"}


@style(
    "cut_after_entry_word",
    "a card cut right after its entry with the next label's first letters left ('Entry: 0.5312' over 'Tar', 'T', 'TP', 'Targ', 'Take p'): review, never copied as an entry alone",
)
@own_stream
def cut_after_entry_word(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, CUT_MARKETS)
    lines = _cut_card_lines(d, rng, [])
    word = rng.choice(["Targets", "Target 1", "Take profit", "TP1", "Tp", "Take-Profit"])
    lines.append(word[: rng.randint(1, max(1, len(word) - 1))])
    return "\n".join(lines), {"kind": "needs_review"}


@style(
    "follow_up_pasted_above_card",
    "a follow-up line pasted above a full signal card ('✂️ Trimmed 50%', 'TP1 hit ✅', 'Closed in profit', 'Moved SL to entry'): two messages in one, review",
)
@own_stream
def follow_up_pasted_above_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, CUT_MARKETS)
    card, _tps, _sl = _full_cut_card(d, rng)
    top = rng.choice(
        [
            f"✂️ Trimmed {rng.choice([25, 30, 50, 70])}%",
            "TP1 hit ✅",
            f"Closed {rng.randint(20, 80)}% in profit",
            "Moved SL to entry",
            "Booked partial profits 💰",
            f"Took {rng.choice([25, 50])}% off",
        ]
    )
    return top + rng.choice(["\n", "\n\n"]) + card, {"kind": "needs_review"}


@style(
    "one_line_call_joined_by_bar",
    "a one-line call for one coin joined by ' | ' to another coin's card (English, Swahili, Spanish call words; '1000FLOKI buy now | SOL/USDT LONG Entry …'): two signals in one, review",
)
@own_stream
def one_line_call_joined_by_bar(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, CUT_MARKETS)
    other = Draw(rng, CUT_MARKETS)
    while other.base == d.base:
        other = Draw(rng, CUT_MARKETS)
    word = rng.choice(
        [
            f"{other.base} nunua sasa",
            f"{other.base} buy now",
            f"{other.base} {other.side} now",
            f"Compra {other.base} ya",
            f"{other.base} {'long' if other.long else 'short'} here 🔥",
        ]
    )
    card, _tps, _sl = _full_cut_card(d, rng)
    return f"{word} | {card.replace(chr(10), ' ')}", {"kind": "needs_review"}


@style(
    "conditional_close_beside_signal",
    "a conditional close for one coin ('TIA if we lose 9.631 we close', 'close ARB below 0.8123') beside a signal card of another: two messages in one, review",
)
@own_stream
def conditional_close_beside_signal(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, CUT_MARKETS)
    other = Draw(rng, CUT_MARKETS)
    while other.base == d.base:
        other = Draw(rng, CUT_MARKETS)
    lvl = num(other.against(rng.uniform(0.01, 0.03)), other.dec)
    close = rng.choice(
        [
            f"{other.base} if we lose {lvl} we close",
            f"close {other.base} below {lvl}" if other.long else f"close {other.base} above {lvl}",
            f"{other.base}: if {lvl} breaks we exit",
        ]
    )
    card, _tps, _sl = _full_cut_card(d, rng)
    parts = [close, card] if rng.random() < 0.6 else [card, close]
    return rng.choice(["\n", "\n\n"]).join(parts), {"kind": "needs_review"}


# ---- the fourth held-out round's families: a development round, measured first ----------
# Written anew for the families the fourth held-out round found unread (its styles stay held
# out): an order's size beside its price ('• 35.2 — 100 USDT', 'Buy 35.2 × $200', 'Entry 1:
# 35.2 · margin 100$', '35.2 (25%)', '63,450 – 0.5 BTC'); the stock desks' 'EP … | PT1 … | SL …'
# on one line or several, 'E/P', 'T/P'; alerts relayed by e-mail ('Fwd: [Alert] TRXUSDT SELL
# triggered', 'Subject:', 'From:', 'Date: Sat, 5 Dec 2026 14:32:10 +0000', 'BINANCE:TIAUSDT.P',
# TradingView alert bodies); numbered steps for beginners ('2. Place a limit order at …',
# 'Market order now, no limit'); Discord trade-log commands ('BTO SOL/USDT @ 148.2 TP 152 SL
# 144', 'STO … @ CMP', '@ M'; 'STC' / 'BTC … @ price', 'trim' / 'partial'); post footers of a
# channel's public web preview after a card or an update ('👁 12.4K  14:32', '846 views · edited
# 22:55', '❤ 245 🔥 88 👍 31', '💬 57 comments'); BBCode lists ('[list=1][*]…[/list]', '[b]',
# '[color=…]', '[url=…]'); the strategy forums' 'LE' / 'SE'; Danish and Norwegian cards with
# decimal commas ('0,512', '14,850', '61 922,3', '3.412,50'); 'TP3 hit, all targets done'.
# Every magnitude, both sides; each style draws from its own stream (@own_stream).
FX4_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def _fx4_fmt(d: Draw, rng: random.Random) -> str:
    """Five-digit prices with and without a thousands comma; others plain."""
    return rng.choice(["plain", "comma"]) if d.entry >= 1000 else "plain"


def _fx4_pair(d: Draw, rng: random.Random) -> str:
    return rng.choice([f"{d.base}/USDT", f"#{d.base}", f"${d.base}", f"{d.base}USDT"])


@style(
    "fx4_sizes_beside_orders",
    "a ladder whose every order carries its size: '• 35.2 — 100 USDT', 'Buy 35.2 × $200', 'Entry 1: 35.2 · margin 100$', '35.2 (25%)', '63,450 – 0.5 BTC'; the size is never a price",
)
@own_stream
def fx4_sizes_beside_orders(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    n = rng.randint(2, 3)
    entries = d.ladder(n)
    tps = d.away(rng.randint(2, 3), 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    lev = rng.choice([None, 5, 10, 20])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    sizes = rng.sample([50, 75, 100, 150, 200, 250, 300], n)
    side = d.side.upper()
    head = rng.choice(
        [f"{_fx4_pair(d, rng)} {side}", f"{side} {_fx4_pair(d, rng)}", f"📊 {d.base}USDT · {side}"]
    )
    form = rng.randrange(5)
    lines = [head]
    if lev:
        lines.append(rng.choice([f"Leverage: {lev}x", f"Lev {lev}x cross", f"{lev}x"]))
    if form == 0:
        lines.append(rng.choice(["Entries:", "Orders:", "Entry ladder:"]))
        dash = rng.choice([" — ", " – ", " - "])
        lines += [f"• {p(v)}{dash}{s} USDT" for v, s in zip(entries, sizes, strict=True)]
    elif form == 1:
        verb = "Buy" if d.long else "Sell"
        times = rng.choice([" × $", " x $", " × "])
        unit = "" if "$" in times else " USDT"
        lines += [f"{verb} {p(v)}{times}{s}{unit}" for v, s in zip(entries, sizes, strict=True)]
    elif form == 2:
        sep = rng.choice([" · ", " | ", ", "])
        word = rng.choice(["margin {s}$", "margin ${s}", "size {s} USDT", "{s} USDT margin"])
        lines += [
            f"Entry {i}: {p(v)}{sep}{word.format(s=s)}"
            for i, (v, s) in enumerate(zip(entries, sizes, strict=True), 1)
        ]
    elif form == 3:
        shares = rng.choice(
            [[40, 60], [50, 50], [30, 70]] if n == 2 else [[25, 35, 40], [20, 30, 50], [33, 33, 34]]
        )
        body = " / ".join(f"{p(v)} ({s}%)" for v, s in zip(entries, shares, strict=True))
        lines.append(
            f"{rng.choice(['Entry', 'Entries', 'Buy zone' if d.long else 'Sell zone', 'DCA'])}: {body}"
        )
    else:
        amounts = {
            "BTC": ["0.05", "0.1", "0.25", "0.5"],
            "ETH": ["0.5", "1", "1.5", "2"],
        }.get(
            d.base,
            ["10", "25", "50", "100", "250"] if d.entry > 1 else ["1000", "5000", "25K", "100K"],
        )
        picked = rng.sample(amounts, n)
        lines.append(rng.choice(["Limit orders:", "Bids:" if d.long else "Asks:", "Fills:"]))
        dash = rng.choice([" – ", " — ", " - "])
        lines += [f"{p(v)}{dash}{a} {d.token}" for v, a in zip(entries, picked, strict=True)]
    tp_form = rng.randrange(2)
    if tp_form == 0:
        lines.append(f"Targets: {' / '.join(p(v) for v in tps)}")
    else:
        lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{rng.choice(['SL', 'Stop', 'Stop loss'])}: {p(sl)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx4_ep_pt_strips",
    "the stock desks' abbreviations on one line and on several: 'SOL long — EP 148.2 | PT1 152 | PT2 155 | SL 144 | 10x', 'EP: …' / 'PT1: …' lines, 'E/P: 148.2' 'T/P: 152, 155' 'S/L: 144', 'EP 148.2 / 147.3 | PT 152 / 155 | SL 144'",
)
@own_stream
def fx4_ep_pt_strips(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 3), 0.02)
    lev = rng.choice([None, None, 5, 10, 20])
    ladder = rng.random() < 0.3
    entries = d.ladder(2) if ladder else [d.entry]
    sl = d.round(entries[-1] * (1 - d.sign * 0.03))
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    pair = _fx4_pair(d, rng)
    side = rng.choice([d.side, d.side.upper(), d.side.title()])
    e_lab, t_lab, s_lab = rng.choice(
        [("EP", "PT", "SL"), ("E/P", "T/P", "S/L"), ("EP", "TP", "SL"), ("E/P", "PT", "SL")]
    )
    e_text = " / ".join(p(v) for v in entries)
    form = rng.randrange(3)
    if form == 0:
        numbered = len(tps) > 1 and rng.random() < 0.6
        parts = [f"{e_lab} {e_text}"]
        if numbered:
            parts += [f"{t_lab}{i} {p(v)}" for i, v in enumerate(tps, 1)]
        else:
            parts.append(f"{t_lab} {' / '.join(p(v) for v in tps)}")
        parts.append(f"{s_lab} {p(sl)}")
        if lev:
            parts.append(f"{lev}x")
        sep = rng.choice([" | ", " | ", " · ", " // "])
        text = f"{pair} {side} {rng.choice(['—', '-', ':', ''])} ".replace("  ", " ") + sep.join(
            parts
        )
    elif form == 1:
        lines = [f"{pair} {side}"]
        lines.append(f"{e_lab}: {e_text}")
        if len(tps) > 1 and rng.random() < 0.6:
            lines += [f"{t_lab}{i}: {p(v)}" for i, v in enumerate(tps, 1)]
        else:
            lines.append(f"{t_lab}: {', '.join(p(v) for v in tps)}")
        lines.append(f"{s_lab}: {p(sl)}")
        if lev:
            lines.append(f"Lev: {lev}x")
        text = "\n".join(lines)
    else:
        parts = [
            f"{e_lab} {e_text}",
            f"{t_lab} {' / '.join(p(v) for v in tps)}",
            f"{s_lab} {p(sl)}",
        ]
        text = f"{side} {pair}\n" + " | ".join(parts) + (f"\n{lev}x" if lev else "")
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


_FX4_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _fx4_mail_date(rng: random.Random) -> str:
    day, hh, mm, ss = rng.randint(1, 28), rng.randrange(24), rng.randrange(60), rng.randrange(60)
    return rng.choice(
        [
            f"Date: {rng.choice(_FX4_DAYS)}, {day} Dec 2026 {hh:02d}:{mm:02d}:{ss:02d} +0000",
            f"Date: {rng.choice(_FX4_DAYS)}, {day:02d} Dec 2026 {hh:02d}:{mm:02d}:{ss:02d} UTC",
            f"Date: {day} December 2026 at {hh:02d}:{mm:02d}",
            f"Sent: {rng.choice(['Friday', 'Saturday', 'Sunday'])}, December {day}, 2026 {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
        ]
    )


@style(
    "fx4_emailed_alerts",
    "alerts relayed by e-mail: 'Fwd: [Alert] TRXUSDT SELL triggered' with the pair only in the subject, 'Subject:' / 'From:' / 'Date: Sat, 5 Dec 2026 14:32:10 +0000' headers, 'BINANCE:TIAUSDT.P', TradingView alert bodies ('Ticker:', 'Action: buy', 'Price:'), a market alert",
)
@own_stream
def fx4_emailed_alerts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED + SMALL_CAPS)
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.against()
    lev = rng.choice([None, None, 10, 20])
    market = rng.random() < 0.25
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    verb = "BUY" if d.long else "SELL"
    ticker = rng.choice(
        [f"BINANCE:{d.base}USDT.P", f"BYBIT:{d.base}USDT.P", f"{d.base}USDT.P", f"{d.base}USDT"]
    )
    sender = rng.choice(
        [
            "From: TradingView <noreply@tradingview.com>",
            "From: Alerts <alerts@desk-signals.io>",
            'From: "Algo Desk" <bot@algodesk.net>',
        ]
    )
    form = rng.randrange(3)
    entry_line = "Price: market" if market else f"Price: {p(d.entry)}"
    tp_lines = (
        [f"TP: {' / '.join(p(v) for v in tps)}"]
        if rng.random() < 0.5
        else [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    )
    if form == 0:
        subject = f"[Alert] {d.base}USDT {verb} triggered"
        lines = [
            f"Fwd: {subject}",
            "",
            "---------- Forwarded message ---------",
            sender,
            _fx4_mail_date(rng),
            f"Subject: {subject}",
            "",
        ]
        lines += [f"Action: {verb}", entry_line, *tp_lines, f"SL: {p(sl)}"]
    elif form == 1:
        lines = [
            f"Subject: TradingView Alert: {ticker}",
            sender,
            _fx4_mail_date(rng),
            "",
            f"{d.side.title()} {ticker} " + ("at market" if market else f"at {p(d.entry)}"),
            *tp_lines,
            f"SL: {p(sl)}",
        ]
    else:
        lines = [
            f"📩 Alert e-mail — {rng.choice(['Breakout', 'EMA cross', 'Range break', 'Liquidity sweep'])} {d.side}",
            f"Ticker: {ticker}",
            f"Interval: {rng.choice(['15', '60', '240'])}",
            f"Time: 2026-12-{rng.randint(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
            f"Action: {verb.lower()}",
            entry_line,
            f"Take profit: {' / '.join(p(v) for v in tps)}",
            f"Stop: {p(sl)}",
        ]
    if lev:
        lines.append(f"Leverage: {lev}x")
    exp = signal(
        d,
        order_type="market" if market else "limit",
        entries=[] if market else [d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return "\n".join(lines), exp


@style(
    "fx4_beginner_steps",
    "a plan written as numbered steps for beginners: '1. Open Binance Futures and search SOLUSDT', '2. Set leverage to 10x (isolated)', '3. Place a limit order at 148.2' or 'two limit orders: 148.2 and 147.5' or 'Market order now, no limit', '4. Set stop at 144', '5. Take profit at 152 and 155'",
)
@own_stream
def fx4_beginner_steps(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 3), 0.02)
    lev = rng.choice([None, 5, 10, 20])
    kind = rng.choice(["one", "one", "two", "market"])
    entries = [] if kind == "market" else d.ladder(2) if kind == "two" else [d.entry]
    sl = d.round((entries[-1] if entries else d.entry) * (1 - d.sign * 0.03))
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    side = d.side.upper()
    ex = rng.choice(["Binance Futures", "Bybit", "OKX", "Bitget"])
    mark = rng.choice(["{i}. ", "{i}) ", "Step {i}: ", "{i}️⃣ "])
    steps = [f"Open {ex} and search {d.base}USDT"]
    if lev:
        steps.append(f"Set leverage to {lev}x ({rng.choice(['isolated', 'cross'])})")
    if kind == "market":
        steps.append(
            rng.choice(
                [
                    f"Open a {side} with a market order now, no limit",
                    f"Market order now, no limit ({side})",
                    f"{side} at market price, do not wait",
                ]
            )
        )
    elif kind == "two":
        steps.append(
            f"Place two limit {rng.choice(['orders', side.lower() + 's'])}: {p(entries[0])} and {p(entries[1])}"
        )
    else:
        steps.append(
            rng.choice(
                [
                    f"Place a limit {side.lower()} at {p(d.entry)}",
                    f"Place a limit order at {p(d.entry)} ({side})",
                    f"Put a {side} limit order at {p(d.entry)}",
                ]
            )
        )
    steps.append(
        rng.choice(
            [f"Set stop at {p(sl)}", f"Set your stop loss at {p(sl)}", f"Put the SL at {p(sl)}"]
        )
    )
    tp_text = (
        " and ".join(p(v) for v in tps)
        if len(tps) < 3
        else ", ".join(p(v) for v in tps[:-1]) + f" and {p(tps[-1])}"
    )
    steps.append(
        rng.choice(
            [f"Take profit at {tp_text}", f"Set take profits at {tp_text}", f"TP at {tp_text}"]
        )
    )
    if rng.random() < 0.5:
        steps.append(
            rng.choice(
                [
                    "Never risk more than 2% of your account",
                    "Move SL to entry after TP1",
                    "Done, now wait ⏳",
                ]
            )
        )
    head = rng.choice(
        [
            f"How to take the {d.base} trade 👇",
            f"🧑‍🏫 Beginners: {d.base} {d.side}",
            f"{d.base} setup, step by step:",
        ]
    )
    lines = [head] + [mark.format(i=i) + s for i, s in enumerate(steps, 1)]
    exp = signal(
        d,
        order_type="market" if kind == "market" else "limit",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return "\n".join(lines), exp


@style(
    "fx4_trade_log_opens",
    "Discord trade-log bot commands that open: 'BTO SOL/USDT @ 148.2 TP 152 SL 144', 'STO ETH/USDT @ CMP tp 3350 sl 3480' and '@ M' at the market, with an exchange, a leverage or a comment word",
)
@own_stream
def fx4_trade_log_opens(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 2), 0.02)
    sl = d.against()
    lev = rng.choice([None, None, 10, 20])
    market = rng.random() < 0.35
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    cmd = rng.choice(["BTO", "bto", "!bto"]) if d.long else rng.choice(["STO", "sto", "!sto"])
    pair = rng.choice([f"{d.base}/USDT", f"{d.base}USDT", f"${d.base}", d.base])
    at = rng.choice(["@ CMP", "@ M", "@ cmp", "@ market"]) if market else f"@ {p(d.entry)}"
    tp_word, sl_word = rng.choice([("TP", "SL"), ("tp", "sl"), ("PT", "SL")])
    parts = [cmd, pair, at]
    if rng.random() < 0.4:
        parts.append(rng.choice(["bybit", "binance", "bitget"]))
    order = rng.random() < 0.5
    tp_part = f"{tp_word} {'/'.join(p(v) for v in tps)}"
    sl_part = f"{sl_word} {p(sl)}"
    parts += [tp_part, sl_part] if order else [sl_part, tp_part]
    if lev:
        parts.append(f"{lev}x")
    if rng.random() < 0.4:
        parts.append(rng.choice(["swing", "scalp", "lotto size", "risky"]))
    exp = signal(
        d,
        order_type="market" if market else "limit",
        entries=[] if market else [d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return " ".join(parts), exp


@style(
    "fx4_trade_log_closes",
    "Discord trade-log bot commands that close: 'STC SOL/USDT @ 152.4' (a long), 'BTC ETH/USDT @ 3350' (a short), with 'trim' or 'partial' a partial close of no stated size, 'STC WIF @ CMP', a result word after",
)
@own_stream
def fx4_trade_log_closes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    fmt = _fx4_fmt(d, rng)
    exit_price = d.away(1, 0.02)[0] if rng.random() < 0.7 else d.against()
    cmd = rng.choice(["STC", "stc", "!stc"]) if d.long else rng.choice(["BTC", "!btc"])
    pair = rng.choice([f"{d.base}/USDT", f"{d.base}USDT", f"${d.base}"])
    at_cmp = rng.random() < 0.2
    at = rng.choice(["@ CMP", "@ M"]) if at_cmp else f"@ {num(exit_price, d.dec, fmt)}"
    partial = rng.random() < 0.45
    word = rng.choice(["trim", "partial", "TRIM", "Partial"])
    form = rng.randrange(3)
    if partial and form == 0:
        text = f"{cmd} {pair} {at} {word}"
    elif partial and form == 1:
        text = f"{word} {cmd} {pair} {at}"
    elif partial:
        text = f"{cmd} {pair} {at} ({word}, rest runs)"
    else:
        text = f"{cmd} {pair} {at}"
    if rng.random() < 0.4:
        text += " " + rng.choice(["+4.6%", "✅", "gg", "small loss", "+1.8R"])
    exp = fu(
        d.base,
        "close",
        close_fraction=None if partial else 1.0,
        price=None if at_cmp else exit_price,
    )
    return text, exp


_FX4_FOOTERS = [
    lambda r: (
        f"👁 {r.randint(1, 99)}.{r.randint(1, 9)}K  {r.randrange(24):02d}:{r.randrange(60):02d}"
    ),
    lambda r: f"{r.randint(120, 9999)} views · edited {r.randrange(24):02d}:{r.randrange(60):02d}",
    lambda r: f"❤ {r.randint(10, 999)} 🔥 {r.randint(5, 300)} 👍 {r.randint(3, 150)}",
    lambda r: f"💬 {r.randint(2, 300)} comments",
    lambda r: f"👁 {r.randint(400, 9999)} · {r.randrange(24):02d}:{r.randrange(60):02d}",
    lambda r: (
        f"{r.randint(1, 40)}.{r.randint(1, 9)}K views  {r.randrange(24):02d}:{r.randrange(60):02d}"
    ),
    lambda r: f"Dec {r.randint(1, 28)} at {r.randrange(24):02d}:{r.randrange(60):02d}",
]


def _fx4_footer(rng: random.Random) -> str:
    picks = rng.sample(_FX4_FOOTERS, rng.randint(1, 3))
    return "\n".join(f(rng) for f in picks)


@style(
    "fx4_footer_cards",
    "a signal card scraped from a channel's public web preview with its footer: '👁 12.4K  14:32', '846 views · edited 22:55', '❤ 245 🔥 88 👍 31', '💬 57 comments', 'Dec 17 at 10:04' — no footer number is a price",
)
@own_stream
def fx4_footer_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 4), 0.015)
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20, 25])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    dot = "🟢" if d.long else "🔴"
    form = rng.randrange(3)
    if form == 0:
        lines = [f"{dot} {d.side.upper()} #{d.base}USDT", f"Entry: {p(d.entry)}"]
        lines += [f"Target {i}: {p(v)}" for i, v in enumerate(tps, 1)]
        lines.append(f"Stop: {p(sl)}")
    elif form == 1:
        lines = [
            f"${d.base} {d.side} {p(d.entry)}",
            f"🎯 {' - '.join(p(v) for v in tps)}",
            f"🛑 {p(sl)}",
        ]
    else:
        lines = [
            f"{d.base}/USDT",
            f"Side: {d.side.title()}",
            f"Entry zone: {p(d.entry)}",
            f"TP: {', '.join(p(v) for v in tps)}",
            f"SL: {p(sl)}",
        ]
    if lev:
        lines.append(f"Leverage: {lev}x")
    text = "\n".join(lines) + rng.choice(["\n", "\n\n"]) + _fx4_footer(rng)
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "fx4_footer_follow_ups",
    "an update scraped from a channel's public web preview with its footer: '#SOL TP1 ✅' over '👁 3.1K  14:32', 'SL moved to entry' over '❤ 88 🔥 12', 'Closed 50% at 152.4' over '💬 9 comments'",
)
@own_stream
def fx4_footer_follow_ups(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    c = rng.choice([f"#{d.base}", f"${d.base}", f"{d.base}/USDT"])
    fmt = _fx4_fmt(d, rng)
    kind = rng.randrange(4)
    if kind == 0:
        n = rng.randint(1, 4)
        body, exp = (
            rng.choice([f"{c} TP{n} ✅", f"{c} Target {n} reached 🎯", f"✅ {c} — TP{n} done"]),
            fu(d.base, "target_hit", target_index=n),
        )
    elif kind == 1:
        body, exp = (
            rng.choice(
                [f"{c} SL moved to entry 🔒", f"{c}: stop to breakeven", f"Move SL to entry on {c}"]
            ),
            fu(d.base, "stop_moved", stop_to_entry=True),
        )
    elif kind == 2:
        frac = rng.choice([25, 50, 75])
        price = d.away(1, 0.02)[0]
        body, exp = (
            f"{c} closed {frac}% at {num(price, d.dec, fmt)}",
            fu(d.base, "close", close_fraction=frac / 100, price=price),
        )
    else:
        body, exp = rng.choice([f"{c} stopped out ❌", f"{c} hit SL ⛔"]), fu(d.base, "stop_hit")
    return body + rng.choice(["\n", "\n\n"]) + _fx4_footer(rng), exp


@style(
    "fx4_bbcode_lists",
    "BBCode relayed from forums: '[b]SOL/USDT LONG[/b]', '[b]Entries:[/b][list=1][*]148.2[*]147.5[/list]', targets in '[list=1]' or '[list]' on one line or many, '[color=red]144[/color]', '[url=https://…]chart[/url]', '[size=4]'",
)
@own_stream
def fx4_bbcode_lists(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(2, 4), 0.015)
    ladder = rng.random() < 0.4
    entries = d.ladder(2) if ladder else [d.entry]
    sl = d.round(entries[-1] * (1 - d.sign * 0.03))
    lev = rng.choice([None, 5, 10])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    colour = rng.choice(["green", "#00c853"]) if d.long else rng.choice(["red", "#ff1744"])
    one_line = rng.random() < 0.5
    kind = rng.choice(["[list=1]", "[list=1]", "[list]", "[list=a]"])

    def blist(values: list[float]) -> str:
        items = [f"[*]{p(v)}" for v in values]
        if one_line:
            return kind + "".join(items) + "[/list]"
        return "\n".join([kind, *items, "[/list]"])

    lines = [
        rng.choice(
            [
                f"[b]{d.base}/USDT {d.side.upper()}[/b]",
                f"[size=4][b][color={colour}]{d.side.upper()}[/color] #{d.base}[/b][/size]",
                f"[b]{d.base}USDT[/b] — [color={colour}]{d.side.title()}[/color]",
            ]
        )
    ]
    if ladder:
        lines.append("[b]Entries:[/b]" + ("" if one_line else "\n") + blist(entries))
    else:
        lines.append(f"[b]Entry:[/b] {p(d.entry)}")
    lines.append("[b]Targets:[/b]" + ("" if one_line else "\n") + blist(tps))
    lines.append(f"[b]Stop loss:[/b] [color=red]{p(sl)}[/color]")
    if lev:
        lines.append(f"[i]Leverage {lev}x[/i]")
    if rng.random() < 0.7:
        code = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(8))
        lines.append(
            rng.choice(
                [
                    f"[url=https://www.tradingview.com/x/{code}/]chart[/url]",
                    f"[url]https://tradingview.com/x/{code}[/url]",
                ]
            )
        )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx4_le_se_labels",
    "the strategy forums' side abbreviations: 'LE: 148.2 | TP: 152 / 155 | SL: 144', 'SE @ 148.2' with a single 'TP: 145' (a short with one target), 'SOLUSDT SE' over 'Entry / TP / SL' lines, 'Signal: LE'",
)
@own_stream
def fx4_le_se_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.choice([1, 1, 2, 3]), 0.02)
    sl = d.against()
    lev = rng.choice([None, None, 5, 10])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    ab = "LE" if d.long else "SE"
    pair = rng.choice([f"{d.base}USDT", f"{d.base}/USDT", f"#{d.base}"])
    form = rng.randrange(4)
    tp_text = " / ".join(p(v) for v in tps)
    if form == 0:
        text = f"{pair}\n{ab}: {p(d.entry)} | TP: {tp_text} | SL: {p(sl)}"
    elif form == 1:
        text = f"{pair} {ab} @ {p(d.entry)}\nTP: {tp_text}\nSL: {p(sl)}"
    elif form == 2:
        text = (
            f"{pair} {ab}\nEntry: {p(d.entry)}\n"
            + "\n".join(f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1))
            + f"\nSL: {p(sl)}"
        )
    else:
        text = f"Strategy alert · {pair}\nSignal: {ab}\nPrice: {p(d.entry)}\nTarget: {tp_text}\nStop: {p(sl)}"
    if lev:
        text += f"\n{lev}x"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


def _fx4_nordic(v: float, dec: int, thousands: str, keep: int | None = None) -> str:
    """A price as Danish or Norwegian cards write it: a decimal comma, '.' or a space between thousands."""
    places = dec if keep is None else keep
    text = f"{v:.{places}f}"
    if keep is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    if int(whole) >= 1000:
        whole = f"{int(whole):,}".replace(",", thousands)
    return whole + ("," + frac if frac else "")


@style(
    "fx4_nordic_comma_cards",
    "Danish and Norwegian cards with decimal commas: 'Indgang: 0,512', 'Inngang: 14,850' (three decimals), 'Mål 1: 61 922,3', 'Kursmål: 3.412,50', 'Stopp: …', 'Gearing: 10x' / 'Giring: 10x'; a card that mixes comma and point decimals goes to review",
)
@own_stream
def fx4_nordic_comma_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    norsk = rng.random() < 0.5
    thousands = rng.choice([" ", "\u00a0"]) if norsk else "."
    keep = d.dec if rng.random() < 0.5 else None  # three-decimal prices keep their zeros

    def p(v: float) -> str:
        return _fx4_nordic(v, d.dec, thousands, keep)

    if norsk:
        side = "KJØP (long)" if d.long else "SALG (short)"
        labels = ("Inngang", "Mål", "Stopp", "Giring")
    else:
        side = "KØB (long)" if d.long else "SÆLG (short)"
        labels = (
            "Indgang",
            rng.choice(["Kursmål", "Mål"]),
            rng.choice(["Stop loss", "Stop"]),
            "Gearing",
        )
    lines = [f"#{d.base}/USDT — {side}", f"{labels[0]}: {p(d.entry)}"]
    if len(tps) > 1 and rng.random() < 0.5:
        lines += [f"{labels[1]} {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines.append(f"{labels[1]}: {' – '.join(p(v) for v in tps)}")
    lines.append(f"{labels[2]}: {p(sl)}")
    if lev:
        lines.append(f"{labels[3]}: {lev}x")
    mixed = 1 < d.entry < 1000 and d.dec == 3 and rng.random() < 0.25
    if mixed:
        # one level written with a point and three decimals among comma decimals: no rule decides it
        lines[-2 if lev else -1] = f"{labels[2]}: {f'{sl:.3f}'}"
        return "\n".join(lines), {"kind": "needs_review"}
    return "\n".join(lines), signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx4_all_targets_done",
    "the last target hit with every target done: 'TP3 hit, all targets done ✅', '$SOL Target 4 ✅ — all targets achieved 🎯', 'All targets hit 🚀 (TP2 was the last)', 'TP3 ✅ all done, trade complete' — the target's number is kept",
)
@own_stream
def fx4_all_targets_done(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    n = rng.randint(2, 5)
    c = rng.choice([f"#{d.base}", f"${d.base}", f"{d.base}/USDT", ""])
    text = rng.choice(
        [
            "{c} TP{n} hit, all targets done ✅",
            "{c} Target {n} ✅ — all targets achieved 🎯",
            "TP{n} ✅ {c} all done, trade complete",
            "{c} all targets hit 🚀 (TP{n} was the last)",
            "{c} TP{n} reached. All targets done, congrats 🔥",
            "✅✅✅ {c} Take profit {n} hit — all targets smashed",
        ]
    ).format(c=c, n=n)
    text = " ".join(text.split())
    return text, fu(d.base if c else None, "target_hit", target_index=n)


# ---- the fourth held-out round's families, second set: written after the first set's rules,
# measured before the parser saw it. Other variants of the same families: sizes in words and
# brackets, 'EP: … , PT: …' with commas, 'Entry point' / 'Profit target' spelled out, mails
# quoted by a client ('On Sat, Dec 5, 2026 at 2:32 PM … wrote:', 'Sent from my iPhone'),
# trade-log commands with a quantity or a share, footers with thousands and with reaction
# words, BBCode tables and labelled list items, 'LX' / 'SX' exits, Norwegian and Danish
# sentences, steps written with circled numbers or letters, every target ticked.


@style(
    "fx4b_sizes_other_words",
    "each order's size written otherwise: 'Buy 35.2 with 100 USDT', '35.2 → $150', 'Entry 1) 35.2 [100 USDT]', '35.2 | qty 12 AVAX', '35.2 — 30% of margin', 'Limit 35.2 for $200'",
)
@own_stream
def fx4b_sizes_other_words(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    n = rng.randint(2, 3)
    entries = d.ladder(n)
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.round(entries[-1] * (1 - d.sign * 0.025))
    lev = rng.choice([None, 10, 20])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    sizes = rng.sample([50, 80, 100, 120, 200, 300, 500], n)
    verb = "Buy" if d.long else "Sell"
    form = rng.randrange(6)
    if form == 0:
        orders = [f"{verb} {p(v)} with {s} USDT" for v, s in zip(entries, sizes, strict=True)]
    elif form == 1:
        orders = [f"• {p(v)} → ${s}" for v, s in zip(entries, sizes, strict=True)]
    elif form == 2:
        orders = [
            f"Entry {i}) {p(v)} [{s} USDT]"
            for i, (v, s) in enumerate(zip(entries, sizes, strict=True), 1)
        ]
    elif form == 3:
        qty = [
            rng.choice(["0.05", "0.1", "0.2"])
            if d.entry > 1000
            else str(rng.randint(2, 40) * (1000 if d.entry < 0.1 else 1))
            for _ in range(n)
        ]
        orders = [f"{p(v)} | qty {q} {d.token}" for v, q in zip(entries, qty, strict=True)]
    elif form == 4:
        shares = [[40, 60], [30, 70]][rng.randrange(2)] if n == 2 else [20, 30, 50]
        orders = [f"{p(v)} — {s}% of margin" for v, s in zip(entries, shares, strict=True)]
    else:
        orders = [f"Limit {p(v)} for ${s}" for v, s in zip(entries, sizes, strict=True)]
    lines = [
        f"{_fx4_pair(d, rng)} {d.side.upper()}" + (f" {lev}x" if lev else ""),
        "Entries:",
        *orders,
    ]
    lines.append(f"TP: {' / '.join(p(v) for v in tps)}")
    lines.append(f"SL: {p(sl)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "fx4b_ep_pt_spelled",
    "the stock desks' words spelled out or run together: 'Entry point: 148.2, profit targets: 152, 155, stop: 144', 'EP: 148.2, PT: 152 & 155, SL: 144', 'ep/pt/sl 148.2/152/144', 'PT1-PT3: 152 / 155 / 158', 'E.P. 148.2  P.T. 152  S.L. 144'",
)
@own_stream
def fx4b_ep_pt_spelled(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.against()
    lev = rng.choice([None, 5, 10])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    pair = _fx4_pair(d, rng)
    side = rng.choice([d.side, d.side.upper()])
    form = rng.randrange(4)
    if form == 0:
        text = f"{pair} {side}\nEntry point: {p(d.entry)}, profit target{'s' if len(tps) > 1 else ''}: {', '.join(p(v) for v in tps)}, stop: {p(sl)}"
    elif form == 1:
        joined = " & ".join(p(v) for v in tps)
        text = f"{side} {pair} — EP: {p(d.entry)}, PT: {joined}, SL: {p(sl)}"
    elif form == 2:
        text = (
            f"{pair} {side}\nPT1-PT{len(tps)}: {' / '.join(p(v) for v in tps)}\nEP: {p(d.entry)}\nSL: {p(sl)}"
            if len(tps) > 1
            else f"{pair} {side}\nPT: {p(tps[0])}\nEP: {p(d.entry)}\nSL: {p(sl)}"
        )
    else:
        text = (
            f"{pair} {side}\nE.P. {p(d.entry)}  P.T. {' / '.join(p(v) for v in tps)}  S.L. {p(sl)}"
        )
    if lev:
        text += f"\n{lev}x"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "fx4b_mail_client_quotes",
    "alerts forwarded from a mail client: 'On Sat, Dec 5, 2026 at 2:32 PM TradingView <noreply@tradingview.com> wrote:' over the alert, '> ' quoted body lines, 'Sent from my iPhone', 'Re: Fwd:' subjects, a 'Received:' line",
)
@own_stream
def fx4b_mail_client_quotes(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED + SMALL_CAPS)
    tps = d.away(rng.randint(1, 3), 0.02)
    sl = d.against()
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    hh, mm = rng.randint(1, 12), rng.randrange(60)
    day = rng.randint(1, 28)
    quoted = rng.random() < 0.4
    body = [
        f"{d.side.title()} {d.base}USDT at {p(d.entry)}",
        f"TP: {' / '.join(p(v) for v in tps)}",
        f"SL: {p(sl)}",
    ]
    if quoted:
        body = ["> " + line for line in body]
    lines = [
        rng.choice(
            [
                f"Re: Fwd: {d.base} {d.side} alert",
                f"Fwd: {d.base}USDT {d.side.upper()}",
                "Fwd: TradingView alert",
            ]
        ),
        "",
        f"On {rng.choice(_FX4_DAYS)}, Dec {day}, 2026 at {hh}:{mm:02d} {rng.choice(['AM', 'PM'])} TradingView <noreply@tradingview.com> wrote:",
        *body,
    ]
    if rng.random() < 0.5:
        lines += [
            "",
            rng.choice(["Sent from my iPhone", "Sent from Outlook for Android", "-- \nAlgo Desk"]),
        ]
    return "\n".join(lines), signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "fx4b_trade_log_amounts",
    "trade-log commands with a quantity or a share: 'BTO 2 SOL/USDT @ 148.2 TP 152 SL 144', 'STC 50% SOL @ 152.4', 'BTC 1/2 ETH/USDT @ 3350', 'STC all AVAX @ 36.1', 'sto 100 $DOGE @ 0.1234 sl 0.127 tp 0.119'",
)
@own_stream
def fx4b_trade_log_amounts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    pair = rng.choice([f"{d.base}/USDT", f"${d.base}", f"{d.base}USDT"])
    if rng.random() < 0.5:
        tps = d.away(rng.randint(1, 2), 0.02)
        sl = d.against()
        qty = rng.choice(["2", "10", "0.5", "100", "1k"])
        cmd = "BTO" if d.long else "STO"
        text = f"{cmd} {qty} {pair} @ {p(d.entry)} TP {'/'.join(p(v) for v in tps)} SL {p(sl)}"
        return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    price = d.away(1, 0.02)[0]
    cmd = "STC" if d.long else "BTC"
    share, frac = rng.choice(
        [("50%", 0.5), ("1/2", 0.5), ("25%", 0.25), ("all", 1.0), ("half", 0.5)]
    )
    text = f"{cmd} {share} {pair} @ {p(price)}"
    return text, fu(d.base, "close", close_fraction=frac, price=price)


_FX4B_FOOTERS = [
    lambda r: (
        f"👁 {r.randint(1, 9)},{r.randint(100, 999)}  {r.randrange(24):02d}:{r.randrange(60):02d}"
    ),
    lambda r: f"Views: {r.randint(1, 99)},{r.randint(100, 999)}",
    lambda r: f"🔥 {r.randint(10, 999)}  ❤️ {r.randint(5, 300)}  😱 {r.randint(1, 50)}",
    lambda r: f"Reactions: {r.randint(5, 400)} · Comments: {r.randint(1, 90)}",
    lambda r: f"{r.randint(2, 90)} comments · {r.randint(1, 9)}.{r.randint(1, 9)}K views",
    lambda r: f"edited {r.randint(1, 28)}.12.2026 {r.randrange(24):02d}:{r.randrange(60):02d}",
    lambda r: f"Forwarded {r.randint(2, 400)} times",
]


@style(
    "fx4b_footer_other_counts",
    "a card or an update over a web preview's footer written otherwise: '👁 4,812  14:32' (a thousands comma), 'Views: 12,403', '🔥 212  ❤️ 88  😱 4', 'Reactions: 45 · Comments: 12', 'edited 5.12.2026 22:55', 'Forwarded 37 times'",
)
@own_stream
def fx4b_footer_other_counts(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    footer = "\n".join(f(rng) for f in rng.sample(_FX4B_FOOTERS, rng.randint(1, 2)))
    if rng.random() < 0.6:
        tps = d.away(rng.randint(1, 3), 0.015)
        sl = d.against()
        card = "\n".join(
            [
                f"#{d.base} {d.side.upper()}",
                f"Entry {p(d.entry)}",
                f"Targets {' - '.join(p(v) for v in tps)}",
                f"Stop {p(sl)}",
            ]
        )
        return card + "\n\n" + footer, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)
    n = rng.randint(1, 4)
    return f"#{d.base} TP{n} ✅\n\n{footer}", fu(d.base, "target_hit", target_index=n)


@style(
    "fx4b_bbcode_tables_items",
    "BBCode written otherwise: a '[table][tr][td]Entry[/td][td]148.2[/td][/tr]…[/table]' card, '[list][*]TP1: 152[*]TP2: 155[/list]' items with labels, '[quote=\"admin\"]' around a call, '[spoiler]'",
)
@own_stream
def fx4b_bbcode_tables_items(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(2, 3), 0.015)
    sl = d.against()
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    form = rng.randrange(3)
    if form == 0:
        rows = [("Pair", f"{d.base}/USDT"), ("Side", d.side.upper()), ("Entry", p(d.entry))]
        rows += [(f"TP{i}", p(v)) for i, v in enumerate(tps, 1)]
        rows.append(("SL", p(sl)))
        text = (
            "[table]" + "".join(f"[tr][td]{a}[/td][td]{b}[/td][/tr]" for a, b in rows) + "[/table]"
        )
        if rng.random() < 0.5:
            text = text.replace("[/tr]", "[/tr]\n")
    elif form == 1:
        items = "".join(f"[*]TP{i}: {p(v)}" for i, v in enumerate(tps, 1))
        text = f"[b]{d.base}USDT {d.side.upper()}[/b]\n[list][*]Entry: {p(d.entry)}{items}[*]SL: {p(sl)}[/list]"
    else:
        inner = f"#{d.base} {d.side.upper()}\nEntry: {p(d.entry)}\nTargets: {' / '.join(p(v) for v in tps)}\nStop: {p(sl)}"
        text = rng.choice([f'[quote="admin"]{inner}[/quote]', f"[spoiler]{inner}[/spoiler]"])
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "fx4b_le_se_lx_sx",
    "strategy signals with their exits: 'LE SOLUSDT 148.2 TP 152 SL 144' opens, 'SE' opens a short (one target often), 'LX SOLUSDT @ 151.3' and 'SX …' close the long / the short, 'Long Entry (LE)' spelled out",
)
@own_stream
def fx4b_le_se_lx_sx(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    pair = rng.choice([f"{d.base}USDT", f"{d.base}/USDT"])
    if rng.random() < 0.35:
        price = d.away(1, 0.02)[0]
        ab = "LX" if d.long else "SX"
        text = rng.choice(
            [
                f"{ab} {pair} @ {p(price)}",
                f"{ab}: {pair} {p(price)}",
                f"Signal: {ab} · {pair} · price {p(price)}",
            ]
        )
        return text, fu(d.base, "close", close_fraction=1.0, price=price)
    tps = d.away(rng.choice([1, 1, 2]), 0.02)
    sl = d.against()
    ab = "LE" if d.long else "SE"
    if rng.random() < 0.5:
        text = f"{ab} {pair} {p(d.entry)} TP {' / '.join(p(v) for v in tps)} SL {p(sl)}"
    else:
        word = "Long Entry (LE)" if d.long else "Short Entry (SE)"
        text = f"{pair}\n{word}: {p(d.entry)}\nTP: {' / '.join(p(v) for v in tps)}\nSL: {p(sl)}"
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "fx4b_nordic_sentences",
    "Norwegian and Danish calls written as sentences with decimal commas: 'Vi går long på SOL rundt 148,20. Mål: 152,40 og 155,10. Stopp under 144,10.', 'Jeg shorter ETH ved 3.412,50 — mål 3.350 og 3.300, stop 3.480'",
)
@own_stream
def fx4b_nordic_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 2), 0.02)
    sl = d.against()
    norsk = rng.random() < 0.5
    thousands = " " if norsk else "."
    # (five-digit prices keep their decimals: "3.350" alone is no price a reader can settle)
    keep = d.dec if d.entry >= 1000 or rng.random() < 0.5 else None

    def p(v: float) -> str:
        return _fx4_nordic(v, d.dec, thousands, keep)

    og = " og ".join(p(v) for v in tps)
    if norsk:
        text = rng.choice(
            [
                f"Vi går {d.side} på {d.base} rundt {p(d.entry)}. Mål: {og}. Stopp under {p(sl)}."
                if d.long
                else f"Vi går {d.side} på {d.base} rundt {p(d.entry)}. Mål: {og}. Stopp over {p(sl)}.",
                f"{d.base}: {'kjøper' if d.long else 'shorter'} på {p(d.entry)}, mål {og}, stopp {p(sl)}",
            ]
        )
    else:
        text = rng.choice(
            [
                f"Jeg {'køber' if d.long else 'shorter'} {d.base} ved {p(d.entry)} — mål {og}, stop {p(sl)}",
                f"{d.base} {d.side}: indgang {p(d.entry)}, kursmål {og}, stop loss {p(sl)}",
            ]
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl)


@style(
    "fx4b_steps_other_marks",
    "steps for beginners marked otherwise: '① Open Bybit ② Set 10x ③ Buy limit 148.2 ④ SL 144 ⑤ TP 152 / 155', 'a) … b) …', 'First … then … finally …' in one paragraph, 'Step 3 — place your long at 148.2'",
)
@own_stream
def fx4b_steps_other_marks(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 2), 0.02)
    sl = d.against()
    lev = rng.choice([None, 5, 10])
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    side = d.side
    tp_text = " and ".join(p(v) for v in tps)
    steps = [f"Open {rng.choice(['Bybit', 'Binance', 'OKX'])} futures, pair {d.base}USDT"]
    if lev:
        steps.append(f"Set {lev}x isolated")
    steps += [
        f"Place your {side} limit at {p(d.entry)}",
        f"Stop loss at {p(sl)}",
        f"Take profit at {tp_text}",
    ]
    form = rng.randrange(3)
    if form == 0:
        marks = "①②③④⑤⑥"
        text = f"{d.base} {side} 👇\n" + "\n".join(f"{marks[i]} {s}" for i, s in enumerate(steps))
    elif form == 1:
        text = f"{d.base} {side}:\n" + "\n".join(f"{'abcdef'[i]}) {s}" for i, s in enumerate(steps))
    else:
        text = f"{d.base} {side} — Step " + "; Step ".join(
            f"{i} — {s[0].lower()}{s[1:]}" for i, s in enumerate(steps, 1)
        )
    return text, signal(d, entries=[d.entry], take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "fx4b_every_target_ticked",
    "every target ticked at once: 'TP1 ✅ TP2 ✅ TP3 ✅ all targets reached', 'Target 3 (final) hit 🎯 all done', 'Final target TP4 smashed, trade complete', 'All 3 targets done ✅✅✅' (the count is the last target)",
)
@own_stream
def fx4b_every_target_ticked(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    n = rng.randint(2, 5)
    c = rng.choice([f"#{d.base} ", f"${d.base} ", f"{d.base}/USDT "])
    text = rng.choice(
        [
            c + " ".join(f"TP{i} ✅" for i in range(1, n + 1)) + " all targets reached",
            f"{c}Target {n} (final) hit 🎯 all done",
            f"{c}Final target TP{n} smashed, trade complete 🚀",
            f"{c}All {n} targets done " + "✅" * n,
        ]
    )
    return text, fu(d.base, "target_hit", target_index=n)


# ---- the fourth held-out round's families, third set: the follow-ups and chatter of that
# round's failure list (updates naming the signal by its number, trade-log updates worded as
# posts, position-size calculators, accuracy reports and copy settings), and a web preview's
# header over a card. Measured before the parser saw it; every magnitude, both sides.


@style(
    "fx4c_signal_number_updates",
    "updates naming the signal by its number: '🔔 Update — Signal #63 ($ARB): TP2 reached ✅', 'Entry 2 of signal #51317 (TRX) filled at 0.11923', 'Signal 4821 · SOL · SL moved to entry', '#4412 $DOGE closed at 0.1291 (+3.1%)', 'Call No. 77 — LINK — stopped out'",
)
@own_stream
def fx4c_signal_number_updates(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    fmt = _fx4_fmt(d, rng)
    sid = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
    b = d.base
    kind = rng.randrange(5)
    if kind == 0:
        n = rng.randint(1, 4)
        text = rng.choice(
            [
                f"🔔 Update — Signal #{sid} (${b}): TP{n} reached ✅",
                f"Signal {sid} ➜ #{b} Target {n} done 🎯",
            ]
        )
        return text, fu(b, "target_hit", target_index=n)
    if kind == 1:
        price = d.ladder(2)[1]
        n = rng.randint(2, 3)
        text = rng.choice(
            [
                f"Entry {n} of signal #{sid} ({b}) filled at {num(price, d.dec, fmt)}",
                f"Signal #{sid} · {b}: entry {n} filled @ {num(price, d.dec, fmt)}",
            ]
        )
        return text, fu(b, "entry_filled", price=price)
    if kind == 2:
        text = rng.choice(
            [f"Signal {sid} · {b} · SL moved to entry", f"#{sid} {b}: stop to breakeven now"]
        )
        return text, fu(b, "stop_moved", stop_to_entry=True)
    if kind == 3:
        price = d.away(1, 0.02)[0]
        text = f"#{sid} ${b} closed at {num(price, d.dec, fmt)} (+{rng.uniform(1, 9):.1f}%)"
        return text, fu(b, "close", close_fraction=1.0, price=price)
    text = rng.choice(
        [f"Call No. {sid} — {b} — stopped out ❌", f"Signal #{sid} ({b}) hit the stop loss"]
    )
    return text, fu(b, "stop_hit")


@style(
    "fx4c_log_updates_worded",
    "a trade log's updates worded as posts: 'Trimmed SOL +4.62%' (a partial close), 'SL updated on SUI/USDT Short: 1.0372', 'Stop raised on LINK to 14.91', 'Took some off AVAX at 36.1', 'Closed the rest of WIF at 2.61'",
)
@own_stream
def fx4c_log_updates_worded(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    fmt = _fx4_fmt(d, rng)
    b = d.base
    kind = rng.randrange(5)
    if kind == 0:
        return f"Trimmed {rng.choice([b, '$' + b, b + '/USDT'])} +{rng.uniform(1, 9):.2f}%", fu(
            b, "close", close_fraction=None
        )
    if kind == 1:
        stop = d.round(d.entry * (1 + d.sign * 0.004))
        return f"SL updated on {b}/USDT {d.side.title()}: {num(stop, d.dec, fmt)}", fu(
            b, "stop_moved", new_stop=stop
        )
    if kind == 2:
        stop = d.round(d.entry * (1 + d.sign * 0.006))
        verb = "raised" if d.long else "lowered"
        return f"Stop {verb} on {b} to {num(stop, d.dec, fmt)}", fu(b, "stop_moved", new_stop=stop)
    price = d.away(1, 0.02)[0]
    if kind == 3:
        return f"Took some off {b} at {num(price, d.dec, fmt)}", fu(
            b, "close", close_fraction=None, price=price
        )
    return f"Closed the rest of {b} at {num(price, d.dec, fmt)}", fu(
        b, "close", close_fraction=1.0, price=price
    )


@style(
    "fx4c_calculators_reports",
    "no signal: a position-size calculator ('Balance 1,000 USDT · risk 1% → 10 USDT; stop distance 2.5% → position 400 USDT, 40 USDT margin at 10x'), a monthly report ('41 signals, 33 in profit, full stop loss on 9%'), copy settings ('leverage 10x · 50 USDT per trade · max 5 open trades · TP1 close 50%')",
)
@own_stream
def fx4c_calculators_reports(rng: random.Random) -> tuple[str, dict[str, Any]]:
    kind = rng.randrange(3)
    if kind == 0:
        bal = rng.choice([500, 1000, 2500, 10000])
        risk = rng.choice([0.5, 1, 2])
        dist = rng.choice([1.5, 2.5, 4])
        lev = rng.choice([5, 10, 20])
        at_risk = bal * risk / 100
        pos = at_risk / (dist / 100)
        text = (
            f"🧮 Position size check\nBalance: {bal:,} USDT · risk {risk:g}% → {at_risk:g} USDT at risk\n"
            f"Stop distance {dist:g}% → position {pos:,.0f} USDT ({pos / lev:,.0f} USDT margin at {lev}x)"
        )
    elif kind == 1:
        n = rng.randint(25, 60)
        wins = rng.randint(n // 2, n - 3)
        stops = rng.randint(1, n - wins)
        text = (
            f"📊 {rng.choice(['November', 'Weekly', 'Q4'])} report: {n} signals, {wins} in profit, "
            f"{stops} full stop loss on {100 * stops / n:.0f}% of trades. Win rate {100 * wins / n:.1f}%"
        )
    else:
        text = (
            f"⚙️ Copy settings for new members: leverage {rng.choice([5, 10, 20])}x · "
            f"{rng.choice([20, 50, 100])} USDT per trade · max {rng.randint(3, 8)} open trades · "
            f"TP1 close {rng.choice([25, 50])}% · move SL to entry after TP1"
        )
    return text, {"kind": "not_signal"}


@style(
    "fx4c_preview_header_card",
    "a card scraped from a channel's public web preview with the preview's header over it ('Crypto Calls VIP' / 'Dec 5, 2026 at 14:32' or '📌 pinned · 14:32') and its footer under it ('👁 8.3K', '❤ 120 🔥 31')",
)
@own_stream
def fx4c_preview_header_card(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, FX4_MARKETS)
    tps = d.away(rng.randint(1, 3), 0.015)
    sl = d.against()
    fmt = _fx4_fmt(d, rng)

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    head = rng.choice(
        [
            f"{rng.choice(['Crypto Calls VIP', 'Whale Signals', 'Futures Desk'])}\nDec {rng.randint(1, 28)}, 2026 at {rng.randrange(24):02d}:{rng.randrange(60):02d}",
            f"📌 pinned · {rng.randrange(24):02d}:{rng.randrange(60):02d}",
            f"{rng.choice(['Futures Desk', 'Alpha Room'])} · {rng.randint(1, 28)}.12.2026",
        ]
    )
    card = "\n".join(
        [
            f"{d.base}/USDT {d.side.upper()}",
            f"Entry: {p(d.entry)}",
            f"TP: {' / '.join(p(v) for v in tps)}",
            f"SL: {p(sl)}",
        ]
    )
    foot = rng.choice(
        [
            f"👁 {rng.randint(1, 20)}.{rng.randint(1, 9)}K",
            f"❤ {rng.randint(10, 400)} 🔥 {rng.randint(3, 90)}",
        ]
    )
    return f"{head}\n\n{card}\n\n{foot}", signal(
        d, entries=[d.entry], take_profits=tps, stop_loss=sl
    )


# read to review today, not yet as written: kept in pending/, outside the figures
PENDING.update({"fx4c_calculators_reports", "fx4c_log_updates_worded"})


# ---- measured once, held out (fourth): never tuned on ---------------------------------------
# Researched from public material and written without reading the parser or its documentation
# and without running the parser on a message, in layouts unlike every style above; measured
# once after the day's last parser change and not read message by message before that.
# Sources: TradingView and bot alerts that reach a channel by e-mail (a 'Subject:' / 'From:' /
# 'Date:' header, a forwarded-message rule, a mail-to-Telegram bot's '📧 New email' line),
# TradingView strategy wording that puts the side before every label ('Long Entry:', 'Short
# TP1:', the 'LE' / 'SE' abbreviations of strategy forums), trade calls relayed from forums in
# BBCode ('[b]Entry:[/b]', '[color=red]…[/color]', '[list][*]…[/list]', '[size=5]', '[url=…]'),
# the stock-desk abbreviations 'EP' (entry point) and 'PT1' (profit target), Discord
# trade-logging bots' commands ('BTO SOL/USDT @ 148.2 bybit TP 152 SL 144 swing', 'STO' for a
# short, '@ CMP' or '@ M' at the market; 'STC' / 'BTC' to close a long / a short, 'trim' for a
# partial close), plans written as numbered steps for beginners, forex-style leverage ratios
# ('Leverage: 1:20') beside a reward ratio ('R:R 1:2.4'), ladders with each order's size in USDT
# ('35.2 — 100 USDT'), posts scraped from a channel's public web preview with their view counts,
# reactions and times ('👁 12.4K  14:32', '❤ 245 🔥 88'), Norwegian, Danish and Afrikaans cards
# (Inngang / Indgang / Intreeprys, Mål / Kursmål / Teikens, Giring / Gearing / Hefboom), Dutch,
# Polish and Portuguese signals written as sentences, follow-ups that name the signal by its
# number ('Signal #4821 ($SOL): TP2 reached'), and bot settings, calculators and tickers that are
# no signals.

FOURTH_MARKETS_BELOW_1000 = [m for m in MARKETS if m[2] < 1000]


def _b4_side(d: Draw) -> str:
    return "LONG" if d.long else "SHORT"


def _b4_zone_text(d: Draw, entries: list[float], p: Callable[[float], str], sep: str) -> str:
    """A two-price zone as written: low to high for a long, high to low for a short."""
    shown = entries if d.long else entries[::-1]
    return sep.join(p(v) for v in shown)


@style(
    "email_alert_relay",
    "alerts that reach the channel by e-mail: 'Subject: TradingView Alert: SOLUSDT.P Long' / 'From: TradingView <noreply@tradingview.com>' / 'Date: Sat, 05 Dec 2026 14:32:10 +0000' over 'Long SOLUSDT.P at 148.2', 'Take profit: …', 'Stop loss: …'; a forwarded alert ('---------- Forwarded message ---------', 'Sent: Saturday, December 5, 2026 9:15 AM', 'Action: SELL', 'Price: 3412'); a mail bot's '📧 New email · alerts@…' with 'entry … | tp … | sl … | lev 10x'",
)
@own_stream
def email_alert_relay(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    form = rng.randrange(3)
    is_market = rng.random() < 0.2
    is_zone = not is_market and rng.random() < 0.3
    entries: list[float] = [] if is_market else zone(d, 0.004) if is_zone else [d.entry]
    fmt = "comma" if d.entry >= 1000 and rng.random() < 0.5 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    verb = "BUY" if d.long else "SELL"
    day, hh, mm, ss = rng.randint(1, 28), rng.randrange(24), rng.randrange(60), rng.randrange(60)
    tp_join = " / " if fmt == "comma" else rng.choice([", ", " / "])
    if form == 0:
        weekday = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        pair = rng.choice([f"{d.base}USDT.P", f"BINANCE:{d.base}USDT.P", f"{d.base}USDT"])
        if is_market:
            entry_text = f"at market (~{p(d.entry)})"
        elif is_zone:
            entry_text = "between " + _b4_zone_text(d, entries, p, " and ")
        else:
            entry_text = f"at {p(d.entry)}"
        lines = [
            f"Subject: TradingView Alert: {pair} {d.side.title()}",
            "From: TradingView <noreply@tradingview.com>",
            f"Date: {weekday}, {day:02d} Dec 2026 {hh:02d}:{mm:02d}:{ss:02d} +0000",
            "",
            f"{d.side.title()} {pair} {entry_text}",
            f"Take profit: {tp_join.join(p(v) for v in tps)}",
            f"Stop loss: {p(sl)}",
        ]
        if lev:
            lines.append(f"Leverage: {lev}x")
    elif form == 1:
        hour12 = hh % 12 or 12
        if is_market:
            price = "Market"
        elif is_zone:
            price = _b4_zone_text(d, entries, p, " - ")
        else:
            price = p(d.entry)
        lines = [
            f"Fwd: [Alert] {d.base}USDT {verb} triggered",
            "---------- Forwarded message ---------",
            f"From: Alerts Bot <alerts@{rng.choice(['signals-desk.io', 'algo-calls.net'])}>",
            f"Sent: {rng.choice(['Monday', 'Thursday', 'Saturday'])}, December {day}, 2026 {hour12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
            "To: vip-relay@signals-desk.io",
            "",
            f"Action: {verb}",
            f"Price: {price}",
        ]
        if len(tps) == 1:
            lines.append(f"TP: {p(tps[0])}")
        else:
            lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
        lines.append(f"SL: {p(sl)}")
        if lev:
            lines.append(f"Leverage: {lev}x")
    else:
        if is_market:
            entry_text = "market"
        elif is_zone:
            entry_text = _b4_zone_text(d, entries, p, "-")
        else:
            entry_text = p(d.entry)
        body = f"entry {entry_text} | tp {' / '.join(p(v) for v in tps)} | sl {p(sl)}"
        if lev:
            body += f" | lev {lev}x"
        lines = [
            f"📧 New email · {rng.choice(['alerts@3commas.io', 'bot@signal-mailer.com', 'noreply@tradingview.com'])}",
            f"Subject: Signal — {verb} {d.base}USDT",
            "────────",
            body,
        ]
    exp = signal(
        d,
        order_type="market" if is_market else "limit",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return "\n".join(lines), exp


@style(
    "side_prefixed_labels",
    "the side written before every label, as TradingView strategies name their orders: '#SOLUSDT · 1H' over 'Long Entry: 148.2', 'Long TP1: 152', 'Long SL: 144'; the strategy forums' 'LE: 148.2 | TP: 152 / 155 | SL: 144' ('SE' for a short) under 'Strategy: EMA Ribbon v2'; 'Short entry zone: a – b', 'Short targets: x, y', 'Short invalidation: s'",
)
@own_stream
def side_prefixed_labels(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(1, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20, 25])
    s = d.side.title()
    form = rng.randrange(3)
    is_zone = form == 2 or rng.random() < 0.3

    def p(v: float) -> str:
        return num(v, d.dec)

    entries = zone(d, 0.005) if is_zone else [d.entry]
    entry_text = _b4_zone_text(d, entries, p, " – ") if is_zone else p(d.entry)
    if form == 0:
        bold = rng.random() < 0.35

        def lab(text: str) -> str:
            return f"**{text}:**" if bold else f"{text}:"

        lines = [f"#{d.base}USDT · {rng.choice(['15m', '1H', '4H'])}"]
        lines.append(f"{lab(f'{s} Entry' + (' Zone' if is_zone else ''))} {entry_text}")
        if len(tps) > 1 and rng.random() < 0.6:
            lines += [f"{lab(f'{s} TP{i}')} {p(v)}" for i, v in enumerate(tps, 1)]
        else:
            lines.append(f"{lab(f'{s} Take Profit')} {' / '.join(p(v) for v in tps)}")
        lines.append(f"{lab(s + ' ' + rng.choice(['SL', 'Stop', 'Stop Loss']))} {p(sl)}")
        if lev:
            lines.append(f"Leverage: {lev}x")
        text = "\n".join(lines)
    elif form == 1:
        abbr = "LE" if d.long else "SE"
        strat = rng.choice(["EMA Ribbon v2", "Supertrend 10/3", "Range Filter", "SMC Breaker"])
        body = f"{abbr}: {entry_text} | TP: {' / '.join(p(v) for v in tps)} | SL: {p(sl)}"
        if lev:
            body += f" | {lev}x"
        text = f"{d.base}/USDT\nStrategy: {strat}\n{body}"
    else:
        lines = [
            rng.choice([f"${d.base}", f"{d.base}USDT", f"#{d.base}/USDT"]),
            f"{s} entry zone: {entry_text}",
            f"{s} targets: {', '.join(p(v) for v in tps)}",
            f"{s} invalidation: {p(sl)}",
        ]
        if lev:
            lines.append(f"Max leverage {lev}x")
        text = "\n".join(lines)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "bbcode_forum_post",
    "trade calls relayed from forums in BBCode: '[b][color=green]LONG[/color] SOL/USDT[/b]' or '[size=5][b]SOLUSDT — LONG[/b][/size]', '[b]Entry:[/b] 148.2' or '[b]Entry zone:[/b] [color=#ffab00]147.6 - 148.2[/color]', '[b]Targets:[/b]' over '[list]' / '[list=1]' with '[*]152' items, '[b]Stop loss:[/b] [color=red]144.1[/color]', '[i]Leverage: 10x[/i]', a '[url=…]Chart[/url]' or '[img]…[/img]' link",
)
@own_stream
def bbcode_forum_post(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MEME)
    tps = targets(d, rng.randint(2, 4))
    sl = d.against()
    lev = rng.choice([None, 3, 5, 10])
    is_zone = rng.random() < 0.4

    def p(v: float) -> str:
        return num(v, d.dec)

    entries = zone(d, 0.005) if is_zone else [d.entry]
    side = _b4_side(d)
    colour = "green" if d.long else "red"
    lines = [
        rng.choice(
            [
                f"[b][color={colour}]{side}[/color] {d.base}/USDT[/b]",
                f"[size=5][b]{d.base}USDT — {side}[/b][/size]",
                f"[center][b]#{d.base} {d.side.title()}[/b][/center]",
            ]
        )
    ]
    if rng.random() < 0.3:
        lines.append("[quote]Posted in the futures calls thread, read the rules first[/quote]")
    if is_zone:
        lines.append(
            f"[b]Entry zone:[/b] [color=#ffab00]{_b4_zone_text(d, entries, p, ' - ')}[/color]"
        )
    else:
        lines.append(f"[b]Entry:[/b] {p(d.entry)}")
    if rng.random() < 0.6:
        lines.append("[b]Targets:[/b]")
        lines.append(rng.choice(["[list]", "[list=1]"]))
        lines += [f"[*]{p(v)}" for v in tps]
        lines.append("[/list]")
    else:
        lines.append(f"[b]TP:[/b] {' / '.join(p(v) for v in tps)}")
    if rng.random() < 0.5:
        lines.append(f"[b]Stop loss:[/b] [color=red]{p(sl)}[/color]")
    else:
        lines.append(f"[b]SL:[/b] {p(sl)}")
    if lev:
        lines.append(f"[i]Leverage: {lev}x[/i]")
    code = "".join(
        rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)
    )
    lines.append(
        rng.choice(
            [
                f"[url=https://www.tradingview.com/x/{code}/]Chart[/url]",
                f"[img]https://i.imgur.com/{code}.png[/img]",
            ]
        )
    )
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "ep_pt_abbreviations",
    "stock-desk abbreviations: '$SOL 🟢 LONG' over 'EP: 148.2' (or 'EP1:' / 'EP2:' for a ladder), 'PT1: 152', 'PT2: 155.4', 'SL: 144.1', 'Lev: 10x'; one line 'SOL long — EP 147.6-148.2 | PT 152 / 155.4 | SL 144.1 | 10x'; spelled out 'Entry point (EP): …', 'Profit targets (PT): a / b', 'Stop (SL): …'",
)
@own_stream
def ep_pt_abbreviations(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = targets(d, rng.randint(1, 3))
    lev = rng.choice([None, 5, 10, 15, 20])
    shape = rng.random()

    def p(v: float) -> str:
        return num(v, d.dec)

    if shape < 0.2:
        entries = d.ladder(2)
    elif shape < 0.5:
        entries = zone(d, 0.005)
    else:
        entries = [d.entry]
    sl = d.round(entries[-1 if shape < 0.2 else 0] * (1 - d.sign * 0.03))
    if 0.2 <= shape < 0.5 and not d.long:
        sl = d.round(entries[1] * 1.03)
    if 0.2 <= shape < 0.5:
        entry_text = _b4_zone_text(d, entries, p, "-")
    else:
        entry_text = " / ".join(p(v) for v in entries)
    pair = rng.choice([f"${d.base}", f"#{d.base}USDT", f"{d.base}/USDT"])
    form = rng.randrange(3)
    if form == 0:
        lines = [f"{pair} {'🟢' if d.long else '🔴'} {_b4_side(d)}"]
        if len(entries) == 2 and shape < 0.2:
            lines += [f"EP{i}: {p(v)}" for i, v in enumerate(entries, 1)]
        else:
            lines.append(f"EP: {entry_text}")
        lines += [f"PT{i}: {p(v)}" for i, v in enumerate(tps, 1)]
        lines.append(f"SL: {p(sl)}")
        if lev:
            lines.append(f"Lev: {lev}x")
        if rng.random() < 0.4:
            lines.append(f"#{d.base} #{rng.choice(['futures', 'crypto', 'swing'])} #{d.side}")
        text = "\n".join(lines)
    elif form == 1:
        text = (
            f"{d.base} {d.side} — EP {entry_text} | PT {' / '.join(p(v) for v in tps)} | SL {p(sl)}"
        )
        if lev:
            text += f" | {lev}x"
    else:
        lines = [
            f"{pair} — {d.side.title()}",
            f"Entry point (EP): {entry_text}",
            f"Profit target{'s' if len(tps) > 1 else ''} (PT): {' / '.join(p(v) for v in tps)}",
            f"Stop (SL): {p(sl)}",
        ]
        if lev:
            lines.append(f"Leverage: {lev}x")
        text = "\n".join(lines)
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


@style(
    "bto_sto_trade_log",
    "trade-logging bots' commands posted as calls: 'BTO SOL/USDT @ 148.2 bybit TP 152 SL 144 swing' (buy to open: a long), 'STO ETH/USDT @ 3412 TP @ 3350 and SL @ 3460' (sell to open: a short), 'TP is … & SL is …', '@ CMP' or '@ M' at the market, a note and a leverage after the levels, sometimes in a code block or with the notes on a second line",
)
@own_stream
def bto_sto_trade_log(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    tps = targets(d, rng.choice([1, 1, 2]))
    sl = d.against()
    lev = rng.choice([None, None, 5, 10, 20])
    is_market = rng.random() < 0.2

    def p(v: float) -> str:
        return num(v, d.dec)

    trigger = "BTO" if d.long else "STO"
    price = rng.choice(["CMP", "CMP", "M"]) if is_market else p(d.entry)
    exch = rng.choice(["binance", "bybit", "okx", "bitget", ""])
    tp_values = " / ".join(p(v) for v in tps)
    word = rng.choice(["", "@ ", "is "])
    joiner = rng.choice([" ", " and ", " & "])
    notes = f"TP {word}{tp_values}{joiner}SL {word}{p(sl)}"
    style_word = rng.choice(["swing", "scalp", "day trade", "", "risky"])
    tail = " ".join(x for x in [style_word, f"{lev}x" if lev else ""] if x)
    order = " ".join(x for x in [f"{trigger} {d.base}/USDT @ {price}", exch] if x)
    shape = rng.random()
    if shape < 0.5:
        text = " ".join(x for x in [order, notes, tail] if x)
    elif shape < 0.8:
        text = order + "\n" + " ".join(x for x in [notes, tail] if x)
    else:
        text = "```\n" + " ".join(x for x in [order, notes, tail] if x) + "\n```"
    exp = signal(
        d,
        order_type="market" if is_market else "limit",
        entries=[] if is_market else [d.entry],
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return text, exp


@style(
    "numbered_steps_instructions",
    "a plan written as numbered steps for beginners: '📝 How to take this trade:' over 'Step 1: Open a LONG on SOLUSDT', 'Step 2: Place a limit order at 148.2' (or 'two limit orders: a and b', or 'Enter at market price'), 'Step 3: Take profit at 152, 155.4 and 158', 'Step 4: Stop loss at 144.1', 'Step 5: Use 10x leverage (isolated margin)'; steps numbered 'Step 1 –', '1)' or '(1)', the leverage step second or last",
)
@own_stream
def numbered_steps_instructions(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + SMALL_CAPS)
    tps = targets(d, rng.randint(1, 3))
    lev = rng.choice([5, 10, 20])
    mode = rng.choice([None, None, "isolated", "cross"])
    kind = rng.random()

    def p(v: float) -> str:
        return num(v, d.dec)

    if kind < 0.2:
        entries: list[float] = []
        entry_step = rng.choice(["Enter at market price", "Market order now, no limit"])
    elif kind < 0.45:
        entries = d.ladder(2)
        entry_step = f"Place two limit orders: {p(entries[0])} and {p(entries[1])}"
    else:
        entries = [d.entry]
        entry_step = rng.choice(
            [f"Place a limit order at {p(d.entry)}", f"Set your entry at {p(d.entry)}"]
        )
    sl = d.round((entries[-1] if entries else d.entry) * (1 - d.sign * 0.03))
    if len(tps) == 1:
        tp_text = p(tps[0])
    else:
        tp_text = ", ".join(p(v) for v in tps[:-1]) + f" and {p(tps[-1])}"
    open_step = rng.choice(
        [f"Open a {_b4_side(d)} on {d.base}USDT", f"Go {d.side} on #{d.base}/USDT"]
    )
    lev_step = (
        f"Use {lev}x leverage ({mode} margin)"
        if mode and rng.random() < 0.5
        else f"Leverage {lev}x" + (f" {mode}" if mode else "")
    )
    steps = [
        open_step,
        entry_step,
        f"{rng.choice(['Take profit at', 'Targets:'] if len(tps) > 1 else ['Take profit at', 'Target:'])} {tp_text}",
        f"{rng.choice(['Stop loss at', 'Set your stop loss to'])} {p(sl)}",
    ]
    steps.insert(1 if rng.random() < 0.4 else 4, lev_step)
    fmt = rng.choice(["Step {n}: ", "Step {n} – ", "{n}) ", "({n}) "])
    head = rng.choice(
        [
            "📝 How to take this trade:",
            f"🧭 {d.base} trade — follow the steps:",
            "Beginners, here is the plan 👇",
        ]
    )
    lines = [head] + [fmt.format(n=i) + s for i, s in enumerate(steps, 1)]
    exp = signal(
        d,
        order_type="limit" if entries else "market",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    if mode:
        exp["margin_mode"] = mode
    return "\n".join(lines), exp


@style(
    "ratio_leverage_cards",
    "leverage written as a forex ratio beside a reward ratio: 'SOL/USDT — BUY', 'Entry: 148.2', 'TP: 152 | 155.4' or 'TP1:' lines, 'SL: 144.1', 'Leverage: 1:10', 'Lev 1:20', 'Leverage ratio 1:25', 'Use 1:5 leverage', 'Leverage 1:10 (isolated)', and 'R:R 1:2.4' / 'Risk/Reward: 1:3.1' / 'RR 1:1.8' on another line",
)
@own_stream
def ratio_leverage_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([5, 10, 20, 25, 50])
    is_zone = rng.random() < 0.3

    def p(v: float) -> str:
        return num(v, d.dec)

    entries = zone(d, 0.005) if is_zone else [d.entry]
    rr = f"1:{rng.uniform(1.5, 3.5):.1f}"
    isolated = rng.random() < 0.25
    if isolated:
        lev_line = f"Leverage 1:{lev} (isolated)"
    else:
        lev_line = rng.choice(
            [
                f"Leverage: 1:{lev}",
                f"Lev 1:{lev}",
                f"Leverage ratio 1:{lev}",
                f"Use 1:{lev} leverage",
            ]
        )
    rr_line = rng.choice([f"R:R {rr}", f"Risk/Reward: {rr}", f"RR {rr}"])
    head = rng.choice(
        [f"{d.base}/USDT — {'BUY' if d.long else 'SELL'}", f"#{d.base}USDT {_b4_side(d)}"]
    )
    lines = [head]
    if is_zone:
        lines.append(f"Entry: {_b4_zone_text(d, entries, p, ' - ')}")
    else:
        lines.append(f"Entry: {p(d.entry)}")
    if rng.random() < 0.5:
        lines.append("TP: " + " | ".join(p(v) for v in tps))
    else:
        lines += [f"TP{i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL: {p(sl)}")
    tail = [lev_line, rr_line]
    rng.shuffle(tail)
    lines += tail
    exp = signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)
    if isolated:
        exp["margin_mode"] = "isolated"
    return "\n".join(lines), exp


@style(
    "per_order_size_ladder",
    "ladders that give each order's size in USDT: '#AVAX LONG (10x)', 'Orders:' over '• 35.2 — 100 USDT' lines, 'Buy 35.2 × $100' / 'Sell …' for a short, 'Limit 1: 35.2 (size 100 USDT)', 'Entry 1: 35.2 · margin 100$'; then 'Targets: a / b' and 'Stop: s'",
)
@own_stream
def per_order_size_ladder(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    n = rng.randint(2, 3)
    entries = d.ladder(n)
    sizes = sorted(rng.sample([50, 75, 100, 150, 200, 250, 300, 400, 500], n))
    lev = rng.choice([None, 5, 10, 20])
    tps = targets(d, rng.randint(2, 3))
    sl = d.round(entries[-1] * (1 - d.sign * 0.02))

    def p(v: float) -> str:
        return num(v, d.dec)

    icon = rng.choice(["", "🟢 " if d.long else "🔴 ", "📊 "])
    head = f"{icon}#{d.base} {_b4_side(d)}" + (f" ({lev}x)" if lev else "")
    form = rng.randrange(4)
    lines = [head]
    if form == 0:
        lines.append("Orders:")
        lines += [f"• {p(e)} — {s} USDT" for e, s in zip(entries, sizes, strict=True)]
    elif form == 1:
        verb = "Buy" if d.long else "Sell"
        lines += [f"{verb} {p(e)} × ${s}" for e, s in zip(entries, sizes, strict=True)]
    elif form == 2:
        lines += [
            f"Limit {i}: {p(e)} (size {s} USDT)"
            for i, (e, s) in enumerate(zip(entries, sizes, strict=True), 1)
        ]
    else:
        lines += [
            f"Entry {i}: {p(e)} · margin {s}$"
            for i, (e, s) in enumerate(zip(entries, sizes, strict=True), 1)
        ]
    lines.append(f"Targets: {' / '.join(p(v) for v in tps)}")
    lines.append(f"Stop: {p(sl)}")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


def _b4_views(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return str(rng.randint(120, 990))
    return f"{rng.uniform(1.1, 48.9):.1f}K"


@style(
    "channel_post_footer",
    "signals scraped from a channel's public web preview with the post's footer: the channel name over the card, then '👁 12.4K  14:32', '3.1K views · edited 09:15', '❤ 245 🔥 88 👍 31', '💬 57 comments', 'Dec 5 at 14:32'",
)
@own_stream
def channel_post_footer(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 10, 20])
    kind = rng.random()
    fmt = "comma" if d.entry >= 1000 and rng.random() < 0.5 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    if kind < 0.15:
        entries: list[float] = []
        entry_text = "Market"
    elif kind < 0.45:
        entries = zone(d, 0.005)
        entry_text = _b4_zone_text(d, entries, p, " - ")
    else:
        entries = [d.entry]
        entry_text = p(d.entry)
    lines = []
    if rng.random() < 0.6:
        lines.append(
            rng.choice(["Crypto Signals Pro", "Whale Calls 📣", "Futures VIP ⚡", "Alpha Desk"])
        )
    if rng.random() < 0.5:
        lines += [
            f"{'🟢' if d.long else '🔴'} {_b4_side(d)} #{d.base}/USDT",
            f"Entry: {entry_text}",
            f"TP: {' - '.join(p(v) for v in tps)}",
            f"SL: {p(sl)}",
        ]
    else:
        lines += [f"#{d.base}USDT {d.side.title()}", f"Entry {entry_text}"]
        lines += [f"Target {i} {p(v)}" for i, v in enumerate(tps, 1)]
        lines.append(f"Stop {p(sl)}")
    if lev:
        lines.append(f"Leverage: {lev}x")
    hh, mm = rng.randrange(24), rng.randrange(60)
    footers = []
    if rng.random() < 0.7:
        footers.append(
            rng.choice(
                [
                    f"👁 {_b4_views(rng)}  {hh:02d}:{mm:02d}",
                    f"{_b4_views(rng)} views · edited {hh:02d}:{mm:02d}",
                ]
            )
        )
    if rng.random() < 0.5:
        footers.append(f"❤ {rng.randint(20, 400)} 🔥 {rng.randint(5, 150)} 👍 {rng.randint(3, 90)}")
    if rng.random() < 0.3:
        footers.append(f"💬 {rng.randint(2, 120)} comments")
    if not footers or rng.random() < 0.3:
        footers.append(f"Dec {rng.randint(1, 28)} at {hh:02d}:{mm:02d}")
    lines += footers
    exp = signal(
        d,
        order_type="limit" if entries else "market",
        entries=entries,
        take_profits=tps,
        stop_loss=sl,
        leverage=lev,
    )
    return "\n".join(lines), exp


_NORDIC_WORDS = {
    # language: pair, direction, (buy, sell), entry, targets, target, stop, leverage, thousands
    "no": ("Par", "Retning", ("KJØP", "SALG"), "Inngang", "Mål", "Mål", "Stopp tap", "Giring", " "),
    "da": (
        "Par",
        "Retning",
        ("KØB", "SALG"),
        "Indgang",
        "Kursmål",
        "Kursmål",
        "Stop loss",
        "Gearing",
        ".",
    ),
    "af": (
        "Paar",
        "Rigting",
        ("KOOP", "VERKOOP"),
        "Intreeprys",
        "Teikens",
        "Teiken",
        "Stop-verlies",
        "Hefboom",
        " ",
    ),
}


@style(
    "nordic_afrikaans_cards",
    "Norwegian (Par, Retning: KJØP/SALG, Inngang, Mål, Stopp tap, Giring), Danish (Retning: KØB/SALG, Indgang, Kursmål, Stop loss, Gearing) and Afrikaans (Paar, Rigting: KOOP/VERKOOP, Intreeprys, Teikens or 'Teiken 1:', Stop-verlies, Hefboom) cards with decimal commas, space thousands ('63 450,5'), or LONG/SHORT for the side; a headline 'KJØP #SOL/USDT 📈' instead of the pair and direction lines",
)
@own_stream
def nordic_afrikaans_cards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    lang = rng.choice(list(_NORDIC_WORDS))
    big = lang != "da" and rng.random() < 0.3  # space thousands: '63 450,5'
    d = Draw(rng, MARKETS[:2] if big else FOURTH_MARKETS_BELOW_1000 if lang == "da" else MARKETS)
    pair_w, dir_w, (buy_w, sell_w), entry_w, tps_w, tp_w, stop_w, lev_w, sep = _NORDIC_WORDS[lang]
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    is_zone = rng.random() < 0.3

    def p(v: float) -> str:
        return eu(v, d.dec, sep)

    entries = zone(d, 0.005) if is_zone else [d.entry]
    entry_text = _b4_zone_text(d, entries, p, " – ") if is_zone else p(d.entry)
    side = rng.choice([buy_w if d.long else sell_w, _b4_side(d)])
    if rng.random() < 0.5:
        lines = [f"{pair_w}: #{d.base}/USDT", f"{dir_w}: {side}"]
    else:
        lines = [f"{side} #{d.base}/USDT {'📈' if d.long else '📉'}"]
    lines.append(f"{entry_w}: {entry_text}")
    if rng.random() < 0.5:
        lines.append(f"{tps_w}: " + rng.choice([" – ", " / "]).join(p(v) for v in tps))
    else:
        lines += [f"{tp_w} {i}: {p(v)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{stop_w}: {p(sl)}")
    if lev:
        lines.append(f"{lev_w}: {lev}x")
    return "\n".join(lines), signal(
        d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev
    )


@style(
    "dutch_polish_portuguese_sentences",
    "signals written as sentences in Dutch ('Ik open een long op #SOL rond 148,2. Doelen: 152 en 155,4. Stop op 144,1. Hefboom 10x.', 'Ik ga short op LINK vanaf 14,85, doelen …, stop boven …', 'Long op ARB tussen 1,1 en 1,12 …'), Polish ('Otwieram longa na #SOL przy 148,2, cele 152 i 155,4, stop 144,1, dźwignia 10x.', 'shorta', space thousands '63 450,5', 'w strefie a - b') and Portuguese ('Abrindo long em #SOL em 148,2, alvos 152 e 155,4, stop em 144,1, alavancagem 10x.', 'Entrando short no …', 'Compra de … entre a e b'); decimal commas",
)
@own_stream
def dutch_polish_portuguese_sentences(rng: random.Random) -> tuple[str, dict[str, Any]]:
    lang = rng.choice(["nl", "pl", "pt"])
    big = lang == "pl" and rng.random() < 0.4  # Polish thousands: '63 450,5'
    d = Draw(rng, MARKETS[:2] if big else MARKETS if lang == "pl" else FOURTH_MARKETS_BELOW_1000)
    tps = targets(d, rng.randint(2, 3))
    sl = d.against()
    lev = rng.choice([None, 5, 10, 20])
    is_zone = rng.random() < 0.3

    def p(v: float) -> str:
        return eu(v, d.dec, " ")

    coin = rng.choice([f"#{d.base}", d.base, f"${d.base}"])
    entries = zone(d, 0.005) if is_zone else [d.entry]
    and_w = {"nl": "en", "pl": "i", "pt": "e"}[lang]
    joined = " / ".join(p(v) for v in tps)
    tp_text = f"{p(tps[0])} {and_w} {p(tps[1])}" if len(tps) == 2 else joined
    lo, hi = (p(entries[0]), p(entries[-1])) if is_zone else ("", "")
    e = p(d.entry)
    s = p(sl)
    sentences = False
    if lang == "nl":
        if is_zone:
            text = f"{d.side.title()} op {coin} tussen {lo} en {hi}, doelen {tp_text}, stoploss {s}"
        elif d.long:
            text = f"Ik open een long op {coin} rond {e}. Doelen: {tp_text}. Stop op {s}"
            sentences = True
        else:
            text = f"Ik ga short op {coin} vanaf {e}, doelen {tp_text}, stop boven {s}"
        lev_text = f"hefboom {lev}x"
    elif lang == "pl":
        side = "longa" if d.long else "shorta"
        if is_zone:
            text = f"Wchodzimy w {side} na {coin} w strefie {lo} - {hi}, cele {tp_text}, stop {s}"
        elif rng.random() < 0.5:
            text = f"Otwieram {side} na {coin} przy {e}, cele {tp_text}, stop {s}"
        else:
            text = f"Otwieram {side} na {coin} przy {e}. Cele: {tp_text}. Stop loss: {s}"
            sentences = True
        lev_text = f"dźwignia {lev}x"
    else:
        if is_zone:
            verb = "Compra" if d.long else "Venda"
            text = f"{verb} de {coin} entre {lo} e {hi}, alvos {tp_text}, stop em {s}"
        elif d.long:
            text = f"Abrindo long em {coin} em {e}, alvos {tp_text}, stop em {s}"
        else:
            text = f"Entrando short no {coin} a {e}. Alvos: {tp_text}. Stop: {s}"
            sentences = True
        lev_text = f"alavancagem {lev}x"
    if lev:
        text += f". {lev_text[0].upper()}{lev_text[1:]}" if sentences else f", {lev_text}"
    text += "."
    return text, signal(d, entries=entries, take_profits=tps, stop_loss=sl, leverage=lev)


_TRADE_LOG_FORMS = itertools.cycle(range(10))


@style(
    "follow_ups_trade_log_commands",
    "updates as trade-logging bots' commands and replies: 'STC SOL/USDT @ 152.3' (sell to close a long), 'BTC ETH/USDT @ 3350' (buy to close a short), 'STC … @ … trim' / 'partial' (a partial close), 'STC … @ CMP', '✅ Closed SOL/USDT Long @ 152.30 · +2.77%', '✂️ Trimmed … @ …', '🛑 SOL/USDT Long stopped out @ 144.10', '🎯 TP1 hit on ETH/USDT Short @ 3,350.00', 'SL updated on LINK/USDT Long: 14.62'",
)
@own_stream
def follow_ups_trade_log_commands(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS)
    b = d.base
    pair = f"{b}/USDT"
    trigger = "STC" if d.long else "BTC"
    side = d.side.title()

    def p(v: float) -> str:
        return num(v, d.dec)

    def fixed2(v: float) -> str:
        return f"{v:,.2f}" if v >= 1000 else f"{v:.{max(2, d.dec)}f}"

    pct = f"{rng.uniform(0.8, 6.5):.2f}%"
    form = next(_TRADE_LOG_FORMS)
    if form == 0:
        at = targets(d, 1, 0.02)[0]
        return f"{trigger} {pair} @ {p(at)}", fu(b, "close", close_fraction=1.0, price=at)
    if form == 1:
        at = targets(d, 1, 0.015)[0]
        word = rng.choice(["trim", "partial", "trimming", "scaling"])
        return (
            f"{trigger} {pair} @ {p(at)} {word}",
            fu(b, "close", close_fraction=None, price=at),
        )
    if form == 2:
        return f"{trigger} {pair} @ CMP", fu(b, "close", close_fraction=1.0)
    if form == 3:
        at = targets(d, 1, 0.02)[0]
        return (
            f"✅ Closed {pair} {side} @ {fixed2(at)} · +{pct}",
            fu(b, "close", close_fraction=1.0, price=at),
        )
    if form == 4:
        at = targets(d, 1, 0.012)[0]
        return (
            f"✂️ Trimmed {pair} {side} @ {fixed2(at)} · +{pct}",
            fu(b, "close", close_fraction=None, price=at),
        )
    if form == 5:
        at = d.against()
        return (
            f"🛑 {pair} {side} stopped out @ {fixed2(at)} (SL)",
            fu(b, "stop_hit", price=at),
        )
    if form == 6:
        n = rng.randint(1, 3)
        at = targets(d, n)[-1]
        return (
            f"🎯 TP{n} hit on {pair} {side} @ {fixed2(at)}",
            fu(b, "target_hit", target_index=n, price=at),
        )
    if form == 7:
        new = d.round(d.entry * (1 + d.sign * 0.005))
        return (
            f"SL updated on {pair} {side}: {p(new)}",
            fu(b, "stop_moved", new_stop=new),
        )
    if form == 8:
        at = targets(d, 1, 0.025)[0]
        return (
            f"{trigger} {pair} @ {p(at)} {rng.choice(['binance', 'bybit', 'okx'])} all out, +{pct}",
            fu(b, "close", close_fraction=1.0, price=at),
        )
    return (
        f"{trigger} {pair} @ {p(d.entry)} breakeven, {rng.choice(['chop', 'no follow-through', 'market flipped'])}",
        fu(b, "close", close_fraction=1.0, price=d.entry),
    )


_SIGNAL_REF_FORMS = itertools.cycle(range(11))


@style(
    "follow_ups_signal_id_refs",
    "follow-ups that name the signal by its number: '🔔 Update — Signal #4821 ($SOL): TP2 reached ✅', 'Trade #152 · ETHUSDT · SL moved to entry', 'ID 48213 | LINK/USDT | closed at 15.42 (+3.8%)', 'Re: Call #37 (AVAX) — stopped out at 34.1', 'Signal #905 cancelled — #DOGE never reached the entry', 'Entry 2 of signal #77 (ARB) filled at 1.1034', 'Signal 3921 ➜ $OP TP1 ✅ SL ➜ BE', 'Trade 12 (SUI): re-entry at 1.032', '#1234 BTC update: take 50% profit now'",
)
@own_stream
def follow_ups_signal_id_refs(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, MARKETS + MULTIPLIED)
    b = d.base
    fmt = "comma" if d.entry >= 1000 else "plain"

    def p(v: float) -> str:
        return num(v, d.dec, fmt)

    sid = rng.choice([rng.randint(12, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
    form = next(_SIGNAL_REF_FORMS)
    if form == 0:
        n = rng.randint(1, 3)
        return (
            f"🔔 Update — Signal #{sid} (${b}): TP{n} reached ✅",
            fu(b, "target_hit", target_index=n),
        )
    if form == 1:
        return (
            f"Trade #{sid} · {b}USDT · SL moved to entry",
            fu(b, "stop_moved", stop_to_entry=True),
        )
    if form == 2:
        at = targets(d, 1, 0.025)[0]
        return (
            f"ID {sid} | {b}/USDT | closed at {p(at)} (+{rng.uniform(1, 9):.1f}%)",
            fu(b, "close", close_fraction=1.0, price=at),
        )
    if form == 3:
        at = d.against()
        return (
            f"Re: Call #{sid} ({b}) — stopped out at {p(at)}",
            fu(b, "stop_hit", price=at),
        )
    if form == 4:
        return (
            f"Signal #{sid} cancelled — #{b} never reached the entry",
            fu(b, "cancel"),
        )
    if form == 5:
        at = d.round(d.entry * (1 - d.sign * 0.006))
        return (
            f"Entry 2 of signal #{sid} ({b}) filled at {p(at)}",
            fu(b, "entry_filled", price=at),
        )
    if form == 6:
        return (
            f"Signal {sid} ➜ ${b} TP1 ✅ SL ➜ BE",
            fu(b, "target_hit", "stop_moved", target_index=1, stop_to_entry=True),
        )
    if form == 7:
        at = d.round(d.entry * (1 - d.sign * 0.01))
        return (
            f"Trade {sid} ({b}): re-entry at {p(at)}",
            fu(b, "reentry", price=at),
        )
    if form == 8:
        pct = rng.choice([25, 50, 75])
        return (
            f"#{sid} {b} update: take {pct}% profit now",
            fu(b, "close", close_fraction=pct / 100),
        )
    if form == 9:
        new = d.round(d.entry * (1 + d.sign * 0.01))
        return (
            f"Signal №{sid} {b}USDT — new stop {p(new)}",
            fu(b, "stop_moved", new_stop=new),
        )
    return (
        f"No. {sid} · {b} · TP3 hit, all targets done 🎯",
        fu(b, "target_hit", target_index=3),
    )


CHATTER_BOT_SETTINGS = [
    "⚙️ Copier settings updated: default leverage 10x, max open trades 5, risk per trade 2%, TP split 50/30/20",
    "🧮 Position size calculator: balance 1,000 USDT, risk 1%, entry 148.2, stop 144.1 → size 2.44 SOL",
    "Liquidation calculator: long 10x from 148.2 → liquidation ≈ 134.1 (isolated). Always keep your stop above it.",
    "🛠 Binance Futures maintenance 05.12 02:00–04:00 UTC. Open orders stay, TP/SL may trigger late.",
    "Bot commands: /tp 152 sets the take profit of your last trade · /sl 144 sets the stop · /lev 10 sets leverage",
    "📈 Ticker: BTC 63,450 ▲1.2% | ETH 3,412 ▼0.4% | SOL 148.2 ▲3.1% | DOGE 0.1234 ▲0.8%",
    "Next signal in 15 minutes ⏳ long or short, we'll see what the 4H close says",
    "🗳 Which coin next? SOL / ETH / LINK — vote below, the winner gets a long setup tonight",
    "Fees reminder: maker 0.02%, taker 0.05% on Binance Futures. At 20x a 1% move is 20% of your margin.",
    "Weekly bot stats: 12 longs and 7 shorts opened, average leverage 8.4x, win rate 71%, best trade SOL +38%",
    "❓ FAQ: what does 'SL to BE' mean? Move your stop to your entry price once TP1 is hit.",
    "Grid bot idea, not a signal: ETH range 3,200–3,600, 40 grids, arithmetic, no leverage",
    "Accuracy report: TP1 reached on 86% of the last 50 calls, full stop loss on 9%, 5% still open",
    "Deposits of USDT-TRC20 on Bybit are delayed, 20 confirmations now instead of 1. Withdrawals work.",
]
_BOT_SETTINGS_ONCE = itertools.cycle(CHATTER_BOT_SETTINGS)  # each line once


@style(
    "chatter_bot_settings_calculators",
    "channel posts that are no signals: copier settings, a position-size and a liquidation calculator with an entry and a stop, exchange maintenance, bot command help ('/tp 152', '/sl 144'), a price ticker, a countdown, a poll, fees, weekly bot statistics, an FAQ, a grid-bot range, an accuracy report, a deposit notice",
)
@own_stream
def chatter_bot_settings_calculators(rng: random.Random) -> tuple[str, dict[str, Any]]:
    return next(_BOT_SETTINGS_ONCE), {"kind": "not_signal"}


# Measured once after the day's last parser change (README: "Measured once, held out
# (fourth)"), never read message by message before that measurement.
HELD_OUT_ONCE_FOURTH = {
    "email_alert_relay",
    "side_prefixed_labels",
    "bbcode_forum_post",
    "ep_pt_abbreviations",
    "bto_sto_trade_log",
    "numbered_steps_instructions",
    "ratio_leverage_cards",
    "per_order_size_ladder",
    "channel_post_footer",
    "nordic_afrikaans_cards",
    "dutch_polish_portuguese_sentences",
    "follow_ups_trade_log_commands",
    "follow_ups_signal_id_refs",
    "chatter_bot_settings_calculators",
}
HOLDOUT.update(HELD_OUT_ONCE_FOURTH)


# ---- fifth follow-up round: replies, boards, bare prices, lowercase coins, results ----------
# Researched from copier bots' update keyword lists and notices (Cornix's "Take-Profit target
# n ✅ / Profit … / Period …", "Cancelled ❌ / Target achieved before entering the entry zone",
# "All entry targets achieved"; copiers' per-channel update words: close half, break even,
# move SL, delete), open Telegram copier projects' test messages, signal channels' progress
# boards and result posts with profit percentages and leverage, daily P/L recaps, and update
# words of Korean, Japanese, Thai, Ukrainian, Dutch and Romanian channels. New layouts only:
# a reply quoting the signal with another quote mark than '>' (the quoted card must not be
# copied again), 'TP1 ✅ TP2 ✅ TP3 ⏳' boards, a hit written with its price alone (the copy
# matches it to its own target, or review), lowercase coins ('dot hit tp1 link hit tp2':
# review), 'Book 30% profits', 'SL to BE', 'Move SL to TP1', trails, cancels for an entry not
# reached, results with the leverage, re-entry zones, 'Add more at …', 'DCA filled', plans and
# conditions (never acted on). Written anew with drawn prices; each style draws from its own
# stream (@own_stream).

_FU5_MARKETS = MARKETS + SMALL_CAPS + MULTIPLIED + MEME


def _fu5_card(d: Draw, rng: random.Random, fmt: str) -> tuple[list[str], list[float]]:
    """A signal card as the quoted message shows it: header, entry, targets, stop."""
    tps = d.away(rng.randint(2, 4))
    n = lambda v: num(v, d.dec, fmt)  # noqa: E731
    lines = [
        rng.choice(
            [
                f"#{d.base}/USDT {d.side.upper()}",
                f"{d.side.upper()} ${d.base}",
                f"#{d.base}USDT — {d.side.title()}",
            ]
        ),
        f"Entry: {n(d.entry)}",
    ]
    if rng.random() < 0.5:
        lines += [f"TP{i}: {n(v)}" for i, v in enumerate(tps, 1)]
    else:
        lines.append("Targets: " + " - ".join(n(v) for v in tps))
    lines.append(f"SL: {n(d.against())}")
    if rng.random() < 0.5:
        lines.append(f"Leverage: {rng.choice([5, 10, 20])}x")
    return lines, tps


@style(
    "fu5_quoted_card_replies",
    "a reply under the signal it answers, the quoted card shown with another quote mark than '>' ('┃ ', '│ ', '▍', '» ', an 'In reply to:' line) above a one-line update: 'TP1 ✅', 'SL to BE 🔒', 'Close 50% here', 'Move SL to TP1', 'Stopped out ❌', 'Cancelled ❌ — entry not reached'; the update acts on the quoted coin, the quote opens no copy",
)
@own_stream
def fu5_quoted_card_replies(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    card, tps = _fu5_card(d, rng, fmt)
    mark = rng.choice(["┃ ", "│ ", "▍", "» ", "┃"])
    quoted = [mark + line for line in card]
    if rng.random() < 0.3:
        quoted.insert(
            0, rng.choice(["In reply to:", "↪️ Replying to Whale Calls:", "Reply to VIP Signals"])
        )
    b = d.base
    form = rng.randrange(7)
    if form == 0:
        k = rng.randint(1, len(tps))
        update = rng.choice([f"TP{k} ✅", f"TP{k} hit 🎯", f"Target {k} done ✅"])
        exp = fu(b, "target_hit", target_index=k)
    elif form == 1:
        update = rng.choice(["SL to BE 🔒", "Move SL to entry", "Stop moved to breakeven ✅"])
        exp = fu(b, "stop_moved", stop_to_entry=True)
    elif form == 2:
        p = rng.choice([25, 30, 50])
        update = rng.choice([f"Close {p}% here 💰", f"Book {p}% profits", f"Take {p}% off now"])
        exp = fu(b, "close", close_fraction=p / 100)
    elif form == 3:
        update = rng.choice(["Move SL to TP1", "SL → TP1 now", "Stop to TP1 🔒"])
        exp = fu(b, "stop_moved", stop_to_target=1)
    elif form == 4:
        update = rng.choice(["Stopped out ❌", "SL hit ❌ next one", "Stopped out, small loss"])
        exp = fu(b, "stop_hit")
    elif form == 5:
        update = rng.choice(
            [
                "Cancelled ❌ — entry not reached",
                "Cancel this one ❌",
                "Cancelled, entry never filled",
            ]
        )
        exp = fu(b, "cancel")
    else:
        k = rng.randint(1, len(tps) - 1)
        update = f"TP{k} ✅ move SL to entry"
        exp = fu(b, "target_hit", "stop_moved", target_index=k, stop_to_entry=True)
    sep = rng.choice(["\n", "\n\n"])
    return "\n".join(quoted) + sep + update, exp


@style(
    "fu5_progress_boards",
    "progress boards: 'TP1 ✅ TP2 ✅ TP3 ⏳ TP4 ⏳' on one line or one target a line, with or without each target's price, pending targets marked ⏳ ⌛ 🔜 ⬜ or 'pending', 'Targets: 1 ✅ | 2 ✅ | 3 ⏳', a board with the stop moved to the entry under it; the highest target ticked is the one hit",
)
@own_stream
def fu5_progress_boards(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    total = rng.randint(3, 5)
    tps = d.away(total)
    done = rng.randint(1, total - 1)
    tick = rng.choice(["✅", "✔️", "✅", "☑️"])
    wait = rng.choice(["⏳", "⌛️", "🔜", "⬜️", "pending", "⏳"])
    head = rng.choice(
        [
            f"#{d.base}/USDT update",
            f"📊 {d.base} LONG progress" if d.long else f"📊 {d.base} SHORT progress",
            f"${d.base}",
            f"#{d.base}USDT",
            f"{d.base}/USDT status:",
        ]
    )
    form = rng.randrange(5)
    marks = [tick if i <= done else wait for i in range(1, total + 1)]
    price = None
    if form == 0:
        body = " ".join(f"TP{i} {m}" for i, m in enumerate(marks, 1))
        text = f"{head} {body}" if rng.random() < 0.5 else f"{head}\n{body}"
    elif form == 1:
        text = head + "\n" + "\n".join(f"TP{i} {m}" for i, m in enumerate(marks, 1))
    elif form == 2:
        text = (
            head
            + "\n"
            + "\n".join(
                f"🎯 TP{i} {num(v, d.dec, fmt)} {m}"
                for i, (v, m) in enumerate(zip(tps, marks, strict=True), 1)
            )
        )
        price = tps[done - 1]
    elif form == 3:
        text = f"{head}\nTargets: " + " | ".join(f"{i} {m}" for i, m in enumerate(marks, 1))
    else:
        text = head + "\n" + "\n".join(f"TP{i} {m}" for i, m in enumerate(marks, 1))
        text += "\n" + rng.choice(["SL moved to entry 🔒", "SL → BE", "Stop at breakeven now"])
        return text, fu(d.base, "target_hit", "stop_moved", target_index=done, stop_to_entry=True)
    return text, fu(d.base, "target_hit", target_index=done, price=price)


@style(
    "fu5_price_only_hits",
    "a target hit written with its price and no target number: '0.5123 reached 🎯', 'Target 158.4 reached ✅', '#SOL hit 151.3 ✅', '3,480.5 done 🎯 $ETH', 'tapped 0.0238 🎯', with and without the coin; the copy matches the price to its own targets",
)
@own_stream
def fu5_price_only_hits(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    c, sym = _maybe_coin(d, rng)
    p = d.away(3)[rng.randrange(3)]
    x = num(p, d.dec, fmt)
    t = rng.choice(
        [
            "{c} {x} reached 🎯",
            "Target {x} reached ✅ {c}",
            "{c} hit {x} ✅🎯",
            "{x} done 🎯 {c}",
            "{c} tapped {x} 🎯",
            "{c} target {x} hit ✅",
            "🎯 {x} reached {c}",
            "{c} — price reached our target {x} ✅",
        ]
    )
    return _with_coin(t.replace("{x}", x), c), fu(sym, "target_hit", price=p)


_FU5_LOWER = [
    "sol",
    "dot",
    "link",
    "avax",
    "op",
    "arb",
    "inj",
    "tia",
    "ada",
    "xrp",
    "sui",
    "apt",
    "atom",
    "ltc",
    "doge",
    "wif",
    "sei",
    "eth",
    "btc",
    "bnb",
]


@style(
    "fu5_lowercase_coins",
    "updates typed in lowercase with the coin bare: two coins in one message ('dot hit tp1 link hit tp2', 'sol tp1 ✅ avax tp2 ✅', 'op sl to be, arb tp1 done': review, never one coin's action on the other), and one coin ('dot hit tp1', 'avax sl to be', 'link stopped out', 'ltc close half')",
)
@own_stream
def fu5_lowercase_coins(rng: random.Random) -> tuple[str, dict[str, Any]]:
    a, b = rng.sample(_FU5_LOWER, 2)
    k1, k2 = rng.randint(1, 3), rng.randint(1, 3)

    def clause(coin: str, k: int) -> tuple[str, dict[str, Any]]:
        form = rng.randrange(5)
        if form == 0:
            return rng.choice([f"{coin} hit tp{k}", f"{coin} tp{k} ✅", f"{coin} tp{k} done"]), fu(
                coin.upper(), "target_hit", target_index=k
            )
        if form == 1:
            return rng.choice(
                [f"{coin} sl to be", f"{coin} sl to entry", f"{coin} move sl to be"]
            ), fu(coin.upper(), "stop_moved", stop_to_entry=True)
        if form == 2:
            return rng.choice([f"{coin} stopped out", f"{coin} sl hit"]), fu(
                coin.upper(), "stop_hit"
            )
        if form == 3:
            return rng.choice([f"{coin} close half", f"{coin} closed 50%"]), fu(
                coin.upper(), "close", close_fraction=0.5
            )
        return rng.choice([f"{coin} cancelled", f"{coin} cancel the order"]), fu(
            coin.upper(), "cancel"
        )

    first, exp = clause(a, k1)
    if rng.random() < 0.6:
        second, _ = clause(b, k2)
        joint = rng.choice([" ", ", ", " and ", " / ", "\n", " | "])
        return first + joint + second, {"kind": "needs_review"}
    return first, exp


@style(
    "fu5_book_secure_profits",
    "partial closes worded as booking and securing: 'Book 30% profits', '#SOL book 50% profit here 💰', 'Booking 40% now, let the rest ride', 'Secure profits 💰', 'Secure some profits here' (no share: review in the copy), 'Secure 25% profits and move SL to entry', 'Book half profits'",
)
@own_stream
def fu5_book_secure_profits(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    c, sym = _maybe_coin(d, rng)
    p = rng.choice([20, 25, 30, 40, 50, 60, 70])
    form = rng.randrange(6)
    if form == 0:
        t = rng.choice(
            [
                "Book {p}% profits {c}",
                "{c} book {p}% profit here 💰",
                "{c} Book {p}% profits now ✅",
            ]
        )
        return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)
    if form == 1:
        t = rng.choice(
            ["Booking {p}% now, let the rest ride {c}", "{c} booking {p}% profits, rest runs 🏃"]
        )
        return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)
    if form == 2:
        t = rng.choice(
            ["Secure profits {c} 💰", "{c} secure some profits here", "Secure profits now 🔐 {c}"]
        )
        return _with_coin(t, c), fu(sym, "close")
    if form == 3:
        t = rng.choice(
            ["Secure {p}% profits and move SL to entry {c}", "{c} secure {p}% profit, SL to BE"]
        )
        return _with_coin(t.replace("{p}", str(p)), c), fu(
            sym, "close", "stop_moved", close_fraction=p / 100, stop_to_entry=True
        )
    if form == 4:
        t = rng.choice(
            ["Book half profits {c}", "{c} book half here 💰", "Secure half of the profits {c}"]
        )
        return _with_coin(t, c), fu(sym, "close", close_fraction=0.5)
    t = rng.choice(["{c} secure {p}% profits here", "Secured {p}% profits on {c} ✅"])
    if "on {c}" in t and not c:
        t = t.replace(" on {c}", "")
    return _with_coin(t.replace("{p}", str(p)), c), fu(sym, "close", close_fraction=p / 100)


@style(
    "fu5_stop_management",
    "stop updates as admins type them: 'SL to BE', '#SOL SL ➜ BE', 'Move SL to TP1', 'SL → TP2 now', 'Trail stop to 0.5312', 'trailing SL → 3,401', 'Raise SL to 1.23', 'Lower stop to 148.9', 'SL moved up to 0.0241 📈'; 'Trail your stop now' with no price goes to review",
)
@own_stream
def fu5_stop_management(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    c, sym = _maybe_coin(d, rng)
    form = rng.randrange(6)
    if form == 0:
        t = rng.choice(["SL to BE {c}", "{c} SL ➜ BE", "{c} SL to BE ✅", "Move SL to BE on {c}"])
        if "on {c}" in t and not c:
            t = t.replace(" on {c}", "")
        return _with_coin(t, c), fu(sym, "stop_moved", stop_to_entry=True)
    if form == 1:
        k = rng.randint(1, 2)
        t = rng.choice(
            [
                "Move SL to TP{k} {c}",
                "{c} SL → TP{k} now",
                "{c}: move stop to TP{k} 🔒",
                "SL to TP{k} ✅ {c}",
            ]
        )
        return _with_coin(t.replace("{k}", str(k)), c), fu(sym, "stop_moved", stop_to_target=k)
    s = d.away(1, 0.006)[0]
    x = num(s, d.dec, fmt)
    if form == 2:
        t = rng.choice(
            ["Trail stop to {x} {c}", "{c} trailing SL → {x}", "{c} trail the stop to {x} 🔒"]
        )
        return _with_coin(t.replace("{x}", x), c), fu(sym, "stop_moved", new_stop=s)
    if form == 3:
        verb = "Raise" if d.long else "Lower"
        t = rng.choice([verb + " SL to {x} {c}", "{c} " + verb.lower() + " stop to {x}"])
        return _with_coin(t.replace("{x}", x), c), fu(sym, "stop_moved", new_stop=s)
    if form == 4:
        way = "up" if d.long else "down"
        t = rng.choice(["{c} SL moved " + way + " to {x} 📈", "SL moved " + way + " to {x} ✅ {c}"])
        return _with_coin(t.replace("{x}", x), c), fu(sym, "stop_moved", new_stop=s)
    t = rng.choice(
        ["Trail your stop now {c}", "{c} start trailing the stop 🔒", "Trail stop {c} ✅"]
    )
    return _with_coin(t, c), {"kind": "needs_review"}


@style(
    "fu5_cancel_not_reached",
    "cancels for an entry never reached: '#SOL Cancelled ❌ — entry not reached', 'order expired ⌛ entry never filled — cancelled', 'Entry missed on ETH, cancel the limit order', 'Cancel $ARB ❌ — it ran before our entry', 'Not triggered, removing the DOT order ❌'; 'Cancel it if the entry is not hit by tomorrow' waits for a condition: review",
)
@own_stream
def fu5_cancel_not_reached(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    c = _coin(d, rng)
    form = rng.randrange(8)
    if form == 7:
        t = rng.choice(
            [
                "Cancel {c} if the entry is not hit by tomorrow",
                "{c}: cancel the order if not filled within 24h",
            ]
        )
        return _with_coin(t, c), {"kind": "needs_review"}
    t = [
        "{c} Cancelled ❌ — entry not reached",
        "❌ {c} cancelled: price ran without us, entry not triggered",
        "{c} order expired ⌛ entry never filled — cancelled",
        "Entry missed on {c}, cancel the limit order",
        "Cancel {c} ❌ — it ran before our entry",
        "{c} — signal cancelled, entry was not hit",
        "Not triggered, removing the {c} order ❌",
    ][form]
    return _with_coin(t, c), fu(d.base, "cancel")


@style(
    "fu5_results_with_leverage",
    "results with the leverage: '#SOL Stopped out -12% (20x) ❌', 'stopped -8.4% with 10x leverage', 'Closed in profit +85% (20x) ✅', 'closed in loss -6% (5x)', 'closed at +42.5% 🚀 (10x leverage)', '❌ SL hit -38% (25x)', 'Closed at breakeven (10x)', 'Closed +31% profit at 151.2'",
)
@own_stream
def fu5_results_with_leverage(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    c = _coin(d, rng)
    lev = rng.choice([5, 10, 20, 25, 50])
    pct = f"{rng.uniform(3, 190):.{rng.choice([0, 1])}f}"
    form = rng.randrange(8)
    b = d.base
    if form == 0:
        return f"{c} Stopped out -{pct}% ({lev}x) ❌", fu(b, "stop_hit")
    if form == 1:
        return f"{c} stopped -{pct}% with {lev}x leverage", fu(b, "stop_hit")
    if form == 2:
        return rng.choice(
            [
                f"{c} Closed in profit +{pct}% ({lev}x) ✅",
                f"Closed in profit ✅ +{pct}% {c} ({lev}x)",
            ]
        ), fu(b, "close", close_fraction=1.0)
    if form == 3:
        return f"{c} closed in loss -{pct}% ({lev}x)", fu(b, "close", close_fraction=1.0)
    if form == 4:
        return f"{c} closed at +{pct}% 🚀 ({lev}x leverage)", fu(b, "close", close_fraction=1.0)
    if form == 5:
        return f"❌ {c} SL hit -{pct}% ({lev}x)", fu(b, "stop_hit")
    if form == 6:
        return rng.choice(
            [f"{c} Closed at breakeven ({lev}x)", f"{c} stopped at breakeven, 0% ({lev}x)"]
        ), fu(b, "stop_hit")
    p = d.away(2)[1]
    return f"{c} Closed +{pct}% profit at {num(p, d.dec, fmt)} ({lev}x)", fu(
        b, "close", close_fraction=1.0, price=p
    )


@style(
    "fu5_reentry_add_dca",
    "re-entries, adds and ladder fills: '#SOL Re-entry zone 142.1-140.3' (a zone: review), 're-entry at 0.5123', 'Add more $ETH at 3,380', 'Added more SOL at 141.2', 'Add to position on ARB at 1.08', 'DCA filled ✅', 'DCA 2 filled at 0.512', 'second entry (DCA) filled'",
)
@own_stream
def fu5_reentry_add_dca(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    c = _coin(d, rng)
    b = d.base
    p = d.against(0.01)
    x = num(p, d.dec, fmt)
    form = rng.randrange(7)
    if form == 0:
        q = d.against(0.02)
        lo, hi = sorted([p, q])
        z = f"{num(hi if d.long else lo, d.dec, fmt)}-{num(lo if d.long else hi, d.dec, fmt)}"
        t = rng.choice(
            ["{c} Re-entry zone {z}", "Re-entry zone: {z} {c}", "{c} re-entry zone {z} 🔁"]
        )
        return _with_coin(t.replace("{z}", z), c), {"kind": "needs_review"}
    if form == 1:
        t = rng.choice(["{c} re-entry at {x}", "Re-entry {c} at {x} 🔁"])
        return _with_coin(t.replace("{x}", x), c), fu(b, "reentry", price=p)
    if form == 2:
        t = rng.choice(
            ["Add more {c} at {x}", "{c} add more at {x} 📥", "Add to position on {c} at {x}"]
        )
        return _with_coin(t.replace("{x}", x), c), fu(b, "reentry", price=p)
    if form == 3:
        return f"Added more {c} at {x}", fu(b, "reentry", price=p)
    if form == 4:
        t = rng.choice(["DCA filled ✅ {c}", "{c} DCA filled", "{c} second entry (DCA) filled ✅"])
        return _with_coin(t, c), fu(b, "entry_filled")
    if form == 5:
        k = rng.randint(2, 3)
        t = rng.choice(["{c} DCA {k} filled at {x}", "DCA {k} filled @ {x} {c}"])
        return _with_coin(t.replace("{k}", str(k)).replace("{x}", x), c), fu(
            b, "entry_filled", price=p
        )
    return f"{c} all DCA orders filled ✅", fu(b, "entry_filled")


@style(
    "fu5_daily_pnl_recaps",
    "daily and weekly P/L recaps listing several coins, each with its result and target or stop ('📊 Daily P/L 05.12 / SOL +32.4% ✅ (TP2) / ETH −12.1% ❌ (SL) / Total +20.3%', 'Today's results: #DOT TP3 ✅ +45% | #LINK SL ❌ -20%', numbered lists): talk, no update",
)
@own_stream
def fu5_daily_pnl_recaps(rng: random.Random) -> tuple[str, dict[str, Any]]:
    coins = rng.sample([m[0] for m in MARKETS + SMALL_CAPS], rng.randint(2, 5))
    rows = []
    for coin in coins:
        won = rng.random() < 0.7
        pct = f"{rng.uniform(3, 160):.1f}"
        if won:
            k = rng.randint(1, 4)
            rows.append((coin, f"+{pct}%", rng.choice([f"TP{k} ✅", f"(TP{k})", "✅ closed"])))
        else:
            rows.append(
                (
                    coin,
                    f"{rng.choice(['-', '−'])}{pct}%",
                    rng.choice(["❌ SL", "(SL)", "stopped ❌"]),
                )
            )
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}"
    form = rng.randrange(4)
    if form == 0:
        body = "\n".join(f"{c} {p} {m}" for c, p, m in rows)
        text = f"📊 Daily P/L — {day}\n{body}\nTotal: +{rng.uniform(5, 200):.1f}%"
    elif form == 1:
        text = "Today's results: " + " | ".join(f"#{c} {m} {p}" for c, p, m in rows)
    elif form == 2:
        body = "\n".join(f"{i}. {c} {p} {m}" for i, (c, p, m) in enumerate(rows, 1))
        text = f"Yesterday's recap 🧾\n{body}"
    else:
        text = f"Weekly P&L: +{rng.uniform(20, 300):.0f}% 🚀 " + ", ".join(
            f"{c} {p}" for c, p, _ in rows
        )
    return text, {"kind": "not_signal"}


@style(
    "fu5_scheduled_conditional",
    "updates only planned or waiting for a condition, which must move nothing: 'Will move SL to BE once TP1 hits', 'If SOL closes 4H below 142 we exit', 'Tomorrow I'll book 30% on ETH', 'At TP2 we'll close half', 'Closing ARB at the weekly open tomorrow' (review), and expectations ('TP2 is next, hold 💎', 'TP3 loading ⏳': talk)",
)
@own_stream
def fu5_scheduled_conditional(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    fmt = rng.choice(["plain", "comma"])
    c = _coin(d, rng)
    x = num(d.against(0.01), d.dec, fmt)
    form = rng.randrange(8)
    review = [
        "Will move SL to BE once TP1 hits {c}",
        "If {c} closes 4H below {x} we exit",
        "Tomorrow I'll book 30% on {c}",
        "At TP2 we'll close half of {c}",
        "Closing {c} at the weekly open tomorrow",
        "{c}: planning to cancel if not filled by Monday",
    ]
    if form < len(review):
        return _with_coin(review[form].replace("{x}", x), c), {"kind": "needs_review"}
    k = rng.randint(2, 4)
    t = rng.choice(["{c} TP{k} is next, hold 💎", "{c} TP{k} loading ⏳ patience"])
    return _with_coin(t.replace("{k}", str(k)), c), {"kind": "not_signal"}


_FU5_WORDS = {
    # language: (target k hit, stop hit, stop to entry, close half, cancel)
    "ko": (
        "{c} {k}차 목표 도달 ✅",
        "{c} 손절 ❌",
        "{c} 스탑 본절로 이동",
        "{c} 절반 익절",
        "{c} 주문 취소",
    ),
    "ja": (
        "{c} 第{k}目標達成 ✅",
        "{c} 損切り ❌",
        "{c} ストップを建値に移動",
        "{c} 半分利確",
        "{c} 注文キャンセル",
    ),
    "th": (
        "{c} ถึง TP{k} แล้ว ✅",
        "{c} โดน SL ❌",
        "{c} เลื่อน SL ไปที่จุดเข้า",
        "{c} ปิดครึ่งหนึ่ง",
        "{c} ยกเลิกออเดอร์",
    ),
    "uk": (
        "{c} тейк {k} взято ✅",
        "{c} вибило по стопу ❌",
        "{c} стоп у беззбиток",
        "{c} закриваємо половину",
        "{c} скасовуємо ордер",
    ),
    "nl": (
        "{c} TP{k} geraakt ✅",
        "{c} stop geraakt ❌",
        "{c} stop naar instap",
        "{c} sluit de helft",
        "{c} order geannuleerd",
    ),
    "ro": (
        "{c} TP{k} atins ✅",
        "{c} stop atins ❌",
        "{c} mutăm SL la intrare",
        "{c} închidem jumătate",
        "{c} ordin anulat",
    ),
}


@style(
    "fu5_update_words_six_languages",
    "updates in Korean, Japanese, Thai, Ukrainian, Dutch and Romanian: a target reached ('2차 목표 도달', '第2目標達成', 'ถึง TP2 แล้ว', 'тейк 2 взято', 'TP2 geraakt', 'TP2 atins'), the stop hit ('손절', '損切り', 'โดน SL', 'вибило по стопу', 'stop geraakt', 'stop atins'), the stop to the entry, half closed and the order cancelled, the coin named",
)
@own_stream
def fu5_update_words_six_languages(rng: random.Random) -> tuple[str, dict[str, Any]]:
    d = Draw(rng, _FU5_MARKETS)
    c = _coin(d, rng)
    words = _FU5_WORDS[rng.choice(list(_FU5_WORDS))]
    form = rng.randrange(5)
    k = rng.randint(1, 3)
    text = words[form].replace("{c}", c).replace("{k}", str(k))
    b = d.base
    exp = [
        fu(b, "target_hit", target_index=k),
        fu(b, "stop_hit"),
        fu(b, "stop_moved", stop_to_entry=True),
        fu(b, "close", close_fraction=0.5),
        fu(b, "cancel"),
    ][form]
    return text, exp


def main() -> None:
    rng = random.Random(20261205)
    files: dict[str, list[str]] = {}
    for name, (_description, fn) in STYLES.items():
        count = PER_STYLE * (2 if name in ("manual_follow_ups", "bot_follow_ups") else 1)
        target = "holdout.jsonl" if name in HOLDOUT else f"{name}.jsonl"
        target = f"pending/{target}" if name in PENDING else target
        for i in range(1, count + 1):
            text, expected = fn(rng)
            row: dict[str, Any] = {"id": f"{name}-{i:03d}", "style": name, "text": text}
            if "previous" in expected:
                row["previous"] = expected.pop("previous")
            row["expected"] = expected
            files.setdefault(target, []).append(json.dumps(row, ensure_ascii=False))
    for old in [*HERE.glob("*.jsonl"), *HERE.glob("pending/*.jsonl")]:
        old.unlink()
    (HERE / "pending").mkdir(exist_ok=True)
    for target, rows in files.items():
        (HERE / target).write_text("\n".join(rows) + "\n", encoding="utf-8")
    total = sum(len(r) for r in files.values())
    print(f"{total} messages in {len(STYLES)} styles, {len(files['holdout.jsonl'])} held out")


if __name__ == "__main__":
    main()
