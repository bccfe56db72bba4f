"""The window as it first meets a user on a 1366×768 screen: the card's summary, its
configuration with Apply and its actions show without scrolling, nothing in them cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.main_window import MainWindow


@pytest.fixture
def small_window(qtbot, services):
    services.demo.load(6, 60, seed=2)
    services.metrics.refresh()
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.fit_card()
    win.table.select_trader(services.traders.list()[0].id)
    qtbot.wait(50)
    return win


def visible_in(widget: QWidget, viewport: QWidget) -> bool:
    """Whether the whole of ``widget`` lies inside ``viewport`` (what the screen shows)."""
    top_left = widget.mapTo(viewport.window(), QPoint(0, 0))
    bottom_right = widget.mapTo(viewport.window(), QPoint(widget.width(), widget.height()))
    area = viewport.rect().translated(viewport.mapTo(viewport.window(), QPoint(0, 0)))
    return area.contains(top_left) and area.contains(bottom_right - QPoint(1, 1))


def test_summary_configuration_and_actions_show_without_scrolling(small_window):
    card = small_window.card
    viewport = small_window._card_scroll.viewport()
    assert small_window._card_scroll.verticalScrollBar().value() == 0
    for widget in (
        card.header,
        card.size_preview,
        card.apply,
        card.toggle,
        card.backtest,
        card.promote,
        card.export_report,
    ):
        assert widget.isVisible()
        assert visible_in(widget, viewport), widget.objectName()


def test_right_column_of_the_summary_is_not_cut_off(small_window):
    card = small_window.card
    viewport = small_window._card_scroll.viewport()
    assert small_window._card_scroll.horizontalScrollBar().maximum() == 0
    for label in card.performance.values.values():
        assert visible_in(label, viewport)
    preview = card.size_preview
    assert preview.width() >= preview.fontMetrics().horizontalAdvance(preview.text())


def test_trader_names_are_readable_in_the_list(small_window):
    names_width = small_window.table.columnWidth(1)
    assert names_width >= small_window.table.sizeHintForColumn(1) - 4
