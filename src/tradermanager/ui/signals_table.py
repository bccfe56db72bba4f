"""Recent signals with their decision and reason: "why wasn't this copied?"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from tradermanager.domain.models import StoredSignal
from tradermanager.ui import formatting as fmt
from tradermanager.ui.read_only_table import ReadOnlyTableModel

COLUMNS = ("Received (UTC)", "Kind", "Token", "Side", "Price", "Lev", "Conf", "Decision", "Why")


class SignalTableModel(ReadOnlyTableModel[StoredSignal]):
    columns = COLUMNS

    def set_signals(self, rows: list[StoredSignal]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        stored = self._rows[index.row()]
        s, d = stored.signal, stored.decision
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                s.received_time.strftime("%Y-%m-%d %H:%M"),
                s.kind.value,
                s.symbol,
                s.side.value,
                f"{s.price:,.8g}",
                fmt.times(s.leverage),
                fmt.pct(s.confidence, signed=False, digits=0),
                "—" if d is None else ("copied" if d.accepted else "rejected"),
                "" if d is None else d.message,
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and d is not None:
            return fmt.GAIN if d.accepted else fmt.LOSS
        if role == Qt.ItemDataRole.ToolTipRole and d is not None:
            return d.message
        return None
