"""Schema v14 on release 0.1.0's file: the leverage bracket table arrives empty, every row of
the file survives, and a migrated file equals a new one (test_schema_migrations)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tradermanager.domain.engine.brackets import BracketOrigin, BracketTable, make_brackets
from tradermanager.store import brackets as repo
from tradermanager.store.connection import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
KEPT = ("trader", "signal", "trader_trade", "copied_trade", "decision", "alert_rule")


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in KEPT}
    finally:
        conn.close()


def test_release_file_gains_an_empty_bracket_table(tmp_path: Path) -> None:
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    before = counts(path)
    assert before["trader"] > 0 and before["signal"] > 0
    store = open_store(path)
    try:
        assert repo.load_tables() == {}
        table = BracketTable(
            "WIFUSDT", make_brackets([(5_000, 0.015, 50), (50_000, 0.02, 25)]), BracketOrigin.FILE
        )
        with store.write():
            repo.replace_tables([table], 1_700_000_000_000)
        (loaded,) = repo.load_tables(["WIFUSDT"]).values()
        assert loaded.brackets == table.brackets and loaded.as_of_ms == 1_700_000_000_000
    finally:
        store.close()
    assert counts(path) == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] >= 14
    finally:
        conn.close()
