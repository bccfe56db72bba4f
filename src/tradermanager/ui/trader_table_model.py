"""The trader list as a Qt table model. Display text, sort keys and colours are computed
once per row when the rows are set, so ``data()`` is a lookup: sorting and scrolling stay
smooth with 10,000 traders."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tradermanager.ui import formatting as fmt
from tradermanager.ui.read_only_table import ReadOnlyTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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


def _number_key(value: float | None) -> float:
    return -1e18 if value is None else value


@dataclass(frozen=True, slots=True)
class _Cells:
    text: tuple[str, ...]
    sort: tuple[Any, ...]
    colour: tuple[QColor | None, ...]


def _cells(row: TraderRow) -> _Cells:
    mode_colour = fmt.risk_colour(5) if row.paper else None
    return _Cells(
        text=(
            STATUS_DOT.get(row.status, ""),
            row.name,
            row.source,
            "PAPER" if row.paper else "LIVE",
            fmt.pct(row.roi_30d),
            fmt.pct(row.win_rate, signed=False),
            fmt.pct(row.max_drawdown),
        ),
        sort=(
            row.status,
            row.name.lower(),
            row.source,
            row.paper,
            _number_key(row.roi_30d),
            _number_key(row.win_rate),
            _number_key(row.max_drawdown),
        ),
        colour=(
            fmt.GAIN if row.status == "active" else fmt.NEUTRAL,
            None,
            None,
            mode_colour,
            fmt.tone(row.roi_30d),
            None,
            fmt.tone(row.max_drawdown),
        ),
    )


@dataclass(frozen=True, slots=True)
class RowUpdate:
    rows: tuple[TraderRow, ...]
    cells: tuple[_Cells, ...]


def updated_rows(rows: list[TraderRow], values: dict[int, dict[str, Any]]) -> RowUpdate:
    """Rows with new metric values and their display cells; pure, safe off the GUI thread."""
    out = []
    for row in rows:
        new = values.get(row.id)
        if new is not None:
            row = replace(
                row,
                roi_30d=new.get("roi_30d"),
                win_rate=new.get("win_rate"),
                max_drawdown=new.get("max_drawdown"),
            )
        out.append(row)
    return RowUpdate(tuple(out), tuple(_cells(r) for r in out))


class TraderTableModel(ReadOnlyTableModel[TraderRow]):
    columns = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self._cells: list[_Cells] = []

    def set_rows(self, rows: list[TraderRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._cells = [_cells(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[TraderRow]:
        return list(self._rows)

    def apply_update(self, update: RowUpdate) -> None:
        """Swap in rows prepared by :func:`updated_rows` (possibly on another thread) when
        they still match: the numbers change in place, no reset, the selection stays."""
        if [r.id for r in update.rows] != [r.id for r in self._rows] or not self._rows:
            return
        self._rows, self._cells = list(update.rows), list(update.cells)
        self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 6))

    def row_at(self, index: int) -> TraderRow:
        return self._rows[index]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        cells = self._cells[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.text[col]
        if role == SORT_ROLE:
            return cells.sort[col]
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.ForegroundRole:
            return cells.colour[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self._rows[index.row()].status
        return None
