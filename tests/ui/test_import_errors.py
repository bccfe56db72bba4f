"""A file with many bad rows: the window shows the first rows and lists every one under
"Show Details", in a box that fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.main_window import MainWindow

HEADER = "timestamp,trader,symbol,side,leverage,entry,quantity\n"


@pytest.fixture
def window(qtbot, services):
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.show()
    return win


def test_many_bad_rows_are_summarised_with_every_row_in_the_details(
    window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "trades.csv"
    rows = [f"9999-01-{n % 28 + 1:02d}T00:00:00Z,Ann,BTC,long,5,100,1" for n in range(60)]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    window.actions_by_name["importCsv"].trigger()
    window.imports.preview_dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    box = shown[0]
    assert box.objectName() == "importFailedBox" and box.windowTitle() == "Import failed"
    assert box.text().startswith("trades.csv: 60 rows are bad; nothing was imported:")
    assert "Every bad row is listed under Show Details" in box.text()
    assert len(box.text().splitlines()) < 20
    details = box.detailedText().splitlines()
    assert details[1].startswith("  trades.csv row 2, timestamp: got '9999-01-01T00:00:00Z'")
    assert details[-1] == "  and 10 more" and len(details) == 52
    assert window._svc.traders.list() == []
