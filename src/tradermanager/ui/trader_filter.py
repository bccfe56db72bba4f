"""Search and filters over the trader list (name/source text, status, source)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from tradermanager.ui.trader_table_model import SORT_ROLE, TraderTableModel


class TraderFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._status = "All"
        self._source = "All"

    def set_text(self, text: str) -> None:
        self._change("_text", text.strip().lower())

    def set_status(self, status: str) -> None:
        self._change("_status", status)

    def set_source(self, source: str) -> None:
        self._change("_source", source)

    def _change(self, attribute: str, value: str) -> None:
        """Qt 6.10 replaced invalidateFilter() with begin/endFilterChange()."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            setattr(self, attribute, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # older Qt
            setattr(self, attribute, value)
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TraderTableModel)
        row = model.row_at(source_row)
        if self._text and self._text not in row.name.lower() and self._text not in row.source:
            return False
        if self._source != "All" and row.source != self._source.lower():
            return False
        status = self._status
        if status == "Paper":
            return row.paper and row.status != "archived"
        if status == "All":
            return row.status != "archived"
        return row.status == status.lower()
