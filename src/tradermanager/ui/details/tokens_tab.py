"""Per-token analytics of the selected trader over the window: a sortable table (trades, win
rate, ROI, P&L, leverage, share of notional, whether it is copied), a sentence naming the
token that loses the most, the tokens' correlation heatmap, and blacklisting a token (or
allowing it again) after a confirmation that says what will happen.

Numbers come from ``services.metrics.token_breakdown`` / ``token_correlation``; the blacklist
goes through ``services.traders.set_tokens``. After a change ``trader_changed`` fires with
the trader's id, so the window can re-render the card's token chips."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Trader
from tradermanager.services.metrics import TokenBreakdown, TokenFigures
from tradermanager.ui import formatting as shared
from tradermanager.ui.compact_header import CompactHeader
from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.selection import Selection
from tradermanager.ui.details.token_heatmap import TokenHeatmap
from tradermanager.ui.details.token_model import (
    SHARE,
    TOKEN_ROLE,
    TokenSortProxy,
    TokenTableModel,
)
from tradermanager.ui.table_export import install_csv_export

SIDE_BY_SIDE = 1000  # px: narrower, the heatmap goes below the table


def _trades(n: int) -> str:
    return f"{n:,} closed trade" + ("" if n == 1 else "s")


def weak_summary(breakdown: TokenBreakdown | None, trader: Trader | None) -> str:
    """One sentence on where the trader loses money in the window (rich text)."""
    if breakdown is None:
        return " "
    if not breakdown.tokens:
        return "No trades in this window."
    weakest = breakdown.weakest()
    if weakest is None:
        return "No token lost money in this window."
    pnl = shared.money(weakest.pnl, signed=True)
    text = (
        f"This trader loses money on <b>{weakest.token}</b>: "
        f'<span style="color:{fmt.LOSS.name()}">{pnl}</span> over '
        f"{_trades(weakest.closed_trades)} (ROI {fmt.signed_pct(weakest.roi)}, "
        f"win rate {fmt.share(weakest.win_rate, digits=0)})."
    )
    if trader is not None and weakest.token in trader.settings.blacklist:
        text += " It is blacklisted: new signals in it are not copied."
    others = sorted(
        (t for t in breakdown.tokens if t is not weakest and t.pnl is not None and t.pnl < 0),
        key=lambda t: t.pnl or 0.0,
    )
    if others:
        blacklist = trader.settings.blacklist if trader is not None else frozenset()
        names = [f"{t.token} (blacklisted)" if t.token in blacklist else t.token for t in others]
        text += f" Also losing: {', '.join(names)}."
    return text


class TokensTab(QWidget):
    trader_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokensTab")
        self._selection: Selection | None = None
        self._trader: Trader | None = None
        self.breakdown: TokenBreakdown | None = None
        self.summary = QLabel(" ")
        self.summary.setObjectName("tokenSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = TokenTableModel()
        self.proxy = TokenSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("tokenTable")
        self.table.setHorizontalHeader(CompactHeader(self.table))  # no arrow room unused
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SHARE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # a few rows, one per token: every column takes its header's and values' width (the
        # table scrolls sideways rather than cutting "Win rate" to "in ra")
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.blacklist_button = QPushButton("Blacklist token…")
        self.blacklist_button.setObjectName("blacklistToken")
        self.blacklist_button.clicked.connect(self.toggle_blacklist)
        self.blacklist_action = QAction("Blacklist this token…", self.table)
        self.blacklist_action.setObjectName("blacklistTokenAction")
        self.blacklist_action.triggered.connect(self.toggle_blacklist)
        self.table.addAction(self.blacklist_action)
        install_csv_export(self.table, "tokens")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.heatmap = TokenHeatmap()
        buttons = QHBoxLayout()
        buttons.addWidget(self.blacklist_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.setObjectName("tokensSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.heatmap)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 380])
        self.heatmap.setMinimumSize(300, 220)  # its cells' figures stay readable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow (the details beside the list on a laptop): the heatmap goes below the table,
        so every column of the table shows; wide: side by side."""
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Horizontal if self.width() >= SIDE_BY_SIDE else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    # -- showing -----------------------------------------------------------------------------
    def load(self, selection: Selection) -> None:
        self._selection = selection
        metrics = selection.services.metrics
        trader = selection.services.traders.get(selection.trader_id)
        self._show(
            trader,
            metrics.token_breakdown(trader.id, selection.window),
        )
        self.heatmap.show_matrix(metrics.token_correlation(trader.id, selection.window))

    def clear(self) -> None:
        self._selection = None
        self._show(None, None)
        self.heatmap.clear()

    def _show(self, trader: Trader | None, breakdown: TokenBreakdown | None) -> None:
        keep = self.selected_token()
        self._trader, self.breakdown = trader, breakdown
        self.model.set_rows(
            breakdown.tokens if breakdown else (), trader.settings if trader else None
        )
        self.summary.setText(weak_summary(breakdown, trader))
        weakest = breakdown.weakest() if breakdown else None
        self.select_token(keep or (weakest.token if weakest else None))
        self._update_button()

    def selected_token(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(TOKEN_ROLE) if rows else None

    def select_token(self, token: str | None) -> None:
        """Select ``token``'s row (nothing when it is not in the table)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        row = None if token is None else self.model.row_of(token)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _selected_row(self) -> tuple[TokenFigures, str] | None:
        token = self.selected_token()
        row = None if token is None else self.model.row_of(token)
        return None if row is None else (self.model.figures(row), self.model.status(row))

    def _update_button(self) -> None:
        chosen = self._selected_row()
        enabled = chosen is not None and self._trader is not None
        if chosen is None:
            text = "Blacklist token…"
        elif chosen[1] == "blacklisted":
            text = f"Allow {chosen[0].token} again…"
        else:
            text = f"Blacklist {chosen[0].token}…"
        self.blacklist_button.setText(text)
        self.blacklist_button.setEnabled(enabled)
        self.blacklist_action.setText(text.replace("token…", "this token…"))
        self.blacklist_action.setEnabled(enabled)

    # -- acting ------------------------------------------------------------------------------
    def toggle_blacklist(self) -> None:
        """Blacklist the selected token (or take it off the blacklist), after asking."""
        chosen, trader, selection = self._selected_row(), self._trader, self._selection
        if chosen is None or trader is None or selection is None:
            return
        figures, status = chosen
        s, token = trader.settings, figures.token
        if status == "blacklisted":
            title = f"Allow {token} again"
            changes = {"blacklist": sorted(s.blacklist - {token})}
            text = (
                f"Take {token} off the blacklist of {trader.name}?\n\n"
                f"New {token} signals from this trader will be copied again"
                + (
                    "."
                    if s.allows_token(token) or not s.whitelist
                    else f" only if {token} is on the whitelist (it is not now)."
                )
            )
        else:
            whitelist = s.whitelist - {token}
            if token in s.whitelist and not whitelist:
                QMessageBox.information(
                    self,
                    f"Blacklist {token}",
                    f"{token} is the only token on {trader.name}'s whitelist. Taking it off "
                    "would leave the whitelist empty, which means every token is copied.\n\n"
                    "Pause the trader or edit its whitelist in the card instead.",
                )
                return
            title = f"Blacklist {token}"
            changes = {"blacklist": sorted(s.blacklist | {token})}
            text = (
                f"Blacklist {token} for {trader.name}?\n\n"
                f"New {token} signals from this trader will no longer be copied (decision: "
                f"token blacklisted). Open {token} positions stay open; past trades and these "
                "figures do not change."
            )
            if token in s.whitelist:
                changes["whitelist"] = sorted(whitelist)
                text += (
                    f"\n\n{token} is also taken off the whitelist "
                    f"(it stays: {', '.join(sorted(whitelist))})."
                )
            elif status == "not whitelisted":
                text += (
                    f"\n\n{token} is already not copied (it is not on the whitelist); the "
                    "blacklist keeps it out if the whitelist is cleared later."
                )
            text += f"\n\nIn this window ({selection.window}): {self._record(figures)}."
        if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
            return
        try:
            selection.services.traders.set_tokens(trader.id, **changes)
        except ValidationError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        except NotFoundError:
            self.clear()
            return
        self._show(selection.services.traders.get(trader.id), self.breakdown)
        self.trader_changed.emit(trader.id)

    @staticmethod
    def _record(f: TokenFigures) -> str:
        if f.pnl is None:
            return f"no {f.token} trade closed yet, {f.opened_trades:,} opened"
        return (
            f"{shared.money(f.pnl, signed=True)} over {_trades(f.closed_trades)}, "
            f"win rate {fmt.share(f.win_rate, digits=0)}"
        )
