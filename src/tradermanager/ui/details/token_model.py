"""The rows of ``services.metrics.token_breakdown`` as a Qt table model, with whether this
trader's signals in each token are copied (its black- and whitelist).

Sorting goes by ``SORT_ROLE`` through ``TokenSortProxy`` (numbers as numbers, undefined
last). A token that lost money in the window is tinted red."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from tradermanager.domain.settings import TraderSettings
from tradermanager.services.metrics import TokenFigures
from tradermanager.ui import formatting as shared
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.column_model import SORT_ROLE, ColumnTableModel, Index

TOKEN_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Token", "Copying", "Closed", "Win rate", "ROI", "P&L", "Opened", "Avg lev.", "Share")
TIPS = (
    "The token (base asset).",
    "Whether new signals in this token are copied: the trader's black- and whitelist.",
    "Trades in this token closed in the window: the trades behind win rate, ROI and P&L.",
    "Share of those closed trades that made money; break-even is not a win.",
    "P&L of those closed trades over the margin they committed.",
    "Realized P&L of those closed trades, USD net of fees.",
    "Trades in this token opened in the window.",
    "Average leverage of the trades opened in the window.",
    "Share of notional: the part of the notional opened in the window that went into this token.",
)
TOKEN, COPYING, CLOSED, WIN_RATE, ROI, PNL, OPENED, LEVERAGE, SHARE = range(len(COLUMNS))
LOSS_TINT = QColor(shared.LOSS.red(), shared.LOSS.green(), shared.LOSS.blue(), 46)


def copy_status(settings: TraderSettings | None, token: str) -> str:
    """The copy status of ``token``: copied, blacklisted or not whitelisted (as ``decide``)."""
    if settings is None or settings.allows_token(token):
        return "copied"
    return "blacklisted" if token in settings.blacklist else "not whitelisted"


class TokenTableModel(ColumnTableModel[TokenFigures]):
    COLUMNS, TIPS = COLUMNS, TIPS

    def __init__(self) -> None:
        super().__init__()
        self._settings: TraderSettings | None = None

    def set_rows(self, rows: Sequence[TokenFigures], settings: TraderSettings | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._settings = settings
        self.endResetModel()

    def figures(self, row: int) -> TokenFigures:
        return self._rows[row]

    def status(self, row: int) -> str:
        return copy_status(self._settings, self._rows[row].token)

    def row_of(self, token: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.token == token), None)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col, self.status(index.row()))
        if role == SORT_ROLE:
            return self._sort_key(r, col, self.status(index.row()))
        if role == TOKEN_ROLE:
            return r.token
        if role == Qt.ItemDataRole.BackgroundRole:
            return LOSS_TINT if r.pnl is not None and r.pnl < 0 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (ROI, PNL):
                return fmt.gain_loss(r.roi if col == ROI else r.pnl)
            if col == COPYING and self.status(index.row()) != "copied":
                return fmt.WARN
            return None
        if role == Qt.ItemDataRole.FontRole and col == TOKEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= CLOSED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == PNL and r.pnl is None:
            return "No trade in this token closed in the window (only open positions)."
        return None

    @staticmethod
    def _text(r: TokenFigures, col: int, status: str) -> str:
        match col:
            case 0:
                return r.token
            case 1:
                return status
            case 2:
                return shared.count(r.closed_trades)
            case 3:
                return fmt.share(r.win_rate, digits=0)
            case 4:
                return fmt.signed_pct(r.roi)
            case 5:
                return shared.money(r.pnl, signed=True)
            case 6:
                return shared.count(r.opened_trades)
            case 7:
                return fmt.times(r.avg_leverage, digits=1)
            case _:
                return fmt.share(r.notional_share)

    @staticmethod
    def _sort_key(r: TokenFigures, col: int, status: str) -> Any:
        if col == TOKEN:
            return r.token
        if col == COPYING:
            return status
        value = (
            None,
            None,
            r.closed_trades,
            r.win_rate,
            r.roi,
            r.pnl,
            r.opened_trades,
            r.avg_leverage,
            r.notional_share,
        )[col]
        return None if value is None else float(value)


class TokenSortProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` with undefined figures ("—") last in either direction, so
    sorting by P&L ascending shows the worst losers first, not the tokens still open."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None and b is None:
            return False
        if a is None or b is None:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (b is None) == ascending
        return bool(a < b)
