"""Schema v11 on release 0.1.0's file: the table of deleted signals arrives empty, every stored
message and signal survives, and a deletion can be recorded and read back."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tradermanager.store import review as review_repo
from tradermanager.store.connection import open_store
from tradermanager.store.migrations import LATEST_VERSION
from tradermanager.store.review_models import MessageDeletionRow

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_010_file_gains_an_empty_deletion_table_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    messages = rows(path, "SELECT * FROM source_message ORDER BY id")
    signals = rows(path, "SELECT id, trader_id, source_id, kind, price FROM signal ORDER BY id")
    closed = {r[0] for r in rows(path, "SELECT trade_ref FROM signal WHERE kind = 'close'")}
    signal_message = next(m for m in messages if m[5] == "signal" and m[2] not in closed)
    store = open_store(path)
    try:
        assert MessageDeletionRow.select().count() == 0
        assert review_repo.waiting_deletions() == []
        at = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)
        with store.write():
            review_repo.record_deletion(signal_message[1], signal_message[2], at, "waiting")
        (waiting,) = review_repo.waiting_deletions(signal_message[1])
        assert waiting.message.source_id == signal_message[2] and waiting.deleted_at == at
    finally:
        store.close()
    assert rows(path, "SELECT * FROM source_message ORDER BY id") == messages
    after = rows(path, "SELECT id, trader_id, source_id, kind, price FROM signal ORDER BY id")
    assert after == signals
    assert rows(path, "SELECT MAX(version) FROM schema_version")[0][0] == LATEST_VERSION >= 11
