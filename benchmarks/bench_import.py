"""Import throughput and memory: Telegram exports and Binance trade histories.

    python3 benchmarks/bench_import.py [--messages 100000] [--megabytes 100] [--fills 200000]

Prints messages/s for a generated 100,000-message Telegram export, the peak Python memory
(tracemalloc) of importing a generated 100 MB one, and fills/s for a Binance futures trade
history. Exports are written message by message, so generating them costs little memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from tradermanager.services import open_services

TOKENS = ("BTC", "ETH", "SOL", "XRP", "AVAX", "DOGE", "LINK", "ADA")
CHATTER = (
    "Good morning traders ☕️ Big week ahead, stay disciplined and respect your stops.",
    "Market is choppy, be patient. We wait for confirmation before the next entry.",
    "Weekly results soon 🔥 Thank you all for being part of this community!",
)


def messages(n: int | None, seed: int = 1) -> Iterator[dict[str, object]]:
    """Telegram Desktop export messages (as written by "Export chat history", JSON):
    signals in one style, replies that hit targets or stops, chatter; ``None`` = endless."""
    rng = random.Random(seed)
    t = 1_750_000_000
    open_ids: list[int] = []
    k = 0
    while n is None or k < n:
        k += 1
        t += rng.randint(30, 900)
        roll = rng.random()
        reply = None
        if roll < 0.35 or not open_ids:
            token, price = rng.choice(TOKENS), round(rng.uniform(1, 1000), 2)
            long = rng.random() < 0.5
            sign = 1 if long else -1
            tps = [round(price * (1 + sign * 0.02 * i), 2) for i in (1, 2, 3)]
            stop = round(price * (1 - sign * 0.03), 2)
            text = (
                f"#{token}/USDT {'LONG' if long else 'SHORT'}\n"
                f"Leverage: Cross {rng.choice([5, 10, 20])}x\n"
                f"Entry: {price}\nTargets: {' / '.join(map(str, tps))}\nStop Loss: {stop}\n"
                f"Confidence: {rng.randint(55, 95)}%"
            )
            open_ids.append(k)
        elif roll < 0.7:
            reply = open_ids.pop(rng.randrange(len(open_ids)))
            text = rng.choice(["Target 1 ✅", "All targets achieved 🚀", "SL hit ❌", "Cancelled"])
        else:
            text = rng.choice(CHATTER)
        message: dict[str, object] = {
            "id": k,
            "type": "message",
            "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)),
            "date_unixtime": str(t),
            "from": "Bench channel",
            "from_id": "channel1",
            "text": text,
            "text_entities": [{"type": "plain", "text": text}],
        }
        if reply is not None:
            message["reply_to_message_id"] = reply
        yield message


def write_export(path: Path, n: int | None = None, megabytes: float | None = None) -> int:
    """Write an export of ``n`` messages, or of about ``megabytes``; returns the count."""
    limit = int(megabytes * 1_000_000) if megabytes else None
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n "name": "Bench channel",\n "type": "public_channel",\n "id": 1,\n')
        out.write(' "messages": [\n')
        for message in messages(n):
            out.write((",\n" if count else "") + json.dumps(message, ensure_ascii=False, indent=1))
            count += 1
            if limit is not None and count % 1000 == 0 and out.tell() >= limit:
                break
        out.write("\n ]\n}\n")
    return count


def write_binance(path: Path, fills: int, seed: int = 3) -> None:
    """A Binance USDⓈ-M "Trade History" export: newest first, open/add/reduce/close fills."""
    rng = random.Random(seed)
    rows = []
    t = 1_750_000_000
    trade_id = 5_000_000_000
    while len(rows) < fills:
        token = rng.choice(TOKENS)
        price = rng.uniform(1, 1000)
        side, back = ("BUY", "SELL") if rng.random() < 0.5 else ("SELL", "BUY")
        legs = [(side, rng.uniform(1, 5)) for _ in range(rng.randint(1, 3))]
        size = sum(q for _, q in legs)
        legs.append((back, size))
        entry = price
        for leg_side, qty in legs:
            t += rng.randint(60, 3600)
            trade_id += 1
            price *= 1 + rng.uniform(-0.01, 0.01)
            pnl = 0.0 if leg_side == side else (price - entry) * qty * (1 if side == "BUY" else -1)
            rows.append(
                f"{time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(t))},{token}USDT,{leg_side},"
                f"{price:.4f},{qty:.3f},{price * qty:.4f},{price * qty * 0.0004:.6f},USDT,"
                f"{pnl:.6f},USDT,{trade_id}"
            )
    header = "Time(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Fee Coin,Realized Profit,"
    header += "Quote Asset,Trade ID"
    path.write_text(header + "\n" + "\n".join(reversed(rows)) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--fills", type=int, default=200_000)
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = folder / "result.json"
        write_export(export, n=args.messages)
        services = open_services(str(folder / "speed.sqlite"))
        started = time.perf_counter()
        report = services.imports.import_telegram(export)
        seconds = time.perf_counter() - started
        services.close()
        print(
            f"telegram: {report.messages_read:,} messages ({export.stat().st_size / 1e6:.0f} MB) "
            f"in {seconds:.1f} s = {report.messages_read / seconds:,.0f} messages/s"
        )
        big = folder / "big.json"
        count = write_export(big, megabytes=args.megabytes)
        services = open_services(str(folder / "memory.sqlite"))
        tracemalloc.start()
        started = time.perf_counter()
        services.imports.import_telegram(big)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        services.close()
        print(
            f"telegram: {big.stat().st_size / 1e6:.0f} MB export, {count:,} messages: "
            f"peak traced memory {peak / 1e6:,.0f} MB (import {seconds:.1f} s under tracemalloc)"
        )
        if hasattr(services.imports, "import_binance"):
            history = folder / "trade_history.csv"
            write_binance(history, args.fills)
            services = open_services(str(folder / "binance.sqlite"))
            started = time.perf_counter()
            summary = services.imports.import_binance(history, trader="Bench")
            seconds = time.perf_counter() - started
            services.close()
            print(
                f"binance: {summary.rows_read:,} fills ({history.stat().st_size / 1e6:.0f} MB) "
                f"→ {summary.trades_created:,} trades in {seconds:.1f} s = "
                f"{summary.rows_read / seconds:,.0f} fills/s"
            )


if __name__ == "__main__":
    main()
