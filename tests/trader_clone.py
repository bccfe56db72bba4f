"""A trader making exactly the same bets as another: its trades written to a generic
trade-history file and imported again under a new name (for redundancy checks)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from tradermanager.store import frames

COLUMNS = ("id", "timestamp", "exit_time", "trader", "symbol", "side", "leverage", "entry")
COLUMNS += ("exit", "quantity", "pnl")


def clone_trader(services, name: str, new_name: str, folder: Path) -> int:
    """Import ``name``'s trades again under ``new_name``; returns the new trader's id."""
    trades = frames.trades_frame([services.traders.get(name).id])
    path = folder / f"{new_name}.csv"
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for i, t in enumerate(trades.itertuples()):
            closed = pd.notna(t.exit_time)
            writer.writerow(
                [
                    f"clone-{i}",
                    t.entry_time.isoformat(),
                    t.exit_time.isoformat() if closed else "",
                    new_name,
                    t.symbol,
                    t.side,
                    t.leverage,
                    t.entry_price,
                    t.exit_price if closed else "",
                    t.notional / t.entry_price,
                    t.pnl if closed else "",
                ]
            )
    services.imports.import_trades(path)
    return services.traders.get(new_name).id
