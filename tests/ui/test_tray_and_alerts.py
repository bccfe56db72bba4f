"""Alerts reach the user from a worker thread through the bridge; tray menu actions work."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.ui.alerts_dialog import AlertsDialog
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.tray import Tray


class FakeNotifier:
    """Stands in for the tray (the offscreen platform has none); records the GUI thread."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.threads: set[int] = set()

    def notify(self, title: str, message: str) -> None:
        self.shown.append((title, message))
        self.threads.add(threading.get_ident())


def test_background_refresh_updates_the_window_and_notifies(qtbot, services, clock):
    services.demo.load(6, 60, seed=4)
    services.alerts.add_rule(None, "leverage", 4, auto_pause=True)
    bridge = JobBridge()
    window = MainWindow(services, bridge)
    qtbot.addWidget(window)
    window.notifier = notifier = FakeNotifier()
    gui_thread = threading.get_ident()
    seen_on: list[int] = []
    bridge.alerts_evaluated.connect(lambda _r: seen_on.append(threading.get_ident()))
    updated: list[bool] = []
    window.metrics_updated.connect(lambda: updated.append(True))
    rows_before = window.model.rows()
    scheduler = AppScheduler(services, bridge, refresh_minutes=60)
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: bool(seen_on) and bool(updated), timeout=20_000)
    finally:
        scheduler.shutdown()
    assert [r.id for r in window.model.rows()] == [r.id for r in rows_before]  # in place
    assert seen_on == [gui_thread]  # delivered on the GUI thread, never touched from a worker
    assert notifier.shown and notifier.threads == {gui_thread}
    assert all(title.startswith("Leverage — ") for title, _ in notifier.shown)
    assert all(message.startswith("What fired: ") for _, message in notifier.shown)
    assert any("What the app did: Paused " in message for _, message in notifier.shown)
    assert window.actions_by_name["alertsAction"].text().startswith("Alerts (")
    paused = [t for t in services.traders.list() if not t.settings.active]
    assert len(paused) >= 3  # every trader holding a position above 4x was paused
    assert not scheduler.running


def test_close_hides_to_tray_and_tray_menu_pauses_all(qtbot, services, monkeypatch):
    services.traders.add(name="Alice")
    services.traders.add(name="Bob")
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window.notifier = notifier = FakeNotifier()
    window.close_to_tray = True
    window.show()
    window.close()
    assert not window.isVisible() and "still running" in notifier.shown[0][0]
    quits: list[bool] = []
    tray = Tray(services, window, QIcon(), lambda: quits.append(True))
    tray.show_or_hide()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tray.pause_all.trigger()
    assert all(not t.settings.active for t in services.traders.list())
    tray.resume_all.trigger()
    assert all(t.settings.active for t in services.traders.list())
    tray.quit.trigger()
    assert quits == [True]


def test_alert_history_acknowledge(qtbot, services, clock):
    alice = services.traders.add(name="Alice")
    services.alerts.add_rule("Alice", "silence", 1)
    now = clock.now()
    services.pipeline.process(
        alice.id,
        Signal(
            source_id="s",
            symbol="BTC",
            side=Side.LONG,
            kind=SignalKind.OPEN,
            price=1.0,
            trader_time=now,
            received_time=now,
        ),
    )
    clock.advance(timedelta(days=2))
    services.alerts.evaluate()
    dialog = AlertsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "●"
    dialog.acknowledge.click()
    assert dialog.table.item(0, 4).text() == "" and services.alerts.unacknowledged_count() == 0


def test_alert_rules_in_the_card(qtbot, services):
    services.traders.add(name="Alice")
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window._select(None)
    box = window.card.alerts
    box.kind.setCurrentText("drawdown")
    assert box.threshold.value() == -15.0 and box.threshold.suffix() == " %"  # default, in %
    box.auto_pause.setChecked(True)
    box.add.click()
    rules = services.alerts.rules("Alice")
    assert [(r.kind.value, r.threshold, r.auto_pause) for r in rules] == [("drawdown", -0.15, True)]
    assert "pauses the trader" in box.rules.item(0).text()
    box.kind.setCurrentText("win-rate")
    box.threshold.setValue(300.0)  # the box keeps to the rule's range: at most 100 %
    assert box.threshold.value() == 100.0
    box.rules.setCurrentRow(0)
    box.remove.click()
    assert services.alerts.rules("Alice") == [] and box.rules.count() == 0
