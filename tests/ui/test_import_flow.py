"""The Import menu end to end in the window: file chosen (QFileDialog patched), the column
preview, the import on a worker thread, the report, the list refreshed; cancel and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QToolButton

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.import_preview_dialog import ImportPreviewDialog
from tradermanager.ui.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"


@pytest.fixture
def window(qtbot, services):
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *a, k=kind: shown.append((k, title, text)),
        )
    return shown


def choose(monkeypatch, path):
    asked = []

    def fake(_parent, caption, _folder, filters):
        asked.append((caption, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    return asked


def names(window):
    return {r.name for r in window.model.rows()}


def test_the_import_button_has_one_entry_per_format(window):
    button = window.findChild(QToolButton, "importButton")
    assert button.popupMode() is QToolButton.ToolButtonPopupMode.InstantPopup
    menu = window.actions_by_name["importMenuAction"].menu()
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries == [
        "Telegram chat export (JSON)…",
        "Binance futures trade history (CSV/XLSX)…",
        "Trade history, generic format (CSV/XLSX)…",
        "Candles and funding rates, Binance data archive (ZIP/CSV)…",
        "Live Telegram channels…",
    ]
    assert window.actions_by_name["importTelegram"].objectName() == "importTelegram"
    assert window.actions_by_name["importMenuAction"].shortcut().toString() == "Ctrl+I"


def test_binance_entry_previews_then_imports_and_refreshes(window, qtbot, monkeypatch, messages):
    asked = choose(monkeypatch, FIXTURES / "binance_trade_history.csv")
    window.actions_by_name["importBinance"].trigger()
    assert "*.csv *.xlsx" in asked[0][1] and "Binance" in asked[0][1]
    dialog = window.imports.preview_dialog
    assert isinstance(dialog, ImportPreviewDialog) and dialog.import_button.isEnabled()
    assert dialog.rows_table.rowCount() == 9
    assert dialog.trader_edit.text() == "Binance 38291045"
    dialog.trader_edit.setText("Whale")
    dialog.leverage_spin.setValue(3)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    kind, title, text = messages[0]
    assert (kind, title) == ("information", "Import finished")
    assert "9 fills read → 3 trades" in text and "recorded at 3x" in text
    assert "Whale" in names(window)
    trader = window._svc.traders.get("Whale")
    assert trader.settings.source.value == "binance"


def test_telegram_entry_imports_without_a_preview(window, qtbot, monkeypatch, messages):
    asked = choose(monkeypatch, FIXTURES / "telegram_export.json")
    with qtbot.waitSignal(window.data_changed, timeout=10_000):
        window.actions_by_name["importTelegram"].trigger()
    assert "JSON" in asked[0][1]
    assert messages[0][1] == "Import finished" and "11 messages read" in messages[0][2]
    assert "Crypto Sniper VIP" in names(window)


def test_missing_columns_disable_import(window, monkeypatch, messages, tmp_path):
    path = tmp_path / "partial.csv"
    path.write_text("timestamp,trader,symbol\n2026-01-02T10:00:00Z,Ann,BTC\n", encoding="utf-8")
    choose(monkeypatch, path)
    window.actions_by_name["importCsv"].trigger()
    dialog = window.imports.preview_dialog
    assert not dialog.import_button.isEnabled()
    assert "Missing required columns" in dialog.missing_label.text()
    assert "Side" in dialog.missing_label.text() and "Entry price" in dialog.missing_label.text()
    table = dialog.mapping_table
    cells = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert ("symbol", "Symbol") in cells and (
        "(no such column)",
        "Side — required, missing",
    ) in cells
    dialog.reject()
    assert window._svc.traders.list() == []


def test_a_bad_row_reports_the_row_and_imports_nothing(
    window, qtbot, monkeypatch, messages, tmp_path
):
    path = tmp_path / "history.csv"
    path.write_text(
        "Date(UTC),Symbol,Side,Price,Quantity\n"
        "2026-01-02 10:00:00,BTCUSDT,BUY,100,1\n"
        "2026-01-02 11:00:00,BTCUSDT,SELL,-3,1\n",
        encoding="utf-8",
    )
    choose(monkeypatch, path)
    window.actions_by_name["importBinance"].trigger()
    window.imports.preview_dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    kind, _title, text = messages[0]
    assert (
        kind == "warning" and "history.csv row 3, Price" in text and "Nothing was imported" in text
    )
    assert window._svc.traders.list() == []


def test_cancel_stops_the_import_and_leaves_nothing(window, qtbot, monkeypatch, messages, tmp_path):
    path = tmp_path / "result.json"
    rows = [
        {"id": k, "date_unixtime": str(1_767_000_000 + 60 * k), "text": f"#BTC LONG\nEntry: {k}"}
        for k in range(1, 30_001)
    ]
    path.write_text(json.dumps({"name": "Huge", "messages": rows}), encoding="utf-8")
    choose(monkeypatch, path)
    window.actions_by_name["importTelegram"].trigger()
    progress = window.imports._progress
    assert progress is not None and progress.labelText().startswith("Importing result.json")
    progress.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert messages[0][:2] == ("information", "Import cancelled")
    assert window._svc.traders.list() == [] and not window.imports.running


def test_prices_entry_imports_several_archive_files(window, qtbot, monkeypatch, messages):
    archive = FIXTURES / "binance_archive"
    files = [archive / "BTCUSDT-1m-2024-03-10.csv", archive / "BTCUSDT-fundingRate-2024-01.csv"]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(f) for f in files], ""))
    window.actions_by_name["importPrices"].trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    kind, title, text = messages[0]
    assert (kind, title) == ("information", "Import finished")
    assert "BTCUSDT-1m-2024-03-10.csv: 5 BTCUSDT 1m candles, 2024-03-10T00:00:00Z" in text
    assert "5 new candles and 4 new funding settlements stored." in text
    assert [s.count for s in window._svc.market.stored()] == [5]


def test_a_bad_archive_file_is_named_and_nothing_is_imported(
    window, qtbot, monkeypatch, messages, tmp_path
):
    bad = tmp_path / "BTCUSDT-1m-2024-03.csv"
    bad.write_text("1710028800000,1,2,3\n")
    good = FIXTURES / "binance_archive" / "BTCUSDT-1m-2024-03-10.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(good), str(bad)], ""))
    window.actions_by_name["importPrices"].trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    kind, title, text = messages[0]
    assert (kind, title) == ("warning", "Import failed")
    assert f"{bad}: line 1: 4 fields, expected 12" in text
    assert window._svc.market.stored() == []
