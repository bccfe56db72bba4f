"""Render the README's screenshots from the demo portfolio, with the app's own style.

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/capture.py [--out docs/screenshots]

Each view is built the way the window builds it, on a fresh demo database, and grabbed with
QWidget.grab(); the modal dialogs are shown (not exec'd) so they can be grabbed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tradermanager.domain.models import Trader
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services import Services, open_services
from tradermanager.sources.telegram_export import ExportMessage
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.ui.add_trader_dialog import AddTraderDialog
from tradermanager.ui.backtest_dialog import BacktestDialog
from tradermanager.ui.compare_dialog import CompareDialog
from tradermanager.ui.discover import DiscoverWindow
from tradermanager.ui.import_preview_dialog import ImportPreviewDialog
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.review_queue import ReviewDialog
from tradermanager.ui.style import apply_style

SIGNALS = "Signal Sniper VIP"  # six tokens, a blacklist and confidence-rejected signals


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


def discover_candidates(svc: Services, folder: Path) -> None:
    """The demo's followed traders plus a dozen simulated candidates from a file (steady,
    leveraged, lucky for ten days, one blown up), as Discover would have them."""
    import numpy as np

    rng = np.random.default_rng(5)
    end = np.datetime64(svc.clock.now().date())
    profiles = {  # name: (days, daily mean, daily sd, leverage)
        "Steady Eddie": (300, 0.0015, 0.010, 3),
        "Grid Granny": (300, 0.0008, 0.006, 2),
        "Hedge Hugo": (300, 0.0004, 0.004, 1),
        "Alpha Wolf": (300, 0.0020, 0.030, 10),
        "Scalp King": (300, 0.0010, 0.020, 15),
        "Rocket Rita": (300, 0.0040, 0.060, 25),
        "Trend Tina": (300, 0.0012, 0.015, 5),
        "Delta Dan": (300, 0.0007, 0.010, 4),
        "Lucky Luke": (10, 0.0400, 0.010, 20),
        "Moon Boy": (300, 0.0030, 0.080, 50),
    }
    lines = ["candidate,date,daily_return,avg_leverage"]
    for name, (days, mean, sd, lev) in profiles.items():
        returns = rng.normal(mean, sd, days)
        if name == "Moon Boy":
            returns[200] = -0.93
        for k, r in enumerate(returns):
            lines.append(f"{name},{end - days + 1 + k},{max(r, -0.99):.6f},{lev}")
    path = folder / "candidates.csv"
    path.write_text("\n".join(lines) + "\n")
    svc.discover.scan(binance=False)
    svc.discover.import_file(path)


def capture_discover(svc: Services, folder: Path, out: Path) -> None:
    discover_candidates(svc, folder)
    window = DiscoverWindow(svc)
    window.resize(1366, 768)
    window.show()
    settle(1500)
    save(window, out / "discover.png")
    window.close()


# A channel that marks its levels with arrows, plus posts the parser sends to review.
REVIEW_CHANNEL = (
    "▲ ETH 3412 ➤ 3480 3550 ✖ 3340",
    "▼ SOL 151.2 ➤ 147 143.5 ✖ 155.8",
    "#BTC long or short depending on the breakout of 65,000",
    "▲ LINK 14.62 ➤ 15.1 15.8 ✖ 14.05",
    "#AVAX/USDT LONG\nEntry: 35.2\nTP: 34.1\nSL: 33.4",
    "#DOGE SHORT entry 0.1234 tp 0.1180 sl 0.1290 leverage -10x",
    "#BTC/USDT LONG\nEntry: 65,000\nTargets: 66,500 / 68,000\nStop Loss: 63,800\nLeverage: 5x",
)
DELETED = len(REVIEW_CHANNEL)  # the BTC signal: copied, then deleted by the channel


def fill_correction(dialog: ReviewDialog) -> None:
    dialog.table.selectRow(0)
    dialog.side.setCurrentText("long")
    dialog.entries.setText("3412")
    dialog.targets.setText("3480 / 3550")
    dialog.stop.setText("3340")
    dialog.leverage.setText("5")


def capture_review(out: Path) -> None:
    """The review queue on a channel with an unknown layout, the first message corrected."""
    folder = Path(tempfile.mkdtemp())
    svc = open_services(str(folder / "review.sqlite"))
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1_767_261_600 + 900 * i), "text": t}
        for i, t in enumerate(REVIEW_CHANNEL, 1)
    ]
    export = folder / "result.json"
    export.write_text(
        json.dumps(
            {"name": "Arrow Signals", "type": "public_channel", "id": 7, "messages": messages}
        ),
        encoding="utf-8",
    )
    trader = svc.traders.get(svc.imports.import_telegram(export).trader)
    deleted_at = datetime.fromtimestamp(1_767_261_600 + 900 * (DELETED + 3), UTC)
    gone = ExportMessage(id=DELETED, time=deleted_at, text="")
    svc.telegram.process(LiveMessage(trader.id, gone, deleted=True))
    dialog = ReviewDialog(svc)
    dialog.resize(1366, 768)
    dialog.show()
    fill_correction(dialog)
    save(dialog, out / "review-queue.png")
    rows = [item.source_id for item in dialog._items]
    dialog.table.selectRow(rows.index(f"tg:{DELETED}"))
    save(dialog, out / "review-deleted.png")
    fill_correction(dialog)
    dialog.accept_selected()  # learns the layout; the re-read messages are shown first
    preview = dialog.preview_dialog
    preview.resize(1100, 360)
    save(preview, out / "review-template-preview.png")
    preview.close()
    # the channel edits the accepted ETH signal's entry: the edit waits for a decision
    edited = ExportMessage(
        id=1,
        time=datetime.fromtimestamp(1_767_261_600 + 900, UTC),
        text="▲ ETH 3395 ➤ 3480 3550 ✖ 3355",
        edited=True,
        edited_time=datetime.now(UTC),
    )
    svc.telegram.process(LiveMessage(trader.id, edited, edited=True))
    dialog.refresh()
    rows = [item.source_id for item in dialog._items]
    dialog.table.selectRow(next(i for i, sid in enumerate(rows) if ":edit:" in sid))
    save(dialog, out / "review-edit.png")
    dialog.close()
    svc.close()


def capture(out: Path) -> None:
    db = Path(tempfile.mkdtemp()) / "demo.sqlite"
    svc = open_services(str(db))
    svc.demo.load(6, 180, seed=7)
    svc.metrics.refresh()
    window = MainWindow(svc, JobBridge())
    window.resize(1366, 768)  # a common laptop screen: everything must fit here
    window.show()
    # the trader a first start opens on, chosen by its data (open positions, drawdowns)
    showcase = svc.traders.get(svc.demo.showcase()).name
    select(window, svc, showcase)
    window.fit_card()
    save(window, out / "main-window.png")
    card = window.card
    card.resize(card.width(), card.sizeHint().height())  # the whole card, from its top
    window.card.parentWidget().parentWidget().verticalScrollBar().setValue(0)
    save(card, out / "trader-card.png")
    select(window, svc, showcase)  # back into its scroll area at the window's size
    panel = window.details.panel
    for trader, tab, name in (
        (showcase, "positions", "trader-positions.png"),
        (showcase, "equity", "equity-fills.png"),
        (SIGNALS, "leverage", "risk-details.png"),
        (SIGNALS, "tokens", "token-analytics.png"),
        (SIGNALS, "recent_signals", "recent-signals.png"),
    ):
        select(window, svc, trader)
        panel.setCurrentWidget(getattr(panel, tab))
        if tab == "recent_signals":  # a rejected signal selected: its why in full below
            signals = panel.recent_signals
            for row in range(signals.proxy.rowCount()):
                if signals.proxy.index(row, 7).data() == "rejected":
                    signals.table.selectRow(row)
                    break
        save(panel, out / name)
    trader = svc.traders.get(SIGNALS)
    ids = [svc.traders.get(n).id for n in ("BTC Swing Sage", "Majors Momentum", SIGNALS)]
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
    capture_discover(svc, db.parent, out)
    svc.close()
    capture_review(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument(
        "--only", choices=["discover", "review"], help="render only these screenshots"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_style(app)
    if args.only == "discover":
        db = Path(tempfile.mkdtemp()) / "demo.sqlite"
        svc = open_services(str(db))
        svc.demo.load(6, 180, seed=7)
        capture_discover(svc, db.parent, args.out)
        svc.close()
    elif args.only == "review":
        capture_review(args.out)
    else:
        capture(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
