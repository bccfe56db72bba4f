"""The window opens the demo on the trader worth seeing: open paper positions and the
deepest drawdown, chosen by the data."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.main_window import MainWindow


def test_after_the_demo_loads_the_card_shows_the_showcase(qtbot, services):
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.show()
    win.load_demo(traders=6, days=60)
    qtbot.waitUntil(lambda: win.card.trader is not None, timeout=60_000)
    showcase = services.demo.showcase(compute_missing=True)
    assert showcase is not None
    qtbot.waitUntil(lambda: win.card.trader.id == showcase, timeout=10_000)
    name = services.traders.get(showcase).name
    assert any(c.trader == name for c in services.paper.positions())


def test_the_list_makes_room_for_the_demos_names(qtbot, services):
    """The window was fitted to an empty list at start; the demo's names then read in full."""
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win._fitted, timeout=5_000)
    qtbot.wait(20)
    fitted_empty = win._list_card.sizes()
    win.load_demo(traders=6, days=60)
    qtbot.waitUntil(lambda: win.card.trader is not None, timeout=60_000)
    qtbot.waitUntil(lambda: win._list_card.sizes() != fitted_empty, timeout=5_000)
    assert win.table.columnWidth(1) >= win.table.sizeHintForColumn(1) - 4


def test_a_first_start_without_a_saved_selection_opens_on_the_showcase(qtbot, services, tmp_path):
    services.demo.load(6, 60, seed=2)
    services.metrics.refresh()
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win.restore_state(settings)
    assert win.card.trader is not None
    assert win.card.trader.id == services.demo.showcase()
    # not simply the list's first row: in this demo the first row is another trader
    model = win.table.model()
    first_in_list = model.index(0, 1, model.index(0, 0)).data()
    assert first_in_list != win.card.trader.name
