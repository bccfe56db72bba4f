"""At 1366×768 nothing is cut: the list's filters sit over the list (not off the toolbar's
edge), the Tokens table shows every column, the heatmap names every token, and the card's
paper record fits its column."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics, QImage, QPainter

from tradermanager.domain.promotion import PromotionStatus
from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.card.promotion_text import promotion_line, promotion_tip
from tradermanager.ui.main_window import MainWindow

SNIPER = "Signal Sniper VIP"  # six tokens, AVAX among them; fails two promotion criteria


@pytest.fixture
def laptop(qtbot, services):
    services.demo.load(6, 90, seed=7)
    services.metrics.refresh()
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.fit_card()
    win.table.select_trader(services.traders.get(SNIPER).id)
    qtbot.wait(50)
    return win


def inside_window(widget) -> bool:
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    bottom_right = widget.mapTo(window, QPoint(widget.width() - 1, widget.height() - 1))
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def test_search_and_filters_sit_over_the_list_in_full(laptop):
    for widget in (laptop.search, laptop.token_filter, laptop.status_filter, laptop.source_filter):
        assert widget.isVisible() and inside_window(widget), widget.objectName()
        assert widget.width() >= widget.minimumSizeHint().width()
    # over the list, left of the card
    list_right = laptop.table.mapTo(laptop, QPoint(laptop.table.width(), 0)).x()
    assert laptop.source_filter.mapTo(laptop, QPoint(laptop.source_filter.width(), 0)).x() <= (
        list_right
    )
    laptop.source_filter.setCurrentText("Telegram")
    assert laptop.filter.rowCount(laptop.filter.index(0, 0)) == 1  # only the channel


def test_the_tokens_table_shows_every_column_without_scrolling(laptop, qtbot):
    panel = laptop.details.panel
    panel.setCurrentWidget(panel.tokens)
    qtbot.wait(20)
    table = panel.tokens.table
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    metrics = header.fontMetrics()
    model = table.model()
    for c in range(header.count()):  # no header cut ("in ra" for "Win rate")
        text = model.headerData(c, header.orientation())
        assert header.sectionSize(c) >= metrics.horizontalAdvance(text), text
        for r in range(model.rowCount()):
            value = model.index(r, c).data()
            assert header.sectionSize(c) >= table.fontMetrics().horizontalAdvance(value), value


def test_the_sort_arrow_keeps_room_only_in_the_sorted_column(laptop):
    table = laptop.details.panel.tokens.table
    header = table.horizontalHeader()
    sorted_column = header.sortIndicatorSection()
    other = 2 if sorted_column != 2 else 3
    table.sortByColumn(other, header.sortIndicatorOrder())
    assert header.sortIndicatorSection() == other
    widened = header.sectionSize(other)
    table.sortByColumn(sorted_column, header.sortIndicatorOrder())
    assert header.sectionSize(other) < widened  # the arrow's room went with the arrow


def test_the_heatmap_names_every_token_on_both_axes(laptop, qtbot):
    panel = laptop.details.panel
    panel.setCurrentWidget(panel.tokens)
    qtbot.wait(20)
    heatmap = panel.tokens.heatmap
    assert "AVAX" in heatmap.tokens and len(heatmap.tokens) >= 5
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for name in ("left", "bottom"):
            axis = heatmap.plot.getAxis(name)
            _axis, _ticks, texts = axis.generateDrawSpecs(painter)
            assert sorted(text for _rect, _flags, text in texts) == sorted(heatmap.tokens), name
    finally:
        painter.end()
    axis = heatmap.plot.getAxis("left")
    widest = max(QFontMetrics(axis.font()).horizontalAdvance(t) for t in heatmap.tokens)
    assert axis.width() > widest


def test_the_paper_record_fits_the_actions_column(laptop, services):
    label = laptop.card.actions_box.promotion
    status = services.promotion.status(services.traders.get(SNIPER).id)
    assert not status.ready and len(status.failing) >= 2
    assert label.text() == promotion_line(status)
    assert f"{len(status.failing)} criteria fail" in label.text()
    assert label.height() >= label.heightForWidth(label.width())  # every line shows
    for check in status.checks:  # the tooltip names each criterion
        assert check.name in label.toolTip()


def test_promotion_line_names_a_single_failing_criterion(services):
    services.demo.load(6, 90, seed=7)
    services.metrics.refresh()
    status: PromotionStatus = services.promotion.status(services.traders.get(SNIPER).id)
    only = replace(
        status,
        checks=tuple(replace(c, met=c.name != status.failing[0].name) for c in status.checks),
    )
    assert promotion_line(only).endswith(f"not ready for live: {status.failing[0].name}")
    ready = replace(status, checks=tuple(replace(c, met=True) for c in status.checks))
    assert promotion_line(ready).endswith("ready for live?")
    assert promotion_tip(ready).count("✓") == len(status.checks)


def test_every_traders_configuration_and_actions_show_whole(laptop, services, qtbot):
    """Whichever trader is selected (a leverage warning or a blacklist makes the card
    taller), the configuration and the actions show to their bottom edge."""
    viewport = laptop._card_scroll.viewport()
    for trader in services.traders.list():
        laptop.table.select_trader(trader.id)
        qtbot.wait(30)
        for box in (laptop.card.config, laptop.card.actions_box):
            bottom = box.mapTo(viewport, QPoint(0, box.height() - 1)).y()
            assert bottom < viewport.height(), (trader.name, box.objectName())
        assert laptop.card.apply.isVisible()
        # nor wider than the room beside the list (a live trader's mode reads longer)
        assert laptop._card_scroll.horizontalScrollBar().maximum() == 0, trader.name


def test_a_card_height_the_user_dragged_is_kept(laptop, services, qtbot):
    splitter = laptop._right
    total = sum(splitter.sizes())
    splitter.splitterMoved.emit(300, 1)  # as a drag reports it
    splitter.setSizes([300, total - 300])
    laptop.table.select_trader(services.traders.get("Majors Momentum").id)
    qtbot.wait(30)
    assert splitter.sizes()[0] == 300


def test_the_rarer_actions_are_named_icons(laptop):
    box = laptop.card.actions_box
    for button, name in (
        (box.duplicate, "Duplicate"),
        (box.archive, "Archive"),
        (box.delete, "Delete"),
    ):
        assert button.text() == "" and not button.icon().isNull()
        assert button.accessibleName() == name and button.toolTip().startswith(name)
        assert button.isVisible() and inside_window(button)
