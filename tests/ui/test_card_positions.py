"""The card's positions: the trader's paper positions and orders in the Portfolio window's own
tables, and my fills marked on the card's and the Portfolio's equity plots."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pytest

from tradermanager.domain.engine import ClosedCopy, ExitReason, Fill, OpenCopy
from tradermanager.domain.engine.results import FillKind
from tradermanager.domain.enums import Side
from tradermanager.domain.resting_orders import resting_orders
from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.details.fill_markers import fill_marks, marker_size
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.portfolio.positions_tab import CopiesView
from tradermanager.ui.portfolio.positions_table import (
    ORDER_HEADERS,
    POSITION_HEADERS,
    OrdersTable,
    PositionsTable,
    order_rows,
    position_row,
)

T = int(datetime(2026, 1, 10, 8, 0, tzinfo=UTC).timestamp() * 1000)
HOUR = 3_600_000


def fill(kind, hours, price, qty, fee, reason, maker=False):
    return Fill(
        time=T + hours * HOUR,
        kind=FillKind(kind),
        price=price,
        quantity=qty,
        fee=fee,
        maker=maker,
        reason=reason,
    )


def ladder_copy() -> OpenCopy:
    """A 10× long of 0.2 BTC at 40,000 with a stop at 38,000 and three targets; the first
    target (41,000) took 0.1 BTC."""
    return OpenCopy(
        trader="Ladder Larry",
        source_id="s1",
        symbol="BTC",
        side=Side.LONG,
        leverage=10.0,
        margin=800.0,
        quantity=0.2,
        entry_price=40_000.0,
        entry_time=T,
        stop_loss=38_000.0,
        take_profits=(41_000.0, 42_000.0, 43_000.0),
        liquidation_price=36_200.0,
        fills=(
            fill("entry", 0, 40_000.0, 0.2, 3.2, "market"),
            fill("exit", 5, 41_000.0, 0.1, 1.64, "take_profit", maker=True),
        ),
        fees=4.84,
        funding=0.5,
        remaining=0.1,
        mark_price=41_500.0,
        unrealized_pnl=150.0,
        realized_pnl=100.0 - 4.84 - 0.5,
    )


def liquidated_copy() -> ClosedCopy:
    return ClosedCopy(
        trader="Ladder Larry",
        source_id="s2",
        symbol="PEPE",
        side=Side.SHORT,
        leverage=20.0,
        margin=50.0,
        quantity=100_000_000.0,
        entry_price=0.00001,
        entry_time=T + 10 * HOUR,
        stop_loss=None,
        take_profits=(),
        liquidation_price=0.00001045,
        fills=(
            fill("entry", 10, 0.00001, 100_000_000.0, 0.4, "market"),
            fill("exit", 20, 0.00001045, 100_000_000.0, 0.0, "liquidation"),
        ),
        fees=0.4,
        funding=0.0,
        exit_price=0.00001045,
        exit_time=T + 20 * HOUR,
        exit_reason=ExitReason.LIQUIDATION,
        pnl=-50.4,
    )


def by_header(row, headers, name):
    return row[headers.index(name)].text


def test_a_position_row_reads_entry_size_stop_ladder_liquidation_and_pnl():
    row = position_row(ladder_copy())
    cell = lambda name: by_header(row, POSITION_HEADERS, name)  # noqa: E731
    assert cell("Token") == "BTC" and cell("Side") == "long"
    assert cell("Entry") == "40,000.00" and cell("Size") == "0.2000"
    assert cell("Stop") == "38,000.00"
    assert cell("Targets") == "✓41,000.00 / 42,000.00 / 43,000.00"  # the first one filled
    assert cell("Liq. price") == "36,200.00"
    assert cell("Unrealised P&L") == "+$150.00"
    assert cell("Realised P&L") == "+$94.66"  # 100 from the target, less fees and funding
    assert cell("Status") == "open" and cell("Closed (UTC)") == "—"
    assert cell("Opened (UTC)") == "2026-01-10 08:00"


def test_a_closed_row_says_why_it_closed_and_prices_stay_out_of_e_notation():
    row = position_row(liquidated_copy())
    cell = lambda name: by_header(row, POSITION_HEADERS, name)  # noqa: E731
    assert cell("Status") == "liquidated"
    assert cell("Realised P&L") == "-$50.40"
    assert cell("Unrealised P&L") == "—"
    assert cell("Entry") == "0.00001000" and cell("Mark / exit") == "0.00001045"
    assert "e-" not in "".join(c.text for c in row)
    assert cell("Closed (UTC)") == "2026-01-11 04:00"


def test_orders_rest_for_what_is_still_held_then_every_fill_newest_first():
    copy = ladder_copy()
    resting = resting_orders(copy)
    assert [(o.kind, o.side, o.price, o.quantity) for o in resting] == [
        ("stop_market", "sell", 38_000.0, 0.1),
        ("take_profit_limit", "sell", 42_000.0, None),
        ("take_profit_limit", "sell", 43_000.0, None),
    ]
    rows = [[c.text for c in r] for r in order_rows([copy, liquidated_copy()])]
    col = {name: i for i, name in enumerate(ORDER_HEADERS)}
    assert [r[col["Status"]] for r in rows] == ["open"] * 3 + ["filled"] * 4
    assert [r[col["Order"]] for r in rows[:3]] == [
        "stop (market)",
        "take-profit (limit)",
        "take-profit (limit)",
    ]
    fills = rows[3:]
    assert [r[col["Reason"]] for r in fills] == [
        "liquidated",
        "market",
        "take-profit (maker)",
        "market",
    ]
    # a short is opened by a sell and closed (here: liquidated) by a buy
    assert [r[col["Side"]] for r in fills] == ["buy", "sell", "sell", "buy"]


def test_a_closed_copy_rests_no_orders():
    spent = ladder_copy()
    assert resting_orders(replace(spent, remaining=0.0)) == []


def test_the_card_and_the_portfolio_use_the_same_tables(qtbot):
    card = CopiesView("card", "card", with_trader=False)
    portfolio = CopiesView("all", "all", with_trader=True)
    for view in (card, portfolio):
        qtbot.addWidget(view)
        assert isinstance(view.table, PositionsTable) and isinstance(view.orders, OrdersTable)
        view.show_copies([liquidated_copy(), ladder_copy()])
    assert card.table.texts() == portfolio.table.texts()  # open first, then closed
    assert card.table.texts()[0][POSITION_HEADERS.index("Status")] == "open"
    assert card.table.isColumnHidden(0) and not portfolio.table.isColumnHidden(0)
    assert card.orders.isColumnHidden(0) and card.orders.rowCount() == 7


def test_fill_marks_read_the_fill_and_its_pnl():
    marks = fill_marks([ladder_copy(), liquidated_copy()])
    assert [m.time for m in marks] == sorted(m.time for m in marks)
    target = next(m for m in marks if not m.entry and m.long)
    # 0.1 BTC × (41,000 − 40,000) − 1.64 fee
    assert target.pnl == pytest.approx(98.36)
    assert "take-profit" in target.text and "+$98.36" in target.text
    liquidation = next(m for m in marks if m.liquidation)
    # short: 100,000,000 × (0.00001 − 0.00001045) = −45
    assert liquidation.pnl == pytest.approx(-45.0)
    assert "2026-01-11 04:00 UTC" in liquidation.text


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=7)
    services.metrics.refresh()
    return services


def trader_with_open_positions(services):
    name = services.paper.positions()[0].trader
    return services.traders.get(name)


def test_the_card_positions_tab_shows_the_traders_stored_copies(qtbot, demo):
    panel = DetailsPanel(demo)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    trader = trader_with_open_positions(demo)
    panel.set_trader(trader.id, "all")
    panel.setCurrentWidget(panel.positions)
    stored = demo.paper.positions(trader.id, include_closed=True)
    tab = panel.positions
    rows = tab.table.texts()
    assert len(rows) == len(stored) > 0
    assert {r[POSITION_HEADERS.index("Trader")] for r in rows} == {trader.name}
    opened = [c for c in stored if isinstance(c, OpenCopy)]
    statuses = [r[POSITION_HEADERS.index("Status")] for r in rows]
    assert statuses[: len(opened)] == ["open"] * len(opened)
    assert "open" not in statuses[len(opened) :]
    assert tab.orders.rowCount() == sum(len(c.fills) for c in stored) + sum(
        len(resting_orders(c)) for c in opened
    )
    assert f"{len(opened)} open" in tab.message.text()


def test_replay_now_replays_the_account_and_reloads(qtbot, demo):
    panel = DetailsPanel(demo)
    qtbot.addWidget(panel)
    trader = trader_with_open_positions(demo)
    panel.set_trader(trader.id, "all")
    panel.setCurrentWidget(panel.positions)
    before = panel.positions.table.rowCount()
    with demo.store.write():  # as if no replay had run yet
        demo.store.db.execute_sql("DELETE FROM paper_position")
    panel.refresh()
    assert panel.positions.table.rowCount() == 0
    with qtbot.waitSignal(panel.positions.replayed, timeout=30_000):
        panel.positions.replay.click()
    qtbot.waitUntil(lambda: panel.positions.table.rowCount() == before, timeout=5_000)
    assert panel.positions.replay.isEnabled()


class Hover:
    """What ScatterPlotItem.hoverEvent reads of pyqtgraph's HoverEvent."""

    def __init__(self, pos, exit=False):
        self._pos, self.exit = pos, exit

    def pos(self):
        return self._pos


def test_the_equity_plot_marks_the_traders_fills_on_the_curve(qtbot, demo):
    panel = DetailsPanel(demo)
    qtbot.addWidget(panel)
    trader = trader_with_open_positions(demo)
    panel.set_trader(trader.id, "all")
    tab = panel.equity
    stored = demo.paper.positions(trader.id, include_closed=True)
    expected = fill_marks(stored)
    x = tab.equity_curve.xData
    inside = [m for m in expected if x[0] - 86_400 <= m.time <= x[-1] + 86_400]
    assert len(tab.fills.marks) == len(inside) > 0
    points = tab.fills.points()
    assert len(points) == len(inside)
    first = points[0]
    curve_y = np.interp(first.pos().x(), x, tab.equity_curve.yData)
    assert first.pos().y() == pytest.approx(curve_y)
    # hovering a marker shows its fill: pyqtgraph's own hover path, as the mouse drives it
    tab.fills.hoverEvent(Hover(first.pos()))
    assert tab.equity_plot.vb.toolTip() == inside[0].text
    tab.fills.hoverEvent(Hover(first.pos(), exit=True))
    assert tab.equity_plot.vb.toolTip() == ""
    assert tab.fills_legend.isVisibleTo(tab)
    panel.set_trader(None)
    assert tab.fills.marks == [] and not tab.fills_legend.isVisibleTo(tab)


def test_the_portfolio_equity_plot_marks_every_paper_fill(qtbot, demo):
    dialog = PortfolioDialog(demo)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    stored = demo.paper.positions(include_closed=True)
    x = dialog.equity.equity_curve.xData
    expected = [m for m in fill_marks(stored) if x[0] - 86_400 <= m.time <= x[-1] + 86_400]
    assert len(dialog.equity.fills.marks) == len(expected) > 0
    assert [m.text for m in dialog.equity.fills.marks] == [m.text for m in expected]


def test_the_positions_tab_fits_the_window_at_1366_by_768(qtbot, demo):
    win = MainWindow(demo, JobBridge())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.fit_card()
    win.table.select_trader(trader_with_open_positions(demo).id)
    panel = win.details.panel
    panel.setCurrentWidget(panel.positions)
    qtbot.wait(50)
    table = panel.positions.table
    assert table.isVisible() and table.rowCount() > 0
    assert table.width() <= panel.width()
    # the open rows read in full: the columns a glance needs fit the table's width
    header = table.horizontalHeader()
    glance = sum(
        header.sectionSize(POSITION_HEADERS.index(name))
        for name in ("Token", "Side", "Entry", "Size", "Stop", "Targets", "Liq. price")
    )
    assert glance < table.viewport().width()


def test_markers_shrink_as_fills_crowd():
    sizes = [marker_size(n) for n in (1, 150, 151, 600, 601, 5000)]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1] >= 5
