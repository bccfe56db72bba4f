"""Settings → Notifications and the deliveries list, driven as a user would (pytest-qt):
save to the keyring, send a test off the GUI thread, see why a message failed, retry it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from notify_servers import CHAT_ID, CHAT_NOT_FOUND, TOKEN, bot_api_server, smtp_server
from tradermanager.domain.alert_routing import Channel
from tradermanager.ui.alert_rules_box import AlertRulesBox
from tradermanager.ui.alerts_dialog import AlertsDialog
from tradermanager.ui.settings_dialog import SettingsDialog


@pytest.fixture
def api():
    with bot_api_server() as server:
        yield server


@pytest.fixture
def page(qtbot, services):
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    services.notifications.telegram_tuning.update(sleep=lambda _s: None)
    yield dialog.notifications
    dialog.close()


def test_telegram_is_saved_to_the_keyring_and_a_test_message_goes_out(
    qtbot, page, services, api, test_keyring
):
    assert not page.test_buttons[Channel.TELEGRAM].isEnabled()  # nothing to test yet
    page.chat_id.setText(CHAT_ID)
    page.token.setText(TOKEN)
    page.base_url.setText(api.url)
    page.telegram_quiet.enabled.setChecked(True)
    qtbot.mouseClick(page.findChild(QPushButton, "telegramSave"), Qt.MouseButton.LeftButton)
    assert test_keyring.get_password("tradermanager-notify", "telegram_bot_token") == TOKEN
    assert page.token.text() == "" and "saved in the OS keyring" in page.token.placeholderText()
    assert str(services.notifications.settings().telegram.quiet) == "22:00–07:00"
    gui = threading.get_ident()
    seen: list[int] = []
    original = services.notifications.send_test

    def spy(channel):
        seen.append(threading.get_ident())
        return original(channel)

    services.notifications.send_test = spy  # type: ignore[method-assign]
    button = page.test_buttons[Channel.TELEGRAM]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # waiting for the answer, GUI free
    qtbot.waitUntil(
        lambda: "Test message sent" in page.status[Channel.TELEGRAM].text(), timeout=10_000
    )
    assert button.isEnabled() and seen and seen[0] != gui
    assert api.delivered[0].startswith("tradermanager test message")
    api.script = [CHAT_NOT_FOUND]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not sent" in page.status[Channel.TELEGRAM].text(), timeout=10_000)
    assert "chat not found" in page.status[Channel.TELEGRAM].text()


def test_bad_input_is_named_and_nothing_is_saved(qtbot, page, services):
    page.chat_id.setText("my chat")
    page.token.setText(TOKEN)
    page._save(Channel.TELEGRAM)
    assert "chat_id: got 'my chat'" in page.status[Channel.TELEGRAM].text()
    assert services.notifications.settings().telegram is None


def test_email_saves_and_sends_a_test(qtbot, page, services):
    with smtp_server() as box:
        page.host.setText("127.0.0.1")
        page.security.setCurrentText("none")
        page.port.setValue(box.port)
        page.to.setText("ann@example.com")
        page._save(Channel.EMAIL)
        assert services.notifications.settings().email.port == box.port
        page.send_test(Channel.EMAIL)
        qtbot.waitUntil(
            lambda: "Test message sent" in page.status[Channel.EMAIL].text(), timeout=10_000
        )
    assert box.messages[0]["Subject"] == "tradermanager test message"


def test_a_failed_delivery_shows_its_reason_and_can_be_retried(qtbot, services, api):
    services.notifications.configure_telegram(CHAT_ID, token=TOKEN, base_url=api.url)
    services.notifications.telegram_tuning.update(sleep=lambda _s: None)
    services.traders.add(name="Ann")
    box = AlertRulesBox(services)
    qtbot.addWidget(box)
    box.set_trader(services.traders.get("Ann").id)
    box.kind.setCurrentText("kill-switch")
    assert not box.threshold.isEnabled()
    box.to_telegram.setChecked(True)
    box.add.click()
    [rule] = services.alerts.rules()
    assert rule.channels == {Channel.TELEGRAM} and rule.effective_severity.value == "urgent"
    assert "→ tray + telegram, urgent" in box.rules.item(0).text()
    from tradermanager.domain.alerts import AlertIncident, AlertKind

    services.alerts.raise_incident(
        AlertIncident(AlertKind.KILL_SWITCH, rule.trader_id, "Kill switch used from the tray.")
    )
    api.script = [CHAT_NOT_FOUND]
    services.notifications.deliver_due()
    dialog = AlertsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(1) == "Deliveries (1 failed)"
    table = dialog.deliveries
    assert table.item(0, 3).text() == "failed" and "chat not found" in table.item(0, 6).text()
    assert dialog.retry.isEnabled()
    dialog.retry.click()
    assert table.item(0, 3).text() == "pending" and dialog.tabs.tabText(1) == "Deliveries"
    services.notifications.deliver_due()
    assert api.delivered[0].startswith("URGENT: Kill switch — Ann")
