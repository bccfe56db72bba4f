"""The window's Import menu: pick a file, look at its columns (CSV formats), then import off
the GUI thread with a progress bar and a working Cancel; the report ends in a message box.

A cancel sets a flag that the import checks between rows and batches; the service then
rolls its transaction back, so a cancelled import leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from tradermanager.domain.market import from_ms
from tradermanager.domain.serialize import iso
from tradermanager.services import Services
from tradermanager.services.imports import (
    BinanceImportReport,
    ImportCancelled,
    ImportProgress,
    ImportReport,
    TableFormat,
    TradeFileReport,
)
from tradermanager.services.market_data import MarketImport
from tradermanager.ui.import_preview_dialog import ImportPreviewDialog
from tradermanager.ui.telegram_connect_dialog import TelegramConnectDialog
from tradermanager.ui.worker import Task, error_text, start_task

SHOWN_ERROR_LINES = 8  # of a file's error list, in the message box itself

FILTERS = {
    "telegram": "Telegram Desktop export, JSON (result.json *.json)",
    "binance": "Binance futures trade history (*.csv *.xlsx)",
    "csv": "Trade history, generic format (*.csv *.xlsx)",
    "prices": "Binance data archive klines or fundingRate (*.zip *.csv)",
}
CAPTIONS = {
    "telegram": 'Telegram Desktop export ("Export chat history", format: JSON)',
    "binance": "Binance USDⓈ-M futures → Orders → Trade History → Export (CSV or XLSX)",
    "csv": "Trade history in the generic format (CSV or XLSX, see docs/imports.md)",
    "prices": "Binance data archive files: SYMBOL-INTERVAL-YYYY-MM(.zip) or "
    "SYMBOL-fundingRate-YYYY-MM(.zip); several at once",
}
STEPS = 1000  # progress bar resolution


def telegram_summary(r: ImportReport) -> str:
    return (
        f"{r.trader}: {r.messages_read:,} messages read — {r.signals_found:,} signals, "
        f"{r.follow_ups_linked:,} follow-ups linked, {r.needs_review:,} need review, "
        f"{r.not_signals:,} not signals, {r.already_imported:,} imported before.\n"
        f"{r.trades_created:,} trades and {r.signals_created:,} signals created; "
        f"{r.accepted:,} decisions accepted, {r.rejected:,} rejected."
    )


def binance_summary(r: BinanceImportReport) -> str:
    lines = [
        f"{r.trader}: {r.rows_read:,} fills read → {r.trades_found:,} trades "
        f"({r.open_trades:,} still open).",
        f"{r.trades_created:,} new trades, {r.trades_closed:,} open trades closed, "
        f"{r.signals_created:,} signals created, {r.already_imported:,} imported before; "
        f"{r.accepted:,} decisions accepted, {r.rejected:,} rejected.",
    ]
    lines += [f"Skipped {n:,}: {reason}" for reason, n in r.skipped.items()]
    lines += list(r.notes)
    return "\n".join(lines)


def prices_summary(r: MarketImport) -> str:
    lines = []
    for f in r.files:
        what = f"{f.interval} candles" if f.kind == "candles" else "funding settlements"
        first, last = iso(from_ms(f.first)), iso(from_ms(f.last))
        lines.append(f"{Path(f.file).name}: {f.rows:,} {f.symbol} {what}, {first} … {last}")
    lines.append(
        f"{r.candles_added:,} new candles and {r.funding_added:,} new funding settlements stored."
    )
    return "\n".join(lines)


def csv_summary(reports: list[TradeFileReport]) -> str:
    if not reports:
        return "The file has no rows to import."
    return "\n".join(
        f"{r.trader}: {r.rows:,} rows, {r.new_trades:,} new trades, "
        f"{r.signals_created:,} signals created, {r.rows - r.new_trades:,} imported before; "
        f"{r.accepted:,} decisions accepted, {r.rejected:,} rejected."
        for r in reports
    )


class ImportFlow(QObject):
    """Owns the Import menu's actions and runs the imports they start."""

    imported = Signal()  # an import finished: lists and cards should reload

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self._svc = services
        self._window = window
        self._progress: QProgressDialog | None = None
        self._task: Task | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.running = False
        self.menu = QMenu("Import", window)
        self.menu.setObjectName("importMenu")
        self.actions: dict[str, QAction] = {}
        for text, slot, name, tip in (
            (
                "Telegram chat export (JSON)…",
                self.import_telegram,
                "importTelegram",
                "A channel's history exported from Telegram Desktop: signals and follow-ups.",
            ),
            (
                "Binance futures trade history (CSV/XLSX)…",
                self.import_binance,
                "importBinance",
                "Fills exported from Binance USDⓈ-M futures, rebuilt into trades.",
            ),
            (
                "Trade history, generic format (CSV/XLSX)…",
                self.import_csv,
                "importCsv",
                "One row per trade: timestamp, trader, symbol, side, leverage, entry, quantity…",
            ),
            (
                "Candles and funding rates, Binance data archive (ZIP/CSV)…",
                self.import_prices,
                "importPrices",
                "Kline and fundingRate files of data.binance.vision, e.g. BTCUSDT-1m-2024-01.zip:"
                " the prices paper trading and backtests run on.",
            ),
        ):
            action = QAction(text, self.menu)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions[name] = action
        self.menu.addSeparator()
        live = QAction("Live Telegram channels…", self.menu)
        live.setObjectName("connectTelegram")
        live.setToolTip("Read the channels of your telegram traders as messages arrive.")
        live.triggered.connect(self.connect_telegram)
        self.menu.addAction(live)
        self.actions["connectTelegram"] = live
        self.menu.setToolTipsVisible(True)

    def connect_telegram(self) -> None:
        TelegramConnectDialog(self._svc, self._window).exec()

    # -- choosing a file ---------------------------------------------------------------------
    def _choose(self, kind: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, CAPTIONS[kind], str(Path.home()), FILTERS[kind]
        )
        return Path(path) if path else None

    def import_telegram(self) -> None:
        path = self._choose("telegram")
        if path is None:
            return
        self._run(
            f"Importing {path.name}…",
            lambda progress, cancelled: self._svc.imports.import_telegram(
                path, progress=progress, cancelled=cancelled
            ),
            telegram_summary,
        )

    def import_prices(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._window, CAPTIONS["prices"], str(Path.home()), FILTERS["prices"]
        )
        paths = [Path(n) for n in names]
        if not paths:
            return
        self._run(
            f"Importing {len(paths)} file{'s' * (len(paths) > 1)}…",
            lambda progress, cancelled: self._svc.market.import_files(
                paths, progress=progress, cancelled=cancelled
            ),
            prices_summary,
        )

    def import_binance(self) -> None:
        self._preview("binance")

    def import_csv(self) -> None:
        self._preview("csv")

    def _preview(self, kind: TableFormat) -> None:
        path = self._choose(kind)
        if path is None:
            return
        try:
            preview = self._svc.imports.preview_table(path, kind)
        except ValueError as exc:  # ValidationError: unreadable file, wrong encoding…
            QMessageBox.warning(self._window, "Cannot read the file", str(exc))
            return
        dialog = ImportPreviewDialog(preview, kind, self._svc.imports.table_fields(kind))
        dialog.setParent(self._window, dialog.windowFlags())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._confirmed(dialog, path, kind))
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        dialog.open()

    def _confirmed(self, dialog: ImportPreviewDialog, path: Path, kind: TableFormat) -> None:
        self.preview_dialog = None
        if kind == "binance":
            trader, leverage = dialog.trader_name(), dialog.leverage()
            self._run(
                f"Importing {path.name}…",
                lambda progress, cancelled: self._svc.imports.import_binance(
                    path, trader, leverage, progress=progress, cancelled=cancelled
                ),
                binance_summary,
            )
        else:
            self._run(
                f"Importing {path.name}…",
                lambda progress, cancelled: self._svc.imports.import_csv(
                    path, progress=progress, cancelled=cancelled
                ),
                csv_summary,
            )

    # -- running -----------------------------------------------------------------------------
    def _run(
        self,
        label: str,
        job: Callable[[Callable[[ImportProgress], None], Callable[[], bool]], Any],
        summary: Callable[[Any], str],
    ) -> None:
        progress = QProgressDialog(label, "Cancel", 0, STEPS, self._window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle("Import")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        self.running = True
        task = start_task(
            self,
            self._svc,
            lambda control: job(control.progress, control.cancelled),
            lambda result: self._done(summary(result)),
            self._failed,
            on_progress=self._step,
        )
        progress.canceled.connect(task.cancel)
        progress.canceled.connect(lambda: progress.setLabelText("Cancelling…"))
        self._task = task

    def _step(self, p: ImportProgress) -> None:
        if self._progress is None or self._task is None or self._task.cancel_requested:
            return
        self._progress.setLabelText(f"{p.stage}…")
        self._progress.setValue(int(p.fraction * STEPS))

    def _finish(self) -> None:
        self.running = False
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _done(self, text: str) -> None:
        self._finish()
        self.imported.emit()
        QMessageBox.information(self._window, "Import finished", text)

    def _failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, ImportCancelled):
            QMessageBox.information(
                self._window, "Import cancelled", "Import cancelled: nothing was imported."
            )
            return
        text = error_text(exc)
        lines = text.splitlines()
        if len(lines) <= SHOWN_ERROR_LINES:
            QMessageBox.warning(
                self._window, "Import failed", f"{text}\n\nNothing was imported from this file."
            )
            return
        # a file with many bad rows: the first few in the box, every one under "Show Details"
        shown = "\n".join(lines[:SHOWN_ERROR_LINES])
        box = QMessageBox(QMessageBox.Icon.Warning, "Import failed", "", parent=self._window)
        box.setObjectName("importFailedBox")
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 640px; }")  # rows on one line
        box.setText(
            f"{shown}\n  …\n\nNothing was imported from this file. Every bad row is listed "
            "under Show Details."
        )
        box.setDetailedText(text)
        box.exec()
