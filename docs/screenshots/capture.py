"""Render the README's screenshots from the demo portfolio, with the app's own style.

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/capture.py [--out docs/screenshots]

Each view is built the way the window builds it, on a fresh demo database, and grabbed with
QWidget.grab(); the modal dialogs are shown (not exec'd) so they can be grabbed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tradermanager.domain.models import Trader
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services import Services, open_services
from tradermanager.ui.add_trader_dialog import AddTraderDialog
from tradermanager.ui.backtest_dialog import BacktestDialog
from tradermanager.ui.compare_dialog import CompareDialog
from tradermanager.ui.import_preview_dialog import ImportPreviewDialog
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.style import apply_style

SHOWCASE = "Signal Sniper VIP"


def settle(ms: int = 800) -> None:
    """Let layouts, background loads and plots finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def select(window: MainWindow, svc: Services, name: str) -> None:
    window.table.select_trader(svc.traders.get(name).id)
    settle()


def backtest(svc: Services, trader: Trader, window: QWidget) -> BacktestDialog:
    dialog = BacktestDialog(svc, trader, window)
    dialog.days.setValue(90)
    dialog.max_leverage.setValue(10)
    dialog.run()  # in the background; settle() waits for it
    return dialog


def import_preview(svc: Services, window: QWidget) -> ImportPreviewDialog:
    sample = Path(__file__).parents[2] / "tests/sources/fixtures/binance_trade_history.csv"
    preview = svc.imports.preview_table(sample, "binance")
    dialog = ImportPreviewDialog(preview, "binance", svc.imports.table_fields("binance"))
    dialog.setParent(window, dialog.windowFlags())
    return dialog


def capture(out: Path) -> None:
    db = Path(tempfile.mkdtemp()) / "demo.sqlite"
    svc = open_services(str(db))
    svc.demo.load(6, 180, seed=7)
    svc.metrics.refresh()
    window = MainWindow(svc, JobBridge())
    window.resize(1500, 950)
    window.show()
    select(window, svc, SHOWCASE)
    save(window, out / "main-window.png")
    for tab, name in (
        ("leverage", "risk-details.png"),
        ("tokens", "token-analytics.png"),
        ("recent_signals", "recent-signals.png"),
    ):
        panel = window.details.panel
        panel.setCurrentWidget(getattr(panel, tab))
        save(window if tab != "tokens" else panel, out / name)
    trader = svc.traders.get(SHOWCASE)
    ids = [svc.traders.get(n).id for n in ("BTC Swing Sage", "Majors Momentum", SHOWCASE)]
    dialogs: list[tuple[Callable[[], QWidget], str]] = [
        (lambda: AddTraderDialog(svc, window), "add-trader-dialog.png"),
        (lambda: backtest(svc, trader, window), "backtest-dialog.png"),
        (lambda: CompareDialog(svc, ids, window, window="90d"), "compare-dialog.png"),
        (lambda: PortfolioDialog(svc, window), "portfolio.png"),
        (lambda: import_preview(svc, window), "import-preview.png"),
    ]
    for make, name in dialogs:
        dialog = make()
        dialog.show()
        save(dialog, out / name)
        dialog.close()
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
    sys.exit(main())
