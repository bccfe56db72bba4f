"""The intended-order step: the 0.1.0 file upgrades, keeps its data, and records live orders."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.live_orders import IntendedOrder, IntendedState, client_order_id
from tradermanager.store import intended_orders
from tradermanager.store.connection import open_store
from tradermanager.store.migrations import LATEST_VERSION

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {
            t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            for t in ("trader", "signal", "trader_trade", "copied_trade")
        }


def test_release_file_gains_the_table_and_keeps_its_rows(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    before = _counts(path)
    store = open_store(path)
    try:
        order = IntendedOrder(
            client_id=client_order_id("t1:m1", "e"),
            signal_ref="t1:m1",
            leg="entry",
            trader_id=1,
            symbol="BTCUSDT",
            side="buy",
            kind="market",
            quantity=Decimal("0.010"),
            price=None,
            trigger_price=None,
            reduce_only=False,
            leverage=5,
            state=IntendedState.INTENDED,
            created_ms=1,
            updated_ms=1,
        )
        with store.write():
            intended_orders.insert(order)
        assert intended_orders.get(order.client_id) == order
        assert intended_orders.unsettled() == [order]
    finally:
        store.close()
    assert _counts(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone() == (
            LATEST_VERSION,
        )
        assert conn.execute("SELECT quantity FROM intended_order").fetchone() == ("0.010",)


@given(
    st.text(min_size=1, max_size=200),
    st.sampled_from(["e", "sl", "tp1", "tp12"]),
    st.integers(min_value=0, max_value=999),
)
def test_client_order_ids_fit_binance(signal_ref, leg, revision):
    cid = client_order_id(signal_ref, leg, revision)
    assert len(cid) <= 36
    assert all(c.isascii() and (c.isalnum() or c in "-_.:/") for c in cid)
    assert cid == client_order_id(signal_ref, leg, revision)  # deterministic
    assert cid != client_order_id(signal_ref + "x", leg, revision)
