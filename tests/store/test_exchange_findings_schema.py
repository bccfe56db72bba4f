"""The exchange-findings step: the 0.1.0 file upgrades, keeps its data, and stores findings."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tradermanager.store import exchange_findings
from tradermanager.store.connection import open_store

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
TABLES = ("trader", "signal", "decision", "trader_trade", "copied_trade")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def test_release_file_gains_the_findings_table_and_keeps_its_rows(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    before = _counts(path)
    seen = exchange_findings.Seen("unexplained_position", "ETHUSDT", "ETHUSDT: …", "k1")
    store = open_store(path)
    try:
        with store.write():
            assert exchange_findings.record_pass([seen], "demo", 1_000) == {"k1"}
        with store.write():
            assert exchange_findings.record_pass([seen], "demo", 2_000) == set()
        (kept,) = exchange_findings.listed()
        assert (kept.first_seen.timestamp(), kept.last_seen.timestamp()) == (1.0, 2.0)
    finally:
        store.close()
    assert _counts(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT key, target FROM exchange_finding").fetchall() == [
            ("k1", "demo")
        ]


def test_a_pass_resolves_what_it_no_longer_sees_and_stores_events_resolved(tmp_path):
    store = open_store(tmp_path / "new.sqlite")
    try:
        a = exchange_findings.Seen("size_differs", "BTCUSDT", "a", "a")
        b = exchange_findings.Seen("stop_restored", "BTCUSDT", "b", "b")
        with store.write():
            assert exchange_findings.record_pass([a, b, a], "live", 10) == {"a", "b"}
        with store.write():
            assert exchange_findings.record_pass([], "live", 20) == set()
        everything = exchange_findings.listed(include_resolved=True)
        assert sorted((f.key, f.status) for f in everything) == [
            ("a", "resolved"),
            ("b", "done"),
        ]
        assert [f.key for f in exchange_findings.listed()] == ["b"]  # not acknowledged yet
    finally:
        store.close()
