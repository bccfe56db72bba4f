"""Render docs/live.md's screenshots: the Exchange account dialog, the kill switch's
confirmation, the main window's live state, the exchange findings, a live trader's positions
with its row actions and the close confirmation, and the Portfolio window's positions,
against the test suite's loopback exchange emulator (play money, no network) and a keyring
in a temporary file.

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/capture_live.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TESTS = Path(__file__).resolve().parents[2] / "tests"
sys.path[:0] = [str(TESTS), str(TESTS / "exchange")]

import keyring  # noqa: E402
from binance_usdm_emulator import API_KEY, API_SECRET, BinanceUsdmEmulator  # noqa: E402
from capture import save, settle  # noqa: E402
from live_fixtures import btc_long, eth_short  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from notify_servers import FileKeyring  # noqa: E402
from tradermanager.domain.enums import OrderType, Side, SignalKind  # noqa: E402
from tradermanager.domain.models import Signal  # noqa: E402
from tradermanager.jobs.bridge import JobBridge  # noqa: E402
from tradermanager.services import Services, open_services  # noqa: E402
from tradermanager.services.live_copies import LiveCopyRecord  # noqa: E402
from tradermanager.ui.exchange_dialog import ExchangeDialog  # noqa: E402
from tradermanager.ui.kill_switch import FlattenConfirmDialog  # noqa: E402
from tradermanager.ui.main_window import MainWindow  # noqa: E402
from tradermanager.ui.portfolio import PortfolioDialog  # noqa: E402
from tradermanager.ui.portfolio.live_actions import confirm_box  # noqa: E402
from tradermanager.ui.style import apply_style  # noqa: E402


def capture(out: Path) -> None:
    folder = Path(tempfile.mkdtemp())
    keyring.set_keyring(FileKeyring(folder / "keyring.json"))  # never the user's keyring
    with BinanceUsdmEmulator() as exchange:
        exchange.state.can_withdraw = True  # so the dialog shows its warning
        svc = open_services(str(folder / "demo.sqlite"))
        svc.demo.load(6, 60, seed=7)
        dialog = ExchangeDialog(svc)
        dialog.show()
        dialog.advanced.setChecked(True)
        dialog.url.setText(exchange.url)
        dialog.api_key.setText(API_KEY)
        dialog.secret.setText(API_SECRET)
        dialog.connect_button.click()
        for _ in range(60):
            settle(250)
            if "wallet" in dialog.status.text():
                break
        dialog.close()
        gateway = svc.exchange.gateway()
        gateway.open_copy(btc_long("BTC Swing Sage:1042"))
        gateway.open_copy(eth_short("BTC Swing Sage:1043"))
        gateway.open_copy(btc_long("Majors Momentum:77", limit_price=Decimal(50000)))
        with exchange.lock:  # a short the user added by hand beside the copy
            exchange.state.positions["ETHUSDT"].amount -= Decimal("0.2")
        dialog = ExchangeDialog(svc)  # opened again: checks the account and reconciles
        dialog.show()
        for _ in range(60):
            settle(250)
            if dialog.reconciliation.isVisible():
                break
        save(dialog, out / "exchange-dialog.png")
        dialog.close()
        confirm = FlattenConfirmDialog(svc.kill_switch.preview())
        confirm.show()
        save(confirm, out / "kill-switch.png")
        confirm.close()
        bridge = JobBridge()
        window = MainWindow(svc, bridge)
        window.resize(1366, 768)
        window.show()
        report = svc.reconciliation.run()
        assert report is not None
        bridge.exchange_reconciled.emit(report)
        save(window.statusBar(), out / "live-status.png")
        window.show_findings()
        findings = window.findings_window
        assert findings is not None
        findings.resize(1100, 360)
        settle(1000)
        save(findings, out / "exchange-findings.png")
        findings.close()
        live_trader_shots(svc, exchange, window, bridge, out)
        window.close()
        svc.close()


def live_trader_shots(
    svc: Services,
    exchange: BinanceUsdmEmulator,
    window: MainWindow,
    bridge: JobBridge,
    out: Path,
) -> None:
    """A demo trader made live: two copies through the whole pipeline (one open, one a
    resting limit), booked by a reconciliation pass, in the card and the Portfolio window."""
    name = "Majors Momentum"
    trader = svc.traders.update(name, paper_only=False, max_leverage=10)
    now = datetime.now(UTC)
    for source_id, symbol, price, stop, targets, kind, entries in (
        ("m-901", "BTCUSDT", 60000.0, 58000.0, (62000.0, 64000.0), OrderType.MARKET, ()),
        ("m-902", "ETHUSDT", 2900.0, 2800.0, (3100.0,), OrderType.LIMIT, (2900.0,)),
    ):
        signal = Signal(
            source_id=source_id,
            symbol=symbol,
            side=Side.LONG,
            kind=SignalKind.OPEN,
            price=price,
            trader_time=now,
            received_time=now,
            leverage=5.0,
            stop_loss=stop,
            take_profits=targets,
            order_type=kind,
            entries=entries,
        )
        assert svc.pipeline.process(trader.id, signal).decision.accepted
    exchange.set_mark("BTCUSDT", 60450)
    report = svc.reconciliation.run()
    assert report is not None
    bridge.exchange_reconciled.emit(report)
    window.resize(1366, 768)
    window.show()
    window.reload()  # the trader list shows the new mode
    settle()
    window.table.select_trader(trader.id)
    settle()
    panel = window.details.panel
    assert panel is not None
    panel.setCurrentWidget(panel.positions)
    settle(1500)
    table = panel.positions.table
    for row in range(table.rowCount()):
        if isinstance(table.row_ref(row), LiveCopyRecord):
            table.selectRow(row)
            break
    save(panel, out / "live-positions.png")
    record = panel.positions.live_actions.selected()
    assert record is not None
    plan = svc.copy_actions.plan_close(record.signal_ref)
    box, _send = confirm_box(record, plan, window)
    box.show()
    save(box, out / "live-close-confirm.png")
    box.close()
    portfolio = PortfolioDialog(svc, window)
    portfolio.resize(1366, 768)
    portfolio.show()
    portfolio.tabs.setCurrentWidget(portfolio.positions)
    settle(4000)
    save(portfolio, out / "portfolio-live.png")
    portfolio.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_style(app)
    capture(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
