"""The execution-rules step: traders of the 0.1.0 file keep every setting and get the
default rules; the new rules are stored and read back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tradermanager.domain.enums import SizingMode
from tradermanager.domain.settings import TraderSettings
from tradermanager.services import build_services
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
