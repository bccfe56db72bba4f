"""Live copies in the window: the card's Positions tab and the Portfolio window's Positions
tab show them beside the paper ones (Mode "Live"), with their status and what the exchange
said, and the orders sent for them in the orders table — read on a pool thread."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.live_orders import IntendedOrder, IntendedState, client_order_id
from tradermanager.domain.models import Signal
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services.reconciliation import ReconciliationReport
from tradermanager.store import intended_orders as order_repo
from tradermanager.store import live_positions as repo
from tradermanager.store.fields import to_millis
from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.portfolio.positions_table import ORDER_HEADERS, POSITION_HEADERS

REFUSAL = "Not copied live: the exchange refused the entry (margin is insufficient)."


def _signal(source_id, symbol, price, stop, when):
    return Signal(
        source_id=source_id,
        symbol=symbol,
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=price,
        trader_time=when,
        received_time=when,
        leverage=5.0,
        stop_loss=stop,
    )


def _request(trader_id, source_id, symbol, stop, targets, at):
    return repo.insert_request(
        repo.LiveRequest(
            trader_id=trader_id,
            signal_ref=f"{trader_id}:{source_id}",
            source_id=source_id,
            symbol=symbol,
            side=Side.LONG,
            leverage=5,
            margin=120.0,
            limit_price=None,
            stop_loss=stop,
            take_profits=targets,
            requested_ms=at,
        )
    )


def _order(trader_id, source_id, leg, side, kind, qty, state, at, **fields):
    ref = f"{trader_id}:{source_id}"
    return IntendedOrder(
        client_id=client_order_id(ref, {"entry": "e", "stop": "sl"}.get(leg, leg)),
        signal_ref=ref,
        leg=leg,
        trader_id=trader_id,
        symbol="BTCUSDT",
        side=side,
        kind=kind,
        quantity=Decimal(qty),
        price=None,
        trigger_price=fields.pop("trigger", None),
        reduce_only=leg != "entry",
        leverage=5,
        state=state,
        created_ms=at,
        updated_ms=at,
        **fields,
    )


def add_live_copies(services, clock, name="Lia"):
    """A live trader with one copy open on the exchange (0.01 BTC at 60,000, fee 0.30, its
    stop and target resting) and one the exchange refused."""
    trader = services.traders.add(name=name, max_leverage=10, paper_only=False)
    when = clock.now() - timedelta(hours=2)
    at = to_millis(when)
    services.pipeline.process(trader.id, _signal("m1", "BTC", 60_000.0, 57_000.0, when))
    services.pipeline.process(trader.id, _signal("m2", "ETH", 3_000.0, 2_900.0, when))
    with services.store.write():
        row = _request(trader.id, "m1", "BTCUSDT", 57_000.0, (63_000.0,), at)
        repo.update(
            row.id,
            status="open",
            entry_price=60_000.0,
            entry_time=at,
            quantity=0.01,
            remaining=0.01,
            mark_price=61_000.0,
            unrealized_pnl=10.0,
            fees=0.30,
            note="Live: bought 0.01 BTCUSDT at 60000; stop 57000 and 1 take-profit(s) rest.",
        )
        repo.insert_fill(
            row.id,
            symbol="BTCUSDT",
            trade_id="1",
            order_id="o1",
            client_id="c1",
            time=at,
            kind="entry",
            reason="market",
            price=60_000.0,
            quantity=0.01,
            fee=0.30,
            realized_pnl=0.0,
            maker=False,
        )
        refused = _request(trader.id, "m2", "ETHUSDT", 2_900.0, (), at)
        repo.update(refused.id, status="refused", note=REFUSAL, updated_ms=at + 1000)
        order_repo.insert(
            _order(
                trader.id,
                "m1",
                "entry",
                "buy",
                "market",
                "0.01",
                IntendedState.FILLED,
                at,
                filled=Decimal("0.01"),
                average_price=Decimal(60_000),
            )
        )
        order_repo.insert(
            _order(
                trader.id,
                "m1",
                "stop",
                "sell",
                "stop_market",
                "0.01",
                IntendedState.OPEN,
                at,
                trigger=Decimal(57_000),
            )
        )
        order_repo.insert(
            _order(
                trader.id,
                "m1",
                "tp1",
                "sell",
                "take_profit_market",
                "0.01",
                IntendedState.OPEN,
                at,
                trigger=Decimal(63_000),
            )
        )
    return trader


def column(table, headers, name):
    return [row[headers.index(name)] for row in table.texts()]


def test_a_live_traders_card_shows_its_live_copies_and_orders(qtbot, services, clock):
    trader = add_live_copies(services, clock)
    panel = DetailsPanel(services)
    qtbot.addWidget(panel)
    panel.set_trader(trader.id, "all")
    panel.setCurrentWidget(panel.positions)
    tab = panel.positions
    qtbot.waitUntil(lambda: not tab.live_loading, timeout=10_000)
    rows = tab.table.texts()
    assert column(tab.table, POSITION_HEADERS, "Mode") == ["Live", "Live"]
    assert column(tab.table, POSITION_HEADERS, "Token") == ["BTC", "ETH"]
    assert column(tab.table, POSITION_HEADERS, "Status") == ["open", "refused"]
    entry, refused = rows
    cell = POSITION_HEADERS.index
    assert entry[cell("Entry")] == "60,000.00" and entry[cell("Size")] == "0.01000"
    assert entry[cell("Unrealised P&L")] == "+$10.00" and entry[cell("Fees")] == "$0.30"
    assert entry[cell("Note")].startswith("Live: bought 0.01 BTCUSDT")
    assert refused[cell("Note")] == REFUSAL and refused[cell("Entry")] == "—"
    assert tab.table.item(1, cell("Status")).toolTip() == REFUSAL  # the reason on hover
    # the working stop and target first, then the entry's fill; the filled entry order is
    # the fill below it, not a second row
    orders = tab.orders
    assert column(orders, ORDER_HEADERS, "Mode") == ["Live"] * 3
    assert column(orders, ORDER_HEADERS, "Order") == [
        "stop (market)",
        "take-profit 1 (market)",
        "entry",
    ]
    assert column(orders, ORDER_HEADERS, "Status") == ["open", "open", "filled"]
    assert column(orders, ORDER_HEADERS, "Price") == ["57,000.00", "63,000.00", "60,000.00"]
    assert column(orders, ORDER_HEADERS, "Fee") == ["—", "—", "$0.30"]
    assert "1 open" in tab.message.text() and "1 refused or failed" in tab.message.text()


def test_the_card_reads_live_copies_off_the_gui_thread_and_keeps_to_its_trader(
    qtbot, services, clock
):
    lia = add_live_copies(services, clock)
    other = services.traders.add(name="Pia")
    panel = DetailsPanel(services)
    qtbot.addWidget(panel)
    panel.setCurrentWidget(panel.positions)
    panel.set_trader(lia.id, "all")
    assert panel.positions.live_loading  # the read is on a pool thread
    panel.set_trader(other.id, "all")  # before it answered
    qtbot.waitUntil(lambda: not panel.positions.live_loading, timeout=10_000)
    qtbot.wait(100)  # the first read's answer arrives and is dropped
    assert panel.positions.table.rowCount() == 0
    assert panel.positions.orders.rowCount() == 0


def test_a_reconciliation_pass_rereads_the_live_copies_shown(qtbot, services, clock):
    trader = add_live_copies(services, clock)
    bridge = JobBridge()
    win = MainWindow(services, bridge)
    qtbot.addWidget(win)
    win.table.select_trader(trader.id)
    tab = win.details.panel.positions
    win.details.panel.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.live_loading and tab.table.rowCount() == 2, timeout=10_000)
    status = POSITION_HEADERS.index("Status")
    assert tab.table.texts()[0][status] == "open"
    (row, _), _ = repo.positions(trader.id)
    with services.store.write():  # the exchange's stop fill, as a pass books it
        repo.update(
            row.id,
            status="closed",
            exit_price=57_000.0,
            exit_time=row.entry_time + 3_600_000,
            exit_reason="stop_loss",
            remaining=0.0,
            pnl=-30.9,
        )
    bridge.exchange_reconciled.emit(ReconciliationReport(clock.now(), "demo", 0, 0, (), (), ()))
    qtbot.waitUntil(lambda: tab.table.texts()[0][status] != "open", timeout=10_000)
    assert sorted(r[status] for r in tab.table.texts()) == ["refused", "stop-loss"]


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=7)
    return services


def test_the_portfolio_positions_tab_shows_live_copies_beside_paper_ones(qtbot, demo, clock):
    add_live_copies(demo, clock)
    dialog = PortfolioDialog(demo)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    tab = dialog.positions
    dialog.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=30_000)
    paper = demo.paper.positions(include_closed=True)
    modes = column(tab.table, POSITION_HEADERS, "Mode")
    assert modes.count("Live") == 2 and modes.count("Paper") == len(paper)
    assert modes[0] == "Live"  # open live copies lead
    lia = [r for r in tab.table.texts() if r[POSITION_HEADERS.index("Trader")] == "Lia"]
    assert len(lia) == 2
    orders = column(tab.orders, ORDER_HEADERS, "Mode")
    assert orders.count("Live") == 3
    assert "Live" in tab.message.text() and "Paper account" in tab.message.text()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Positions"
