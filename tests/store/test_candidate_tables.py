"""The candidate tables: a file written by release 0.1.0 gains them and keeps its data; the
repository stores candidates and daily records and never loses one."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest

from tradermanager.domain.discover import (
    CandidateDay,
    CandidateRecord,
    CandidateSource,
    CandidateStatus,
)
from tradermanager.store import candidates as repo
from tradermanager.store.connection import open_store
from tradermanager.store.migrations import LATEST_VERSION

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def record(ref: str = "4458914342020236800", days: int = 3) -> CandidateRecord:
    return CandidateRecord(
        source=CandidateSource.BINANCE_COPY,
        source_ref=ref,
        name="Steady Eddie",
        days=tuple(
            CandidateDay(day=date(2026, 2, 1 + k), daily_return=0.01 * k, leverage=3.0)
            for k in range(days)
        ),
        aum=125_000.0,
        copiers=87,
        max_copiers=300,
        positions_shared=True,
        positions_json='{"hidden": false, "positions": []}',
    )


def test_the_release_file_migrates_through_the_candidates_step_and_keeps_its_data(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    before = rows(path, "SELECT id, name, source_ref FROM trader ORDER BY id")
    trades = rows(path, "SELECT COUNT(*) FROM trader_trade")
    assert "candidate" not in {r[0] for r in rows(path, "SELECT name FROM sqlite_master")}
    store = open_store(path)
    try:
        with store.write():
            cid = repo.upsert(record(), NOW, trader_id=before[0][0])
            repo.write_days(cid, record().days, NOW)
        assert repo.get(cid).trader_id == before[0][0]
        assert [d.daily_return for d in repo.days_of(cid)] == [0.0, 0.01, 0.02]
    finally:
        store.close()
    assert rows(path, "SELECT id, name, source_ref FROM trader ORDER BY id") == before
    assert rows(path, "SELECT COUNT(*) FROM trader_trade") == trades
    assert rows(path, "SELECT name, copiers FROM candidate") == [("Steady Eddie", 87)]
    assert rows(path, "SELECT MAX(version) FROM schema_version") == [(LATEST_VERSION,)]


def test_a_candidate_outlives_the_trader_it_became(services):
    store = services.store
    trader = services.traders.add(name="Soon gone")
    with store.write():
        cid = repo.upsert(record(), NOW, trader_id=trader.id)
    services.traders.delete(trader.id, purge=True)
    kept = repo.get(cid)
    assert kept.trader_id is None and kept.name == "Steady Eddie"


def test_reading_again_refreshes_figures_and_replaces_a_day(services):
    with services.store.write():
        cid = repo.upsert(record(), NOW)
        repo.write_days(cid, record().days, NOW)
        again = CandidateRecord(
            source=CandidateSource.BINANCE_COPY,
            source_ref=record().source_ref,
            name="Steady Eddie",
            days=(CandidateDay(day=date(2026, 2, 3), daily_return=0.05),),
            copiers=90,
        )
        assert repo.upsert(again, NOW) == cid
        repo.write_days(cid, again.days, NOW)
    c = repo.get(cid)
    assert c.copiers == 90 and c.aum == 125_000.0  # unread figures keep their last value
    assert [d.daily_return for d in repo.days_of(cid)] == [0.0, 0.01, 0.05]


def test_statuses_vanished_closed_and_blown_up_are_kept(services):
    later = datetime(2026, 3, 10, tzinfo=UTC)
    with services.store.write():
        a = repo.upsert(record("1111"), NOW)
        b = repo.upsert(record("2222"), NOW)
        gone = repo.mark_vanished(CandidateSource.BINANCE_COPY, {"2222"}, later, "not listed")
        assert gone == [a]
        repo.set_status(b, CandidateStatus.BLOWN_UP, "lost 95 %")
    assert repo.get(a).status is CandidateStatus.VANISHED
    assert repo.count() == 2
    with services.store.write():
        repo.upsert(record("1111"), later)  # listed again
        repo.upsert(record("2222"), later)
    assert repo.get(a).status is CandidateStatus.ACTIVE
    assert repo.get(b).status is CandidateStatus.BLOWN_UP  # sticky


def test_history_matrix_aligns_days_and_leaves_gaps_empty(services):
    with services.store.write():
        a = repo.upsert(record("1111"), NOW)
        b = repo.upsert(record("2222"), NOW)
        repo.write_days(a, record().days, NOW)
        repo.write_days(b, (CandidateDay(day=date(2026, 2, 5), daily_return=-0.02, hhi=0.5),), NOW)
    m = repo.history([b, a])
    assert list(m.days.astype(str)) == [f"2026-02-0{k}" for k in range(1, 6)]
    np.testing.assert_array_equal(m.returns[1, :3], [0.0, 0.01, 0.02])
    assert np.isnan(m.returns[1, 3:]).all() and np.isnan(m.returns[0, :4]).all()
    assert m.returns[0, 4] == -0.02 and m.hhi[0, 4] == 0.5 and m.leverage[1, 0] == 3.0
    cut = repo.history([a, b], end=date(2026, 2, 2))
    assert cut.returns.shape == (2, 2)


def test_unknown_candidate_is_not_found(services):
    from tradermanager.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        repo.get(99)
