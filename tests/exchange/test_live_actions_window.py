"""The window's live rows against the emulator, through the real ccxt client: a live copy is
closed at market or its resting entry withdrawn from a positions table (the confirmation
says exactly what will be sent; the work runs off the GUI thread; errors in plain words),
and the open Portfolio window and the card follow each reconciliation pass, fills marked on
the equity plots."""

from __future__ import annotations

from binance_usdm_emulator import Fault
from test_live_copies import _signal

from tradermanager.domain.enums import OrderType
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services.live_copies import LiveCopyRecord
from tradermanager.ui.details.equity_tab import EquityTab
from tradermanager.ui.details.positions_tab import TraderPositionsTab
from tradermanager.ui.details.selection import Selection
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.portfolio.positions_table import POSITION_HEADERS

STATUS = POSITION_HEADERS.index("Status")


def _select_live_row(table, source_id: str) -> LiveCopyRecord:
    for row in range(table.rowCount()):
        ref = table.row_ref(row)
        if isinstance(ref, LiveCopyRecord) and ref.source_id == source_id:
            table.selectRow(row)
            return ref
    raise AssertionError(f"no live row for {source_id}: {table.texts()}")


def _status_of(table, source_id: str) -> str:
    for row in range(table.rowCount()):
        ref = table.row_ref(row)
        if isinstance(ref, LiveCopyRecord) and ref.source_id == source_id:
            return table.item(row, STATUS).text()
    return ""


class Answers:
    """Stands in for the confirmation and the result boxes."""

    def __init__(self, actions, answer: bool = True) -> None:
        self.plans: list = []
        self.told: list[tuple[str, str, bool]] = []
        actions.confirm = self.confirm
        actions.inform = self.inform
        self.answer = answer

    def confirm(self, record, plan) -> bool:
        self.plans.append((record, plan))
        return self.answer

    def inform(self, title: str, text: str, *, warning: bool) -> None:
        self.told.append((title, text, warning))


def _card_tab(qtbot, svc, trader_id) -> TraderPositionsTab:
    tab = TraderPositionsTab()
    qtbot.addWidget(tab)
    tab.load(Selection(svc, trader_id, "all"))
    qtbot.waitUntil(lambda: bool(tab.live) and not tab.live_loading, timeout=10_000)
    return tab


def test_close_at_market_from_the_cards_positions_table(qtbot, live_services, emulator, clock):
    svc = live_services
    alice = svc.traders.add(name="Alice", paper_only=False, max_leverage=10)
    assert svc.pipeline.process(alice.id, _signal(clock, "m1")).decision.accepted
    tab = _card_tab(qtbot, svc, alice.id)
    actions = tab.live_actions
    assert actions.close_button.isVisible() or not tab.isVisible()
    assert not actions.close_button.isEnabled()  # nothing selected
    record = _select_live_row(tab.table, "m1")
    assert actions.close_button.isEnabled() and actions.close_action.isEnabled()
    assert not actions.cancel_button.isEnabled()  # no resting entry
    answers = Answers(actions, answer=False)
    posts = emulator.order_posts()
    actions.close_button.click()
    qtbot.waitUntil(lambda: bool(answers.plans), timeout=15_000)
    (asked, plan) = answers.plans[0]
    assert asked.signal_ref == record.signal_ref
    assert plan.sends[0].startswith("a reduce-only market sell order for 0.016 BTCUSDT")
    assert emulator.order_posts() == posts  # declined: nothing sent
    assert emulator.position("BTCUSDT").amount != 0

    answers.answer = True
    with qtbot.waitSignal(actions.acted, timeout=30_000) as acted:
        actions.close_button.click()
    assert acted.args[0].ok
    assert emulator.position("BTCUSDT").amount == 0 and not emulator.open_algos("BTCUSDT")
    qtbot.waitUntil(lambda: _status_of(tab.table, "m1") not in ("", "open"), timeout=10_000)
    assert answers.told[-1][0] == "Close at market" and not answers.told[-1][2]
    assert "Closed at market: BTCUSDT long 0.016" in answers.told[-1][1]
    _select_live_row(tab.table, "m1")
    assert not actions.close_button.isEnabled()  # closed: nothing left to act on


def test_cancel_entry_and_an_unreachable_exchange_in_plain_words(
    qtbot, live_services, emulator, clock
):
    svc = live_services
    alice = svc.traders.add(name="Alice", paper_only=False, max_leverage=10)
    limit = _signal(clock, "m1", order_type=OrderType.LIMIT, price=59000.0, entries=(59000.0,))
    assert svc.pipeline.process(alice.id, limit).decision.accepted
    tab = _card_tab(qtbot, svc, alice.id)
    actions = tab.live_actions
    _select_live_row(tab.table, "m1")
    assert actions.cancel_button.isEnabled() and actions.close_button.isEnabled()
    answers = Answers(actions)

    emulator.inject(Fault("status", method="GET", path="/fapi/v3/positionRisk", status=503))
    actions.close_button.click()  # the plan reads the positions: the exchange fails
    qtbot.waitUntil(lambda: bool(answers.told), timeout=30_000)
    _title, text, warning = answers.told[-1]
    assert warning and text.startswith("Nothing was done:") and "Traceback" not in text
    assert not answers.plans  # nothing was asked, nothing sent

    with qtbot.waitSignal(actions.acted, timeout=30_000):
        actions.cancel_button.click()
    (_record, plan) = answers.plans[-1]
    assert plan.sends[0].startswith("cancel the resting limit entry buy 0.016 BTCUSDT at 59000")
    assert answers.told[-1][1] == "The entry was withdrawn."
    qtbot.waitUntil(lambda: _status_of(tab.table, "m1") == "entry canceled", timeout=10_000)


def test_the_portfolio_window_and_the_equity_plot_follow_each_pass(
    qtbot, live_services, emulator, clock
):
    svc = live_services
    alice = svc.traders.add(name="Alice", paper_only=False, max_leverage=10)
    assert svc.pipeline.process(alice.id, _signal(clock, "m1")).decision.accepted
    assert svc.reconciliation.run() is not None  # books the entry's fill
    dialog = PortfolioDialog(svc)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.positions)
    qtbot.waitUntil(lambda: _status_of(dialog.positions.table, "m1") == "open", timeout=30_000)
    bridge = JobBridge()
    bridge.exchange_reconciled.connect(dialog.reload_live)
    equity = EquityTab()
    qtbot.addWidget(equity)
    equity.load(Selection(svc, alice.id, "all"))
    qtbot.waitUntil(lambda: any(m.live for m in equity._marks), timeout=10_000)
    assert [m.entry for m in equity._marks if m.live] == [True]
    assert "Live · Alice · BTC long" in equity._marks[-1].text

    emulator.set_mark("BTCUSDT", 57900)  # the stop fires on the exchange
    report = svc.reconciliation.run()  # what the job does every minute, off the GUI thread
    bridge.exchange_reconciled.emit(report)
    qtbot.waitUntil(lambda: _status_of(dialog.positions.table, "m1") != "open", timeout=10_000)
    assert _status_of(dialog.positions.table, "m1") == "stop-loss"
    live_marks = [m for m in dialog.equity._marks if m.live]
    assert [m.entry for m in live_marks] == [True, False] and live_marks[1].pnl < 0
    equity.reload_live()  # what the card does after a pass
    qtbot.waitUntil(lambda: sum(m.live for m in equity._marks) == 2, timeout=10_000)
