"""Any table to CSV: header and rows as shown, formulas defused, section headers skipped."""

from __future__ import annotations

import csv

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from tradermanager.ui.table_export import install_csv_export, safe_cell, write_csv


def model_with(rows: list[list[str]], header: list[str]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(header))
    model.setHorizontalHeaderLabels(header)
    for row in rows:
        model.appendRow([QStandardItem(cell) for cell in row])
    return model


def read(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_write_csv_round_trips_what_the_table_shows(qapp, tmp_path):
    model = model_with(
        [["BTC", "+6.4%", "$1,234.50", "5.2×"], ['Alice, the "pro"', "-12.0%", "—", "10×"]],
        ["Token", "ROI", "P&L", "Leverage"],
    )
    path = tmp_path / "tokens.csv"
    assert write_csv(model, path) == 2
    assert read(path) == [
        ["Token", "ROI", "P&L", "Leverage"],
        ["BTC", "+6.4%", "$1,234.50", "5.2×"],
        ['Alice, the "pro"', "-12.0%", "—", "10×"],
    ]


def test_formulas_are_written_as_text_numbers_are_not():
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    for number in ("+6.4%", "-12.0%", "-$12.50", "5.2×", "-3", "+1,700%"):
        assert safe_cell(number) == number
    assert safe_cell("Majors Momentum") == "Majors Momentum"


def test_tree_sections_contribute_their_rows(qapp, tmp_path):
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Trader", "ROI"])
    active = QStandardItem("Active (2)")
    active.appendRow([QStandardItem("A"), QStandardItem("+1.0%")])
    active.appendRow([QStandardItem("B"), QStandardItem("-2.0%")])
    model.appendRow([active, QStandardItem("")])
    path = tmp_path / "list.csv"
    assert write_csv(model, path) == 2
    assert read(path)[1:] == [["A", "+1.0%"], ["B", "-2.0%"]]


def test_view_gets_a_context_menu_action(qtbot, tmp_path, monkeypatch):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model_with([["x", "1"]], ["a", "b"]))
    action = install_csv_export(view, "things")
    target = tmp_path / "things.csv"
    monkeypatch.setattr(
        "tradermanager.ui.table_export.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "CSV files (*.csv)"),
    )
    assert action in view.actions()
    action.trigger()
    assert read(target) == [["a", "b"], ["x", "1"]]
