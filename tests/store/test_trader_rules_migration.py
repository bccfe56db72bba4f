"""The execution-rules step: traders of the 0.1.0 file keep every setting and get the
default rules; the new rules are stored and read back."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from paper_market import flat_hours
from tradermanager.domain.clock import FixedClock
from tradermanager.domain.enums import Side, SignalKind, SizingMode
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import TraderSettings
from tradermanager.services import build_services
from tradermanager.services.my_copies import my_copies
from tradermanager.store.connection import open_store

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
OLD_COLUMNS = (
    "id, name, source, source_ref, multiplier, min_confidence, whitelist, blacklist, "
    "max_leverage, paper_only, active, priority, reference_capital, notes, created_at, "
    "updated_at, archived_at"
)


def _traders(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT {OLD_COLUMNS} FROM trader ORDER BY id").fetchall()


def test_release_traders_keep_their_settings_and_get_the_default_rules(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    before = _traders(path)
    services = build_services(open_store(path))
    try:
        traders = services.traders.list() + services.traders.list(status="archived")
        assert len(traders) == len(before)
        defaults = TraderSettings(name="-")
        for trader in traders:
            s = trader.settings
            assert s.sizing is SizingMode.MULTIPLIER and s.tp_split == ()
            assert (s.equity_pct, s.risk_pct) == (defaults.equity_pct, defaults.risk_pct)
            assert (s.break_even_after, s.trailing_stop, s.max_open) == (0, 0.0, 0)
            assert (s.limit_expiry_hours, s.copy_stop_loss, s.allocation) == (24.0, 0.0, 0.0)
        first = traders[0]
        services.traders.update(
            first.id, sizing="risk_pct", risk_pct=0.015, tp_split="60,40", max_open=2
        )
        again = services.traders.get(first.id).settings
        assert again.sizing is SizingMode.RISK_PCT and again.risk_pct == 0.015
        assert again.tp_split == (0.6, 0.4) and again.max_open == 2
    finally:
        services.close()
    after = _traders(path)
    # only the updated trader's updated_at moved; every other stored value is as it was
    assert [r[:15] + r[16:] for r in after] == [r[:15] + r[16:] for r in before]


def test_release_copies_stay_my_record_and_new_signals_count_through_the_engine(tmp_path):
    """0.1.0 recorded 127 copies of Meme Degen 20x. After the upgrade they are still my copies
    of it, unchanged, although the paper replay now re-plays those signals too; a signal
    stored after the upgrade counts through the engine's position."""
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    with sqlite3.connect(path) as conn:
        recorded = conn.execute(
            "SELECT symbol, pnl, status FROM copied_trade WHERE trader_id = 3 "
            "ORDER BY opened_at, signal_id"
        ).fetchall()
    at = datetime(2026, 12, 6, 10, tzinfo=UTC)  # after everything the file holds
    services = build_services(open_store(path), FixedClock(at + timedelta(hours=5)))
    try:
        before = [(c.symbol, c.pnl, c.status.value) for c in my_copies(3)]
        assert before == recorded and len(before) == 127
        services.traders.update(3, max_leverage=20)
        services.pipeline.process(
            3,
            Signal(
                source_id="after-upgrade",
                symbol="ZEC",
                side=Side.LONG,
                kind=SignalKind.OPEN,
                price=50.0,
                trader_time=at,
                received_time=at,
                leverage=5,
            ),
        )
        flat_hours(services, {"ZEC": 50.0}, at, at + timedelta(hours=5))
        services.paper.refresh()  # replays the old signals too
        after = my_copies(3)
        assert [(c.symbol, c.pnl, c.status.value) for c in after[:127]] == recorded
        (new,) = after[127:]
        assert new.symbol == "ZEC"
        assert new.margin == services.traders.size_per_trade(services.traders.get(3))
        assert new.entry_fill == 50.0 * 1.0005  # the 11:00 open with slippage
    finally:
        services.close()
