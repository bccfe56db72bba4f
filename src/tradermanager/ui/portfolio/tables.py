"""Read-only tables for the portfolio tabs: cells with a display text, an optional colour and
a sort value (numbers sort as numbers, not as text), and "Export to CSV…" on every table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from tradermanager.ui.table_export import install_csv_export

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2  # what a row stands for (a live copy), on its first cell


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    sort: float | str | None = None  # None: sort by the text
    colour: QColor | None = None
    number: bool = True  # right-aligned
    tip: str = ""  # shown on hover: what the cell's short text stands for
    ref: object = None  # what the row stands for, for actions on it (kept as REF_ROLE)

    @staticmethod
    def label(text: str) -> Cell:
        return Cell(text, text.lower(), None, False)


class _Item(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        if mine is None or theirs is None:  # undefined ("—") sorts first
            return mine is None and theirs is not None
        return str(mine) < str(theirs)


class PortfolioTable(QTableWidget):
    def __init__(self, name: str, headers: Sequence[str], csv_name: str) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        install_csv_export(self, csv_name)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        """Replace the contents; the user's sort order is kept."""
        sorting = self.isSortingEnabled()
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = _Item(cell.text)
                item.setData(SORT_ROLE, cell.sort if cell.sort is not None else cell.text)
                if cell.number:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if cell.colour is not None:
                    item.setForeground(cell.colour)
                if cell.tip:
                    item.setToolTip(cell.tip)
                if cell.ref is not None:
                    item.setData(REF_ROLE, cell.ref)
                self.setItem(r, c, item)
        self.setSortingEnabled(sorting)

    def row_ref(self, row: int) -> object:
        """What row ``row`` (as shown, after sorting) stands for; None for a plain row."""
        item = self.item(row, 0)
        return None if item is None else item.data(REF_ROLE)

    def selected_ref(self) -> object:
        rows = self.selectionModel().selectedRows()
        return self.row_ref(rows[0].row()) if len(rows) == 1 else None

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and checks)."""
        return [
            [self._text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
