"""The window's live controls against the emulator: the Connect dialog (key to the keyring,
status or a plain error, Forget), the kill switch from the toolbar and the tray with its
confirmation list, and the live state in the status bar."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from binance_usdm_emulator import API_KEY, API_SECRET
from live_fixtures import btc_long
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLineEdit

from notify_servers import FileKeyring
from tradermanager.exchange.credentials import SERVICE
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services.kill_switch import FlattenPlan
from tradermanager.services.reconciliation import Finding, ReconciliationReport
from tradermanager.ui.exchange_dialog import ExchangeDialog
from tradermanager.ui.kill_switch import FlattenConfirmDialog, FlattenReportDialog
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.tray import Tray


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TM_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _fill(dialog: ExchangeDialog, url: str, secret: str = API_SECRET) -> None:
    dialog.advanced.setChecked(True)
    dialog.url.setText(url)
    dialog.api_key.setText(API_KEY)
    dialog.secret.setText(secret)


def test_connect_shows_the_account_and_keeps_the_key_only_in_the_keyring(
    qtbot, services, emulator, test_keyring
):
    dialog = ExchangeDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.api_key.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.connect_button.isEnabled() and not dialog.forget_button.isEnabled()
    assert "Not connected" in dialog.state.text()
    emulator.state.can_withdraw = True
    _fill(dialog, emulator.url)
    assert dialog.connect_button.isEnabled() and not dialog.demo.isEnabled()
    with qtbot.waitSignal(dialog.connection_changed, timeout=20_000):
        dialog.connect_button.click()
    text = dialog.status.text()
    assert "10,000.00 USDT wallet" in text and "one-way" in text and "cross" in text
    assert "Can withdraw" in text and "WITHDRAW funds" in text  # the warning, in red
    assert dialog.state.text().startswith("Connected")
    assert dialog.api_key.text() == "" and dialog.secret.text() == ""
    assert test_keyring.get_password(SERVICE, "api_key") == API_KEY
    assert services.exchange.connected() and dialog.forget_button.isEnabled()


def test_a_refused_key_is_said_in_plain_words_and_not_kept(qtbot, services, emulator, test_keyring):
    dialog = ExchangeDialog(services)
    qtbot.addWidget(dialog)
    _fill(dialog, emulator.url, secret="WrongSecret0123456789")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=20_000)
    assert dialog.problem.text().startswith("The exchange refused this key.")
    assert test_keyring.get_password(SERVICE, "api_key") is None
    dialog.api_key.setText("short")
    dialog.secret.setText("alsoshort")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "API key" in dialog.problem.text(), timeout=10_000)
    assert "16–128 letters and digits" in dialog.problem.text()


def test_forget_deletes_the_key_after_asking(qtbot, services, emulator, test_keyring, monkeypatch):
    services.exchange.connect(API_KEY, API_SECRET, url=emulator.url)
    dialog = ExchangeDialog(services)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "USDT wallet" in dialog.status.text(), timeout=20_000)
    changed: list[bool] = []
    dialog.connection_changed.connect(lambda: changed.append(True))
    monkeypatch.setattr(dialog, "confirm_forget", lambda: True)
    dialog.forget_button.click()
    assert test_keyring.get_password(SERVICE, "api_key") is None
    assert changed and not services.exchange.connected()
    assert "Not connected" in dialog.state.text() and dialog.status.text() == ""


def test_the_kill_switch_from_the_toolbar_lists_then_closes(qtbot, services, emulator, connector):
    gateway = services.exchange.use_connector(connector)
    gateway.open_copy(btc_long())
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    asked: list[FlattenPlan] = []

    def confirm(plan: FlattenPlan) -> bool:
        asked.append(plan)
        return True

    window.kill_switch.confirm = confirm  # type: ignore[method-assign]
    with qtbot.waitSignal(window.kill_switch.finished, timeout=30_000) as done:
        window.actions_by_name["killSwitchAction"].trigger()
    (plan,) = asked
    assert [c.describe() for c in plan.closes] == ["close BTCUSDT long 0.01 (copy alice:msg1)"]
    report = done.args[0]
    assert report.ok and len(report.closed) == 1
    assert emulator.position("BTCUSDT").amount == 0
    box = window.findChild(FlattenReportDialog, "flattenReport")
    assert box is not None and "Closed 1 position(s)" in box.headline.text()
    assert "closed: BTCUSDT long 0.01 at 60000" in box.details.toPlainText()
    assert not box.failures.isVisibleTo(box)
    box.close()


def test_declining_the_confirmation_closes_nothing(qtbot, services, emulator, connector):
    services.exchange.use_connector(connector).open_copy(btc_long())
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window.kill_switch.confirm = lambda plan: False  # type: ignore[method-assign]
    messages: list[str] = []
    window.kill_switch.message.connect(messages.append)
    window.flatten_live()
    qtbot.waitUntil(lambda: "Kill switch: nothing was done." in messages, timeout=30_000)
    assert emulator.position("BTCUSDT").amount == Decimal("0.010")


def test_the_confirmation_lists_what_is_closed_and_what_is_left_alone(qtbot):
    from tradermanager.services.kill_switch import PlannedClose

    plan = FlattenPlan(
        None,
        (PlannedClose("BTCUSDT", "alice:msg1", 1, True, Decimal("0.010")),),
        ("BTCUSDT stop sell 0.01 at 57000 (tm-abc-sl)",),
        ("ETHUSDT long 0.2: not opened by the app",),
        ("Alice", "Bob"),
    )
    dialog = FlattenConfirmDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.items.toPlainText().splitlines() == [
        "close BTCUSDT long 0.01 (copy alice:msg1)",
        "cancel BTCUSDT stop sell 0.01 at 57000 (tm-abc-sl)",
    ]
    assert "not opened by the app" in dialog.left_alone.toPlainText()
    assert dialog.close_button.text() == "Close positions"
    assert "Paused first, so nothing new opens: Alice, Bob." in dialog.heading.text()


def test_the_tray_offers_the_kill_switch(qtbot, services):
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    pulled: list[bool] = []
    tray = Tray(services, window, QIcon(), lambda: None, lambda: pulled.append(True))
    assert tray.flatten in tray.menu.actions() and tray.flatten.isVisible()
    tray.flatten.trigger()
    assert pulled == [True] and window.isVisible()
    without = Tray(services, window, QIcon(), lambda: None)
    assert not without.flatten.isVisible()


def test_the_status_bar_shows_the_live_state(qtbot, services):
    bridge = JobBridge()
    window = MainWindow(services, bridge)
    qtbot.addWidget(window)
    label = window.exchange_state
    qtbot.waitUntil(lambda: "not connected" in label.text(), timeout=10_000)
    at = datetime(2026, 1, 15, 12, 1, tzinfo=UTC)
    bridge.exchange_reconciled.emit(ReconciliationReport(at, "demo", 2, 2, (), (), ()))
    assert "Live (demo): 2 live copies · checked 12:01" in label.text()
    finding = Finding("unexplained_position", "ETHUSDT", "ETHUSDT: a long 0.2 …", "k")
    bridge.exchange_reconciled.emit(
        ReconciliationReport(at, "live", 1, 2, (), (finding,), (finding,))
    )
    assert "Live: ⚠ 1 unexplained · 1 live copy" in label.text()
    assert "ETHUSDT" in label.toolTip()
    label.show_connected()  # the start-up keyring read answering late keeps the report
    assert "unexplained" in label.text()
    label.show_disconnected()
    label.show_connected()
    assert "checking" in label.text()


def test_check_status_also_reconciles_and_lists_what_the_app_cannot_explain(
    qtbot, services, emulator, connector
):
    from binance_usdm_emulator import Position

    services.exchange.connect(API_KEY, API_SECRET, url=emulator.url)
    services.exchange.use_connector(connector)
    with emulator.lock:
        emulator.state.positions["ETHUSDT"] = Position(Decimal("0.2"), Decimal(3000))
    dialog = ExchangeDialog(services)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.reconciled, timeout=30_000) as seen:
        pass  # opening the dialog checks the account and reconciles
    assert seen.args[0].findings[0].kind == "unexplained_position"
    text = dialog.reconciliation.text()
    assert "What the app cannot explain" in text and "ETHUSDT: a long 0.2 position" in text
    assert "USDT wallet" in dialog.status.text()
