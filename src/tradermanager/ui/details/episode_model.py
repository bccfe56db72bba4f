"""The drawdown episodes of ``services.metrics.drawdown_episodes`` as a Qt table model.

Rows are the service's dicts (start, trough, end or None while ongoing, depth ≤ 0 as a
fraction, days under water, recovery_days from trough back to the peak). Sorting goes by
``SORT_ROLE`` (dates as ISO text, numbers as numbers), so a proxy sorts them correctly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.column_model import SORT_ROLE, ColumnTableModel, Index

COLUMNS = ("Start", "Trough", "Recovered", "Depth", "Days under water", "Trough → recovery")
TIPS = (
    "First UTC day below the previous peak.",
    "First day at the episode's deepest point.",
    "First day back at the old peak; ongoing while it has not recovered.",
    "Deepest fall below the previous peak, as a share of that peak.",
    "Days from the start to the day before recovery (or to today).",
    "Days from the trough back to the old peak.",
)
DEPTH = 3


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


class EpisodeTableModel(ColumnTableModel[Mapping[str, Any]]):
    COLUMNS, TIPS = COLUMNS, TIPS

    def __init__(self) -> None:
        super().__init__()

    def set_episodes(self, episodes: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [e for e in episodes if isinstance(e, Mapping)]
        self.endResetModel()

    def episode(self, row: int) -> Mapping[str, Any]:
        return self._rows[row]

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        ongoing = e.get("end") is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, col)
        if role == SORT_ROLE:
            return self._sort_key(e, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == DEPTH:
                return fmt.loss_tone(e.get("depth"))
            if col == 2 and ongoing:
                return fmt.WARN
            return None
        if role == Qt.ItemDataRole.FontRole and col == 2 and ongoing:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= DEPTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(e: Mapping[str, Any], col: int) -> str:
        if col < 2:
            value = e.get("start" if col == 0 else "trough")
            return fmt.DASH if value is None else fmt.day(value)
        if col == 2:
            return fmt.day(e.get("end"))
        if col == DEPTH:
            return fmt.signed_pct(e.get("depth"))
        days = _int(e.get("days") if col == 4 else e.get("recovery_days"))
        if days is None:
            return fmt.DASH
        return f"{days:,} day" + ("" if days == 1 else "s")

    @staticmethod
    def _sort_key(e: Mapping[str, Any], col: int) -> Any:
        key = ("start", "trough", "end", "depth", "days", "recovery_days")[col]
        value = e.get(key)
        if value is None:  # ongoing after every date; no recovery after every length
            return "9999-99-99" if col < DEPTH else float("inf")
        return str(value) if col < DEPTH else float(value)
