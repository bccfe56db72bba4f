"""The live-copies step: the 0.1.0 file upgrades, keeps its data, and stores live copies."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tradermanager.domain.enums import Side
from tradermanager.store import live_positions
from tradermanager.store.connection import open_store
from tradermanager.store.models import TraderRow

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
TABLES = ("trader", "signal", "decision", "trader_trade", "copied_trade")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def test_release_file_gains_the_live_tables_and_keeps_its_rows(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    before = _counts(path)
    store = open_store(path)
    try:
        trader = TraderRow.select().first()
        with store.write():
            row = live_positions.insert_request(
                live_positions.LiveRequest(
                    trader_id=trader.id,
                    signal_ref=f"{trader.id}:m1",
                    source_id="m1",
                    symbol="BTCUSDT",
                    side=Side.LONG,
                    leverage=5,
                    margin=200.0,
                    limit_price=None,
                    stop_loss=58000.0,
                    take_profits=(62000.0, 64000.0),
                    requested_ms=1,
                )
            )
            live_positions.insert_fill(
                row.id,
                symbol="BTCUSDT",
                trade_id="7",
                order_id="8",
                client_id="tm-x-e",
                time=2,
                kind="entry",
                reason="market",
                price=60000.0,
                quantity=0.016,
                fee=0.48,
                realized_pnl=0.0,
                maker=False,
            )
        assert live_positions.active_copy(trader.id, "BTCUSDT", Side.LONG) is not None
        assert [f.price for f in live_positions.fills_of([row.id])[row.id]] == [60000.0]
    finally:
        store.close()
    assert _counts(path) == before
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute('PRAGMA table_info("intended_order")')}
        assert "actual_order_id" in columns
        assert conn.execute("SELECT take_profits FROM live_position").fetchone() == (
            "62000.0,64000.0",
        )
