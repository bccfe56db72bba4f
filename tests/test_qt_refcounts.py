"""The installed Qt binding keeps Python's reference counts: a binding that drops a reference
to None or a bool on each call makes a long-running app abort ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_the_refcounts_of_none_and_bools():
    obj = QObject()
    before = {v: sys.getrefcount(v) for v in (None, True, False)}
    for _ in range(500):
        obj.setObjectName("x")
        obj.blockSignals(False)
        obj.signalsBlocked()
    after = {v: sys.getrefcount(v) for v in (None, True, False)}
    drift = {repr(v): after[v] - before[v] for v in before}
    assert all(abs(d) < 50 for d in drift.values()), (
        f"PySide6 {pyside_version} leaks references: {drift}; exclude it in pyproject.toml"
    )
