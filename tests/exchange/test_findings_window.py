"""Live → Exchange findings in the window: the stored findings listed (after a restart too),
refreshed after each reconciliation pass, acknowledged from the table, and the status bar's
warning counting only what is not acknowledged."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from live_fixtures import btc_long

from notify_servers import FileKeyring
from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide
from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.exchange_findings import COLUMNS, ExchangeFindingsDialog
from tradermanager.ui.main_window import MainWindow

D = Decimal


def _column(dialog: ExchangeFindingsDialog, name: str) -> list[str]:
    column = COLUMNS.index(name)
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_the_findings_window_lists_refreshes_and_acknowledges(qtbot, services, emulator, connector):
    services.exchange.use_connector(connector).open_copy(btc_long())
    connector.place(OrderRequest("ETHUSDT", OrderSide.BUY, OrderKind.MARKET, D("0.2"), "byhand1"))
    bridge = JobBridge()
    window = MainWindow(services, bridge)
    qtbot.addWidget(window)
    report = services.reconciliation.run()
    assert report is not None and len(report.findings) == 1
    bridge.exchange_reconciled.emit(report)
    label = window.exchange_state
    assert "⚠ 1 unexplained" in label.text()

    window.actions_by_name["findingsAction"].trigger()
    dialog = window.findings_window
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert _column(dialog, "Status") == ["open"]
    assert _column(dialog, "What") == ["position the app did not open"]
    assert "a long 0.2 position that the app did not open" in _column(dialog, "Details")[0]
    assert not dialog.acknowledge_button.isEnabled()

    # a stop cancelled by hand is put back by the next pass: the window shows it at once
    stop = next(o for o in services.exchange.gateway().orders_for("alice:msg1") if o.leg == "stop")
    connector.cancel("BTCUSDT", stop.client_id, conditional=True)
    bridge.exchange_reconciled.emit(services.reconciliation.run())
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert sorted(_column(dialog, "Status")) == ["done", "open"]

    row = _column(dialog, "Status").index("open")
    dialog.table.selectRow(row)
    assert dialog.acknowledge_button.isEnabled()
    with qtbot.waitSignal(dialog.acknowledged, timeout=10_000):
        dialog.acknowledge_button.click()
    qtbot.waitUntil(lambda: "acknowledged" in _column(dialog, "Status"), timeout=10_000)
    assert "unexplained" not in label.text() and "1 acknowledged" in label.text()
    dialog.close()


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TM_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_exchange_dialog_links_to_the_findings(
    qtbot, services, emulator, connector, test_keyring
):
    from binance_usdm_emulator import API_KEY, API_SECRET

    from tradermanager.ui.exchange_dialog import ExchangeDialog

    services.exchange.connect(API_KEY, API_SECRET, url=emulator.url)
    services.exchange.use_connector(connector)
    connector.place(OrderRequest("ETHUSDT", OrderSide.BUY, OrderKind.MARKET, D("0.2"), "byhand1"))
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window.show_exchange()
    dialog = window.findChild(ExchangeDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: "Exchange findings" in dialog.reconciliation.text(), timeout=30_000)
    dialog.reconciliation.linkActivated.emit("findings")
    findings = window.findings_window
    assert findings is not None and findings.isVisible()
    qtbot.waitUntil(lambda: findings.table.rowCount() == 1, timeout=10_000)
    dialog.close()
    findings.close()
