"""The Telegram connection dialog: validation as you type, save to the keyring, forget, a
status line that follows the listener, and no secret ever shown back."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from telegram_fakes import FakeTelegramClient, channel, memory_keyring, signed_in_session
from tradermanager.sources import telegram_credentials as creds
from tradermanager.ui.telegram_connect_dialog import TelegramConnectDialog

API_ID, API_HASH = "1234567", "0123456789abcdef0123456789abcdef"


@pytest.fixture
def backend():
    with memory_keyring() as kr:
        yield kr


@pytest.fixture
def dialog(qtbot, services, backend):
    services.traders.add(name="Sniper", source="telegram", source_ref="@signalsniper_vip")
    d = TelegramConnectDialog(services)
    qtbot.addWidget(d)
    yield d
    services.telegram.stop()


def fill(qtbot, dialog, api_id=API_ID, api_hash=API_HASH, session=None):
    for edit, text in (
        (dialog.api_id, api_id),
        (dialog.api_hash, api_hash),
        (dialog.session, signed_in_session() if session is None else session),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_save_is_enabled_only_for_valid_credentials(qtbot, dialog):
    assert not dialog.save_button.isEnabled() and dialog.problem.text() == ""
    fill(qtbot, dialog, api_hash="abc123")
    assert not dialog.save_button.isEnabled()
    assert dialog.problem.text().startswith("API hash: the 32 hexadecimal characters")
    fill(qtbot, dialog, api_id="12x")
    assert dialog.problem.text().startswith("API id:")
    fill(qtbot, dialog, session="not a session")
    assert dialog.problem.text().startswith("Session:")
    fill(qtbot, dialog)
    assert dialog.save_button.isEnabled() and dialog.problem.text() == ""


def test_secrets_are_masked_unless_shown(qtbot, dialog):
    assert dialog.api_hash.echoMode() == dialog.api_hash.EchoMode.Password
    assert dialog.session.echoMode() == dialog.session.EchoMode.Password
    dialog.show_secrets.setChecked(True)
    assert dialog.session.echoMode() == dialog.session.EchoMode.Normal


def test_save_to_keyring_then_forget(qtbot, dialog, backend, monkeypatch):
    session = signed_in_session()
    fill(qtbot, dialog, session=session)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert backend.entries[(creds.SERVICE, "session")] == session
    assert backend.entries[(creds.SERVICE, "api_hash")] == API_HASH
    assert dialog.api_hash.text() == "" and dialog.session.text() == ""  # not kept on screen
    assert "Credentials saved in the OS keyring." in dialog.status.text()
    assert API_HASH not in dialog.status.text() and session not in dialog.status.text()
    assert dialog.forget_button.isEnabled()
    monkeypatch.setattr(dialog, "confirm_forget", lambda: False)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert backend.entries  # not confirmed: kept
    monkeypatch.setattr(dialog, "confirm_forget", lambda: True)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert backend.entries == {}
    assert "No credentials saved." in dialog.status.text()
    assert not dialog.forget_button.isEnabled()


def test_the_status_line_follows_the_listener(qtbot, services, dialog):
    fill(qtbot, dialog)
    dialog.save()
    client = FakeTelegramClient([channel()])
    services.telegram.client_factory = lambda credentials: client
    services.telegram.start()
    assert client.listening.result(timeout=10)
    qtbot.waitUntil(lambda: "Listening" in dialog.status.text(), timeout=3000)
    assert "Sniper ← @signalsniper_vip" in dialog.status.text()


def test_a_missing_keyring_is_explained(qtbot, services):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        d = TelegramConnectDialog(services)
        qtbot.addWidget(d)
        assert "keyrings.alt" in d.status.text()
        fill(qtbot, d)
        d.save()
        assert "no OS keyring is available" in d.problem.text()
    finally:
        keyring.set_keyring(previous)


def test_without_the_extra_the_dialog_says_how_to_install(qtbot, services, monkeypatch):
    monkeypatch.setattr(creds, "extra_installed", lambda: False)
    d = TelegramConnectDialog(services)
    qtbot.addWidget(d)
    assert 'pip install "tradermanager[telegram]"' in d.status.text()
    assert not d.api_id.isEnabled() and not d.save_button.isEnabled()


def test_the_import_menu_opens_the_dialog(qtbot, services, backend, monkeypatch):
    from tradermanager.jobs.bridge import JobBridge
    from tradermanager.ui.main_window import MainWindow

    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    opened: list[str] = []
    monkeypatch.setattr(
        TelegramConnectDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0
    )
    action = window.actions_by_name["connectTelegram"]
    assert action in window.imports.menu.actions()
    action.trigger()
    assert opened == ["Live Telegram channels"]
    services.telegram.stop()
