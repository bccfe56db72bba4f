"""The Tokens tab driven headless on the demo portfolio: the table shows the service's
numbers (and those of a plain-pandas computation), sorts with "—" last, tints losing tokens,
blacklists a token through the service after a confirmation (the card's chips follow),
changes nothing when cancelled, and the heatmap shows the token correlation matrix — or says
plainly that there are no prices."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tradermanager.jobs.bridge import JobBridge
from tradermanager.services.metrics import TokenCorrelationMatrix
from tradermanager.store.models import CandleChunkRow
from tradermanager.ui import formatting as shared
from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.details.token_heatmap import LIMITS
from tradermanager.ui.details.token_model import (
    CLOSED,
    COLUMNS,
    COPYING,
    LEVERAGE,
    LOSS_TINT,
    OPENED,
    PNL,
    ROI,
    SHARE,
    SORT_ROLE,
    TOKEN,
    WIN_RATE,
)
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.table_export import table_rows

SNIPER = "Signal Sniper VIP"  # trades six tokens; PEPE is on its blacklist
MAJORS = "Majors Momentum"  # whitelist BTC, BNB, ETH, SOL


@pytest.fixture
def panel(qtbot, services):
    services.demo.load(6, 90)
    services.metrics.refresh()  # as the background refresh does after a load
    widget = DetailsPanel(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot, services):
    services.demo.load(6, 90)
    services.metrics.refresh()  # as the background refresh does after a load
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def tokens_tab(panel, services, name=SNIPER, window="90d"):
    tid = services.traders.get(name).id
    panel.set_trader(tid, window)
    panel.setCurrentWidget(panel.tokens)
    return panel.tokens, tid


def cell(tab, row, column, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(row, column).data(role)


def rows_by_token(tab):
    return {cell(tab, r, TOKEN): r for r in range(tab.proxy.rowCount())}


def answer(monkeypatch, button, asked):
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append((a[1], a[2])) or button
    )


def independent(trades: pd.DataFrame, start: pd.Timestamp | None) -> pd.DataFrame:
    """Per-token figures straight from the definitions (docs/metrics.md, Tokens)."""
    after = (lambda s: s.notna()) if start is None else (lambda s: s >= start)
    closed = trades[(trades["status"] != "open") & after(trades["exit_time"])]
    opened = trades[after(trades["entry_time"])]
    margin = closed["notional"] / closed["leverage"]
    out = pd.DataFrame(
        {
            "closed": closed.groupby("symbol").size(),
            "win_rate": (closed["pnl"] > 0).groupby(closed["symbol"]).mean(),
            "pnl": closed.groupby("symbol")["pnl"].sum(),
            "roi": closed.groupby("symbol")["pnl"].sum() / margin.groupby(closed["symbol"]).sum(),
            "opened": opened.groupby("symbol").size(),
            "avg_leverage": opened.groupby("symbol")["leverage"].mean(),
            "share": opened.groupby("symbol")["notional"].sum() / opened["notional"].sum(),
        }
    )
    out.index = out.index.astype(str)
    return out


def test_the_tokens_tab_sits_in_the_details(panel):
    titles = [panel.tabText(i) for i in range(panel.count())]
    assert "Tokens" in titles and panel.tokens.objectName() == "tokensTab"
    assert panel.tokens.model.columnCount() == len(COLUMNS)


@pytest.mark.parametrize("window", ["30d", "all"])
def test_the_table_shows_the_service_numbers_and_an_independent_computation(
    panel, services, window
):
    tab, tid = tokens_tab(panel, services, window=window)
    breakdown = services.metrics.token_breakdown(tid, window)
    assert tab.proxy.rowCount() == len(breakdown.tokens) >= 5
    at = rows_by_token(tab)
    for f in breakdown.tokens:
        r = at[f.token]
        assert cell(tab, r, CLOSED) == f"{f.closed_trades:,}"
        assert cell(tab, r, PNL) == shared.money(f.pnl, signed=True)
        assert cell(tab, r, ROI) == shared.pct(f.roi)
        assert cell(tab, r, WIN_RATE) == shared.pct(f.win_rate, signed=False, digits=0)
        assert cell(tab, r, LEVERAGE) == shared.times(f.avg_leverage, digits=1)
        assert cell(tab, r, SHARE) == shared.pct(f.notional_share, signed=False)
        assert cell(tab, r, OPENED) == f"{f.opened_trades:,}"
    inputs = services.metrics.load_inputs([tid])
    start = None if window == "all" else inputs.end - pd.Timedelta(days=int(window[:-1]) - 1)
    want = independent(inputs.trades, start)
    assert set(at) == set(want.index)
    for token, r in at.items():
        w = want.loc[token]
        assert cell(tab, r, CLOSED, SORT_ROLE) == np.nan_to_num(w["closed"])
        assert cell(tab, r, OPENED, SORT_ROLE) == np.nan_to_num(w["opened"])
        for column, key in ((WIN_RATE, "win_rate"), (PNL, "pnl"), (ROI, "roi")):
            got = cell(tab, r, column, SORT_ROLE)
            assert got is None if pd.isna(w[key]) else got == pytest.approx(w[key])
        assert cell(tab, r, LEVERAGE, SORT_ROLE) == pytest.approx(w["avg_leverage"])
        assert cell(tab, r, SHARE, SORT_ROLE) == pytest.approx(np.nan_to_num(w["share"]))


def test_sorting_by_any_column_keeps_undefined_last(panel, services):
    tab, _ = tokens_tab(panel, services, window="7d")
    assert tab.proxy.rowCount() >= 3
    shares = [cell(tab, r, SHARE, SORT_ROLE) for r in range(tab.proxy.rowCount())]
    assert shares == sorted(shares, reverse=True)  # largest share first by default
    for column in (PNL, ROI, WIN_RATE, LEVERAGE, CLOSED):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.table.sortByColumn(column, order)
            keys = [cell(tab, r, column, SORT_ROLE) for r in range(tab.proxy.rowCount())]
            known = [k for k in keys if k is not None]
            assert keys[: len(known)] == known  # "—" after every number
            assert known == sorted(known, reverse=order == Qt.SortOrder.DescendingOrder)
    tab.table.sortByColumn(TOKEN, Qt.SortOrder.AscendingOrder)
    names = [cell(tab, r, TOKEN) for r in range(tab.proxy.rowCount())]
    assert names == sorted(names)


def test_losing_tokens_are_tinted_and_the_weakest_is_named(panel, services):
    tab, tid = tokens_tab(panel, services, window="all")
    breakdown = services.metrics.token_breakdown(tid, "all")
    weakest = breakdown.weakest()
    assert weakest is not None
    for f in breakdown.tokens:
        r = rows_by_token(tab)[f.token]
        tint = cell(tab, r, TOKEN, Qt.ItemDataRole.BackgroundRole)
        assert (tint == LOSS_TINT) if f.pnl is not None and f.pnl < 0 else tint is None
    text = tab.summary.text()
    assert f"loses money on <b>{weakest.token}</b>" in text
    assert shared.money(weakest.pnl, signed=True) in text
    assert f"{weakest.closed_trades:,} closed trades" in text
    assert tab.selected_token() == weakest.token  # ready to be blacklisted


def test_a_trader_without_losing_tokens_says_so(panel, services):
    # the newcomer made money on every token it traded in the demo (the 20x gambler did not)
    tab, tid = tokens_tab(panel, services, "Paper Newcomer", "all")
    assert services.metrics.token_breakdown(tid, "all").weakest() is None
    assert tab.summary.text() == "No token lost money in this window."
    for r in range(tab.proxy.rowCount()):
        assert cell(tab, r, TOKEN, Qt.ItemDataRole.BackgroundRole) is None


def test_blacklisting_from_the_table_updates_the_database_and_the_card(
    window, services, monkeypatch, qtbot
):
    trader = services.traders.get(SNIPER)
    window._select(trader.id)
    panel = window.details.panel
    panel.setCurrentWidget(panel.tokens)
    tab = panel.tokens
    token = next(
        cell(tab, r, TOKEN)
        for r in range(tab.proxy.rowCount())
        if cell(tab, r, COPYING) == "copied"
    )
    tab.select_token(token)
    assert tab.blacklist_button.text() == f"Blacklist {token}…"
    assert window.card.blacklist.tokens() == ["PEPE"]
    asked: list[tuple[str, str]] = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(panel.trader_changed) as changed:
        tab.blacklist_button.click()
    assert changed.args == [trader.id]
    title, text = asked[0]
    assert title == f"Blacklist {token}"
    assert f"New {token} signals from this trader will no longer be copied" in text
    assert "Open" in text and "positions stay open" in text
    assert services.traders.get(trader.id).settings.blacklist == {"PEPE", token}
    assert sorted(window.card.blacklist.tokens()) == sorted(["PEPE", token])
    assert cell(tab, rows_by_token(tab)[token], COPYING) == "blacklisted"
    assert tab.blacklist_button.text() == f"Allow {token} again…"
    assert any("blacklist" in e.detail for e in services.traders.history(trader.id))


def test_cancelling_the_confirmation_changes_nothing(window, services, monkeypatch, qtbot):
    trader = services.traders.get(SNIPER)
    window._select(trader.id)
    panel = window.details.panel
    panel.setCurrentWidget(panel.tokens)
    tab = panel.tokens
    tab.select_token("BTC")
    before = services.traders.get(trader.id)
    asked: list[tuple[str, str]] = []
    answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    with qtbot.assertNotEmitted(panel.trader_changed):
        tab.blacklist_action.trigger()  # the context-menu entry does the same
    assert asked and asked[0][0] == "Blacklist BTC"
    after = services.traders.get(trader.id)
    assert after.settings == before.settings and after.updated_at == before.updated_at
    assert window.card.blacklist.tokens() == ["PEPE"]
    assert cell(tab, rows_by_token(tab)["BTC"], COPYING) == "copied"


def test_a_whitelisted_token_leaves_the_whitelist_and_the_last_one_is_refused(
    panel, services, monkeypatch
):
    tab, tid = tokens_tab(panel, services, MAJORS, "all")
    tab.select_token("BTC")
    asked: list[tuple[str, str]] = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    tab.blacklist_button.click()
    assert "BTC is also taken off the whitelist (it stays: BNB, ETH, SOL)" in asked[0][1]
    s = services.traders.get(tid).settings
    assert s.blacklist == {"BTC"} and s.whitelist == {"BNB", "ETH", "SOL"}
    services.traders.set_tokens(tid, whitelist=["ETH"], blacklist=[])
    tab.load(panel._selection)
    assert cell(tab, rows_by_token(tab)["SOL"], COPYING) == "not whitelisted"
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: informed.append(a[2]))
    asked.clear()
    tab.select_token("ETH")
    tab.blacklist_button.click()
    assert not asked and "only token on Majors Momentum's whitelist" in informed[0]
    assert services.traders.get(tid).settings.whitelist == {"ETH"}
    tab.select_token("SOL")  # not copied already: blacklisting still allowed, and said so
    tab.blacklist_button.click()
    assert "already not copied (it is not on the whitelist)" in asked[0][1]
    assert services.traders.get(tid).settings.blacklist == {"SOL"}


def test_a_blacklisted_token_can_be_allowed_again(panel, services, monkeypatch):
    tab, tid = tokens_tab(panel, services)
    tab.select_token("PEPE")
    assert tab.blacklist_button.text() == "Allow PEPE again…"
    asked: list[tuple[str, str]] = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    tab.blacklist_button.click()
    assert "Take PEPE off the blacklist" in asked[0][1]
    assert services.traders.get(tid).settings.blacklist == frozenset()
    assert cell(tab, rows_by_token(tab)["PEPE"], COPYING) == "copied"


def test_a_trader_deleted_meanwhile_clears_the_tab(panel, services, monkeypatch):
    tab, tid = tokens_tab(panel, services)
    services.traders.delete(tid, purge=True)
    answer(monkeypatch, QMessageBox.StandardButton.Yes, [])
    tab.blacklist_button.click()
    assert tab.proxy.rowCount() == 0 and not tab.blacklist_button.isEnabled()


def test_the_heatmap_shows_the_correlation_matrix(panel, services):
    tab, tid = tokens_tab(panel, services, window="all")
    matrix = services.metrics.token_correlation(tid, "all")
    heatmap = tab.heatmap
    assert heatmap.showing_plot and heatmap.tokens == matrix.tokens
    n = len(matrix.tokens)
    assert heatmap.values.shape == (n, n)
    assert np.allclose(heatmap.values, np.array(matrix.matrix, dtype=float))
    assert np.allclose(np.diag(heatmap.values), 1.0)
    assert np.all((heatmap.values >= -1) & (heatmap.values <= 1))
    assert np.array_equal(heatmap.image.image, heatmap.values)
    assert tuple(heatmap.image.getLevels()) == LIMITS
    assert tuple(heatmap.colour_bar.levels()) == LIMITS
    assert len(heatmap.cells) == n * n
    assert heatmap.cells[1].toPlainText() == f"{heatmap.values[0, 1]:.2f}"
    bottom = heatmap.plot.getAxis("bottom")._tickLevels[0]
    assert [name for _, name in bottom] == list(matrix.tokens)
    assert set(matrix.tokens) == set(rows_by_token(tab))


def test_the_heatmap_follows_the_selection(panel, services):
    tab, _ = tokens_tab(panel, services, window="all")
    assert len(tab.heatmap.cells) == 36
    tab, tid = tokens_tab(panel, services, "Meme Degen 20x", "all")
    matrix = services.metrics.token_correlation(tid, "all")
    assert tab.heatmap.tokens == matrix.tokens and len(tab.heatmap.cells) == 9
    shown = [c.toPlainText() for c in tab.heatmap.cells if c.isVisible()]
    assert shown == [f"{v:.2f}" for row in matrix.matrix for v in row]


def test_without_prices_the_heatmap_says_so(panel, services):
    with services.store.write():
        CandleChunkRow.delete().execute()
    services.metrics.refresh()  # prices changed: the metrics are recomputed
    tab, _ = tokens_tab(panel, services, window="all")
    heatmap = tab.heatmap
    assert not heatmap.showing_plot
    assert heatmap.message.text().startswith("No daily prices are stored for")
    assert heatmap.cells == [] and heatmap.values.size == 0
    assert tab.proxy.rowCount() > 0  # the table does not need prices


def test_the_heatmap_with_one_token_or_a_token_without_prices(qtbot):
    from tradermanager.ui.details.token_heatmap import TokenHeatmap

    heatmap = TokenHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.show_matrix(TokenCorrelationMatrix(("BTC",), ((1.0,),), ()))
    assert not heatmap.showing_plot and "Only BTC" in heatmap.message.text()
    heatmap.show_matrix(
        TokenCorrelationMatrix(("BTC", "NEW"), ((1.0, None), (None, None)), ("NEW",))
    )
    assert heatmap.showing_plot and "No stored prices for NEW" in heatmap.note.text()
    assert [c.toPlainText() for c in heatmap.cells] == ["1.00", "—", "—", "—"]


def test_csv_export_and_clearing(panel, services):
    tab, _ = tokens_tab(panel, services)
    assert "exportCsv" in {a.objectName() for a in tab.table.actions()}
    rows = table_rows(tab.proxy)
    assert rows[0] == list(COLUMNS) and len(rows) == tab.proxy.rowCount() + 1
    assert rows[1][TOKEN] == cell(tab, 0, TOKEN)
    panel.set_trader(None)
    assert tab.proxy.rowCount() == 0 and tab.summary.text() == " "
    assert not tab.blacklist_button.isEnabled() and not tab.heatmap.showing_plot
