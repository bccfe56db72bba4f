"""Signal received → entry order sent, through the order gateway, against the local emulator.

    PYTHONPATH=src python3 benchmarks/bench_gateway.py [--signals 200] [--gap-ms 300]

Starts the Binance USDⓈ-M emulator of the test suite on loopback and a fresh SQLite file, then
hands the gateway one copy plan every ``--gap-ms`` (signals alternate BTCUSDT / ETHUSDT).
The clock starts when the plan reaches ``open_copy`` and stops when the emulator receives the
entry's ``POST /fapi/v1/order``: the path covers sizing to the symbol's filters, writing the
intended order to SQLite (committed), ccxt's signing and its pacing to the exchange's weight
budget (with ``--gap-ms 0`` each entry waits behind the previous copy's stop and take-profits).
The first order of each symbol also sets isolated margin and leverage (the very first one also
reads the account's configuration); they are reported apart.
Prints p50, p99 and max (target: p99 ≤ 250 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "exchange")]

from binance_usdm_emulator import API_KEY, API_SECRET, BinanceUsdmEmulator  # noqa: E402

from tradermanager.domain.clock import FixedClock  # noqa: E402
from tradermanager.exchange.binance_usdm import BinanceUsdmConnector  # noqa: E402
from tradermanager.services.order_gateway import LiveCopyPlan, OrderGateway, TakeProfit  # noqa: E402
from tradermanager.store.connection import open_store  # noqa: E402

TARGET_MS = 250.0


def _plan(number: int) -> LiveCopyPlan:
    btc = number % 2 == 0
    price = Decimal(60000) if btc else Decimal(3000)
    return LiveCopyPlan(
        signal_ref=f"bench:{number}",
        trader_id=1,
        symbol="BTCUSDT" if btc else "ETHUSDT",
        long=True,
        quantity=Decimal("0.0042") if btc else Decimal("0.084"),
        reference_price=price,
        leverage=5,
        stop_price=price * Decimal("0.95"),
        take_profits=(
            TakeProfit(price * Decimal("1.05"), Decimal("0.5")),
            TakeProfit(price * Decimal("1.10"), Decimal("0.5")),
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=int, default=200)
    parser.add_argument("--gap-ms", type=float, default=300.0)
    args = parser.parse_args()
    sent_at: dict[str, float] = {}
    with BinanceUsdmEmulator() as emulator, tempfile.TemporaryDirectory() as folder:
        emulator.state.wallet = Decimal(10**9)
        handle = emulator.handle

        def timed(method, path, params, handler):  # type: ignore[no-untyped-def]
            if method == "POST" and path == "/fapi/v1/order":
                sent_at.setdefault(params.get("newClientOrderId", ""), time.perf_counter())
            return handle(method, path, params, handler)

        emulator.handle = timed  # type: ignore[method-assign]
        store = open_store(Path(folder) / "bench.sqlite")
        connector = BinanceUsdmConnector(API_KEY, API_SECRET, base_url=emulator.url)
        connector.load_markets()
        gateway = OrderGateway(store, connector, FixedClock(datetime.now(UTC)))
        first, steady = [], []
        for number in range(args.signals):
            plan = _plan(number)
            start = time.perf_counter()
            result = gateway.open_copy(plan)
            assert result.protected, result
            latency = (sent_at[result.entry.client_id] - start) * 1000
            (first if number < 2 else steady).append(latency)
            pause = args.gap_ms / 1000 - (time.perf_counter() - start)
            if pause > 0:
                time.sleep(pause)
        store.close()
    steady.sort()
    p99 = steady[min(len(steady) - 1, round(0.99 * (len(steady) - 1)))]
    print(f"signal → entry order sent, {len(steady)} signals, one every {args.gap_ms:g} ms")
    print(f"  p50 {statistics.median(steady):.1f} ms   p99 {p99:.1f} ms   max {steady[-1]:.1f} ms")
    print(
        f"  first order per symbol (margin + leverage set first): "
        f"{', '.join(f'{v:.1f} ms' for v in first)}"
    )
    print(f"  target p99 ≤ {TARGET_MS:g} ms: {'met' if p99 <= TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
