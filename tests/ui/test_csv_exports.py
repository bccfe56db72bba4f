"""Every table of the window has "Export to CSV…", and the file it writes reads back, with the
csv module, as exactly what the table shows (demo portfolio, real widgets)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui import table_export
from tradermanager.ui.alerts_dialog import AlertsDialog
from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.main_window import MainWindow

DISPLAY = Qt.ItemDataRole.DisplayRole
SNIPER = "Signal Sniper VIP"


def shown(view: QAbstractItemView) -> list[list[str]]:
    """Header and rows as the view shows them, in its order (sorted, filtered), read through
    the view's own model; a tree's section rows contribute their traders."""
    model = view.model()
    columns = model.columnCount()
    rows = [[str(model.headerData(c, Qt.Orientation.Horizontal, DISPLAY)) for c in range(columns)]]

    def cells(parent: QModelIndex, r: int) -> list[str]:
        return [str(model.index(r, c, parent).data(DISPLAY) or "") for c in range(columns)]

    for r in range(model.rowCount()):
        section = model.index(r, 0)
        children = model.rowCount(section)
        if children:
            rows.extend(cells(section, child) for child in range(children))
        else:
            rows.append(cells(QModelIndex(), r))
    return rows


def export(view: QAbstractItemView, tmp_path, monkeypatch, name: str) -> list[list[str]]:
    (action,) = [a for a in view.actions() if a.objectName() == "exportCsv"]
    assert action.text() == "Export to CSV…"
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    target = tmp_path / f"{name}.csv"
    suggested = []

    def dialog(parent, title, default, filters):
        suggested.append(default)
        return str(target), filters

    monkeypatch.setattr(table_export.QFileDialog, "getSaveFileName", dialog)
    action.trigger()
    assert suggested == [f"{name}.csv"]
    with open(target, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


@pytest.fixture
def demo(services):
    services.demo.load(6, 90)
    return services


def test_trader_list_exports_both_sections(qtbot, demo, tmp_path, monkeypatch):
    window = MainWindow(demo, JobBridge())
    qtbot.addWidget(window)
    window.show()
    view = window.findChild(QAbstractItemView, "traderTable")
    assert view is not None
    rows = export(view, tmp_path, monkeypatch, "traders")
    assert rows == shown(view)
    names = {row[1] for row in rows[1:]}
    assert names == {t.name for t in demo.traders.list()}  # paused ones too, collapsed or not
    assert len(rows) == 1 + len(demo.traders.list())


def test_details_tables_export_what_they_show(qtbot, demo, tmp_path, monkeypatch):
    panel = DetailsPanel(demo)
    qtbot.addWidget(panel)
    panel.set_trader(demo.traders.get(SNIPER).id, "all")
    panel.load_all()
    episodes = panel.drawdowns.table
    rows = export(episodes, tmp_path, monkeypatch, "drawdown-episodes")
    assert rows == shown(episodes) and len(rows) >= 3
    depths = [float(r[3].rstrip("%")) for r in rows[1:]]
    assert depths == sorted(depths)  # deepest first, as on screen
    signals = panel.recent_signals.table
    panel.recent_signals.only_rejected.setChecked(True)  # the filter applies to the file too
    rows = export(signals, tmp_path, monkeypatch, "recent-signals")
    assert rows == shown(signals) and len(rows) > 1
    assert {r[7] for r in rows[1:]} == {"rejected"} and all(r[8] for r in rows[1:])


def test_alerts_dialog_exports_its_table(qtbot, demo, tmp_path, monkeypatch):
    demo.alerts.add_rule(None, "drawdown", -0.01)
    assert demo.alerts.evaluate().fired
    dialog = AlertsDialog(demo)
    qtbot.addWidget(dialog)
    rows = export(dialog.table, tmp_path, monkeypatch, "alerts")
    assert rows == shown(dialog.table)
    assert rows[0] == ["Fired (UTC)", "Trader", "Rule", "Paused", "New", "Message"]
    assert len(rows) == 1 + dialog.table.rowCount() and dialog.table.rowCount() >= 1
