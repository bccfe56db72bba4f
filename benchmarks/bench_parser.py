"""Signal-text parsing and Telegram import throughput.

    python3 benchmarks/bench_parser.py [--messages 100000]

Targets: >= 20,000 messages/s parsed; a 100,000-message export imported in <= 15 s. The
export is bench_import.py's: signals, their follow-ups and chatter.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench_import import messages, write_export  # the same generated export

from tradermanager.services import open_services
from tradermanager.sources.signal_parser import parse_message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    texts = [str(m["text"]) for m in messages(args.messages)]
    started = time.perf_counter()
    for text in texts:
        parse_message(text)
    parse_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "result.json"
        write_export(export, args.messages)
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
