"""The trader list as a Qt item model: an Active section and a Paused / Inactive section.
Display text, sort keys and colours are computed once per row when the rows are set, so
``data()`` is a lookup: sorting and scrolling stay smooth with 10,000 traders."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from tradermanager.ui import formatting as fmt

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


SECTIONS = ("Active", "Paused / Inactive")


class TraderTableModel(QAbstractItemModel):
    """Two sections, Active and Paused / Inactive, each holding its traders' rows; traders can
    be ticked for comparison."""

    checked_changed = Signal(int)  # how many traders are ticked

    def __init__(self) -> None:
        super().__init__()
        self.checked: set[int] = set()
        self._rows: list[TraderRow] = []
        self._cells: list[_Cells] = []
        self._sections: tuple[list[int], list[int]] = ([], [])  # positions in _rows

    def set_rows(self, rows: list[TraderRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._cells = [_cells(r) for r in rows]
        self.checked &= {r.id for r in rows}
        self._sections = (
            [i for i, r in enumerate(rows) if r.status == "active"],
            [i for i, r in enumerate(rows) if r.status != "active"],
        )
        self.endResetModel()

    def rows(self) -> list[TraderRow]:
        return list(self._rows)

    def trader_at(self, index: QModelIndex | QPersistentModelIndex) -> TraderRow | None:
        """The trader of a row index, None for a section heading."""
        if not index.isValid() or not index.internalId():
            return None
        return self._rows[self._sections[index.internalId() - 1][index.row()]]

    def apply_update(self, update: RowUpdate) -> None:
        """Swap in rows prepared by :func:`updated_rows` (possibly on another thread) when
        they still match: the numbers change in place, no reset, the selection stays."""
        if [r.id for r in update.rows] != [r.id for r in self._rows] or not self._rows:
            return
        self._rows, self._cells = list(update.rows), list(update.cells)
        for section, members in enumerate(self._sections):
            if members:
                parent = self.index(section, 0)
                self.dataChanged.emit(
                    self.index(0, 4, parent), self.index(len(members) - 1, 6, parent)
                )

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < 2 else QModelIndex()
        if parent.internalId():
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 2
        if parent.internalId():
            return 0
        return len(self._sections[parent.row()])

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 4:
            return RIGHT  # numbers and their headings line up on the right
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.internalId() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        trader = self.trader_at(index)
        if trader is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(trader.id)
        else:
            self.checked.discard(trader.id)
        self.dataChanged.emit(index, index, [role])
        self.checked_changed.emit(len(self.checked))
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if not index.internalId():  # a section heading
            count = len(self._sections[index.row()])
            if role == Qt.ItemDataRole.DisplayRole and col == 0:  # spans the row
                return f"{SECTIONS[index.row()]} ({count})"
            if role == SORT_ROLE:
                return index.row()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        position = self._sections[index.internalId() - 1][index.row()]
        cells = self._cells[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.text[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 1:
            ticked = self._rows[position].id in self.checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return cells.sort[col]
        if role == ID_ROLE:
            return self._rows[position].id
        if role == Qt.ItemDataRole.ForegroundRole:
            return cells.colour[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self._rows[position].status
        return None
