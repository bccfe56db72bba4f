"""Status-bar messages stay left of the counters, are elided when long, and open in full."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.main_window import MainWindow

LONG = "price_fetch failed: " + "the exchange answered 418 I'm a teapot; " * 12 + "END"


def test_a_long_message_is_elided_before_the_counters_and_opens_in_full(
    qtbot, services, monkeypatch
):
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.statusBar().showMessage(LONG, 10_000)  # as exports and notifications do
    qtbot.wait(10)
    line, counters = window.message, window.status
    assert window.statusBar().currentMessage() == ""  # nothing drawn over the counters
    assert line.text == " ".join(LONG.split()) and line.is_elided()
    assert line.more.isVisible()
    right_edge = line.label.mapTo(window, line.label.rect().topRight()).x()
    assert right_edge < counters.mapTo(window, counters.rect().topLeft()).x()
    assert counters.text().startswith("0 active")  # the counters read in full
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    line.more.click()
    assert shown == [LONG]


def test_a_short_message_needs_no_show_all(qtbot, services):
    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.message.show_message("42 rows written to /tmp/x.csv", 1000)
    assert not window.message.is_elided() and not window.message.more.isVisible()
    assert window.message.label.text() == "42 rows written to /tmp/x.csv"
