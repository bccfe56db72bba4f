"""Every notification test runs on a keyring of its own (a file in the test's folder), never
the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from notify_servers import FileKeyring


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("TM_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "notify_servers.FileKeyring")
    previous = keyring.get_keyring()
    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
