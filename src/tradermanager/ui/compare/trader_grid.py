"""A traders × traders table (correlation, overlap): each trader's colour swatch on its
column header and on its row's first cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from tradermanager.ui.compare.metrics_table import swatch
from tradermanager.ui.compare.table_style import LEFT, cell


def set_trader_grid(table: QTableWidget, names: Sequence[str]) -> None:
    """Clear ``table`` and lay out the headers; the cells (r, c + 1) are the caller's."""
    table.clear()
    table.setColumnCount(len(names) + 1)
    table.setRowCount(len(names))
    table.setHorizontalHeaderLabels(["", *names])
    for c, name in enumerate(names):
        table.setHorizontalHeaderItem(c + 1, QTableWidgetItem(swatch(c), name))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for r, name in enumerate(names):
        head = cell(name, align=LEFT)
        head.setIcon(swatch(r))
        table.setItem(r, 0, head)
