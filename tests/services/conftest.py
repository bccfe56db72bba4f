"""Service fixtures: a dump of every table, to check that a failed operation changed nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

Dump = dict[str, list[tuple]]


@pytest.fixture
def dump_db(db_path: Path) -> Callable[[], Dump]:
    """Every row of every table, read through a separate connection (committed data only)."""

    def dump() -> Dump:
        conn = sqlite3.connect(db_path)
        try:
            names = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            return {
                n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names
            }
        finally:
            conn.close()

    return dump
