"""The window as it first meets a user on a 1366×768 screen: the card's summary, its
configuration with Apply and its actions show without scrolling, nothing in them cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox, QWidget

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


def select_named(window, services, name):
    window.table.select_trader(services.traders.get(name).id)


def test_mode_reads_live_for_a_live_trader_and_paper_for_a_paper_one(small_window, services):
    card = small_window.card
    select_named(small_window, services, "BTC Swing Sage")  # live in the demo
    assert card.paper.live_button.isChecked() and not card.paper.paper_button.isChecked()
    assert "real orders" in card.paper.meaning.text()
    select_named(small_window, services, "Paper Newcomer")
    assert card.paper.paper_button.isChecked() and not card.paper.live_button.isChecked()
    assert "simulated" in card.paper.meaning.text()


def test_choosing_live_asks_for_the_promotion_and_declining_keeps_paper(
    small_window, services, monkeypatch
):
    card = small_window.card
    select_named(small_window, services, "Paper Newcomer")
    asked: list[tuple[str, str]] = []

    def answer(_parent, title, text, *a, **k):
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    card.paper.live_button.click()
    card.apply.click()
    assert [title for title, _ in asked] == ["Promote to live"]
    assert "Paper track record" in asked[0][1]
    assert services.traders.get("Paper Newcomer").settings.paper_only
    assert card.paper.paper_button.isChecked()  # shows the stored mode again
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    card.paper.live_button.click()
    card.apply.click()
    assert not services.traders.get("Paper Newcomer").settings.paper_only
    assert card.paper.live_button.isChecked()


def test_apply_confirmation_shows_old_and_new_for_each_changed_field(
    small_window, services, monkeypatch
):
    card = small_window.card
    select_named(small_window, services, "BTC Swing Sage")
    before = services.traders.get("BTC Swing Sage").settings
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    new_leverage = 3 if before.max_leverage != 3 else 4
    card.max_leverage.setValue(new_leverage)
    card.paper.paper_button.click()  # live → paper needs no promotion
    card.apply.click()
    text = asked[0]
    assert f"• Max leverage: {before.max_leverage}× → {new_leverage}×" in text
    assert "• Mode: Live → Paper" in text
    assert "Min confidence" not in text  # unchanged fields are not listed
    after = services.traders.get("BTC Swing Sage").settings
    assert after.max_leverage == new_leverage and after.paper_only
