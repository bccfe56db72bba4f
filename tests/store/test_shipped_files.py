"""Files written by released versions upgrade to exactly the schema a new file gets, and keep
their data. ``fixtures/release-0.1.0.sqlite`` was written by release 0.1.0 itself (schema v3:
a demo portfolio, a Telegram export, a Binance trade-history import, alert rules, an archived
and a paused trader, cached metrics)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from tradermanager.store.connection import open_store
from tradermanager.store.migrations import LATEST_VERSION, migrate
from tradermanager.store.models import ALL_MODELS, database_proxy

FIXTURES = Path(__file__).parent / "fixtures"
RELEASES = {"0.1.0": (FIXTURES / "release-0.1.0.sqlite", 3)}
TABLES_WITH_USER_DATA = (
    "trader",
    "signal",
    "decision",
    "trader_trade",
    "copied_trade",
    "alert_rule",
    "alert_event",
    "source_message",
    "setting",
    "trader_event",
)


def schema(path: Path) -> dict[str, object]:
    """Everything that makes two schemas the same, independent of column order and of the
    order objects were created in."""
    conn = sqlite3.connect(path)
    try:
        result: dict[str, object] = {}
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            result[f"columns {table}"] = sorted(
                (c[1], c[2].upper(), c[3], c[4], c[5]) for c in columns
            )
            keys = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            result[f"foreign keys {table}"] = sorted((k[2], k[3], k[4], k[6]) for k in keys)
            indexes = []
            for index in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
                cols = [c[2] for c in conn.execute(f'PRAGMA index_info("{index[1]}")')]
                indexes.append((index[1], index[2], tuple(cols)))
            result[f"indexes {table}"] = sorted(indexes)
        result["triggers"] = sorted(
            conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
        return result
    finally:
        conn.close()


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
            for t in TABLES_WITH_USER_DATA
        }
    finally:
        conn.close()


def query_settings(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT key, value FROM setting").fetchall()
    finally:
        conn.close()


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    return path


def old_file(tmp_path: Path, version: int) -> Path:
    path = tmp_path / f"v{version}.sqlite"
    db = pw.SqliteDatabase(str(path))
    database_proxy.initialize(db)
    db.bind(ALL_MODELS)
    assert migrate(db, upto=version) == list(range(1, version + 1))
    db.close()
    return path


@pytest.mark.parametrize("release", sorted(RELEASES))
def test_a_released_file_upgrades_to_the_schema_of_a_new_file(release, tmp_path, new_file):
    fixture, shipped_version = RELEASES[release]
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    store = open_store(path)
    store.close()
    assert store.backup_path is not None or shipped_version == LATEST_VERSION
    assert schema(path) == schema(new_file)


@pytest.mark.parametrize("release", sorted(RELEASES))
def test_a_released_file_keeps_every_row(release, tmp_path):
    fixture, _ = RELEASES[release]
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = counts(path)
    settings = set(query_settings(path))
    open_store(path).close()
    after = counts(path)
    # the upgrade may add settings of its own; every stored one stays as it was
    assert after.pop("setting") >= before.pop("setting")
    assert settings <= set(query_settings(path))
    assert after == before
    assert before["trader"] > 0 and before["signal"] > 0 and before["trader_trade"] > 0


def test_the_release_fixture_is_the_shipped_version():
    fixture, shipped_version = RELEASES["0.1.0"]
    conn = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 3
    finally:
        conn.close()
    assert shipped_version == 3


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_a_file_of_every_older_version_upgrades_to_the_schema_of_a_new_file(
    version, tmp_path, new_file
):
    path = old_file(tmp_path, version)
    open_store(path).close()
    assert schema(path) == schema(new_file)


def test_the_released_file_opens_through_the_services(tmp_path):
    from tradermanager.services import build_services

    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASES["0.1.0"][0], path)
    services = build_services(open_store(path))
    try:
        names = {t.settings.name for t in services.traders.list()}
        archived = {t.settings.name for t in services.traders.list(status="archived")}
        assert {"BTC Swing Sage", "Chan One", "Acct"} <= names and archived == {"Archived One"}
        assert services.pipeline.signals("Chan One")
    finally:
        services.close()
