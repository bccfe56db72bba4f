"""The trader list's view: two sections (Active first, Paused / Inactive collapsed until the
user opens it), fixed column widths, one trader selected at a time."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from tradermanager.ui.table_export import install_csv_export
from tradermanager.ui.trader_table_model import ID_ROLE

# Fixed widths: sizing columns to their contents would read every row on each change.
WIDTHS = ((0, 46), (2, 82), (3, 66), (4, 86), (5, 84), (6, 80))
ROI_COLUMN = 4


class TraderListView(QTreeView):
    def __init__(self, model: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traderTable")
        self._model = model
        self.setModel(model)
        self.setUniformRowHeights(True)  # lets the view skip measuring 10,000 rows
        self.setSortingEnabled(True)
        self.sortByColumn(ROI_COLUMN, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setIndentation(12)
        self.paused_expanded = False  # "Paused / Inactive" starts collapsed
        self.expanded.connect(lambda index: self._section_toggled(index, True))
        self.collapsed.connect(lambda index: self._section_toggled(index, False))
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in WIDTHS:
            header.resizeSection(col, width)
        install_csv_export(self, "traders")

    def _section_toggled(self, index: QModelIndex, expanded: bool) -> None:
        if index.row() == 1 and not index.parent().isValid():
            self.paused_expanded = expanded

    def restore_sections(self) -> None:
        """After a reset: headings span the row, Active open, Paused as the user left it."""
        for section in range(self._model.rowCount()):
            self.setFirstColumnSpanned(section, QModelIndex(), True)
        self.expand(self._model.index(0, 0))
        self.setExpanded(self._model.index(1, 0), self.paused_expanded)

    def select_trader(self, trader_id: int | None) -> bool:
        """Select ``trader_id`` (the first trader when None), opening its section; False
        when it is not in the (filtered) list."""
        self.restore_sections()
        m = self._model
        for section in range(m.rowCount()):
            parent = m.index(section, 0)
            for row in range(m.rowCount(parent)):
                index = m.index(row, 0, parent)
                if trader_id is None or index.data(ID_ROLE) == trader_id:
                    self.expand(parent)
                    self.setCurrentIndex(index)
                    self.selectionModel().select(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return True
        return False
