"""The window: its in-process API (a setting, off by default) and its reload when another
process writes."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest
from tests.api.serve_process import ROOT, free_port

from tradermanager.app import start_local_api, watch_other_writers
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services import Services
from tradermanager.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services: Services):
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    return win


@pytest.fixture
def token_path(tmp_path, monkeypatch):
    path = tmp_path / "api-token"
    monkeypatch.setattr("tradermanager.api.auth.default_token_path", lambda: path)
    return path


def _names(window: MainWindow) -> set[str]:
    return {row.name for row in window.model._rows}


def test_the_api_is_off_by_default(services, window, token_path):
    assert services.settings.get().api_enabled is False
    assert (
        start_local_api(services, watch_other_writers(services, JobBridge(), window), window)
        is None
    )
    assert not token_path.exists()


def test_the_window_serves_the_api_when_enabled(services, window, token_path, qtbot):
    port = free_port()
    services.settings.update(api_enabled=True, api_port=port)
    bridge = JobBridge()
    watcher = watch_other_writers(services, bridge, window)
    server = start_local_api(services, watcher, window)
    try:
        assert server is not None and server.port == port
        auth = {"Authorization": f"Bearer {token_path.read_text().strip()}"}
        created = httpx.post(
            f"http://127.0.0.1:{port}/api/traders", json={"name": "From a bot"}, headers=auth
        )
        assert created.status_code == 201
        qtbot.waitUntil(lambda: "From a bot" in _names(window), timeout=5000)
    finally:
        if server is not None:
            server.stop()
        watcher.stop()


def test_a_port_in_use_is_said_in_the_status_bar(services, window, token_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        services.settings.update(api_enabled=True, api_port=busy.getsockname()[1])
        watcher = watch_other_writers(services, JobBridge(), window)
        try:
            assert start_local_api(services, watcher, window) is None
        finally:
            watcher.stop()
    assert "did not start" in window.message.text  # the status bar's message line


def test_another_process_writing_makes_the_window_reload(services, window, db_path, qtbot):
    bridge = JobBridge()
    watcher = watch_other_writers(services, bridge, window)
    try:
        subprocess.run(
            [
                *(sys.executable, "-m", "tradermanager", "traders", "add"),
                *("--db", str(db_path), "--name", "Written elsewhere"),
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            timeout=60,
        )
        qtbot.waitUntil(lambda: "Written elsewhere" in _names(window), timeout=5000)
    finally:
        watcher.stop()


def test_settings_local_api_turns_the_api_on(services, qtbot):
    """The page of Settings → Local API (the dialog's other pages need a keyring)."""
    from tradermanager.ui.api_settings import ApiSettingsPage

    page = ApiSettingsPage(services)
    qtbot.addWidget(page)
    assert not page.enabled.isChecked() and page.port.value() == 8765
    page.enabled.setChecked(True)
    page.port.setValue(9123)
    page.save.click()
    assert services.settings.get().api_enabled is True
    assert services.settings.get().api_port == 9123
    assert "next time" in page.status.text()
