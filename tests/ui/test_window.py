"""The window driven headless: list, filters, card, configuration, dialogs, details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui import formatting as fmt
from tradermanager.ui.add_trader_dialog import AddTraderDialog
from tradermanager.ui.compare_dialog import ROWS, CompareDialog
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.trader_filter import TraderFilter
from tradermanager.ui.trader_table_model import ID_ROLE, SORT_ROLE, TraderRow, TraderTableModel


@pytest.fixture
def window(qtbot, services):
    services.demo.load(6, 60, seed=2)
    services.metrics.refresh()  # as the background refresh does after a load
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def trader_indexes(window):
    for section in range(window.filter.rowCount()):
        parent = window.filter.index(section, 0)
        for row in range(window.filter.rowCount(parent)):
            yield window.filter.index(row, 1, parent)


def select(window, name):
    for index in trader_indexes(window):
        if index.data() == name:
            window._select(index.data(ID_ROLE))
            return
    raise AssertionError(f"{name} not in the list")


def names(window):
    return {index.data() for index in trader_indexes(window)}


def test_list_shows_traders_with_metrics_and_filters(window):
    assert len(names(window)) == 6
    active, paused = window.filter.index(0, 0), window.filter.index(1, 0)
    assert window.filter.index(0, 0).data() == "Active (5)"
    assert window.filter.index(1, 0).data() == "Paused / Inactive (1)"
    assert window.table.isExpanded(active) and not window.table.isExpanded(paused)
    window.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert window.filter.index(0, 0).data() == "Active (5)"  # sections keep their order
    rois = [
        window.filter.index(r, 4, active).data(SORT_ROLE)
        for r in range(window.filter.rowCount(active))
    ]
    assert rois == sorted(rois)
    window.search.setText("meme")
    assert names(window) == {"Meme Degen 20x"}
    window.search.clear()
    window.status_filter.setCurrentText("Paused")
    assert names(window) == {"Paused Pete"}
    window.status_filter.setCurrentText("Paper")
    assert "BTC Swing Sage" not in names(window) and "Paper Newcomer" in names(window)
    window.status_filter.setCurrentText("All")
    window.source_filter.setCurrentText("Telegram")
    assert names(window) == {"Signal Sniper VIP"}


def test_selecting_fills_the_card_and_details(window, services):
    select(window, "Meme Degen 20x")
    card = window.card
    assert "Meme Degen 20x" in card.header.text() and "PAPER" in card.header.text()
    expected = services.metrics.trader_metrics("Meme Degen 20x", "30d").values
    assert card.values["trade_count"].text() == f"{expected['trade_count']:,.0f}"
    assert card.risk.text() == "10.0 / 10"
    panel = window.details.panel
    assert panel is not None and panel.trader_id == card.trader.id
    assert panel.metrics_window == "30d"
    card.window_combo.setCurrentText("7d")
    expected7 = services.metrics.trader_metrics("Meme Degen 20x", "7d").values
    assert card.values["signal_count"].text() == f"{expected7['signal_count']:,.0f}"
    assert panel.metrics_window == "7d"  # the details follow the card's window
    select(window, "BTC Swing Sage")
    assert panel.trader_id == services.traders.get("BTC Swing Sage").id


def test_card_shows_tokens_and_my_last_seven_days(window, services):
    select(window, "Signal Sniper VIP")
    card = window.card
    values = services.metrics.trader_metrics("Signal Sniper VIP", "30d").values
    assert card.tokens.rows == list(values["token_distribution"].items())
    assert card.tokens.rows[-1][0] == "Others"
    mine = services.metrics.trader_metrics("Signal Sniper VIP", "7d").values
    shown = card.mine.values
    assert shown["copied_trades"].text() == f"{mine['copied_trades']:,}"
    assert shown["copied_won"].text() == f"{mine['copied_won']} / {mine['copied_closed']}"
    assert shown["pnl_contribution_usd"].text() == fmt.money(
        mine["pnl_contribution_usd"], signed=True
    )
    assert shown["pnl_contribution_pct"].text() == fmt.pct(mine["pnl_contribution_pct"])


def test_no_selection_leaves_an_empty_disabled_card(window):
    window.search.setText("nobody is called this")
    window._select(None)
    assert window.card.trader is None
    assert "Select a trader" in window.card.header.text()
    assert not window.card.config.isEnabled() and not window.card.toggle.isEnabled()
    assert window.card.values["roi"].text() == "—"


def test_multiplier_preview_and_apply_with_confirmation(window, services, monkeypatch):
    select(window, "Paper Newcomer")
    card = window.card
    card.multiplier.setValue(150)
    assert card.size_preview.text() == "1.5× = $300.00 per trade"
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    card.apply.click()
    assert "Position size: 1× → 1.5×" in asked[0]
    assert services.traders.get("Paper Newcomer").settings.multiplier == 1.5


def test_leverage_warning_and_invalid_tokens_show_a_message(window, services, monkeypatch):
    select(window, "Paper Newcomer")
    card = window.card
    card.max_leverage.setValue(12)
    assert card.leverage_warning.isVisibleTo(card)
    card.max_leverage.setValue(5)
    assert not card.leverage_warning.isVisibleTo(card)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    card.whitelist.setText("BTC")
    card.blacklist.setText("BTC")
    card.apply.click()
    assert "can't be both" in card.config_error.text()
    assert services.traders.get("Paper Newcomer").settings.blacklist == frozenset()


def test_toggle_off_pauses_and_archive_asks_first(window, services, monkeypatch):
    select(window, "Majors Momentum")
    window.card.toggle.click()
    assert services.traders.get("Majors Momentum").settings.active is False
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.card.archive.click()
    assert services.traders.get("Majors Momentum").archived_at is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.card.archive.click()
    assert services.traders.get("Majors Momentum").archived_at is not None
    assert "Majors Momentum" not in names(window)


def test_add_trader_dialog_validates_inline(qtbot, services):
    dialog = AddTraderDialog(services)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    dialog.name.setText("Alice")
    assert ok.isEnabled()
    dialog.multiplier.setValue(3.0)  # the form allows what the validation allows
    assert dialog.multiplier.value() == 2.0 and ok.isEnabled()
    dialog.blacklist.setText("btc")
    dialog.whitelist.setText("btc")
    assert not ok.isEnabled()
    assert "white- and blacklisted" in dialog.errors["blacklist"].text()
    dialog.blacklist.setText("")
    dialog.multiplier.setValue(1.2)
    dialog.whitelist.setText("btcusdt, $eth")
    ok.click()
    assert dialog.created is not None
    assert dialog.created.settings.whitelist == frozenset({"BTC", "ETH"})
    again = AddTraderDialog(services)
    qtbot.addWidget(again)
    again.name.setText("alice")
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert again.created is None and "no other" in again.errors["name"].text()


def test_ten_thousand_rows_build_and_filter():
    model = TraderTableModel()
    model.set_rows(
        [
            TraderRow(
                i,
                f"Trader {i}",
                "active" if i % 3 else "paused",
                i % 2 == 0,
                "binance",
                i / 1e4,
                0.5,
                -0.1,
            )
            for i in range(10_000)
        ]
    )
    proxy = TraderFilter()
    proxy.setSourceModel(model)
    assert proxy.visible_traders() == 10_000
    proxy.set_text("trader 99")
    assert proxy.visible_traders() == 111  # 99, 990-999, 9900-9999
    proxy.set_text("")
    proxy.set_status("Paused")
    assert proxy.visible_traders() == 3334


def test_tick_traders_and_compare_them(window, services):
    compare = window.actions_by_name["compareAction"]
    assert not compare.isEnabled()
    ticked = []
    for index in trader_indexes(window):
        if len(ticked) < 3:
            window.filter.setData(
                index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
            ticked.append(index.data(ID_ROLE))
    assert compare.isEnabled() and compare.text() == "Compare (3)"
    dialog = CompareDialog(services, ticked)
    snaps = services.metrics.snapshots("all", ticked)
    sharpe_row = [label for label, *_ in ROWS].index("Sharpe")
    values = [snaps[t].values["sharpe_ratio"] for t in ticked]
    best = values.index(max(values))
    assert dialog.table.item(sharpe_row, best).font().bold()
    assert dialog.table.item(sharpe_row, best).text() == f"{max(values):,.2f}"
    assert "0.7" in dialog.redundant.text() or "correlation" in dialog.redundant.text()


def test_token_chips_add_normalise_and_remove(window, services, monkeypatch):
    select(window, "Signal Sniper VIP")
    chips = window.card.blacklist
    assert chips.tokens() == ["PEPE"]
    chips.input.setText("$dogeusdt")
    chips.input.returnPressed.emit()
    assert chips.tokens() == ["PEPE", "DOGE"] and chips.input.text() == ""
    chips.input.setText("b@d")
    chips.input.returnPressed.emit()
    assert "token symbol" in chips.input.toolTip() and len(chips.tokens()) == 2
    chips.findChild(QToolButton, "chip_PEPE").click()
    assert chips.tokens() == ["DOGE"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.card.whitelist.add("btc")
    window.card.whitelist.add("ETHUSDT")
    window.card.apply.click()
    saved = services.traders.get("Signal Sniper VIP").settings
    assert saved.blacklist == {"DOGE"} and saved.whitelist == {"BTC", "ETH"}


def test_token_filter_duplicate_and_delete_for_good(window, services, monkeypatch):
    window.token_filter.setCurrentText("PEPE")
    pepe_traders = {t.name for t in services.traders.list(token="PEPE")}
    assert names(window) == pepe_traders and "Majors Momentum" not in names(window)
    window.token_filter.setCurrentText("All")
    select(window, "Majors Momentum")
    monkeypatch.setattr(
        "tradermanager.ui.trader_card.QInputDialog.getText",
        lambda *a, **k: ("Majors copy", True),
    )
    window.card.duplicate.click()
    copy = services.traders.get("Majors copy")
    assert not copy.settings.active and "Majors copy" in names(window)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    select(window, "Majors copy")
    window.card.delete.click()
    assert "cannot be undone" in asked[0]
    assert "Majors copy" not in names(window)
    assert services.traders.list(status="archived") == []


def test_sliders_follow_and_drive_the_boxes(window):
    select(window, "Paper Newcomer")
    card = window.card
    card.leverage_slider.setValue(15)
    assert card.max_leverage.value() == 15 and card.leverage_warning.isVisibleTo(card)
    card.max_leverage.setValue(50)  # typed above the slider's range
    assert card.leverage_slider.value() == 20 and card.max_leverage.value() == 50
    card.confidence_slider.setValue(85)
    assert card.min_confidence.value() == 85


def test_plots_receive_the_services_series(window, services):
    select(window, "BTC Swing Sage")
    window.card.window_combo.setCurrentText("all")
    panel = window.details.panel
    panel.setCurrentWidget(panel.equity)
    series = services.metrics.equity("BTC Swing Sage", "all")
    curve = panel.equity.equity_curve
    assert curve.yData is not None and len(curve.xData) == len(series.days)


def test_promote_shows_the_paper_record_first(window, services, monkeypatch):
    select(window, "Paper Newcomer")
    record = services.promotion.status("Paper Newcomer").record
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    window.card.promote.click()
    assert f"won / total: {record.winning_trades} / {record.closed_trades}" in asked[0]
    assert fmt.money(record.pnl, signed=True) in asked[0]
    assert services.traders.get("Paper Newcomer").settings.paper_only  # said no: still paper
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.card.promote.click()
    assert not services.traders.get("Paper Newcomer").settings.paper_only
    assert "LIVE" in window.card.header.text() and not window.card.promote.isEnabled()


def test_toggle_switch_follows_the_stored_state(window, services):
    select(window, "Paused Pete")
    card = window.card
    assert not card.toggle.isChecked() and card.toggle.text() == "Copying OFF"
    card.toggle.click()
    assert services.traders.get("Paused Pete").settings.active
    assert card.toggle.isChecked() and card.toggle.text() == "Copying ON"
    assert window.filter.index(0, 0).data() == "Active (6)"


def test_add_trader_dialog_has_every_setting(qtbot, services):
    dialog = AddTraderDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Carol")
    dialog.reference_capital.setValue(0)
    assert dialog.reference_capital.value() == 1  # the lowest the validation allows
    dialog.reference_capital.setValue(25_000)
    dialog.priority.setValue(7)
    dialog.notes.setText("met at a conference")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    s = dialog.created.settings
    assert (s.reference_capital, s.priority, s.notes) == (25_000, 7, "met at a conference")


def test_demo_loads_off_the_gui_thread_with_progress(qtbot, services):
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.show()
    assert win.filter.index(0, 0).data() == "Active (0)"
    win.load_demo(traders=6, days=30)
    qtbot.waitUntil(lambda: len(names(win)) == 6, timeout=60_000)
    assert win._progress.maximum() == 6  # the dialog counted the traders written
    assert win.filter.index(0, 0).data() == "Active (5)"


def test_selecting_a_trader_without_snapshots_computes_and_writes_nothing(window, services):
    with services.store.write():
        services.store.db.execute_sql("DELETE FROM metric_snapshot")
    changes = services.store.db.connection().total_changes
    for index in list(trader_indexes(window))[:3]:
        window._select(index.data(ID_ROLE))
        window.details.refresh()
    assert services.store.db.connection().total_changes == changes
    assert services.store.db.execute_sql("SELECT COUNT(*) FROM metric_snapshot").fetchone()[0] == 0
    assert window.card.trader is not None
