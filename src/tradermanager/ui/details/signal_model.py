"""Recent signals with the decision each got, as a Qt table model, and the proxy behind the
"only rejected" filter. Rows are the ``StoredSignal`` objects ``services.pipeline.signals``
returns (newest first); nothing here decides anything, it shows what was decided."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from tradermanager.domain import number_text
from tradermanager.domain.enums import Side
from tradermanager.domain.models import StoredSignal
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.column_model import ColumnTableModel, Index

COLUMNS = (
    "Received (UTC)",
    "Kind",
    "Token",
    "Side",
    "Price",
    "Lev",
    "Conf",
    "Decision",
    "Why",
)
TIPS = (
    "When the signal reached this app, in UTC.",
    "open, close or update of a position.",
    "The token traded.",
    "long or short.",
    "The price in the signal.",
    "The leverage the trader used.",
    "The confidence the signal stated, when it gives one.",
    "Whether the copy rules copied it.",
    "The sentence the copy rules gave: why it was copied or not.",
)
DECISION = 7
WHY = 8
_RIGHT = {4, 5, 6}


def price(value: float) -> str:
    """Enough digits for a BTC price and for a meme coin's: 97,250.50 / 1.2345 / 0.000006238."""
    return number_text.price(value)


def decision_text(stored: StoredSignal) -> str:
    if stored.decision is None:
        return "pending"
    return "copied" if stored.decision.accepted else "rejected"


def reason_text(stored: StoredSignal) -> str:
    """The rule that decided, for the tooltip: "leverage_above_max" → "Leverage above max"."""
    d = stored.decision
    if d is None or d.reason is None:
        return ""
    return str(d.reason.value).replace("_", " ").capitalize()


class SignalTableModel(ColumnTableModel[StoredSignal]):
    COLUMNS, TIPS = COLUMNS, TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_signals(self, rows: Sequence[StoredSignal]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def stored(self, row: int) -> StoredSignal:
        return self._rows[row]

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        stored = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(stored, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(stored, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return stored.signal.received_time.isoformat()
        if role == Qt.ItemDataRole.ToolTipRole and col in (DECISION, WHY):
            reason = reason_text(stored)
            message = stored.decision.message if stored.decision else ""
            return f"{reason}: {message}" if reason else message or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(stored: StoredSignal, col: int) -> str:
        s = stored.signal
        if col == 0:
            return s.received_time.strftime("%Y-%m-%d %H:%M")
        if col == 1:
            return s.kind.value
        if col == 2:
            return s.symbol
        if col == 3:
            return s.side.value
        if col == 4:
            return price(s.price)
        if col == 5:
            return fmt.times(s.leverage)
        if col == 6:
            return fmt.share(s.confidence, digits=0)
        if col == DECISION:
            return decision_text(stored)
        return stored.decision.message if stored.decision else ""

    @staticmethod
    def _colour(stored: StoredSignal, col: int) -> Any:
        if col == 3:
            return fmt.GAIN if stored.signal.side is Side.LONG else fmt.LOSS
        if col == DECISION and stored.decision is not None:
            return fmt.GAIN if stored.decision.accepted else fmt.LOSS
        return None


class RejectedFilter(QSortFilterProxyModel):
    """Shows every signal, or only those the copy rules rejected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_rejected = False

    def set_only_rejected(self, only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self._only_rejected = only
            self.endFilterChange()
        else:
            self._only_rejected = only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_rejected:
            return True
        model = self.sourceModel()
        assert isinstance(model, SignalTableModel)
        decision = model.stored(source_row).decision
        return decision is not None and not decision.accepted
