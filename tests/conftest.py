"""Shared fixtures: a fresh SQLite file per test, services at a fixed instant, headless Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from tradermanager.services import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tradermanager.domain.clock import FixedClock

# the shared assertions of the parser tests report their values as a test's own do
pytest.register_assert_rewrite("drawn_levels")

# On CI the generated examples are the same on every run, so a red build can be reproduced
# and a green one is not luck; elsewhere hypothesis keeps drawing new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tradermanager.sqlite"


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    from tradermanager.services import open_services

    svc = open_services(str(db_path), clock=clock)
    yield svc
    svc.close()
