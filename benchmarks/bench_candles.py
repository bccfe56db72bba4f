"""Market data speed: loading a year of 1-minute candles for 20 contracts (about 10.5 M
candles; target well under 1 s, as the engine's 2 s backtest includes it) and importing
Binance archive files (rows a second, from monthly 1m kline ZIPs).

    python3 benchmarks/bench_candles.py [--symbols 20] [--days 365] [--import-files 12]

Writes the candles into a fresh database first (timed as a write figure), then loads them
through the market data service (best of five; the file is in the OS cache, as after any
recent use; the wall time varies with what else the machine runs, the CPU time less), then
writes monthly archive ZIPs in Binance's layout and imports them.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from tradermanager.domain.market import DAY_MS, MINUTE_MS, Candles, to_ms
from tradermanager.services import open_services

START = datetime(2025, 1, 1, tzinfo=UTC)
HEADER = (
    "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,"
    "taker_buy_quote_volume,ignore\n"
)


def make_candles(symbol: str, start_ms: int, n: int, rng: np.random.Generator) -> Candles:
    """A random walk with wicks, one candle a minute."""
    steps = rng.normal(0.0, 0.6 / np.sqrt(525_600), n)
    close = 100.0 * np.exp(np.cumsum(steps))
    open_ = np.concatenate([[100.0], close[:-1]])
    wick = np.abs(rng.normal(0.0, 0.0005, n)) * close
    high = np.maximum(open_, close) + wick
    low = np.minimum(open_, close) - wick
    volume = rng.gamma(2.0, 50.0, n)
    times = start_ms + np.arange(n, dtype=np.int64) * MINUTE_MS
    return Candles(symbol, "1m", times, open_, high, low, close, volume)


def archive_zip(folder: Path, candles: Candles, month: str) -> Path:
    """One monthly kline ZIP as the archive serves it (header row, twelve columns)."""
    t = candles.open_time
    rows = np.column_stack(
        [
            t,
            candles.open,
            candles.high,
            candles.low,
            candles.close,
            candles.volume,
            t + MINUTE_MS - 1,
            candles.volume * candles.close,
            np.full(len(t), 100),
            candles.volume / 2,
            candles.volume * candles.close / 2,
            np.zeros(len(t)),
        ]
    )
    lines = [
        f"{int(r[0])},{r[1]:.2f},{r[2]:.2f},{r[3]:.2f},{r[4]:.2f},{r[5]:.3f},{int(r[6])},"
        f"{r[7]:.5f},{int(r[8])},{r[9]:.3f},{r[10]:.5f},0\n"
        for r in rows
    ]
    name = f"{candles.symbol}-1m-{month}"
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{name}.csv", HEADER + "".join(lines))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--symbols", type=int, default=20)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--import-files", type=int, default=12, help="monthly 1m ZIPs")
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    start_ms = to_ms(START)
    n = args.days * 1440
    symbols = [f"SYM{k:02d}USDT" for k in range(args.symbols)]
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(str(Path(tmp) / "bench.sqlite"))
        try:
            written = 0
            write_s = 0.0
            for symbol in symbols:
                candles = make_candles(symbol, start_ms, n, rng)
                t0 = time.perf_counter()  # the writes only, not the generation
                services.market.save_candles([candles])
                write_s += time.perf_counter() - t0
                written += len(candles)
            end_ms = start_ms + args.days * DAY_MS
            times, cpu = [], []
            for _ in range(5):
                t0, c0 = time.perf_counter(), time.process_time()
                loaded = services.market.candles(symbols, "1m", start_ms, end_ms)
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                rows = sum(len(c) for c in loaded.values())
                del loaded
            assert rows == written, (rows, written)

            folder = Path(tmp) / "archive"
            folder.mkdir()
            files = []
            for k in range(args.import_files):
                month = datetime(2024 + k // 12, k % 12 + 1, 1, tzinfo=UTC)
                nxt = datetime(2024 + (k + 1) // 12, (k + 1) % 12 + 1, 1, tzinfo=UTC)
                minutes = (to_ms(nxt) - to_ms(month)) // MINUTE_MS
                candles = make_candles("IMPORTUSDT", to_ms(month), minutes, rng)
                files.append(archive_zip(folder, candles, month.strftime("%Y-%m")))
            t0 = time.perf_counter()
            report = services.market.import_files(files)
            import_s = time.perf_counter() - t0
            imported = sum(f.rows for f in report.files)
            assert report.candles_added == imported
        finally:
            services.close()
    print(f"candles: {args.symbols} symbols × {args.days} days of 1m = {written / 1e6:.2f} M")
    print(
        f"  write (merge into an empty store): {write_s:.2f} s ({written / write_s / 1e6:.2f} M/s)"
    )
    print(
        f"  load through the service: best {min(times):.3f} s, median "
        f"{float(np.median(times)):.3f} s of {len(times)} ({rows / min(times) / 1e6:.1f} M "
        f"candles/s); CPU time best {min(cpu):.3f} s"
    )
    print(
        f"import: {len(files)} monthly 1m archive ZIPs, {imported / 1e6:.2f} M rows in "
        f"{import_s:.2f} s ({imported / import_s / 1e3:.0f} k rows/s, read + check + write)"
    )


if __name__ == "__main__":
    main()
