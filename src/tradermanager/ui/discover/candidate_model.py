"""The Discover table: one row per ranked candidate, sortable by the raw values, filtered by
text, source and status."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from tradermanager.services.discover_results import RankedCandidate
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details.column_model import SORT_ROLE, ColumnTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2
SOURCE_LABELS = {
    "binance_copy": "Binance copy",
    "binance_leaderboard": "Binance leaderboard",
    "file": "File",
    "followed": "Followed",
}
SHORT_SOURCE = {
    "binance_copy": "Copy",
    "binance_leaderboard": "Board",
    "file": "File",
    "followed": "Followed",
}
STATUS_LABELS = {
    "active": "Active",
    "vanished": "Vanished",
    "closed": "Closed",
    "blown_up": "Blown up",
}
Index = QModelIndex | QPersistentModelIndex


class CandidateTableModel(ColumnTableModel[RankedCandidate]):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "#",
        "Candidate",
        "Source",
        "Status",
        "Score",
        "ROI",
        "Max DD",
        "Lev.",
        "Days",
    )
    TIPS: ClassVar[tuple[str, ...]] = (
        "Rank by score; blown-up candidates last.",
        "The candidate's name at its source.",
        "Where the candidate comes from: Binance copy trading, the Binance leaderboard, a "
        "file, or a trader you follow.",
        "Active, vanished (no longer listed), closed, or blown up (lost 90 % from a peak).",
        "Shrunk Sharpe minus the penalties (docs/discover.md); the parts are in the detail pane.",
        "Compounded return over the score's window (up to 365 days).",
        "Deepest fall from a peak in the window.",
        "Mean reported leverage; '?' when none was reported and the population's is assumed.",
        "Days with a return in the window: the track record the score rests on.",
    )

    def set_rows(self, rows: list[RankedCandidate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, i: int) -> RankedCandidate:
        return self._rows[i]

    def rows(self) -> list[RankedCandidate]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        p, c = r.parts, r.candidate
        col = index.column()
        if role == ID_ROLE:
            return c.id
        raw: tuple[Any, ...] = (
            r.rank,
            c.name.lower(),
            c.source.value,
            r.status.value,
            p.score,
            p.roi,
            p.max_drawdown,
            p.leverage,
            p.days,
        )
        if role == SORT_ROLE:
            value = raw[col]
            return float("-inf") if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            shown = (
                str(r.rank),
                c.name,
                SHORT_SOURCE[c.source.value],
                STATUS_LABELS[r.status.value],
                fmt.number(p.score),
                fmt.pct(p.roi),
                fmt.pct(p.max_drawdown),
                fmt.times(p.leverage, digits=1) + ("?" if p.leverage_assumed else ""),
                str(p.days),
            )
            return shown[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 3 and r.status.value != "active":
                return fmt.LOSS if r.status.value == "blown_up" else fmt.WARN
            if col in (4, 5):
                return fmt.tone(raw[col])
            if col == 6 and p.max_drawdown is not None and p.max_drawdown < 0:
                return fmt.LOSS
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 3 and c.status_reason:
                return c.status_reason
            if col in (1, 2):
                return f"{c.name} — {SOURCE_LABELS[c.source.value]} {c.source_ref}"
        return None


class CandidateFilter(QSortFilterProxyModel):
    """Text in the name, one source, one status (empty: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._source = ""
        self._status = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._change("_text", text.strip().lower())

    def set_source(self, source: str) -> None:
        self._change("_source", source)

    def set_status(self, status: str) -> None:
        self._change("_status", status)

    def _change(self, attribute: str, value: str) -> None:
        """Qt 6.10 replaced invalidateFilter() with begin/endFilterChange()."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            setattr(self, attribute, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # older Qt
            setattr(self, attribute, value)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CandidateTableModel):
            return True
        r = model.row(source_row)
        if self._text and self._text not in r.candidate.name.lower():
            return False
        if self._source and r.candidate.source.value != self._source:
            return False
        return not self._status or r.status.value == self._status
