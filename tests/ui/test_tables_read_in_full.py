"""Tables read in full at 1366×768: the Tokens tab's headers and values fit their columns,
the heatmap's title wraps instead of being clipped, and a recent signal's "why" is shown in
full below the table for the selected row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tradermanager.ui.details import DetailsPanel

SNIPER = "Signal Sniper VIP"


@pytest.fixture
def panel(qtbot, services):
    services.demo.load(6, 90, seed=7)
    services.metrics.refresh()
    widget = DetailsPanel(services)
    qtbot.addWidget(widget)
    widget.resize(750, 420)  # the details area beside the list at 1366×768
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_trader(services.traders.get(SNIPER).id, "90d")
    return widget


def test_tokens_headers_and_values_fit_their_columns(panel, qtbot):
    panel.setCurrentWidget(panel.tokens)
    qtbot.wait(20)
    table = panel.tokens.table
    model, header = table.model(), table.horizontalHeader()
    assert model.rowCount() >= 5
    metrics = table.fontMetrics()
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), title
        for row in range(model.rowCount()):
            text = str(model.index(row, col).data() or "")
            assert header.sectionSize(col) >= metrics.horizontalAdvance(text), (title, text)


def test_heatmap_title_is_a_wrapping_label(panel):
    title = panel.tokens.heatmap.title
    assert title.wordWrap() and "Correlation of daily returns" in title.text()


def test_the_selected_signal_shows_its_why_in_full(panel, services, qtbot):
    tab = panel.recent_signals
    panel.setCurrentWidget(tab)
    qtbot.wait(20)
    stored = services.pipeline.signals(services.traders.get(SNIPER).id, limit=200)
    longest = max(
        (s for s in stored if s.decision is not None),
        key=lambda s: len(s.decision.message),
    )
    row = stored.index(longest)
    why = tab.proxy.mapFromSource(tab.model.index(row, 8))
    # cut off in the column …
    assert tab.table.columnWidth(8) < tab.table.fontMetrics().horizontalAdvance(why.data())
    assert why.data(Qt.ItemDataRole.ToolTipRole).endswith(longest.decision.message)
    tab.table.setCurrentIndex(why)
    # … in full below
    assert longest.decision.message in tab.detail.text() and tab.detail.wordWrap()
    assert tab.detail.isVisible()


def test_small_prices_read_without_an_exponent(panel, services, qtbot):
    tab = panel.recent_signals
    panel.setCurrentWidget(tab)
    qtbot.wait(20)
    prices = [tab.proxy.index(r, 4).data() for r in range(tab.proxy.rowCount())]
    assert prices and not [p for p in prices if "e" in p.lower()]


def test_signal_columns_fit_their_titles_and_prices(panel, qtbot):
    tab = panel.recent_signals
    panel.setCurrentWidget(tab)
    qtbot.wait(20)
    table, header = tab.table, tab.table.horizontalHeader()
    for col in range(8):  # all but "Why", which has the detail line below
        title = str(tab.proxy.headerData(col, Qt.Orientation.Horizontal))
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title) + 12
        widest = max(
            table.fontMetrics().horizontalAdvance(str(tab.proxy.index(r, col).data() or ""))
            for r in range(tab.proxy.rowCount())
        )
        assert header.sectionSize(col) >= widest, title


def test_narrow_tokens_tab_puts_the_heatmap_below_the_table(panel, qtbot):
    panel.setCurrentWidget(panel.tokens)
    qtbot.wait(20)
    assert panel.tokens.splitter.orientation() == Qt.Orientation.Vertical
    panel.resize(1400, 520)
    qtbot.wait(20)
    assert panel.tokens.splitter.orientation() == Qt.Orientation.Horizontal
