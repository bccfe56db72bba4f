"""The portfolio view's paper positions: the rows are the engine's copies, as the service
replays them, with the account figures above."""

from __future__ import annotations

import pytest

from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.portfolio.positions_table import POSITION_HEADERS


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=7)
    return services


def test_paper_positions_tab_lists_every_copy(qtbot, demo):
    dialog = PortfolioDialog(demo)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    tab = dialog.positions
    assert tab.table.rowCount() == 0  # replayed only when its tab is first shown
    dialog.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=20_000)
    account = demo.paper.replay()
    rows = tab.table.texts()
    assert len(rows) == len(account.result.open) + len(account.result.closed)
    statuses = {r[POSITION_HEADERS.index("Status")] for r in rows}
    assert "open" in statuses and "closed by the trader" in statuses
    assert "Paper account" in tab.message.text()
    assert f"{account.open_positions} open" in tab.message.text()
    # what the window shows is what is stored for the CLI and the API
    stored = demo.paper.positions(include_closed=True)
    assert len(stored) == len(rows)
    assert not dialog.grab().isNull()
