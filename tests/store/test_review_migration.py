"""Schema v9 on release 0.1.0's file: the review tables arrive empty, every stored message
survives, and the ones that needed review are in the queue."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tradermanager.store import review as review_repo
from tradermanager.store.connection import open_store
from tradermanager.store.review_models import ChannelTemplateRow, ReviewDecisionRow

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
MESSAGES = "SELECT trader_id, source_id, received_time, text, classification, reason, links_to "


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "release-0.1.0.sqlite"
    shutil.copy(FIXTURE, path)
    return path


def test_messages_survive_and_the_review_queue_reads_them(old_file: Path) -> None:
    before = rows(old_file, MESSAGES + "FROM source_message ORDER BY id")
    waiting = [r for r in before if r[4] == "needs_review"]
    store = open_store(old_file)
    try:
        assert ReviewDecisionRow.select().count() == 0
        assert ChannelTemplateRow.select().count() == 0
        assert rows(old_file, MESSAGES + "FROM source_message ORDER BY id") == before
        queued = review_repo.pending()
        assert len(waiting) == 1
        assert [(p.trader_id, p.message.source_id, p.message.text) for p in queued] == [
            (waiting[0][0], waiting[0][1], waiting[0][3])
        ]
    finally:
        store.close()
    versions = rows(old_file, "SELECT MAX(version) FROM schema_version")
    assert versions[0][0] >= 9
