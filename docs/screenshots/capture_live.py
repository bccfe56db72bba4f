"""Render docs/live.md's screenshots: the Exchange account dialog, the kill switch's
confirmation and the main window's live state, against the test suite's loopback exchange
emulator (play money, no network) and a keyring in a temporary file.

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/capture_live.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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
from tradermanager.jobs.bridge import JobBridge  # noqa: E402
from tradermanager.services import open_services  # noqa: E402
from tradermanager.ui.exchange_dialog import ExchangeDialog  # noqa: E402
from tradermanager.ui.kill_switch import FlattenConfirmDialog  # noqa: E402
from tradermanager.ui.main_window import MainWindow  # noqa: E402
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
        window.close()
        svc.close()


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
