"""The trader list as a Qt table model: plain tuples per row, so 10,000 rows stay smooth."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from tradermanager.ui import formatting as fmt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class TraderRow:
    id: int
    name: str
    status: str  # active | paused | archived
    paper: bool
    source: str
    roi_30d: float | None
    win_rate: float | None
    max_drawdown: float | None


COLUMNS = ("", "Trader", "Source", "Mode", "ROI 30d", "Win rate", "Max DD")
STATUS_DOT = {"active": "●", "paused": "○", "archived": "×"}


class TraderTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[TraderRow] = []

    def set_rows(self, rows: list[TraderRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, index: int) -> TraderRow:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        values = (
            row.status,
            row.name,
            row.source,
            "PAPER" if row.paper else "LIVE",
            row.roi_30d,
            row.win_rate,
            row.max_drawdown,
        )
        value = values[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return STATUS_DOT.get(row.status, "")
            if col in (4, 6):
                return fmt.pct(value)  # type: ignore[arg-type]
            if col == 5:
                return fmt.pct(value, signed=False)  # type: ignore[arg-type]
            return value
        if role == SORT_ROLE:
            if col >= 4:
                return -1e18 if value is None else value
            return str(value).lower()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 0:
                return fmt.GAIN if row.status == "active" else fmt.NEUTRAL
            if col in (4, 6):
                return fmt.tone(value)  # type: ignore[arg-type]
            if col == 3 and row.paper:
                return fmt.risk_colour(5)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return row.status
        return None
