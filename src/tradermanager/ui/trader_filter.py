"""Search and filters over the trader list (name/source text, status, source)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

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

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Sections keep their order (Active first) whichever way the traders are sorted."""
        if not left.parent().isValid():
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return left.row() < right.row() if ascending else left.row() > right.row()
        return bool(super().lessThan(left, right))

    def visible_traders(self) -> int:
        return sum(self.rowCount(self.index(section, 0)) for section in range(self.rowCount()))

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
        if not source_parent.isValid():
            return True  # the section headings always show
        model = self.sourceModel()
        assert isinstance(model, TraderTableModel)
        row = model.trader_at(model.index(source_row, 0, source_parent))
        assert row is not None
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
