"""Signal-text parsing and Telegram import throughput.

    python3 benchmarks/bench_parser.py [--messages 100000]

Targets: >= 20,000 messages/s parsed; a 100,000-message export imported in <= 15 s. The
export is generated: signals in several styles, their follow-ups, and chatter.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

from tradermanager.services import open_services
from tradermanager.sources.signal_parser import parse_message

TOKENS = ("BTC", "ETH", "SOL", "XRP", "AVAX", "DOGE", "LINK", "ADA")
CHATTER = ("Good morning traders ☕️", "Market is choppy, be patient.", "Weekly results soon 🔥")


def messages(n: int, seed: int = 1) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    t = 1_750_000_000
    open_ids: list[int] = []
    for k in range(1, n + 1):
        t += rng.randint(30, 900)
        roll = rng.random()
        text: str
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
            "date_unixtime": str(t),
            "text": text,
        }
        if reply is not None:
            message["reply_to_message_id"] = reply
        out.append(message)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    data = messages(args.messages)
    texts = [str(m["text"]) for m in data]
    started = time.perf_counter()
    for text in texts:
        parse_message(text)
    parse_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "result.json"
        export.write_text(
            json.dumps(
                {"name": "Bench channel", "type": "public_channel", "id": 1, "messages": data}
            ),
            encoding="utf-8",
        )
        services = open_services(str(Path(tmp) / "bench.sqlite"))
        started = time.perf_counter()
        report = services.imports.import_telegram(export)
        import_s = time.perf_counter() - started
        services.close()
    print(f"cpus: {os.cpu_count()}")
    print(f"parse: {len(texts) / parse_s:,.0f} messages/s (target >= 20,000)")
    print(
        f"import of {report.messages_read:,} messages ({report.signals_found:,} signals, "
        f"{report.follow_ups_linked:,} follow-ups): {import_s:.1f} s (target <= 15 s)"
    )


if __name__ == "__main__":
    main()
